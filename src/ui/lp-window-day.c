/* lp-window-day.c — the window showing one module's day instead of the
 * timeline, and back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline stays in its scrolled window while the day is shown, so its
 * scroll position and zoom are as they were when it comes back.
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include "lp-window-internal.h"

static void on_day_back_cb (LpDayView *day_view, LpWindow *self);
static void on_day_item_activated_cb (LpDayView *day_view, guint index, LpWindow *self);

/* The day view, made when a day is first shown (not with every window). */
static void
ensure_day_view (LpWindow *self)
{
  if (self->day_view != NULL)
    return;
  self->day_view = LP_DAY_VIEW (lp_day_view_new ());
  g_signal_connect (self->day_view, "back", G_CALLBACK (on_day_back_cb), self);
  g_signal_connect (self->day_view, "item-activated", G_CALLBACK (on_day_item_activated_cb), self);
  gtk_stack_add_named (self->view_stack, GTK_WIDGET (self->day_view), "day");
}

static void
on_day_requested_cb (LpTimelineView *timeline,
                     LpModule       *module,
                     LpWindow       *self)
{
  ensure_day_view (self);
  lp_day_view_show (self->day_view, self->trajectory, module, 1);
  gtk_stack_set_visible_child_name (self->view_stack, "day");
  gtk_widget_grab_focus (_lp_day_view_get_canvas (self->day_view));
}

static void
on_day_back_cb (LpDayView *day_view,
                LpWindow  *self)
{
  LpModule *module = lp_day_view_get_module (day_view);

  gtk_stack_set_visible_child_name (self->view_stack, "timeline");
  if (module != NULL && self->trajectory != NULL &&
      lp_trajectory_lookup_module (self->trajectory, lp_module_get_id (module)) == module)
    lp_timeline_view_set_selected_module (self->timeline, module);
  lp_day_view_show (day_view, NULL, NULL, 1);
  gtk_widget_grab_focus (GTK_WIDGET (self->timeline));
}

/* Enter on an item: the editor, shown, on that item of the Programme section. */
static void
on_day_item_activated_cb (LpDayView *day_view,
                          guint      index,
                          LpWindow  *self)
{
  LpModule *module = lp_day_view_get_module (day_view);

  if (module == NULL)
    return;
  if (lp_module_editor_get_module (self->editor) != module)
    lp_timeline_view_set_selected_module (self->timeline, module);
  lp_editor_toggle_reveal (self->editor_toggle);
  lp_module_editor_focus_agenda_item (self->editor, index);
}

/* A different trajectory in the window (Open, Revert): back to its timeline. */
static void
on_trajectory_notify_cb (LpTimelineView *timeline,
                         GParamSpec     *pspec,
                         LpWindow       *self)
{
  if (self->day_view != NULL && lp_day_view_get_module (self->day_view) != NULL)
    on_day_back_cb (self->day_view, self);
}

void
_lp_window_day_setup (LpWindow *self)
{
  g_signal_connect (self->timeline, "day-requested", G_CALLBACK (on_day_requested_cb), self);
  g_signal_connect (self->timeline, "notify::trajectory", G_CALLBACK (on_trajectory_notify_cb), self);
}
