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
char    *lp_date_format_iso      (LpDate date, char buf[11]);
LpDate   lp_date_from_dmy        (guint day, guint month, guint year);
void     lp_date_to_dmy          (LpDate date, guint *day, guint *month, guint *year);
/* Monday = 1 … Sunday = 7 */
guint    lp_date_get_weekday     (LpDate date);
guint    lp_date_get_iso_week    (LpDate date);
/* First day of the month that holds date, and the first of the next month. */
LpDate   lp_date_month_start     (LpDate date);
LpDate   lp_date_next_month      (LpDate date);
LpDate   lp_date_today           (void);
/* Localized, human form for the UI: "14 sep 2026" in Dutch. Free with g_free. */
char    *lp_date_format_display  (LpDate date);

/* Strict "HH:MM", 00:00..23:59 → minutes after midnight. */
gboolean lp_time_parse           (const char *str, int *out_minutes);
/* Writes "HH:MM" into buf (at least 6 bytes); returns buf. */
char    *lp_time_format          (int minutes, char buf[6]);

G_END_DECLS
