/* test-changes.c — the change list between two versions of a trajectory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "core/lp-changes.h"
#include "core/lp-date.h"
#include "core/lp-sample.h"

#define SEED 7

static LpTrajectory *
sample (void)
{
  return lp_sample_generate (12, 3, 12, SEED);
}

/* The one change about @id (NULL: the trajectory) of @action and @field
 * (NULL: any); fails when there is not exactly one. */
static const LpChange *
find (GPtrArray      *changes,
      GType           type,
      const char     *id,
      LpChangeAction  action,
      const char     *field)
{
  const LpChange *found = NULL;

  for (guint i = 0; i < changes->len; i++)
    {
      const LpChange *c = changes->pdata[i];

      if (c->item_type == type && g_strcmp0 (c->id, id) == 0 && c->action == action &&
          (field == NULL || g_strcmp0 (c->field, field) == 0))
        {
          g_assert_null (found);
          found = c;
        }
    }
  g_assert_nonnull (found);
  return found;
}

static void
assert_ordered (GPtrArray *changes)
{
  for (guint i = 1; i < changes->len; i++)
    {
      const LpChange *a = changes->pdata[i - 1], *b = changes->pdata[i];
      g_assert_cmpuint (a->date, <=, b->date);
    }
}

static void
test_empty (void)
{
  g_autoptr(LpTrajectory) a = sample ();
  g_autoptr(LpTrajectory) b = sample ();
  g_autoptr(GPtrArray) same = lp_changes_compare (a, b);
  g_autoptr(GPtrArray) self = lp_changes_compare (a, a);
  g_autoptr(LpTrajectory) e1 = lp_trajectory_new ();
  g_autoptr(LpTrajectory) e2 = lp_trajectory_new ();
  g_autoptr(GPtrArray) empty = lp_changes_compare (e1, e2);

  g_assert_cmpuint (same->len, ==, 0);
  g_assert_cmpuint (self->len, ==, 0);
  g_assert_cmpuint (empty->len, ==, 0);
}

static void
test_modules_added_removed_moved (void)
{
  g_autoptr(LpTrajectory) a = sample ();
  g_autoptr(LpTrajectory) b = sample ();
  g_autoptr(LpModule) fresh = lp_module_copy (lp_trajectory_lookup_module (b, "m1"), "new1");
  LpModule *m3 = lp_trajectory_lookup_module (b, "m3");
  LpModule *m4 = lp_trajectory_lookup_module (b, "m4");
  LpTrack *other = lp_trajectory_lookup_track (b, g_strcmp0 (lp_track_get_id (lp_module_get_track (m4)), "t1") ? "t1" : "t2");
  LpDate m3_start = lp_module_get_start (m3), m3_end = lp_module_get_end (m3);
  g_autoptr(GPtrArray) changes = NULL;
  const LpChange *c;

  lp_trajectory_add_module (b, fresh);
  lp_trajectory_remove_module (b, lp_trajectory_lookup_module (b, "m2"));
  lp_trajectory_move_module (b, m3, lp_module_get_track (m3), m3_start + 7, m3_end + 7);
  lp_trajectory_move_module (b, m4, other, lp_module_get_start (m4), lp_module_get_end (m4));
  changes = lp_changes_compare (a, b);

  g_assert_cmpuint (changes->len, ==, 4);
  c = find (changes, LP_TYPE_MODULE, "new1", LP_CHANGE_ADDED, NULL);
  g_assert_cmpuint (c->date, ==, lp_module_get_start (fresh));
  g_assert_nonnull (c->new_text);
  c = find (changes, LP_TYPE_MODULE, "m2", LP_CHANGE_REMOVED, NULL);
  g_assert_cmpuint (c->date, ==, lp_module_get_start (lp_trajectory_lookup_module (a, "m2")));
  g_assert_cmpuint (c->old_start, ==, c->date);
  g_assert_nonnull (c->old_track_id);

  c = find (changes, LP_TYPE_MODULE, "m3", LP_CHANGE_MOVED, NULL);
  g_assert_cmpuint (c->old_start, ==, m3_start);
  g_assert_cmpuint (c->old_end, ==, m3_end);
  g_assert_cmpuint (c->date, ==, m3_start + 7);
  {
    g_autofree char *old_span = lp_date_format_short (m3_start);
    g_autofree char *new_span = lp_date_format_short (m3_start + 7);
    g_assert_true (g_str_has_prefix (c->old_text, old_span));
    g_assert_true (g_str_has_prefix (c->new_text, new_span));
  }

  c = find (changes, LP_TYPE_MODULE, "m4", LP_CHANGE_MOVED, NULL);
  g_assert_cmpstr (c->old_track_id, ==, lp_track_get_id (lp_module_get_track (lp_trajectory_lookup_module (a, "m4"))));
  g_assert_cmpstr (c->new_text, ==, lp_track_get_name (other));
  assert_ordered (changes);
}

