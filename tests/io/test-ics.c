/* test-ics.c — the iCalendar export read back by libical
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libical/ical.h>
#include <string.h>

#include "core/lp-date.h"
#include "core/lp-library.h"
#include "io/lp-ics-text.h"
#include "io/lp-ics-writer.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"

#define STAMP 1790000000  /* 2026-09-22 13:33:20 UTC */

static LpTrajectory *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "files", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LpTrajectory *t = lp_reader_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return t;
}

static char *
serialize (LpTrajectory *t, const LpIcsOptions *options)
{
  g_autoptr(GBytes) bytes = lp_ics_serialize (t, options);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* libical's parse, with the RFC 5545 restrictions checked: no errors. */
static icalcomponent *
parse_checked (const char *text)
{
  icalcomponent *cal = icalparser_parse_string (text);

  g_assert_nonnull (cal);
  g_assert_cmpint (icalcomponent_isa (cal), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalrestriction_check (cal), ==, 1);
  g_assert_cmpint (icalcomponent_count_errors (cal), ==, 0);
  return cal;
}

static icalcomponent *
find_event (icalcomponent *cal, const char *uid)
{
  for (icalcomponent *c = icalcomponent_get_first_component (cal, ICAL_VEVENT_COMPONENT); c != NULL;
       c = icalcomponent_get_next_component (cal, ICAL_VEVENT_COMPONENT))
    if (g_strcmp0 (icalcomponent_get_uid (c), uid) == 0)
      return c;
  return NULL;
}

static void
assert_date (struct icaltimetype t, LpDate date)
{
  guint d, m, y;

  lp_date_to_dmy (date, &d, &m, &y);
  g_assert_cmpint (t.year, ==, (int) y);
  g_assert_cmpint (t.month, ==, (int) m);
  g_assert_cmpint (t.day, ==, (int) d);
}

static void
assert_local_time (icalcomponent *ev, icalproperty_kind kind, LpDate date, int minutes)
{
  icalproperty *p = icalcomponent_get_first_property (ev, kind);
  icalparameter *tz = icalproperty_get_first_parameter (p, ICAL_TZID_PARAMETER);
  struct icaltimetype t = kind == ICAL_DTSTART_PROPERTY ? icalproperty_get_dtstart (p) : icalproperty_get_dtend (p);

  g_assert_nonnull (tz);
  g_assert_cmpstr (icalparameter_get_tzid (tz), ==, "Europe/Amsterdam");
  g_assert_false (t.is_date);
  assert_date (t, date);
  g_assert_cmpint (t.hour * 60 + t.minute, ==, minutes);
  g_assert_cmpint (t.second, ==, 0);
}

static char *
categories_of (icalcomponent *ev)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  for (icalproperty *p = icalcomponent_get_first_property (ev, ICAL_CATEGORIES_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property (ev, ICAL_CATEGORIES_PROPERTY))
    g_ptr_array_add (all, (gpointer) icalproperty_get_categories (p));
  g_ptr_array_add (all, NULL);
  return g_strjoinv ("|", (char **) all->pdata);
}

/* When: all-day (exclusive end), timed on one day, daily repeats, or one stretch. */
static void
check_when (icalcomponent *ev, LpModule *m)
{
  LpDate start = lp_module_get_start (m), end = lp_module_get_end (m);
  int t0 = lp_module_get_start_time (m), t1 = lp_module_get_end_time (m);
  icalproperty *rrule = icalcomponent_get_first_property (ev, ICAL_RRULE_PROPERTY);

  if (t0 == LP_TIME_NONE)
    {
      g_assert_true (icalcomponent_get_dtstart (ev).is_date);
      assert_date (icalcomponent_get_dtstart (ev), start);
      assert_date (icalcomponent_get_dtend (ev), end + 1);
      g_assert_null (rrule);
      return;
    }
  assert_local_time (ev, ICAL_DTSTART_PROPERTY, start, t0);
  if (start != end && t1 > t0)
    {
      struct icalrecurrencetype r = icalproperty_get_rrule (rrule);

      assert_local_time (ev, ICAL_DTEND_PROPERTY, start, t1);
      g_assert_cmpint (r.freq, ==, ICAL_DAILY_RECURRENCE);
      g_assert_cmpint (r.count, ==, (int) lp_module_get_n_days (m));
    }
  else
    {
      assert_local_time (ev, ICAL_DTEND_PROPERTY, end, t1);
      g_assert_null (rrule);
    }
}

/* Each programme item is a line "HH:MM–HH:MM Title (who)", in order; in a
 * module of several days the line before a day's first item names its date. */
static void
check_agenda (const char *description, LpModule *m)
{
  const LpAgenda *agenda = lp_module_get_agenda (m);
  gboolean by_day = lp_module_get_n_days (m) > 1;
  const char *at = description;
  guint day = 0;

  for (guint i = 0; i < lp_agenda_get_n_items (agenda); i++)
    {
      const LpAgendaItem *item = lp_agenda_get_item (agenda, i);
      char a[LP_TIME_TEXT_SIZE], b[LP_TIME_TEXT_SIZE];
      g_autofree char *line = g_strdup_printf ("\n%s–%s %s%s%s%s\n", lp_time_format (item->start, a),
                                               lp_time_format (item->end, b), item->title,
                                               item->who ? " (" : "", item->who ? item->who : "",
                                               item->who ? ")" : "");
      const char *found;

      /* the last line has no newline after it */
      if (i + 1 == lp_agenda_get_n_items (agenda))
        line[strlen (line) - 1] = '\0';
      found = strstr (at, line);
      g_assert_nonnull (found);
      if (by_day && item->day != day)
        {
          g_autofree char *date = lp_date_format_display (lp_module_get_start (m) + item->day - 1);
          g_autofree char *number = g_strdup_printf ("%u", item->day);
          const char *start = found;
          g_autofree char *heading = NULL;

          while (start > description && start[-1] != '\n')
            start--;
          heading = g_strndup (start, found - start);
          g_assert_true (g_str_has_suffix (heading, date));
          g_assert_nonnull (strstr (heading, number));
          day = item->day;
        }
      at = found + 1;
    }
  if (lp_agenda_get_n_items (agenda) == 0)
    g_assert_null (strstr (description, "–"));
}

static void
check_module (LpTrajectory *t, icalcomponent *ev, LpModule *m)
{
  LpKind *kind = lp_trajectory_get_module_kind (t, m);
  g_autofree char *categories = categories_of (ev);
  g_autofree char *expected = g_strdup_printf ("%s|%s", lp_theme_get_name (lp_kind_get_theme (kind)),
                                               lp_kind_get_name (kind));
  const char *description = icalcomponent_get_description (ev);
  const char * const *facilitators = lp_module_get_facilitators (m);
  LpStatus status = lp_module_get_status (m);

  g_assert_cmpstr (icalcomponent_get_summary (ev), ==, lp_trajectory_get_module_title (t, m));
  g_assert_cmpstr (icalcomponent_get_location (ev), ==, lp_module_get_location (m));
  g_assert_cmpstr (categories, ==, expected);
  g_assert_cmpint (icalcomponent_get_status (ev), ==,
                   status == LP_STATUS_IDEA || status == LP_STATUS_DRAFT ? ICAL_STATUS_TENTATIVE
                                                                         : ICAL_STATUS_CONFIRMED);
  g_assert_cmpint (icaltime_as_timet (icalcomponent_get_dtstamp (ev)), ==, STAMP);
  for (const char * const *f = facilitators; f != NULL && *f != NULL; f++)
    g_assert_nonnull (strstr (description, *f));
  if (lp_module_get_goals (m) != NULL)
    g_assert_nonnull (strstr (description, lp_module_get_goals (m)));
  if (lp_module_get_preparation (m) != NULL)
    g_assert_nonnull (strstr (description, lp_module_get_preparation (m)));
  if (lp_module_get_description (m) != NULL)
    g_assert_nonnull (strstr (description, lp_module_get_description (m)));
  check_agenda (description ? description : "", m);
  check_when (ev, m);
}

static char *
module_uid (LpTrajectory *t, LpModule *m)
{
  return g_strdup_printf ("%s-module-%s@leerplaats", lp_trajectory_get_uid (t), lp_module_get_id (m));
}

/* Every module is one event whose fields match the document. */
static void
test_events_match_document (void)
{
  g_autoptr(LpTrajectory) t = load_fixture ("calendar.leerplaats");
  LpIcsOptions options = { NULL, FALSE, NULL, STAMP };
  g_autofree char *text = serialize (t, &options);
  icalcomponent *cal = parse_checked (text);
  GListModel *modules = lp_trajectory_get_modules (t);
  icalproperty *name = icalcomponent_get_first_property (cal, ICAL_X_PROPERTY);

  g_assert_cmpstr (icalproperty_get_x_name (name), ==, "X-WR-CALNAME");
  g_assert_cmpstr (icalproperty_get_x (name), ==, lp_trajectory_get_title (t));
  g_assert_cmpstr (icalproperty_get_version (icalcomponent_get_first_property (cal, ICAL_VERSION_PROPERTY)), ==, "2.0");
  g_assert_nonnull (icalcomponent_get_first_property (cal, ICAL_PRODID_PROPERTY));
  g_assert_cmpstr (icalproperty_get_tzid (icalcomponent_get_first_property (
                     icalcomponent_get_first_component (cal, ICAL_VTIMEZONE_COMPONENT), ICAL_TZID_PROPERTY)),
                   ==, "Europe/Amsterdam");
  g_assert_cmpint (icalcomponent_count_components (cal, ICAL_VEVENT_COMPONENT), ==,
                   g_list_model_get_n_items (modules));
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      g_autofree char *uid = module_uid (t, m);
      icalcomponent *ev = find_event (cal, uid);

      g_assert_nonnull (ev);
      check_module (t, ev, m);
    }
  icalcomponent_free (cal);
}

