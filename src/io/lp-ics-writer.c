/* lp-ics-writer.c — the trajectory as an iCalendar file (RFC 5545)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every content line is built whole in a scratch string (property name,
 * parameters, value) and then folded into the output by lp_ics_append_line.
 */
#define G_LOG_DOMAIN "Leerplaats-Export"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "core/lp-library.h"
#include "lp-file-replace.h"
#include "lp-ics-text.h"
#include "lp-ics-writer.h"

#define TZID "Europe/Amsterdam"

/* Europe/Amsterdam since 1996: CEST from the last Sunday of March 02:00,
 * CET from the last Sunday of October 03:00. */
static const char * const vtimezone[] = {
  "BEGIN:VTIMEZONE",
  ("TZID:" TZID),
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19810329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19961027T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
};

typedef struct {
  GString    *out;
  GString    *line;     /* scratch: the content line being built */
  const char *uid;
  char        stamp[17];  /* "YYYYMMDDTHHMMSSZ" */
} Writer;

static void
emit (Writer *w)
{
  lp_ics_append_line (w->out, w->line->str);
  g_string_truncate (w->line, 0);
}

static void
emit_text (Writer     *w,
           const char *name,
           const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  g_string_append_printf (w->line, "%s:", name);
  lp_ics_append_escaped (w->line, value);
  emit (w);
}

static void
append_date (GString *s,
             LpDate   date)
{
  guint d, m, y;

  lp_date_to_dmy (date, &d, &m, &y);
  g_string_append_printf (s, "%04u%02u%02u", y, m, d);
}

/* NAME;VALUE=DATE:YYYYMMDD */
static void
emit_date (Writer     *w,
           const char *name,
           LpDate      date)
{
  g_string_append_printf (w->line, "%s;VALUE=DATE:", name);
  append_date (w->line, date);
  emit (w);
}

/* NAME;TZID=Europe/Amsterdam:YYYYMMDDTHHMM00 */
static void
emit_local_time (Writer     *w,
                 const char *name,
                 LpDate      date,
                 int         minutes)
{
  g_string_append_printf (w->line, "%s;TZID=" TZID ":", name);
  append_date (w->line, date);
  g_string_append_printf (w->line, "T%02d%02d00", minutes / LP_MINUTES_PER_HOUR, minutes % LP_MINUTES_PER_HOUR);
  emit (w);
}

/* The end of an event that ends as @end is over: DTEND the next day (a
 * date, or 00:00 local when @start_minutes is a time).  After 31 December
 * 9999 no date can be written (RFC 5545: four digits), so there it is a
 * DURATION from the start (@start at @start_minutes) instead. */
static void
emit_end_after (Writer *w,
                LpDate  start,
                int     start_minutes,
                LpDate  end)
{
  guint d, m, y;

  lp_date_to_dmy (end + 1, &d, &m, &y);
  if (y <= 9999)
    {
      if (start_minutes == LP_TIME_NONE)
        emit_date (w, "DTEND", end + 1);
      else
        emit_local_time (w, "DTEND", end + 1, 0);
      return;
    }
  if (start_minutes == LP_TIME_NONE)
    g_string_append_printf (w->line, "DURATION:P%uD", (guint) (end - start + 1));
  else
    {
      int left = LP_MINUTES_PER_DAY - start_minutes;

      g_string_append_printf (w->line, "DURATION:P%uDT%dH%dM", (guint) (end - start),
                              left / LP_MINUTES_PER_HOUR, left % LP_MINUTES_PER_HOUR);
    }
  emit (w);
}

/* DTSTART, DTEND and RRULE of a module (see lp_ics_serialize).  With one
 * time only, the other end of the event is the day's edge: a start time
 * runs to the end of the last day, an end time from the start of the
 * first. */
static void
emit_when (Writer   *w,
           LpModule *module)
{
  LpDate start = lp_module_get_start (module), end = lp_module_get_end (module);
  int t0 = lp_module_get_start_time (module), t1 = lp_module_get_end_time (module);

  if (t0 == LP_TIME_NONE && t1 == LP_TIME_NONE)
    {
      emit_date (w, "DTSTART", start);
      emit_end_after (w, start, LP_TIME_NONE, end);
      return;
    }
  emit_local_time (w, "DTSTART", start, t0 == LP_TIME_NONE ? 0 : t0);
  if (t1 == LP_TIME_NONE)
    {
      emit_end_after (w, start, t0, end);
      return;
    }
  if (t0 == LP_TIME_NONE || start == end || t1 <= t0)
    {
      emit_local_time (w, "DTEND", end, t1);
      return;
    }
  emit_local_time (w, "DTEND", start, t1);
  g_string_append_printf (w->line, "RRULE:FREQ=DAILY;COUNT=%u", lp_module_get_n_days (module));
  emit (w);
}