static void
test_module_every_field (void)
{
  static const char * const fields[] = {
    "kind", "status", "title", "start-time", "end-time", "facilitators", "participants-count",
    "participants", "location", "goals", "preparation", "description", "notes", "comments",
  };
  const char *people[] = { "Iemand Anders", NULL };
  g_autoptr(LpTrajectory) a = sample ();
  g_autoptr(LpTrajectory) b = sample ();
  LpModule *m = lp_trajectory_lookup_module (b, "m5");
  g_autoptr(GPtrArray) changes = NULL;
  const LpChange *c;

  lp_module_set_kind_id (m, g_strcmp0 (lp_module_get_kind_id (m), "k1") ? "k1" : "k2");
  lp_module_set_status (m, (lp_module_get_status (m) + 1) % LP_N_STATUSES);
  lp_module_set_title (m, "Nieuwe titel");
  lp_module_set_start_time (m, 8 * 60 + 15);
  lp_module_set_end_time (m, LP_TIME_NONE);
  lp_module_set_facilitators (m, people);
  lp_module_set_participants_count (m, 99);
  lp_module_set_participants (m, "Raadsleden");
  lp_module_set_location (m, "Elders");
  lp_module_set_goals (m, "Andere doelen");
  lp_module_set_preparation (m, NULL);
  lp_module_set_description (m, "Regel een\nregel twee die heel lang doorgaat, langer dan zestig tekens in totaal, echt waar");
  lp_module_set_notes (m, "Andere notities");
  lp_module_set_comments (m, NULL);
  changes = lp_changes_compare (a, b);

  g_assert_cmpuint (changes->len, ==, G_N_ELEMENTS (fields));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      c = find (changes, LP_TYPE_MODULE, "m5", LP_CHANGE_EDITED, fields[i]);
      g_assert_cmpstr (c->name, ==, "Nieuwe titel");
      g_assert_cmpstr (c->old_text, !=, c->new_text);
      g_assert_cmpuint (c->date, ==, lp_module_get_start (m));
    }
  c = find (changes, LP_TYPE_MODULE, "m5", LP_CHANGE_EDITED, "start-time");
  g_assert_cmpstr (c->new_text, ==, "08:15");
  c = find (changes, LP_TYPE_MODULE, "m5", LP_CHANGE_EDITED, "end-time");
  g_assert_cmpstr (c->old_text, ==, "16:30");
  g_assert_cmpstr (c->new_text, ==, "—");
  c = find (changes, LP_TYPE_MODULE, "m5", LP_CHANGE_EDITED, "status");
  g_assert_cmpstr (c->new_text, ==, lp_status_get_label (lp_module_get_status (m)));
  c = find (changes, LP_TYPE_MODULE, "m5", LP_CHANGE_EDITED, "facilitators");
  g_assert_cmpstr (c->new_text, ==, "Iemand Anders");
  c = find (changes, LP_TYPE_MODULE, "m5", LP_CHANGE_EDITED, "participants-count");
  g_assert_cmpstr (c->new_text, ==, "99");
  c = find (changes, LP_TYPE_MODULE, "m5", LP_CHANGE_EDITED, "description");
  g_assert_null (strchr (c->new_text, '\n'));
  g_assert_true (g_str_has_suffix (c->new_text, "…"));
  g_assert_cmpuint (g_utf8_strlen (c->new_text, -1), ==, 61);
  c = find (changes, LP_TYPE_MODULE, "m5", LP_CHANGE_EDITED, "comments");
  g_assert_cmpstr (c->new_text, ==, "0");
}

