/* lp-timeline-view-keys.c — the timeline from the keyboard: Tab through the
 * blocks, arrows move the selected block or the cursor, Shift+arrows resize
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include "lp-tab-keys.h"
#include "lp-timeline-view-private.h"

static int
compare_modules_for_tab (LpTimelineView *self,
                         LpModule       *a,
                         LpModule       *b)
{
  int ta, tb;

  if (lp_module_get_start (a) != lp_module_get_start (b))
    return lp_module_get_start (a) < lp_module_get_start (b) ? -1 : 1;
  ta = lp_trajectory_get_track_index (self->trajectory, lp_module_get_track (a));
  tb = lp_trajectory_get_track_index (self->trajectory, lp_module_get_track (b));
  if (ta != tb)
    return ta < tb ? -1 : 1;
  if (lp_module_get_end (a) != lp_module_get_end (b))
    return lp_module_get_end (a) < lp_module_get_end (b) ? -1 : 1;
  return g_strcmp0 (lp_module_get_id (a), lp_module_get_id (b));
}

/* Tab / Shift+Tab: select the next / previous block.  Returns FALSE past the
 * last (or before the first) block, so that focus leaves the timeline and
 * keyboard users are never trapped in it. */
static gboolean
select_adjacent (LpTimelineView *self,
                 int             direction)
{
  GListModel *modules = lp_trajectory_get_modules (self->trajectory);
  guint n = g_list_model_get_n_items (modules);
  g_autoptr(LpModule) best = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      int to_current = self->selected ? compare_modules_for_tab (self, m, self->selected) * direction : 1;

      if (to_current <= 0 || m == self->selected)
        continue;
      if (best == NULL || compare_modules_for_tab (self, m, best) * direction < 0)
        g_set_object (&best, m);
    }
  if (best == NULL)
    return FALSE;
  lp_timeline_view_set_selected_module (self, best);
  self->cursor_track = lp_trajectory_get_track_index (self->trajectory, lp_module_get_track (best));
  self->cursor_date = lp_module_get_start (best);
  return TRUE;
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   LpTimelineView        *self)
{
  gboolean alt = (state & GDK_ALT_MASK) != 0;
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  int step = alt ? 1 : LP_DAYS_PER_WEEK;
  int dx = 0, dy = 0, tab;

  if (self->trajectory == NULL)
    return FALSE;

  tab = lp_tab_keys_direction (keyval, state);
  if (tab != 0)
    return select_adjacent (self, tab);
  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left: dx = -1; break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: dx = 1; break;
    case GDK_KEY_Up: case GDK_KEY_KP_Up: dy = -1; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: dy = 1; break;
    case GDK_KEY_Delete: case GDK_KEY_KP_Delete:
      if (self->selected == NULL || self->read_only)
        return FALSE;
      _lp_timeline_view_delete_selected (self);
      return TRUE;
    case GDK_KEY_Return: case GDK_KEY_KP_Enter:
      /* Alt+Enter belongs to the window (Trajectory Properties) */
      if (self->selected == NULL || alt)
        return FALSE;
      /* Ctrl+Enter opens the day programme, Enter the editor */
      if ((state & GDK_CONTROL_MASK) != 0)
        return gtk_widget_activate_action (GTK_WIDGET (self), "timeline.open-day", NULL);
      _lp_timeline_view_activate (self, self->selected);
      return TRUE;
    case GDK_KEY_Menu:
      _lp_timeline_view_popup_menu_from_keyboard (self);
      return TRUE;
    case GDK_KEY_F10:
      if (!shift)
        return FALSE;
      _lp_timeline_view_popup_menu_from_keyboard (self);
      return TRUE;
    case GDK_KEY_Escape:
      if (self->selected == NULL)
        return FALSE;
      lp_timeline_view_set_selected_module (self, NULL);
      return TRUE;
    default:
      return FALSE;
    }

  if (self->selected != NULL)
    {
      if (shift && dx != 0)
        _lp_timeline_view_move_selected (self, 0, 0, dx);          /* Shift: resize the end by a day */
      else if (shift && dy != 0)
        _lp_timeline_view_move_selected (self, 0, 0, dy * LP_DAYS_PER_WEEK); /* Shift+Up/Down: a week shorter/longer */
      else
        _lp_timeline_view_move_selected (self, dx * step, dy, 0);
    }
  else
    {
      LpDate p0 = lp_trajectory_get_span_start (self->trajectory);
      LpDate p1 = lp_trajectory_get_span_end (self->trajectory);

      self->cursor_track = CLAMP (self->cursor_track + dy, 0, MAX ((int) _lp_timeline_view_n_tracks (self) - 1, 0));
      self->cursor_date = CLAMP ((gint64) self->cursor_date + dx * step, (gint64) p0, (gint64) p1);
      _lp_timeline_view_update_accessible (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  return TRUE;
}

void
_lp_timeline_view_add_key_controller (LpTimelineView *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();

  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
}
