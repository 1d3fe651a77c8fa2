/* test-signals.c — model signals fire exactly once per change, with the
 * right arguments (glib-testing's GtSignalLogger)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libglib-testing/signal-logger.h>

#include "core/lp-sample.h"
#include "core/lp-trajectory.h"

typedef struct {
  LpTrajectory   *t;
  GtSignalLogger *logger;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  f->t = lp_sample_generate (20, 3, 12, 11);
  f->logger = gt_signal_logger_new ();
  gt_signal_logger_connect (f->logger, f->t, "changed");
  gt_signal_logger_connect (f->logger, f->t, "module-changed");
  gt_signal_logger_connect (f->logger, lp_trajectory_get_modules (f->t), "items-changed");
  gt_signal_logger_connect (f->logger, lp_trajectory_get_tracks (f->t), "items-changed");
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_clear_pointer (&f->logger, gt_signal_logger_free);
  g_assert_finalize_object (f->t);
}

static void
assert_module_changed (Fixture *f, LpModule *module, const char *property)
{
  LpModule *m = NULL;
  g_autofree char *prop = NULL;

  gt_signal_logger_assert_emission_pop (f->logger, f->t, "module-changed", &m, &prop);
  g_assert_true (m == module);
  g_assert_cmpstr (prop, ==, property);
  g_object_unref (m);
}

static void
assert_items_changed (Fixture *f, GListModel *model, guint position, guint removed, guint added)
{
  guint p = 99, r = 99, a = 99;

  gt_signal_logger_assert_emission_pop (f->logger, model, "items-changed", &p, &r, &a);
  g_assert_cmpuint (p, ==, position);
  g_assert_cmpuint (r, ==, removed);
  g_assert_cmpuint (a, ==, added);
}

static void
test_set_value (Fixture *f, gconstpointer data)
{
  LpModule *m = lp_trajectory_lookup_module (f->t, "m1");
  LpHistory *h = lp_trajectory_get_history (f->t);

  lp_trajectory_set_string (f->t, m, "title", "Nieuw");
  assert_module_changed (f, m, "title");
  gt_signal_logger_assert_emission_pop (f->logger, f->t, "changed", NULL);
  gt_signal_logger_assert_no_emissions (f->logger);

  /* the same value again: nothing at all */
  lp_trajectory_set_string (f->t, m, "title", "Nieuw");
  gt_signal_logger_assert_no_emissions (f->logger);

  lp_history_undo (h);
  assert_module_changed (f, m, "title");
  gt_signal_logger_assert_emission_pop (f->logger, f->t, "changed", NULL);
  gt_signal_logger_assert_no_emissions (f->logger);

  lp_history_redo (h);
  assert_module_changed (f, m, "title");
  gt_signal_logger_assert_emission_pop (f->logger, f->t, "changed", NULL);
  gt_signal_logger_assert_no_emissions (f->logger);
}

static void
test_move (Fixture *f, gconstpointer data)
{
  LpModule *m = lp_trajectory_lookup_module (f->t, "m2");
  LpTrack *t3 = lp_trajectory_lookup_track (f->t, "t3");
  g_autoptr(GtSignalLogger) notify = gt_signal_logger_new ();

  gt_signal_logger_connect (notify, m, "notify");
  lp_trajectory_move_module (f->t, m, t3, lp_module_get_start (m) + 1, lp_module_get_end (m) + 2);
  assert_module_changed (f, m, "position");
  gt_signal_logger_assert_emission_pop (f->logger, f->t, "changed", NULL);
  gt_signal_logger_assert_no_emissions (f->logger);
  /* the module itself notifies each changed property once */
  g_assert_cmpuint (gt_signal_logger_get_n_emissions (notify), <=, 3);
  g_assert_cmpuint (gt_signal_logger_get_n_emissions (notify), >=, 2);
}

static void
test_add_remove_module (Fixture *f, gconstpointer data)
{
  GListModel *modules = lp_trajectory_get_modules (f->t);
  guint n = g_list_model_get_n_items (modules);
  LpModule *m1 = lp_trajectory_lookup_module (f->t, "m1");
  LpModule *copy;

  copy = lp_trajectory_duplicate_module (f->t, m1);
  g_assert_nonnull (copy);
  assert_items_changed (f, modules, 1, 0, 1);
  gt_signal_logger_assert_emission_pop (f->logger, f->t, "changed", NULL);
  gt_signal_logger_assert_no_emissions (f->logger);
  g_assert_cmpuint (g_list_model_get_n_items (modules), ==, n + 1);

  lp_trajectory_remove_module (f->t, m1);
  assert_items_changed (f, modules, 0, 1, 0);
  gt_signal_logger_assert_emission_pop (f->logger, f->t, "changed", NULL);
  gt_signal_logger_assert_no_emissions (f->logger);

  lp_history_undo (lp_trajectory_get_history (f->t));
  assert_items_changed (f, modules, 0, 0, 1);
  gt_signal_logger_assert_emission_pop (f->logger, f->t, "changed", NULL);
  gt_signal_logger_assert_no_emissions (f->logger);
}

