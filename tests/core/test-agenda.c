/* test-agenda.c — editing a day programme: each change one undo step,
 * items kept in time order, and the problems the editor shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/lp-agenda-edit.h"
#include "core/lp-trajectory.h"

#define HM(h, m) ((h) * 60 + (m))

/* "day start-end title" per item, one a line. */
static char *
dump (LpModule *m)
{
  const LpAgenda *agenda = lp_module_get_agenda (m);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < lp_agenda_get_n_items (agenda); i++)
    {
      const LpAgendaItem *it = lp_agenda_get_item (agenda, i);
      g_string_append_printf (s, "%u %02d:%02d-%02d:%02d %s%s%s\n", it->day, it->start / 60, it->start % 60,
                              it->end / 60, it->end % 60, it->title, it->who ? " / " : "", it->who ? it->who : "");
    }
  return g_string_free (s, FALSE);
}

static LpTrajectory *
make (LpModule **out, guint n_days)
{
  LpTrajectory *t = lp_trajectory_new_default ();
  LpTrack *track = g_list_model_get_item (lp_trajectory_get_tracks (t), 0);
  g_autoptr(LpModule) m = lp_module_new ("m1");

  lp_module_set_kind_id (m, "deep-dive-day");
  lp_module_set_track (m, track);
  lp_module_set_start (m, lp_trajectory_get_span_start (t) + 3);
  lp_module_set_end (m, lp_trajectory_get_span_start (t) + 3 + n_days - 1);
  lp_module_set_start_time (m, HM (9, 0));
  lp_module_set_end_time (m, HM (12, 0));
  lp_trajectory_load_module (t, m);
  g_object_unref (track);
  *out = m;
  return t;
}

/* Runs one step: checks it is exactly one undo step back to @before and
 * redo gives @expected. */
static void
assert_one_step (LpTrajectory *t, LpModule *m, const char *before, const char *expected)
{
  LpHistory *h = lp_trajectory_get_history (t);
  g_autofree char *after = dump (m);
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  g_assert_cmpstr (after, ==, expected);
  g_assert_true (lp_history_undo (h));
  undone = dump (m);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (lp_history_redo (h));
  redone = dump (m);
  g_assert_cmpstr (redone, ==, expected);
}

static void
test_add_remove (void)
{
  LpModule *m;
  g_autoptr(LpTrajectory) t = make (&m, 1);
  LpHistory *h = lp_trajectory_get_history (t);

  g_assert_cmpuint (lp_agenda_edit_add (t, m, 1, "Welkom"), ==, 0);
  assert_one_step (t, m, "", "1 09:00-09:30 Welkom\n");
  g_assert_cmpstr (lp_history_get_undo_label (h), ==, "Add Programme Item");
  g_assert_cmpuint (lp_agenda_edit_add (t, m, 1, "Pitch"), ==, 1);
  assert_one_step (t, m, "1 09:00-09:30 Welkom\n", "1 09:00-09:30 Welkom\n1 09:30-10:00 Pitch\n");
  lp_agenda_edit_remove (t, m, 0);
  assert_one_step (t, m, "1 09:00-09:30 Welkom\n1 09:30-10:00 Pitch\n", "1 09:30-10:00 Pitch\n");

  /* Undo back to nothing: three steps, then none. */
  g_assert_true (lp_history_undo (h));
  g_assert_true (lp_history_undo (h));
  g_assert_true (lp_history_undo (h));
  g_assert_false (lp_history_can_undo (h));
}

static void
test_replace_keeps_time_order (void)
{
  LpModule *m;
  g_autoptr(LpTrajectory) t = make (&m, 1);
  g_autoptr(LpAgendaItem) item = NULL;
  g_autofree char *before = NULL;

  lp_agenda_edit_add (t, m, 1, "A");
  lp_agenda_edit_add (t, m, 1, "B");
  before = dump (m);
  item = lp_agenda_item_copy (lp_agenda_get_item (lp_module_get_agenda (m), 0));
  item->start = HM (10, 0);
  item->end = HM (10, 45);
  g_free (item->title);
  item->title = g_strdup ("A2");
  item->who = g_strdup ("Wethouder");
  g_assert_cmpuint (lp_agenda_edit_replace (t, m, 0, item), ==, 1);
  assert_one_step (t, m, before, "1 09:30-10:00 B\n1 10:00-10:45 A2 / Wethouder\n");
}

static void
test_set_times (void)
{
  LpModule *m;
  g_autoptr(LpTrajectory) t = make (&m, 1);

  lp_agenda_edit_add (t, m, 1, "A");
  g_assert_cmpuint (lp_agenda_edit_set_times (t, m, 0, HM (9, 30), HM (10, 15)), ==, 0);
  assert_one_step (t, m, "1 09:00-09:30 A\n", "1 09:30-10:15 A\n");
}

/* Moving an item up swaps it with the one before: it takes that one's
 * start, each keeps its length, the gap between them stays. */