/* Milestones, when asked: all-day, one day, transparent. */
static void
test_milestones (void)
{
  g_autoptr(LpTrajectory) t = load_fixture ("calendar.leerplaats");
  LpIcsOptions options = { NULL, TRUE, NULL, STAMP };
  g_autofree char *text = serialize (t, &options);
  icalcomponent *cal = parse_checked (text);
  GListModel *milestones = lp_trajectory_get_milestones (t);

  g_assert_cmpint (icalcomponent_count_components (cal, ICAL_VEVENT_COMPONENT), ==,
                   g_list_model_get_n_items (lp_trajectory_get_modules (t)) + g_list_model_get_n_items (milestones));
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(LpMilestone) ms = g_list_model_get_item (milestones, i);
      g_autofree char *uid = g_strdup_printf ("%s-milestone-%s@leerplaats", lp_trajectory_get_uid (t),
                                              lp_milestone_get_id (ms));
      icalcomponent *ev = find_event (cal, uid);

      g_assert_nonnull (ev);
      g_assert_cmpstr (icalcomponent_get_summary (ev), ==, lp_milestone_get_label (ms));
      g_assert_true (icalcomponent_get_dtstart (ev).is_date);
      assert_date (icalcomponent_get_dtstart (ev), lp_milestone_get_date (ms));
      assert_date (icalcomponent_get_dtend (ev), lp_milestone_get_date (ms) + 1);
      g_assert_cmpint (icalproperty_get_transp (icalcomponent_get_first_property (ev, ICAL_TRANSP_PROPERTY)),
                       ==, ICAL_TRANSP_TRANSPARENT);
    }
  icalcomponent_free (cal);
}

