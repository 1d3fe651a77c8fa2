/* test-model.c — dates, enums, library, look-ups, module values as text, comments, colours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "core/lp-date.h"
#include "core/lp-library.h"
#include "core/lp-module-text.h"
#include "core/lp-sample.h"
#include "core/lp-trajectory.h"

static void
test_dates (void)
{
  LpDate d, e;
  char buf[11];
  int minutes;
  char tbuf[6];

  g_assert_true (lp_date_parse ("2026-09-14", &d));
  g_assert_cmpstr (lp_date_format_iso (d, buf), ==, "2026-09-14");
  g_assert_cmpuint (lp_date_get_weekday (d), ==, 1); /* a Monday */
  g_assert_true (lp_date_parse ("2028-02-29", &e));
  g_assert_false (lp_date_parse ("2027-02-29", NULL));
  g_assert_false (lp_date_parse ("2026-13-01", NULL));
  g_assert_false (lp_date_parse ("2026-9-14", NULL));
  g_assert_false (lp_date_parse ("2026-09-14T00:00", NULL));
  g_assert_false (lp_date_parse ("", NULL));
  g_assert_false (lp_date_parse (NULL, NULL));
  g_assert_cmpuint (e - d, ==, 533);

  g_assert_cmpuint (lp_date_get_iso_week (lp_date_from_dmy (28, 12, 2026)), ==, 53);
  g_assert_cmpuint (lp_date_get_iso_week (lp_date_from_dmy (4, 1, 2027)), ==, 1);
  g_assert_cmpuint (lp_date_month_start (d), ==, lp_date_from_dmy (1, 9, 2026));
  g_assert_cmpuint (lp_date_next_month (lp_date_from_dmy (31, 12, 2026)), ==, lp_date_from_dmy (1, 1, 2027));

  g_assert_true (lp_time_parse ("09:00", &minutes));
  g_assert_cmpint (minutes, ==, 540);
  g_assert_cmpstr (lp_time_format (16 * 60 + 30, tbuf), ==, "16:30");
  g_assert_false (lp_time_parse ("24:00", NULL));
  g_assert_false (lp_time_parse ("9:00", NULL));
  g_assert_false (lp_time_parse ("09:60", NULL));
}

static void
test_enums (void)
{
  for (int i = 0; i < LP_N_STATUSES; i++)
    {
      LpStatus s;
      g_assert_true (lp_status_from_string (lp_status_to_string (i), &s));
      g_assert_cmpint (s, ==, i);
      g_assert_nonnull (lp_status_get_label (i));
    }
  for (int i = 0; i < LP_N_TRACK_GROUPS; i++)
    {
      LpTrackGroup g;
      g_assert_true (lp_track_group_from_string (lp_track_group_to_string (i), &g));
      g_assert_cmpint (g, ==, i);
    }
  for (int i = 0; i < LP_N_MILESTONE_KINDS; i++)
    {
      LpMilestoneKind k;
      g_assert_true (lp_milestone_kind_from_string (lp_milestone_kind_to_string (i), &k));
      g_assert_cmpint (k, ==, i);
    }
  for (int i = 0; i < LP_N_PERIOD_KINDS; i++)
    {
      LpPeriodKind k;
      g_assert_true (lp_period_kind_from_string (lp_period_kind_to_string (i), &k));
      g_assert_cmpint (k, ==, i);
    }
  g_assert_false (lp_status_from_string ("finished", NULL));
  g_assert_cmpstr (lp_status_to_string (LP_STATUS_DRAFT), ==, "draft");
  g_assert_cmpstr (lp_track_group_to_string (LP_TRACK_GROUP_DEVELOPMENT_GROUP), ==, "development-group");
  g_assert_cmpstr (lp_milestone_kind_to_string (LP_MILESTONE_COALITION_AGREEMENT), ==, "coalition-agreement");
}

