/* test-series.c — the dates of a series and its edits as one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Expected dates were worked out with Python's calendar module, not with
 * the code under test.
 */
#include "config.h"

#include "core/lp-date.h"
#include "core/lp-series.h"
#include "../series-fixture.h"

#define D(d, m, y) lp_date_from_dmy ((d), (m), (y))

static void
assert_dates (GArray       *dates,
              const LpDate *expected,
              guint         n)
{
  g_assert_nonnull (dates);
  g_assert_cmpuint (dates->len, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (g_array_index (dates, LpDate, i), ==, expected[i]);
}

/* 13 Oct 2026 is the second Tuesday, 25 Oct the last Sunday (in the last 7
 * days of October), 24 Oct the fourth Saturday, 22 Feb 2027 the last Monday. */
static void
test_week_of_month (void)
{
  g_assert_cmpuint (lp_series_week_of_month (D (1, 10, 2026)), ==, 1);
  g_assert_cmpuint (lp_series_week_of_month (D (13, 10, 2026)), ==, 2);
  g_assert_cmpuint (lp_series_week_of_month (D (15, 10, 2026)), ==, 3);
  g_assert_cmpuint (lp_series_week_of_month (D (24, 10, 2026)), ==, 4);
  g_assert_cmpuint (lp_series_week_of_month (D (25, 10, 2026)), ==, LP_SERIES_LAST_WEEK);
  g_assert_cmpuint (lp_series_week_of_month (D (31, 10, 2026)), ==, LP_SERIES_LAST_WEEK);
  g_assert_cmpuint (lp_series_week_of_month (D (21, 2, 2027)), ==, 3);
  g_assert_cmpuint (lp_series_week_of_month (D (22, 2, 2027)), ==, LP_SERIES_LAST_WEEK);
}

static void
test_every_n_weeks (void)
{
  LpSeriesRule every2 = { LP_SERIES_EVERY_N_WEEKS, 2, LP_DATE_NONE, 5 };
  LpSeriesRule weekly_until = { LP_SERIES_EVERY_N_WEEKS, 1, D (3, 11, 2026), 0 };
  const LpDate want2[] = { D (13, 10, 2026), D (27, 10, 2026), D (10, 11, 2026),
                           D (24, 11, 2026), D (8, 12, 2026) };
  const LpDate want1[] = { D (13, 10, 2026), D (20, 10, 2026), D (27, 10, 2026),
                           D (3, 11, 2026) };
  g_autoptr(GArray) a = lp_series_dates (&every2, D (13, 10, 2026), D (31, 12, 2027), NULL);
  g_autoptr(GArray) b = lp_series_dates (&weekly_until, D (13, 10, 2026), D (31, 12, 2027), NULL);

  assert_dates (a, want2, G_N_ELEMENTS (want2));
  assert_dates (b, want1, G_N_ELEMENTS (want1));
}

static void
test_monthly (void)
{
  LpSeriesRule six = { LP_SERIES_MONTHLY_WEEKDAY, 0, LP_DATE_NONE, 6 };
  LpSeriesRule until_dec = { LP_SERIES_MONTHLY_WEEKDAY, 0, D (24, 12, 2026), 0 };
  const LpDate second_tue[] = { D (13, 10, 2026), D (10, 11, 2026), D (8, 12, 2026),
                                D (12, 1, 2027), D (9, 2, 2027), D (9, 3, 2027) };
  const LpDate last_tue[] = { D (27, 10, 2026), D (24, 11, 2026), D (29, 12, 2026),
                              D (26, 1, 2027), D (23, 2, 2027), D (30, 3, 2027) };
  const LpDate first_thu[] = { D (1, 10, 2026), D (5, 11, 2026), D (3, 12, 2026) };
  const LpDate fourth_thu[] = { D (22, 10, 2026), D (26, 11, 2026), D (24, 12, 2026) };
  LpDate far = D (31, 12, 2030);
  g_autoptr(GArray) a = lp_series_dates (&six, D (13, 10, 2026), far, NULL);
  g_autoptr(GArray) b = lp_series_dates (&six, D (27, 10, 2026), far, NULL);
  g_autoptr(GArray) c = lp_series_dates (&until_dec, D (1, 10, 2026), far, NULL);
  g_autoptr(GArray) d = lp_series_dates (&until_dec, D (22, 10, 2026), far, NULL);

  assert_dates (a, second_tue, G_N_ELEMENTS (second_tue));
  assert_dates (b, last_tue, G_N_ELEMENTS (last_tue));
  assert_dates (c, first_thu, G_N_ELEMENTS (first_thu));
  assert_dates (d, fourth_thu, G_N_ELEMENTS (fourth_thu));
}

/* Dates after the last allowed start are not made, and counted. */
static void
test_left_out (void)
{
  LpSeriesRule six = { LP_SERIES_MONTHLY_WEEKDAY, 0, LP_DATE_NONE, 6 };
  LpSeriesRule zero_weeks = { LP_SERIES_EVERY_N_WEEKS, 0, LP_DATE_NONE, 3 };
  const LpDate want[] = { D (13, 10, 2026), D (10, 11, 2026), D (8, 12, 2026),
                          D (12, 1, 2027) };
  guint left_out = 99;
  g_autoptr(GArray) a = lp_series_dates (&six, D (13, 10, 2026), D (30, 1, 2027), &left_out);

  assert_dates (a, want, G_N_ELEMENTS (want));
  g_assert_cmpuint (left_out, ==, 2);
  g_assert_null (lp_series_dates (&zero_weeks, D (13, 10, 2026), D (30, 1, 2027), NULL));
}

static void
test_describe (void)
{
  g_autofree char *second = lp_series_describe_monthly (D (13, 10, 2026));
  g_autofree char *last = lp_series_describe_monthly (D (27, 10, 2026));

  g_assert_cmpstr (second, ==, "Monthly on the second Tuesday");
  g_assert_cmpstr (last, ==, "Monthly on the last Tuesday");
}

/* The series fixture with m1 from 19:00, titled "Raadsavond", and m2 in
 * series "s1". */
static LpTrajectory *
make_trajectory (void)
{
  LpTrajectory *t = series_fixture_new ();
  LpModule *m1 = lp_trajectory_lookup_module (t, "m1");

  lp_module_set_start_time (m1, 19 * LP_MINUTES_PER_HOUR);
  lp_module_set_title (m1, "Raadsavond");
  lp_module_set_series (lp_trajectory_lookup_module (t, "m2"), "s1");
  return t;
}

static void
test_make_id (void)
{
  g_autoptr(LpTrajectory) t = make_trajectory ();
  g_autofree char *id = lp_series_make_id (t);
  g_autofree char *id2 = NULL;

  g_assert_cmpstr (id, ==, "s2");
  lp_module_set_series (lp_trajectory_lookup_module (t, "m1"), "s2");
  id2 = lp_series_make_id (t);
  g_assert_cmpstr (id2, ==, "s3");
}

/* Monthly on the second Tuesday, 6 times, in a span ending 31 Jan 2027:
 * copies on 10 Nov, 8 Dec, 12 Jan (two days each, 19:00, lane t1, series
 * "s2"), 2 left out; one undo removes them and the original's series, one
 * redo brings them back. */
static void
test_apply_undo (void)
{
  g_autoptr(LpTrajectory) t = make_trajectory ();
  LpHistory *history = lp_trajectory_get_history (t);
  LpModule *m1 = lp_trajectory_lookup_module (t, "m1");
  LpSeriesRule six = { LP_SERIES_MONTHLY_WEEKDAY, 0, LP_DATE_NONE, 6 };
  const LpDate want[] = { D (13, 10, 2026), D (10, 11, 2026), D (8, 12, 2026), D (12, 1, 2027) };
  g_autoptr(GPtrArray) members = NULL;
  guint left_out = 0;

  g_assert_cmpuint (lp_series_apply (t, m1, &six, &left_out), ==, 3);
  g_assert_cmpuint (left_out, ==, 2);
  members = lp_series_get_members (t, "s2");
  g_assert_cmpuint (members->len, ==, 4);
  g_assert_true (g_ptr_array_index (members, 0) == m1);
  for (guint i = 0; i < members->len; i++)
    {
      LpModule *m = g_ptr_array_index (members, i);
      g_assert_cmpuint (lp_module_get_start (m), ==, want[i]);
      g_assert_cmpuint (lp_module_get_end (m), ==, want[i] + 1);
      g_assert_true (lp_module_get_track (m) == lp_trajectory_lookup_track (t, "t1"));
      g_assert_cmpint (lp_module_get_start_time (m), ==, 19 * LP_MINUTES_PER_HOUR);
      g_assert_cmpstr (lp_module_get_title (m), ==, "Raadsavond");
      g_assert_cmpstr (lp_module_get_series (m), ==, "s2");
    }
  g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_modules (t)), ==, 5);

  g_assert_true (lp_history_undo (history));
  g_assert_false (lp_history_can_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_modules (t)), ==, 2);
  g_assert_null (lp_module_get_series (m1));
  g_assert_true (lp_history_redo (history));
  g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_modules (t)), ==, 5);
  g_assert_cmpstr (lp_module_get_series (m1), ==, "s2");
}