static void
test_move (void)
{
  LpModule *m;
  g_autoptr(LpTrajectory) t = make (&m, 1);
  const char *before = "1 09:00-09:30 A\n1 09:45-10:45 B\n";

  lp_agenda_edit_add (t, m, 1, "A");
  lp_agenda_edit_add (t, m, 1, "B");
  lp_agenda_edit_set_times (t, m, 1, HM (9, 45), HM (10, 45));
  g_assert_cmpuint (lp_agenda_edit_move (t, m, 1, -1), ==, 0);
  assert_one_step (t, m, before, "1 09:00-10:00 B\n1 10:15-10:45 A\n");
  g_assert_cmpuint (lp_agenda_edit_move (t, m, 0, -1), ==, 0);  /* first: stays */
  g_assert_cmpuint (lp_agenda_edit_move (t, m, 0, 1), ==, 1);
  assert_one_step (t, m, "1 09:00-10:00 B\n1 10:15-10:45 A\n", "1 09:00-09:30 A\n1 09:45-10:45 B\n");
}

/* Items on another day are not neighbours for moving; a new item on day 2
 * starts at 09:00, not at the module's start (which is day 1's). */
static void
test_days (void)
{
  LpModule *m;
  g_autoptr(LpTrajectory) t = make (&m, 2);

  lp_module_set_start_time (m, HM (10, 0));
  lp_agenda_edit_add (t, m, 1, "A");
  lp_agenda_edit_add (t, m, 2, "B");
  g_autofree char *d = dump (m);
  g_assert_cmpstr (d, ==, "1 10:00-10:30 A\n2 09:00-09:30 B\n");
  g_assert_cmpuint (lp_agenda_edit_move (t, m, 1, -1), ==, 1);
}

static void
test_problems (void)
{
  LpModule *m;
  g_autoptr(LpTrajectory) t = make (&m, 1);
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  lp_agenda_edit_add (t, m, 1, "A");
  lp_agenda_edit_add (t, m, 1, "B");
  none = lp_agenda_find_problems (lp_module_get_agenda (m), 1, HM (9, 0), HM (12, 0));
  g_assert_cmpuint (none->len, ==, 0);

  lp_agenda_edit_set_times (t, m, 0, HM (8, 30), HM (9, 45));    /* early, overlaps B */
  lp_agenda_edit_set_times (t, m, 1, HM (11, 30), HM (12, 30));  /* late */
  lp_agenda_edit_add (t, m, 1, "C");                              /* 12:30-13:00, late */
  lp_agenda_edit_set_times (t, m, 2, HM (11, 45), HM (12, 15));  /* overlaps B */
  problems = lp_agenda_find_problems (lp_module_get_agenda (m), 1, HM (9, 0), HM (12, 0));
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (char *) problems->pdata[i]);
  g_assert_cmpuint (problems->len, ==, 4);
  g_assert_cmpstr (problems->pdata[0], ==, "“A” starts before the module begins at 09:00");
  g_assert_cmpstr (problems->pdata[1], ==, "“B” and “C” overlap");
  g_assert_cmpstr (problems->pdata[2], ==, "“B” ends after the module ends at 12:00");
  g_assert_cmpstr (problems->pdata[3], ==, "“C” ends after the module ends at 12:00");
}

/* Setting the same programme again records nothing. */
static void
test_equal_is_no_step (void)
{
  LpModule *m;
  g_autoptr(LpTrajectory) t = make (&m, 1);
  g_autoptr(LpAgenda) same = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  LpHistory *h = lp_trajectory_get_history (t);

  lp_agenda_edit_add (t, m, 1, "A");
  g_assert_true (lp_history_undo (h));
  g_assert_true (lp_history_redo (h));
  same = lp_agenda_copy (lp_module_get_agenda (m));
  g_value_init (&value, LP_TYPE_AGENDA);
  g_value_set_boxed (&value, same);
  lp_trajectory_set_value (t, m, "agenda", &value);
  g_assert_true (lp_history_undo (h));
  g_assert_false (lp_history_can_undo (h));
}

/* A copied module has its own copy of the programme. */
static void
test_copy (void)
{
  LpModule *m;
  g_autoptr(LpTrajectory) t = make (&m, 1);
  g_autoptr(LpModule) copy = NULL;

  lp_agenda_edit_add (t, m, 1, "A");
  copy = lp_module_copy (m, "m2");
  g_assert_true (lp_agenda_equal (lp_module_get_agenda (copy), lp_module_get_agenda (m)));
  g_assert_true (lp_module_get_agenda (copy) != lp_module_get_agenda (m));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/agenda/add-remove", test_add_remove);
  g_test_add_func ("/core/agenda/replace-keeps-time-order", test_replace_keeps_time_order);
  g_test_add_func ("/core/agenda/set-times", test_set_times);
  g_test_add_func ("/core/agenda/move", test_move);
  g_test_add_func ("/core/agenda/days", test_days);
  g_test_add_func ("/core/agenda/problems", test_problems);
  g_test_add_func ("/core/agenda/equal-is-no-step", test_equal_is_no_step);
  g_test_add_func ("/core/agenda/copy", test_copy);
  return g_test_run ();
}
