/* test-holidays.c — Dutch public holidays against a table written by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "core/lp-date.h"
#include "core/lp-holidays.h"
#include "iso-date.h"

/* Easter Sunday from the Astronomical Society of South Australia's table
 * "Easter Dates 2000 to 2099" (https://www.assa.org.au/edm#List20), also
 * checked against python-dateutil's dateutil.easter.easter; the other dates
 * by the rules of the law and custom: Good Friday two days before Easter,
 * Easter Monday the day after, Ascension Day 39 days after, Whit Sunday
 * 49 and Whit Monday 50 days after; Koningsdag 27 April, or 26 April when
 * the 27th is a Sunday (Wet van 19 september 2013, Stb. 2013, 388). */
static const struct {
  guint year;
  const char *good_friday, *easter, *easter_monday, *kings_day, *ascension, *whit_sunday, *whit_monday;
} table[] = {
  { 2024, "2024-03-29", "2024-03-31", "2024-04-01", "2024-04-27", "2024-05-09", "2024-05-19", "2024-05-20" },
  { 2025, "2025-04-18", "2025-04-20", "2025-04-21", "2025-04-26", "2025-05-29", "2025-06-08", "2025-06-09" },
  { 2026, "2026-04-03", "2026-04-05", "2026-04-06", "2026-04-27", "2026-05-14", "2026-05-24", "2026-05-25" },
  { 2027, "2027-03-26", "2027-03-28", "2027-03-29", "2027-04-27", "2027-05-06", "2027-05-16", "2027-05-17" },
  { 2028, "2028-04-14", "2028-04-16", "2028-04-17", "2028-04-27", "2028-05-25", "2028-06-04", "2028-06-05" },
  { 2029, "2029-03-30", "2029-04-01", "2029-04-02", "2029-04-27", "2029-05-10", "2029-05-20", "2029-05-21" },
  { 2030, "2030-04-19", "2030-04-21", "2030-04-22", "2030-04-27", "2030-05-30", "2030-06-09", "2030-06-10" },
  { 2031, "2031-04-11", "2031-04-13", "2031-04-14", "2031-04-26", "2031-05-22", "2031-06-01", "2031-06-02" },
  { 2032, "2032-03-26", "2032-03-28", "2032-03-29", "2032-04-27", "2032-05-06", "2032-05-16", "2032-05-17" },
  { 2033, "2033-04-15", "2033-04-17", "2033-04-18", "2033-04-27", "2033-05-26", "2033-06-05", "2033-06-06" },
  { 2034, "2034-04-07", "2034-04-09", "2034-04-10", "2034-04-27", "2034-05-18", "2034-05-28", "2034-05-29" },
  { 2035, "2035-03-23", "2035-03-25", "2035-03-26", "2035-04-27", "2035-05-03", "2035-05-13", "2035-05-14" },
};

static gboolean
has (const LpHoliday *days, const char *date, const char *name)
{
  for (guint i = 0; i < LP_HOLIDAYS_PER_YEAR; i++)
    if (days[i].date == iso (date))
      return strcmp (days[i].name, name) == 0;
  return FALSE;
}

static void
test_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      LpHoliday days[LP_HOLIDAYS_PER_YEAR];
      guint y = table[i].year;
      g_autofree char *new_year = g_strdup_printf ("%u-01-01", y);
      g_autofree char *liberation = g_strdup_printf ("%u-05-05", y);
      g_autofree char *christmas = g_strdup_printf ("%u-12-25", y);
      g_autofree char *boxing = g_strdup_printf ("%u-12-26", y);

      g_test_message ("%u", y);
      g_assert_cmpuint (lp_holidays_for_year (y, days), ==, LP_HOLIDAYS_PER_YEAR);
      g_assert_cmpuint (lp_holidays_easter (y), ==, iso (table[i].easter));
      g_assert_true (has (days, new_year, "New Year’s Day"));
      g_assert_true (has (days, table[i].good_friday, "Good Friday"));
      g_assert_true (has (days, table[i].easter, "Easter Sunday"));
      g_assert_true (has (days, table[i].easter_monday, "Easter Monday"));
      g_assert_true (has (days, table[i].kings_day, "King’s Day"));
      g_assert_true (has (days, liberation, "Liberation Day"));
      g_assert_true (has (days, table[i].ascension, "Ascension Day"));
      g_assert_true (has (days, table[i].whit_sunday, "Whit Sunday"));
      g_assert_true (has (days, table[i].whit_monday, "Whit Monday"));
      g_assert_true (has (days, christmas, "Christmas Day"));
      g_assert_true (has (days, boxing, "Boxing Day"));
      for (guint k = 1; k < LP_HOLIDAYS_PER_YEAR; k++)
        g_assert_cmpuint (days[k - 1].date, <, days[k].date);
    }
}

/* 27 April 2025 and 2031 are Sundays: Koningsdag moves to Saturday the 26th. */
static void
test_kings_day_on_sunday (void)
{
  g_assert_cmpuint (lp_date_get_weekday (iso ("2025-04-27")), ==, 7);
  g_assert_cmpuint (lp_date_get_weekday (iso ("2031-04-27")), ==, 7);
  g_assert_cmpstr (lp_holidays_name (iso ("2025-04-26")), ==, "King’s Day");
  g_assert_null (lp_holidays_name (iso ("2025-04-27")));
  g_assert_cmpstr (lp_holidays_name (iso ("2031-04-26")), ==, "King’s Day");
  g_assert_null (lp_holidays_name (iso ("2031-04-27")));
  g_assert_cmpstr (lp_holidays_name (iso ("2026-04-27")), ==, "King’s Day");
}

static void
test_other_days (void)
{
  g_assert_null (lp_holidays_name (iso ("2026-04-04")));
  g_assert_null (lp_holidays_name (iso ("2026-12-27")));
  g_assert_null (lp_holidays_name (LP_DATE_NONE));
  g_assert_cmpstr (lp_holidays_name (iso ("2026-05-05")), ==, "Liberation Day");
  /* Easter on its extremes: 22 March 2285, 25 April 2038 */
  g_assert_cmpuint (lp_holidays_easter (2285), ==, iso ("2285-03-22"));
  g_assert_cmpuint (lp_holidays_easter (2038), ==, iso ("2038-04-25"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/holidays/table-2024-2035", test_table);
  g_test_add_func ("/holidays/kings-day-on-sunday", test_kings_day_on_sunday);
  g_test_add_func ("/holidays/other-days", test_other_days);
  return g_test_run ();
}
