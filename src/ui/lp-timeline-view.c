/* lp-timeline-view.c — the timeline widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws through the shared painter (LpTimelinePainter) with the month header
 * pinned at the top and the lane names pinned at the left; all geometry comes
 * from LpTimelineLayout.  Every edit goes through LpTrajectory operations, so
 * it can be undone; a drag is one undo step however long it lasts.
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "core/lp-date.h"
#include "render/lp-timeline-painter.h"
#include "lp-lane-menu.h"
#include "lp-timeline-accessible.h"
#include "lp-timeline-block.h"
#include "lp-timeline-tooltip.h"
#include "lp-timeline-view-private.h"
#include "lp-timeline-view.h"

#define NAME_COLUMN  LP_TIMELINE_NAME_COLUMN
#define ZOOM_STEP    1.25
#define DRAG_SLOP    3.0

struct _LpTimelineView
{
  GtkWidget            parent_instance;

  LpTrajectory        *trajectory;
  LpTimelineLayout    *layout;
  LpTimelinePainter   *painter;
  LpModule            *selected;

  GtkAdjustment       *hadjustment;
  GtkAdjustment       *vadjustment;
  guint                hscroll_policy : 1;
  guint                vscroll_policy : 1;
  guint                fitted : 1;       /* fitted once, on the first allocation */
  guint                fit : 1;          /* the whole period fills the width until the user zooms */
  double               pointer_x;        /* last pointer x (widget), for zooming around it */

  /* keyboard cursor: where Enter in the palette places a module */
  int                  cursor_track;
  LpDate               cursor_date;

  /* a drag on a block */
  LpHitKind            drag_kind;
  LpModule            *drag_module;
  LpTrack             *drag_track;
  LpDate               drag_start;
  LpDate               drag_end;
  double               drag_x, drag_y;
  gboolean             drag_active;

  /* landing preview while a palette kind hovers */
  int                  preview_track;
  LpDate               preview_start;
  LpDate               preview_end;

  GtkWidget           *context_menu;
  GMenuModel          *module_menu;
  LpTimelineAccessible *a11y;          /* children for assistive technologies */
};

static void lp_timeline_view_scrollable_init (GtkScrollableInterface *iface);
static void fit_width (LpTimelineView *self, int widget_width);

G_DEFINE_FINAL_TYPE_WITH_CODE (LpTimelineView, lp_timeline_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, lp_timeline_view_scrollable_init))