static void
test_lanes (void)
{
  g_autoptr(LpTrajectory) a = sample ();
  g_autoptr(LpTrajectory) b = sample ();
  g_autoptr(LpTrack) t9 = lp_track_new ("t9", "Nieuwe baan", LP_TRACK_GROUP_COUNCIL);
  g_autoptr(LpTrack) t8 = lp_track_new ("t8", "Oude baan", LP_TRACK_GROUP_OTHER);
  LpTrack *t1 = lp_trajectory_lookup_track (b, "t1");
  LpTrack *t2 = lp_trajectory_lookup_track (b, "t2");
  g_autoptr(GPtrArray) changes = NULL;
  const LpChange *c;

  lp_trajectory_add_track (a, t8, -1);                  /* only the old one has it */
  lp_trajectory_add_track (b, t9, -1);
  lp_trajectory_set_string (b, t1, "name", "Hernoemd");
  lp_trajectory_set_enum (b, t2, "group", LP_TRACK_GROUP_OTHER);
  lp_trajectory_move_track (b, lp_trajectory_lookup_track (b, "t3"), 0);
  changes = lp_changes_compare (a, b);

  g_assert_cmpuint (changes->len, ==, 5);
  find (changes, LP_TYPE_TRACK, "t9", LP_CHANGE_ADDED, NULL);
  c = find (changes, LP_TYPE_TRACK, "t8", LP_CHANGE_REMOVED, NULL);
  g_assert_cmpstr (c->name, ==, "Oude baan");
  c = find (changes, LP_TYPE_TRACK, "t1", LP_CHANGE_EDITED, "name");
  g_assert_cmpstr (c->new_text, ==, "Hernoemd");
  c = find (changes, LP_TYPE_TRACK, "t2", LP_CHANGE_EDITED, "group");
  g_assert_cmpstr (c->new_text, ==, lp_track_group_get_label (LP_TRACK_GROUP_OTHER));
  /* only the lane that left its place among the others counts as moved */
  c = find (changes, LP_TYPE_TRACK, "t3", LP_CHANGE_MOVED, NULL);
  g_assert_cmpstr (c->old_text, ==, "3");
  g_assert_cmpstr (c->new_text, ==, "1");
  for (guint i = 0; i < changes->len; i++)
    g_assert_cmpuint (((LpChange *) changes->pdata[i])->date, ==, LP_DATE_NONE);
}

static void
test_kinds (void)
{
  g_autoptr(LpTrajectory) a = sample ();
  g_autoptr(LpTrajectory) b = sample ();
  g_autoptr(LpKind) k8 = lp_kind_new ("k8");
  g_autoptr(LpKind) k9 = lp_kind_new ("k9");
  LpKind *k1 = lp_trajectory_lookup_own_kind (b, "k1");
  g_autoptr(GPtrArray) changes = NULL;
  const LpChange *c;

  lp_kind_set_name (k8, "Weg");
  lp_kind_set_name (k9, "Nieuw");
  lp_trajectory_add_kind (a, k8);
  lp_trajectory_add_kind (b, k9);
  lp_kind_set_days (k1, lp_kind_get_days (k1) + 1);
  lp_kind_set_color (k1, "#123456");
  lp_kind_set_name (k1, "Andere naam");
  changes = lp_changes_compare (a, b);

  g_assert_cmpuint (changes->len, ==, 5);
  find (changes, LP_TYPE_KIND, "k9", LP_CHANGE_ADDED, NULL);
  find (changes, LP_TYPE_KIND, "k8", LP_CHANGE_REMOVED, NULL);
  c = find (changes, LP_TYPE_KIND, "k1", LP_CHANGE_EDITED, "days");
  g_assert_cmpstr (c->name, ==, "Andere naam");
  c = find (changes, LP_TYPE_KIND, "k1", LP_CHANGE_EDITED, "color");
  g_assert_cmpstr (c->new_text, ==, "#123456");
  find (changes, LP_TYPE_KIND, "k1", LP_CHANGE_EDITED, "name");
}

