/* test-reader.c — every element round-trips; bad and hostile files are
 * refused quickly with a message that names the line and the problem
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "core/lp-agenda.h"
#include "core/lp-date.h"
#include "core/lp-milestone.h"
#include "core/lp-period.h"
#include "core/lp-track.h"
#include "core/lp-sample.h"
#include "core/core-test-dump.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "files", name, NULL);
}

static char *
load_fixture_text (const char *name)
{
  g_autofree char *path = fixture_path (name);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static LpTrajectory *
load_text (const char *text, GError **error)
{
  return lp_reader_load_data (text, strlen (text), "test.leerplaats", error);
}

/* The schema compares ids, fixed-list words and whole numbers without the
 * white space around them (and a number without "+"); such a file means the
 * same as one written without.  Every value here would otherwise fall back
 * to a default or be refused. */
static const char spaced[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<trajectory xmlns=\"urn:leerplaats:trajectory:1\" version=\" 1 \">\n"
  "  <title>T</title>\n"
  "  <period start=\"2026-09-01\" end=\"2027-08-31\"/>\n"
  "  <calendar school-region=\" zuid\"/>\n"
  "  <tracks>\n"
  "    <track id=\" joint \" group=\" officials\">Ambtenaren</track>\n"
  "  </tracks>\n"
  "  <kinds>\n"
  "    <kind id=\"k1\" theme=\"leadership \" work-form=\"\tworkshop\" days=\"+2\">\n"
  "      <name>Eigen</name>\n"
  "    </kind>\n"
  "  </kinds>\n"
  "  <modules>\n"
  "    <module id=\"m1 \" kind=\" k1\" track=\"joint\" start=\"2026-10-01\" end=\"2026-10-02\" status=\"done \">\n"
  "      <participants count=\" +12\"/>\n"
  "      <agenda>\n"
  "        <item start-time=\"09:00\" end-time=\"09:30\" day=\" +2 \">\n"
  "          <title>Welkom</title>\n"
  "        </item>\n"
  "      </agenda>\n"
  "      <comment resolved=\" true\">Klaar</comment>\n"
  "    </module>\n"
  "  </modules>\n"
  "  <milestones>\n"
  "    <milestone id=\"ms1\" date=\"2026-11-05\" kind=\"\n budget \">Begroting</milestone>\n"
  "  </milestones>\n"
  "  <bands>\n"
  "    <band id=\"b1\" start=\"2026-12-19\" end=\"2027-01-03\" kind=\" recess\">Kerstreces</band>\n"
  "  </bands>\n"
  "</trajectory>\n";

static void
test_schema_white_space (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = load_text (spaced, &error);
  LpModule *m;
  LpKind *k;
  const LpComment *c;

  g_assert_no_error (error);
  g_assert_cmpstr (lp_trajectory_get_school_region (t), ==, "zuid");
  g_assert_cmpint (lp_track_get_group (lp_trajectory_lookup_track (t, "joint")), ==, LP_TRACK_GROUP_OFFICIALS);
  k = lp_trajectory_lookup_kind (t, "k1");
  g_assert_nonnull (k);
  g_assert_cmpstr (lp_kind_get_theme_id (k), ==, "leadership");
  g_assert_cmpstr (lp_kind_get_work_form (k), ==, "workshop");
  g_assert_cmpuint (lp_kind_get_days (k), ==, 2);
  m = lp_trajectory_lookup_module (t, "m1");
  g_assert_nonnull (m);
  g_assert_cmpstr (lp_module_get_kind_id (m), ==, "k1");
  g_assert_cmpint (lp_module_get_status (m), ==, LP_STATUS_DONE);
  g_assert_cmpint (lp_module_get_participants_count (m), ==, 12);
  c = g_ptr_array_index (lp_module_get_comments (m), 0);
  g_assert_true (c->resolved);
  g_assert_cmpuint (lp_agenda_get_item (lp_module_get_agenda (m), 0)->day, ==, 2);
  g_assert_cmpint (lp_milestone_get_kind (lp_trajectory_lookup_milestone (t, "ms1")), ==, LP_MILESTONE_BUDGET);
  g_assert_cmpint (lp_period_get_kind (lp_trajectory_lookup_period (t, "b1")), ==, LP_PERIOD_RECESS);
}

static void
test_full_fixture (void)
{
  g_autofree char *text = load_fixture_text ("full.leerplaats");
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = load_text (text, &error);
  LpModule *m1, *m3, *m4;
  LpKind *k1, *own_intervision;
  LpTrack *officials;
  GPtrArray *comments;
  const char * const *fac;
  const LpComment *c;
  char buf[11];

  g_assert_no_error (error);
  g_assert_nonnull (t);
  g_assert_false (lp_history_can_undo (lp_trajectory_get_history (t)));
  g_assert_false (lp_history_is_modified (lp_trajectory_get_history (t)));

  g_assert_cmpstr (lp_trajectory_get_title (t), ==, "Leerplaats bestuursadvisering");
  g_assert_cmpstr (lp_trajectory_get_client (t), ==, "Gemeente Voorbeeld");
  g_assert_cmpstr (lp_trajectory_get_author (t), ==, "Anne de Vries");
  g_assert_true (g_str_has_suffix (lp_trajectory_get_description (t), "é, ë, ï en ’."));
  g_assert_cmpstr (lp_date_format_iso (lp_trajectory_get_span_start (t), buf), ==, "2026-09-01");
  g_assert_cmpstr (lp_date_format_iso (lp_trajectory_get_span_end (t), buf), ==, "2028-02-29");

  g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_tracks (t)), ==, 4);
  officials = lp_trajectory_lookup_track (t, "officials");
  g_assert_cmpstr (lp_track_get_name (officials), ==, "Ambtenaren");
  g_assert_cmpint (lp_track_get_group (officials), ==, LP_TRACK_GROUP_OFFICIALS);
  g_assert_cmpint (lp_track_get_group (lp_trajectory_lookup_track (t, "dev")), ==, LP_TRACK_GROUP_DEVELOPMENT_GROUP);
  g_assert_cmpint (lp_trajectory_get_track_index (t, officials), ==, 2);

  k1 = lp_trajectory_lookup_own_kind (t, "k1");
  g_assert_cmpstr (lp_kind_get_name (k1), ==, "Adviesnota schrijven");
  g_assert_cmpstr (lp_kind_get_theme_id (k1), ==, "communication");
  g_assert_cmpstr (lp_kind_get_work_form (k1), ==, "workshop");
  g_assert_cmpuint (lp_kind_get_days (k1), ==, 1);
  g_assert_cmpstr (lp_kind_get_color (k1), ==, "#c061cb");
  g_assert_cmpstr (lp_kind_get_description (k1), ==, "Schrijven voor het college & de raad.");
  own_intervision = lp_trajectory_lookup_own_kind (t, "intervision");
  g_assert_cmpuint (lp_kind_get_days (own_intervision), ==, 2);
  g_assert_null (lp_kind_get_color (own_intervision));

  m1 = lp_trajectory_lookup_module (t, "m1");
  g_assert_cmpstr (lp_module_get_kind_id (m1), ==, "role-awareness");
  g_assert_true (lp_module_get_track (m1) == officials);
  g_assert_cmpstr (lp_date_format_iso (lp_module_get_start (m1), buf), ==, "2026-10-05");
  g_assert_cmpstr (lp_date_format_iso (lp_module_get_end (m1), buf), ==, "2026-10-06");
  g_assert_cmpint (lp_module_get_status (m1), ==, LP_STATUS_CONFIRMED);
  g_assert_cmpint (lp_module_get_start_time (m1), ==, 9 * 60);
  g_assert_cmpint (lp_module_get_end_time (m1), ==, 16 * 60 + 30);
  g_assert_cmpstr (lp_module_get_title (m1), ==, "Wie beslist?");
  fac = lp_module_get_facilitators (m1);
  g_assert_cmpstr (fac[0], ==, "Jeroen Bakker");
  g_assert_cmpstr (fac[1], ==, "Eloïse Jansen");
  g_assert_null (fac[2]);
  g_assert_cmpint (lp_module_get_participants_count (m1), ==, 16);
  g_assert_cmpstr (lp_module_get_participants (m1), ==, "Beleidsmedewerkers ruimtelijk domein");
  g_assert_cmpstr (lp_module_get_location (m1), ==, "Het Koetshuis");
  g_assert_cmpstr (lp_module_get_goals (m1), ==, "Rollen kennen; tegenspraak oefenen.");
  g_assert_cmpstr (lp_module_get_preparation (m1), ==, "Lees de casus „Het zwembad”.");
  g_assert_cmpstr (lp_module_get_description (m1), ==, "Ochtend: casus. Middag: rollenspel <met acteurs>.");
  g_assert_cmpstr (lp_module_get_notes (m1), ==, "Zaal ’s ochtends open vanaf 8:30.");
  comments = lp_module_get_comments (m1);
  g_assert_cmpuint (comments->len, ==, 2);
  c = g_ptr_array_index (comments, 0);
  g_assert_cmpstr (c->author, ==, "Mirjam Smit");
  g_assert_cmpstr (lp_date_format_iso (c->date, buf), ==, "2026-11-02");
  g_assert_cmpstr (c->text, ==, "Graag een extra pauze.");
  c = g_ptr_array_index (comments, 1);
  g_assert_null (c->author);
  g_assert_cmpuint (c->date, ==, LP_DATE_NONE);

  /* no title: the kind's name; no status: draft */
  g_assert_null (lp_module_get_title (lp_trajectory_lookup_module (t, "m2")));
  g_assert_cmpstr (lp_trajectory_get_module_title (t, lp_trajectory_lookup_module (t, "m2")), ==, "Adviesnota schrijven");
  g_assert_cmpint (lp_module_get_status (lp_trajectory_lookup_module (t, "m2")), ==, LP_STATUS_DRAFT);
  g_assert_cmpint (lp_module_get_participants_count (lp_trajectory_lookup_module (t, "m2")), ==, -1);
  g_assert_cmpint (lp_module_get_start_time (lp_trajectory_lookup_module (t, "m2")), ==, LP_TIME_NONE);
  /* the file's own kind shadows the built-in one */
  m3 = lp_trajectory_lookup_module (t, "m3");
  g_assert_true (lp_trajectory_get_module_kind (t, m3) == own_intervision);
  g_assert_cmpint (lp_module_get_participants_count (m3), ==, 0);
  g_assert_cmpint (lp_module_get_status (m3), ==, LP_STATUS_IDEA);
  m4 = lp_trajectory_lookup_module (t, "m4");
  g_assert_cmpint (lp_module_get_status (m4), ==, LP_STATUS_EVALUATED);
  g_assert_cmpint (lp_module_get_participants_count (m4), ==, -1);
  g_assert_cmpstr (lp_module_get_participants (m4), ==, "De hele ontwikkelgroep");

  /* milestones and periods may lie outside the period */
  g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_milestones (t)), ==, 5);
  g_assert_cmpint (lp_milestone_get_kind (lp_trajectory_lookup_milestone (t, "e2")), ==, LP_MILESTONE_COALITION_AGREEMENT);
  g_assert_cmpstr (lp_milestone_get_label (lp_trajectory_lookup_milestone (t, "e1")), ==, "Gemeenteraadsverkiezingen");
  g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_periods (t)), ==, 3);
  g_assert_cmpint (lp_period_get_kind (lp_trajectory_lookup_period (t, "r1")), ==, LP_PERIOD_RECESS);
  g_assert_cmpstr (lp_date_format_iso (lp_period_get_end (lp_trajectory_lookup_period (t, "r1")), buf), ==, "2027-08-22");
}