enum {
  PROP_0,
  PROP_TRAJECTORY,
  PROP_SELECTED_MODULE,
  PROP_SCALE,
  N_PROPS,
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum {
  MODULE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- geometry ---- */

static double
header_height (LpTimelineView *self)
{
  return self->painter ? lp_timeline_painter_get_header_height (self->painter) : 0;
}

static double
scroll_x (LpTimelineView *self)
{
  return self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;
}

static double
scroll_y (LpTimelineView *self)
{
  return self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

/* widget → content coordinates */
static void
to_content (LpTimelineView *self,
            double          wx,
            double          wy,
            double         *cx,
            double         *cy)
{
  *cx = wx - NAME_COLUMN + scroll_x (self);
  *cy = wy - header_height (self) + scroll_y (self);
}

static void
configure_adjustment (GtkAdjustment *adj,
                      double         upper,
                      double         page)
{
  double value;

  if (adj == NULL)
    return;
  page = MAX (page, 1);
  value = CLAMP (gtk_adjustment_get_value (adj), 0, MAX (0, upper - page));
  gtk_adjustment_configure (adj, value, 0, MAX (upper, page), page * 0.1, page * 0.9, page);
}

static void
update_adjustments (LpTimelineView *self)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->layout == NULL)
    return;
  configure_adjustment (self->hadjustment, lp_timeline_layout_get_width (self->layout) + 40,
                        w - NAME_COLUMN);
  configure_adjustment (self->vadjustment, lp_timeline_layout_get_height (self->layout) + 40,
                        h - header_height (self));
}

static LpTrack *
track_at (LpTimelineView *self,
          int             index)
{
  GListModel *tracks = lp_trajectory_get_tracks (self->trajectory);
  LpTrack *track;

  if (index < 0 || (guint) index >= g_list_model_get_n_items (tracks))
    return NULL;
  track = g_list_model_get_item (tracks, (guint) index);
  g_object_unref (track); /* the store keeps it */
  return track;
}

static guint
n_tracks (LpTimelineView *self)
{
  return g_list_model_get_n_items (lp_trajectory_get_tracks (self->trajectory));
}

static void
scroll_to_block (LpTimelineView *self,
                 LpModule       *module)
{
  LpRect r;
  double page_w, page_h;

  /* the block with its label */
  if (module == NULL || !lp_timeline_layout_get_extent (self->layout, module, &r))
    return;
  page_w = gtk_widget_get_width (GTK_WIDGET (self)) - NAME_COLUMN;
  page_h = gtk_widget_get_height (GTK_WIDGET (self)) - header_height (self);
  if (self->hadjustment && (r.x < scroll_x (self) || r.x + r.width > scroll_x (self) + page_w))
    gtk_adjustment_set_value (self->hadjustment, r.x - page_w / 3);
  if (self->vadjustment && (r.y < scroll_y (self) || r.y + r.height > scroll_y (self) + page_h))
    gtk_adjustment_set_value (self->vadjustment, r.y - page_h / 3);
}

/* The view's accessible description: the selected block, else the
 * keyboard cursor (lane and date) while the view has the focus. */
static void
update_accessible (LpTimelineView *self)
{
  g_autofree char *text = NULL;

  if (self->trajectory != NULL && self->selected != NULL)
    text = lp_timeline_accessible_block_label (self->trajectory, self->selected);
  else if (self->trajectory != NULL && gtk_widget_has_focus (GTK_WIDGET (self)))
    text = lp_timeline_accessible_cursor_label (self->trajectory, self->cursor_track, self->cursor_date);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* ---- editing ---- */

/* Keeps [start, end] inside the trajectory's period by shifting it. */
static void
clamp_into_period (LpTimelineView *self,
                   LpDate         *start,
                   LpDate         *end)
{
  LpDate p0 = lp_trajectory_get_period_start (self->trajectory);
  LpDate p1 = lp_trajectory_get_period_end (self->trajectory);
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

static void
move_selected (LpTimelineView *self,
               int             days,
               int             lanes,
               int             end_days)
{
  LpModule *m = self->selected;
  LpDate start, end;
  int track_index;
  LpTrack *track;

  if (m == NULL)
    return;
  start = lp_module_get_start (m) + days;
  end = lp_module_get_end (m) + days + end_days;
  if (end < start)
    return;
  clamp_into_period (self, &start, &end);
  track_index = lp_trajectory_get_track_index (self->trajectory, lp_module_get_track (m)) + lanes;
  track = track_at (self, CLAMP (track_index, 0, (int) n_tracks (self) - 1));
  lp_trajectory_move_module (self->trajectory, m, track, start, end);
  scroll_to_block (self, m);
  update_accessible (self);
}

static void
delete_selected (LpTimelineView *self)
{
  g_autoptr(LpModule) module = NULL;

  if (self->selected == NULL)
    return;
  module = g_object_ref (self->selected);
  lp_timeline_view_set_selected_module (self, NULL);
  lp_trajectory_remove_module (self->trajectory, module);
}

static void
duplicate_selected (LpTimelineView *self)
{
  LpModule *copy;

  if (self->selected == NULL)
    return;
  copy = lp_trajectory_duplicate_module (self->trajectory, self->selected);
  lp_timeline_view_set_selected_module (self, copy);
}

static LpModule *
place_kind_at (LpTimelineView *self,
               LpKind         *kind,
               int             track_index,
               LpDate          date)
{
  g_autofree char *id = NULL;
  g_autoptr(LpModule) module = NULL;
  LpTrack *track = track_at (self, track_index);
  LpDate start = date, end;

  if (track == NULL || kind == NULL)
    return NULL;
  end = start + MAX (lp_kind_get_days (kind), 1) - 1;
  clamp_into_period (self, &start, &end);

  id = lp_trajectory_make_id (self->trajectory, "m");
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

/* ---- signals ---- */

static void
on_layout_changed_cb (LpTimelineLayout *layout,
                      LpTimelineView   *self)
{
  update_adjustments (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void update_lane_actions (LpTimelineView *self);

static void
on_trajectory_changed_cb (LpTrajectory   *trajectory,
                          LpTimelineView *self)
{
  /* a selected module that was removed (undo of an add) is deselected */
  if (self->selected != NULL &&
      lp_trajectory_lookup_module (trajectory, lp_module_get_id (self->selected)) != self->selected)
    lp_timeline_view_set_selected_module (self, NULL);
  if (self->cursor_track >= (int) n_tracks (self))
    self->cursor_track = MAX (0, (int) n_tracks (self) - 1);
  update_lane_actions (self);
  update_adjustments (self);
  update_accessible (self);
  lp_timeline_accessible_sync (self->a11y, trajectory);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_adjustment_changed_cb (GtkAdjustment  *adj,
                          LpTimelineView *self)
{
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_click_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     LpTimelineView  *self)
{
  LpModule *module = NULL;
  int track = -1;
  double cx, cy;
  LpHitKind hit;

  if (self->trajectory == NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (x < NAME_COLUMN || y < header_height (self))
    return;
  to_content (self, x, y, &cx, &cy);
  hit = lp_timeline_layout_hit_test (self->layout, cx, cy, &module, &track);

  if (module != NULL && hit != LP_HIT_LANE && hit != LP_HIT_NONE)
    {
      lp_timeline_view_set_selected_module (self, module);
      if (n_press == 2)
        g_signal_emit (self, signals[MODULE_ACTIVATED], 0, module);
    }
  else
    {
      lp_timeline_view_set_selected_module (self, NULL);
      if (track >= 0)
        {
          self->cursor_track = track;
          self->cursor_date = lp_timeline_layout_x_to_date (self->layout, cx);
          update_accessible (self);
          gtk_widget_queue_draw (GTK_WIDGET (self));
        }
    }
}

static void popup_lane_menu (LpTimelineView *self, double x, double y, gboolean on_lane);
static void popup_menu_from_keyboard (LpTimelineView *self);

static void
popup_module_menu (LpTimelineView *self,
                   double          x,
                   double          y)
{
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->context_menu), self->module_menu);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
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

  if (self->trajectory == NULL || y < header_height (self))
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  to_content (self, MAX (x, NAME_COLUMN), y, &cx, &cy);
  if (x >= NAME_COLUMN)
    lp_timeline_layout_hit_test (self->layout, cx, cy, &module, &track);
  else
    track = lp_timeline_layout_track_at_y (self->layout, cy);
  if (module != NULL)
    {
      lp_timeline_view_set_selected_module (self, module);
      popup_module_menu (self, x, y);
      return;
    }
  if (track < 0)
    return;
  lp_timeline_view_set_selected_module (self, NULL);
  self->cursor_track = track;
  if (x >= NAME_COLUMN)
    self->cursor_date = lp_timeline_layout_x_to_date (self->layout, cx);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  popup_lane_menu (self, x, y, x >= NAME_COLUMN);
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  LpTimelineView *self)
{
  LpModule *module = NULL;
  int track = -1;
  double cx, cy;
  LpHitKind hit;

  self->drag_module = NULL;
  self->drag_active = FALSE;
  if (self->trajectory == NULL || x < NAME_COLUMN || y < header_height (self))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  to_content (self, x, y, &cx, &cy);
  hit = lp_timeline_layout_hit_test (self->layout, cx, cy, &module, &track);
  if (module == NULL || hit == LP_HIT_LANE || hit == LP_HIT_NONE)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  self->drag_kind = hit;
  self->drag_module = module;
  self->drag_track = lp_module_get_track (module);
  self->drag_start = lp_module_get_start (module);
  self->drag_end = lp_module_get_end (module);
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
          days = (int) lround (days / 7.0) * 7;
        start = self->drag_start + days;
        end = self->drag_end + days;
        to_content (self, self->drag_x + dx, self->drag_y + dy, &cx, &cy);
        lane = lp_timeline_layout_track_at_y (self->layout, cy);
        if (lane >= 0)
          track = track_at (self, lane);
      }
      break;
    }
  clamp_into_period (self, &start, &end);
  lp_trajectory_move_module (self->trajectory, self->drag_module, track, start, end);
}

static void
on_drag_end_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                LpTimelineView *self)
{
  if (self->drag_active)
    lp_trajectory_end_group (self->trajectory);
  self->drag_active = FALSE;
  self->drag_module = NULL;
  update_accessible (self);
}

/* Zoom by factor keeping the day under widget x where it is; the view
 * no longer follows the window's width. */
static void
zoom_around (LpTimelineView *self,
             double          factor,
             double          anchor_x)
{
  double old, scale, page, ax, day;

  if (self->layout == NULL)
    return;
  old = lp_timeline_layout_get_scale (self->layout);
  scale = CLAMP (old * factor, LP_TIMELINE_MIN_SCALE, LP_TIMELINE_MAX_SCALE);
  self->fit = FALSE;
  if (scale == old)
    return;
  page = MAX (gtk_widget_get_width (GTK_WIDGET (self)) - NAME_COLUMN, 1);
  ax = CLAMP (anchor_x - NAME_COLUMN, 0, page);
  day = (scroll_x (self) + ax) / old;
  lp_timeline_layout_set_scale (self->layout, scale);
  update_adjustments (self);
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, day * scale - ax);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
}

/* Widget x to zoom around from the keyboard: the selected block's middle
 * when it is in view, else the middle of the view. */
static double
selection_anchor (LpTimelineView *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double middle = NAME_COLUMN + (width - NAME_COLUMN) / 2;
  LpBlock block;
  double x;

  if (self->selected == NULL || self->layout == NULL
      || !lp_timeline_layout_get_block (self->layout, self->selected, &block))
    return middle;
  x = block.rect.x + block.rect.width / 2 - scroll_x (self) + NAME_COLUMN;
  return x >= NAME_COLUMN && x <= width ? x : middle;
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              LpTimelineView           *self)
{
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (!(mods & GDK_CONTROL_MASK) || dy == 0)
    return FALSE;
  zoom_around (self, dy < 0 ? ZOOM_STEP : 1 / ZOOM_STEP, self->pointer_x);
  return TRUE;
}

static void
on_pointer_motion_cb (GtkEventControllerMotion *controller,
                      double                    x,
                      double                    y,
                      LpTimelineView           *self)
{
  self->pointer_x = x;
}

static GdkDragAction
on_drop_motion_cb (GtkDropTarget  *target,
                   double          x,
                   double          y,
                   LpTimelineView *self)
{
  const GValue *value = gtk_drop_target_get_value (target);
  LpKind *kind = value && G_VALUE_HOLDS (value, LP_TYPE_KIND) ? g_value_get_object (value) : NULL;
  double cx, cy;
  int lane;

  if (self->trajectory == NULL || x < NAME_COLUMN || y < header_height (self))
    {
      self->preview_track = -1;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return 0;
    }
  to_content (self, x, y, &cx, &cy);
  lane = lp_timeline_layout_track_at_y (self->layout, cy);
  if (lane < 0)
    {
      self->preview_track = -1;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return 0;
    }
  self->preview_track = lane;
  self->preview_start = lp_timeline_layout_x_to_date (self->layout, cx);
  self->preview_end = self->preview_start + (kind ? MAX (lp_kind_get_days (kind), 1) : 1) - 1;
  clamp_into_period (self, &self->preview_start, &self->preview_end);
  gtk_widget_queue_draw (GTK_WIDGET (self));
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
  if (self->trajectory == NULL || !G_VALUE_HOLDS (value, LP_TYPE_KIND))
    return FALSE;
  kind = g_value_get_object (value);
  to_content (self, x, y, &cx, &cy);
  lane = lp_timeline_layout_track_at_y (self->layout, cy);
  if (x < NAME_COLUMN || lane < 0)
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  return place_kind_at (self, kind, lane, lp_timeline_layout_x_to_date (self->layout, cx)) != NULL;
}

/* Keyboard selection order: by start date, then lane, then end date. */
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
  LpModule *best = NULL;

  for (guint i = 0; i < n; i++)
    {
      LpModule *m = g_list_model_get_item (modules, i);
      int to_current = self->selected ? compare_modules_for_tab (self, m, self->selected) * direction : 1;

      g_object_unref (m); /* the trajectory keeps it */
      if (to_current <= 0 || m == self->selected)
        continue;
      if (best == NULL || compare_modules_for_tab (self, m, best) * direction < 0)
        best = m;
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
  int step = alt ? 1 : 7;
  int dx = 0, dy = 0;

  if (self->trajectory == NULL)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Tab: case GDK_KEY_KP_Tab: case GDK_KEY_ISO_Left_Tab:
      if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
        return FALSE;
      return select_adjacent (self, (shift || keyval == GDK_KEY_ISO_Left_Tab) ? -1 : 1);
    case GDK_KEY_Left: case GDK_KEY_KP_Left: dx = -1; break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: dx = 1; break;
    case GDK_KEY_Up: case GDK_KEY_KP_Up: dy = -1; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: dy = 1; break;
    case GDK_KEY_Delete: case GDK_KEY_KP_Delete:
      delete_selected (self);
      return self->selected == NULL;
    case GDK_KEY_Return: case GDK_KEY_KP_Enter:
      if (self->selected == NULL)
        return FALSE;
      g_signal_emit (self, signals[MODULE_ACTIVATED], 0, self->selected);
      return TRUE;
    case GDK_KEY_Menu:
      popup_menu_from_keyboard (self);
      return TRUE;
    case GDK_KEY_F10:
      if (!shift)
        return FALSE;
      popup_menu_from_keyboard (self);
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
        move_selected (self, 0, 0, dx);          /* Shift: resize the end by a day */
      else if (shift && dy != 0)
        move_selected (self, 0, 0, dy * 7);      /* Shift+Up/Down: a week shorter/longer */
      else
        move_selected (self, dx * step, dy, 0);
    }
  else
    {
      LpDate p0 = lp_trajectory_get_period_start (self->trajectory);
      LpDate p1 = lp_trajectory_get_period_end (self->trajectory);

      self->cursor_track = CLAMP (self->cursor_track + dy, 0, MAX ((int) n_tracks (self) - 1, 0));
      self->cursor_date = CLAMP ((gint64) self->cursor_date + dx * step, (gint64) p0, (gint64) p1);
      update_accessible (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  return TRUE;
}

/* ---- actions ---- */

static void
zoom_in_action (GtkWidget *widget, const char *name, GVariant *param)
{
  lp_timeline_view_zoom_in (LP_TIMELINE_VIEW (widget));
}

static void
zoom_out_action (GtkWidget *widget, const char *name, GVariant *param)
{
  lp_timeline_view_zoom_out (LP_TIMELINE_VIEW (widget));
}

static void
zoom_reset_action (GtkWidget *widget, const char *name, GVariant *param)
{
  lp_timeline_view_zoom_reset (LP_TIMELINE_VIEW (widget));
}

static void
delete_action (GtkWidget *widget, const char *name, GVariant *param)
{
  delete_selected (LP_TIMELINE_VIEW (widget));
}

static void
duplicate_action (GtkWidget *widget, const char *name, GVariant *param)
{
  duplicate_selected (LP_TIMELINE_VIEW (widget));
}

static void
edit_action (GtkWidget *widget, const char *name, GVariant *param)
{
  LpTimelineView *self = LP_TIMELINE_VIEW (widget);

  if (self->selected != NULL)
    g_signal_emit (self, signals[MODULE_ACTIVATED], 0, self->selected);
}

/* ---- the lane menu (lp-lane-menu.c) ---- */

static void
update_lane_actions (LpTimelineView *self)
{
  lp_lane_menu_update_actions (self);
}

static GMenuModel *
build_lane_menu (LpTimelineView *self,
                 gboolean        at_date)
{
  return lp_lane_menu_build (self, at_date);
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
  self->cursor_track = CLAMP (track, 0, MAX ((int) n_tracks (self) - 1, 0));
  update_lane_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

LpModule *
_lp_timeline_view_place_kind_at (LpTimelineView *self,
                                 LpKind         *kind,
                                 int             track,
                                 LpDate          date)
{
  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (self), NULL);
  g_return_val_if_fail (LP_IS_KIND (kind), NULL);
  if (self->trajectory == NULL)
    return NULL;
  return place_kind_at (self, kind, track, date);
}

static void
popup_lane_menu (LpTimelineView *self,
                 double          x,
                 double          y,
                 gboolean        at_date)
{
  g_autoptr(GMenuModel) menu = build_lane_menu (self, at_date);

  update_lane_actions (self);
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->context_menu), menu);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

/* Menu key or Shift+F10: the menu of the selected block, else of the
 * lane and date under the keyboard cursor. */
static void
popup_menu_from_keyboard (LpTimelineView *self)
{
  LpBlock block;
  double x, y;

  if (self->selected != NULL && lp_timeline_layout_get_block (self->layout, self->selected, &block))
    {
      popup_module_menu (self, block.rect.x - scroll_x (self) + NAME_COLUMN + MIN (block.rect.width / 2, 40),
                         block.rect.y - scroll_y (self) + header_height (self) + block.rect.height / 2);
      return;
    }
  if (!lp_timeline_view_get_point (self, self->cursor_date, (guint) MAX (self->cursor_track, 0), &x, &y))
    return;
  popup_lane_menu (self, x, y, TRUE);
}

/* ---- GtkWidget ---- */

/* Hovering a block (or its label): the whole title and its details. */
static gboolean
lp_timeline_view_query_tooltip (GtkWidget  *widget,
                                int         x,
                                int         y,
                                gboolean    keyboard,
                                GtkTooltip *tooltip)
{
  LpTimelineView *self = LP_TIMELINE_VIEW (widget);
  LpModule *module = NULL;
  g_autofree char *markup = NULL;
  double cx, cy;
  LpRect r;

  if (self->trajectory == NULL || self->layout == NULL)
    return FALSE;
  if (keyboard)
    module = self->selected;
  else if (x >= NAME_COLUMN && y >= header_height (self))
    {
      to_content (self, x, y, &cx, &cy);
      lp_timeline_layout_hit_test (self->layout, cx, cy, &module, NULL);
    }
  if (module == NULL || !lp_timeline_layout_get_extent (self->layout, module, &r))
    return FALSE;

  markup = lp_timeline_tooltip_markup (self->trajectory, module);
  gtk_tooltip_set_markup (tooltip, markup);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                              (int) (r.x - scroll_x (self) + NAME_COLUMN),
                              (int) (r.y - scroll_y (self) + header_height (self)),
                              (int) ceil (r.width), (int) ceil (r.height) });
  return TRUE;
}

