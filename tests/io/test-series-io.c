/* test-series-io.c — a module's series="…": read, written only when set,
 * kept through a round trip; files without it load as before; a value that
 * is not an id is refused with its line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "io/lp-reader.h"
#include "io/lp-writer.h"
#include "core/lp-date.h"
#include "core/lp-series.h"
#include "refusal-util.h"

#define HEAD \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<trajectory xmlns=\"urn:leerplaats:trajectory:1\" version=\"1\">\n" \
  "  <title>T</title>\n" \
  "  <period start=\"2026-09-01\" end=\"2027-06-30\"/>\n" \
  "  <tracks>\n" \
  "    <track id=\"t1\" group=\"joint\">Gezamenlijk</track>\n" \
  "  </tracks>\n" \
  "  <modules>\n"
#define TAIL \
  "  </modules>\n" \
  "</trajectory>\n"
#define MODULE(id, start, extra) \
  "    <module id=\"" id "\" kind=\"meal-conversation\" track=\"t1\" start=\"" start "\" end=\"" start "\"" \
  extra ">\n    </module>\n"

static LpTrajectory *
load (const char *text,
      GError    **error)
{
  return lp_reader_load_data (text, strlen (text), "series.leerplaats", error);
}

static const char *
series_of (LpTrajectory *t,
           const char   *id)
{
  return lp_module_get_series (lp_trajectory_lookup_module (t, id));
}

/* Written exactly as the SPEC shows it: after the times, before the children. */
static void
test_round_trip (void)
{
  const char *text = HEAD
    "    <module id=\"m1\" kind=\"meal-conversation\" track=\"t1\" start=\"2026-10-06\" end=\"2026-10-06\" "
    "status=\"confirmed\" start-time=\"17:30\" end-time=\"20:30\" series=\"s1\">\n"
    "      <title>Tijdmaal 1</title>\n"
    "    </module>\n"
    MODULE ("m2", "2026-11-03", " series=\"s1\"")
    MODULE ("m3", "2026-12-01", "") TAIL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = load (text, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LpTrajectory) again = NULL;
  g_autofree char *written = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (series_of (t, "m1"), ==, "s1");
  g_assert_cmpstr (series_of (t, "m2"), ==, "s1");
  g_assert_null (series_of (t, "m3"));

  bytes = lp_writer_serialize (t);
  written = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (written, "start-time=\"17:30\" end-time=\"20:30\" series=\"s1\">\n"
                                     "      <title>Tijdmaal 1</title>"));
  g_assert_nonnull (strstr (written, "<module id=\"m3\" kind=\"meal-conversation\" track=\"t1\" "
                                     "start=\"2026-12-01\" end=\"2026-12-01\" status=\"draft\">"));

  again = load (written, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (series_of (again, "m2"), ==, "s1");
  g_assert_null (series_of (again, "m3"));
}

/* A copy keeps the series; setting "" leaves the series. */
static void
test_copy_and_clear (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = load (HEAD MODULE ("m1", "2026-10-06", " series=\"s1\"") TAIL, &error);
  g_autoptr(LpModule) copy = NULL;
  LpModule *m1;

  g_assert_no_error (error);
  m1 = lp_trajectory_lookup_module (t, "m1");
  copy = lp_module_copy (m1, "m9");
  g_assert_cmpstr (lp_module_get_series (copy), ==, "s1");
  lp_module_set_series (copy, "");
  g_assert_null (lp_module_get_series (copy));
}

static void
test_bad_value_refused (void)
{
  const char *bad[] = { " series=\"\"", " series=\"1s\"", " series=\"s 1\"" };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text = g_strconcat (HEAD MODULE ("m1", "2026-10-06", ""), "",
                                           "    <module id=\"m2\" kind=\"intervision\" track=\"t1\" "
                                           "start=\"2026-10-07\" end=\"2026-10-07\"", bad[i], ">\n    </module>\n",
                                           TAIL, NULL);

      g_test_message ("%s", bad[i]);
      assert_load_refused (text, "series.leerplaats", 11,
                           "is not a valid value for the attribute “series” of <module>");
    }
}

/* A series made with lp_series_apply is saved and loads back: the same
 * members (m3 every 2 weeks, 3 times: 1, 15, 29 Dec 2026) in series "s2",
 * since "s1" is taken; after undo the file has no "s2" at all. */
static void
test_apply_through_file (void)
{
  const char *text = HEAD
    MODULE ("m1", "2026-10-06", " series=\"s1\"")
    MODULE ("m3", "2026-12-01", "") TAIL;
  const LpDate want[] = { lp_date_from_dmy (1, 12, 2026), lp_date_from_dmy (15, 12, 2026),
                          lp_date_from_dmy (29, 12, 2026) };
  LpSeriesRule rule = { LP_SERIES_EVERY_N_WEEKS, 2, LP_DATE_NONE, 3 };
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = load (text, &error);
  g_autoptr(LpTrajectory) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GPtrArray) members = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (lp_series_apply (t, lp_trajectory_lookup_module (t, "m3"), &rule, NULL), ==, 2);
  bytes = lp_writer_serialize (t);
  again = lp_reader_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                               "again.leerplaats", &error);
  g_assert_no_error (error);
  members = lp_series_get_members (again, "s2");
  g_assert_cmpuint (members->len, ==, G_N_ELEMENTS (want));
  g_assert_cmpstr (lp_module_get_id (g_ptr_array_index (members, 0)), ==, "m3");
  for (guint i = 0; i < members->len; i++)
    g_assert_cmpuint (lp_module_get_start (g_ptr_array_index (members, i)), ==, want[i]);
  g_assert_cmpstr (series_of (again, "m1"), ==, "s1");

  g_assert_true (lp_history_undo (lp_trajectory_get_history (t)));
  undone = lp_writer_serialize (t);
  g_assert_null (g_strstr_len (g_bytes_get_data (undone, NULL), g_bytes_get_size (undone),
                               "series=\"s2\""));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  lp_reader_init ();

  g_test_add_func ("/io/series/round-trip", test_round_trip);
  g_test_add_func ("/io/series/copy-and-clear", test_copy_and_clear);
  g_test_add_func ("/io/series/bad-value-refused", test_bad_value_refused);
  g_test_add_func ("/io/series/apply-through-file", test_apply_through_file);
  return g_test_run ();
}