/* Only the chosen tracks' modules. */
static void
test_tracks (void)
{
  g_autoptr(LpTrajectory) t = load_fixture ("calendar.leerplaats");
  const char *ids[] = { "college", NULL };
  LpIcsOptions options = { ids, FALSE, NULL, STAMP };
  g_autofree char *text = serialize (t, &options);
  icalcomponent *cal = parse_checked (text);

  g_assert_cmpint (icalcomponent_count_components (cal, ICAL_VEVENT_COMPONENT), ==, 2);
  g_assert_nonnull (find_event (cal, "6f1c0c3e-8a52-4f7e-9d0b-2b7a1e0c5d44-module-m2@leerplaats"));
  g_assert_nonnull (find_event (cal, "6f1c0c3e-8a52-4f7e-9d0b-2b7a1e0c5d44-module-m5@leerplaats"));
  icalcomponent_free (cal);
}

/* CRLF after every line, none longer than 75 octets, each valid UTF-8. */
static void
test_lines (void)
{
  g_autoptr(LpTrajectory) t = load_fixture ("calendar.leerplaats");
  g_autofree char *text = serialize (t, NULL);
  g_auto(GStrv) lines = NULL;
  guint folded = 0;

  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));
  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      g_assert_cmpint (p > text ? p[-1] : 0, ==, '\r');
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      g_assert_null (strchr (lines[i], '\r'));
      folded += lines[i][0] == ' ';
    }
  g_assert_cmpuint (folded, >, 0);
}

/* A fold never splits a character: 74 octets then a 2-octet é. */
static void
test_fold_boundary (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) line = g_string_new ("SUMMARY:");

  while (line->len < 74)
    g_string_append_c (line, 'a');
  g_string_append (line, "éb");
  lp_ics_append_line (out, line->str);
  g_assert_cmpuint (strlen (out->str), ==, 74 + 2 + 1 + 3 + 2);
  g_assert_true (g_str_has_prefix (out->str + 74, "\r\n é"));

  g_string_truncate (out, 0);
  lp_ics_append_line (out, "SUMMARY:short");
  g_assert_cmpstr (out->str, ==, "SUMMARY:short\r\n");
}