static void
lp_timeline_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  LpTimelineView *self = LP_TIMELINE_VIEW (widget);
  int w = gtk_widget_get_width (widget);
  int h = gtk_widget_get_height (widget);
  double sx = scroll_x (self), sy = scroll_y (self);
  LpPaintState state;
  cairo_t *cr;

  if (self->painter == NULL || w <= 0 || h <= 0)
    return;

  lp_paint_state_init (&state);
  state.today = lp_date_today ();
  state.selected = self->selected;
  state.focused = gtk_widget_has_focus (widget) ? self->selected : NULL;
  state.preview_track = self->preview_track;
  state.preview_start = self->preview_start;
  state.preview_end = self->preview_end;
  if (gtk_widget_has_focus (widget) && self->selected == NULL)
    {
      state.cursor_track = self->cursor_track;
      state.cursor_date = self->cursor_date;
    }
  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    state.flags |= LP_PAINT_DARK;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  lp_timeline_painter_draw_frame (self->painter, cr, w, h, sx, sy, &state);
  cairo_destroy (cr);
}

static void
lp_timeline_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  LpTimelineView *self = LP_TIMELINE_VIEW (widget);

  if ((!self->fitted || self->fit) && self->trajectory != NULL && width > NAME_COLUMN + 50)
    {
      self->fitted = TRUE;
      fit_width (self, width);
    }
  update_adjustments (self);
  lp_timeline_accessible_allocate (self->a11y, self->trajectory, self->layout,
                                   &(LpTimelineViewport) { NAME_COLUMN, header_height (self),
                                                           scroll_x (self), scroll_y (self),
                                                           width, height });
  gtk_popover_present (GTK_POPOVER (self->context_menu));
}

