/* test-problems.c — every kind of problem, and what is not one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "core/lp-date.h"
#include "core/lp-problems.h"
#include "dutch-session.h"
#include "iso-date.h"

/* A year-long trajectory with lanes a and b, no modules. */
static LpTrajectory *
trajectory_new (void)
{
  LpTrajectory *t = lp_trajectory_new ();
  g_autoptr(LpTrack) a = lp_track_new ("a", "A", LP_TRACK_GROUP_JOINT);
  g_autoptr(LpTrack) b = lp_track_new ("b", "B", LP_TRACK_GROUP_OFFICIALS);

  lp_trajectory_load_set_header (t, "Test", NULL, NULL, NULL, iso ("2026-01-01"), iso ("2027-12-31"));
  lp_trajectory_load_track (t, a);
  lp_trajectory_load_track (t, b);
  return t;
}

static LpModule *
add_module (LpTrajectory *t, const char *id, const char *track, const char *start, const char *end,
            int t0, int t1, const char *facilitator, const char *location)
{
  g_autoptr(LpModule) m = lp_module_new (id);
  const char *facilitators[] = { facilitator, NULL };

  lp_module_set_kind_id (m, "empathy");
  lp_module_set_title (m, id);
  lp_module_set_track (m, lp_trajectory_lookup_track (t, track));
  lp_module_set_start (m, iso (start));
  lp_module_set_end (m, iso (end));
  lp_module_set_start_time (m, t0);
  lp_module_set_end_time (m, t1);
  if (facilitator != NULL)
    lp_module_set_facilitators (m, facilitators);
  lp_module_set_location (m, location);
  lp_trajectory_load_module (t, m);
  return m;
}

static const LpProblem *
only (GPtrArray *problems)
{
  g_assert_cmpuint (problems->len, ==, 1);
  return g_ptr_array_index (problems, 0);
}

