/* lp-export-choices.c — what to put on paper, shared by Export and Print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "io/lp-reader.h"
#include "io/lp-writer.h"
#include "lp-view-filter.h"
#include "lp-export-choices.h"

GSettings *
lp_export_choices_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  return schema != NULL ? g_settings_new (APP_ID) : NULL;
}

const char *
lp_export_choices_contents_id (const LpExportOptions *options)
{
  if (options->booklet)
    return options->overview ? "both" : "booklet";
  return "overview";
}

void
lp_export_choices_set_contents (LpExportOptions *options,
                                const char      *id)
{
  options->overview = g_strcmp0 (id, "booklet") != 0;
  options->booklet = g_strcmp0 (id, "overview") != 0 && id != NULL;
}

const char *
lp_export_choices_fit_id (LpExportFit fit)
{
  switch (fit)
    {
    case LP_EXPORT_FIT_PAGE: return "page";
    case LP_EXPORT_FIT_MONTHS: return "months";
    case LP_EXPORT_FIT_AUTO:
    default: return "auto";
    }
}

const char *
lp_export_choices_second_line_id (LpExportSecondLine line)
{
  switch (line)
    {
    case LP_EXPORT_SECOND_LINE_DATES: return "dates";
    case LP_EXPORT_SECOND_LINE_FACILITATOR: return "facilitator";
    case LP_EXPORT_SECOND_LINE_LOCATION: return "location";
    case LP_EXPORT_SECOND_LINE_NONE:
    default: return "none";
    }
}

void
lp_export_choices_set_track (LpExportChoices *choices,
                             LpTrajectory    *trajectory,
                             const char      *track)
{
  GListModel *tracks = lp_trajectory_get_tracks (trajectory);
  guint n = g_list_model_get_n_items (tracks);
  gboolean found = FALSE;

  g_clear_pointer (&choices->track, g_free);
  g_clear_pointer (&choices->hidden, g_free);
  choices->options.hidden_tracks = NULL;
  choices->options.n_hidden_tracks = 0;
  if (track == NULL || *track == '\0' || g_str_equal (track, "all") || n == 0)
    return;
  choices->hidden = g_new0 (gboolean, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpTrack) item = g_list_model_get_item (tracks, i);
      choices->hidden[i] = g_strcmp0 (lp_track_get_id (item), track) != 0;
      found |= !choices->hidden[i];
    }
  if (!found)
    {
      /* a lane this trajectory does not have: all lanes */
      g_clear_pointer (&choices->hidden, g_free);
      return;
    }
  choices->track = g_strdup (track);
  choices->options.hidden_tracks = choices->hidden;
  choices->options.n_hidden_tracks = n;
}

void
lp_export_choices_load (LpExportChoices *choices,
                        GSettings       *settings,
                        LpTrajectory    *trajectory)
{
  g_autofree char *track = NULL;

  memset (choices, 0, sizeof *choices);
  lp_export_options_init (&choices->options);
  if (settings == NULL)
    return;
  choices->options.paper = g_settings_get_enum (settings, "export-paper") == 1 ? LP_PAPER_A3 : LP_PAPER_A4;
  choices->options.portrait = g_settings_get_enum (settings, "export-orientation") == 1;
  choices->options.orientation_chosen = TRUE;
  choices->options.overview = g_settings_get_boolean (settings, "export-overview");
  choices->options.booklet = g_settings_get_boolean (settings, "export-booklet");
  choices->options.participant_version = g_settings_get_boolean (settings, "export-participant-version");
  choices->options.review_version = g_settings_get_boolean (settings, "export-review-version");
  choices->options.include_joint = g_settings_get_boolean (settings, "export-include-joint");
  choices->options.fit = (LpExportFit) g_settings_get_enum (settings, "export-fit");
  choices->options.key = g_settings_get_boolean (settings, "export-key");
  choices->options.holidays = g_settings_get_boolean (settings, "export-holidays");
  choices->options.second_line = (LpExportSecondLine) g_settings_get_enum (settings, "export-second-line");
  if (!choices->options.overview && !choices->options.booklet)
    choices->options.overview = TRUE;
  track = g_settings_get_string (settings, "export-track");
  lp_export_choices_set_track (choices, trajectory, track);
}

void
lp_export_choices_save (const LpExportChoices *choices,
                        GSettings             *settings)
{
  const LpExportOptions *o = &choices->options;

  if (settings == NULL)
    return;
  g_settings_set_enum (settings, "export-paper", o->paper == LP_PAPER_A3 ? 1 : 0);
  g_settings_set_enum (settings, "export-orientation", o->portrait ? 1 : 0);
  g_settings_set_boolean (settings, "export-overview", o->overview);
  g_settings_set_boolean (settings, "export-booklet", o->booklet);
  g_settings_set_boolean (settings, "export-participant-version", o->participant_version);
  g_settings_set_boolean (settings, "export-review-version", o->review_version);
  g_settings_set_boolean (settings, "export-include-joint", o->include_joint);
  g_settings_set_string (settings, "export-track", choices->track ? choices->track : "");
  g_settings_set_enum (settings, "export-fit", o->fit);
  g_settings_set_boolean (settings, "export-key", o->key);
  g_settings_set_boolean (settings, "export-holidays", o->holidays);
  g_settings_set_enum (settings, "export-second-line", o->second_line);
}

void
lp_export_choices_clear (LpExportChoices *choices)
{
  g_clear_pointer (&choices->track, g_free);
  g_clear_pointer (&choices->hidden, g_free);
  choices->options.hidden_tracks = NULL;
  choices->options.n_hidden_tracks = 0;
  g_clear_object (&choices->baseline);
  g_clear_pointer (&choices->since, g_free);
  choices->options.baseline = NULL;
  choices->options.baseline_name = NULL;
}

LpTrajectory *
lp_export_copy_trajectory (LpTrajectory  *trajectory,
                           GError       **error)
{
  g_autoptr(GBytes) bytes = lp_writer_serialize (trajectory);
  g_autoptr(GError) local = NULL;
  LpTrajectory *copy;

  copy = lp_reader_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              lp_trajectory_get_title (trajectory), &local);
  if (copy == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 /* TRANSLATORS: %s is the reason */
                 _("The trajectory could not be copied for the printout: %s"),
                 local ? local->message : _("unknown error"));
  else
    lp_view_filter_set (copy, lp_view_filter_get (trajectory));
  return copy;
}
