/* lp-pane-keys.h — moving between the panes of a window with the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* F6 and Shift+F6 on @window move the focus to the next and the previous of
 * the @n_panes panes (in that order, wrapping around; a pane that takes no
 * focus is passed over).  Installed in the capture phase, before any
 * GtkPaned's own F6. */
void     lp_pane_keys_install_cycle   (GtkWidget        *window,
                                       GtkWidget *const *panes,
                                       guint             n_panes);
/* Escape inside @from (not handled by the widget that has the focus) moves
 * the focus to @to. */
void     lp_pane_keys_install_escape  (GtkWidget *from,
                                       GtkWidget *to);
/* Move the focus to the next (@direction 1) or previous (-1) pane; what F6
 * and Shift+F6 do.  Returns whether a pane took the focus. */
gboolean lp_pane_keys_cycle           (GtkWidget *window,
                                       int        direction);

G_END_DECLS