static void
test_escaping (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  lp_ics_append_escaped (out, "a,b;c\\d\ne\r\tf");
  g_assert_cmpstr (out->str, ==, "a\\,b\\;c\\\\d\\nef");
}

/* UIDs depend on the trajectory's uid and the module's id, not on the time. */
static void
test_stable_uids (void)
{
  g_autoptr(LpTrajectory) t = load_fixture ("calendar.leerplaats");
  LpIcsOptions a = { NULL, FALSE, NULL, STAMP }, b = { NULL, FALSE, NULL, STAMP + 86400 };
  g_autofree char *ta = serialize (t, &a), *tb = serialize (t, &b);
  g_autofree char *uid1 = lp_ics_make_uid ("/tmp/x.leerplaats"), *uid2 = lp_ics_make_uid ("/tmp/x.leerplaats");
  g_autofree char *uid3 = lp_ics_make_uid ("/tmp/y.leerplaats"), *random = lp_ics_make_uid (NULL);
  g_autoptr(GRegex) uuid = g_regex_new ("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", 0, 0, NULL);
  g_autofree char *stamp_a = NULL;

  g_assert_cmpstr (uid1, ==, uid2);
  g_assert_cmpstr (uid1, !=, uid3);
  g_assert_true (g_regex_match (uuid, uid1, 0, NULL));
  g_assert_true (g_uuid_string_is_valid (random));
  /* the same text but for DTSTAMP */
  g_assert_cmpuint (strlen (ta), ==, strlen (tb));
  stamp_a = g_strdup (strstr (ta, "DTSTAMP:"));
  g_assert_nonnull (strstr (ta, "-module-m1@leerplaats"));
  g_assert_cmpint (strstr (ta, "-module-m1@") - ta, ==, strstr (tb, "-module-m1@") - tb);
}

/* Without a uid of its own the trajectory's events take the one given. */
static void
test_fallback_uid (void)
{
  g_autoptr(LpTrajectory) t = load_fixture ("calendar.leerplaats");
  LpIcsOptions options = { NULL, FALSE, "00000000-0000-5000-8000-000000000001", STAMP };
  g_autofree char *text = NULL;

  lp_trajectory_load_uid (t, NULL);
  text = serialize (t, &options);
  g_assert_nonnull (strstr (text, "UID:00000000-0000-5000-8000-000000000001-module-m1@leerplaats\r\n"));
}

/* The file keeps uid and school region through a save. */
static void
test_file_round_trip (void)
{
  g_autoptr(LpTrajectory) t = load_fixture ("calendar.leerplaats");
  g_autoptr(GBytes) bytes = lp_writer_serialize (t);
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) back = lp_reader_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                                      "round-trip", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (lp_trajectory_get_uid (back), ==, "6f1c0c3e-8a52-4f7e-9d0b-2b7a1e0c5d44");
  g_assert_cmpstr (lp_trajectory_get_school_region (back), ==, "midden");
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL),
                            "version=\"1\" uid=\"6f1c0c3e-8a52-4f7e-9d0b-2b7a1e0c5d44\">\n"));
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "  <calendar school-region=\"midden\"/>\n"));
}

static LpTrajectory *
load_text (const char *xml)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-ics-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "t.leerplaats", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LpTrajectory *t;

  g_assert_true (g_file_set_contents (path, xml, -1, NULL));
  t = lp_reader_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  return t;
}

static void
assert_duration (icalcomponent *ev, int days, int hours, int minutes)
{
  icalproperty *p = icalcomponent_get_first_property (ev, ICAL_DURATION_PROPERTY);
  struct icaldurationtype d;

  g_assert_nonnull (p);
  g_assert_null (icalcomponent_get_first_property (ev, ICAL_DTEND_PROPERTY));
  d = icalproperty_get_duration (p);
  g_assert_cmpint (d.weeks * 7 + (int) d.days, ==, days);
  g_assert_cmpint ((int) d.hours, ==, hours);
  g_assert_cmpint ((int) d.minutes, ==, minutes);
}

/* A module with a start time only runs to the end of its last day, one
 * with an end time only from the start of its first (one event, no daily
 * repeat); on 31 December 9999, where no next day can be written, the end
 * is a DURATION (the text of every event passes libical's checks). */
