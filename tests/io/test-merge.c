/* test-merge.c — three-way merge of trajectories: a table of cases, each
 * result written by the writer and loaded again by the reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "core/lp-merge.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"

static const char base_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<trajectory xmlns=\"urn:leerplaats:trajectory:1\" version=\"1\">\n"
  "  <title>Traject</title>\n"
  "  <period start=\"2026-09-01\" end=\"2027-08-31\"/>\n"
  "  <tracks>\n"
  "    <track id=\"a\" group=\"joint\">Alpha</track>\n"
  "    <track id=\"b\" group=\"officials\">Bravo</track>\n"
  "    <track id=\"c\" group=\"other\">Charlie</track>\n"
  "  </tracks>\n"
  "  <kinds>\n"
  "    <kind id=\"k1\" theme=\"communication\" work-form=\"workshop\" days=\"1\" color=\"#c061cb\">\n"
  "      <name>Eigen</name>\n"
  "    </kind>\n"
  "  </kinds>\n"
  "  <modules>\n"
  "    <module id=\"m1\" kind=\"k1\" track=\"a\" start=\"2026-10-05\" end=\"2026-10-05\" status=\"draft\">\n"
  "      <title>Een</title>\n"
  "    </module>\n"
  "    <module id=\"m2\" kind=\"role-awareness\" track=\"b\" start=\"2026-11-02\" end=\"2026-11-03\" status=\"idea\">\n"
  "      <title>Twee</title>\n"
  "      <comment author=\"Anne\" date=\"2026-09-10\">Eerst</comment>\n"
  "    </module>\n"
  "  </modules>\n"
  "  <milestones>\n"
  "    <milestone id=\"e1\" date=\"2027-03-18\" kind=\"election\">Verkiezingen</milestone>\n"
  "  </milestones>\n"
  "  <bands>\n"
  "    <band id=\"r1\" start=\"2027-07-10\" end=\"2027-08-22\" kind=\"recess\">Reces</band>\n"
  "  </bands>\n"
  "</trajectory>\n";

#define M1 "    <module id=\"m1\" kind=\"k1\" track=\"a\" start=\"2026-10-05\" end=\"2026-10-05\" status=\"draft\">\n      <title>Een</title>\n    </module>\n"
#define M2_END "      <comment author=\"Anne\" date=\"2026-09-10\">Eerst</comment>\n    </module>\n"
#define M2 "    <module id=\"m2\" kind=\"role-awareness\" track=\"b\" start=\"2026-11-02\" end=\"2026-11-03\" status=\"idea\">\n      <title>Twee</title>\n" M2_END
#define NEW_A(id, t) "    <module id=\"" id "\" kind=\"k1\" track=\"a\" start=\"2026-12-01\" end=\"2026-12-01\" status=\"draft\">\n      <title>" t "</title>\n    </module>\n"
#define NEW_B(id, t) "    <module id=\"" id "\" kind=\"k1\" track=\"b\" start=\"2027-01-11\" end=\"2027-01-11\" status=\"draft\">\n      <title>" t "</title>\n    </module>\n"
#define TRACK_A "    <track id=\"a\" group=\"joint\">Alpha</track>\n"
#define TRACK_B "    <track id=\"b\" group=\"officials\">Bravo</track>\n"
#define TRACK_C "    <track id=\"c\" group=\"other\">Charlie</track>\n"
#define TRACKS TRACK_A TRACK_B TRACK_C
#define END_MODULES "  </modules>\n"
#define AGENDA(t) "      <agenda>\n        <item start-time=\"09:00\" end-time=\"09:30\">\n" \
  "          <title>" t "</title>\n        </item>\n      </agenda>"
#define AGENDA_DAY2(t) "      <agenda>\n        <item start-time=\"09:00\" end-time=\"09:30\" day=\"2\">\n" \
  "          <title>" t "</title>\n        </item>\n      </agenda>"
#define M2_DAYS "start=\"2026-11-02\" end=\"2026-11-03\""
#define M2_ONE_DAY "start=\"2026-11-02\" end=\"2026-11-02\""
#define PERIOD "<period start=\"2026-09-01\" end=\"2027-08-31\"/>"
#define SHORT_PERIOD "<period start=\"2026-09-01\" end=\"2027-06-30\"/>"
#define M1_DAYS "start=\"2026-10-05\" end=\"2026-10-05\""
#define M1_LATE "start=\"2027-07-05\" end=\"2027-07-05\""
#define M1_EARLY "start=\"2026-10-04\" end=\"2026-10-04\""
#define M1_LATER "start=\"2026-10-06\" end=\"2026-10-06\""
#define LONG_PERIOD "<period start=\"2026-09-01\" end=\"2027-10-31\"/>"
#define PERIOD_TO_LATE "<period start=\"2026-09-01\" end=\"2027-07-05\"/>"
#define NEW_LATE "    <module id=\"m9\" kind=\"k1\" track=\"a\" start=\"2027-07-05\" end=\"2027-07-05\" status=\"draft\">\n      <title>Zomer</title>\n    </module>\n"
#define ANNE "<comment author=\"Anne\" date=\"2026-09-10\">"
#define ANNE_RESOLVED "<comment author=\"Anne\" date=\"2026-09-10\" resolved=\"true\">"

/* Edits as pairs of (text in the base, its replacement), then NULL. */
typedef struct {
  const char *name;
  const char *ours[9];
  const char *theirs[9];
  const char *expected[9];
  guint       n_conflicts;
  const char *field;       /* of the first conflict */
} MergeCase;