static void
test_library (void)
{
  GListModel *kinds = lp_library_get_builtin_kinds ();
  LpKind *kind;
  double rgb[3];

  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, 17);
  g_assert_cmpuint (lp_library_get_n_themes (), ==, 8);
  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(LpKind) k = g_list_model_get_item (kinds, i);
      g_assert_true (lp_kind_is_builtin (k));
      g_assert_nonnull (lp_library_get_theme (lp_kind_get_theme_id (k)));
    }

  kind = lp_library_lookup_builtin ("two-day-session");
  g_assert_nonnull (kind);
  g_assert_cmpuint (lp_kind_get_days (kind), ==, 2);
  g_assert_cmpstr (lp_kind_get_name (kind), ==, "Two-day learning session");
  g_assert_cmpstr (lp_kind_get_theme_id (kind), ==, "role-awareness");
  lp_kind_get_rgb (kind, rgb);
  g_assert_cmpfloat_with_epsilon (rgb[0], lp_library_get_theme ("role-awareness")->rgb[0], 1e-9);
  g_assert_null (lp_library_lookup_builtin ("nonsense"));
  g_assert_cmpstr (lp_theme_get_name (lp_library_get_theme ("communication")), ==,
                   "Communication and contradiction");
  g_assert_cmpstr (lp_library_get_work_form_label ("meal-conversation"), ==, "Meal conversation");
}

/* A new period lasts two weeks, but never past the trajectory's end nor
 * before its own start. */
static void
test_new_period (void)
{
  LpDate start = lp_date_from_dmy (1, 9, 2026);
  g_autoptr(LpPeriod) roomy = lp_period_new_default ("b1", start, start + 100, "x");
  g_autoptr(LpPeriod) cut = lp_period_new_default ("b2", start, start + 5, "x");
  g_autoptr(LpPeriod) late = lp_period_new_default ("b3", start, start - 1, "x");

  g_assert_cmpuint (lp_period_get_end (roomy), ==, start + 13);
  g_assert_cmpint (lp_period_get_kind (roomy), ==, LP_PERIOD_HOLIDAY);
  g_assert_cmpstr (lp_period_get_label (roomy), ==, "x");
  g_assert_cmpuint (lp_period_get_end (cut), ==, start + 5);
  g_assert_cmpuint (lp_period_get_end (late), ==, start);
}

static void
test_lookups (void)
{
  g_autoptr(LpTrajectory) t = lp_trajectory_new ();
  g_autoptr(LpTrack) track = lp_track_new ("t1", "Ambtenaren", LP_TRACK_GROUP_OFFICIALS);
  g_autoptr(LpKind) own = lp_kind_new ("intervision");
  g_autoptr(LpModule) module = lp_module_new ("m1");
  g_autoptr(LpModule) module2 = lp_module_new ("m2");
  g_autofree char *id = NULL;
  double rgb[3];

  lp_trajectory_load_set_header (t, "T", NULL, NULL, NULL,
                                 lp_date_from_dmy (1, 9, 2026), lp_date_from_dmy (28, 2, 2027));
  lp_trajectory_load_track (t, track);
  lp_kind_set_name (own, "Eigen intervisie");
  lp_kind_set_color (own, "#ff0000");
  lp_trajectory_load_kind (t, own);
  lp_module_set_kind_id (module, "intervision");
  lp_module_set_track (module, track);
  lp_trajectory_load_module (t, module);
  lp_module_set_kind_id (module2, "no-such-kind");
  lp_module_set_track (module2, track);
  lp_trajectory_load_module (t, module2);

  g_assert_true (lp_trajectory_lookup_track (t, "t1") == track);
  g_assert_true (lp_trajectory_lookup_module (t, "m1") == module);
  g_assert_null (lp_trajectory_lookup_module (t, "m3"));
  /* the file's own kind shadows the built-in one of the same id */
  g_assert_true (lp_trajectory_lookup_kind (t, "intervision") == own);
  g_assert_true (lp_trajectory_get_module_kind (t, module) == own);
  g_assert_cmpstr (lp_trajectory_get_module_title (t, module), ==, "Eigen intervisie");
  lp_kind_get_rgb (own, rgb);
  g_assert_cmpfloat (rgb[0], ==, 1.0);
  g_assert_cmpfloat (rgb[1], ==, 0.0);
  /* built-in kinds are still found */
  g_assert_true (lp_trajectory_lookup_kind (t, "evaluation") == lp_library_lookup_builtin ("evaluation"));
  /* unknown kinds get a placeholder, never NULL */
  g_assert_nonnull (lp_trajectory_get_module_kind (t, module2));
  lp_module_set_title (module2, "Titel");
  g_assert_cmpstr (lp_trajectory_get_module_title (t, module2), ==, "Titel");

  id = lp_trajectory_make_id (t, LP_TYPE_MODULE);
  g_assert_null (lp_trajectory_lookup_module (t, id));
  g_assert_cmpstr (id, ==, "m3");
  g_assert_cmpint (lp_trajectory_get_track_index (t, track), ==, 0);
  g_assert_cmpuint (lp_trajectory_count_kind_uses (t, "intervision"), ==, 1);
}