static void
assert_round_trip (LpTrajectory *t)
{
  g_autoptr(GBytes) first = lp_writer_serialize (t);
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) again = lp_reader_load_data (g_bytes_get_data (first, NULL),
                                                       g_bytes_get_size (first), "again", &error);
  g_autoptr(GBytes) second = NULL;
  g_autofree char *dump1 = core_test_dump (t);
  g_autofree char *dump2 = NULL;

  g_assert_no_error (error);
  dump2 = core_test_dump (again);
  g_assert_cmpstr (dump1, ==, dump2);
  second = lp_writer_serialize (again);
  g_assert_true (g_bytes_equal (first, second));
}

static void
test_round_trip (void)
{
  g_autofree char *text = load_fixture_text ("full.leerplaats");
  g_autoptr(LpTrajectory) t = load_text (text, NULL);
  g_autoptr(LpTrajectory) sample = lp_sample_generate (500, 6, 24, 5);

  assert_round_trip (t);
  assert_round_trip (sample);
}

typedef struct {
  const char *name;
  LpFileError code;
  const char *find;      /* replaced in the fixture … */
  const char *replace;   /* … by this (NULL: the test text is find itself) */
  guint       line;      /* expected line, 0 when none */
  const char *expect;    /* words of the message after "NAME:LINE: " */
} BadCase;

