/* test-date.c — dates typed by people in Dutch and English, and the long
 * display form in the interface language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "core/lp-date.h"
#include "dutch-session.h"

typedef struct {
  const char *text;
  guint       day, month, year;
} Accepted;

static const Accepted accepted[] = {
  { "2028-03-15", 15, 3, 2028 },
  { "2028-3-5", 5, 3, 2028 },
  { "15-3-2028", 15, 3, 2028 },
  { "15-03-2028", 15, 3, 2028 },
  { "15/3/2028", 15, 3, 2028 },
  { "15.3.2028", 15, 3, 2028 },
  { "1-12-2028", 1, 12, 2028 },     /* day first: 1 December */
  { "  15-3-2028  ", 15, 3, 2028 },
  { "15 maart 2028", 15, 3, 2028 },
  { "15 Maart 2028", 15, 3, 2028 },
  { "15 MAART 2028", 15, 3, 2028 },
  { "15 mrt 2028", 15, 3, 2028 },
  { "15 mrt. 2028", 15, 3, 2028 },
  { "15-mrt-2028", 15, 3, 2028 },
  { "15 March 2028", 15, 3, 2028 },
  { "15 Mar 2028", 15, 3, 2028 },
  { "15 mar. 2028", 15, 3, 2028 },
  { "March 15, 2028", 15, 3, 2028 },
  { "March 15 2028", 15, 3, 2028 },
  { "Mar 15, 2028", 15, 3, 2028 },
  { "woensdag 15 maart 2028", 15, 3, 2028 },
  { "Woensdag, 15 maart 2028", 15, 3, 2028 },
  { "wo 15 mrt 2028", 15, 3, 2028 },
  { "wo. 15-3-2028", 15, 3, 2028 },
  { "Wed 15 March 2028", 15, 3, 2028 },
  { "Wednesday, March 15, 2028", 15, 3, 2028 },
  { "wed. 15 mar. 2028", 15, 3, 2028 },
  { "1 mei 2028", 1, 5, 2028 },
  { "1 May 2028", 1, 5, 2028 },
  { "3 okt 2026", 3, 10, 2026 },
  { "3 Oct 2026", 3, 10, 2026 },
  { "3 oktober 2026", 3, 10, 2026 },
  { "29 februari 2028", 29, 2, 2028 },   /* leap year */
  { "29-2-2028", 29, 2, 2028 },
  { "31 december 2027", 31, 12, 2027 },
  { "1 januari 2027", 1, 1, 2027 },
  { "14 sep 2026", 14, 9, 2026 },
  { "14 sept. 2026", 14, 9, 2026 },
  { "zaterdag 1 augustus 2026", 1, 8, 2026 },
  { "Sat 1 Aug 2026", 1, 8, 2026 },
  { "zo 2 aug 2026", 2, 8, 2026 },
  { "maandag 3 augustus 2026", 3, 8, 2026 },
  { "do 6 aug 2026", 6, 8, 2026 },
  { "vrijdag 7 aug 2026", 7, 8, 2026 },
  { "tuesday 4 august 2026", 4, 8, 2026 },
};

static const char * const refused[] = {
  "", " ", "-", "2028", "15", "15-3", "15 maart", "maart 2028", "March 15",
  "31-2-2028",            /* no 31 February */
  "29-2-2027",            /* not a leap year */
  "30 februari 2028", "31 april 2028", "32-1-2028", "0-1-2028", "15-0-2028", "15-13-2028",
  "2027-02-29", "2028-13-01", "0000-01-01",
  "15-3-28",              /* two-digit years are ambiguous */
  "3/15/2028",            /* American month first: month 15 does not exist */
  "15 3 2028",            /* numbers need one separator */
  "15-3/2028", "15.3-2028", "15--3-2028", "-15-3-2028", "15-3-2028-", "15-3-2028,",
  "15maart2028", "15 maart2028x", "15 maart 2028 extra", "15 maart 2028 12",
  "15/maart/2028",
  "15 maa 2028", "15 marc 2028", "15 mars 2028", "15 Märzen 2028",
  "donderdag 15 maart 2028",   /* 15 March 2028 is a Wednesday */
  "Thu 15 March 2028",
  "woensdag", "woensdag 15", "15 maart 2028 woensdag",
  "maandag dinsdag 15 maart 2028",
  "15 maart maart 2028", "maart 15 maart 2028",
  "150 maart 2028", "15 maart 20280", "015-3-2028",
  "15 maart 2028!", "15_3_2028", "1 5-3-2028",
  "twee maart 2028", "abc", "2028-03-15T00:00",
  "15-3-2028 09:30",
};

static void
test_accepted (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      LpDate date = LP_DATE_NONE;
      guint d, m, y;

      g_test_message ("accepting “%s”", accepted[i].text);
      g_assert_true (lp_date_parse_human (accepted[i].text, &date));
      lp_date_to_dmy (date, &d, &m, &y);
      g_assert_cmpuint (d, ==, accepted[i].day);
      g_assert_cmpuint (m, ==, accepted[i].month);
      g_assert_cmpuint (y, ==, accepted[i].year);
    }
}

