/* lp-cli-export.c — leerplaats --export-pdf
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Export"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-cli.h"
#include "lp-cli-export.h"
#include "lp-pdf-export.h"
#include "lp-reader.h"

int
lp_cli_export_pdf_tracks (const char *output,
                          const char *file,
                          const char *paper,
                          const char *orientation,
                          gboolean    booklet,
                          const char *tracks)
{
  LpCliExportArgs args = { paper, orientation, booklet, tracks, FALSE, NULL, FALSE, NULL };

  return lp_cli_export (output, file, &args);
}

int
lp_cli_export (const char            *output,
               const char            *file,
               const LpCliExportArgs *args)
{
  const char *paper = args->paper, *orientation = args->orientation, *tracks = args->tracks;
  g_autofree gboolean *hidden = NULL;
  LpExportOptions options;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(LpTrajectory) trajectory = NULL;
  gsize length = 0;

  lp_export_options_init (&options);
  options.booklet = args->booklet;
  options.include_joint = !args->no_joint;
  options.key = args->key;

  if (output == NULL || *output == '\0' || file == NULL)
    {
      g_printerr ("%s\n", _("--export-pdf needs an output file and one trajectory file"));
      return 2;
    }
  if (paper != NULL && !lp_paper_from_string (paper, &options.paper))
    {
      g_printerr (_("Unknown paper size “%s”: use a4 or a3\n"), paper);
      return 2;
    }
  if (args->fit != NULL && !lp_export_fit_from_string (args->fit, &options.fit))
    {
      g_printerr (_("Unknown fit “%s”: use page or months\n"), args->fit);
      return 2;
    }
  if (args->second_line != NULL && !lp_export_second_line_from_string (args->second_line, &options.second_line))
    {
      g_printerr (_("Unknown second line “%s”: use none, dates, facilitator or location\n"), args->second_line);
      return 2;
    }
  if (orientation != NULL)
    {
      options.orientation_chosen = TRUE;
      if (g_strcmp0 (orientation, "portrait") == 0)
        options.portrait = TRUE;
      else if (g_strcmp0 (orientation, "landscape") != 0)
        {
          g_printerr (_("Unknown orientation “%s”: use landscape or portrait\n"), orientation);
          return 2;
        }
    }

  lp_reader_init ();
  if (!g_file_get_contents (file, &contents, &length, &error))
    {
      g_printerr (_("%s: %s\n"), file, error->message);
      return 1;
    }
  trajectory = lp_reader_load_data (contents, length, file, &error);
  if (trajectory == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (tracks != NULL)
    {
      g_auto(GStrv) ids = g_strsplit (tracks, ",", -1);
      GListModel *list = lp_trajectory_get_tracks (trajectory);
      guint n = g_list_model_get_n_items (list);

      for (guint i = 0; ids[i] != NULL; i++)
        if (lp_trajectory_lookup_track (trajectory, g_strstrip (ids[i])) == NULL)
          {
            g_printerr (_("%s: there is no track “%s”\n"), file, ids[i]);
            return 2;
          }
      hidden = g_new0 (gboolean, n);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(LpTrack) track = g_list_model_get_item (list, i);
          hidden[i] = !g_strv_contains ((const char * const *) ids, lp_track_get_id (track));
        }
      options.hidden_tracks = hidden;
      options.n_hidden_tracks = n;
    }

  if (!lp_pdf_export (trajectory, &options, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