static void
lp_timeline_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? (int) NAME_COLUMN + 100 : 120;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 900 : 500;
}

static void
set_adjustment (LpTimelineView  *self,
                GtkAdjustment  **slot,
                GtkAdjustment   *adj)
{
  if (*slot == adj)
    return;
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, self);
  g_set_object (slot, adj);
  if (adj != NULL)
    g_signal_connect (adj, "value-changed", G_CALLBACK (on_adjustment_changed_cb), self);
  update_adjustments (self);
}

static void
lp_timeline_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LpTimelineView *self = LP_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_TRAJECTORY: g_value_set_object (value, self->trajectory); break;
    case PROP_SELECTED_MODULE: g_value_set_object (value, self->selected); break;
    case PROP_SCALE: g_value_set_double (value, lp_timeline_view_get_scale (self)); break;
    case PROP_HADJUSTMENT: g_value_set_object (value, self->hadjustment); break;
    case PROP_VADJUSTMENT: g_value_set_object (value, self->vadjustment); break;
    case PROP_HSCROLL_POLICY: g_value_set_enum (value, self->hscroll_policy); break;
    case PROP_VSCROLL_POLICY: g_value_set_enum (value, self->vscroll_policy); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_timeline_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LpTimelineView *self = LP_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_TRAJECTORY: lp_timeline_view_set_trajectory (self, g_value_get_object (value)); break;
    case PROP_SELECTED_MODULE: lp_timeline_view_set_selected_module (self, g_value_get_object (value)); break;
    case PROP_SCALE: lp_timeline_view_set_scale (self, g_value_get_double (value)); break;
    case PROP_HADJUSTMENT: set_adjustment (self, &self->hadjustment, g_value_get_object (value)); break;
    case PROP_VADJUSTMENT: set_adjustment (self, &self->vadjustment, g_value_get_object (value)); break;
    case PROP_HSCROLL_POLICY: self->hscroll_policy = g_value_get_enum (value); break;
    case PROP_VSCROLL_POLICY: self->vscroll_policy = g_value_get_enum (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_timeline_view_dispose (GObject *object)
{
  LpTimelineView *self = (LpTimelineView *) object;

  lp_timeline_view_set_trajectory (self, NULL);
  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  g_clear_object (&self->module_menu);
  g_clear_pointer (&self->a11y, lp_timeline_accessible_free);

  G_OBJECT_CLASS (lp_timeline_view_parent_class)->dispose (object);
}

static void
lp_timeline_view_scrollable_init (GtkScrollableInterface *iface)
{
}

static void
lp_timeline_view_class_init (LpTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lp_timeline_view_dispose;
  object_class->get_property = lp_timeline_view_get_property;
  object_class->set_property = lp_timeline_view_set_property;
  widget_class->snapshot = lp_timeline_view_snapshot;
  widget_class->query_tooltip = lp_timeline_view_query_tooltip;
  widget_class->size_allocate = lp_timeline_view_size_allocate;
  widget_class->measure = lp_timeline_view_measure;

  properties[PROP_TRAJECTORY] =
    g_param_spec_object ("trajectory", NULL, NULL, LP_TYPE_TRAJECTORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_MODULE] =
    g_param_spec_object ("selected-module", NULL, NULL, LP_TYPE_MODULE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCALE] =
    g_param_spec_double ("scale", NULL, NULL, LP_TIMELINE_MIN_SCALE, LP_TIMELINE_MAX_SCALE, 4.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  signals[MODULE_ACTIVATED] =
    g_signal_new ("module-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, LP_TYPE_MODULE);

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "timeline.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "timeline.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "timeline.edit", NULL, edit_action);
  lp_lane_menu_install_actions (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "timeline.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "timeline.duplicate", NULL);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* The keyboard cursor shows, and is told, while the view has the focus. */
static void
on_has_focus_cb (LpTimelineView *self,
                 GParamSpec     *pspec,
                 gpointer        data)
{
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
lp_timeline_view_init (LpTimelineView *self)
{
  GtkGesture *click, *context, *drag;
  GtkEventController *scroll, *key, *motion;
  GtkDropTarget *drop;
  g_autoptr(GMenu) menu = g_menu_new ();

  self->preview_track = -1;
  self->cursor_track = 0;
  self->a11y = lp_timeline_accessible_new (GTK_WIDGET (self));
  g_signal_connect (self, "notify::has-focus", G_CALLBACK (on_has_focus_cb), NULL);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"), -1);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  context = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (context), GDK_BUTTON_SECONDARY);
  g_signal_connect (context, "pressed", G_CALLBACK (on_context_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (context));

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_pointer_motion_cb), self);
  g_signal_connect (motion, "enter", G_CALLBACK (on_pointer_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  drop = gtk_drop_target_new (LP_TYPE_KIND, GDK_ACTION_COPY);
  gtk_drop_target_set_preload (drop, TRUE);
  g_signal_connect (drop, "motion", G_CALLBACK (on_drop_motion_cb), self);
  g_signal_connect (drop, "enter", G_CALLBACK (on_drop_motion_cb), self);
  g_signal_connect (drop, "leave", G_CALLBACK (on_drop_leave_cb), self);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_menu_append (menu, _("_Edit"), "timeline.edit");
  g_menu_append (menu, _("D_uplicate"), "timeline.duplicate");
  g_menu_append (menu, _("_Delete"), "timeline.delete");
  self->module_menu = G_MENU_MODEL (g_object_ref (menu));
  self->context_menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
}

/* ---- public API ---- */

GtkWidget *
lp_timeline_view_new (void)
{
  return g_object_new (LP_TYPE_TIMELINE_VIEW, NULL);
}

LpTrajectory *
lp_timeline_view_get_trajectory (LpTimelineView *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (self), NULL);
  return self->trajectory;
}

void
lp_timeline_view_set_trajectory (LpTimelineView *self,
                                 LpTrajectory   *trajectory)
{
  double scale = 4.0;

  g_return_if_fail (LP_IS_TIMELINE_VIEW (self));
  g_return_if_fail (trajectory == NULL || LP_IS_TRAJECTORY (trajectory));

  if (self->trajectory == trajectory)
    return;

  lp_timeline_view_set_selected_module (self, NULL);
  if (self->layout != NULL)
    scale = lp_timeline_layout_get_scale (self->layout);
  if (self->trajectory != NULL)
    g_signal_handlers_disconnect_by_data (self->trajectory, self);
  if (self->layout != NULL)
    g_signal_handlers_disconnect_by_data (self->layout, self);
  g_clear_object (&self->painter);
  g_clear_object (&self->layout);
  g_set_object (&self->trajectory, trajectory);

  if (trajectory != NULL)
    {
      LpDate today = lp_date_today ();

      self->layout = lp_timeline_layout_new (trajectory);
      lp_timeline_layout_set_scale (self->layout, scale);
      self->painter = lp_timeline_painter_new (self->layout);
      g_signal_connect (self->layout, "changed", G_CALLBACK (on_layout_changed_cb), self);
      g_signal_connect (trajectory, "changed", G_CALLBACK (on_trajectory_changed_cb), self);
      self->cursor_track = 0;
      self->cursor_date = CLAMP (today, lp_trajectory_get_period_start (trajectory),
                                 lp_trajectory_get_period_end (trajectory));
      self->fitted = FALSE;
      if (gtk_widget_get_width (GTK_WIDGET (self)) > NAME_COLUMN + 50)
        {
          self->fitted = TRUE;
          lp_timeline_view_zoom_reset (self);
        }
    }

  if (self->a11y != NULL)
    lp_timeline_accessible_sync (self->a11y, trajectory);
  update_adjustments (self);
  update_accessible (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRAJECTORY]);
}

LpModule *
lp_timeline_view_get_selected_module (LpTimelineView *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (self), NULL);
  return self->selected;
}

void
lp_timeline_view_set_selected_module (LpTimelineView *self,
                                      LpModule       *module)
{
  g_return_if_fail (LP_IS_TIMELINE_VIEW (self));

  if (g_set_object (&self->selected, module))
    {
      if (module != NULL)
        scroll_to_block (self, module);
      update_accessible (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_MODULE]);
    }
}

LpTimelineLayout *
lp_timeline_view_get_layout (LpTimelineView *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (self), NULL);
  return self->layout;
}

double
lp_timeline_view_get_scale (LpTimelineView *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (self), 4.0);
  return self->layout ? lp_timeline_layout_get_scale (self->layout) : 4.0;
}

