/* lp-timeline-view-calendar.c — public holidays and problem marks on the timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include "core/lp-holidays.h"
#include "lp-timeline-view-private.h"

static void
on_problems_changed_cb (LpProblemWatch *watch,
                        LpTimelineView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
lp_timeline_view_set_problem_watch (LpTimelineView *self,
                                    LpProblemWatch *watch)
{
  g_return_if_fail (LP_IS_TIMELINE_VIEW (self));

  if (self->problems == watch)
    return;
  if (self->problems != NULL)
    g_signal_handlers_disconnect_by_data (self->problems, self);
  g_set_object (&self->problems, watch);
  if (watch != NULL)
    g_signal_connect (watch, "changed", G_CALLBACK (on_problems_changed_cb), self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_lp_timeline_view_calendar_state (LpTimelineView *self,
                                  LpPaintState   *state)
{
  state->holidays = TRUE;
  if (self->problems != NULL && lp_problem_watch_get_trajectory (self->problems) == self->trajectory)
    state->problem_modules = lp_problem_watch_peek_modules (self->problems);
}

const char *
_lp_timeline_view_holiday_at (LpTimelineView *self,
                              double          x,
                              double          y)
{
  LpViewHit hit;

  if (!_lp_timeline_view_body_hit (self, x, y, &hit) || hit.module != NULL)
    return NULL;
  return lp_holidays_name (lp_timeline_layout_x_to_date (self->layout, hit.cx));
}
