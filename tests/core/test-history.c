/* test-history.c — undo and redo of every operation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/lp-sample.h"
#include "core/lp-trajectory.h"
#include "core-test-dump.h"

typedef void (*Operation) (LpTrajectory *t);

static void op_remove_unused_kind (LpTrajectory *t);

/* Runs op once; checks it made exactly one undo step that restores the
 * state before, and that redo gives the state after. */
static void
prepare_unused_kind (LpTrajectory *t)
{
  g_autoptr(LpKind) k = lp_kind_new ("k8");

  /* a kind nobody uses, loaded without history */
  lp_trajectory_load_kind (t, k);
}

static void
check_undo_redo (Operation op)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (30, 3, 12, 7);
  LpHistory *h;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  if (op == op_remove_unused_kind)
    prepare_unused_kind (t);
  h = lp_trajectory_get_history (t);
  before = core_test_dump (t);
  g_assert_false (lp_history_can_undo (h));
  op (t);
  after = core_test_dump (t);
  g_assert_cmpstr (before, !=, after);
  g_assert_true (lp_history_can_undo (h));
  g_assert_false (lp_history_can_redo (h));
  g_assert_true (lp_history_is_modified (h));
  g_assert_nonnull (lp_history_get_undo_label (h));

  g_assert_true (lp_history_undo (h));
  undone = core_test_dump (t);
  g_assert_cmpstr (undone, ==, before);
  g_assert_false (lp_history_can_undo (h));  /* exactly one step */
  g_assert_true (lp_history_can_redo (h));
  g_assert_false (lp_history_is_modified (h));

  g_assert_true (lp_history_redo (h));
  redone = core_test_dump (t);
  g_assert_cmpstr (redone, ==, after);
  g_assert_false (lp_history_can_redo (h));

  /* and once more back and forth */
  g_assert_true (lp_history_undo (h));
  g_free (undone);
  undone = core_test_dump (t);
  g_assert_cmpstr (undone, ==, before);
}

#define MODULE(t, id) lp_trajectory_lookup_module ((t), (id))
#define TRACK(t, id) lp_trajectory_lookup_track ((t), (id))

static void op_set_title (LpTrajectory *t) { lp_trajectory_set_string (t, MODULE (t, "m1"), "title", "Nieuwe titel"); }
static void op_clear_title (LpTrajectory *t) { lp_trajectory_set_string (t, MODULE (t, "m1"), "title", NULL); }
static void op_set_status (LpTrajectory *t) { lp_trajectory_set_enum (t, MODULE (t, "m2"), "status", (lp_module_get_status (MODULE (t, "m2")) + 1) % LP_N_STATUSES); }
static void op_set_kind (LpTrajectory *t) { lp_trajectory_set_string (t, MODULE (t, "m3"), "kind", "k2"); }
static void op_set_times (LpTrajectory *t) { lp_trajectory_set_int (t, MODULE (t, "m3"), "start-time", LP_TIME_NONE); }
static void op_set_count (LpTrajectory *t) { lp_trajectory_set_int (t, MODULE (t, "m4"), "participants-count", 99); }
static void op_set_notes (LpTrajectory *t) { lp_trajectory_set_string (t, MODULE (t, "m4"), "notes", "Nieuwe notitie"); }

static void
op_set_facilitators (LpTrajectory *t)
{
  const char *f[] = { "Één", "Twee", "Drie", NULL };
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRV);
  g_value_set_boxed (&v, f);
  lp_trajectory_set_value (t, MODULE (t, "m5"), "facilitators", &v);
}

static void
op_add_comment (LpTrajectory *t)
{
  LpModule *m = MODULE (t, "m5");
  g_autoptr(GPtrArray) c = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_comment_free);
  g_auto(GValue) v = G_VALUE_INIT;

  for (guint i = 0; i < lp_module_get_comments (m)->len; i++)
    g_ptr_array_add (c, lp_comment_copy (g_ptr_array_index (lp_module_get_comments (m), i)));
  g_ptr_array_add (c, lp_comment_new ("Jan", lp_trajectory_get_span_start (t), "Nieuw"));
  g_value_init (&v, G_TYPE_PTR_ARRAY);
  g_value_set_boxed (&v, c);
  lp_trajectory_set_value (t, m, "comments", &v);
}