static const BadCase bad_cases[] = {
  { "empty", LP_FILE_ERROR_NOT_XML, "", NULL, 0, "the file is empty" },
  { "blank", LP_FILE_ERROR_NOT_XML, "  \n\n ", NULL, 0, "the file is empty" },
  { "not-xml", LP_FILE_ERROR_NOT_XML, "Dit is geen XML-bestand.", NULL, 1, "the file is not XML" },
  { "wrong-root", LP_FILE_ERROR_INVALID, "<?xml version=\"1.0\"?>\n<html><body/></html>", NULL, 2, "not a Leerplaats trajectory" },
  { "no-namespace", LP_FILE_ERROR_INVALID, "<?xml version=\"1.0\"?>\n<trajectory version=\"1\"><title>x</title></trajectory>", NULL, 2, "not a Leerplaats trajectory" },
  { "too-new", LP_FILE_ERROR_TOO_NEW, "version=\"1\"", "version=\"2\"", 2, "newer version of Leerplaats" },
  { "unknown-element", LP_FILE_ERROR_INVALID, "<location>Het Koetshuis</location>", "<lokatie>Het Koetshuis</lokatie>", 30, "<lokatie> is not allowed" },
  { "unknown-attribute", LP_FILE_ERROR_INVALID, "status=\"confirmed\"", "status=\"confirmed\" colour=\"red\"", 25, "“colour” is not allowed" },
  { "bad-status", LP_FILE_ERROR_INVALID, "status=\"confirmed\"", "status=\"finished\"", 25, "“finished” is not a valid value" },
  { "bad-date-shape", LP_FILE_ERROR_INVALID, "start=\"2026-10-05\"", "start=\"5-10-2026\"", 25, "“5-10-2026” is not a valid value for the attribute “start” of <module>" },
  { "impossible-date", LP_FILE_ERROR_SEMANTIC, "start=\"2026-11-12\" end=\"2026-11-12\"", "start=\"2026-11-31\" end=\"2026-11-31\"", 38, "“2026-11-31” is not a real date (in start of <module>)" },
  { "bad-time", LP_FILE_ERROR_SEMANTIC, "end-time=\"16:30\"", "end-time=\"25:00\"", 25, "“25:00” is not a valid time (in end-time of <module>)" },
  { "end-before-start", LP_FILE_ERROR_SEMANTIC, "end=\"2026-10-06\"", "end=\"2026-10-04\"", 25, "the module “m1” ends before it starts (2026-10-04 before 2026-10-05)" },
  { "time-end-before-start", LP_FILE_ERROR_SEMANTIC, "start=\"2026-11-12\" end=\"2026-11-12\">", "start=\"2026-11-12\" end=\"2026-11-12\" start-time=\"14:00\" end-time=\"10:00\">", 38, "the module “m2” ends before it starts (10:00 before 14:00 on the same day)" },
  { "outside-trajectory", LP_FILE_ERROR_SEMANTIC, "start=\"2026-10-05\" end=\"2026-10-06\"", "start=\"2026-08-05\" end=\"2026-08-06\"", 25, "(2026-08-05 to 2026-08-06) lies outside the trajectory’s dates (2026-09-01 to 2028-02-29)" },
  { "trajectory-reversed", LP_FILE_ERROR_SEMANTIC, "<period start=\"2026-09-01\" end=\"2028-02-29\"/>", "<period start=\"2028-09-01\" end=\"2026-02-28\"/>", 8, "the trajectory ends before it starts" },
  { "dangling-track", LP_FILE_ERROR_SEMANTIC, "track=\"college\"", "track=\"raad\"", 38, "track “raad”, which does not exist" },
  { "dangling-kind", LP_FILE_ERROR_SEMANTIC, "kind=\"role-awareness\"", "kind=\"yoga\"", 25, "the module “m1” is of the kind “yoga”, which is neither in the file nor built in" },
  { "duplicate-module", LP_FILE_ERROR_SEMANTIC, "<module id=\"m2\"", "<module id=\"m1\"", 38, "“m1” is used twice" },
  { "duplicate-track", LP_FILE_ERROR_SEMANTIC, "<track id=\"dev\"", "<track id=\"joint\"", 13, "“joint” is used twice" },
  { "duplicate-kind", LP_FILE_ERROR_SEMANTIC, "<kind id=\"intervision\"", "<kind id=\"k1\"", 20, "“k1” is used twice" },
  { "period-reversed", LP_FILE_ERROR_SEMANTIC, "start=\"2027-07-10\" end=\"2027-08-22\"", "start=\"2027-08-10\" end=\"2027-07-22\"", 55, "the period “r1” ends before it starts (2027-07-22 before 2027-08-10)" },
  { "bad-group", LP_FILE_ERROR_INVALID, "group=\"joint\"", "group=\"everyone\"", 10, "“everyone” is not a valid value for the attribute “group” of <track>; it can be: joint, administrators, officials, management, council, development-group, other" },
  { "bad-colour", LP_FILE_ERROR_INVALID, "color=\"#c061cb\"", "color=\"purple\"", 16, "“purple” is not a valid value for the attribute “color” of <kind>" },
  { "no-tracks", LP_FILE_ERROR_INVALID, "<track id=\"joint\" group=\"joint\">Gezamenlijk</track>\n    <track id=\"college\" group=\"administrators\">College</track>\n    <track id=\"officials\" group=\"officials\">Ambtenaren</track>\n    <track id=\"dev\" group=\"development-group\">Ontwikkelgroep</track>", "", 9, "<tracks> must contain at least one <track>" },
  { "text-in-modules", LP_FILE_ERROR_INVALID, "<modules>", "<modules>losse tekst", 24, "text is not allowed in <modules>" },
  { "mismatched-tag", LP_FILE_ERROR_NOT_XML, "</location>", "</locatie>", 30, "closed with the wrong tag" },
  { "false-encoding", LP_FILE_ERROR_NOT_XML, "encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"", 1, "the file says it is written in the encoding “ISO-8859-1”; Leerplaats files are UTF-8" },
  { "invalid-utf8", LP_FILE_ERROR_NOT_XML, "Wie beslist?", "Wie \xc3\x28 beslist?", 26, "not valid UTF-8" },
  { "xinclude", LP_FILE_ERROR_INVALID, "<modules>", "<modules><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\"/>", 24, "the element <include> is not in the Leerplaats namespace (urn:leerplaats:trajectory:1)" },
  /* what the schema refused, named */
  { "missing-attribute", LP_FILE_ERROR_INVALID, " track=\"officials\"", "", 25, "<module> is missing the attribute “track”" },
  { "missing-version", LP_FILE_ERROR_INVALID, " version=\"1\"", "", 2, "<trajectory> is missing the attribute “version”" },
  { "negative-version", LP_FILE_ERROR_INVALID, "version=\"1\"", "version=\"-1\"", 2, "“-1” is not a valid value for the attribute “version” of <trajectory>" },
  { "missing-period", LP_FILE_ERROR_INVALID, "<period start=\"2026-09-01\" end=\"2028-02-29\"/>", "", 9, "<trajectory> is missing <period>, which comes before <tracks>" },
  { "title-twice", LP_FILE_ERROR_INVALID, "<client>", "<title>Nog een</title><client>", 4, "<title> may appear only once in <trajectory>" },
  { "out-of-order", LP_FILE_ERROR_INVALID, "<client>Gemeente Voorbeeld</client>\n  <author>Anne de Vries</author>", "<author>Anne de Vries</author>\n  <client>Gemeente Voorbeeld</client>", 5, "<client> is in the wrong place in <trajectory>; the order is <title>, <client>, <author>, <description>, <period>, <calendar>, <tracks>, <kinds>, <modules>, <milestones>, <bands>" },
  { "foreign-attribute", LP_FILE_ERROR_INVALID, "<tracks>", "<tracks xml:lang=\"nl\">", 9, "the attribute “xml:lang” is not allowed on <tracks>" },
  { "missing-name", LP_FILE_ERROR_INVALID, "<name>Adviesnota schrijven</name>", "", 18, "<kind> is missing <name>, which comes before <description>" },
  { "module-in-tracks", LP_FILE_ERROR_INVALID, "<tracks>", "<tracks><module/>", 9, "the element <module> is not allowed in <tracks>" },
};

static char *
apply_case (const char    *fixture,
            const BadCase *c)
{
  const char *at;

  if (c->replace == NULL)
    return g_strdup (c->find);
  at = strstr (fixture, c->find);
  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - fixture), fixture, c->replace, at + strlen (c->find));
}