/* Each lane's index is its place in the list of lanes, after lanes are
 * added, moved and removed, and after undo and redo of those; a lane no
 * longer in the trajectory has none. */
static void
assert_track_indexes (LpTrajectory *t)
{
  GListModel *tracks = lp_trajectory_get_tracks (t);

  for (guint i = 0; i < g_list_model_get_n_items (tracks); i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);

      g_assert_cmpint (lp_trajectory_get_track_index (t, track), ==, (int) i);
    }
}

static void
test_track_indexes (void)
{
  g_autoptr(LpTrajectory) t = lp_trajectory_new_default ();
  LpHistory *h = lp_trajectory_get_history (t);
  g_autoptr(LpTrack) b = lp_track_new ("b", "B", LP_TRACK_GROUP_OFFICIALS);
  g_autoptr(LpTrack) c = lp_track_new ("c", "C", LP_TRACK_GROUP_OFFICIALS);
  g_autoptr(LpTrack) d = lp_track_new ("d", "D", LP_TRACK_GROUP_OFFICIALS);

  assert_track_indexes (t);
  lp_trajectory_add_track (t, b, -1);
  assert_track_indexes (t);
  lp_trajectory_add_track (t, c, 0);
  lp_trajectory_add_track (t, d, 1);
  assert_track_indexes (t);
  g_assert_cmpint (lp_trajectory_get_track_index (t, c), ==, 0);
  lp_trajectory_move_track (t, c, 3);
  assert_track_indexes (t);
  g_assert_cmpint (lp_trajectory_get_track_index (t, c), ==, 3);
  lp_trajectory_remove_track (t, d);
  assert_track_indexes (t);
  g_assert_cmpint (lp_trajectory_get_track_index (t, d), ==, -1);
  g_assert_cmpint (lp_trajectory_get_track_index (t, c), ==, 2);
  lp_history_undo (h);
  assert_track_indexes (t);
  g_assert_cmpint (lp_trajectory_get_track_index (t, d), ==, 0);
  lp_history_undo (h);
  assert_track_indexes (t);
  lp_history_redo (h);
  assert_track_indexes (t);
  g_assert_cmpint (lp_trajectory_get_track_index (t, NULL), ==, -1);
}

static void
test_new_default (void)
{
  g_autoptr(LpTrajectory) t = lp_trajectory_new_default ();

  g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_tracks (t)), ==, 1);
  g_assert_cmpuint (lp_trajectory_get_span_start (t), <, lp_trajectory_get_span_end (t));
  g_assert_false (lp_history_can_undo (lp_trajectory_get_history (t)));
  g_assert_false (lp_history_is_modified (lp_trajectory_get_history (t)));
}