static void op_move (LpTrajectory *t) { LpModule *m = MODULE (t, "m6"); lp_trajectory_move_module (t, m, TRACK (t, "t3"), lp_module_get_start (m) + 7, lp_module_get_end (m) + 7); }
static void op_resize (LpTrajectory *t) { LpModule *m = MODULE (t, "m6"); lp_trajectory_move_module (t, m, NULL, lp_module_get_start (m), lp_module_get_end (m) + 3); }
static void op_remove_module (LpTrajectory *t) { lp_trajectory_remove_module (t, MODULE (t, "m7")); }
static void op_duplicate (LpTrajectory *t) { g_assert_nonnull (lp_trajectory_duplicate_module (t, MODULE (t, "m8"))); }

static void
op_add_module (LpTrajectory *t)
{
  g_autofree char *id = lp_trajectory_make_id (t, LP_TYPE_MODULE);
  g_autoptr(LpModule) m = lp_module_new (id);

  lp_module_set_kind_id (m, "intervision");
  lp_module_set_track (m, TRACK (t, "t2"));
  lp_module_set_start (m, lp_trajectory_get_span_start (t) + 3);
  lp_module_set_end (m, lp_trajectory_get_span_start (t) + 3);
  lp_trajectory_add_module (t, m);
}

static void
op_add_track (LpTrajectory *t)
{
  g_autoptr(LpTrack) track = lp_track_new ("t9", "Raad", LP_TRACK_GROUP_COUNCIL);
  lp_trajectory_add_track (t, track, 1);
}

static void op_rename_track (LpTrajectory *t) { lp_trajectory_set_string (t, TRACK (t, "t1"), "name", "Samen"); }
static void op_track_group (LpTrajectory *t) { lp_trajectory_set_enum (t, TRACK (t, "t1"), "group", LP_TRACK_GROUP_OTHER); }
static void op_move_track (LpTrajectory *t) { lp_trajectory_move_track (t, TRACK (t, "t1"), 2); }
static void op_remove_track (LpTrajectory *t) { lp_trajectory_remove_track (t, TRACK (t, "t2")); }

static void
op_add_kind (LpTrajectory *t)
{
  g_autoptr(LpKind) k = lp_kind_new ("k9");
  lp_kind_set_name (k, "Nieuwe vorm");
  lp_trajectory_add_kind (t, k);
}

static void op_edit_kind (LpTrajectory *t) { lp_trajectory_set_string (t, lp_trajectory_lookup_own_kind (t, "k1"), "color", "#000000"); }
static void op_kind_days (LpTrajectory *t) { lp_trajectory_set_uint (t, lp_trajectory_lookup_own_kind (t, "k1"), "days", 3); }

static void
op_remove_unused_kind (LpTrajectory *t)
{
  g_assert_true (lp_trajectory_remove_kind (t, lp_trajectory_lookup_own_kind (t, "k8")));
}

static void
op_add_milestone (LpTrajectory *t)
{
  g_autoptr(LpMilestone) e = lp_milestone_new ("e9", lp_trajectory_get_span_start (t) + 40, LP_MILESTONE_BUDGET, "Voorjaarsnota");
  lp_trajectory_add_milestone (t, e);
}

static void op_edit_milestone (LpTrajectory *t) { lp_trajectory_set_string (t, lp_trajectory_lookup_milestone (t, "e2"), "label", "Akkoord"); }
static void op_remove_milestone (LpTrajectory *t) { lp_trajectory_remove_milestone (t, lp_trajectory_lookup_milestone (t, "e1")); }

