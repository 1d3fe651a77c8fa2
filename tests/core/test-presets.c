/* test-presets.c — the municipal-year presets added to a trajectory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/lp-date.h"
#include "core/lp-presets.h"
#include "iso-date.h"

static LpTrajectory *
trajectory_new (void)
{
  LpTrajectory *t = lp_trajectory_new ();
  g_autoptr(LpTrack) a = lp_track_new ("a", "A", LP_TRACK_GROUP_JOINT);

  lp_trajectory_load_set_header (t, "Test", NULL, NULL, NULL, iso ("2026-01-01"), iso ("2026-08-01"));
  lp_trajectory_load_track (t, a);
  return t;
}

/* The council elections keep their own date (18 March 2026, Kiesraad), whatever the day chosen. */
static void
test_elections (void)
{
  g_autoptr(LpTrajectory) t = trajectory_new ();
  const LpPreset *p = lp_presets_lookup ("council-elections-2026");
  LpMilestone *m;

  g_assert_nonnull (p);
  m = lp_presets_add (t, p, iso ("2026-06-01"));
  g_assert_true (LP_IS_MILESTONE (m));
  g_assert_cmpuint (lp_milestone_get_date (m), ==, iso ("2026-03-18"));
  g_assert_cmpint (lp_milestone_get_kind (m), ==, LP_MILESTONE_ELECTION);
  g_assert_cmpstr (lp_milestone_get_label (m), ==, "Municipal council elections");
  g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_milestones (t)), ==, 1);
  /* one undo step */
  g_assert_true (lp_history_undo (lp_trajectory_get_history (t)));
  g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_milestones (t)), ==, 0);
}

/* Budget milestones and the provincial elections (no date checked yet) go
 * on the day chosen; the summer recess is six weeks
 * from it, cut at the trajectory's end. */
static void
test_at_day (void)
{
  g_autoptr(LpTrajectory) t = trajectory_new ();
  LpMilestone *budget = lp_presets_add (t, lp_presets_lookup ("budget-debate"), iso ("2026-05-12"));
  LpMilestone *kadernota = lp_presets_add (t, lp_presets_lookup ("kadernota"), iso ("2026-06-30"));
  LpPeriod *recess = lp_presets_add (t, lp_presets_lookup ("summer-recess"), iso ("2026-07-04"));
  LpPeriod *early = lp_presets_add (t, lp_presets_lookup ("summer-recess"), iso ("2026-06-01"));
  LpMilestone *provincial = lp_presets_add (t, lp_presets_lookup ("provincial-elections"), iso ("2027-03-10"));

  g_assert_cmpuint (lp_milestone_get_date (budget), ==, iso ("2026-05-12"));
  g_assert_cmpint (lp_milestone_get_kind (budget), ==, LP_MILESTONE_BUDGET);
  g_assert_cmpuint (lp_milestone_get_date (kadernota), ==, iso ("2026-06-30"));
  g_assert_true (LP_IS_PERIOD (recess));
  g_assert_cmpint (lp_period_get_kind (recess), ==, LP_PERIOD_RECESS);
  g_assert_cmpuint (lp_period_get_start (recess), ==, iso ("2026-07-04"));
  g_assert_cmpuint (lp_period_get_end (recess), ==, iso ("2026-08-01"));
  g_assert_cmpuint (lp_period_get_end (early), ==, iso ("2026-07-12"));
  g_assert_cmpstr (lp_milestone_get_id (budget), !=, lp_milestone_get_id (kadernota));
  g_assert_cmpuint (lp_milestone_get_date (provincial), ==, iso ("2027-03-10"));
  g_assert_cmpint (lp_milestone_get_kind (provincial), ==, LP_MILESTONE_ELECTION);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/presets/elections", test_elections);
  g_test_add_func ("/presets/at-day", test_at_day);
  return g_test_run ();
}