static void
test_one_time_and_last_day (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trajectory xmlns=\"urn:leerplaats:trajectory:1\" version=\"1\" uid=\"6f1c0c3e-8a52-4f7e-9d0b-2b7a1e0c5d45\">\n"
    "<title>T</title><period start=\"9999-01-01\" end=\"9999-12-31\"/>\n"
    "<tracks><track id=\"a\" group=\"joint\">A</track></tracks>\n"
    "<modules>\n"
    "<module id=\"s\" kind=\"empathy\" track=\"a\" start=\"9999-03-02\" end=\"9999-03-02\" start-time=\"09:00\"/>\n"
    "<module id=\"e\" kind=\"empathy\" track=\"a\" start=\"9999-03-02\" end=\"9999-03-03\" end-time=\"16:30\"/>\n"
    "<module id=\"d\" kind=\"empathy\" track=\"a\" start=\"9999-12-30\" end=\"9999-12-31\"/>\n"
    "<module id=\"t\" kind=\"empathy\" track=\"a\" start=\"9999-12-30\" end=\"9999-12-31\" start-time=\"09:30\"/>\n"
    "</modules>\n"
    "<milestones><milestone id=\"x\" kind=\"election\" date=\"9999-12-31\">Einde</milestone></milestones>\n"
    "</trajectory>\n";
  g_autoptr(LpTrajectory) t = load_text (xml);
  LpIcsOptions options = { NULL, TRUE, NULL, STAMP };
  g_autofree char *text = serialize (t, &options);
  icalcomponent *cal = parse_checked (text);
  icalcomponent *s = find_event (cal, "6f1c0c3e-8a52-4f7e-9d0b-2b7a1e0c5d45-module-s@leerplaats");
  icalcomponent *e = find_event (cal, "6f1c0c3e-8a52-4f7e-9d0b-2b7a1e0c5d45-module-e@leerplaats");
  icalcomponent *d = find_event (cal, "6f1c0c3e-8a52-4f7e-9d0b-2b7a1e0c5d45-module-d@leerplaats");
  icalcomponent *tm = find_event (cal, "6f1c0c3e-8a52-4f7e-9d0b-2b7a1e0c5d45-module-t@leerplaats");
  icalcomponent *x = find_event (cal, "6f1c0c3e-8a52-4f7e-9d0b-2b7a1e0c5d45-milestone-x@leerplaats");

  g_assert_nonnull (s);
  assert_local_time (s, ICAL_DTSTART_PROPERTY, lp_date_from_dmy (2, 3, 9999), 9 * 60);
  assert_local_time (s, ICAL_DTEND_PROPERTY, lp_date_from_dmy (3, 3, 9999), 0);
  g_assert_nonnull (e);
  assert_local_time (e, ICAL_DTSTART_PROPERTY, lp_date_from_dmy (2, 3, 9999), 0);
  assert_local_time (e, ICAL_DTEND_PROPERTY, lp_date_from_dmy (3, 3, 9999), 16 * 60 + 30);
  g_assert_null (icalcomponent_get_first_property (e, ICAL_RRULE_PROPERTY));
  g_assert_nonnull (d);
  g_assert_true (icalcomponent_get_dtstart (d).is_date);
  assert_date (icalcomponent_get_dtstart (d), lp_date_from_dmy (30, 12, 9999));
  assert_duration (d, 2, 0, 0);
  g_assert_nonnull (tm);
  assert_local_time (tm, ICAL_DTSTART_PROPERTY, lp_date_from_dmy (30, 12, 9999), 9 * 60 + 30);
  assert_duration (tm, 1, 14, 30);
  g_assert_nonnull (x);
  assert_duration (x, 1, 0, 0);
  g_assert_null (strstr (text, "10000"));
  icalcomponent_free (cal);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lp_reader_init ();

  g_test_add_func ("/ics/events-match-document", test_events_match_document);
  g_test_add_func ("/ics/milestones", test_milestones);
  g_test_add_func ("/ics/tracks", test_tracks);
  g_test_add_func ("/ics/lines", test_lines);
  g_test_add_func ("/ics/fold-boundary", test_fold_boundary);
  g_test_add_func ("/ics/escaping", test_escaping);
  g_test_add_func ("/ics/stable-uids", test_stable_uids);
  g_test_add_func ("/ics/fallback-uid", test_fallback_uid);
  g_test_add_func ("/ics/file-round-trip", test_file_round_trip);
  g_test_add_func ("/ics/one-time-and-last-day", test_one_time_and_last_day);
  return g_test_run ();
}
