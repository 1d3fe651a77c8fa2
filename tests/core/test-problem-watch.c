/* test-problem-watch.c — the problems of a trajectory, kept current: found
 * the first time after what waits in the main loop before them (the first
 * frame), found again at once when a burst of changes has settled; every
 * module a problem names is in the set
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/lp-date.h"
#include "core/lp-problem-watch.h"
#include "../wait-util.h"
#include "iso-date.h"

#define WAIT_MS 10000

/* One lane, a module on Saturday 3 October 2026 and one on Tuesday 6 October. */
static LpTrajectory *
trajectory_new (LpModule **saturday,
                LpModule **tuesday)
{
  LpTrajectory *t = lp_trajectory_new ();
  g_autoptr(LpTrack) lane = lp_track_new ("a", "A", LP_TRACK_GROUP_JOINT);
  const char *ids[] = { "sat", "tue" }, *days[] = { "2026-10-03", "2026-10-06" };
  LpModule **out[] = { saturday, tuesday };

  lp_trajectory_load_set_header (t, "Test", NULL, NULL, NULL, iso ("2026-09-01"), iso ("2026-12-31"));
  lp_trajectory_load_track (t, lane);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(LpModule) m = lp_module_new (ids[i]);

      lp_module_set_kind_id (m, "empathy");
      lp_module_set_title (m, ids[i]);
      lp_module_set_track (m, lane);
      lp_module_set_start (m, iso (days[i]));
      lp_module_set_end (m, iso (days[i]));
      lp_trajectory_load_module (t, m);
      *out[i] = m;
    }
  return t;
}

typedef struct {
  guint    changed;
  gboolean other_idle_ran;          /* the earlier idle */
  gboolean other_idle_before_found; /* it ran before "changed" */
  gboolean blank_after_change;      /* peek gave NULL after the first find */
} Seen;

static void
on_changed_cb (LpProblemWatch *watch,
               Seen           *seen)
{
  seen->changed++;
  if (lp_problem_watch_peek_modules (watch) == NULL)
    seen->blank_after_change = TRUE;
}

static gboolean
other_idle_cb (gpointer data)
{
  Seen *seen = data;

  seen->other_idle_ran = TRUE;
  seen->other_idle_before_found = seen->changed == 0;
  return G_SOURCE_REMOVE;
}

static gboolean
changed_cb (gpointer data)
{
  return ((Seen *) data)->changed > 0;
}

typedef struct {
  LpModule       *saturday, *tuesday;   /* borrowed from trajectory */
  LpTrajectory   *trajectory;
  LpProblemWatch *watch;
  Seen            seen;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  f->trajectory = trajectory_new (&f->saturday, &f->tuesday);
  f->watch = lp_problem_watch_new (f->trajectory);
  g_signal_connect (f->watch, "changed", G_CALLBACK (on_changed_cb), &f->seen);
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->watch);
  g_clear_object (&f->trajectory);
}

/* Peeking first gives nothing and asks for the problems at low priority:
 * an idle of default priority (as drawing is) runs before they are found,
 * then "changed" comes and the Saturday module has a problem, the Tuesday
 * one not. */
static void
test_found_after_other_work (Fixture *f, gconstpointer data)
{
  LpProblemWatch *watch = f->watch;
  Seen *seen = &f->seen;
  GHashTable *modules;

  g_assert_null (lp_problem_watch_peek_modules (watch));
  g_idle_add (other_idle_cb, seen);
  g_assert_true (wait_until (changed_cb, seen, WAIT_MS));
  g_assert_true (seen->other_idle_ran);
  g_assert_true (seen->other_idle_before_found);
  g_assert_cmpuint (seen->changed, ==, 1);

  modules = lp_problem_watch_peek_modules (watch);
  g_assert_nonnull (modules);
  g_assert_true (g_hash_table_contains (modules, f->saturday));
  g_assert_false (g_hash_table_contains (modules, f->tuesday));
  g_assert_true (modules == lp_problem_watch_get_modules (watch));
}

/* Once found, a change that moves Tuesday's module to Sunday is found again
 * when the change has settled, before "changed", so a view that peeks never
 * gets nothing in between. */
static void
test_found_again_at_once (Fixture *f, gconstpointer data)
{
  LpProblemWatch *watch = f->watch;
  Seen *seen = &f->seen;
  GHashTable *modules;

  g_assert_nonnull (lp_problem_watch_get_modules (watch));
  lp_trajectory_move_module (f->trajectory, f->tuesday, lp_module_get_track (f->tuesday), iso ("2026-10-04"), iso ("2026-10-04"));
  g_assert_nonnull (lp_problem_watch_peek_modules (watch));   /* as they were */
  g_assert_true (wait_until (changed_cb, seen, WAIT_MS));
  g_assert_false (seen->blank_after_change);
  modules = lp_problem_watch_peek_modules (watch);
  g_assert_true (g_hash_table_contains (modules, f->saturday));
  g_assert_true (g_hash_table_contains (modules, f->tuesday));
  g_assert_cmpuint (seen->changed, ==, 1);
}

static LpModule *
add_booked (LpTrajectory *t,
            const char   *id,
            const char   *start,
            const char   *end,
            int           from,
            int           to,
            const char   *facilitator)
{
  g_autoptr(LpModule) m = lp_module_new (id);
  const char *facilitators[] = { facilitator, NULL };

  lp_module_set_kind_id (m, "empathy");
  lp_module_set_title (m, id);
  lp_module_set_track (m, lp_trajectory_lookup_track (t, "a"));
  lp_module_set_start (m, iso (start));
  lp_module_set_end (m, iso (end));
  lp_module_set_start_time (m, from);
  lp_module_set_end_time (m, to);
  lp_module_set_facilitators (m, facilitators);
  lp_trajectory_load_module (t, m);
  return m;
}

/* A module with Anna's two later sessions is one problem with two others:
 * all three modules have problems, a session of someone else not. */
static void
test_every_other (void)
{
  LpModule *saturday, *tuesday, *long_one, *morning, *afternoon, *piet;
  g_autoptr(LpTrajectory) t = trajectory_new (&saturday, &tuesday);
  g_autoptr(LpProblemWatch) watch = lp_problem_watch_new (t);
  GHashTable *modules;

  long_one = add_booked (t, "long", "2026-09-07", "2026-09-09", LP_TIME_NONE, LP_TIME_NONE, "Anna");
  morning = add_booked (t, "morning", "2026-09-08", "2026-09-08", 9 * 60, 12 * 60, "Anna");
  afternoon = add_booked (t, "afternoon", "2026-09-08", "2026-09-08", 13 * 60, 17 * 60, "anna");
  piet = add_booked (t, "piet", "2026-09-08", "2026-09-08", 9 * 60, 12 * 60, "Piet");
  g_assert_cmpuint (lp_problem_watch_get_problems (watch)->len, ==, 2);   /* and Saturday */
  modules = lp_problem_watch_get_modules (watch);
  g_assert_cmpuint (g_hash_table_size (modules), ==, 4);
  g_assert_true (g_hash_table_contains (modules, saturday));
  g_assert_true (g_hash_table_contains (modules, long_one));
  g_assert_true (g_hash_table_contains (modules, morning));
  g_assert_true (g_hash_table_contains (modules, afternoon));
  g_assert_false (g_hash_table_contains (modules, piet));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/problem-watch/found-after-other-work", Fixture, NULL, setup, test_found_after_other_work, teardown);
  g_test_add ("/problem-watch/found-again-at-once", Fixture, NULL, setup, test_found_again_at_once, teardown);
  g_test_add_func ("/problem-watch/every-other", test_every_other);
  return g_test_run ();
}
