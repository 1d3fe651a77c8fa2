/* lp-pane-keys.h — moving between the panes of a window with the keyboard
 *
 * F6 and Shift+F6 move the focus to the next or previous pane that is shown
 * (the window's GtkPaneds would only know their own two children, not the
 * panes under the timeline).  Coming back to a pane gives the focus back to
 * the widget in it that had it last.
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

/* The panes of a window in F6 order (a new array; hidden ones may be in it). */
typedef GPtrArray *(*LpPaneListFunc) (gpointer data);

/* F6 and Shift+F6 anywhere in @window cycle through the panes @list gives. */
void lp_pane_keys_install_cycle (GtkWidget      *window,
                                 LpPaneListFunc  list,
                                 gpointer        data);

G_END_DECLS
