/* lp-cli-ics.c — leerplaats --export-ics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Export"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "lp-cli.h"
#include "lp-file-names.h"
#include "lp-cli-check.h"
#include "lp-cli-export.h"
#include "lp-cli-ics.h"
#include "lp-ics-writer.h"
#include "lp-reader.h"

/* The ids in @tracks (comma-separated), or NULL after printing the first
 * that names no track. */
static char **
track_ids (LpTrajectory *trajectory,
           const char   *file,
           const char   *tracks)
{
  g_auto(GStrv) ids = g_strsplit (tracks, ",", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    if (lp_trajectory_lookup_track (trajectory, g_strstrip (ids[i])) == NULL)
      {
        g_autofree char *name = lp_cli_display_name (file);

        g_printerr (_("%s: there is no track “%s”\n"), name, ids[i]);
        return NULL;
      }
  return g_steal_pointer (&ids);
}

int
lp_cli_export_ics (const char *output,
                   const char *file,
                   const char *tracks,
                   gboolean    milestones)
{
  g_autoptr(LpTrajectory) trajectory = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;
  g_autofree char *uid = NULL;
  LpIcsOptions options = { NULL, milestones, NULL, 0 };

  if (output == NULL || *output == '\0' || file == NULL)
    {
      g_printerr ("%s\n", _("--export-ics needs an output file and one trajectory file"));
      return LP_EXIT_USAGE;
    }
  if (lp_file_names_same_file (output, file))
    {
      g_autofree char *name = lp_cli_display_name (output);

      g_printerr (_("%s: the output is the trajectory file itself; choose another name for the calendar\n"),
                  name);
      return LP_EXIT_FAILED;
    }
  trajectory = lp_cli_load_trajectory (file);
  if (trajectory == NULL)
    return LP_EXIT_FAILED;
  if (tracks != NULL)
    {
      ids = track_ids (trajectory, file, tracks);
      if (ids == NULL)
        return LP_EXIT_USAGE;
      options.track_ids = (const char * const *) ids;
    }
  /* a file not saved since uids came in: the same UIDs at every export */
  options.uid = uid = lp_ics_make_uid (file);
  if (!lp_ics_export (trajectory, &options, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return LP_EXIT_FAILED;
    }
  return LP_EXIT_OK;
}

int
lp_cli_calendar_dispatch (GVariantDict       *options,
                          const char * const *files,
                          gboolean            other_mode)
{
  g_autofree char *export_ics = NULL;
  const char *tracks = NULL;
  gboolean milestones = FALSE, check = FALSE, holidays = FALSE;
  guint n_files = files ? g_strv_length ((char **) files) : 0;

  g_variant_dict_lookup (options, "export-ics", "^ay", &export_ics);
  g_variant_dict_lookup (options, "milestones", "b", &milestones);
  g_variant_dict_lookup (options, "check", "b", &check);
  g_variant_dict_lookup (options, "holidays", "b", &holidays);
  g_variant_dict_lookup (options, "tracks", "&s", &tracks);

  if (holidays && (export_ics != NULL || check || !other_mode))
    {
      g_printerr ("%s\n", _("--holidays only goes with --export-pdf"));
      return LP_EXIT_USAGE;
    }
  if (export_ics == NULL && !check)
    {
      if (!milestones)
        return -1;
      g_printerr ("%s\n", _("--milestones only goes with --export-ics"));
      return LP_EXIT_USAGE;
    }
  if (other_mode || (export_ics != NULL && check))
    {
      g_printerr ("%s\n", _("--validate, --export-pdf, --export-ics and --check cannot be used together"));
      return LP_EXIT_USAGE;
    }
  if (check && (tracks != NULL || milestones))
    {
      g_printerr ("%s\n", _("--tracks and --milestones do not go with --check"));
      return LP_EXIT_USAGE;
    }
  if (check)
    return lp_cli_check (files);
  if (n_files != 1)
    {
      g_printerr ("%s\n", _("--export-ics needs exactly one trajectory file"));
      return LP_EXIT_USAGE;
    }
  if (lp_cli_tracks_name_none (tracks))
    {
      g_printerr ("%s\n", _("--tracks needs one or more lane ids, separated by commas"));
      return LP_EXIT_USAGE;
    }
  return lp_cli_export_ics (export_ics, files[0], tracks, milestones);
}