/* The logged emissions are items-changed only, then ONE "changed" on the
 * trajectory, last; returns how many there were. */
static gsize
pop_items_changed_then_changed (Fixture *f)
{
  gsize n = gt_signal_logger_get_n_emissions (f->logger);

  for (gsize i = 0; i + 1 < n; i++)
    {
      gpointer obj = NULL;
      g_autofree char *type_name = NULL, *signal = NULL;
      g_autoptr(GtSignalLoggerEmission) emission = NULL;

      g_assert_true (gt_signal_logger_pop_emission (f->logger, &obj, &type_name, &signal, &emission));
      g_assert_cmpstr (signal, ==, "items-changed");
    }
  gt_signal_logger_assert_emission_pop (f->logger, f->t, "changed", NULL);
  gt_signal_logger_assert_no_emissions (f->logger);
  return n;
}

static void
test_remove_track_one_changed (Fixture *f, gconstpointer data)
{
  LpTrack *t2 = lp_trajectory_lookup_track (f->t, "t2");

  lp_trajectory_remove_track (f->t, t2);
  /* some items-changed on modules, one on tracks, and ONE "changed" last */
  g_assert_cmpuint (pop_items_changed_then_changed (f), >=, 2);

  /* undo of the whole step: again exactly one "changed" */
  lp_history_undo (lp_trajectory_get_history (f->t));
  pop_items_changed_then_changed (f);
}

static void
test_move_track (Fixture *f, gconstpointer data)
{
  GListModel *tracks = lp_trajectory_get_tracks (f->t);

  lp_trajectory_move_track (f->t, lp_trajectory_lookup_track (f->t, "t1"), 2);
  assert_items_changed (f, tracks, 0, 1, 0);
  assert_items_changed (f, tracks, 2, 0, 1);
  gt_signal_logger_assert_emission_pop (f->logger, f->t, "changed", NULL);
  gt_signal_logger_assert_no_emissions (f->logger);
}

static void
test_trajectory_property (Fixture *f, gconstpointer data)
{
  g_autoptr(GtSignalLogger) notify = gt_signal_logger_new ();

  gt_signal_logger_connect (notify, f->t, "notify::title");
  lp_trajectory_set_string (f->t, f->t, "title", "Andere titel");
  gt_signal_logger_assert_notify_emission_pop (notify, f->t, "title");
  gt_signal_logger_assert_no_emissions (notify);
  gt_signal_logger_assert_emission_pop (f->logger, f->t, "changed", NULL);
  gt_signal_logger_assert_no_emissions (f->logger);

  lp_trajectory_set_span (f->t, lp_trajectory_get_span_start (f->t), lp_trajectory_get_span_end (f->t) + 10);
  gt_signal_logger_assert_emission_pop (f->logger, f->t, "changed", NULL);
  gt_signal_logger_assert_no_emissions (f->logger);
}

static void
test_group_drag (Fixture *f, gconstpointer data)
{
  LpModule *m = lp_trajectory_lookup_module (f->t, "m3");

  lp_trajectory_begin_group (f->t, "Drag");
  for (int i = 0; i < 5; i++)
    {
      lp_trajectory_move_module (f->t, m, NULL, lp_module_get_start (m) + 1, lp_module_get_end (m) + 1);
      /* live: each step of a drag redraws */
      assert_module_changed (f, m, "position");
      gt_signal_logger_assert_emission_pop (f->logger, f->t, "changed", NULL);
    }
  lp_trajectory_end_group (f->t);
  gt_signal_logger_assert_no_emissions (f->logger);

  /* undo of the drag: five moves back, ONE "changed" */
  lp_history_undo (lp_trajectory_get_history (f->t));
  for (int i = 0; i < 5; i++)
    assert_module_changed (f, m, "position");
  gt_signal_logger_assert_emission_pop (f->logger, f->t, "changed", NULL);
  gt_signal_logger_assert_no_emissions (f->logger);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/core/signals/set-value", test_set_value);
  ADD ("/core/signals/move", test_move);
  ADD ("/core/signals/add-remove-module", test_add_remove_module);
  ADD ("/core/signals/remove-track", test_remove_track_one_changed);
  ADD ("/core/signals/move-track", test_move_track);
  ADD ("/core/signals/trajectory-property", test_trajectory_property);
  ADD ("/core/signals/group-drag", test_group_drag);
#undef ADD

  return g_test_run ();
}