static LpTrajectory *
make_series (void)
{
  LpTrajectory *t = make_trajectory ();
  LpSeriesRule four = { LP_SERIES_EVERY_N_WEEKS, 1, LP_DATE_NONE, 4 };

  lp_series_apply (t, lp_trajectory_lookup_module (t, "m1"), &four, NULL);
  lp_history_clear (lp_trajectory_get_history (t));
  return t;
}

/* Deleting the series removes its 4 members (not m2, of another series) in
 * one undo step. */
static void
test_remove_undo (void)
{
  g_autoptr(LpTrajectory) t = make_series ();
  GListModel *modules = lp_trajectory_get_modules (t);

  lp_series_remove (t, "s2");
  g_assert_cmpuint (g_list_model_get_n_items (modules), ==, 1);
  g_assert_nonnull (lp_trajectory_lookup_module (t, "m2"));
  g_assert_true (lp_history_undo (lp_trajectory_get_history (t)));
  g_assert_false (lp_history_can_undo (lp_trajectory_get_history (t)));
  g_assert_cmpuint (g_list_model_get_n_items (modules), ==, 5);
}

/* Moving the series: every member 3 days later; with a lane, all to it. */
static void
test_move_undo (void)
{
  g_autoptr(LpTrajectory) t = make_series ();
  LpTrack *t2 = lp_trajectory_lookup_track (t, "t2");
  LpHistory *history = lp_trajectory_get_history (t);
  const LpDate want[] = { D (13, 10, 2026), D (20, 10, 2026), D (27, 10, 2026), D (3, 11, 2026) };
  g_autoptr(GPtrArray) members = lp_series_get_members (t, "s2");

  lp_series_move (t, "s2", 3, NULL);
  for (guint i = 0; i < members->len; i++)
    {
      g_assert_cmpuint (lp_module_get_start (g_ptr_array_index (members, i)), ==, want[i] + 3);
      g_assert_cmpuint (lp_module_get_end (g_ptr_array_index (members, i)), ==, want[i] + 4);
      g_assert_true (lp_module_get_track (g_ptr_array_index (members, i)) != t2);
    }
  lp_series_move (t, "s2", -3, t2);
  for (guint i = 0; i < members->len; i++)
    {
      g_assert_cmpuint (lp_module_get_start (g_ptr_array_index (members, i)), ==, want[i]);
      g_assert_true (lp_module_get_track (g_ptr_array_index (members, i)) == t2);
    }
  g_assert_true (lp_history_undo (history));
  g_assert_true (lp_history_undo (history));
  g_assert_false (lp_history_can_undo (history));
  for (guint i = 0; i < members->len; i++)
    {
      g_assert_cmpuint (lp_module_get_start (g_ptr_array_index (members, i)), ==, want[i]);
      g_assert_true (lp_module_get_track (g_ptr_array_index (members, i)) != t2);
    }
}

