/* test-agenda.c — day programmes in the file: written in the format's
 * order, read back equal, and refused with the line when wrong
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "core/lp-date.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"
#include "refusal-util.h"

#define HEAD \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<trajectory xmlns=\"urn:leerplaats:trajectory:1\" version=\"1\">\n" \
  "  <title>T</title>\n" \
  "  <period start=\"2026-09-01\" end=\"2027-08-31\"/>\n" \
  "  <tracks>\n" \
  "    <track id=\"joint\" group=\"joint\">Gezamenlijk</track>\n" \
  "  </tracks>\n" \
  "  <modules>\n"
#define TAIL \
  "  </modules>\n" \
  "</trajectory>\n"

/* A two-day module with a programme over both days (line 9 opens it). */
static const char two_days[] =
  HEAD
  "    <module id=\"m1\" kind=\"two-day-session\" track=\"joint\" start=\"2026-10-01\" end=\"2026-10-02\" status=\"draft\" start-time=\"09:00\" end-time=\"17:00\">\n"
  "      <title>Leergang, tweedaagse</title>\n"
  "      <description>Twee dagen.</description>\n"
  "      <agenda>\n"
  "        <item start-time=\"09:00\" end-time=\"09:30\" day=\"1\">\n"
  "          <title>Welkom &amp; koffie</title>\n"
  "        </item>\n"
  "        <item start-time=\"09:30\" end-time=\"11:00\" day=\"1\">\n"
  "          <title>Rollenspel</title>\n"
  "          <who>Acteurs van “De Spiegel”</who>\n"
  "          <description>In drietallen:\nwethouder, ambtenaar, waarnemer.</description>\n"
  "        </item>\n"
  "        <item start-time=\"13:00\" end-time=\"16:30\" day=\"2\">\n"
  "          <title>Snelkookpan</title>\n"
  "        </item>\n"
  "      </agenda>\n"
  "      <notes>N</notes>\n"
  "    </module>\n"
  TAIL;

static LpTrajectory *
load (const char *text, GError **error)
{
  return lp_reader_load_data (text, strlen (text), "test.leerplaats", error);
}

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = load (two_days, &error);
  g_autoptr(GBytes) bytes = NULL;
  const LpAgenda *agenda;
  const LpAgendaItem *item;

  g_assert_no_error (error);
  agenda = lp_module_get_agenda (lp_trajectory_lookup_module (t, "m1"));
  g_assert_cmpuint (lp_agenda_get_n_items (agenda), ==, 3);
  item = lp_agenda_get_item (agenda, 0);
  g_assert_cmpstr (item->title, ==, "Welkom & koffie");
  g_assert_cmpint (item->start, ==, 9 * 60);
  g_assert_cmpint (item->end, ==, 9 * 60 + 30);
  g_assert_null (item->who);
  item = lp_agenda_get_item (agenda, 1);
  g_assert_cmpstr (item->who, ==, "Acteurs van “De Spiegel”");
  g_assert_cmpstr (item->description, ==, "In drietallen:\nwethouder, ambtenaar, waarnemer.");
  item = lp_agenda_get_item (agenda, 2);
  g_assert_cmpuint (item->day, ==, 2);
  g_assert_cmpint (item->end, ==, 16 * 60 + 30);

  /* Written back byte for byte: the same order, indentation and escapes. */
  bytes = lp_writer_serialize (t);
  g_assert_cmpstr (g_bytes_get_data (bytes, NULL), ==, two_days);
}

/* A one-day module's items are written without day="1" and read as day 1. */
static void
test_one_day_leaves_out_day (void)
{
  static const char text[] =
    HEAD
    "    <module id=\"m1\" kind=\"meal-conversation\" track=\"joint\" start=\"2026-10-01\" end=\"2026-10-01\" status=\"draft\">\n"
    "      <agenda>\n"
    "        <item start-time=\"18:00\" end-time=\"18:30\">\n"
    "          <title>Aankomst</title>\n"
    "        </item>\n"
    "      </agenda>\n"
    "    </module>\n"
    TAIL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = load (text, &error);
  g_autoptr(GBytes) bytes = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (lp_agenda_get_item (lp_module_get_agenda (lp_trajectory_lookup_module (t, "m1")), 0)->day, ==, 1);
  bytes = lp_writer_serialize (t);
  g_assert_cmpstr (g_bytes_get_data (bytes, NULL), ==, text);
}

/* Replaces the first occurrence of @from in the two-day file by @to. */
static char *
two_days_with (const char *from, const char *to)
{
  const char *at = strstr (two_days, from);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - two_days), two_days, to, at + strlen (from));
}

static void
assert_refused (const char *from, const char *to, guint line, const char *words)
{
  g_autofree char *text = two_days_with (from, to);

  assert_load_refused (text, "test.leerplaats", line, words);
}

