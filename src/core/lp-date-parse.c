/* lp-date-parse.c — dates as people type and read them, in Dutch and English
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The month and weekday names are written out here (not taken from LC_TIME),
 * so "15 maart 2028" parses in an English session and "15 March 2028" in a
 * Dutch one.  Numeric forms are day first, as in both countries' use.
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lp-date.h"

typedef struct {
  const char *name;
  guint       value;
} Name;

/* Lower case; abbreviations may be followed by a full stop ("mrt.", "Wed."). */
static const Name months[] = {
  { "januari", 1 }, { "februari", 2 }, { "maart", 3 }, { "april", 4 }, { "mei", 5 },
  { "juni", 6 }, { "juli", 7 }, { "augustus", 8 }, { "september", 9 },
  { "oktober", 10 }, { "november", 11 }, { "december", 12 },
  { "jan", 1 }, { "feb", 2 }, { "mrt", 3 }, { "apr", 4 }, { "jun", 6 }, { "jul", 7 },
  { "aug", 8 }, { "sep", 9 }, { "sept", 9 }, { "okt", 10 }, { "nov", 11 }, { "dec", 12 },
  { "january", 1 }, { "february", 2 }, { "march", 3 }, { "may", 5 }, { "june", 6 },
  { "july", 7 }, { "august", 8 }, { "october", 10 },
  { "mar", 3 }, { "oct", 10 },
};

/* Monday = 1 … Sunday = 7, as lp_date_get_weekday. */
static const Name weekdays[] = {
  { "maandag", 1 }, { "dinsdag", 2 }, { "woensdag", 3 }, { "donderdag", 4 },
  { "vrijdag", 5 }, { "zaterdag", 6 }, { "zondag", 7 },
  { "ma", 1 }, { "di", 2 }, { "wo", 3 }, { "do", 4 }, { "vr", 5 }, { "za", 6 }, { "zo", 7 },
  { "monday", 1 }, { "tuesday", 2 }, { "wednesday", 3 }, { "thursday", 4 },
  { "friday", 5 }, { "saturday", 6 }, { "sunday", 7 },
  { "mon", 1 }, { "tue", 2 }, { "tues", 2 }, { "wed", 3 }, { "thu", 4 }, { "thur", 4 },
  { "thurs", 4 }, { "fri", 5 }, { "sat", 6 }, { "sun", 7 },
};

#define MAX_TOKENS 6

typedef struct {
  gboolean is_number;
  char     text[16];   /* lower case */
  guint    len;
  char     sep;        /* the separator before it: ' ', '-', '/', '.', ',' or 0 */
} Token;

static guint
lookup (const Name *names,
        gsize       n,
        const char *word)
{
  for (gsize i = 0; i < n; i++)
    if (strcmp (names[i].name, word) == 0)
      return names[i].value;
  return 0;
}

static gboolean
is_separator (char c)
{
  return c == ' ' || c == '\t' || c == '-' || c == '/' || c == '.' || c == ',';
}

/* Splits into runs of digits and runs of ASCII letters; records the
 * separators in between (a space only when no other separator is there). */
static int
tokenize (const char *str,
          Token       tokens[MAX_TOKENS])
{
  int n = 0;
  const char *p = str;

  while (*p != '\0')
    {
      char sep = 0;
      Token *t;

      for (; is_separator (*p); p++)
        {
          if (*p == ' ' || *p == '\t')
            {
              if (sep == 0)
                sep = ' ';
            }
          else if (sep != 0 && sep != ' ')
            return -1;   /* at most one of "-/.,": not "15-/3", "15--3" */
          else
            sep = *p;
        }
      if (*p == '\0')
        {
          /* a full stop or comma may close an abbreviation at the end */
          return (sep == 0 || sep == ' ' || sep == '.') ? n : -1;
        }
      if (n == MAX_TOKENS)
        return -1;
      t = &tokens[n++];
      memset (t, 0, sizeof *t);
      t->sep = sep;
      t->is_number = g_ascii_isdigit (*p);
      while (*p != '\0' && (t->is_number ? g_ascii_isdigit (*p) : g_ascii_isalpha (*p)))
        {
          if (t->len + 1 >= sizeof t->text)
            return -1;
          t->text[t->len++] = g_ascii_tolower (*p++);
        }
      if (t->len == 0)
        return -1;   /* a character that is neither digit, letter nor separator */
    }
  return n;
}

static gboolean
number (const Token *t,
        guint        min_len,
        guint        max_len,
        guint       *out)
{
  if (!t->is_number || t->len < min_len || t->len > max_len)
    return FALSE;
  *out = (guint) g_ascii_strtoull (t->text, NULL, 10);
  return TRUE;
}

static guint
month_name (const Token *t)
{
  return t->is_number ? 0 : lookup (months, G_N_ELEMENTS (months), t->text);
}

/* Word forms take spaces, commas, full stops after abbreviations and dashes
 * ("15-mrt-2028"), never a slash. */
static gboolean
word_separators (const Token *t,
                 int          n)
{
  for (int i = 1; i < n; i++)
    if (t[i].sep == 0 || t[i].sep == '/')
      return FALSE;
  return TRUE;
}

