/* lp-day-view.h — one day of a module as an hour grid: its programme items
 * as blocks to drag and resize, the other modules of that day beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "core/lp-trajectory.h"

G_BEGIN_DECLS

#define LP_TYPE_DAY_VIEW (lp_day_view_get_type ())
G_DECLARE_FINAL_TYPE (LpDayView, lp_day_view, LP, DAY_VIEW, GtkWidget)

/* Minutes a drag snaps to. */
#define LP_DAY_VIEW_STEP 5

/* Signal "back" (): Escape, the Back button, or the module left the
 * trajectory; the owner shows the timeline again.
 * Signal "item-activated" (guint index): Enter on the selected item (the
 * index in the module's programme); the owner shows it in the editor. */
GtkWidget *lp_day_view_new        (void);
/* Shows day @day (from 1) of @module of @trajectory; NULL module clears. */
void       lp_day_view_show       (LpDayView *self, LpTrajectory *trajectory,
                                   LpModule *module, guint day);
LpModule  *lp_day_view_get_module (LpDayView *self);
guint      lp_day_view_get_day    (LpDayView *self);

/* For tests: the drawing area; the hours shown (from @first:00 to @last:00);
 * where item @index of the programme is drawn, in the drawing area's
 * coordinates (FALSE when it is not on the day shown); the number of other
 * modules shown beside it; the item selected (-1 when none). */
GtkWidget *_lp_day_view_get_canvas    (LpDayView *self);
void       _lp_day_view_get_hours     (LpDayView *self, int *first, int *last);
gboolean   _lp_day_view_get_item_rect (LpDayView *self, guint index, graphene_rect_t *rect);
guint      _lp_day_view_get_n_others  (LpDayView *self);
int        _lp_day_view_get_selected  (LpDayView *self);

G_END_DECLS