static void
test_markers_and_header (void)
{
  g_autoptr(LpTrajectory) a = sample ();
  g_autoptr(LpTrajectory) b = sample ();
  g_autoptr(LpMilestone) e9 = lp_milestone_new ("e9", lp_date_from_dmy (1, 3, 2027), LP_MILESTONE_OTHER, "Nieuw");
  g_autoptr(LpPeriod) b9 = lp_period_new ("b9", lp_date_from_dmy (1, 2, 2027), lp_date_from_dmy (5, 2, 2027),
                                          LP_PERIOD_OTHER, "Voorjaar");
  LpMilestone *e2 = lp_trajectory_lookup_milestone (b, "e2");
  LpPeriod *b1 = lp_trajectory_lookup_period (b, "b1");
  g_autoptr(GPtrArray) changes = NULL;
  const LpChange *c;

  lp_trajectory_add_milestone (b, e9);
  lp_trajectory_remove_milestone (b, lp_trajectory_lookup_milestone (b, "e3"));
  lp_milestone_set_date (e2, lp_milestone_get_date (e2) + 1);
  lp_milestone_set_kind (lp_trajectory_lookup_milestone (b, "e4"), LP_MILESTONE_OTHER);
  lp_trajectory_add_period (b, b9);
  lp_trajectory_remove_period (b, lp_trajectory_lookup_period (b, "b2"));
  lp_period_set_end (b1, lp_period_get_end (b1) + 2);
  lp_period_set_label (lp_trajectory_lookup_period (b, "b3"), "Daarna");
  lp_trajectory_set_string (b, b, "title", "Nieuwe titel");
  lp_trajectory_set_span (b, lp_trajectory_get_span_start (b), lp_trajectory_get_span_end (b) + 31);
  changes = lp_changes_compare (a, b);

  g_assert_cmpuint (changes->len, ==, 10);
  find (changes, LP_TYPE_MILESTONE, "e9", LP_CHANGE_ADDED, NULL);
  find (changes, LP_TYPE_MILESTONE, "e3", LP_CHANGE_REMOVED, NULL);
  c = find (changes, LP_TYPE_MILESTONE, "e2", LP_CHANGE_MOVED, NULL);
  g_assert_cmpuint (c->date, ==, lp_milestone_get_date (e2));
  find (changes, LP_TYPE_MILESTONE, "e4", LP_CHANGE_EDITED, "kind");
  find (changes, LP_TYPE_PERIOD, "b9", LP_CHANGE_ADDED, NULL);
  find (changes, LP_TYPE_PERIOD, "b2", LP_CHANGE_REMOVED, NULL);
  find (changes, LP_TYPE_PERIOD, "b1", LP_CHANGE_MOVED, NULL);
  c = find (changes, LP_TYPE_PERIOD, "b3", LP_CHANGE_EDITED, "label");
  g_assert_cmpstr (c->old_text, ==, "Na afloop");
  find (changes, LP_TYPE_TRAJECTORY, NULL, LP_CHANGE_EDITED, "title");
  find (changes, LP_TYPE_TRAJECTORY, NULL, LP_CHANGE_EDITED, "dates");
  assert_ordered (changes);
  /* the dateless changes come first */
  g_assert_cmpuint (((LpChange *) changes->pdata[0])->date, ==, LP_DATE_NONE);
  g_assert_cmpuint (((LpChange *) changes->pdata[2])->date, !=, LP_DATE_NONE);
}

static void
test_lines (void)
{
  g_autoptr(LpTrajectory) a = sample ();
  g_autoptr(LpTrajectory) b = sample ();
  LpModule *m = lp_trajectory_lookup_module (b, "m6");
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *line = NULL;
  g_autofree char *date = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *header = NULL;

  lp_module_set_location (m, "Zaal 9");
  lp_trajectory_set_string (b, b, "client", "Provincie");
  changes = lp_changes_compare (a, b);
  g_assert_cmpuint (changes->len, ==, 2);

  header = lp_change_format_line (changes->pdata[0]);
  g_assert_cmpstr (header, ==, "Trajectory, Client: Gemeente Voorbeeld → Provincie");
  line = lp_change_format_line (changes->pdata[1]);
  date = lp_date_format_short (lp_module_get_start (m));
  expected = g_strdup_printf ("%s  Module “%s”, Location: %s → Zaal 9", date,
                              lp_module_get_title (m), lp_module_get_location (lp_trajectory_lookup_module (a, "m6")));
  g_assert_cmpstr (line, ==, expected);
}

/* A title with a newline, a tab and a right-to-left override still makes
 * one line: the controls as spaces, the override left out, in the name
 * and in the values. */
static void
test_lines_one_line (void)
{
  g_autoptr(LpTrajectory) a = sample ();
  g_autoptr(LpTrajectory) b = sample ();
  LpModule *ma = lp_trajectory_lookup_module (a, "m6");
  LpModule *mb = lp_trajectory_lookup_module (b, "m6");
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *line = NULL;
  g_autofree char *date = NULL;
  g_autofree char *expected = NULL;

  lp_module_set_title (ma, "Wie\nbeslist\u202e?");
  lp_module_set_title (mb, "Wie\nbeslist\u202e?");
  lp_module_set_location (mb, "Zaal\t9\n\u2066boven");
  changes = lp_changes_compare (a, b);
  g_assert_cmpuint (changes->len, ==, 1);
  line = lp_change_format_line (changes->pdata[0]);
  date = lp_date_format_short (lp_module_get_start (mb));
  expected = g_strdup_printf ("%s  Module “Wie beslist?”, Location: %s → Zaal 9 boven", date,
                              lp_module_get_location (ma));
  g_assert_cmpstr (line, ==, expected);
  g_assert_null (strchr (line, '\n'));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/changes/empty", test_empty);
  g_test_add_func ("/changes/modules-added-removed-moved", test_modules_added_removed_moved);
  g_test_add_func ("/changes/module-every-field", test_module_every_field);
  g_test_add_func ("/changes/lanes", test_lanes);
  g_test_add_func ("/changes/kinds", test_kinds);
  g_test_add_func ("/changes/markers-and-header", test_markers_and_header);
  g_test_add_func ("/changes/lines", test_lines);
  g_test_add_func ("/changes/lines-one-line", test_lines_one_line);
  return g_test_run ();
}