static void
test_weekday_is_fine (void)
{
  g_autoptr(LpTrajectory) t = trajectory_new ();
  g_autoptr(GPtrArray) problems = NULL;

  add_module (t, "tue", "a", "2026-09-08", "2026-09-10", LP_TIME_NONE, LP_TIME_NONE, "Anna", "Zaal 1");
  problems = lp_problems_find (t);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* A Friday-to-Monday module: one weekend problem, on the Saturday. */
static void
test_weekend (void)
{
  g_autoptr(LpTrajectory) t = trajectory_new ();
  LpModule *m = add_module (t, "fri-mon", "a", "2026-10-02", "2026-10-05", LP_TIME_NONE, LP_TIME_NONE, NULL, NULL);
  g_autoptr(GPtrArray) problems = lp_problems_find (t);
  const LpProblem *p = only (problems);
  g_autofree char *text = lp_problem_describe (t, p);

  g_assert_cmpint (p->kind, ==, LP_PROBLEM_WEEKEND);
  g_assert_true (p->module == m);
  g_assert_cmpuint (p->date, ==, iso ("2026-10-03"));
  g_assert_cmpstr (text, ==, "falls on a Saturday");
  g_assert_true (lp_problems_concern (problems, m));
}

static void
test_holiday (void)
{
  g_autoptr(LpTrajectory) t = trajectory_new ();
  g_autoptr(GPtrArray) problems = NULL;
  const LpProblem *p;
  g_autofree char *text = NULL;

  add_module (t, "ascension", "a", "2026-05-14", "2026-05-14", LP_TIME_NONE, LP_TIME_NONE, NULL, NULL);
  problems = lp_problems_find (t);
  p = only (problems);
  text = lp_problem_describe (t, p);
  g_assert_cmpint (p->kind, ==, LP_PROBLEM_HOLIDAY);
  g_assert_cmpuint (p->date, ==, iso ("2026-05-14"));
  g_assert_cmpstr (text, ==, "falls on a public holiday: Ascension Day");
}

/* A recess counts; a period of another kind does not. */
static void
test_recess (void)
{
  g_autoptr(LpTrajectory) t = trajectory_new ();
  g_autoptr(LpPeriod) recess = lp_period_new ("r1", iso ("2026-07-04"), iso ("2026-08-30"), LP_PERIOD_RECESS, "Zomerreces");
  g_autoptr(LpPeriod) other = lp_period_new ("h1", iso ("2026-09-01"), iso ("2026-09-30"), LP_PERIOD_HOLIDAY, "Vakantie");
  g_autoptr(GPtrArray) problems = NULL;
  const LpProblem *p;
  g_autofree char *text = NULL;

  lp_trajectory_load_period (t, recess);
  lp_trajectory_load_period (t, other);
  add_module (t, "over-the-edge", "a", "2026-08-27", "2026-08-31", LP_TIME_NONE, LP_TIME_NONE, NULL, NULL);
  lp_module_set_end (lp_trajectory_lookup_module (t, "over-the-edge"), iso ("2026-08-28"));
  add_module (t, "in-holiday", "a", "2026-09-08", "2026-09-08", LP_TIME_NONE, LP_TIME_NONE, NULL, NULL);
  problems = lp_problems_find (t);
  p = only (problems);
  text = lp_problem_describe (t, p);
  g_assert_cmpint (p->kind, ==, LP_PROBLEM_RECESS);
  g_assert_cmpuint (p->date, ==, iso ("2026-08-27"));
  g_assert_cmpstr (text, ==, "falls in the recess “Zomerreces”");
}

/* Same facilitator (case and spaces aside) at overlapping times: one
 * problem naming both; at times that do not overlap: none. */
static void
test_same_facilitator (void)
{
  g_autoptr(LpTrajectory) t = trajectory_new ();
  LpModule *a = add_module (t, "A", "a", "2026-09-08", "2026-09-08", 9 * 60, 12 * 60, "Anna", NULL);
  LpModule *b = add_module (t, "B", "b", "2026-09-08", "2026-09-08", 11 * 60, 13 * 60, " anna ", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  const LpProblem *p;
  g_autofree char *text = NULL;

  add_module (t, "C", "b", "2026-09-08", "2026-09-08", 12 * 60, 17 * 60, "Anna", NULL);
  lp_module_set_start_time (lp_trajectory_lookup_module (t, "C"), 13 * 60);
  problems = lp_problems_find (t);
  p = only (problems);
  text = lp_problem_describe (t, p);
  g_assert_cmpint (p->kind, ==, LP_PROBLEM_SAME_FACILITATOR);
  g_assert_true (p->module == a);
  g_assert_cmpuint (p->n_others, ==, 1);
  g_assert_true (p->others[0] == b);
  g_assert_cmpstr (text, ==, "Anna is also facilitating “B” then");
  g_assert_true (lp_problems_concern (problems, b));
  g_assert_false (lp_problems_concern (problems, lp_trajectory_lookup_module (t, "C")));
}

/* Same location on overlapping days (a whole-day module against a timed one). */
static void
test_same_location (void)
{
  g_autoptr(LpTrajectory) t = trajectory_new ();
  LpModule *long_one = add_module (t, "Driedaagse", "a", "2026-09-07", "2026-09-09", LP_TIME_NONE, LP_TIME_NONE,
                                   NULL, "Zaal 1");
  g_autoptr(GPtrArray) problems = NULL;
  const LpProblem *p;
  g_autofree char *text = NULL;

  add_module (t, "Intervisie", "b", "2026-09-08", "2026-09-08", 9 * 60, 12 * 60, NULL, "zaal 1 ");
  add_module (t, "Elders", "b", "2026-09-08", "2026-09-08", 9 * 60, 12 * 60, NULL, "Zaal 2");
  add_module (t, "Later", "b", "2026-09-10", "2026-09-10", LP_TIME_NONE, LP_TIME_NONE, NULL, "Zaal 1");
  problems = lp_problems_find (t);
  p = only (problems);
  text = lp_problem_describe (t, p);
  g_assert_cmpint (p->kind, ==, LP_PROBLEM_SAME_LOCATION);
  g_assert_true (p->module == long_one);
  g_assert_cmpuint (p->date, ==, iso ("2026-09-08"));
  g_assert_cmpstr (text, ==, "“Zaal 1” is also booked for “Intervisie” then");
}

/* A three-day module with the facilitator of three later sessions (each
 * on its own, not overlapping one another): one problem of the three-day
 * module, on the first day concerned, naming the others in date order
 * (then file order). */
static void
test_grouped (void)
{
  g_autoptr(LpTrajectory) t = trajectory_new ();
  LpModule *m = add_module (t, "Driedaagse", "a", "2026-09-07", "2026-09-09", LP_TIME_NONE, LP_TIME_NONE,
                            "Anna", NULL);
  LpModule *wed = add_module (t, "Woensdag", "b", "2026-09-09", "2026-09-09", 9 * 60, 12 * 60, "anna", NULL);
  LpModule *morning = add_module (t, "Ochtend", "b", "2026-09-08", "2026-09-08", 9 * 60, 12 * 60, "Anna", NULL);
  LpModule *afternoon = add_module (t, "Middag", "b", "2026-09-08", "2026-09-08", 13 * 60, 17 * 60, "Anna", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  const LpProblem *p;
  g_autofree char *text = NULL, *first = NULL, *last = NULL;

  problems = lp_problems_find (t);
  p = only (problems);
  g_assert_cmpint (p->kind, ==, LP_PROBLEM_SAME_FACILITATOR);
  g_assert_true (p->module == m);
  g_assert_cmpuint (p->date, ==, iso ("2026-09-08"));
  g_assert_cmpstr (p->detail, ==, "Anna");
  g_assert_cmpuint (p->n_others, ==, 3);
  g_assert_true (p->others[0] == morning && p->others[1] == afternoon && p->others[2] == wed);
  text = lp_problem_describe (t, p);
  g_assert_cmpstr (text, ==, "Anna is also facilitating “Ochtend” and 2 other sessions then");
  first = lp_problem_describe_other (t, p, 0);
  g_assert_cmpstr (first, ==, "Anna is also facilitating “Ochtend” then");
  last = lp_problem_describe_other (t, p, 2);
  g_assert_cmpstr (last, ==, "Anna is also facilitating “Woensdag” then");
  g_assert_true (lp_problems_concern (problems, m));
  g_assert_true (lp_problems_concern (problems, morning));
  g_assert_true (lp_problems_concern (problems, afternoon));
  g_assert_true (lp_problems_concern (problems, wed));
}

/* Two more sessions at the same place: "… and 1 other session then". */
static void
test_grouped_location (void)
{
  g_autoptr(LpTrajectory) t = trajectory_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *text = NULL;

  add_module (t, "Driedaagse", "a", "2026-09-07", "2026-09-09", LP_TIME_NONE, LP_TIME_NONE, NULL, "Zaal 1");
  add_module (t, "Ochtend", "b", "2026-09-08", "2026-09-08", 9 * 60, 12 * 60, NULL, "zaal 1");
  add_module (t, "Middag", "b", "2026-09-08", "2026-09-08", 13 * 60, 17 * 60, NULL, "Zaal 1");
  problems = lp_problems_find (t);
  text = lp_problem_describe (t, only (problems));
  g_assert_cmpstr (text, ==, "“Zaal 1” is also booked for “Ochtend” and 1 other session then");
}

/* In Dutch, as the one-other sentences with "en N andere sessie(s)" added. */
static void
test_grouped_dutch (void)
{
  g_autoptr(LpTrajectory) t = trajectory_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *old = NULL;
  gboolean ok;
  const char *expected[] = {
    "Anna begeleidt dan ook “Ochtend” en 2 andere sessies",
    "“Zaal 1” is dan ook geboekt voor “Ochtend” en 1 andere sessie",
  };

  add_module (t, "Driedaagse", "a", "2026-09-07", "2026-09-09", LP_TIME_NONE, LP_TIME_NONE, "Anna", "Zaal 1");
  add_module (t, "Ochtend", "b", "2026-09-08", "2026-09-08", 9 * 60, 12 * 60, "Anna", "Zaal 1");
  add_module (t, "Middag", "b", "2026-09-08", "2026-09-08", 13 * 60, 17 * 60, "Anna", "Zaal 1");
  add_module (t, "Woensdag", "b", "2026-09-09", "2026-09-09", 9 * 60, 12 * 60, "Anna", "Zaal 2");
  problems = lp_problems_find (t);
  g_assert_cmpuint (problems->len, ==, 2);
  old = begin_dutch_session (&ok);
  for (guint i = 0; ok && i < problems->len; i++)
    {
      g_autofree char *text = lp_problem_describe (t, g_ptr_array_index (problems, i));

      g_assert_cmpstr (text, ==, expected[i]);
    }
  end_dutch_session (old);
}

/* A facilitator and a location in common: one problem of each kind. */
static void
test_both_kinds (void)
{
  g_autoptr(LpTrajectory) t = trajectory_new ();
  LpModule *a = add_module (t, "A", "a", "2026-09-08", "2026-09-08", 9 * 60, 12 * 60, "Anna", "Zaal 1");
  LpModule *b = add_module (t, "B", "b", "2026-09-08", "2026-09-08", 11 * 60, 13 * 60, "Anna", "Zaal 1");
  g_autoptr(GPtrArray) problems = lp_problems_find (t);

  g_assert_cmpuint (problems->len, ==, 2);
  for (guint i = 0; i < problems->len; i++)
    {
      const LpProblem *p = g_ptr_array_index (problems, i);

      g_assert_cmpint (p->kind, ==, i == 0 ? LP_PROBLEM_SAME_FACILITATOR : LP_PROBLEM_SAME_LOCATION);
      g_assert_true (p->module == a);
      g_assert_cmpuint (p->n_others, ==, 1);
      g_assert_true (p->others[0] == b);
      g_assert_cmpstr (p->detail, ==, i == 0 ? "Anna" : "Zaal 1");
    }
}

/* `leerplaats --check` lines, one a module pair, in the order of their own
 * dates, not of their problem's: on 10 September the recess of every module
 * first (file order), then the double bookings by the earlier module's
 * start, though Kort's double booking with Donderdag belongs to a problem
 * of 8 September. */
static void
test_lines (void)
{
  g_autoptr(LpTrajectory) t = trajectory_new ();
  g_autoptr(LpPeriod) recess = lp_period_new ("r1", iso ("2026-09-10"), iso ("2026-09-10"), LP_PERIOD_RECESS, "Reces");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GArray) lines = NULL;
  const char *expected[] = {
    "8 Sep 2026 Kort: Anna is also facilitating “Ochtend” then",
    "10 Sep 2026 Lang: falls in the recess “Reces”",
    "10 Sep 2026 Kort: falls in the recess “Reces”",
    "10 Sep 2026 Donderdag: falls in the recess “Reces”",
    "10 Sep 2026 Lang: “Zaal 1” is also booked for “Donderdag” then",
    "10 Sep 2026 Kort: Anna is also facilitating “Donderdag” then",
  };

  lp_trajectory_load_period (t, recess);
  add_module (t, "Lang", "a", "2026-09-07", "2026-09-11", LP_TIME_NONE, LP_TIME_NONE, NULL, "Zaal 1");
  add_module (t, "Kort", "a", "2026-09-08", "2026-09-10", LP_TIME_NONE, LP_TIME_NONE, "Anna", NULL);
  add_module (t, "Ochtend", "b", "2026-09-08", "2026-09-08", 9 * 60, 12 * 60, "Anna", NULL);
  add_module (t, "Donderdag", "b", "2026-09-10", "2026-09-10", 9 * 60, 12 * 60, "Anna", "Zaal 1");
  problems = lp_problems_find (t);
  g_assert_cmpuint (problems->len, ==, 5);   /* Kort's two double bookings are one */
  lines = lp_problems_lines (t, problems);
  g_assert_cmpuint (lines->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < lines->len; i++)
    {
      const LpProblemLine *line = &g_array_index (lines, LpProblemLine, i);
      const LpProblem *p = g_ptr_array_index (problems, line->problem);
      g_autofree char *date = lp_date_format_short (line->date);
      g_autofree char *reason = p->n_others > 0 ? lp_problem_describe_other (t, p, line->other)
                                                : lp_problem_describe (t, p);
      g_autofree char *text = g_strdup_printf ("%s %s: %s", date, lp_module_get_title (p->module), reason);

      g_assert_cmpstr (text, ==, expected[i]);
    }
}

/* Problems come in date order. */
static void
test_order (void)
{
  g_autoptr(LpTrajectory) t = trajectory_new ();
  g_autoptr(GPtrArray) problems = NULL;

  add_module (t, "late", "a", "2026-12-25", "2026-12-25", LP_TIME_NONE, LP_TIME_NONE, NULL, NULL);
  add_module (t, "early", "a", "2026-01-01", "2026-01-01", LP_TIME_NONE, LP_TIME_NONE, NULL, NULL);
  problems = lp_problems_find (t);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpuint (((LpProblem *) g_ptr_array_index (problems, 0))->date, ==, iso ("2026-01-01"));
  g_assert_cmpuint (((LpProblem *) g_ptr_array_index (problems, 1))->date, ==, iso ("2026-12-25"));
}

static LpAgendaItem *
item (guint day, const char *from, const char *to, const char *title)
{
  int start = LP_TIME_NONE, end = LP_TIME_NONE;

  g_assert_true (lp_time_parse (from, &start));
  g_assert_true (lp_time_parse (to, &end));
  return lp_agenda_item_new (day, start, end, title, NULL, NULL);
}

/* Every kind of programme problem is one problem of the module, on its
 * first day, described by the sentence the programme gives. */
static void
test_agenda (void)
{
  g_autoptr(LpTrajectory) t = trajectory_new ();
  LpModule *m = add_module (t, "two", "a", "2026-09-08", "2026-09-09", 9 * 60, 17 * 60, NULL, NULL);
  LpModule *fine = add_module (t, "fine", "b", "2026-09-10", "2026-09-10", 9 * 60, 12 * 60, NULL, NULL);
  g_autoptr(LpAgenda) agenda = lp_agenda_new ();
  g_autoptr(LpAgenda) sound = lp_agenda_new ();
  g_autoptr(GPtrArray) problems = NULL;
  const char *expected[] = {
    "“Inloop” and “Welkom” overlap",
    "“Inloop” starts before the module begins at 09:00",
    "“Slotronde” ends after the module ends at 17:00",
    "“Nadag” is on day 3, but the module lasts 2 days",
  };

  lp_agenda_add (agenda, item (1, "08:30", "09:30", "Inloop"));
  lp_agenda_add (agenda, item (1, "09:15", "10:00", "Welkom"));
  lp_agenda_add (agenda, item (2, "16:00", "17:30", "Slotronde"));
  lp_agenda_add (agenda, item (3, "10:00", "11:00", "Nadag"));
  lp_module_set_agenda (m, agenda);
  lp_agenda_add (sound, item (1, "09:00", "10:00", "Eerste"));
  lp_agenda_add (sound, item (1, "10:00", "12:00", "Tweede"));
  lp_module_set_agenda (fine, sound);
  problems = lp_problems_find (t);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < problems->len; i++)
    {
      const LpProblem *p = g_ptr_array_index (problems, i);
      g_autofree char *reason = lp_problem_describe (t, p);

      g_assert_cmpint (p->kind, ==, LP_PROBLEM_AGENDA);
      g_assert_true (p->module == m);
      g_assert_null (p->others);
      g_assert_cmpuint (p->n_others, ==, 0);
      g_assert_cmpuint (p->date, ==, iso ("2026-09-08"));
      g_assert_cmpstr (reason, ==, expected[i]);
    }
  g_assert_true (lp_problems_concern (problems, m));
  g_assert_false (lp_problems_concern (problems, fine));
}

/* The problem of @module of @kind. */
static const LpProblem *
find_problem (GPtrArray     *problems,
              LpModule      *module,
              LpProblemKind  kind)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const LpProblem *p = g_ptr_array_index (problems, i);

      if (p->module == module && p->kind == kind)
        return p;
    }
  g_assert_not_reached ();
}