static void
test_bad_case (gconstpointer data)
{
  const BadCase *c = data;
  g_autofree char *fixture = load_fixture_text ("full.leerplaats");
  g_autofree char *text = apply_case (fixture, c);
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = load_text (text, &error);
  g_autofree char *prefix = NULL;

  g_assert_null (t);
  g_assert_error (error, LP_FILE_ERROR, (int) c->code);
  g_test_message ("%s → %s", c->name, error->message);
  g_assert_cmpuint (lp_reader_error_get_line (error), ==, c->line);
  if (c->line > 0)
    prefix = g_strdup_printf ("test.leerplaats:%u: ", c->line);
  else
    prefix = g_strdup ("test.leerplaats: ");
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_nonnull (strstr (error->message + strlen (prefix), c->expect));
}

/* The line travels in the error itself, not in its text: a file name that
 * looks like "NAME:LINE: " does not fool it, and copies keep it. */
/* Messages name the line a start tag begins on also past line 65,535,
 * where libxml2 keeps no line of its own: 70,000 blank lines before
 * <title> move each case's line by as many, for the schema's errors and
 * for the reader's own. */
static void
test_lines_past_16_bits (void)
{
  static const char *names[] = { "unknown-attribute", "unknown-element", "bad-status", "impossible-date",
                                 "dangling-track", "trajectory-reversed" };
  g_autofree char *fixture = load_fixture_text ("full.leerplaats");
  g_autofree char *blank = g_strnfill (70000, '\n');
  const char *at = strstr (fixture, "  <title>");
  g_autofree char *tall = g_strdup_printf ("%.*s%s%s", (int) (at - fixture), fixture, blank, at);

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
      if (g_str_equal (bad_cases[i].name, names[n]))
        {
          g_autofree char *text = apply_case (tall, &bad_cases[i]);
          g_autoptr(GError) error = NULL;
          g_autoptr(LpTrajectory) t = lp_reader_load_data (text, strlen (text), "tall.leerplaats", &error);
          g_autofree char *prefix = g_strdup_printf ("tall.leerplaats:%u: ", bad_cases[i].line + 70000);

          g_test_message ("%s: %s", names[n], error != NULL ? error->message : "(loaded)");
          g_assert_null (t);
          g_assert_error (error, LP_FILE_ERROR, (int) bad_cases[i].code);
          g_assert_true (g_str_has_prefix (error->message, prefix));
          g_assert_cmpuint (lp_reader_error_get_line (error), ==, bad_cases[i].line + 70000);
        }
}