static void
op_add_period (LpTrajectory *t)
{
  LpDate s = lp_trajectory_get_span_start (t);
  g_autoptr(LpPeriod) b = lp_period_new ("b9", s + 5, s + 9, LP_PERIOD_HOLIDAY, "Herfstvakantie");
  lp_trajectory_add_period (t, b);
}

static void op_edit_period (LpTrajectory *t) { lp_trajectory_set_uint (t, lp_trajectory_lookup_period (t, "b1"), "end", lp_period_get_end (lp_trajectory_lookup_period (t, "b1")) + 2); }
static void op_remove_period (LpTrajectory *t) { lp_trajectory_remove_period (t, lp_trajectory_lookup_period (t, "b2")); }
static void op_title (LpTrajectory *t) { lp_trajectory_set_string (t, t, "title", "Andere titel"); }
static void op_client (LpTrajectory *t) { lp_trajectory_set_string (t, t, "client", NULL); }
static void op_span (LpTrajectory *t) { lp_trajectory_set_span (t, lp_trajectory_get_span_start (t) - 31, lp_trajectory_get_span_end (t) + 31); }

static void
op_group (LpTrajectory *t)
{
  LpModule *m = MODULE (t, "m9");

  /* a drag: many moves, one step */
  lp_trajectory_begin_group (t, "Drag");
  for (int i = 1; i <= 10; i++)
    lp_trajectory_move_module (t, m, NULL, lp_module_get_start (m) + 1, lp_module_get_end (m) + 1);
  lp_trajectory_begin_group (t, NULL);   /* nested */
  lp_trajectory_set_string (t, m, "location", "Elders");
  lp_trajectory_end_group (t);
  lp_trajectory_end_group (t);
}

static const struct {
  const char *name;
  Operation   op;
} operations[] = {
  { "set-title", op_set_title },
  { "clear-title", op_clear_title },
  { "set-status", op_set_status },
  { "set-kind", op_set_kind },
  { "set-times", op_set_times },
  { "set-count", op_set_count },
  { "set-notes", op_set_notes },
  { "set-facilitators", op_set_facilitators },
  { "add-comment", op_add_comment },
  { "move-module", op_move },
  { "resize-module", op_resize },
  { "remove-module", op_remove_module },
  { "duplicate-module", op_duplicate },
  { "add-module", op_add_module },
  { "add-track", op_add_track },
  { "rename-track", op_rename_track },
  { "track-group", op_track_group },
  { "move-track", op_move_track },
  { "remove-track", op_remove_track },
  { "add-kind", op_add_kind },
  { "edit-kind", op_edit_kind },
  { "kind-days", op_kind_days },
  { "remove-kind", op_remove_unused_kind },
  { "add-milestone", op_add_milestone },
  { "edit-milestone", op_edit_milestone },
  { "remove-milestone", op_remove_milestone },
  { "add-period", op_add_period },
  { "edit-period", op_edit_period },
  { "remove-period", op_remove_period },
  { "trajectory-title", op_title },
  { "trajectory-client", op_client },
  { "trajectory-period", op_span },
  { "group", op_group },
};

static void
test_operation (gconstpointer data)
{
  check_undo_redo ((Operation) data);
}

static void
test_noop_not_recorded (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (5, 2, 6, 1);
  LpHistory *h = lp_trajectory_get_history (t);
  LpModule *m = MODULE (t, "m1");

  lp_trajectory_set_string (t, m, "title", lp_module_get_title (m));
  lp_trajectory_move_module (t, m, NULL, lp_module_get_start (m), lp_module_get_end (m));
  lp_trajectory_set_span (t, lp_trajectory_get_span_start (t), lp_trajectory_get_span_end (t));
  lp_trajectory_begin_group (t, "empty");
  lp_trajectory_end_group (t);
  /* "" and NULL are the same for optional text */
  lp_trajectory_set_string (t, t, "client", "Gemeente Voorbeeld");
  g_assert_false (lp_history_can_undo (h));
  g_assert_false (lp_history_is_modified (h));
}

static void
assert_undo_label (LpTrajectory *t,
                   const char   *expected)
{
  g_assert_cmpstr (lp_history_get_undo_label (lp_trajectory_get_history (t)), ==, expected);
}