/* 25 sessions in one slot with Anna in Zaal 1, then one with Anna only,
 * overlapping them all, and one on another day.  Session i double-books
 * the 24 - i sessions after it and "Laat" with Anna, and those sessions
 * in Zaal 1: each problem names at most LP_PROBLEM_MAX_OTHERS of them,
 * the first in order, and counts the rest; the set of concerned modules
 * holds all 26.  @staggered starts session i i minutes after nine, so no
 * two bookings are the same. */
static void
check_crowded_slot (gboolean staggered)
{
  g_autoptr(LpTrajectory) t = trajectory_new ();
  g_autoptr(GHashTable) concerned = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GArray) lines = NULL;
  LpModule *s[25], *late, *other_day;
  guint expected_lines = 0;

  for (guint i = 0; i < G_N_ELEMENTS (s); i++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", i);

      s[i] = add_module (t, id, "a", "2026-09-08", "2026-09-08", 9 * 60 + (staggered ? (int) i : 0), 12 * 60,
                         "Anna", "Zaal 1");
    }
  late = add_module (t, "Laat", "b", "2026-09-08", "2026-09-08", 11 * 60, 13 * 60, "anna", NULL);
  other_day = add_module (t, "Woensdag", "b", "2026-09-09", "2026-09-09", 11 * 60, 13 * 60, "Anna", "Zaal 1");
  problems = lp_problems_find_full (t, concerned);
  g_assert_cmpuint (problems->len, ==, 25 + 24);
  for (guint i = 0; i < G_N_ELEMENTS (s); i++)
    {
      const LpProblem *f = find_problem (problems, s[i], LP_PROBLEM_SAME_FACILITATOR);
      guint n = 25 - i;   /* the later sessions and Laat */

      g_assert_cmpuint (f->n_others, ==, MIN (n, LP_PROBLEM_MAX_OTHERS));
      g_assert_cmpuint (f->n_others + f->n_more, ==, n);
      g_assert_cmpstr (f->detail, ==, "Anna");
      for (guint k = 0; k < f->n_others; k++)
        g_assert_true (f->others[k] == (i + 1 + k < 25 ? s[i + 1 + k] : late));
      expected_lines += f->n_others;
      if (i < 24)
        {
          const LpProblem *l = find_problem (problems, s[i], LP_PROBLEM_SAME_LOCATION);

          g_assert_cmpuint (l->n_others, ==, MIN (n - 1, LP_PROBLEM_MAX_OTHERS));
          g_assert_cmpuint (l->n_others + l->n_more, ==, n - 1);
          g_assert_true (l->others[0] == s[i + 1]);
          expected_lines += l->n_others;
        }
      g_assert_true (g_hash_table_contains (concerned, s[i]));
    }
  g_assert_true (g_hash_table_contains (concerned, late));
  g_assert_false (g_hash_table_contains (concerned, other_day));
  g_assert_cmpuint (g_hash_table_size (concerned), ==, 26);
  lines = lp_problems_lines (t, problems);
  g_assert_cmpuint (lines->len, ==, expected_lines);
}

