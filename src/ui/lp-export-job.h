/* lp-export-job.h — a PDF export in a worker thread, with its progress
 * and a Cancel button on the window's toast overlay
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "lp-export-choices.h"

G_BEGIN_DECLS

/* Exports trajectory (a private copy: see lp_export_copy_trajectory; taken)
 * with choices (taken: the caller's struct is left empty) to path.  After
 * half a second, a toast on overlay with a Cancel button says "Preparing
 * the pages…" until the pages are counted, then "Exporting page N of M"; a cancelled export writes nothing and says so.  Failures
 * are shown in a message dialog on parent. */
void lp_export_job_start (GtkWindow       *parent,
                          AdwToastOverlay *overlay,
                          LpTrajectory    *trajectory,
                          LpExportChoices *choices,
                          const char      *path);

/* Shows text (plain, not markup) as an export's result on overlay: the
 * next PDF export's progress takes it away instead of waiting for it. */
void lp_export_job_show_result (AdwToastOverlay *overlay,
                                const char      *text);

G_END_DECLS