void
lp_timeline_view_set_scale (LpTimelineView *self,
                            double          px_per_day)
{
  double old, center_date = 0, page;

  g_return_if_fail (LP_IS_TIMELINE_VIEW (self));

  if (self->layout == NULL)
    return;
  px_per_day = CLAMP (px_per_day, LP_TIMELINE_MIN_SCALE, LP_TIMELINE_MAX_SCALE);
  old = lp_timeline_layout_get_scale (self->layout);
  self->fit = FALSE;
  if (old == px_per_day)
    return;

  /* keep the day in the middle of the view where it is */
  page = MAX (gtk_widget_get_width (GTK_WIDGET (self)) - NAME_COLUMN, 1);
  center_date = (scroll_x (self) + page / 2) / old;
  lp_timeline_layout_set_scale (self->layout, px_per_day);
  update_adjustments (self);
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, center_date * px_per_day - page / 2);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
}

void
lp_timeline_view_zoom_in (LpTimelineView *self)
{
  g_return_if_fail (LP_IS_TIMELINE_VIEW (self));

  zoom_around (self, ZOOM_STEP, selection_anchor (self));
}

void
lp_timeline_view_zoom_out (LpTimelineView *self)
{
  g_return_if_fail (LP_IS_TIMELINE_VIEW (self));

  zoom_around (self, 1 / ZOOM_STEP, selection_anchor (self));
}

