/* lp-day-view-keys.c — the day view from the keyboard, as the timeline:
 * Tab and Shift+Tab (or Up and Down with nothing selected) select the items
 * in time order, Up and Down move the selected item, Shift+Up and Shift+Down
 * move its end, by LP_DAY_VIEW_STEP minutes, one undo step per key press
 * through the path a drag takes; Enter shows the selected item in the
 * editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include "lp-day-view-private.h"
#include "lp-tab-keys.h"

/* The item of the day shown after (@direction 1) or before (-1) the
 * selected one, in time order (the programme's order), from the first or
 * the last with nothing selected; -1 past the end. */
static int
adjacent_item (LpDayView *self, int direction)
{
  const LpAgenda *agenda = lp_module_get_agenda (self->module);
  int n = (int) lp_agenda_get_n_items (agenda);
  int i = self->selected >= 0 ? self->selected + direction : (direction > 0 ? 0 : n - 1);

  for (; i >= 0 && i < n; i += direction)
    if (lp_agenda_get_item (agenda, (guint) i)->day == self->day)
      return i;
  return -1;
}

/* Returns FALSE past the last (or before the first) item, so that Tab leaves
 * the view and keyboard users are never trapped in it. */
static gboolean
select_adjacent (LpDayView *self, int direction)
{
  int next = adjacent_item (self, direction);

  if (next < 0)
    return FALSE;
  _lp_day_view_select (self, next);
  return TRUE;
}

static void
move_selected (LpDayView *self, int delta, gboolean resize)
{
  const LpAgendaItem *item = lp_agenda_get_item (lp_module_get_agenda (self->module), (guint) self->selected);
  int start, end;

  _lp_day_view_shift_times (item->start, item->end, delta, resize, &start, &end);
  _lp_day_view_select (self, (int) _lp_day_view_commit_times (self, (guint) self->selected, start, end));
}

gboolean
_lp_day_view_key_pressed (LpDayView       *self,
                          guint            keyval,
                          GdkModifierType  state)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  int dy, tab;

  if (self->module == NULL || self->drag_index >= 0)
    return FALSE;
  tab = lp_tab_keys_direction (keyval, state);
  if (tab != 0)
    return select_adjacent (self, tab);
  switch (keyval)
    {
    case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_ISO_Enter:
      if (self->selected < 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
        return FALSE;
      _lp_day_view_activate (self);
      return TRUE;
    case GDK_KEY_Up: case GDK_KEY_KP_Up: dy = -1; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: dy = 1; break;
    default:
      return FALSE;
    }
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  if (self->selected < 0)
    {
      select_adjacent (self, dy);
      return TRUE;
    }
  move_selected (self, dy * LP_DAY_VIEW_STEP, shift);
  return TRUE;
}
