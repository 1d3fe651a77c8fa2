/* test-shift.c — moving a whole programme in time, as one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/lp-date.h"
#include "core/lp-sample.h"
#include "core/lp-trajectory-shift.h"

/* Every date of the trajectory, in a fixed order. */
static GArray *
all_dates (LpTrajectory *t)
{
  GArray *dates = g_array_new (FALSE, FALSE, sizeof (LpDate));
  GListModel *list;
  LpDate d;

  d = lp_trajectory_get_span_start (t);
  g_array_append_val (dates, d);
  d = lp_trajectory_get_span_end (t);
  g_array_append_val (dates, d);
  list = lp_trajectory_get_modules (t);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (list, i);
      d = lp_module_get_start (m);
      g_array_append_val (dates, d);
      d = lp_module_get_end (m);
      g_array_append_val (dates, d);
    }
  list = lp_trajectory_get_milestones (t);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LpMilestone) ms = g_list_model_get_item (list, i);
      d = lp_milestone_get_date (ms);
      g_array_append_val (dates, d);
    }
  list = lp_trajectory_get_periods (t);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LpPeriod) period = g_list_model_get_item (list, i);
      d = lp_period_get_start (period);
      g_array_append_val (dates, d);
      d = lp_period_get_end (period);
      g_array_append_val (dates, d);
    }
  return dates;
}

static LpTrajectory *
sample (void)
{
  LpTrajectory *t = lp_sample_generate (60, 4, 12, 7);
  LpDate start = lp_trajectory_get_span_start (t);
  g_autoptr(LpMilestone) ms = lp_milestone_new ("e-test", start + 40, LP_MILESTONE_ELECTION, "Verkiezingen");
  g_autoptr(LpPeriod) period = lp_period_new ("b-test", start + 100, start + 114, LP_PERIOD_RECESS, "Reces");

  lp_trajectory_load_milestone (t, ms);
  lp_trajectory_load_period (t, period);
  lp_history_clear (lp_trajectory_get_history (t));
  return t;
}

static void
check_shift (int days)
{
  g_autoptr(LpTrajectory) t = sample ();
  LpHistory *history = lp_trajectory_get_history (t);
  g_autoptr(GArray) before = all_dates (t);
  g_autoptr(GArray) after = NULL;
  g_autoptr(GArray) undone = NULL;

  lp_trajectory_shift (t, days);
  after = all_dates (t);
  g_assert_cmpuint (after->len, ==, before->len);
  g_assert_cmpuint (after->len, >, 2 + 2 * 60);
  for (guint i = 0; i < before->len; i++)
    g_assert_cmpint ((gint64) g_array_index (after, LpDate, i) - g_array_index (before, LpDate, i), ==, days);

  /* one undo step brings everything back, one redo shifts it again */
  g_assert_true (lp_history_undo (history));
  g_assert_false (lp_history_can_undo (history));
  undone = all_dates (t);
  for (guint i = 0; i < before->len; i++)
    g_assert_cmpuint (g_array_index (undone, LpDate, i), ==, g_array_index (before, LpDate, i));
  g_assert_true (lp_history_redo (history));
  g_clear_pointer (&undone, g_array_unref);
  undone = all_dates (t);
  for (guint i = 0; i < before->len; i++)
    g_assert_cmpuint (g_array_index (undone, LpDate, i), ==, g_array_index (after, LpDate, i));
}

static void
test_shift_later (void)
{
  check_shift (21);
}

static void
test_shift_earlier (void)
{
  check_shift (-35);
}

/* New from Template: the period starts in the first week of next month, on
 * the same weekday; modules back to draft; nothing to undo. */
static void
test_start_from_template (void)
{
  g_autoptr(LpTrajectory) t = sample ();
  LpDate old_start = lp_trajectory_get_span_start (t);
  LpDate today = lp_date_from_dmy (2, 12, 2026);
  GListModel *modules = lp_trajectory_get_modules (t);
  LpDate start;
  guint day, month, year;

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      lp_module_set_status (m, LP_STATUS_CONFIRMED);
    }
  lp_trajectory_start_from_template (t, today);
  start = lp_trajectory_get_span_start (t);
  lp_date_to_dmy (start, &day, &month, &year);
  g_assert_cmpuint (month, ==, 1);
  g_assert_cmpuint (year, ==, 2027);
  g_assert_cmpuint (day, <=, 7);
  g_assert_cmpuint (lp_date_get_weekday (start), ==, lp_date_get_weekday (old_start));
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      g_assert_cmpint (lp_module_get_status (m), ==, LP_STATUS_DRAFT);
    }
  g_assert_false (lp_history_can_undo (lp_trajectory_get_history (t)));

  /* a start already in the future comes back to next month too */
  lp_trajectory_shift (t, 400);
  lp_trajectory_start_from_template (t, today);
  lp_date_to_dmy (lp_trajectory_get_span_start (t), &day, &month, &year);
  g_assert_cmpuint (month, ==, 1);
  g_assert_cmpuint (year, ==, 2027);
  g_assert_cmpuint (day, <=, 7);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/shift/later", test_shift_later);
  g_test_add_func ("/core/shift/earlier", test_shift_earlier);
  g_test_add_func ("/core/shift/start-from-template", test_start_from_template);

  return g_test_run ();
}