/* Retracting undoes the last step and forgets it: it cannot be redone,
 * the step before it is next to undo, and a saved state that only the
 * retracted step reached counts as unsaved. */
static void
test_retract (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (5, 2, 6, 1);
  LpHistory *h = lp_trajectory_get_history (t);
  LpModule *m = MODULE (t, "m1");
  g_autofree char *notes = g_strdup (lp_module_get_notes (m));

  g_assert_false (lp_history_retract (h));
  lp_trajectory_set_string (t, m, "title", "Een");
  lp_trajectory_set_string (t, m, "notes", "Twee");
  lp_history_mark_saved (h);
  g_assert_true (lp_history_retract (h));
  g_assert_cmpstr (lp_module_get_notes (m), ==, notes);
  g_assert_cmpstr (lp_module_get_title (m), ==, "Een");
  g_assert_false (lp_history_can_redo (h));
  g_assert_true (lp_history_is_modified (h));
  assert_undo_label (t, "Change Title");
  g_assert_true (lp_history_undo (h));
  g_assert_true (lp_history_can_redo (h));
}

/* Each kind of change has its own undo label ("Undo Change Title"). */
static void
test_undo_labels (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (5, 2, 6, 1);
  LpModule *m = MODULE (t, "m1");
  LpTrack *track = TRACK (t, "t1");
  LpKind *kind = lp_trajectory_lookup_own_kind (t, "k1");
  g_autoptr(LpMilestone) milestone = g_list_model_get_item (lp_trajectory_get_milestones (t), 0);
  LpDate start = lp_module_get_start (m), end = lp_module_get_end (m);

  lp_trajectory_set_string (t, m, "title", "Nieuw");
  assert_undo_label (t, "Change Title");
  lp_trajectory_set_enum (t, m, "status", lp_module_get_status (m) == LP_STATUS_DONE ? LP_STATUS_IDEA : LP_STATUS_DONE);
  assert_undo_label (t, "Change Status");
  lp_trajectory_set_string (t, m, "kind", "intervision");
  assert_undo_label (t, "Change Kind");
  lp_trajectory_set_string (t, m, "notes", "Nieuwe notitie");
  assert_undo_label (t, "Edit Module");
  lp_trajectory_set_string (t, track, "name", "Nieuwe baan");
  assert_undo_label (t, "Edit Lane");
  lp_trajectory_set_string (t, kind, "name", "Nieuwe soort");
  assert_undo_label (t, "Edit Kind");
  lp_trajectory_set_string (t, t, "title", "Nieuwe titel");
  assert_undo_label (t, "Edit Trajectory Properties");
  lp_trajectory_set_string (t, milestone, "label", "Nieuwe mijlpaal");
  assert_undo_label (t, "Change");

  lp_trajectory_move_module (t, m, NULL, start + 1, end + 1);
  assert_undo_label (t, "Move Module");
  lp_trajectory_move_module (t, m, NULL, start + 1, end + 3);
  assert_undo_label (t, "Resize Module");
  lp_trajectory_move_module (t, m, NULL, start, end + 5);
  assert_undo_label (t, "Move and Resize Module");
  lp_trajectory_set_span (t, lp_trajectory_get_span_start (t) - 1, lp_trajectory_get_span_end (t));
  assert_undo_label (t, "Change Dates");
  lp_trajectory_move_track (t, track, 1);
  assert_undo_label (t, "Move Lane");
  lp_trajectory_remove_milestone (t, milestone);
  assert_undo_label (t, "Delete Milestone");
}

static void
test_remove_track_restores_order (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (200, 3, 12, 3);
  LpHistory *h = lp_trajectory_get_history (t);
  g_autofree char *before = core_test_dump (t);
  g_autofree char *after = NULL;
  guint n = g_list_model_get_n_items (lp_trajectory_get_modules (t));

  lp_trajectory_remove_track (t, TRACK (t, "t2"));
  g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_modules (t)), <, n);
  g_assert_null (TRACK (t, "t2"));
  lp_history_undo (h);
  after = core_test_dump (t);
  g_assert_cmpstr (before, ==, after);
  g_assert_nonnull (TRACK (t, "t2"));
}

