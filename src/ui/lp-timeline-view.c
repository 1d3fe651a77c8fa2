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
#include "lp-lane-menu.h"
#include "lp-timeline-tooltip.h"
#include "lp-timeline-view-private.h"
#include "lp-view-filter.h"

/* the size the view asks for, in pixels: the smallest width right of the
 * lane names, the smallest height, and the natural size */
#define MIN_DAYS_WIDTH 100
#define MIN_HEIGHT     120
#define NATURAL_WIDTH  900
#define NATURAL_HEIGHT 500

static void lp_timeline_view_scrollable_init (GtkScrollableInterface *iface);

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
  DAY_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
_lp_timeline_view_activate (LpTimelineView *self,
                            LpModule       *module)
{
  g_signal_emit (self, signals[MODULE_ACTIVATED], 0, module);
}

void
_lp_timeline_view_notify_scale (LpTimelineView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
}

/* ---- geometry ---- */

double
_lp_timeline_view_header_height (LpTimelineView *self)
{
  return self->painter ? lp_timeline_painter_get_header_height (self->painter) : 0;
}

double
_lp_timeline_view_scroll_x (LpTimelineView *self)
{
  return self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;
}

double
_lp_timeline_view_scroll_y (LpTimelineView *self)
{
  return self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

/* widget → content coordinates */
void
_lp_timeline_view_to_content (LpTimelineView *self,
            double          wx,
            double          wy,
            double         *cx,
            double         *cy)
{
  *cx = wx - lp_timeline_view_get_name_column_width (self) + _lp_timeline_view_scroll_x (self);
  *cy = wy - _lp_timeline_view_header_height (self) + _lp_timeline_view_scroll_y (self);
}

gboolean
_lp_timeline_view_body_hit (LpTimelineView *self,
                            double          x,
                            double          y,
                            LpViewHit      *hit)
{
  double content_y;

  *hit = (LpViewHit) { .track = -1, .kind = LP_HIT_NONE };
  if (self->trajectory == NULL || x < lp_timeline_view_get_name_column_width (self) || y < _lp_timeline_view_header_height (self))
    return FALSE;
  _lp_timeline_view_to_content (self, x, y, &hit->cx, &content_y);
  hit->kind = lp_timeline_layout_hit_test (self->layout, hit->cx, content_y, &hit->module, &hit->track);
  return TRUE;
}

gboolean
_lp_timeline_view_hit_is_block (const LpViewHit *hit)
{
  return hit->module != NULL && hit->kind != LP_HIT_LANE && hit->kind != LP_HIT_NONE;
}

LpTrack *
_lp_timeline_view_track_at (LpTimelineView *self,
                            int             index)
{
  GListModel *tracks = lp_trajectory_get_tracks (self->trajectory);

  if (index < 0 || (guint) index >= g_list_model_get_n_items (tracks))
    return NULL;
  return g_list_model_get_item (tracks, (guint) index);
}

guint
_lp_timeline_view_n_tracks (LpTimelineView *self)
{
  return g_list_model_get_n_items (lp_trajectory_get_tracks (self->trajectory));
}

/* The view's accessible description: the selected block, else the
 * keyboard cursor (lane and date) while the view has the focus. */
void
_lp_timeline_view_update_accessible (LpTimelineView *self)
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
/* ---- signals ---- */

static void
on_layout_changed_cb (LpTimelineLayout *layout,
                      LpTimelineView   *self)
{
  _lp_timeline_view_update_adjustments (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_trajectory_changed_cb (LpTrajectory   *trajectory,
                          LpTimelineView *self)
{
  /* a selected module that was removed (undo of an add) is deselected */
  if (self->selected != NULL &&
      lp_trajectory_lookup_module (trajectory, lp_module_get_id (self->selected)) != self->selected)
    lp_timeline_view_set_selected_module (self, NULL);
  if (self->cursor_track >= (int) _lp_timeline_view_n_tracks (self))
    self->cursor_track = MAX (0, (int) _lp_timeline_view_n_tracks (self) - 1);
  lp_lane_menu_update_actions (self);
  _lp_timeline_view_update_adjustments (self);
  _lp_timeline_view_update_accessible (self);
  lp_timeline_accessible_sync (self->a11y, trajectory);
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
  LpViewHit hit;

  if (self->trajectory == NULL)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (!_lp_timeline_view_body_hit (self, x, y, &hit))
    return;

  if (_lp_timeline_view_hit_is_block (&hit))
    {
      lp_timeline_view_set_selected_module (self, hit.module);
      if (n_press == 2)
        {
          _lp_timeline_view_activate (self, hit.module);
          /* a module with times opens its day programme */
          if (lp_module_get_start_time (hit.module) != LP_TIME_NONE)
            g_signal_emit (self, signals[DAY_REQUESTED], 0, hit.module);
        }
    }
  else
    {
      lp_timeline_view_set_selected_module (self, NULL);
      if (hit.track >= 0)
        {
          self->cursor_track = hit.track;
          self->cursor_date = lp_timeline_layout_x_to_date (self->layout, hit.cx);
          _lp_timeline_view_update_accessible (self);
          gtk_widget_queue_draw (GTK_WIDGET (self));
        }
    }
}

static void
edit_selected (LpTimelineView *self)
{
  if (self->selected != NULL)
    _lp_timeline_view_activate (self, self->selected);
}

static void
open_day_selected (LpTimelineView *self)
{
  if (self->selected != NULL)
    g_signal_emit (self, signals[DAY_REQUESTED], 0, self->selected);
}

/* The view's own actions, each a command on the view. */
static const struct
{
  const char *name;
  void      (*run) (LpTimelineView *self);
} view_actions[] = {
  { "timeline.zoom-in", lp_timeline_view_zoom_in },
  { "timeline.zoom-out", lp_timeline_view_zoom_out },
  { "timeline.zoom-reset", lp_timeline_view_zoom_reset },
  { "timeline.delete", _lp_timeline_view_delete_selected },
  { "timeline.duplicate", _lp_timeline_view_duplicate_selected },
  { "timeline.repeat", _lp_timeline_view_repeat_selected },
  { "timeline.edit", edit_selected },
  { "timeline.open-day", open_day_selected },
};

static void
run_view_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  for (guint i = 0; i < G_N_ELEMENTS (view_actions); i++)
    if (g_str_equal (name, view_actions[i].name))
      view_actions[i].run (LP_TIMELINE_VIEW (widget));
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
  LpViewHit hit;
  LpRect r;

  /* no tooltip over an open context menu */
  if (self->trajectory == NULL || self->layout == NULL ||
      (self->context_menu != NULL && gtk_widget_get_visible (self->context_menu)))
    return FALSE;
  if (keyboard)
    module = self->selected;
  else if (_lp_timeline_view_body_hit (self, x, y, &hit))
    module = hit.module;
  if (module == NULL && !keyboard && _lp_timeline_view_holiday_at (self, x, y) != NULL)
    {
      gtk_tooltip_set_text (tooltip, _lp_timeline_view_holiday_at (self, x, y));
      return TRUE;
    }
  if (module == NULL || !lp_timeline_layout_get_extent (self->layout, module, &r))
    return FALSE;

  markup = lp_timeline_tooltip_markup (self->trajectory, module);
  gtk_tooltip_set_markup (tooltip, markup);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                              (int) (r.x - _lp_timeline_view_scroll_x (self) + lp_timeline_view_get_name_column_width (self)),
                              (int) (r.y - _lp_timeline_view_scroll_y (self) + _lp_timeline_view_header_height (self)),
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
  double sx = _lp_timeline_view_scroll_x (self), sy = _lp_timeline_view_scroll_y (self);
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
  state.filter = lp_view_filter_get (self->trajectory);
  state.pixel_scale = gtk_widget_get_scale_factor (widget);
  _lp_timeline_view_calendar_state (self, &state);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  lp_timeline_painter_draw_frame (self->painter, cr, w, h, sx, sy, &state);
  if (self->overlay_func != NULL)
    {
      double top = _lp_timeline_view_header_height (self);

      cairo_save (cr);
      cairo_rectangle (cr, lp_timeline_view_get_name_column_width (self), top, w - lp_timeline_view_get_name_column_width (self), h - top);
      cairo_clip (cr);
      cairo_translate (cr, lp_timeline_view_get_name_column_width (self) - sx, top - sy);
      self->overlay_func (self, cr, self->overlay_data);
      cairo_restore (cr);
    }
  cairo_destroy (cr);
}

void
lp_timeline_view_set_overlay (LpTimelineView        *self,
                              LpTimelineOverlayFunc  func,
                              gpointer               data,
                              GDestroyNotify         destroy)
{
  g_return_if_fail (LP_IS_TIMELINE_VIEW (self));

  if (self->overlay_destroy != NULL)
    self->overlay_destroy (self->overlay_data);
  self->overlay_func = func;
  self->overlay_data = data;
  self->overlay_destroy = destroy;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
lp_timeline_view_content_to_widget (LpTimelineView *self,
                                    double          cx,
                                    double          cy,
                                    double         *wx,
                                    double         *wy)
{
  g_return_if_fail (LP_IS_TIMELINE_VIEW (self));
  *wx = cx - _lp_timeline_view_scroll_x (self) + lp_timeline_view_get_name_column_width (self);
  *wy = cy - _lp_timeline_view_scroll_y (self) + _lp_timeline_view_header_height (self);
}

static void
lp_timeline_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  LpTimelineView *self = LP_TIMELINE_VIEW (widget);

  if ((!self->fitted || self->fit) && self->trajectory != NULL && width > lp_timeline_view_get_name_column_width (self) + FIT_MIN_WIDTH)
    {
      self->fitted = TRUE;
      _lp_timeline_view_fit_width (self, width);
    }
  _lp_timeline_view_update_adjustments (self);
  lp_timeline_accessible_allocate (self->a11y, self->trajectory, self->layout,
                                   &(LpTimelineViewport) { lp_timeline_view_get_name_column_width (self), _lp_timeline_view_header_height (self),
                                                           _lp_timeline_view_scroll_x (self), _lp_timeline_view_scroll_y (self),
                                                           width, height });
  if (self->context_menu != NULL)
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
  gboolean horizontal = orientation == GTK_ORIENTATION_HORIZONTAL;

  *minimum = horizontal ? (int) lp_timeline_view_get_name_column_width (LP_TIMELINE_VIEW (widget)) + MIN_DAYS_WIDTH : MIN_HEIGHT;
  *natural = horizontal ? NATURAL_WIDTH : NATURAL_HEIGHT;
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
    case PROP_HADJUSTMENT: _lp_timeline_view_set_adjustment (self, &self->hadjustment, g_value_get_object (value)); break;
    case PROP_VADJUSTMENT: _lp_timeline_view_set_adjustment (self, &self->vadjustment, g_value_get_object (value)); break;
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
  _lp_timeline_view_set_adjustment (self, &self->hadjustment, NULL);
  _lp_timeline_view_set_adjustment (self, &self->vadjustment, NULL);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  g_clear_object (&self->module_menu);
  g_clear_pointer (&self->a11y, lp_timeline_accessible_free);
  lp_timeline_view_set_problem_watch (self, NULL);
  lp_timeline_view_set_overlay (self, NULL, NULL, NULL);

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
    g_param_spec_double ("scale", NULL, NULL, LP_TIMELINE_MIN_SCALE, LP_TIMELINE_MAX_SCALE,
                         LP_TIMELINE_VIEW_DEFAULT_SCALE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  signals[MODULE_ACTIVATED] =
    g_signal_new ("module-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, LP_TYPE_MODULE);
  signals[DAY_REQUESTED] =
    g_signal_new ("day-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, LP_TYPE_MODULE);

  for (guint i = 0; i < G_N_ELEMENTS (view_actions); i++)
    gtk_widget_class_install_action (widget_class, view_actions[i].name, NULL, run_view_action);
  lp_lane_menu_install_actions (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "timeline.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "timeline.duplicate", NULL);
  /* the menu shows the last key bound: Ctrl+Enter, not Ctrl+KP Enter */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "timeline.open-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "timeline.open-day", NULL);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* The keyboard cursor shows, and is told, while the view has the focus. */
static void
on_has_focus_cb (LpTimelineView *self,
                 GParamSpec     *pspec,
                 gpointer        data)
{
  _lp_timeline_view_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
lp_timeline_view_init (LpTimelineView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->preview_track = -1;
  self->cursor_track = 0;
  self->a11y = lp_timeline_accessible_new (GTK_WIDGET (self));
  g_signal_connect (self, "notify::has-focus", G_CALLBACK (on_has_focus_cb), NULL);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"), -1);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  _lp_timeline_view_add_menu (self);
  _lp_timeline_view_add_drag_gesture (self);
  _lp_timeline_view_add_zoom_controllers (self);
  _lp_timeline_view_add_key_controller (self);
  _lp_timeline_view_add_drop_target (self);
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
  double scale = LP_TIMELINE_VIEW_DEFAULT_SCALE;

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
      _lp_timeline_view_reapply_text_scale (self);
      g_signal_connect (self->layout, "changed", G_CALLBACK (on_layout_changed_cb), self);
      g_signal_connect (trajectory, "changed", G_CALLBACK (on_trajectory_changed_cb), self);
      self->cursor_track = 0;
      self->cursor_date = CLAMP (today, lp_trajectory_get_span_start (trajectory),
                                 lp_trajectory_get_span_end (trajectory));
      self->fitted = FALSE;
      if (gtk_widget_get_width (GTK_WIDGET (self)) > lp_timeline_view_get_name_column_width (self) + FIT_MIN_WIDTH)
        {
          self->fitted = TRUE;
          lp_timeline_view_zoom_reset (self);
        }
    }

  if (self->a11y != NULL)
    lp_timeline_accessible_sync (self->a11y, trajectory);
  _lp_timeline_view_update_adjustments (self);
  _lp_timeline_view_update_accessible (self);
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
      self->series_move_answer = 0;
      if (module != NULL)
        _lp_timeline_view_scroll_to_block (self, module);
      _lp_timeline_view_update_accessible (self);
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

LpModule *
lp_timeline_view_place_kind (LpTimelineView *self,
                             LpKind         *kind)
{
  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (self), NULL);
  g_return_val_if_fail (LP_IS_KIND (kind), NULL);

  if (self->trajectory == NULL)
    return NULL;
  return _lp_timeline_view_place_kind_at (self, kind, self->cursor_track, self->cursor_date);
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
       - _lp_timeline_view_scroll_x (self) + lp_timeline_view_get_name_column_width (self);
  *y = ly + lh / 2 - _lp_timeline_view_scroll_y (self) + _lp_timeline_view_header_height (self);
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
  self->cursor_track = (int) MIN (track, MAX (_lp_timeline_view_n_tracks (self), 1) - 1);
  self->cursor_date = CLAMP (date, lp_trajectory_get_span_start (self->trajectory),
                             lp_trajectory_get_span_end (self->trajectory));
  lp_lane_menu_update_actions (self);
  _lp_timeline_view_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
lp_timeline_view_get_cursor (LpTimelineView *self,
                             guint          *track,
                             LpDate         *date)
{
  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (self), FALSE);
  if (self->cursor_track < 0 || self->cursor_date == LP_DATE_NONE)
    return FALSE;
  if (track != NULL)
    *track = (guint) self->cursor_track;
  if (date != NULL)
    *date = self->cursor_date;
  return TRUE;
}

GMenuModel *
_lp_timeline_view_build_lane_menu (LpTimelineView *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (self), NULL);
  return lp_lane_menu_build (self, TRUE);
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
  _lp_timeline_view_scroll_to_block (self, module);
}