static void
test_error_line_carried (void)
{
  const char *no_line_name = "week:12: plan.leerplaats";
  g_autoptr(GError) empty = NULL;
  g_autoptr(GError) bad = NULL;
  g_autoptr(GError) copy = NULL;
  g_autoptr(GError) other = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "x:7: y");
  g_autofree char *fixture = load_fixture_text ("full.leerplaats");
  g_autoptr(LpTrajectory) t1 = lp_reader_load_data ("", 0, no_line_name, &empty);
  g_autoptr(LpTrajectory) t2 = NULL;
  g_autofree char *text = NULL;
  const BadCase *c = NULL;

  g_assert_null (t1);
  g_assert_error (empty, LP_FILE_ERROR, LP_FILE_ERROR_NOT_XML);
  g_assert_true (g_str_has_prefix (empty->message, "week:12: plan.leerplaats: "));
  g_assert_cmpuint (lp_reader_error_get_line (empty), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    if (g_str_equal (bad_cases[i].name, "period-reversed"))
      c = &bad_cases[i];
  text = apply_case (fixture, c);
  t2 = lp_reader_load_data (text, strlen (text), no_line_name, &bad);
  g_assert_null (t2);
  g_assert_error (bad, LP_FILE_ERROR, LP_FILE_ERROR_SEMANTIC);
  g_assert_cmpuint (lp_reader_error_get_line (bad), ==, 55);
  copy = g_error_copy (bad);
  g_assert_cmpuint (lp_reader_error_get_line (copy), ==, 55);
  g_prefix_error (&copy, "%s", "Could not open: ");
  g_assert_cmpuint (lp_reader_error_get_line (copy), ==, 55);

  g_assert_cmpuint (lp_reader_error_get_line (other), ==, 0);
  g_assert_cmpuint (lp_reader_error_get_line (NULL), ==, 0);
}

/* A file with every date and time attribute, one to a marker, each element
 * on its own line (<module>'s start tag on two); a marker stands for the
 * whole attribute. */