/* "Label:\ntext" paragraphs, separated by an empty line. */
static void
add_paragraph (GString    *s,
               const char *label,
               const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  if (s->len > 0)
    g_string_append (s, "\n\n");
  if (label != NULL)
    g_string_append_printf (s, "%s\n", label);
  g_string_append (s, text);
}

/* "HH:MM–HH:MM Title (who)" a line, under "Day n — date" headings when the
 * module lasts several days. */
static void
add_agenda (GString  *s,
            LpModule *module)
{
  const LpAgenda *agenda = lp_module_get_agenda (module);
  gboolean by_day = lp_module_get_n_days (module) > 1 || lp_agenda_get_last_day (agenda) > 1;
  g_autoptr(GString) lines = g_string_new (NULL);
  guint day = 0;

  for (guint i = 0; i < lp_agenda_get_n_items (agenda); i++)
    {
      const LpAgendaItem *item = lp_agenda_get_item (agenda, i);
      char a[LP_TIME_TEXT_SIZE], b[LP_TIME_TEXT_SIZE];

      if (by_day && item->day != day)
        {
          g_autofree char *date = lp_date_format_display (lp_module_get_start (module) + item->day - 1);

          day = item->day;
          if (lines->len > 0)
            g_string_append_c (lines, '\n');
          /* TRANSLATORS: a heading in a programme of several days: day number and date */
          g_string_append_printf (lines, _("Day %u — %s"), day, date);
          g_string_append_c (lines, '\n');
        }
      g_string_append_printf (lines, "%s–%s %s", lp_time_format (item->start, a),
                              lp_time_format (item->end, b), item->title);
      if (item->who != NULL && *item->who != '\0')
        g_string_append_printf (lines, " (%s)", item->who);
      g_string_append_c (lines, '\n');
    }
  if (lines->len > 0)
    g_string_truncate (lines, lines->len - 1);
  add_paragraph (s, _("Programme:"), lines->str);
}

static char *
module_description (LpModule *module)
{
  GString *s = g_string_new (NULL);
  const char * const *facilitators = lp_module_get_facilitators (module);

  add_paragraph (s, _("Goals:"), lp_module_get_goals (module));
  add_paragraph (s, _("Preparation:"), lp_module_get_preparation (module));
  add_paragraph (s, NULL, lp_module_get_description (module));
  if (facilitators != NULL && facilitators[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) facilitators);
      add_paragraph (s, _("Facilitators:"), list);
    }
  add_agenda (s, module);
  return g_string_free (s, FALSE);
}

static void
emit_categories (Writer       *w,
                 LpTrajectory *t,
                 LpModule     *module)
{
  LpKind *kind = lp_trajectory_get_module_kind (t, module);
  const LpTheme *theme = lp_kind_get_theme (kind);

  g_string_append (w->line, "CATEGORIES:");
  if (theme != NULL)
    {
      lp_ics_append_escaped (w->line, lp_theme_get_name (theme));
      g_string_append_c (w->line, ',');
    }
  lp_ics_append_escaped (w->line, lp_kind_get_name (kind));
  emit (w);
}

static void
emit_module (Writer       *w,
             LpTrajectory *t,
             LpModule     *module)
{
  LpStatus status = lp_module_get_status (module);
  g_autofree char *description = module_description (module);

  g_string_append (w->out, "BEGIN:VEVENT\r\n");
  g_string_append_printf (w->line, "UID:%s-module-%s@leerplaats", w->uid, lp_module_get_id (module));
  emit (w);
  g_string_append_printf (w->line, "DTSTAMP:%s", w->stamp);
  emit (w);
  emit_when (w, module);
  emit_text (w, "SUMMARY", lp_trajectory_get_module_title (t, module));
  emit_text (w, "LOCATION", lp_module_get_location (module));
  emit_text (w, "DESCRIPTION", description);
  emit_categories (w, t, module);
  g_string_append (w->out, status == LP_STATUS_IDEA || status == LP_STATUS_DRAFT
                           ? "STATUS:TENTATIVE\r\n" : "STATUS:CONFIRMED\r\n");
  g_string_append (w->out, "END:VEVENT\r\n");
}