/* What the first session's problem says, named and counted. */
static void
test_crowded_slot (void)
{
  g_autoptr(LpTrajectory) t = trajectory_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *text = NULL, *first = NULL, *last = NULL;
  const LpProblem *p;

  check_crowded_slot (FALSE);
  check_crowded_slot (TRUE);
  for (guint i = 0; i < 13; i++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", i);

      add_module (t, id, "a", "2026-09-08", "2026-09-08", LP_TIME_NONE, LP_TIME_NONE, "Anna", NULL);
    }
  problems = lp_problems_find (t);
  p = g_ptr_array_index (problems, 0);
  text = lp_problem_describe (t, p);
  g_assert_cmpstr (text, ==, "Anna is also facilitating “s1” and 11 other sessions then");
  first = lp_problem_describe_other (t, p, 0);
  g_assert_cmpstr (first, ==, "Anna is also facilitating “s1” then");
  last = lp_problem_describe_other (t, p, LP_PROBLEM_MAX_OTHERS - 1);
  g_assert_cmpstr (last, ==, "Anna is also facilitating “s10” and 2 other sessions then");
}

/* The reference the counting must agree with: every pair, by the
 * header's words.  Two modules clash when their days overlap, unless
 * both are on one day with times (set, within the day, the end not
 * before the start) that do not overlap. */