static gboolean
parse_tokens (const Token *t,
              int          n,
              guint       *d,
              guint       *m,
              guint       *y)
{
  if (n != 3)
    return FALSE;
  if (t[0].is_number && t[1].is_number && t[2].is_number)
    {
      /* one separator throughout, no spaces: 15-3-2028, 2028-03-15 */
      if (t[1].sep != t[2].sep || (t[1].sep != '-' && t[1].sep != '/' && t[1].sep != '.'))
        return FALSE;
      if (t[0].len == 4)
        return number (&t[0], 4, 4, y) && number (&t[1], 1, 2, m) && number (&t[2], 1, 2, d);
      return number (&t[0], 1, 2, d) && number (&t[1], 1, 2, m) && number (&t[2], 4, 4, y);
    }
  if (!word_separators (t, n))
    return FALSE;
  if (t[0].is_number && (*m = month_name (&t[1])) != 0)          /* 15 maart 2028 */
    return number (&t[0], 1, 2, d) && number (&t[2], 4, 4, y);
  if ((*m = month_name (&t[0])) != 0)                            /* March 15, 2028 */
    return number (&t[1], 1, 2, d) && number (&t[2], 4, 4, y);
  return FALSE;
}

gboolean
lp_date_parse_human (const char *str,
                     LpDate     *out)
{
  Token tokens[MAX_TOKENS];
  const Token *t = tokens;
  guint weekday = 0, d = 0, m = 0, y = 0;
  LpDate date;
  int n;

  if (str == NULL || (n = tokenize (str, tokens)) <= 0)
    return FALSE;
  if (t[0].sep != 0 && t[0].sep != ' ')
    return FALSE;   /* "-15-3-2028" */
  if (!t[0].is_number && (weekday = lookup (weekdays, G_N_ELEMENTS (weekdays), t[0].text)) != 0)
    {
      t++;
      n--;
      if (n > 0 && t[0].sep != ' ' && t[0].sep != ',' && t[0].sep != '.')
        return FALSE;
    }
  if (!parse_tokens (t, n, &d, &m, &y))
    return FALSE;
  if (y < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  date = lp_date_from_dmy (d, m, y);
  if (weekday != 0 && weekday != lp_date_get_weekday (date))
    return FALSE;
  if (out)
    *out = date;
  return TRUE;
}

static const char * const month_names[] = {
  NC_("month name", "January"), NC_("month name", "February"), NC_("month name", "March"),
  NC_("month name", "April"), NC_("month name", "May"), NC_("month name", "June"),
  NC_("month name", "July"), NC_("month name", "August"), NC_("month name", "September"),
  NC_("month name", "October"), NC_("month name", "November"), NC_("month name", "December"),
};

const char *
lp_date_get_month_name (guint month)
{
  g_return_val_if_fail (month >= 1 && month <= G_N_ELEMENTS (month_names), "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "month name", month_names[month - 1]);
}

/* Day, month by @month_name, and year; "" for no date. */
static char *
format_day_month_year (LpDate        date,
                       const char *(*month_name) (guint month))
{
  guint day, month, year;

  if (date == LP_DATE_NONE || !g_date_valid_julian (date))
    return g_strdup ("");
  lp_date_to_dmy (date, &day, &month, &year);
  /* TRANSLATORS: a date in full: %1$u is the day, %2$s the month's name,
   * %3$u the year ("15 March 2028"); reorder them as your language writes dates. */
  return g_strdup_printf (_("%1$u %2$s %3$u"), day, month_name (month), year);
}

char *
lp_date_format_long (LpDate date)
{
  return format_day_month_year (date, lp_date_get_month_name);
}

/* The same context and text as the timeline header's month abbreviations. */
static const char * const month_abbrevs[] = {
  NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"), NC_("month", "Apr"),
  NC_("month", "May"), NC_("month", "Jun"), NC_("month", "Jul"), NC_("month", "Aug"),
  NC_("month", "Sep"), NC_("month", "Oct"), NC_("month", "Nov"), NC_("month", "Dec"),
};

static const char * const weekday_names[] = {
  NC_("weekday name", "Monday"), NC_("weekday name", "Tuesday"), NC_("weekday name", "Wednesday"),
  NC_("weekday name", "Thursday"), NC_("weekday name", "Friday"), NC_("weekday name", "Saturday"),
  NC_("weekday name", "Sunday"),
};

const char *
lp_date_get_month_abbrev (guint month)
{
  g_return_val_if_fail (month >= 1 && month <= G_N_ELEMENTS (month_abbrevs), "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "month", month_abbrevs[month - 1]);
}

const char *
lp_date_get_weekday_name (guint weekday)
{
  g_return_val_if_fail (weekday >= 1 && weekday <= G_N_ELEMENTS (weekday_names), "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "weekday name", weekday_names[weekday - 1]);
}

char *
lp_date_format_short (LpDate date)
{
  return format_day_month_year (date, lp_date_get_month_abbrev);
}

char *
lp_date_format_weekday (LpDate date)
{
  g_autofree char *long_form = NULL;

  if (date == LP_DATE_NONE || !g_date_valid_julian (date))
    return g_strdup ("");
  long_form = lp_date_format_long (date);
  /* TRANSLATORS: a date with its weekday: %1$s is the weekday's name,
   * %2$s the date in full ("Tuesday 14 September 2026"). */
  return g_strdup_printf (C_("date with weekday", "%1$s %2$s"),
                          lp_date_get_weekday_name (lp_date_get_weekday (date)), long_form);
}
