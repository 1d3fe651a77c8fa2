/* lp-timeline-view-menu.c — the timeline's context menus: a block's menu
 * and the lane menu, from the secondary button or the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-lane-menu.h"
#include "lp-timeline-view-private.h"

/* how far into a block (pixels at most) its menu points, from the keyboard */
#define MENU_POINT_INSET 40

static void
popup_menu (LpTimelineView *self,
            GMenuModel     *menu,
            double          x,
            double          y)
{
  /* made when first needed: one popover less to build with every window */
  if (self->context_menu == NULL)
    {
      self->context_menu = gtk_popover_menu_new_from_model (NULL);
      gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
      gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
    }
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->context_menu), menu);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
  /* the block's tooltip, shown a moment ago, would cover the menu */
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

static void
popup_lane_menu (LpTimelineView *self,
                 double          x,
                 double          y,
                 gboolean        at_date)
{
  g_autoptr(GMenuModel) menu = lp_lane_menu_build (self, at_date);

  lp_lane_menu_update_actions (self);
  popup_menu (self, menu, x, y);
}

static void
on_context_pressed_cb (GtkGestureClick *gesture,
                       int              n_press,
                       double           x,
                       double           y,
                       LpTimelineView  *self)
{
  LpModule *module = NULL;
  int track = -1;
  double cx, cy;

  if (self->trajectory == NULL || self->read_only || y < _lp_timeline_view_header_height (self))
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  _lp_timeline_view_to_content (self, MAX (x, lp_timeline_view_get_name_column_width (self)), y, &cx, &cy);
  if (x >= lp_timeline_view_get_name_column_width (self))
    lp_timeline_layout_hit_test (self->layout, cx, cy, &module, &track);
  else
    track = lp_timeline_layout_track_at_y (self->layout, cy);
  if (module != NULL)
    {
      lp_timeline_view_set_selected_module (self, module);
      popup_menu (self, self->module_menu, x, y);
      return;
    }
  if (track < 0)
    return;
  lp_timeline_view_set_selected_module (self, NULL);
  self->cursor_track = track;
  if (x >= lp_timeline_view_get_name_column_width (self))
    self->cursor_date = lp_timeline_layout_x_to_date (self->layout, cx);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  popup_lane_menu (self, x, y, x >= lp_timeline_view_get_name_column_width (self));
}

void
_lp_timeline_view_get_cursor (LpTimelineView *self,
                              int            *track,
                              LpDate         *date)
{
  g_return_if_fail (LP_IS_TIMELINE_VIEW (self));
  if (track != NULL)
    *track = self->trajectory ? self->cursor_track : -1;
  if (date != NULL)
    *date = self->cursor_date;
}

void
_lp_timeline_view_set_cursor_track (LpTimelineView *self,
                                    int             track)
{
  g_return_if_fail (LP_IS_TIMELINE_VIEW (self));
  if (self->trajectory == NULL)
    return;
  self->cursor_track = CLAMP (track, 0, MAX ((int) _lp_timeline_view_n_tracks (self) - 1, 0));
  lp_lane_menu_update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Menu key or Shift+F10: the menu of the selected block, else of the
 * lane and date under the keyboard cursor. */
void
_lp_timeline_view_popup_menu_from_keyboard (LpTimelineView *self)
{
  LpBlock block;
  double x, y;

  if (self->read_only)
    return;
  if (self->selected != NULL && lp_timeline_layout_get_block (self->layout, self->selected, &block))
    {
      popup_menu (self, self->module_menu,
                  block.rect.x - _lp_timeline_view_scroll_x (self) + lp_timeline_view_get_name_column_width (self)
                  + MIN (block.rect.width / 2, MENU_POINT_INSET),
                  block.rect.y - _lp_timeline_view_scroll_y (self) + _lp_timeline_view_header_height (self) + block.rect.height / 2);
      return;
    }
  if (!lp_timeline_view_get_point (self, self->cursor_date, (guint) MAX (self->cursor_track, 0), &x, &y))
    return;
  popup_lane_menu (self, x, y, TRUE);
}

void
_lp_timeline_view_add_menu (LpTimelineView *self)
{
  GtkGesture *context = gtk_gesture_click_new ();
  g_autoptr(GMenu) menu = g_menu_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (context), GDK_BUTTON_SECONDARY);
  g_signal_connect (context, "pressed", G_CALLBACK (on_context_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (context));

  g_menu_append (menu, _("_Edit"), "timeline.edit");
  g_menu_append (menu, _("Open Day _Programme"), "timeline.open-day");
  g_menu_append (menu, _("D_uplicate"), "timeline.duplicate");
  g_menu_append (menu, _("_Repeat…"), "timeline.repeat");
  g_menu_append (menu, _("_Delete"), "timeline.delete");
  self->module_menu = G_MENU_MODEL (g_object_ref (menu));
}

/* Read-only: blocks cannot be dragged, resized, dropped on, duplicated,
 * deleted or moved from the keyboard, and no context menu opens. */
void
lp_timeline_view_set_read_only (LpTimelineView *self,
                                gboolean        read_only)
{
  g_return_if_fail (LP_IS_TIMELINE_VIEW (self));
  self->read_only = !!read_only;
  if (self->read_only && self->context_menu != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->context_menu));
}

gboolean
lp_timeline_view_get_read_only (LpTimelineView *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (self), FALSE);
  return self->read_only;
}
