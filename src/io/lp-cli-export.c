/* lp-cli-export.c — leerplaats --export-pdf
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Export"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "lp-cli.h"
#include "lp-file-names.h"
#include "lp-cli-export.h"
#include "lp-cli-diff.h"
#include "lp-pdf-export.h"
#include "lp-reader.h"

#define MAX_PAGES 500

static gboolean
check_page_limit (LpTrajectory          *trajectory,
                  const LpExportOptions *options,
                  const char            *output)
{
  g_autoptr(LpExportDocument) doc = lp_export_document_new (trajectory, options);
  guint n_pages = lp_export_document_get_n_pages (doc);
  g_autofree char *name = NULL;

  if (n_pages <= MAX_PAGES)
    return TRUE;
  name = lp_cli_display_name (output);
  if (options->booklet)
    /* the booklet has a page or more per module: that is where they are */
    g_printerr (_("%s: the export would have %u pages, more than the limit of %u; "
                  "leave out the booklet or choose fewer lanes\n"), name, n_pages, MAX_PAGES);
  else
    g_printerr (_("%s: the export would have %u pages, more than the limit of %u; "
                  "choose fewer lanes or fewer months\n"), name, n_pages, MAX_PAGES);
  return FALSE;
}

int
lp_cli_export_pdf_tracks (const char *output,
                          const char *file,
                          const char *paper,
                          const char *orientation,
                          gboolean    booklet,
                          const char *tracks)
{
  LpCliExportArgs args = { paper, orientation, booklet, tracks, FALSE, NULL, FALSE, NULL, FALSE, NULL, FALSE };

  return lp_cli_export (output, file, &args);
}

/* Fills @options from the command line's words; prints what is wrong and
 * returns FALSE on wrong usage. */
static gboolean
parse_options (const LpCliExportArgs *args,
               LpExportOptions       *options)
{
  lp_export_options_init (options);
  options->booklet = args->booklet;
  options->include_joint = !args->no_joint;
  options->key = args->key;
  /* the facilitators' version unless asked: the booklet keeps the review comments */
  options->participant_version = args->participant;
  options->review_version = !args->participant;
  options->holidays = args->holidays;

  if (args->paper != NULL && !lp_paper_from_string (args->paper, &options->paper))
    {
      g_printerr (_("Unknown paper size “%s”: use a4 or a3\n"), args->paper);
      return FALSE;
    }
  if (args->fit != NULL && !lp_export_fit_from_string (args->fit, &options->fit))
    {
      g_printerr (_("Unknown fit “%s”: use page or months\n"), args->fit);
      return FALSE;
    }
  if (args->second_line != NULL && !lp_export_second_line_from_string (args->second_line, &options->second_line))
    {
      g_printerr (_("Unknown second line “%s”: use none, dates, facilitator or location\n"), args->second_line);
      return FALSE;
    }
  if (args->orientation != NULL)
    {
      options->orientation_chosen = TRUE;
      if (g_strcmp0 (args->orientation, "portrait") == 0)
        options->portrait = TRUE;
      else if (g_strcmp0 (args->orientation, "landscape") == 0)
        options->booklet_landscape = TRUE;   /* asked for: the booklet too */
      else
        {
          g_printerr (_("Unknown orientation “%s”: use landscape or portrait\n"), args->orientation);
          return FALSE;
        }
    }
  return TRUE;
}

/* The lanes left out when only the comma-separated @tracks are wanted (one
 * flag per lane, in order), or NULL after printing which id is unknown. */
static gboolean *
hidden_lanes (LpTrajectory *trajectory,
              const char   *file,
              const char   *tracks)
{
  g_auto(GStrv) ids = g_strsplit (tracks, ",", -1);
  GListModel *list = lp_trajectory_get_tracks (trajectory);
  guint n = g_list_model_get_n_items (list);
  gboolean *hidden;

  for (guint i = 0; ids[i] != NULL; i++)
    if (lp_trajectory_lookup_track (trajectory, g_strstrip (ids[i])) == NULL)
      {
        g_autofree char *name = lp_cli_display_name (file);

        g_printerr (_("%s: there is no track “%s”\n"), name, ids[i]);
        return NULL;
      }
  hidden = g_new0 (gboolean, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (list, i);
      hidden[i] = !g_strv_contains ((const char * const *) ids, lp_track_get_id (track));
    }
  return hidden;
}

gboolean
lp_cli_tracks_name_none (const char *tracks)
{
  return tracks != NULL && tracks[strspn (tracks, ", \t")] == '\0';
}

int
lp_cli_export (const char            *output,
               const char            *file,
               const LpCliExportArgs *args)
{
  g_autofree gboolean *hidden = NULL;
  g_autoptr(LpTrajectory) trajectory = NULL;
  g_autoptr(LpTrajectory) baseline = NULL;
  g_autofree char *since = NULL;
  g_autoptr(GError) error = NULL;
  LpExportOptions options;

  if (output == NULL || *output == '\0' || file == NULL)
    {
      g_printerr ("%s\n", _("--export-pdf needs an output file and one trajectory file"));
      return LP_EXIT_USAGE;
    }
  if (!parse_options (args, &options))
    return LP_EXIT_USAGE;
  if (lp_file_names_same_file (output, file))
    {
      g_autofree char *name = lp_cli_display_name (output);

      g_printerr (_("%s: the output is the trajectory file itself; choose another name for the PDF\n"), name);
      return LP_EXIT_FAILED;
    }
  if (lp_file_names_same_file (output, args->changes_since))
    {
      g_autofree char *name = lp_cli_display_name (output);

      g_printerr (_("%s: the output is the earlier version given with --changes-since; choose another name "
                    "for the PDF\n"), name);
      return LP_EXIT_FAILED;
    }
  trajectory = lp_cli_load_trajectory (file);
  if (trajectory == NULL)
    return LP_EXIT_FAILED;
  if (args->changes_since != NULL)
    {
      baseline = lp_cli_load_trajectory (args->changes_since);
      if (baseline == NULL)
        return LP_EXIT_FAILED;
      since = lp_baseline_date_text (args->changes_since);
      options.baseline = baseline;
      options.baseline_name = since;
    }
  if (args->tracks != NULL)
    {
      hidden = hidden_lanes (trajectory, file, args->tracks);
      if (hidden == NULL)
        return LP_EXIT_USAGE;
      options.hidden_tracks = hidden;
      options.n_hidden_tracks = g_list_model_get_n_items (lp_trajectory_get_tracks (trajectory));
    }

  if (!check_page_limit (trajectory, &options, output))
    return LP_EXIT_FAILED;
  if (!lp_pdf_export (trajectory, &options, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return LP_EXIT_FAILED;
    }
  return LP_EXIT_OK;
}
