/* lp-timeline-view-edit.c — editing on the timeline: moving, resizing,
 * duplicating and deleting blocks, dragging them, and dropping a palette
 * kind with a preview of where it lands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lp-timeline-view-private.h"

/* The last day of a module of that kind starting at start: a module lasts
 * at least one day. */
static LpDate
last_day (LpDate  start,
          LpKind *kind)
{
  return start + (kind != NULL ? MAX (lp_kind_get_days (kind), 1) : 1) - 1;
}

/* Keeps [start, end] inside the trajectory's period by shifting it. */
void
_lp_timeline_view_clamp_into_span (LpTimelineView *self,
                                     LpDate         *start,
                                     LpDate         *end)
{
  LpDate p0 = lp_trajectory_get_span_start (self->trajectory);
  LpDate p1 = lp_trajectory_get_span_end (self->trajectory);
  guint len = *end - *start;

  if (*start < p0)
    {
      *start = p0;
      *end = p0 + len;
    }
  if (*end > p1)
    {
      *end = p1;
      *start = (p1 >= p0 + len) ? p1 - len : p0;
    }
}

void
_lp_timeline_view_move_selected (LpTimelineView *self,
                                 int             days,
                                 int             lanes,
                                 int             end_days)
{
  LpModule *m = self->selected;
  LpTrack *old_track;
  LpDate start, end, old_start;
  int track_index;
  g_autoptr(LpTrack) track = NULL;

  if (self->read_only)
    return;

  if (m == NULL)
    return;
  start = lp_module_get_start (m) + days;
  end = lp_module_get_end (m) + days + end_days;
  if (end < start)
    return;
  _lp_timeline_view_clamp_into_span (self, &start, &end);
  track_index = lp_trajectory_get_track_index (self->trajectory, lp_module_get_track (m)) + lanes;
  track = _lp_timeline_view_track_at (self, CLAMP (track_index, 0, (int) _lp_timeline_view_n_tracks (self) - 1));
  old_track = lp_module_get_track (m);
  old_start = lp_module_get_start (m);
  lp_trajectory_move_module (self->trajectory, m, track, start, end);
  _lp_timeline_view_scroll_to_block (self, m);
  _lp_timeline_view_update_accessible (self);
  if (end_days == 0)
    _lp_timeline_view_ask_series_move (self, m, old_track, old_start);
}

void
_lp_timeline_view_duplicate_selected (LpTimelineView *self)
{
  LpModule *copy;

  if (self->selected == NULL || self->read_only)
    return;
  copy = lp_trajectory_duplicate_module (self->trajectory, self->selected);
  lp_timeline_view_set_selected_module (self, copy);
}

LpModule *
_lp_timeline_view_place_kind_at (LpTimelineView *self,
                                 LpKind         *kind,
                                 int             track_index,
                                 LpDate          date)
{
  g_autofree char *id = NULL;
  g_autoptr(LpModule) module = NULL;
  g_autoptr(LpTrack) track = NULL;
  LpDate start = date, end;

  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (self), NULL);
  g_return_val_if_fail (kind == NULL || LP_IS_KIND (kind), NULL);
  if (self->trajectory == NULL || kind == NULL || self->read_only)
    return NULL;
  track = _lp_timeline_view_track_at (self, track_index);
  if (track == NULL)
    return NULL;
  end = last_day (start, kind);
  _lp_timeline_view_clamp_into_span (self, &start, &end);

  id = lp_trajectory_make_id (self->trajectory, LP_TYPE_MODULE);
  module = lp_module_new (id);
  lp_module_set_kind_id (module, lp_kind_get_id (kind));
  lp_module_set_track (module, track);
  lp_module_set_start (module, start);
  lp_module_set_end (module, end);
  lp_module_set_status (module, LP_STATUS_DRAFT);
  lp_trajectory_add_module (self->trajectory, module);
  lp_timeline_view_set_selected_module (self, module);
  return module;
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  LpTimelineView *self)
{
  LpViewHit hit;

  self->drag_module = NULL;
  self->drag_active = FALSE;
  self->drag_copied = FALSE;
  if (self->read_only || !_lp_timeline_view_body_hit (self, x, y, &hit) || !_lp_timeline_view_hit_is_block (&hit))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  self->drag_kind = hit.kind;
  self->drag_module = hit.module;
  self->drag_track = lp_module_get_track (hit.module);
  self->drag_start = lp_module_get_start (hit.module);
  self->drag_end = lp_module_get_end (hit.module);
  self->drag_x = x;
  self->drag_y = y;
}