static void
test_sample (void)
{
  g_autoptr(LpTrajectory) a = lp_sample_generate (10000, 6, 24, 42);
  g_autoptr(LpTrajectory) b = lp_sample_generate (10000, 6, 24, 42);
  GListModel *ma = lp_trajectory_get_modules (a);
  GListModel *mb = lp_trajectory_get_modules (b);
  LpDate start = lp_trajectory_get_span_start (a);
  LpDate end = lp_trajectory_get_span_end (a);

  g_assert_cmpuint (g_list_model_get_n_items (ma), ==, 10000);
  g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_tracks (a)), ==, 6);
  for (guint i = 0; i < 10000; i++)
    {
      g_autoptr(LpModule) x = g_list_model_get_item (ma, i);
      g_autoptr(LpModule) y = g_list_model_get_item (mb, i);

      g_assert_cmpuint (lp_module_get_start (x), >=, start);
      g_assert_cmpuint (lp_module_get_end (x), <=, end);
      g_assert_cmpuint (lp_module_get_start (x), <=, lp_module_get_end (x));
      g_assert_cmpuint (lp_module_get_start (x), ==, lp_module_get_start (y));
      g_assert_cmpstr (lp_module_get_kind_id (x), ==, lp_module_get_kind_id (y));
      g_assert_nonnull (lp_trajectory_lookup_kind (a, lp_module_get_kind_id (x)));
      g_assert_nonnull (lp_module_get_goals (x));
      g_assert_cmpuint (lp_module_get_comments (x)->len, >=, 1);
    }
}

/* What the module editor shows and reads: each property as text, and back. */
static void
test_module_text (void)
{
  g_autoptr(LpModule) m = lp_module_new ("m1");
  const char *facilitators[] = { "Anne", "Ruud", NULL };
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) times = G_VALUE_INIT;
  g_auto(GValue) names = G_VALUE_INIT;
  g_auto(GValue) count = G_VALUE_INIT;
  const char *message = NULL;
  g_autofree char *empty_time = lp_module_property_to_text (m, "start-time");
  g_autofree char *empty_count = lp_module_property_to_text (m, "participants-count");
  g_autofree char *empty_title = lp_module_property_to_text (m, "title");
  g_autofree char *time = NULL, *names_text = NULL, *count_text = NULL;

  g_assert_cmpstr (empty_time, ==, "");
  g_assert_cmpstr (empty_count, ==, "");
  g_assert_cmpstr (empty_title, ==, "");

  lp_module_set_start_time (m, 9 * 60 + 5);
  lp_module_set_facilitators (m, facilitators);
  lp_module_set_participants_count (m, 12);
  time = lp_module_property_to_text (m, "start-time");
  names_text = lp_module_property_to_text (m, "facilitators");
  count_text = lp_module_property_to_text (m, "participants-count");
  g_assert_cmpstr (time, ==, "09:05");
  g_assert_cmpstr (names_text, ==, "Anne, Ruud");
  g_assert_cmpstr (count_text, ==, "12");

  g_assert_true (lp_module_property_from_text ("end-time", "16:30", &times, &message));
  g_assert_cmpint (g_value_get_int (&times), ==, 16 * 60 + 30);
  g_assert_true (lp_module_property_from_text ("facilitators", " Anne , ,Ruud ", &names, &message));
  g_assert_cmpstrv (g_value_get_boxed (&names), facilitators);
  g_assert_true (lp_module_property_from_text ("participants-count", "", &count, &message));
  g_assert_cmpint (g_value_get_int (&count), ==, LP_COUNT_NONE);
  g_assert_true (lp_module_property_from_text ("location", "Raadzaal", &value, &message));
  g_assert_cmpstr (g_value_get_string (&value), ==, "Raadzaal");

  g_assert_false (lp_module_property_from_text ("start-time", "9.30", &times, &message));
  g_assert_cmpstr (message, ==, "Write the time as HH:MM, for example 09:30.");
  message = NULL;
  g_assert_false (lp_module_property_from_text ("participants-count", "-3", &count, &message));
  g_assert_cmpstr (message, ==, "Write the number of participants as a whole number.");
}

