/* lp-comments-pane.h — every open review comment of the trajectory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "core/lp-trajectory.h"

G_BEGIN_DECLS

#define LP_TYPE_COMMENTS_PANE (lp_comments_pane_get_type ())
G_DECLARE_FINAL_TYPE (LpCommentsPane, lp_comments_pane, LP, COMMENTS_PANE, GtkWidget)

/* Property "trajectory".  Lists the open comments in date order (undated
 * last), each row "MODULE — TEXT" with author and date; it follows every
 * change of comments, titles and modules (not moves).  Signal "module-chosen" (LpModule*) when a row
 * is activated (click, Enter).  Accessible names: the pane "Open Comments",
 * each row "MODULE: TEXT — AUTHOR, DATE". */
GtkWidget *lp_comments_pane_new            (void);
void       lp_comments_pane_set_trajectory (LpCommentsPane *self, LpTrajectory *trajectory);
/* For tests: the list box of rows. */
GtkWidget *_lp_comments_pane_get_list      (LpCommentsPane *self);

G_END_DECLS