static gboolean
ref_timed (LpModule *m)
{
  int t0 = lp_module_get_start_time (m), t1 = lp_module_get_end_time (m);

  return lp_module_get_start (m) == lp_module_get_end (m) && t0 >= 0 && t0 <= t1 && t1 <= 24 * 60;
}

static gboolean
ref_clash (LpModule *a,
           LpModule *b)
{
  if (lp_module_get_start (a) > lp_module_get_end (b) || lp_module_get_start (b) > lp_module_get_end (a))
    return FALSE;
  if (!ref_timed (a) || !ref_timed (b))
    return TRUE;
  return lp_module_get_start_time (a) < lp_module_get_end_time (b) &&
         lp_module_get_start_time (b) < lp_module_get_end_time (a);
}

/* The module's facilitator or location matching @name without regard to
 * case and surrounding spaces, as written; NULL when none. */
static const char *
ref_written (LpModule      *m,
             LpProblemKind  kind,
             const char    *name)
{
  g_autofree char *want = g_utf8_casefold (name, -1);
  const char * const *f = lp_module_get_facilitators (m);
  const char *location = lp_module_get_location (m);

  if (kind == LP_PROBLEM_SAME_LOCATION)
    {
      g_autofree char *stripped = location ? g_strstrip (g_strdup (location)) : NULL;
      g_autofree char *have = stripped ? g_utf8_casefold (stripped, -1) : NULL;

      return have != NULL && g_str_equal (have, want) ? location : NULL;
    }
  for (guint i = 0; f != NULL && f[i] != NULL; i++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (f[i]));
      g_autofree char *have = g_utf8_casefold (stripped, -1);

      if (g_str_equal (have, want))
        return f[i];
    }
  return NULL;
}