static const MergeCase cases[] = {
  { "nothing", { NULL }, { NULL }, { NULL }, 0, NULL },
  { "theirs-only",
    { NULL },
    { "<title>Een</title>", "<title>Eén</title>", "Reces<", "Zomerreces<", NULL },
    { "<title>Een</title>", "<title>Eén</title>", "Reces<", "Zomerreces<", NULL }, 0, NULL },
  { "both-add-modules",
    { END_MODULES, NEW_A ("m3", "Ons") END_MODULES, NULL },
    { END_MODULES, NEW_B ("m3", "Hun") END_MODULES, NULL },
    { END_MODULES, NEW_A ("m3", "Ons") NEW_B ("m4", "Hun") END_MODULES, NULL }, 0, NULL },
  { "move-against-retitle",
    { "track=\"a\" start=\"2026-10-05\" end=\"2026-10-05\"", "track=\"b\" start=\"2026-10-12\" end=\"2026-10-12\"", NULL },
    { "<title>Een</title>", "<title>Eén</title>", NULL },
    { "track=\"a\" start=\"2026-10-05\" end=\"2026-10-05\"", "track=\"b\" start=\"2026-10-12\" end=\"2026-10-12\"",
      "<title>Een</title>", "<title>Eén</title>", NULL }, 0, NULL },
  { "same-field-differs",
    { "<title>Twee</title>", "<title>Twee ons</title>", NULL },
    { "<title>Twee</title>", "<title>Twee hun</title>", NULL },
    { "<title>Twee</title>", "<title>Twee ons</title>", NULL }, 1, "title" },
  { "trajectory-title-differs",
    { "<title>Traject</title>", "<title>Ons traject</title>", NULL },
    { "<title>Traject</title>", "<title>Hun traject</title>", NULL },
    { "<title>Traject</title>", "<title>Ons traject</title>", NULL }, 1, "title" },
  { "edit-against-delete",
    { "<title>Twee</title>", "<title>Twee ons</title>", NULL },
    { M2, "", NULL },
    { "<title>Twee</title>", "<title>Twee ons</title>", NULL }, 1, "" },
  { "delete-against-edit",
    { M2, "", NULL },
    { "<title>Twee</title>", "<title>Twee hun</title>", NULL },
    { M2, "", NULL }, 1, "" },
  { "delete-unchanged",
    { NULL },
    { M2, "", "Verkiezingen", "Raad", NULL },
    { M2, "", "Verkiezingen", "Raad", NULL }, 0, NULL },
  { "lane-deleted-module-moved-in",
    { "track=\"a\" start=\"2026-10-05\"", "track=\"c\" start=\"2026-10-05\"", NULL },
    { TRACK_C, "", NULL },
    { "track=\"a\" start=\"2026-10-05\"", "track=\"c\" start=\"2026-10-05\"", NULL }, 1, "track" },
  { "module-moved-into-lane-we-deleted",
    { TRACK_C, "", NULL },
    { "track=\"a\" start=\"2026-10-05\"", "track=\"c\" start=\"2026-10-05\"", NULL },
    { TRACK_C, "", NULL }, 1, "track" },
  { "lane-deleted-with-its-module",
    { "<title>Een</title>", "<title>Eén</title>", NULL },
    { TRACK_B, "", M2, "", NULL },
    { TRACK_B, "", M2, "", "<title>Een</title>", "<title>Eén</title>", NULL }, 0, NULL },
  { "their-new-lane-and-module",
    { NULL },
    { TRACK_A, TRACK_A "    <track id=\"d\" group=\"council\">Delta</track>\n",
      END_MODULES, "    <module id=\"m9\" kind=\"k1\" track=\"d\" start=\"2026-12-01\" end=\"2026-12-01\" status=\"draft\">\n    </module>\n" END_MODULES, NULL },
    { TRACK_A, TRACK_A "    <track id=\"d\" group=\"council\">Delta</track>\n",
      END_MODULES, "    <module id=\"m9\" kind=\"k1\" track=\"d\" start=\"2026-12-01\" end=\"2026-12-01\" status=\"draft\">\n    </module>\n" END_MODULES, NULL }, 0, NULL },
  { "own-kind-edited-both-sides",
    { "<name>Eigen</name>", "<name>Eigen soort</name>", NULL },
    { "color=\"#c061cb\"", "color=\"#3584e4\"", NULL },
    { "<name>Eigen</name>", "<name>Eigen soort</name>", "color=\"#c061cb\"", "color=\"#3584e4\"", NULL }, 0, NULL },
  { "own-kind-same-field",
    { "days=\"1\"", "days=\"2\"", NULL },
    { "days=\"1\"", "days=\"3\"", NULL },
    { "days=\"1\"", "days=\"2\"", NULL }, 1, "days" },
  { "comments-both-sides",
    { M2_END, "      <comment author=\"Ons\" date=\"2026-09-11\">Wij</comment>\n" M2_END, NULL },
    { M2_END, "      <comment author=\"Hun\" date=\"2026-09-12\">Zij</comment>\n" M2_END, NULL },
    { M2_END, "      <comment author=\"Ons\" date=\"2026-09-11\">Wij</comment>\n"
              "      <comment author=\"Anne\" date=\"2026-09-10\">Eerst</comment>\n"
              "      <comment author=\"Hun\" date=\"2026-09-12\">Zij</comment>\n    </module>\n", NULL }, 0, NULL },
  { "comment-removed-by-them",
    { "<title>Twee</title>", "<title>Twee ons</title>", NULL },
    { "      <comment author=\"Anne\" date=\"2026-09-10\">Eerst</comment>\n", "", NULL },
    { "<title>Twee</title>", "<title>Twee ons</title>",
      "      <comment author=\"Anne\" date=\"2026-09-10\">Eerst</comment>\n", "", NULL }, 0, NULL },
  { "theirs-reordered",
    { "<title>Een</title>", "<title>Eén</title>", NULL },
    { TRACKS, TRACK_C TRACK_A TRACK_B, NULL },
    { TRACKS, TRACK_C TRACK_A TRACK_B, "<title>Een</title>", "<title>Eén</title>", NULL }, 0, NULL },
  { "only-ours-reordered",
    { TRACKS, TRACK_B TRACK_C TRACK_A, NULL },
    { "<title>Een</title>", "<title>Eén</title>", NULL },
    { TRACKS, TRACK_B TRACK_C TRACK_A, "<title>Een</title>", "<title>Eén</title>", NULL }, 0, NULL },
  { "both-reordered",
    { TRACKS, TRACK_B TRACK_C TRACK_A, NULL },
    { TRACKS, TRACK_C TRACK_A TRACK_B, NULL },
    { TRACKS, TRACK_C TRACK_A TRACK_B, NULL }, 0, NULL },
  { "dates-changed-apart",
    { "start=\"2026-11-02\" end=\"2026-11-03\"", "start=\"2026-11-04\" end=\"2026-11-05\"", NULL },
    { "start=\"2026-11-02\" end=\"2026-11-03\"", "start=\"2026-10-30\" end=\"2026-10-31\"", NULL },
    { "start=\"2026-11-02\" end=\"2026-11-03\"", "start=\"2026-11-04\" end=\"2026-11-05\"", NULL }, 2, "start" },
  { "start-against-end",
    { "start=\"2026-11-02\" end=\"2026-11-03\"", "start=\"2026-11-03\" end=\"2026-11-03\"", NULL },
    { "start=\"2026-11-02\" end=\"2026-11-03\"", "start=\"2026-11-02\" end=\"2026-11-02\"", NULL },
    { "start=\"2026-11-02\" end=\"2026-11-03\"", "start=\"2026-11-03\" end=\"2026-11-03\"", NULL }, 2, "start" },
  { "agenda-theirs-only",
    { "<title>Twee</title>", "<title>Twee ons</title>", NULL },
    { "<title>Een</title>", "<title>Een</title>\n" AGENDA ("Welkom"), NULL },
    { "<title>Twee</title>", "<title>Twee ons</title>",
      "<title>Een</title>", "<title>Een</title>\n" AGENDA ("Welkom"), NULL }, 0, NULL },
  { "agenda-both-differ",
    { "<title>Een</title>", "<title>Een</title>\n" AGENDA ("Ons welkom"), NULL },
    { "<title>Een</title>", "<title>Een</title>\n" AGENDA ("Hun welkom"), NULL },
    { "<title>Een</title>", "<title>Een</title>\n" AGENDA ("Ons welkom"), NULL }, 1, "agenda" },
  { "agenda-same-change",
    { "<title>Een</title>", "<title>Een</title>\n" AGENDA ("Welkom"), NULL },
    { "<title>Een</title>", "<title>Een</title>\n" AGENDA ("Welkom"), NULL },
    { "<title>Een</title>", "<title>Een</title>\n" AGENDA ("Welkom"), NULL }, 0, NULL },
  { "agenda-day-past-our-end",
    { M2_DAYS, M2_ONE_DAY, NULL },
    { "<title>Twee</title>", "<title>Twee</title>\n" AGENDA_DAY2 ("Dag twee"), NULL },
    { M2_DAYS, M2_ONE_DAY, NULL }, 1, "agenda" },
  { "our-agenda-day-past-their-end",
    { "<title>Twee</title>", "<title>Twee</title>\n" AGENDA_DAY2 ("Dag twee"), NULL },
    { M2_DAYS, M2_ONE_DAY, NULL },
    { "<title>Twee</title>", "<title>Twee</title>\n" AGENDA_DAY2 ("Dag twee"), NULL }, 1, "end" },
  { "their-dates-past-our-period",
    { PERIOD, SHORT_PERIOD, NULL },
    { M1_DAYS, M1_LATE, NULL },
    { PERIOD, SHORT_PERIOD, NULL }, 1, "start" },
  { "our-dates-past-their-period",
    { M1_DAYS, M1_LATE, NULL },
    { PERIOD, SHORT_PERIOD, NULL },
    { M1_DAYS, M1_LATE, NULL }, 1, "span-end" },
  /* their new module in the part of the period we cut: kept, the period
   * widened to hold it (no conflict: neither side's change is lost) */
  { "their-new-module-past-our-period",
    { PERIOD, SHORT_PERIOD, NULL },
    { END_MODULES, NEW_LATE END_MODULES, NULL },
    { PERIOD, PERIOD_TO_LATE, END_MODULES, NEW_LATE END_MODULES, NULL }, 0, NULL },
  /* both changed the period's end (one conflict: the first day is alike);
   * ours kept, widened to hold their new module */
  { "both-periods-their-module-past-ours",
    { PERIOD, SHORT_PERIOD, NULL },
    { PERIOD, LONG_PERIOD, END_MODULES, NEW_LATE END_MODULES, NULL },
    { PERIOD, PERIOD_TO_LATE, END_MODULES, NEW_LATE END_MODULES, NULL }, 1, "span-end" },
  { "comment-resolved-by-them",
    { "<title>Twee</title>", "<title>Twee ons</title>", NULL },
    { ANNE, ANNE_RESOLVED, NULL },
    { "<title>Twee</title>", "<title>Twee ons</title>", ANNE, ANNE_RESOLVED, NULL }, 0, NULL },
  { "comment-resolved-by-us-theirs-new",
    { ANNE, ANNE_RESOLVED, NULL },
    { M2_END, "      <comment author=\"Hun\" date=\"2026-09-12\">Zij</comment>\n" M2_END, NULL },
    { M2_END, "      " ANNE_RESOLVED "Eerst</comment>\n"
              "      <comment author=\"Hun\" date=\"2026-09-12\">Zij</comment>\n    </module>\n", NULL }, 0, NULL },
  { "comment-resolved-by-us-removed-by-them",
    { ANNE, ANNE_RESOLVED, NULL },
    { "      " ANNE "Eerst</comment>\n", "", NULL },
    { "      " ANNE "Eerst</comment>\n", "", NULL }, 0, NULL },
  { "identical-changes",
    { "<title>Een</title>", "<title>Eén</title>", END_MODULES, NEW_A ("m3", "Zelfde") END_MODULES,
      "2027-03-18", "2027-03-17", NULL },
    { "<title>Een</title>", "<title>Eén</title>", END_MODULES, NEW_A ("m3", "Zelfde") END_MODULES,
      "2027-03-18", "2027-03-17", NULL },
    { "<title>Een</title>", "<title>Eén</title>", END_MODULES, NEW_A ("m3", "Zelfde") END_MODULES,
      "2027-03-18", "2027-03-17", NULL }, 0, NULL },
};