/* The whole period in the visible width, and kept so on resizes. */
static void
fit_width (LpTimelineView *self,
           int             widget_width)
{
  double width = widget_width - NAME_COLUMN - 8;
  double days = lp_timeline_layout_get_last_date (self->layout)
                - lp_timeline_layout_get_first_date (self->layout) + 1;

  if (width <= 0 || days <= 0)
    return;
  lp_timeline_view_set_scale (self, width / days);
  self->fit = TRUE;
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, 0);
}

void
lp_timeline_view_zoom_reset (LpTimelineView *self)
{

  g_return_if_fail (LP_IS_TIMELINE_VIEW (self));
  if (self->layout == NULL)
    return;
  fit_width (self, gtk_widget_get_width (GTK_WIDGET (self)));
}

LpModule *
lp_timeline_view_place_kind (LpTimelineView *self,
                             LpKind         *kind)
{
  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (self), NULL);
  g_return_val_if_fail (LP_IS_KIND (kind), NULL);

  if (self->trajectory == NULL)
    return NULL;
  return place_kind_at (self, kind, self->cursor_track, self->cursor_date);
}

gboolean
lp_timeline_view_get_point (LpTimelineView *self,
                            LpDate          date,
                            guint           track,
                            double         *x,
                            double         *y)
{
  double ly, lh;

  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (self), FALSE);

  if (self->layout == NULL || !lp_timeline_layout_get_lane (self->layout, track, &ly, &lh))
    return FALSE;
  *x = lp_timeline_layout_date_to_x (self->layout, date) + lp_timeline_layout_get_scale (self->layout) / 2
       - scroll_x (self) + NAME_COLUMN;
  *y = ly + lh / 2 - scroll_y (self) + header_height (self);
  return TRUE;
}

void
lp_timeline_view_set_cursor (LpTimelineView *self,
                             guint           track,
                             LpDate          date)
{
  g_return_if_fail (LP_IS_TIMELINE_VIEW (self));
  if (self->trajectory == NULL)
    return;
  self->cursor_track = (int) MIN (track, MAX (n_tracks (self), 1) - 1);
  self->cursor_date = CLAMP (date, lp_trajectory_get_period_start (self->trajectory),
                             lp_trajectory_get_period_end (self->trajectory));
  update_lane_actions (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

GMenuModel *
_lp_timeline_view_build_lane_menu (LpTimelineView *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (self), NULL);
  return build_lane_menu (self, TRUE);
}

void
lp_timeline_view_scroll_to_module (LpTimelineView *self,
                                   LpModule       *module)
{
  g_return_if_fail (LP_IS_TIMELINE_VIEW (self));
  g_return_if_fail (LP_IS_MODULE (module));

  if (self->trajectory == NULL || self->layout == NULL)
    return;
  lp_timeline_view_set_selected_module (self, module);
  scroll_to_block (self, module);
}