static const LpProblem *
find_clash_problem (GPtrArray     *problems,
                    LpModule      *m,
                    LpProblemKind  kind,
                    const char    *written)
{
  const LpProblem *found = NULL;

  for (guint i = 0; i < problems->len; i++)
    {
      const LpProblem *p = g_ptr_array_index (problems, i);

      if (p->module == m && p->kind == kind && g_strcmp0 (p->detail, written) == 0)
        {
          g_assert_null (found);   /* one problem per facilitator or location */
          found = p;
        }
    }
  return found;
}

/* For @a (at @i in date order, then file order) and one of its
 * facilitators or its location: the problem names the first later
 * modules that clash, counts the rest, and is dated on the first. */
static void
check_against_pairs (GPtrArray     *problems,
                     LpModule     **sorted,
                     guint          n,
                     guint          i,
                     LpProblemKind  kind,
                     const char    *name)
{
  LpModule *a = sorted[i];
  const LpProblem *p = find_clash_problem (problems, a, kind, ref_written (a, kind, name));
  guint count = 0;

  for (guint j = i + 1; j < n; j++)
    if (ref_written (sorted[j], kind, name) != NULL && ref_clash (a, sorted[j]))
      {
        if (count < LP_PROBLEM_MAX_OTHERS)
          {
            g_assert_nonnull (p);
            g_assert_true (p->others[count] == sorted[j]);
            if (count == 0)
              g_assert_cmpuint (p->date, ==, MAX (lp_module_get_start (a), lp_module_get_start (sorted[j])));
          }
        count++;
      }
  if (count == 0)
    g_assert_null (p);
  else
    {
      g_assert_cmpuint (p->n_others, ==, MIN (count, LP_PROBLEM_MAX_OTHERS));
      g_assert_cmpuint (p->n_others + p->n_more, ==, count);
    }
}

