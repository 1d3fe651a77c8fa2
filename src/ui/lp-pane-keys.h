/* lp-pane-keys.h — moving between the panes of a window with the keyboard
 *
 * F6 and Shift+F6 need nothing here: the window's GtkPaneds cycle the focus
 * through their children (library, timeline, editor) themselves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Escape inside @from (not handled by the widget that has the focus) moves
 * the focus to @to. */
void lp_pane_keys_install_escape (GtkWidget *from,
                                  GtkWidget *to);

G_END_DECLS