static char *
apply_edits (const char * const *edits)
{
  g_autoptr(GString) s = g_string_new (base_xml);

  for (guint i = 0; edits[i] != NULL; i += 2)
    {
      const char *at = strstr (s->str, edits[i]);

      g_assert_nonnull (at);
      g_string_erase (s, at - s->str, strlen (edits[i]));
      g_string_insert (s, at - s->str, edits[i + 1]);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static LpTrajectory *
load (const char * const *edits,
      const char         *name)
{
  g_autofree char *xml = apply_edits (edits);
  g_autoptr(GError) error = NULL;
  LpTrajectory *t = lp_reader_load_data (xml, strlen (xml), name, &error);

  g_assert_no_error (error);
  return t;
}

static char *
written (LpTrajectory *t)
{
  g_autoptr(GBytes) bytes = lp_writer_serialize (t);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_case (gconstpointer data)
{
  const MergeCase *c = data;
  const char *none[] = { NULL };
  g_autoptr(LpTrajectory) base = load (none, "base");
  g_autoptr(LpTrajectory) ours = load (c->ours, "ours");
  g_autoptr(LpTrajectory) theirs = load (c->theirs, "theirs");
  g_autoptr(LpTrajectory) expected = load (c->expected, "expected");
  g_autoptr(LpMerge) merge = lp_merge_new (base, ours, theirs);
  g_autofree char *result = NULL;
  g_autofree char *want = written (expected);
  g_autoptr(LpTrajectory) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (lp_merge_get_n_conflicts (merge), ==, c->n_conflicts);
  if (c->n_conflicts > 0)
    g_assert_cmpstr (lp_merge_get_conflict (merge, 0)->field, ==, c->field);
  lp_merge_apply (merge, "Merge");

  result = written (ours);
  g_assert_cmpstr (result, ==, want);
  again = lp_reader_load_data (result, strlen (result), "result", &error);
  g_assert_no_error (error);
}

/* With THEIRS chosen, the conflicting field takes their value; one undo
 * step gives ours back. */
static void
test_choice_and_undo (void)
{
  const char *none[] = { NULL };
  const char *o[] = { "<title>Twee</title>", "<title>Twee ons</title>", NULL };
  const char *t[] = { "<title>Twee</title>", "<title>Twee hun</title>",
                      "<title>Een</title>", "<title>Eén</title>", NULL };
  g_autoptr(LpTrajectory) base = load (none, "base");
  g_autoptr(LpTrajectory) ours = load (o, "ours");
  g_autoptr(LpTrajectory) theirs = load (t, "theirs");
  g_autoptr(LpMerge) merge = lp_merge_new (base, ours, theirs);
  g_autofree char *before = written (ours);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *want = written (theirs);
  const LpMergeConflict *conflict;

  g_assert_cmpuint (lp_merge_get_n_conflicts (merge), ==, 1);
  conflict = lp_merge_get_conflict (merge, 0);
  g_assert_cmpstr (conflict->item_id, ==, "m2");
  g_assert_cmpstr (conflict->ours, ==, "Twee ons");
  g_assert_cmpstr (conflict->theirs, ==, "Twee hun");
  lp_merge_set_choice (merge, 0, LP_MERGE_THEIRS);
  lp_merge_apply (merge, "Merge");
  after = written (ours);
  g_assert_cmpstr (after, ==, want);

  g_assert_true (lp_history_undo (lp_trajectory_get_history (ours)));
  undone = written (ours);
  g_assert_cmpstr (undone, ==, before);
  g_assert_false (lp_history_can_undo (lp_trajectory_get_history (ours)));
}

/* Their dates of a module, past our period, chosen: the period is widened
 * to hold them, in the same undo step; the result is a valid file. */
static void
test_their_dates_chosen_widen (void)
{
  const char *none[] = { NULL };
  const char *o[] = { PERIOD, SHORT_PERIOD, NULL };
  const char *t[] = { M1_DAYS, M1_LATE, NULL };
  const char *e[] = { PERIOD, PERIOD_TO_LATE, M1_DAYS, M1_LATE, NULL };
  g_autoptr(LpTrajectory) base = load (none, "base");
  g_autoptr(LpTrajectory) ours = load (o, "ours");
  g_autoptr(LpTrajectory) theirs = load (t, "theirs");
  g_autoptr(LpTrajectory) expected = load (e, "expected");
  g_autoptr(LpMerge) merge = lp_merge_new (base, ours, theirs);
  g_autofree char *before = written (ours);
  g_autofree char *want = written (expected);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autoptr(GBytes) checked = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (lp_merge_get_n_conflicts (merge), ==, 1);
  g_assert_cmpstr (lp_merge_get_conflict (merge, 0)->field, ==, "start");
  lp_merge_set_choice (merge, 0, LP_MERGE_THEIRS);
  lp_merge_apply (merge, "Merge");
  g_assert_true (lp_merge_get_widened (merge));
  after = written (ours);
  g_assert_cmpstr (after, ==, want);
  checked = lp_writer_serialize_checked (ours, &error);
  g_assert_no_error (error);
  g_assert_nonnull (checked);

  g_assert_true (lp_history_undo (lp_trajectory_get_history (ours)));
  undone = written (ours);
  g_assert_cmpstr (undone, ==, before);
}

/* Their last day chosen and our first day kept: a module that would end
 * before it starts.  The check of what would be written refuses it and
 * says why, without a file name or line. */
static void
test_choices_that_clash_are_refused (void)
{
  const char *none[] = { NULL };
  const char *o[] = { M1_DAYS, M1_LATER, NULL };
  const char *t[] = { M1_DAYS, M1_EARLY, NULL };
  g_autoptr(LpTrajectory) base = load (none, "base");
  g_autoptr(LpTrajectory) ours = load (o, "ours");
  g_autoptr(LpTrajectory) theirs = load (t, "theirs");
  g_autoptr(LpMerge) merge = lp_merge_new (base, ours, theirs);
  g_autoptr(GBytes) checked = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (lp_merge_get_n_conflicts (merge), ==, 2);
  g_assert_cmpstr (lp_merge_get_conflict (merge, 1)->field, ==, "end");
  lp_merge_set_choice (merge, 1, LP_MERGE_THEIRS);
  lp_merge_apply (merge, "Merge");
  g_assert_false (lp_merge_get_widened (merge));
  checked = lp_writer_serialize_checked (ours, &error);
  g_assert_null (checked);
  g_assert_error (error, LP_FILE_ERROR, LP_FILE_ERROR_SEMANTIC);
  g_assert_nonnull (strstr (error->message, "“m1”"));
  g_assert_false (g_str_has_prefix (error->message, "written"));
}

/* A comment resolved in the base that they reopened ends open; our other
 * change to the module is kept. */
static void
test_comment_reopened (void)
{
  const char *b[] = { ANNE, ANNE_RESOLVED, NULL };
  const char *o[] = { ANNE, ANNE_RESOLVED, "<title>Twee</title>", "<title>Twee ons</title>", NULL };
  const char *e[] = { "<title>Twee</title>", "<title>Twee ons</title>", NULL };
  const char *none[] = { NULL };
  g_autoptr(LpTrajectory) base = load (b, "base");
  g_autoptr(LpTrajectory) ours = load (o, "ours");
  g_autoptr(LpTrajectory) theirs = load (none, "theirs");
  g_autoptr(LpTrajectory) expected = load (e, "expected");
  g_autoptr(LpMerge) merge = lp_merge_new (base, ours, theirs);
  g_autofree char *want = written (expected);
  g_autofree char *result = NULL;

  g_assert_cmpuint (lp_merge_get_n_conflicts (merge), ==, 0);
  lp_merge_apply (merge, "Merge");
  result = written (ours);
  g_assert_cmpstr (result, ==, want);
}

/* A day programme changed differently on both sides is one conflict that
 * shows both programmes; choosing theirs sets their programme. */
static void
test_agenda_conflict_theirs (void)
{
  const char *none[] = { NULL };
  const char *o[] = { "<title>Een</title>", "<title>Een</title>\n" AGENDA ("Ons welkom"), NULL };
  const char *t[] = { "<title>Een</title>", "<title>Een</title>\n" AGENDA ("Hun welkom"), NULL };
  g_autoptr(LpTrajectory) base = load (none, "base");
  g_autoptr(LpTrajectory) ours = load (o, "ours");
  g_autoptr(LpTrajectory) theirs = load (t, "theirs");
  g_autoptr(LpMerge) merge = lp_merge_new (base, ours, theirs);
  g_autofree char *want = written (theirs);
  g_autofree char *result = NULL;
  const LpMergeConflict *conflict;

  g_assert_cmpuint (lp_merge_get_n_conflicts (merge), ==, 1);
  conflict = lp_merge_get_conflict (merge, 0);
  g_assert_cmpstr (conflict->item_id, ==, "m1");
  g_assert_cmpstr (conflict->ours, ==, "1 09:00–09:30 Ons welkom");
  g_assert_cmpstr (conflict->theirs, ==, "1 09:00–09:30 Hun welkom");
  lp_merge_set_choice (merge, 0, LP_MERGE_THEIRS);
  lp_merge_apply (merge, "Merge");
  result = written (ours);
  g_assert_cmpstr (result, ==, want);
}

#define M1_AT "end=\"2026-10-05\" status=\"draft\""
#define M1_TIMES(s, e) M1_AT " start-time=\"" s "\" end-time=\"" e "\""

/* Our end time and their start time on a one-day module, apart right but
 * ending before it starts together: one conflict on "start-time", ours
 * kept whole. */
static void
test_times_apart (void)
{
  const char *b[] = { M1_AT, M1_TIMES ("09:00", "12:00"), NULL };
  const char *o[] = { M1_AT, M1_TIMES ("09:00", "10:00"), NULL };
  const char *t[] = { M1_AT, M1_TIMES ("11:00", "12:00"), NULL };
  g_autoptr(LpTrajectory) base = load (b, "base");
  g_autoptr(LpTrajectory) ours = load (o, "ours");
  g_autoptr(LpTrajectory) theirs = load (t, "theirs");
  g_autoptr(LpMerge) merge = lp_merge_new (base, ours, theirs);
  g_autofree char *want = written (ours);
  g_autofree char *result = NULL;

  g_assert_cmpuint (lp_merge_get_n_conflicts (merge), ==, 1);
  g_assert_cmpstr (lp_merge_get_conflict (merge, 0)->field, ==, "start-time");
  lp_merge_apply (merge, "Merge");
  result = written (ours);
  g_assert_cmpstr (result, ==, want);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lp_reader_init ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/merge/case/%s", cases[i].name);
      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/merge/choice-and-undo", test_choice_and_undo);
  g_test_add_func ("/merge/their-dates-chosen-widen", test_their_dates_chosen_widen);
  g_test_add_func ("/merge/choices-that-clash-are-refused", test_choices_that_clash_are_refused);
  g_test_add_func ("/merge/comment-reopened", test_comment_reopened);
  g_test_add_func ("/merge/agenda-conflict-theirs", test_agenda_conflict_theirs);
  g_test_add_func ("/merge/times-apart", test_times_apart);
  return g_test_run ();
}