static int
compare_module_start (gconstpointer a,
                      gconstpointer b,
                      gpointer      unused)
{
  LpDate da = lp_module_get_start (*(LpModule **) a), db = lp_module_get_start (*(LpModule **) b);

  return (da > db) - (da < db);
}

/* A random module: up to three facilitators from a few names (the same
 * name in other cases and spaces, sometimes twice), maybe a location, one
 * to three days in a fortnight, and times that are missing, of no length,
 * inverted or ordinary. */
static void
add_random_module (LpTrajectory *t,
                   GRand        *rand,
                   guint         i)
{
  static const char *names[] = { "Anna", " anna", "ANNA ", "Bob", "Cees", "" };
  static const char *places[] = { NULL, "Zaal 1", "zaal 1 ", "Zaal 2" };
  const char *facilitators[4] = { NULL };
  g_autofree char *id = g_strdup_printf ("m%u", i);
  g_autofree char *start = g_strdup_printf ("2026-09-%02d", g_rand_int_range (rand, 7, 21));
  LpModule *m = add_module (t, id, "a", start, start, LP_TIME_NONE, LP_TIME_NONE, NULL,
                            places[g_rand_int_range (rand, 0, G_N_ELEMENTS (places))]);
  int t0 = g_rand_int_range (rand, 8 * 60, 12 * 60), shape = g_rand_int_range (rand, 0, 10);
  guint n = g_rand_int_range (rand, 0, 4);

  for (guint f = 0; f < n; f++)
    facilitators[f] = names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))];
  lp_module_set_facilitators (m, facilitators);
  if (shape == 0)
    lp_module_set_end (m, lp_module_get_start (m) + g_rand_int_range (rand, 1, 3));
  if (shape >= 2)
    lp_module_set_start_time (m, t0);
  if (shape >= 2)
    lp_module_set_end_time (m, shape == 2 ? t0 : shape == 3 ? t0 - 30 : t0 + g_rand_int_range (rand, 15, 240));
  if (shape == 4)
    lp_module_set_end_time (m, LP_TIME_NONE);
}

