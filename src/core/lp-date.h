/* lp-date.h — calendar dates and times as the model stores them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-types.h"

G_BEGIN_DECLS

/* Strict ISO 8601 calendar date "YYYY-MM-DD" (exactly that shape, a real day). */
gboolean lp_date_parse           (const char *str, LpDate *out);
/* Writes "YYYY-MM-DD" into buf (at least 11 bytes); returns buf. */
char    *lp_date_format_iso      (LpDate date, char buf[LP_DATE_ISO_SIZE]);
LpDate   lp_date_from_dmy        (guint day, guint month, guint year);
void     lp_date_to_dmy          (LpDate date, guint *day, guint *month, guint *year);
/* Monday = 1 … Sunday = 7 */
guint    lp_date_get_weekday     (LpDate date);
guint    lp_date_get_iso_week    (LpDate date);
/* First day of the month that holds date, and the first of the next month. */
LpDate   lp_date_month_start     (LpDate date);
LpDate   lp_date_next_month      (LpDate date);
LpDate   lp_date_today           (void);
/* The form for the UI: lp_date_format_short ("14 sep 2026" in Dutch),
 * whatever LC_TIME says. Free with g_free. */
char    *lp_date_format_display  (LpDate date);

/* A date as people type it, in Dutch or English, whatever the locale:
 * "2028-03-15", "15-3-2028", "15/3/2028", "15.3.2028" (day first),
 * "15 maart 2028", "15 mrt 2028", "15 March 2028", "15 Mar 2028",
 * "March 15, 2028", each optionally after a weekday ("woensdag", "Wed"),
 * in any case.  Four-digit years only; a weekday must match the date.
 * FALSE for impossible dates (31-2-2028) and anything else. */
gboolean lp_date_parse_human     (const char *str, LpDate *out);
/* The full form in the interface language (the translation, not LC_TIME):
 * "15 maart 2028" in Dutch, "15 March 2028" in English.  Free with g_free;
 * "" for LP_DATE_NONE. */
char    *lp_date_format_long     (LpDate date);
/* The name of month 1..12 in the interface language ("maart", "March"). */
const char *lp_date_get_month_name (guint month);
/* Month 1..12 abbreviated ("okt", "Oct"), and weekday 1 (Monday)..7 in
 * full ("dinsdag", "Tuesday"), in the interface language. */
const char *lp_date_get_month_abbrev (guint month);
const char *lp_date_get_weekday_name (guint weekday);
/* The short form in the interface language: "5 okt 2026", "5 Oct 2026";
 * "" for LP_DATE_NONE.  Free with g_free. */
char    *lp_date_format_short    (LpDate date);
/* With the weekday: "dinsdag 14 september 2026", "Tuesday 14 September 2026". */
char    *lp_date_format_weekday  (LpDate date);

/* Strict "HH:MM", 00:00..23:59 → minutes after midnight. */
gboolean lp_time_parse           (const char *str, int *out_minutes);
/* Writes "HH:MM" into buf (at least 6 bytes); returns buf. */
char    *lp_time_format          (int minutes, char buf[LP_TIME_TEXT_SIZE]);

G_END_DECLS
