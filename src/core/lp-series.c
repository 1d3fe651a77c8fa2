/* lp-series.c — repeating a module: the dates of a series and its edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-date.h"
#include "lp-series.h"

static guint
days_in_month (guint year,
               guint month)
{
  return g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);
}

guint
lp_series_week_of_month (LpDate date)
{
  guint day, month, year;

  g_return_val_if_fail (date != LP_DATE_NONE, 0);

  lp_date_to_dmy (date, &day, &month, &year);
  if (day + LP_DAYS_PER_WEEK > days_in_month (year, month))
    return LP_SERIES_LAST_WEEK;
  return (day - 1) / LP_DAYS_PER_WEEK + 1;
}

LpDate
lp_series_nth_weekday (guint year,
                       guint month,
                       guint weekday,
                       guint nth)
{
  LpDate first, last;
  guint offset;

  g_return_val_if_fail (month >= 1 && month <= LP_MONTHS_PER_YEAR, LP_DATE_NONE);
  g_return_val_if_fail (weekday >= 1 && weekday <= LP_DAYS_PER_WEEK, LP_DATE_NONE);
  g_return_val_if_fail (nth >= 1 && nth <= LP_SERIES_LAST_WEEK, LP_DATE_NONE);

  if (nth == LP_SERIES_LAST_WEEK)
    {
      last = lp_date_from_dmy (days_in_month (year, month), month, year);
      offset = (lp_date_get_weekday (last) + LP_DAYS_PER_WEEK - weekday) % LP_DAYS_PER_WEEK;
      return last - offset;
    }
  first = lp_date_from_dmy (1, month, year);
  offset = (weekday + LP_DAYS_PER_WEEK - lp_date_get_weekday (first)) % LP_DAYS_PER_WEEK;
  return first + offset + (nth - 1) * LP_DAYS_PER_WEEK;
}

char *
lp_series_describe_monthly (LpDate date)
{
  const char *day;

  g_return_val_if_fail (date != LP_DATE_NONE, NULL);

  day = lp_date_get_weekday_name (lp_date_get_weekday (date));
  /* Translators: %s is a weekday name as the calendar gives it ("Tuesday"). */
  switch (lp_series_week_of_month (date))
    {
    case 1:
      return g_strdup_printf (_("Monthly on the first %s"), day);
    case 2:
      return g_strdup_printf (_("Monthly on the second %s"), day);
    case 3:
      return g_strdup_printf (_("Monthly on the third %s"), day);
    case 4:
      return g_strdup_printf (_("Monthly on the fourth %s"), day);
    default:
      return g_strdup_printf (_("Monthly on the last %s"), day);
    }
}

static gboolean
rule_is_valid (const LpSeriesRule *rule,
               LpDate              first)
{
  if (rule->repeat == LP_SERIES_EVERY_N_WEEKS && rule->n_weeks < 1)
    return FALSE;
  if (rule->repeat != LP_SERIES_EVERY_N_WEEKS && rule->repeat != LP_SERIES_MONTHLY_WEEKDAY)
    return FALSE;
  if (rule->until == LP_DATE_NONE)
    return rule->count >= 1;
  return rule->until >= first;
}

/* The date of session i (0 is first). */
static LpDate
session_date (const LpSeriesRule *rule,
              LpDate              first,
              guint               i)
{
  guint day, month, year, months;

  if (rule->repeat == LP_SERIES_EVERY_N_WEEKS)
    return first + i * rule->n_weeks * LP_DAYS_PER_WEEK;

  lp_date_to_dmy (first, &day, &month, &year);
  months = (month - 1) + i;
  return lp_series_nth_weekday (year + months / LP_MONTHS_PER_YEAR,
                                months % LP_MONTHS_PER_YEAR + 1,
                                lp_date_get_weekday (first),
                                lp_series_week_of_month (first));
}

GArray *
lp_series_dates (const LpSeriesRule *rule,
                 LpDate              first,
                 LpDate              last_start,
                 guint              *n_left_out)
{
  g_autoptr(GArray) dates = NULL;
  guint left_out = 0;

  g_return_val_if_fail (rule != NULL, NULL);
  g_return_val_if_fail (first != LP_DATE_NONE, NULL);

  if (n_left_out != NULL)
    *n_left_out = 0;
  if (!rule_is_valid (rule, first))
    return NULL;

  dates = g_array_new (FALSE, FALSE, sizeof (LpDate));
  g_array_append_val (dates, first);
  for (guint i = 1; i < LP_SERIES_MAX_SESSIONS; i++)
    {
      LpDate date;

      if (rule->until == LP_DATE_NONE && i >= rule->count)
        break;
      date = session_date (rule, first, i);
      if (rule->until != LP_DATE_NONE && date > rule->until)
        break;
      if (date > last_start)
        left_out++;
      else
        g_array_append_val (dates, date);
    }
  if (n_left_out != NULL)
    *n_left_out = left_out;
  return g_steal_pointer (&dates);
}