static void
test_remove_used_kind_refused (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (100, 3, 12, 3);
  LpKind *k1 = lp_trajectory_lookup_own_kind (t, "k1");

  g_assert_cmpuint (lp_trajectory_count_kind_uses (t, "k1"), >, 0);
  g_assert_false (lp_trajectory_remove_kind (t, k1));
  g_assert_false (lp_history_can_undo (lp_trajectory_get_history (t)));
  g_assert_true (lp_trajectory_lookup_own_kind (t, "k1") == k1);
}

static void
test_redo_cleared_and_saved_point (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (10, 2, 6, 1);
  LpHistory *h = lp_trajectory_get_history (t);
  LpModule *m = MODULE (t, "m1");

  lp_trajectory_set_string (t, m, "title", "A");
  lp_trajectory_set_string (t, m, "title", "B");
  lp_history_mark_saved (h);
  g_assert_false (lp_history_is_modified (h));
  lp_history_undo (h);
  g_assert_true (lp_history_is_modified (h));
  lp_history_redo (h);
  g_assert_false (lp_history_is_modified (h));
  lp_history_undo (h);
  /* a new edit forgets the redo stack; the saved state is gone for good */
  lp_trajectory_set_string (t, m, "title", "C");
  g_assert_false (lp_history_can_redo (h));
  g_assert_true (lp_history_is_modified (h));
  lp_history_undo (h);
  g_assert_cmpstr (lp_module_get_title (m), ==, "A");
  g_assert_true (lp_history_is_modified (h));
  lp_history_undo (h);
  g_assert_false (lp_history_can_undo (h));

  lp_history_clear (h);
  g_assert_false (lp_history_can_redo (h));
  g_assert_false (lp_history_is_modified (h));
}

static void
count_notify (GObject *object, GParamSpec *pspec, gpointer data)
{
  (*(int *) data)++;
}

static void
test_state_notify (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (10, 2, 6, 1);
  LpHistory *h = lp_trajectory_get_history (t);
  int can_undo = 0, can_redo = 0, modified = 0;

  g_signal_connect (h, "notify::can-undo", G_CALLBACK (count_notify), &can_undo);
  g_signal_connect (h, "notify::can-redo", G_CALLBACK (count_notify), &can_redo);
  g_signal_connect (h, "notify::modified", G_CALLBACK (count_notify), &modified);

  lp_trajectory_set_string (t, MODULE (t, "m1"), "title", "A");
  g_assert_cmpint (can_undo, ==, 1);
  g_assert_cmpint (modified, ==, 1);
  lp_trajectory_set_string (t, MODULE (t, "m1"), "title", "B");
  g_assert_cmpint (can_undo, ==, 1);   /* still TRUE: no new notify */
  lp_history_undo (h);
  g_assert_cmpint (can_redo, ==, 1);
  lp_history_undo (h);
  g_assert_cmpint (can_undo, ==, 2);
  g_assert_cmpint (modified, ==, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (operations); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/history/undo-redo/%s", operations[i].name);
      g_test_add_data_func (path, operations[i].op, test_operation);
    }
  g_test_add_func ("/core/history/no-op-not-recorded", test_noop_not_recorded);
  g_test_add_func ("/core/history/undo-labels", test_undo_labels);
  g_test_add_func ("/core/history/retract", test_retract);
  g_test_add_func ("/core/history/remove-track-restores-order", test_remove_track_restores_order);
  g_test_add_func ("/core/history/remove-used-kind-refused", test_remove_used_kind_refused);
  g_test_add_func ("/core/history/redo-cleared-and-saved-point", test_redo_cleared_and_saved_point);
  g_test_add_func ("/core/history/state-notify", test_state_notify);

  return g_test_run ();
}
