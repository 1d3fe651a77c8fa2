/* lp-agenda-edit.c — changing a module's day programme, one undo step each
 *
 * Each operation builds the new programme and sets the module's "agenda"
 * property through the trajectory, inside a group that names the change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-agenda-edit.h"

#define DEFAULT_START (9 * 60)

static int
next_free_start (const LpAgenda *agenda,
                 LpModule       *module,
                 guint           day)
{
  int start = LP_TIME_NONE;

  for (guint i = 0; i < lp_agenda_get_n_items (agenda); i++)
    {
      const LpAgendaItem *item = lp_agenda_get_item (agenda, i);
      if (item->day == day)
        start = MAX (start, item->end);
    }
  if (start == LP_TIME_NONE && day == 1)
    start = lp_module_get_start_time (module);
  if (start == LP_TIME_NONE)
    start = DEFAULT_START;
  return MIN (start, LP_MINUTES_PER_DAY - 1 - LP_AGENDA_NEW_ITEM_MINUTES);
}

guint
lp_agenda_edit_add (LpTrajectory *t,
                    LpModule     *module,
                    guint         day,
                    const char   *title)
{
  g_autoptr(LpAgenda) agenda = lp_agenda_copy (lp_module_get_agenda (module));
  int start = next_free_start (agenda, module, MAX (day, 1));
  guint index;

  index = lp_agenda_add (agenda, lp_agenda_item_new (day, start, start + LP_AGENDA_NEW_ITEM_MINUTES,
                                                     title, NULL, NULL));
  lp_trajectory_set_boxed (t, module, "agenda", agenda, _("Add Programme Item"));
  return index;
}

void
lp_agenda_edit_remove (LpTrajectory *t,
                       LpModule     *module,
                       guint         index)
{
  g_autoptr(LpAgenda) agenda = lp_agenda_copy (lp_module_get_agenda (module));

  g_return_if_fail (index < lp_agenda_get_n_items (agenda));
  lp_agenda_remove (agenda, index);
  lp_trajectory_set_boxed (t, module, "agenda", agenda, _("Remove Programme Item"));
}

guint
lp_agenda_edit_replace (LpTrajectory       *t,
                        LpModule           *module,
                        guint               index,
                        const LpAgendaItem *item)
{
  g_autoptr(LpAgenda) agenda = lp_agenda_copy (lp_module_get_agenda (module));

  g_return_val_if_fail (index < lp_agenda_get_n_items (agenda), index);
  g_return_val_if_fail (item->start >= 0 && item->end > item->start &&
                        item->end < LP_MINUTES_PER_DAY, index);
  lp_agenda_remove (agenda, index);
  index = lp_agenda_add (agenda, lp_agenda_item_copy (item));
  lp_trajectory_set_boxed (t, module, "agenda", agenda, _("Change Programme Item"));
  return index;
}

guint
lp_agenda_edit_set_times (LpTrajectory *t,
                          LpModule     *module,
                          guint         index,
                          int           start,
                          int           end)
{
  const LpAgenda *agenda = lp_module_get_agenda (module);
  g_autoptr(LpAgendaItem) item = NULL;

  g_return_val_if_fail (index < lp_agenda_get_n_items (agenda), index);
  item = lp_agenda_item_copy (lp_agenda_get_item (agenda, index));
  item->start = start;
  item->end = end;
  return lp_agenda_edit_replace (t, module, index, item);
}

guint
lp_agenda_edit_move (LpTrajectory *t,
                     LpModule     *module,
                     guint         index,
                     int           delta)
{
  g_autoptr(LpAgenda) agenda = lp_agenda_copy (lp_module_get_agenda (module));
  guint n = lp_agenda_get_n_items (agenda);
  guint first, second;
  LpAgendaItem *a, *b;
  int gap, start;

  g_return_val_if_fail (index < n && (delta == -1 || delta == 1), index);
  if ((delta < 0 && index == 0) || (delta > 0 && index + 1 >= n))
    return index;
  first = delta < 0 ? index - 1 : index;
  second = first + 1;
  a = lp_agenda_item_copy (lp_agenda_get_item (agenda, first));
  b = lp_agenda_item_copy (lp_agenda_get_item (agenda, second));
  if (a->day != b->day)
    {
      lp_agenda_item_free (a);
      lp_agenda_item_free (b);
      return index;
    }
  /* b goes first, at a's start; a follows after the same gap. */
  gap = MAX (b->start - a->end, 0);
  start = a->start;
  a->start = start + (b->end - b->start) + gap;
  a->end = a->start + (a->end - start);
  b->end = start + (b->end - b->start);
  b->start = start;
  if (a->end >= LP_MINUTES_PER_DAY)
    {
      a->end = LP_MINUTES_PER_DAY - 1;
      a->start = MIN (a->start, a->end - 1);
    }
  lp_agenda_remove (agenda, second);
  lp_agenda_remove (agenda, first);
  first = lp_agenda_add (agenda, b);
  second = lp_agenda_add (agenda, a);
  lp_trajectory_set_boxed (t, module, "agenda", agenda, _("Move Programme Item"));
  return delta < 0 ? first : second;
}