static void
test_refused (void)
{
  g_assert_false (lp_date_parse_human (NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      LpDate date = 12345;

      g_test_message ("refusing “%s”", refused[i]);
      g_assert_false (lp_date_parse_human (refused[i], &date));
      g_assert_cmpuint (date, ==, 12345);   /* untouched */
    }
}

/* The long form in English (no translation) parses back to the same day. */
static void
test_format_english (void)
{
  LpDate date = lp_date_from_dmy (15, 3, 2028);
  g_autofree char *text = lp_date_format_long (date);
  g_autofree char *none = lp_date_format_long (LP_DATE_NONE);
  LpDate back = LP_DATE_NONE;

  g_assert_cmpstr (text, ==, "15 March 2028");
  g_assert_cmpstr (none, ==, "");
  g_assert_true (lp_date_parse_human (text, &back));
  g_assert_cmpuint (back, ==, date);

  for (guint m = 1; m <= 12; m++)
    {
      g_autofree char *s = lp_date_format_long (lp_date_from_dmy (1, m, 2027));
      g_assert_true (lp_date_parse_human (s, &back));
      g_assert_cmpuint (back, ==, lp_date_from_dmy (1, m, 2027));
    }
}

/* Parsing does not follow LC_TIME: a French LC_TIME, if installed, changes
 * nothing. */
static void
test_not_lc_time (void)
{
  LpDate date = LP_DATE_NONE;

  if (setlocale (LC_TIME, "fr_FR.UTF-8") == NULL)
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not installed");
      return;
    }
  g_assert_true (lp_date_parse_human ("15 maart 2028", &date));
  g_assert_cmpuint (date, ==, lp_date_from_dmy (15, 3, 2028));
  g_assert_false (lp_date_parse_human ("15 mars 2028", NULL));
  setlocale (LC_TIME, "C.UTF-8");
}

/* In a Dutch session (LANGUAGE=nl, the build tree's catalogue) the long
 * form and the month names are Dutch, with LC_TIME left at C. */
static void
test_format_dutch (void)
{
  gboolean dutch;
  g_autofree char *old = begin_dutch_session (&dutch);
  g_autofree char *text = NULL;
  LpDate back = LP_DATE_NONE;

  if (!dutch)
    return;

  text = lp_date_format_long (lp_date_from_dmy (15, 3, 2028));
  g_assert_cmpstr (text, ==, "15 maart 2028");
  g_assert_cmpstr (lp_date_get_month_name (10), ==, "oktober");
  g_assert_true (lp_date_parse_human (text, &back));
  g_assert_cmpuint (back, ==, lp_date_from_dmy (15, 3, 2028));

  end_dutch_session (old);
}

/* The short form and the form with the weekday, in English (no translation). */
static void
test_format_short_english (void)
{
  g_autofree char *short_form = lp_date_format_short (lp_date_from_dmy (5, 10, 2026));
  g_autofree char *display = lp_date_format_display (lp_date_from_dmy (5, 10, 2026));
  g_autofree char *weekday = lp_date_format_weekday (lp_date_from_dmy (14, 9, 2026));
  g_autofree char *none = lp_date_format_short (LP_DATE_NONE);

  g_assert_cmpstr (short_form, ==, "5 Oct 2026");
  g_assert_cmpstr (display, ==, "5 Oct 2026");
  g_assert_cmpstr (weekday, ==, "Monday 14 September 2026");
  g_assert_cmpstr (none, ==, "");
}

/* In a Dutch session the short form, the display form and the weekday are
 * Dutch whatever LC_TIME says (a French LC_TIME when installed, else C). */
static void
test_format_short_dutch (void)
{
  gboolean dutch;
  g_autofree char *old = begin_dutch_session (&dutch);
  g_autofree char *short_form = NULL, *display = NULL, *weekday = NULL;
  LpDate back = LP_DATE_NONE;

  if (!dutch)
    return;
  if (setlocale (LC_TIME, "fr_FR.UTF-8") == NULL)
    setlocale (LC_TIME, "C.UTF-8");

  short_form = lp_date_format_short (lp_date_from_dmy (5, 10, 2026));
  display = lp_date_format_display (lp_date_from_dmy (2, 12, 2026));
  weekday = lp_date_format_weekday (lp_date_from_dmy (15, 9, 2026));
  g_assert_cmpstr (short_form, ==, "5 okt 2026");
  g_assert_cmpstr (display, ==, "2 dec 2026");
  g_assert_cmpstr (weekday, ==, "dinsdag 15 september 2026");
  g_assert_true (lp_date_parse_human (weekday, &back));
  g_assert_cmpuint (back, ==, lp_date_from_dmy (15, 9, 2026));

  setlocale (LC_TIME, "C.UTF-8");
  end_dutch_session (old);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/date/parse-human/accepted", test_accepted);
  g_test_add_func ("/core/date/parse-human/refused", test_refused);
  g_test_add_func ("/core/date/parse-human/not-lc-time", test_not_lc_time);
  g_test_add_func ("/core/date/format-long/english", test_format_english);
  g_test_add_func ("/core/date/format-long/dutch", test_format_dutch);
  g_test_add_func ("/core/date/format-short/english", test_format_short_english);
  g_test_add_func ("/core/date/format-short/dutch", test_format_short_dutch);
  return g_test_run ();
}
