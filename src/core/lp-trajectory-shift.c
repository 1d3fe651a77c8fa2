/* lp-trajectory-shift.c — moving a whole programme in time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built on the public operations of LpTrajectory, grouped into one undo step.
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-date.h"
#include "lp-trajectory-shift.h"

static LpDate
moved (LpDate date,
       int    days)
{
  return date == LP_DATE_NONE ? LP_DATE_NONE : (LpDate) ((gint64) date + days);
}

static void
shift_modules (LpTrajectory *self,
               int           days)
{
  GListModel *modules = lp_trajectory_get_modules (self);

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);

      lp_trajectory_move_module (self, m, lp_module_get_track (m),
                                 moved (lp_module_get_start (m), days),
                                 moved (lp_module_get_end (m), days));
    }
}

static void
shift_milestones_and_periods (LpTrajectory *self,
                              int           days)
{
  GListModel *milestones = lp_trajectory_get_milestones (self);
  GListModel *periods = lp_trajectory_get_periods (self);

  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(LpMilestone) ms = g_list_model_get_item (milestones, i);
      lp_trajectory_set_uint (self, ms, "date", moved (lp_milestone_get_date (ms), days));
    }
  for (guint i = 0; i < g_list_model_get_n_items (periods); i++)
    {
      g_autoptr(LpPeriod) period = g_list_model_get_item (periods, i);
      LpDate start = moved (lp_period_get_start (period), days);
      LpDate end = moved (lp_period_get_end (period), days);

      /* the order keeps start <= end at every step */
      if (days > 0)
        {
          lp_trajectory_set_uint (self, period, "end", end);
          lp_trajectory_set_uint (self, period, "start", start);
        }
      else
        {
          lp_trajectory_set_uint (self, period, "start", start);
          lp_trajectory_set_uint (self, period, "end", end);
        }
    }
}

void
lp_trajectory_shift (LpTrajectory *self,
                     int           days)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));

  if (days == 0)
    return;
  lp_trajectory_begin_group (self, _("Shift the Programme"));
  lp_trajectory_set_span (self, moved (lp_trajectory_get_span_start (self), days),
                            moved (lp_trajectory_get_span_end (self), days));
  shift_modules (self, days);
  shift_milestones_and_periods (self, days);
  lp_trajectory_end_group (self);
}

int
lp_trajectory_days_to_next_month (LpTrajectory *self,
                                  LpDate        today)
{
  LpDate start = lp_trajectory_get_span_start (self);
  LpDate target = lp_date_next_month (today);
  gint64 diff;

  g_return_val_if_fail (LP_IS_TRAJECTORY (self), 0);
  if (start == LP_DATE_NONE)
    return 0;
  /* the first day on or after the 1st with start's weekday: whole weeks */
  diff = (gint64) target - (gint64) start;
  return (int) (diff >= 0 ? (diff + LP_DAYS_PER_WEEK - 1) / LP_DAYS_PER_WEEK * LP_DAYS_PER_WEEK
                         : -((-diff) / LP_DAYS_PER_WEEK * LP_DAYS_PER_WEEK));
}

void
lp_trajectory_start_from_template (LpTrajectory *self,
                                   LpDate        today)
{
  GListModel *modules = lp_trajectory_get_modules (self);

  g_return_if_fail (LP_IS_TRAJECTORY (self));

  lp_trajectory_shift (self, lp_trajectory_days_to_next_month (self, today));
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      lp_module_set_status (m, LP_STATUS_DRAFT);
    }
  lp_history_clear (lp_trajectory_get_history (self));
}
