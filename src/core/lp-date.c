/* lp-date.c — calendar dates and times as the model stores them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-date.h"

static gboolean
parse_digits (const char *s,
              guint       n,
              guint      *out)
{
  guint v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (guint) (s[i] - '0');
    }
  *out = v;
  return TRUE;
}

gboolean
lp_date_parse (const char *str,
               LpDate     *out)
{
  guint y, m, d;

  if (str == NULL)
    return FALSE;
  if (!parse_digits (str, 4, &y) || str[4] != '-' ||
      !parse_digits (str + 5, 2, &m) || str[7] != '-' ||
      !parse_digits (str + 8, 2, &d) || str[10] != '\0')
    return FALSE;
  if (y < 1 || m < 1 || m > LP_MONTHS_PER_YEAR || d < 1)
    return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;
  if (out)
    *out = lp_date_from_dmy (d, m, y);
  return TRUE;
}

LpDate
lp_date_from_dmy (guint day,
                  guint month,
                  guint year)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_dmy (day, month, year), LP_DATE_NONE);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static void
to_gdate (LpDate  d,
          GDate  *date)
{
  g_date_clear (date, 1);
  g_date_set_julian (date, d);
}

void
lp_date_to_dmy (LpDate  d,
                guint  *day,
                guint  *month,
                guint  *year)
{
  GDate date;

  g_return_if_fail (g_date_valid_julian (d));

  to_gdate (d, &date);
  if (day)
    *day = g_date_get_day (&date);
  if (month)
    *month = g_date_get_month (&date);
  if (year)
    *year = g_date_get_year (&date);
}

char *
lp_date_format_iso (LpDate d,
                    char   buf[LP_DATE_ISO_SIZE])
{
  guint day = 0, month = 0, year = 0;

  if (!g_date_valid_julian (d))
    {
      buf[0] = '\0';
      return buf;
    }
  lp_date_to_dmy (d, &day, &month, &year);
  g_snprintf (buf, LP_DATE_ISO_SIZE, "%04u-%02u-%02u", year % 10000, month, day);
  return buf;
}

guint
lp_date_get_weekday (LpDate d)
{
  GDate date;

  to_gdate (d, &date);
  return g_date_get_weekday (&date);
}

guint
lp_date_get_iso_week (LpDate d)
{
  GDate date;

  to_gdate (d, &date);
  return g_date_get_iso8601_week_of_year (&date);
}

LpDate
lp_date_month_start (LpDate d)
{
  guint month, year;

  lp_date_to_dmy (d, NULL, &month, &year);
  return lp_date_from_dmy (1, month, year);
}

LpDate
lp_date_next_month (LpDate d)
{
  guint month, year;

  lp_date_to_dmy (d, NULL, &month, &year);
  if (month == LP_MONTHS_PER_YEAR)
    return lp_date_from_dmy (1, 1, year + 1);
  return lp_date_from_dmy (1, month + 1, year);
}

LpDate
lp_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return lp_date_from_dmy (g_date_time_get_day_of_month (now),
                           g_date_time_get_month (now),
                           g_date_time_get_year (now));
}

char *
lp_date_format_display (LpDate d)
{
  return lp_date_format_short (d);
}

gboolean
lp_time_parse (const char *str,
               int        *out_minutes)
{
  guint h, m;

  if (str == NULL)
    return FALSE;
  if (!parse_digits (str, 2, &h) || str[2] != ':' ||
      !parse_digits (str + 3, 2, &m) || str[5] != '\0')
    return FALSE;
  if (h >= LP_HOURS_PER_DAY || m >= LP_MINUTES_PER_HOUR)
    return FALSE;
  if (out_minutes)
    *out_minutes = (int) (h * LP_MINUTES_PER_HOUR + m);
  return TRUE;
}

char *
lp_time_format (int  minutes,
                char buf[LP_TIME_TEXT_SIZE])
{
  if (minutes < 0 || minutes >= LP_MINUTES_PER_DAY)
    {
      buf[0] = '\0';
      return buf;
    }
  g_snprintf (buf, LP_TIME_TEXT_SIZE, "%02d:%02d", minutes / LP_MINUTES_PER_HOUR, minutes % LP_MINUTES_PER_HOUR);
  return buf;
}