static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          dx,
                   double          dy,
                   LpTimelineView *self)
{
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  double scale = lp_timeline_layout_get_scale (self->layout);
  int days = (int) lround (dx / scale);
  LpDate start = self->drag_start, end = self->drag_end;
  LpTrack *track = self->drag_track;
  g_autoptr(LpTrack) lane_track = NULL;

  if (self->drag_module == NULL)
    return;
  if (!self->drag_active)
    {
      if (ABS (dx) < DRAG_SLOP && ABS (dy) < DRAG_SLOP)
        return;
      self->drag_active = TRUE;
      lp_trajectory_begin_group (self->trajectory,
                                 self->drag_kind == LP_HIT_BLOCK ? _("Move Module") : _("Resize Module"));
      /* Ctrl+drag duplicates: the copy moves, the original stays */
      if (self->drag_kind == LP_HIT_BLOCK && (mods & GDK_CONTROL_MASK))
        {
          LpModule *copy = lp_trajectory_duplicate_module (self->trajectory, self->drag_module);
          self->drag_module = copy;
          self->drag_copied = TRUE;
          lp_timeline_view_set_selected_module (self, copy);
        }
    }

  switch (self->drag_kind)
    {
    case LP_HIT_BLOCK_START_EDGE:
      start = MIN ((gint64) self->drag_start + days, (gint64) end);
      break;
    case LP_HIT_BLOCK_END_EDGE:
      end = MAX ((gint64) self->drag_end + days, (gint64) start);
      break;
    default:
      {
        double cx, cy;
        int lane;

        /* default snap to whole weeks; Shift: free to the day */
        if (!(mods & GDK_SHIFT_MASK))
          days = (int) lround (days / (double) LP_DAYS_PER_WEEK) * LP_DAYS_PER_WEEK;
        start = self->drag_start + days;
        end = self->drag_end + days;
        _lp_timeline_view_to_content (self, self->drag_x + dx, self->drag_y + dy, &cx, &cy);
        lane = lp_timeline_layout_track_at_y (self->layout, cy);
        lane_track = lane >= 0 ? _lp_timeline_view_track_at (self, lane) : NULL;
        if (lane_track != NULL)
          track = lane_track;
      }
      break;
    }
  _lp_timeline_view_clamp_into_span (self, &start, &end);
  lp_trajectory_move_module (self->trajectory, self->drag_module, track, start, end);
}

static void
on_drag_end_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                LpTimelineView *self)
{
  g_autoptr(LpModule) moved = NULL;

  if (self->drag_active)
    lp_trajectory_end_group (self->trajectory);
  /* a moved series member asks about the series once the drag is over */
  if (self->drag_active && self->drag_kind == LP_HIT_BLOCK && !self->drag_copied)
    moved = g_object_ref (self->drag_module);
  self->drag_active = FALSE;
  self->drag_module = NULL;
  _lp_timeline_view_update_accessible (self);
  if (moved != NULL)
    _lp_timeline_view_ask_series_move (self, moved, self->drag_track, self->drag_start);
}

static GdkDragAction
on_drop_motion_cb (GtkDropTarget  *target,
                   double          x,
                   double          y,
                   LpTimelineView *self)
{
  const GValue *value = gtk_drop_target_get_value (target);
  LpKind *kind = value && G_VALUE_HOLDS (value, LP_TYPE_KIND) ? g_value_get_object (value) : NULL;
  double cx = 0, cy = 0;
  int lane = -1;

  self->preview_track = -1;
  if (self->trajectory != NULL && !self->read_only && x >= lp_timeline_view_get_name_column_width (self) && y >= _lp_timeline_view_header_height (self))
    {
      _lp_timeline_view_to_content (self, x, y, &cx, &cy);
      lane = lp_timeline_layout_track_at_y (self->layout, cy);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (lane < 0)
    return 0;
  self->preview_track = lane;
  self->preview_start = lp_timeline_layout_x_to_date (self->layout, cx);
  self->preview_end = last_day (self->preview_start, kind);
  _lp_timeline_view_clamp_into_span (self, &self->preview_start, &self->preview_end);
  return GDK_ACTION_COPY;
}

static void
on_drop_leave_cb (GtkDropTarget  *target,
                  LpTimelineView *self)
{
  self->preview_track = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
on_drop_cb (GtkDropTarget  *target,
            const GValue   *value,
            double          x,
            double          y,
            LpTimelineView *self)
{
  LpKind *kind;
  double cx, cy;
  int lane;

  self->preview_track = -1;
  if (self->trajectory == NULL || self->read_only || !G_VALUE_HOLDS (value, LP_TYPE_KIND))
    return FALSE;
  kind = g_value_get_object (value);
  _lp_timeline_view_to_content (self, x, y, &cx, &cy);
  lane = lp_timeline_layout_track_at_y (self->layout, cy);
  if (x < lp_timeline_view_get_name_column_width (self) || lane < 0)
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  return _lp_timeline_view_place_kind_at (self, kind, lane, lp_timeline_layout_x_to_date (self->layout, cx)) != NULL;
}

void
_lp_timeline_view_add_drag_gesture (LpTimelineView *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

void
_lp_timeline_view_add_drop_target (LpTimelineView *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (LP_TYPE_KIND, GDK_ACTION_COPY);

  gtk_drop_target_set_preload (drop, TRUE);
  g_signal_connect (drop, "motion", G_CALLBACK (on_drop_motion_cb), self);
  g_signal_connect (drop, "enter", G_CALLBACK (on_drop_motion_cb), self);
  g_signal_connect (drop, "leave", G_CALLBACK (on_drop_leave_cb), self);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