static void
test_refuse_end_before_start (void)
{
  assert_refused ("start-time=\"09:30\" end-time=\"11:00\"", "start-time=\"09:30\" end-time=\"09:00\"",
                  16, "does not end after it starts (09:30 to 09:00)");
  assert_refused ("start-time=\"09:30\" end-time=\"11:00\"", "start-time=\"09:30\" end-time=\"09:30\"",
                  16, "does not end after it starts (09:30 to 09:30)");
}

static void
test_refuse_no_title (void)
{
  assert_refused ("<title>Rollenspel</title>", "<title>  </title>", 16, "has no title");
  assert_refused ("<title>Rollenspel</title>\n", "", 16, "has no title");
}

/* A programme item on a day the module does not have: refused, naming
 * the day and the module's length (one day in the singular). */
static void
test_refuse_day_beyond (void)
{
  g_autofree char *one_day = NULL;
  g_autoptr(GError) error = NULL;

  assert_refused ("day=\"2\"", "day=\"3\"", 22, "names day 3, but the module lasts 2 days");
  assert_refused ("day=\"2\"", "day=\"0\"", 22, "0");
  assert_refused ("end=\"2026-10-02\"", "end=\"2026-10-01\"", 22, "names day 2, but the module lasts 1 day");
  one_day = two_days_with ("end=\"2026-10-02\"", "end=\"2026-10-01\"");
  g_assert_null (lp_reader_load_data (one_day, strlen (one_day), "test.leerplaats", &error));
  g_assert_true (g_str_has_suffix (error->message, "but the module lasts 1 day"));
}

static void
test_refuse_bad_time (void)
{
  assert_refused ("end-time=\"16:30\"", "end-time=\"25:30\"", 22, "“25:30” is not a valid time");
}

/* A module made shorter than its programme still saves a file that loads:
 * the items of the days it lost are written on its last day. */
static void
test_shortened_module_saves (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = load (two_days, &error);
  g_autoptr(LpTrajectory) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  LpModule *m = lp_trajectory_lookup_module (t, "m1");
  const LpAgenda *agenda;

  g_autoptr(LpAgenda) three = NULL;

  g_assert_no_error (error);
  /* three days with an item on the third, then two days again */
  lp_module_set_end (m, lp_module_get_start (m) + 2);
  three = lp_agenda_copy (lp_module_get_agenda (m));
  lp_agenda_add (three, lp_agenda_item_new (3, 9 * 60, 10 * 60, "Terugkomdag", NULL, NULL));
  lp_module_set_agenda (m, three);
  lp_module_set_end (m, lp_module_get_start (m) + 1);
  bytes = lp_writer_serialize (t);
  again = load (g_bytes_get_data (bytes, NULL), &error);
  g_assert_no_error (error);
  agenda = lp_module_get_agenda (lp_trajectory_lookup_module (again, "m1"));
  g_assert_cmpuint (lp_agenda_get_n_items (agenda), ==, 4);
  g_assert_cmpuint (lp_agenda_get_last_day (agenda), ==, 2);
}

/* A long programme (more than a thousand of its elements) is part of the
 * format, not counted against the limit on unknown elements. */
static void
test_long_programme (void)
{
  GString *text = g_string_new (HEAD);
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = NULL;
  g_autofree char *data = NULL;

  g_string_append (text, "    <module id=\"m1\" kind=\"two-day-session\" track=\"joint\" start=\"2026-10-01\" "
                         "end=\"2026-10-02\">\n      <agenda>\n");
  for (int i = 0; i < 600; i++)
    g_string_append_printf (text, "        <item start-time=\"%02d:%02d\" end-time=\"%02d:%02d\" day=\"%d\">"
                                  "<title>Ronde %d</title><who>Trainer</who></item>\n",
                            (i % 300) * 4 / 60, (i % 300) * 4 % 60, ((i % 300) * 4 + 3) / 60,
                            ((i % 300) * 4 + 3) % 60, i / 300 + 1, i);
  g_string_append (text, "      </agenda>\n    </module>\n" TAIL);
  data = g_string_free (text, FALSE);
  t = load (data, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lp_agenda_get_n_items (lp_module_get_agenda (lp_trajectory_lookup_module (t, "m1"))), ==, 600);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lp_reader_init ();

  g_test_add_func ("/io/agenda/round-trip", test_round_trip);
  g_test_add_func ("/io/agenda/one-day-leaves-out-day", test_one_day_leaves_out_day);
  g_test_add_func ("/io/agenda/refuse-end-before-start", test_refuse_end_before_start);
  g_test_add_func ("/io/agenda/refuse-no-title", test_refuse_no_title);
  g_test_add_func ("/io/agenda/refuse-day-beyond", test_refuse_day_beyond);
  g_test_add_func ("/io/agenda/refuse-bad-time", test_refuse_bad_time);
  g_test_add_func ("/io/agenda/long-programme", test_long_programme);
  g_test_add_func ("/io/agenda/shortened-module-saves", test_shortened_module_saves);
  return g_test_run ();
}