static void
test_comments (void)
{
  g_autoptr(LpComment) full = lp_comment_new ("Anne", lp_date_from_dmy (15, 3, 2028), "Goed");
  g_autoptr(LpComment) bare = lp_comment_new (NULL, LP_DATE_NONE, "Kaal");
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_comment_free);
  g_autoptr(GPtrArray) copy = NULL;
  g_autoptr(GPtrArray) none = lp_comment_array_copy (NULL);
  g_autofree char *full_text = lp_comment_format (full);
  g_autofree char *bare_text = lp_comment_format (bare);

  g_assert_true (g_str_has_prefix (full_text, "Goed — Anne, "));
  g_assert_true (strstr (full_text, "2028") != NULL);
  g_assert_cmpstr (bare_text, ==, "Kaal");

  g_ptr_array_add (list, lp_comment_copy (full));
  copy = lp_comment_array_copy (list);
  g_assert_true (copy != list && copy->len == 1 && g_ptr_array_index (copy, 0) != g_ptr_array_index (list, 0));
  g_assert_true (lp_comment_array_equal (copy, list));
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_true (lp_comment_array_equal (none, NULL));
  g_assert_false (lp_comment_array_equal (list, NULL));
}

static void
test_color_hex (void)
{
  g_autoptr(LpKind) kind = lp_kind_new ("k");
  double rgb[3];
  g_autofree char *hex = NULL;
  g_autofree char *clamped = lp_color_to_hex ((const double[]) { -1.0, 2.0, 0.5 });

  lp_kind_set_color (kind, "#c061cb");
  lp_kind_get_rgb (kind, rgb);
  hex = lp_color_to_hex (rgb);
  g_assert_cmpstr (hex, ==, "#c061cb");
  g_assert_cmpstr (clamped, ==, "#00ff80");
}

/* A period lasts less than ten years: the last allowed end is the day
 * before the same date ten years on (28 February from a 29 February). */
static void
test_span_limit (void)
{
#define DMY lp_date_from_dmy
  g_assert_cmpint (LP_MAX_SPAN_YEARS, ==, 10);
  g_assert_true (lp_span_is_allowed (DMY (1, 1, 2026), DMY (1, 1, 2026)));
  g_assert_true (lp_span_is_allowed (DMY (1, 1, 2026), DMY (31, 12, 2035)));
  g_assert_false (lp_span_is_allowed (DMY (1, 1, 2026), DMY (1, 1, 2036)));
  g_assert_true (lp_span_is_allowed (DMY (29, 2, 2028), DMY (27, 2, 2038)));
  g_assert_false (lp_span_is_allowed (DMY (29, 2, 2028), DMY (28, 2, 2038)));
  g_assert_false (lp_span_is_allowed (DMY (2, 1, 2026), DMY (1, 1, 2026)));
  g_assert_false (lp_span_is_allowed (LP_DATE_NONE, DMY (1, 1, 2026)));
  g_assert_true (lp_span_is_allowed (DMY (1, 1, 9995), DMY (31, 12, 9999)));
#undef DMY
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/model/dates", test_dates);
  g_test_add_func ("/core/model/enums", test_enums);
  g_test_add_func ("/core/model/library", test_library);
  g_test_add_func ("/core/model/lookups", test_lookups);
  g_test_add_func ("/core/model/new-period", test_new_period);
  g_test_add_func ("/core/model/new-default", test_new_default);
  g_test_add_func ("/core/model/track-indexes", test_track_indexes);
  g_test_add_func ("/core/model/sample", test_sample);
  g_test_add_func ("/core/model/module-text", test_module_text);
  g_test_add_func ("/core/model/comments", test_comments);
  g_test_add_func ("/core/model/color-hex", test_color_hex);
  g_test_add_func ("/core/model/span-limit", test_span_limit);

  return g_test_run ();
}
