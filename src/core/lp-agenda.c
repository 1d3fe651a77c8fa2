/* lp-agenda.c — a module's day programme: timed items with a title
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-agenda.h"
#include "lp-date.h"

struct _LpAgenda
{
  GPtrArray *items;   /* LpAgendaItem*, in order */
};

static char *
dup_or_null (const char *text)
{
  return (text != NULL && *text != '\0') ? g_strdup (text) : NULL;
}

LpAgendaItem *
lp_agenda_item_new (guint       day,
                    int         start,
                    int         end,
                    const char *title,
                    const char *who,
                    const char *description)
{
  LpAgendaItem *item = g_new0 (LpAgendaItem, 1);

  item->day = MAX (day, 1);
  item->start = start;
  item->end = end;
  item->title = g_strdup (title ? title : "");
  item->who = dup_or_null (who);
  item->description = dup_or_null (description);
  return item;
}

LpAgendaItem *
lp_agenda_item_copy (const LpAgendaItem *item)
{
  g_return_val_if_fail (item != NULL, NULL);
  return lp_agenda_item_new (item->day, item->start, item->end, item->title,
                             item->who, item->description);
}

void
lp_agenda_item_free (LpAgendaItem *item)
{
  if (item == NULL)
    return;
  g_free (item->title);
  g_free (item->who);
  g_free (item->description);
  g_free (item);
}

static gboolean
item_equal (const LpAgendaItem *a,
            const LpAgendaItem *b)
{
  return a->day == b->day && a->start == b->start && a->end == b->end &&
         g_strcmp0 (a->title, b->title) == 0 && g_strcmp0 (a->who, b->who) == 0 &&
         g_strcmp0 (a->description, b->description) == 0;
}

G_DEFINE_BOXED_TYPE (LpAgenda, lp_agenda, lp_agenda_copy, lp_agenda_free)

LpAgenda *
lp_agenda_new (void)
{
  LpAgenda *agenda = g_new0 (LpAgenda, 1);

  agenda->items = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_agenda_item_free);
  return agenda;
}

LpAgenda *
lp_agenda_copy (const LpAgenda *agenda)
{
  LpAgenda *copy = lp_agenda_new ();

  for (guint i = 0; agenda != NULL && i < agenda->items->len; i++)
    g_ptr_array_add (copy->items, lp_agenda_item_copy (g_ptr_array_index (agenda->items, i)));
  return copy;
}

void
lp_agenda_free (LpAgenda *agenda)
{
  if (agenda == NULL)
    return;
  g_ptr_array_unref (agenda->items);
  g_free (agenda);
}

guint
lp_agenda_get_n_items (const LpAgenda *agenda)
{
  return agenda != NULL ? agenda->items->len : 0;
}

const LpAgendaItem *
lp_agenda_get_item (const LpAgenda *agenda,
                    guint           index)
{
  g_return_val_if_fail (index < lp_agenda_get_n_items (agenda), NULL);
  return g_ptr_array_index (agenda->items, index);
}

static gboolean
comes_before (const LpAgendaItem *a,
              const LpAgendaItem *b)
{
  return a->day < b->day || (a->day == b->day && a->start < b->start);
}

guint
lp_agenda_add (LpAgenda     *agenda,
               LpAgendaItem *item)
{
  guint at = agenda->items->len;

  g_return_val_if_fail (item != NULL, 0);
  while (at > 0 && comes_before (item, g_ptr_array_index (agenda->items, at - 1)))
    at--;
  g_ptr_array_insert (agenda->items, (int) at, item);
  return at;
}

void
lp_agenda_remove (LpAgenda *agenda,
                  guint     index)
{
  g_return_if_fail (index < lp_agenda_get_n_items (agenda));
  g_ptr_array_remove_index (agenda->items, index);
}

gboolean
lp_agenda_equal (const LpAgenda *a,
                 const LpAgenda *b)
{
  guint n = lp_agenda_get_n_items (a);

  if (n != lp_agenda_get_n_items (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!item_equal (lp_agenda_get_item (a, i), lp_agenda_get_item (b, i)))
      return FALSE;
  return TRUE;
}

guint
lp_agenda_get_last_day (const LpAgenda *agenda)
{
  guint last = 0;

  for (guint i = 0; i < lp_agenda_get_n_items (agenda); i++)
    last = MAX (last, lp_agenda_get_item (agenda, i)->day);
  return last;
}

static void
add_outside_problem (GPtrArray          *problems,
                     const LpAgendaItem *item,
                     guint               n_days,
                     int                 start_time,
                     int                 end_time)
{
  char time[LP_TIME_TEXT_SIZE];

  if (item->day == 1 && start_time != LP_TIME_NONE && item->start < start_time)
    g_ptr_array_add (problems,
                     /* TRANSLATORS: a programme item starts before its module does; %s is the item's title, then a time */
                     g_strdup_printf (_("“%s” starts before the module begins at %s"),
                                      item->title, lp_time_format (start_time, time)));
  if (item->day == n_days && end_time != LP_TIME_NONE && item->end > end_time)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("“%s” ends after the module ends at %s"),
                                      item->title, lp_time_format (end_time, time)));
  if (item->day > n_days)
    g_ptr_array_add (problems,
                     g_strdup_printf (ngettext ("“%s” is on day %u, but the module lasts %u day",
                                                "“%s” is on day %u, but the module lasts %u days", n_days),
                                      item->title, item->day, n_days));
}

GPtrArray *
lp_agenda_find_problems (const LpAgenda *agenda,
                         guint           n_days,
                         int             start_time,
                         int             end_time)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);
  guint n = lp_agenda_get_n_items (agenda);

  for (guint i = 0; i < n; i++)
    {
      const LpAgendaItem *item = lp_agenda_get_item (agenda, i);

      for (guint j = i + 1; j < n; j++)
        {
          const LpAgendaItem *other = lp_agenda_get_item (agenda, j);
          if (other->day == item->day && other->start < item->end && item->start < other->end)
            g_ptr_array_add (problems,
                             g_strdup_printf (_("“%s” and “%s” overlap"), item->title, other->title));
        }
      add_outside_problem (problems, item, n_days, start_time, end_time);
    }
  return problems;
}
