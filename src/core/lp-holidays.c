/* lp-holidays.c — Dutch public holidays, computed for any year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lp-date.h"
#include "lp-holidays.h"

/* Days from Easter Sunday */
#define GOOD_FRIDAY   (-2)
#define EASTER_MONDAY 1
#define ASCENSION     39
#define WHIT_SUNDAY   49
#define WHIT_MONDAY   50

/* Koningsdag from 2014 (Koningsdag, 27 April); Koninginnedag before (30 April) */
#define FIRST_KINGS_DAY_YEAR 2014

LpDate
lp_holidays_easter (guint year)
{
  guint a = year % 19, b = year / 100, c = year % 100;
  guint d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  guint h = (19 * a + b - d - g + 15) % 30;
  guint i = c / 4, k = c % 4;
  guint l = (32 + 2 * e + 2 * i - h - k) % 7;
  guint m = (a + 11 * h + 22 * l) / 451;
  guint month = (h + l - 7 * m + 114) / 31;
  guint day = (h + l - 7 * m + 114) % 31 + 1;

  return lp_date_from_dmy (day, month, year);
}

/* 27 April, or 26 April when the 27th is a Sunday (Koningsdag); before
 * 2014 30 April, or 29 April when the 30th is a Sunday (Koninginnedag). */
static LpDate
kings_day (guint year)
{
  guint day = year >= FIRST_KINGS_DAY_YEAR ? 27 : 30;
  LpDate date = lp_date_from_dmy (day, 4, year);

  return lp_date_get_weekday (date) == LP_DAYS_PER_WEEK ? date - 1 : date;
}

guint
lp_holidays_for_year (guint     year,
                      LpHoliday out[LP_HOLIDAYS_PER_YEAR])
{
  LpDate easter = lp_holidays_easter (year);
  guint n = 0;

  out[n++] = (LpHoliday) { lp_date_from_dmy (1, 1, year), N_("New Year’s Day") };
  out[n++] = (LpHoliday) { easter + GOOD_FRIDAY, N_("Good Friday") };
  out[n++] = (LpHoliday) { easter, N_("Easter Sunday") };
  out[n++] = (LpHoliday) { easter + EASTER_MONDAY, N_("Easter Monday") };
  out[n++] = (LpHoliday) { kings_day (year), year >= FIRST_KINGS_DAY_YEAR ? N_("King’s Day") : N_("Queen’s Day") };
  out[n++] = (LpHoliday) { lp_date_from_dmy (5, 5, year), N_("Liberation Day") };
  out[n++] = (LpHoliday) { easter + ASCENSION, N_("Ascension Day") };
  out[n++] = (LpHoliday) { easter + WHIT_SUNDAY, N_("Whit Sunday") };
  out[n++] = (LpHoliday) { easter + WHIT_MONDAY, N_("Whit Monday") };
  out[n++] = (LpHoliday) { lp_date_from_dmy (25, 12, year), N_("Christmas Day") };
  out[n++] = (LpHoliday) { lp_date_from_dmy (26, 12, year), N_("Boxing Day") };

  /* Ascension Day (30 April to 3 June) falls before or after Liberation
   * Day: keep date order */
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && out[j].date < out[j - 1].date; j--)
      {
        LpHoliday tmp = out[j];
        out[j] = out[j - 1];
        out[j - 1] = tmp;
      }
  return n;
}

const char *
lp_holidays_name (LpDate date)
{
  /* the last year asked for, per thread: callers go through days in order */
  static _Thread_local LpHoliday days[LP_HOLIDAYS_PER_YEAR];
  static _Thread_local guint cached_year;
  guint d, m, y;

  if (date == LP_DATE_NONE)
    return NULL;
  lp_date_to_dmy (date, &d, &m, &y);
  if (y != cached_year)
    {
      lp_holidays_for_year (y, days);
      cached_year = y;
    }
  for (guint i = 0; i < LP_HOLIDAYS_PER_YEAR; i++)
    if (days[i].date == date)
      return _(days[i].name);
  return NULL;
}