/* A field set on the whole series is set on every member, one undo step. */
static void
test_set_value_undo (void)
{
  g_autoptr(LpTrajectory) t = make_series ();
  g_autoptr(GPtrArray) members = lp_series_get_members (t, "s2");
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "Stadhuis");
  lp_series_set_value (t, "s2", "location", &value);
  for (guint i = 0; i < members->len; i++)
    g_assert_cmpstr (lp_module_get_location (g_ptr_array_index (members, i)), ==, "Stadhuis");
  g_assert_null (lp_module_get_location (lp_trajectory_lookup_module (t, "m2")));
  g_assert_true (lp_history_undo (lp_trajectory_get_history (t)));
  g_assert_false (lp_history_can_undo (lp_trajectory_get_history (t)));
  for (guint i = 0; i < members->len; i++)
    g_assert_null (lp_module_get_location (g_ptr_array_index (members, i)));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/series/week-of-month", test_week_of_month);
  g_test_add_func ("/core/series/every-n-weeks", test_every_n_weeks);
  g_test_add_func ("/core/series/monthly", test_monthly);
  g_test_add_func ("/core/series/left-out", test_left_out);
  g_test_add_func ("/core/series/describe", test_describe);
  g_test_add_func ("/core/series/make-id", test_make_id);
  g_test_add_func ("/core/series/apply-undo", test_apply_undo);
  g_test_add_func ("/core/series/remove-undo", test_remove_undo);
  g_test_add_func ("/core/series/move-undo", test_move_undo);
  g_test_add_func ("/core/series/set-value-undo", test_set_value_undo);

  return g_test_run ();
}
