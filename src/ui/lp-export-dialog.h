/* lp-export-dialog.h — Export as PDF: the chooser with its choices, and
 * the export in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "core/lp-trajectory.h"
#include "lp-export-options-window.h"

G_BEGIN_DECLS

/* Called with the file chooser once it is shown (the callee owns it). */
typedef void (*LpExportChooserFunc) (GtkFileChooserNative *chooser,
                                     gpointer              data);

/* Shows what to put on paper (the remembered choices, and "Changes since
 * @since" pages, checked, when @baseline is not NULL: the changes from
 * @baseline to @trajectory); on Export… it closes and a file chooser
 * (starting beside @document, else in the last export folder) is handed
 * to @shown; Export there exports, with progress and the result told on
 * @overlay.  Returns the options window (it closes itself; for tests). */
LpExportOptionsWindow *lp_export_dialog_show (GtkWindow           *parent,
                                              AdwToastOverlay     *overlay,
                                              LpTrajectory        *trajectory,
                                              GFile               *document,
                                              LpTrajectory        *baseline,
                                              const char          *since,
                                              LpExportChooserFunc  shown,
                                              gpointer             shown_data);

/* The folder the export chooser starts in. */
GFile *lp_export_dialog_start_folder (GSettings *settings,
                                      GFile     *document);

/* A message dialog with heading and body on parent. */
void lp_show_error (GtkWindow  *parent,
                    const char *heading,
                    const char *body);

/* An export chosen onto the trajectory's own file (@document, may be
 * NULL) would destroy it: says so on @parent and returns TRUE. */
gboolean lp_export_dialog_refuse_document (GtkWindow *parent,
                                           GFile     *file,
                                           GFile     *document);

G_END_DECLS