/* On random trajectories, the double bookings are exactly what comparing
 * every pair of modules finds, and the modules concerned are exactly
 * those that clash with any other. */
static void
test_clashes_match_pairs (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261203);

  for (guint round = 0; round < 300; round++)
    {
      g_autoptr(LpTrajectory) t = trajectory_new ();
      g_autoptr(GHashTable) concerned = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
      g_autoptr(GPtrArray) problems = NULL;
      GListModel *modules = lp_trajectory_get_modules (t);
      guint n = g_rand_int_range (rand, 2, 60);
      g_autofree LpModule **sorted = g_new (LpModule *, n);
      static const char *keys[] = { "anna", "bob", "cees", "zaal 1", "zaal 2" };

      for (guint i = 0; i < n; i++)
        add_random_module (t, rand, i);
      for (guint i = 0; i < n; i++)
        sorted[i] = g_list_model_get_item (modules, i);
      g_qsort_with_data (sorted, n, sizeof (LpModule *), compare_module_start, NULL);   /* stable */
      problems = lp_problems_find_full (t, concerned);
      for (guint i = 0; i < n; i++)
        {
          gboolean any = FALSE;

          for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
            {
              LpProblemKind kind = k < 3 ? LP_PROBLEM_SAME_FACILITATOR : LP_PROBLEM_SAME_LOCATION;

              if (ref_written (sorted[i], kind, keys[k]) == NULL)
                continue;
              check_against_pairs (problems, sorted, n, i, kind, keys[k]);
              for (guint j = 0; j < n; j++)
                any |= j != i && ref_written (sorted[j], kind, keys[k]) != NULL && ref_clash (sorted[i], sorted[j]);
            }
          g_assert_cmpint (g_hash_table_contains (concerned, sorted[i]), ==, any || lp_problems_concern (problems, sorted[i]));
        }
      for (guint i = 0; i < n; i++)
        g_object_unref (sorted[i]);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/problems/weekday-is-fine", test_weekday_is_fine);
  g_test_add_func ("/problems/weekend", test_weekend);
  g_test_add_func ("/problems/holiday", test_holiday);
  g_test_add_func ("/problems/recess", test_recess);
  g_test_add_func ("/problems/same-facilitator", test_same_facilitator);
  g_test_add_func ("/problems/same-location", test_same_location);
  g_test_add_func ("/problems/grouped", test_grouped);
  g_test_add_func ("/problems/grouped-location", test_grouped_location);
  g_test_add_func ("/problems/grouped-dutch", test_grouped_dutch);
  g_test_add_func ("/problems/both-kinds", test_both_kinds);
  g_test_add_func ("/problems/lines", test_lines);
  g_test_add_func ("/problems/order", test_order);
  g_test_add_func ("/problems/agenda", test_agenda);
  g_test_add_func ("/problems/crowded-slot", test_crowded_slot);
  g_test_add_func ("/problems/clashes-match-pairs", test_clashes_match_pairs);
  return g_test_run ();
}