GArray *
lp_series_dates_for (LpTrajectory       *trajectory,
                     LpModule           *module,
                     const LpSeriesRule *rule,
                     guint              *n_left_out)
{
  LpDate span_end;
  guint extra;

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), NULL);
  g_return_val_if_fail (LP_IS_MODULE (module), NULL);

  span_end = lp_trajectory_get_span_end (trajectory);
  extra = lp_module_get_n_days (module) - 1;
  return lp_series_dates (rule, lp_module_get_start (module),
                          span_end > extra ? span_end - extra : LP_DATE_NONE,
                          n_left_out);
}

char *
lp_series_make_id (LpTrajectory *trajectory)
{
  GListModel *modules;
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), NULL);

  modules = lp_trajectory_get_modules (trajectory);
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      const char *series = lp_module_get_series (m);

      if (series != NULL)
        g_hash_table_add (used, (gpointer) g_intern_string (series));
    }
  for (guint n = 1; ; n++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", n);

      if (!g_hash_table_contains (used, id))
        return g_steal_pointer (&id);
    }
}

static int
compare_start (gconstpointer a,
               gconstpointer b)
{
  LpDate sa = lp_module_get_start (*(LpModule **) a);
  LpDate sb = lp_module_get_start (*(LpModule **) b);

  return sa < sb ? -1 : sa > sb;
}

void
lp_series_sort_by_start (GPtrArray *modules)
{
  g_return_if_fail (modules != NULL);
  g_ptr_array_sort (modules, compare_start);
}

GPtrArray *
lp_series_get_members (LpTrajectory *trajectory,
                       const char   *series)
{
  GPtrArray *members = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *modules;

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), members);

  if (series == NULL)
    return members;
  modules = lp_trajectory_get_modules (trajectory);
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      LpModule *m = g_list_model_get_item (modules, i);

      if (g_strcmp0 (lp_module_get_series (m), series) == 0)
        g_ptr_array_add (members, m);
      else
        g_object_unref (m);
    }
  lp_series_sort_by_start (members);
  return members;
}

guint
lp_series_apply (LpTrajectory       *trajectory,
                 LpModule           *module,
                 const LpSeriesRule *rule,
                 guint              *n_left_out)
{
  g_autoptr(GArray) dates = NULL;
  g_autofree char *series = NULL;
  guint length;

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), 0);
  g_return_val_if_fail (LP_IS_MODULE (module), 0);

  dates = lp_series_dates_for (trajectory, module, rule, n_left_out);
  if (dates == NULL || dates->len < 2)
    return 0;

  series = g_strdup (lp_module_get_series (module));
  if (series == NULL)
    series = lp_series_make_id (trajectory);
  length = lp_module_get_n_days (module) - 1;

  lp_trajectory_begin_group (trajectory, _("Repeat Module"));
  lp_trajectory_set_string (trajectory, module, "series", series);
  for (guint i = 1; i < dates->len; i++)
    {
      g_autofree char *id = lp_trajectory_make_id (trajectory, LP_TYPE_MODULE);
      g_autoptr(LpModule) copy = lp_module_copy (module, id);
      LpDate start = g_array_index (dates, LpDate, i);

      lp_module_set_start (copy, start);
      lp_module_set_end (copy, start + length);
      lp_module_set_series (copy, series);
      lp_trajectory_add_module (trajectory, copy);
    }
  lp_trajectory_end_group (trajectory);
  return dates->len - 1;
}

void
lp_series_remove (LpTrajectory *trajectory,
                  const char   *series)
{
  g_autoptr(GPtrArray) members = NULL;

  g_return_if_fail (LP_IS_TRAJECTORY (trajectory));

  members = lp_series_get_members (trajectory, series);
  lp_trajectory_begin_group (trajectory, _("Delete Series"));
  for (guint i = 0; i < members->len; i++)
    lp_trajectory_remove_module (trajectory, g_ptr_array_index (members, i));
  lp_trajectory_end_group (trajectory);
}

void
lp_series_move (LpTrajectory *trajectory,
                const char   *series,
                int           days,
                LpTrack      *track)
{
  g_autoptr(GPtrArray) members = NULL;

  g_return_if_fail (LP_IS_TRAJECTORY (trajectory));
  g_return_if_fail (track == NULL || LP_IS_TRACK (track));

  members = lp_series_get_members (trajectory, series);
  lp_trajectory_begin_group (trajectory, _("Move Series"));
  for (guint i = 0; i < members->len; i++)
    {
      LpModule *m = g_ptr_array_index (members, i);

      lp_trajectory_move_module (trajectory, m,
                                 track != NULL ? track : lp_module_get_track (m),
                                 (LpDate) ((gint64) lp_module_get_start (m) + days),
                                 (LpDate) ((gint64) lp_module_get_end (m) + days));
    }
  lp_trajectory_end_group (trajectory);
}

void
lp_series_set_value (LpTrajectory *trajectory,
                     const char   *series,
                     const char   *property,
                     const GValue *value)
{
  g_autoptr(GPtrArray) members = NULL;

  g_return_if_fail (LP_IS_TRAJECTORY (trajectory));
  g_return_if_fail (property != NULL);

  members = lp_series_get_members (trajectory, series);
  lp_trajectory_begin_group (trajectory, _("Edit Series"));
  for (guint i = 0; i < members->len; i++)
    lp_trajectory_set_value (trajectory, g_ptr_array_index (members, i), property, value);
  lp_trajectory_end_group (trajectory);
}
