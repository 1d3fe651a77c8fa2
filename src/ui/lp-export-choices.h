/* lp-export-choices.h — what to put on paper, shared by Export and Print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The choices of the export dialog and the print dialog's tab: paper,
 * orientation, contents, participant version, one lane or all, joint lanes,
 * fit, key, second line and public holidays.
 * They are remembered in GSettings (when the schema is installed).
 */
#pragma once

#include <gio/gio.h>
#include "core/lp-trajectory.h"
#include "io/lp-export-document.h"

G_BEGIN_DECLS

typedef struct {
  LpExportOptions  options;
  char            *track;     /* id of the one lane shown, NULL for all */
  gboolean        *hidden;    /* owned; options.hidden_tracks points here */
  LpTrajectory    *baseline;  /* owned; options.baseline points here (NULL: no changes page) */
  char            *since;     /* owned; options.baseline_name points here */
} LpExportChoices;

/* The application's settings, or NULL when the schema is not installed. */
GSettings *lp_export_choices_settings (void);
/* The remembered choices (defaults without settings) for trajectory. */
void       lp_export_choices_load     (LpExportChoices *choices,
                                       GSettings       *settings,
                                       LpTrajectory    *trajectory);
void       lp_export_choices_save     (const LpExportChoices *choices,
                                       GSettings             *settings);
/* Shows only lane track (NULL: all lanes) of trajectory. */
void       lp_export_choices_set_track (LpExportChoices *choices,
                                        LpTrajectory    *trajectory,
                                        const char      *track);
void       lp_export_choices_clear    (LpExportChoices *choices);

/* "overview", "both" or "booklet", and back. */
const char *lp_export_choices_contents_id (const LpExportOptions *options);
void        lp_export_choices_set_contents (LpExportOptions *options,
                                            const char      *id);

/* "auto", "page" or "months"; "none", "dates", "facilitator" or
 * "location" (as lp_export_*_from_string() read them). */
const char *lp_export_choices_fit_id         (LpExportFit        fit);
const char *lp_export_choices_second_line_id (LpExportSecondLine line);

/* A private copy of trajectory, so an export thread never sees edits in
 * progress; NULL with error set when it cannot be made. */
LpTrajectory *lp_export_copy_trajectory (LpTrajectory  *trajectory,
                                         GError       **error);

G_END_DECLS
