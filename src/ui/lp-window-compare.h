/* lp-window-compare.h — File → Compare With…: the window's comparison
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.compare asks for another .leerplaats file (first offering the open
 * file's NAME.leerplaats~ backup in a dialog: file choosers hide backups)
 * and compares the trajectory with it: the
 * timeline shows the ghosts and marks (LpComparison) and a Changes pane
 * under the timeline lists the changes; choosing one selects its module.
 * win.compare-close (Esc, or the pane's close button) leaves.
 */
#pragma once

#include "lp-changes-pane.h"
#include "lp-comparison.h"
#include "lp-window.h"

G_BEGIN_DECLS

void           _lp_window_compare_class_init (GtkWidgetClass *widget_class);
void           _lp_window_compare_init       (LpWindow       *self);

/* For tests and the chooser: compare with @file now; FALSE (nothing
 * changed) with @error when it does not load. */
gboolean       _lp_window_compare_with       (LpWindow       *self,
                                              GFile          *file,
                                              GError        **error);
/* The comparison shown, or NULL. */
LpComparison  *_lp_window_get_comparison     (LpWindow       *self);
/* The Changes pane (NULL before the first comparison). */
LpChangesPane *_lp_window_get_changes_pane   (LpWindow       *self);

G_END_DECLS