static const char when_template[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<trajectory xmlns=\"urn:leerplaats:trajectory:1\" version=\"1\">\n"
  "  <title>T</title>\n"
  "  <period @period-start@ @period-end@/>\n"
  "  <tracks><track id=\"a\" group=\"joint\">A</track></tracks>\n"
  "  <modules>\n"
  "    <module id=\"m1\" kind=\"intervision\" track=\"a\"\n"
  "            @module-start@ @module-end@>\n"
  "      <agenda><item @item-start-time@ @item-end-time@><title>x</title></item></agenda>\n"
  "      <comment @comment-date@>c</comment>\n"
  "    </module>\n"
  "  </modules>\n"
  "  <milestones><milestone id=\"e\" @milestone-date@ kind=\"election\">E</milestone></milestones>\n"
  "  <bands><band id=\"b\" @band-start@ @band-end@ kind=\"recess\">R</band></bands>\n"
  "</trajectory>\n";

static const struct {
  const char *marker, *attribute, *value;
} when_defaults[] = {
  { "@period-start@", "start", "2026-01-01" },        { "@period-end@", "end", "2026-12-31" },
  { "@module-start@", "start", "2026-03-02" },        { "@module-end@", "end", "2026-03-02" },
  { "@item-start-time@", "start-time", "09:00" },     { "@item-end-time@", "end-time", "10:00" },
  { "@comment-date@", "date", "2026-03-01" },         { "@milestone-date@", "date", "2026-03-18" },
  { "@band-start@", "start", "2026-07-10" },          { "@band-end@", "end", "2026-08-22" },
};

typedef struct {
  const char *marker;
  const char *value;     /* NULL: the attribute left out */
  const char *message;   /* the whole message */
  LpFileError code;      /* 0: LP_FILE_ERROR_INVALID, what the schema refuses */
} WhenCase;

static const WhenCase when_cases[] = {
  { "@period-start@", "2026-1-1", "test.leerplaats:4: “2026-1-1” is not a valid value for the attribute “start” of <period>" },
  { "@period-end@", "tomorrow", "test.leerplaats:4: “tomorrow” is not a valid value for the attribute “end” of <period>" },
  { "@period-end@", NULL, "test.leerplaats:4: <period> is missing the attribute “end”" },
  { "@module-start@", "2026-03-02T10:00", "test.leerplaats:7: “2026-03-02T10:00” is not a valid value for the attribute “start” of <module>" },
  { "@module-start@", "tomorrow", "test.leerplaats:7: “tomorrow” is not a valid value for the attribute “start” of <module>" },
  { "@module-end@", "2026-3-2", "test.leerplaats:7: “2026-3-2” is not a valid value for the attribute “end” of <module>" },
  { "@module-end@", "10000-01-01", "test.leerplaats:7: “10000-01-01” is not a valid value for the attribute “end” of <module>" },
  { "@module-start@", " 2026-03-02", "test.leerplaats:7: “ 2026-03-02” is not a valid value for the attribute “start” of <module>" },
  { "@module-start@", NULL, "test.leerplaats:7: <module> is missing the attribute “start”" },
  { "@module-end@", "2026-02-30", "test.leerplaats:7: “2026-02-30” is not a real date (in end of <module>)", LP_FILE_ERROR_SEMANTIC },
  { "@item-start-time@", "9:00", "test.leerplaats:9: “9:00” is not a valid value for the attribute “start-time” of <item>" },
  { "@item-end-time@", NULL, "test.leerplaats:9: <item> is missing the attribute “end-time”" },
  { "@comment-date@", "2026-3-1", "test.leerplaats:10: “2026-3-1” is not a valid value for the attribute “date” of <comment>" },
  { "@milestone-date@", "2026-3-18", "test.leerplaats:13: “2026-3-18” is not a valid value for the attribute “date” of <milestone>" },
  { "@milestone-date@", NULL, "test.leerplaats:13: <milestone> is missing the attribute “date”" },
  { "@band-start@", "2027 7 10", "test.leerplaats:14: “2027 7 10” is not a valid value for the attribute “start” of <band>" },
  { "@band-end@", "2027-08-22 ", "test.leerplaats:14: “2027-08-22 ” is not a valid value for the attribute “end” of <band>" },
  /* ten characters pass the schema; the reader then finds no date */
  { "@band-start@", "2027 07 10", "test.leerplaats:14: “2027 07 10” is not a real date (in start of <band>)", LP_FILE_ERROR_SEMANTIC },
};

/* @c's value in its place, every other attribute at its default. */
static char *
when_text (const WhenCase *c)
{
  g_autoptr(GString) text = g_string_new (when_template);

  for (guint i = 0; i < G_N_ELEMENTS (when_defaults); i++)
    {
      gboolean chosen = g_str_equal (c->marker, when_defaults[i].marker);
      const char *value = chosen ? c->value : when_defaults[i].value;
      g_autofree char *attribute = value ? g_strdup_printf ("%s=\"%s\"", when_defaults[i].attribute, value)
                                         : g_strdup ("");

      g_assert_cmpuint (g_string_replace (text, when_defaults[i].marker, attribute, 0), ==, 1);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A malformed or missing date or time: the message names the value, the
 * attribute and the element, on the element's line. */
static void
test_when_messages (void)
{
  WhenCase valid = { "", NULL, NULL };
  g_autofree char *fine = when_text (&valid);
  g_autoptr(LpTrajectory) t = load_text (fine, NULL);

  g_assert_nonnull (t);
  for (guint i = 0; i < G_N_ELEMENTS (when_cases); i++)
    {
      g_autofree char *text = when_text (&when_cases[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(LpTrajectory) refused = load_text (text, &error);
      int code = when_cases[i].code != LP_FILE_ERROR_NOT_XML ? (int) when_cases[i].code : (int) LP_FILE_ERROR_INVALID;

      g_assert_null (refused);
      g_assert_error (error, LP_FILE_ERROR, code);
      g_assert_cmpstr (error->message, ==, when_cases[i].message);
    }
}

static void
assert_refused_fast (const char *text,
                     gsize       length,
                     const char *expect)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = NULL;
  gint64 start = g_get_monotonic_time ();

  t = lp_reader_load_data (text, length, "hostile.leerplaats", &error);
  g_assert_null (t);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  if (expect != NULL)
    g_assert_nonnull (strstr (error->message, expect));
  /* generous bound for a loaded CI machine with sanitizers */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

static void
test_billion_laughs (void)
{
  const char *text =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE lolz [\n"
    " <!ENTITY lol \"lol\">\n"
    " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
    " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
    " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
    " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
    " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
    " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
    "]>\n"
    "<trajectory xmlns=\"urn:leerplaats:trajectory:1\" version=\"1\"><title>&lol9;</title></trajectory>\n";
  gint64 start = g_get_monotonic_time ();

  assert_refused_fast (text, strlen (text), "document type declaration");
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
}

static void
test_external_entity (void)
{
  const char *text =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE trajectory [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n"
    "<trajectory xmlns=\"urn:leerplaats:trajectory:1\" version=\"1\"><title>&x;</title>"
    "<period start=\"2026-01-01\" end=\"2026-12-31\"/><tracks><track id=\"a\" group=\"joint\">A</track></tracks>"
    "</trajectory>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = load_text (text, &error);

  g_assert_null (t);
  g_assert_error (error, LP_FILE_ERROR, LP_FILE_ERROR_UNSAFE);
  g_assert_null (strstr (error->message, "root:"));
  /* the message names the DOCTYPE's line */
  g_assert_cmpuint (lp_reader_error_get_line (error), ==, 2);
  g_assert_true (g_str_has_prefix (error->message, "test.leerplaats:2: "));
}

static void
test_external_dtd (void)
{
  /* Must not connect anywhere: refused at the DOCTYPE. */
  const char *text =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE trajectory SYSTEM \"http://192.0.2.1/evil.dtd\">\n"
    "<trajectory xmlns=\"urn:leerplaats:trajectory:1\" version=\"1\"/>\n";

  assert_refused_fast (text, strlen (text), "document type declaration");
}

/* Comments, processing instructions and attributes outside the format
 * cost memory as elements do: past their limits (500,000 and 1,000) the
 * parse stops there, with the limit and the line named. */
static void
test_many_comments_and_attributes (void)
{
  const char *head = "<?xml version=\"1.0\"?>\n<trajectory xmlns=\"urn:leerplaats:trajectory:1\" version=\"1\">\n";
  g_autoptr(GString) pis = g_string_new (head);
  g_autoptr(GString) comments = g_string_new (head);
  g_autoptr(GString) attributes = g_string_new (head);

  for (guint i = 0; i <= 500000; i++)
    {
      g_string_append (pis, "<?a?>");
      g_string_append (comments, "<!---->");
    }
  for (guint i = 0; i < 11; i++)
    {
      g_string_append (attributes, "<title");
      for (guint j = 0; j < 100; j++)
        g_string_append_printf (attributes, " a%u=\"\"", j);
      g_string_append (attributes, "/>\n");
    }
  assert_refused_fast (pis->str, pis->len, ":3: the file has more than 500000 comments and processing instructions");
  assert_refused_fast (comments->str, comments->len, ":3: the file has more than 500000 comments and processing instructions");
  /* the 1,001st is on line 13 */
  assert_refused_fast (attributes->str, attributes->len,
                       ":13: the file has more than 1000 attributes that are not part of the Leerplaats format");
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) s = g_string_new ("<?xml version=\"1.0\"?>\n<trajectory xmlns=\"urn:leerplaats:trajectory:1\" version=\"1\">");

  for (int i = 0; i < 300; i++)
    g_string_append (s, "<a>");
  for (int i = 0; i < 300; i++)
    g_string_append (s, "</a>");
  g_string_append (s, "</trajectory>");
  assert_refused_fast (s->str, s->len, "too deeply");
}

static void
test_huge_text (void)
{
  gsize n = 11 * 1024 * 1024;
  g_autoptr(GString) s = g_string_sized_new (n + 200);

  g_string_append (s, "<?xml version=\"1.0\"?>\n<trajectory xmlns=\"urn:leerplaats:trajectory:1\" version=\"1\"><title>");
  for (gsize i = 0; i < n; i++)
    g_string_append_c (s, 'x');
  g_string_append (s, "</title></trajectory>");
  assert_refused_fast (s->str, s->len, NULL);
}

static void
test_random_bytes (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1234);

  for (int round = 0; round < 200; round++)
    {
      gsize n = (gsize) g_rand_int_range (rand, 1, 4096);
      g_autofree char *bytes = g_malloc (n);

      for (gsize i = 0; i < n; i++)
        bytes[i] = (char) g_rand_int_range (rand, 0, 256);
      if (round % 2)
        memcpy (bytes, "<?xml", MIN (n, 5));
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(LpTrajectory) t = lp_reader_load_data (bytes, n, "random", &error);
        g_assert_null (t);
        g_assert_nonnull (error);
      }
    }
}

static void
test_every_truncation (void)
{
  g_autofree char *text = load_fixture_text ("full.leerplaats");
  gsize n = strlen (text);

  const char *root = strstr (text, "<trajectory");
  gsize inside = (gsize) (strchr (root, '>') - text) + 1;
  gsize closed = (gsize) (strstr (text, "</trajectory>") - text);
  guint cut_off = 0;

  /* Every prefix that cuts the document short is refused, without crash;
   * one cut inside the trajectory never says there is too much text.
   * (The whole text minus its final newline is still complete.) */
  for (gsize len = 0; len < n - 1; len++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LpTrajectory) t = lp_reader_load_data (text, len, "cut", &error);

      g_assert_null (t);
      g_assert_nonnull (error);
      if (len >= inside && len < closed)
        {
          g_assert_null (strstr (error->message, "more text after the end"));
          if (strstr (error->message, "it ends before the trajectory does") != NULL)
            cut_off++;
        }
    }
  /* most cuts fall between elements, where only the length tells */
  g_assert_cmpuint (cut_off, >, (closed - inside) / 4);
  g_test_message ("%u of %" G_GSIZE_FORMAT " cuts inside the trajectory: \"ends before the trajectory does\"",
                  cut_off, closed - inside);
}

static void
test_load_file (void)
{
  g_autofree char *path = fixture_path ("full.leerplaats");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/x.leerplaats");
  g_autoptr(GError) error = NULL;
  g_autoptr(LpFileStamp) stamp = NULL;
  g_autoptr(LpTrajectory) t = lp_reader_load_file (file, &stamp, NULL, &error);
  g_autoptr(LpTrajectory) none = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_no_error (error);
  g_assert_nonnull (t);
  g_assert_nonnull (stamp);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (lp_file_stamp_get_size (stamp), ==, length);
  {
    g_autofree char *sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
    g_assert_cmpstr (lp_file_stamp_get_sha256 (stamp), ==, sha);
  }

  none = lp_reader_load_file (missing, NULL, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* A file of several MiB (its bytes asked for in huge pages) is read
 * whole: the bytes kept are the file's, byte for byte, and the trajectory
 * is the one written. */
static void
test_large_file_bytes (void)
{
  g_autoptr(LpTrajectory) sample = lp_sample_generate (3000, 6, 24, 11);
  g_autoptr(GBytes) written = lp_writer_serialize (sample);
  g_autofree char *dir = g_dir_make_tmp ("lp-reader-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "groot.leerplaats", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LpTrajectory) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;

  /* more than one huge page, and not a whole number of them */
  g_assert_cmpuint (g_bytes_get_size (written), >, 2 * 1024 * 1024);
  g_assert_cmpuint (g_bytes_get_size (written) % (2 * 1024 * 1024), !=, 0);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (written, NULL), (gssize) g_bytes_get_size (written), NULL));
  loaded = lp_reader_load_file_bytes (file, NULL, &bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   g_bytes_get_data (written, NULL), g_bytes_get_size (written));
  g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_modules (loaded)), ==, 3000);
  again = lp_writer_serialize (loaded);
  g_assert_true (g_bytes_equal (again, written));
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lp_reader_init ();

  g_test_add_func ("/io/reader/full-fixture", test_full_fixture);
  g_test_add_func ("/io/reader/schema-white-space", test_schema_white_space);
  g_test_add_func ("/io/reader/round-trip", test_round_trip);
  g_test_add_func ("/io/reader/load-file", test_load_file);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/io/reader/refused/%s", bad_cases[i].name);
      g_test_add_data_func (path, &bad_cases[i], test_bad_case);
    }
  g_test_add_func ("/io/reader/error-line-carried", test_error_line_carried);
  g_test_add_func ("/io/reader/lines-past-16-bits", test_lines_past_16_bits);
  g_test_add_func ("/io/reader/refused/date-and-time-attributes", test_when_messages);
  g_test_add_func ("/io/reader/hostile/billion-laughs", test_billion_laughs);
  g_test_add_func ("/io/reader/hostile/external-entity", test_external_entity);
  g_test_add_func ("/io/reader/hostile/external-dtd", test_external_dtd);
  g_test_add_func ("/io/reader/large-file-bytes", test_large_file_bytes);
  g_test_add_func ("/io/reader/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/io/reader/hostile/many-comments-and-attributes", test_many_comments_and_attributes);
  g_test_add_func ("/io/reader/hostile/huge-text", test_huge_text);
  g_test_add_func ("/io/reader/hostile/random-bytes", test_random_bytes);
  g_test_add_func ("/io/reader/hostile/every-truncation", test_every_truncation);

  return g_test_run ();
}
