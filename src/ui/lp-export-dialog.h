/* lp-export-dialog.h — Export as PDF: the chooser with its choices, and
 * the export in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "core/lp-trajectory.h"

G_BEGIN_DECLS

/* Shows the chooser (starting beside document, else in the last export
 * folder) and exports on Export; progress and the result are told on
 * overlay.  Returns the chooser (owned by the caller, for tests). */
GtkFileChooserNative *lp_export_dialog_show (GtkWindow       *parent,
                                             AdwToastOverlay *overlay,
                                             LpTrajectory    *trajectory,
                                             GFile           *document);

/* The same, offering "Changes since @since" pages (checked) when @baseline
 * is not NULL: the changes from @baseline to @trajectory. */
GtkFileChooserNative *lp_export_dialog_show_with_changes (GtkWindow       *parent,
                                                          AdwToastOverlay *overlay,
                                                          LpTrajectory    *trajectory,
                                                          GFile           *document,
                                                          LpTrajectory    *baseline,
                                                          const char      *since);

/* The folder the export chooser starts in. */
GFile *lp_export_dialog_start_folder (GSettings *settings,
                                      GFile     *document);

/* A message dialog with heading and body on parent. */
void lp_show_error (GtkWindow  *parent,
                    const char *heading,
                    const char *body);

G_END_DECLS