static void
emit_milestone (Writer      *w,
                LpMilestone *milestone)
{
  g_string_append (w->out, "BEGIN:VEVENT\r\n");
  g_string_append_printf (w->line, "UID:%s-milestone-%s@leerplaats", w->uid, lp_milestone_get_id (milestone));
  emit (w);
  g_string_append_printf (w->line, "DTSTAMP:%s", w->stamp);
  emit (w);
  emit_date (w, "DTSTART", lp_milestone_get_date (milestone));
  emit_end_after (w, lp_milestone_get_date (milestone), LP_TIME_NONE, lp_milestone_get_date (milestone));
  emit_text (w, "SUMMARY", lp_milestone_get_label (milestone));
  emit_text (w, "CATEGORIES", lp_milestone_kind_get_label (lp_milestone_get_kind (milestone)));
  g_string_append (w->out, "TRANSP:TRANSPARENT\r\n");
  g_string_append (w->out, "END:VEVENT\r\n");
}

static gboolean
wanted (const LpIcsOptions *options,
        LpModule           *module)
{
  LpTrack *track = lp_module_get_track (module);

  return options->track_ids == NULL ||
         (track != NULL && g_strv_contains (options->track_ids, lp_track_get_id (track)));
}

static void
emit_events (Writer             *w,
             LpTrajectory       *t,
             const LpIcsOptions *options)
{
  GListModel *modules = lp_trajectory_get_modules (t);
  GListModel *milestones = lp_trajectory_get_milestones (t);

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) module = g_list_model_get_item (modules, i);
      if (wanted (options, module))
        emit_module (w, t, module);
    }
  for (guint i = 0; options->milestones && i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(LpMilestone) milestone = g_list_model_get_item (milestones, i);
      emit_milestone (w, milestone);
    }
}

GBytes *
lp_ics_serialize (LpTrajectory       *t,
                  const LpIcsOptions *options)
{
  static const LpIcsOptions defaults = { NULL, FALSE, NULL, 0 };
  g_autofree char *random_uid = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *stamp = NULL;
  Writer w = { g_string_new (NULL), line, NULL, "" };

  g_return_val_if_fail (LP_IS_TRAJECTORY (t), NULL);
  if (options == NULL)
    options = &defaults;

  w.uid = lp_trajectory_get_uid (t) ? lp_trajectory_get_uid (t) : options->uid;
  if (w.uid == NULL)
    w.uid = random_uid = g_uuid_string_random ();
  now = options->stamp != 0 ? g_date_time_new_from_unix_utc (options->stamp) : g_date_time_new_now_utc ();
  stamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");
  g_strlcpy (w.stamp, stamp, sizeof w.stamp);

  g_string_append (w.out, "BEGIN:VCALENDAR\r\n");
  g_string_append (w.out, "PRODID:-//Leerplaats//Leerplaats " PACKAGE_VERSION "//EN\r\n");
  /* no METHOD: a calendar to import, not an iTIP message (PUBLISH would need an ORGANIZER) */
  g_string_append (w.out, "VERSION:2.0\r\nCALSCALE:GREGORIAN\r\n");
  emit_text (&w, "X-WR-CALNAME", lp_trajectory_get_title (t));
  g_string_append (w.out, "X-WR-TIMEZONE:" TZID "\r\n");
  for (guint i = 0; i < G_N_ELEMENTS (vtimezone); i++)
    lp_ics_append_line (w.out, vtimezone[i]);
  emit_events (&w, t, options);
  g_string_append (w.out, "END:VCALENDAR\r\n");
  return g_string_free_to_bytes (w.out);
}

gboolean
lp_ics_export (LpTrajectory       *trajectory,
               const LpIcsOptions *options,
               const char         *path,
               GError            **error)
{
  g_autoptr(GBytes) bytes = lp_ics_serialize (trajectory, options);
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *what = g_strdup_printf (_("Could not write “%s”"), display);

  return lp_file_replace (path, bytes, LP_FILE_REPLACE_NONE, NULL, what, NULL, error);
}

char *
lp_ics_make_uid (const char *path)
{
  g_autofree char *absolute = NULL;
  g_autofree char *hash = NULL;

  if (path == NULL)
    return g_uuid_string_random ();
  /* a name-based UUID (RFC 4122 version 5 layout) from the file's full name */
  absolute = g_canonicalize_filename (path, NULL);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA1, absolute, -1);
  hash[12] = '5';
  hash[16] = "89ab"[g_ascii_xdigit_value (hash[16]) & 3];
  return g_strdup_printf ("%.8s-%.4s-%.4s-%.4s-%.12s", hash, hash + 8, hash + 12, hash + 16, hash + 20);
}
