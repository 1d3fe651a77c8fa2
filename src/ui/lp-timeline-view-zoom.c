/* lp-timeline-view-zoom.c — zooming the timeline (Ctrl+wheel, keys, fit to
 * the width) and scrolling it through its adjustments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <math.h>

#include "render/lp-label-layout.h"
#include "render/lp-label-measurer.h"
#include "lp-timeline-view-private.h"

/* the room kept free right of the period's last day when fitting, in pixels */
#define FIT_MARGIN 8
/* a block scrolled into view lands this far (a fraction of the page) from the edge */
#define SCROLL_TO_FRACTION (1.0 / 3)
/* a scroll step and a page step, as fractions of the page */
#define STEP_FRACTION 0.1
#define PAGE_FRACTION 0.9

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
  gtk_adjustment_configure (adj, value, 0, MAX (upper, page),
                            page * STEP_FRACTION, page * PAGE_FRACTION, page);
}

void
_lp_timeline_view_update_adjustments (LpTimelineView *self)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));

  /* before the first allocation the layout would be built at a scale that
   * fit zoom then changes: size_allocate comes back here */
  if (self->layout == NULL || w <= 0)
    return;
  configure_adjustment (self->hadjustment, lp_timeline_layout_get_width (self->layout) + CONTENT_MARGIN,
                        w - lp_timeline_view_get_name_column_width (self));
  configure_adjustment (self->vadjustment, lp_timeline_layout_get_height (self->layout) + CONTENT_MARGIN,
                        h - _lp_timeline_view_header_height (self));
}

/* Scrolls so that the block with its label is in view. */
void
_lp_timeline_view_scroll_to_block (LpTimelineView *self,
                                   LpModule       *module)
{
  double sx = _lp_timeline_view_scroll_x (self), sy = _lp_timeline_view_scroll_y (self);
  double page_w, page_h;
  LpRect r;

  if (module == NULL || !lp_timeline_layout_get_extent (self->layout, module, &r))
    return;
  page_w = gtk_widget_get_width (GTK_WIDGET (self)) - lp_timeline_view_get_name_column_width (self);
  page_h = gtk_widget_get_height (GTK_WIDGET (self)) - _lp_timeline_view_header_height (self);
  if (self->hadjustment && (r.x < sx || r.x + r.width > sx + page_w))
    gtk_adjustment_set_value (self->hadjustment, r.x - page_w * SCROLL_TO_FRACTION);
  if (self->vadjustment && (r.y < sy || r.y + r.height > sy + page_h))
    gtk_adjustment_set_value (self->vadjustment, r.y - page_h * SCROLL_TO_FRACTION);
}

void
lp_timeline_view_show_lane (LpTimelineView *self,
                            guint           track)
{
  double y, h, sy, page_h;
  LpDate date;

  g_return_if_fail (LP_IS_TIMELINE_VIEW (self));
  if (self->trajectory == NULL || self->layout == NULL
      || !lp_timeline_layout_get_lane (self->layout, track, &y, &h))
    return;
  /* the cursor keeps its date when it has one, else takes the first day in view */
  date = self->cursor_date != LP_DATE_NONE ? self->cursor_date
         : lp_timeline_layout_x_to_date (self->layout, _lp_timeline_view_scroll_x (self));
  lp_timeline_view_set_selected_module (self, NULL);
  lp_timeline_view_set_cursor (self, track, date);
  sy = _lp_timeline_view_scroll_y (self);
  page_h = gtk_widget_get_height (GTK_WIDGET (self)) - _lp_timeline_view_header_height (self);
  if (self->vadjustment && (y < sy || y + MIN (h, page_h) > sy + page_h))
    gtk_adjustment_set_value (self->vadjustment, y - page_h * SCROLL_TO_FRACTION);
}

static void
on_adjustment_changed_cb (GtkAdjustment  *adj,
                          LpTimelineView *self)
{
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_lp_timeline_view_set_adjustment (LpTimelineView  *self,
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
  _lp_timeline_view_update_adjustments (self);
}

/* Sets the scale (clamped) keeping the day under widget x anchor_x where it
 * is; the view no longer follows the window's width. */
static void
scale_around (LpTimelineView *self,
              double          scale,
              double          anchor_x)
{
  double old, page, ax, day;

  if (self->layout == NULL)
    return;
  old = lp_timeline_layout_get_scale (self->layout);
  scale = CLAMP (scale, LP_TIMELINE_MIN_SCALE, LP_TIMELINE_MAX_SCALE);
  self->fit = FALSE;
  if (scale == old)
    return;
  page = MAX (gtk_widget_get_width (GTK_WIDGET (self)) - lp_timeline_view_get_name_column_width (self), 1);
  ax = CLAMP (anchor_x - lp_timeline_view_get_name_column_width (self), 0, page);
  day = (_lp_timeline_view_scroll_x (self) + ax) / old;
  lp_timeline_layout_set_scale (self->layout, scale);
  _lp_timeline_view_update_adjustments (self);
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, day * scale - ax);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  _lp_timeline_view_notify_scale (self);
}

static void
zoom_around (LpTimelineView *self,
             double          factor,
             double          anchor_x)
{
  if (self->layout != NULL)
    scale_around (self, lp_timeline_layout_get_scale (self->layout) * factor, anchor_x);
}

/* Widget x to zoom around from the keyboard: the selected block's middle
 * when it is in view, else the middle of the view. */
static double
selection_anchor (LpTimelineView *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double middle = lp_timeline_view_get_name_column_width (self) + (width - lp_timeline_view_get_name_column_width (self)) / 2;
  LpBlock block;
  double x;

  if (self->selected == NULL || self->layout == NULL
      || !lp_timeline_layout_get_block (self->layout, self->selected, &block))
    return middle;
  x = block.rect.x + block.rect.width / 2 - _lp_timeline_view_scroll_x (self) + lp_timeline_view_get_name_column_width (self);
  return x >= lp_timeline_view_get_name_column_width (self) && x <= width ? x : middle;
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

void
_lp_timeline_view_add_zoom_controllers (LpTimelineView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  g_signal_connect (motion, "motion", G_CALLBACK (on_pointer_motion_cb), self);
  g_signal_connect (motion, "enter", G_CALLBACK (on_pointer_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
}

double
lp_timeline_view_get_scale (LpTimelineView *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (self), LP_TIMELINE_VIEW_DEFAULT_SCALE);
  return self->layout ? lp_timeline_layout_get_scale (self->layout) : LP_TIMELINE_VIEW_DEFAULT_SCALE;
}

void
lp_timeline_view_set_scale (LpTimelineView *self,
                            double          px_per_day)
{
  double page;

  g_return_if_fail (LP_IS_TIMELINE_VIEW (self));

  /* keep the day in the middle of the view where it is */
  page = MAX (gtk_widget_get_width (GTK_WIDGET (self)) - lp_timeline_view_get_name_column_width (self), 1);
  scale_around (self, px_per_day, lp_timeline_view_get_name_column_width (self) + page / 2);
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
void
_lp_timeline_view_fit_width (LpTimelineView *self,
                             int             widget_width)
{
  double width = widget_width - lp_timeline_view_get_name_column_width (self) - FIT_MARGIN;
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
  _lp_timeline_view_fit_width (self, gtk_widget_get_width (GTK_WIDGET (self)));
}

double
lp_timeline_view_get_text_scale (LpTimelineView *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (self), 1.0);
  return self->text_scale > 0 ? self->text_scale : 1.0;
}

double
lp_timeline_view_get_name_column_width (LpTimelineView *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (self), LP_TIMELINE_NAME_COLUMN);
  if (self->painter != NULL)
    return lp_timeline_painter_get_name_column_width (self->painter);
  return LP_TIMELINE_NAME_COLUMN * lp_timeline_view_get_text_scale (self);
}

/* The painter measures and draws in one font: the label layout's title
 * font, scaled from its normal size. */
void
lp_timeline_view_set_text_scale (LpTimelineView *self,
                                 double          factor)
{
  double old = lp_timeline_view_get_text_scale (self);
  g_autoptr(PangoFontDescription) desc = NULL;
  g_autofree char *font = NULL;
  LpLabelLayout *labels;

  g_return_if_fail (LP_IS_TIMELINE_VIEW (self));
  g_return_if_fail (factor > 0);
  if (self->painter == NULL || self->layout == NULL || factor == old)
    return;
  labels = lp_timeline_layout_get_label_layout (self->layout);
  desc = pango_font_description_copy (lp_label_measurer_get_font (lp_label_layout_get_measurer (labels),
                                                                  LP_LABEL_FONT_TITLE));
  pango_font_description_set_size (desc, (int) (pango_font_description_get_size (desc) / old * factor + 0.5));
  font = pango_font_description_to_string (desc);
  lp_timeline_painter_set_font (self->painter, font);
  /* the lane names grow with the text; whole pixels keep the column's edge sharp */
  lp_timeline_painter_set_name_column_width (self->painter, ceil (LP_TIMELINE_NAME_COLUMN * factor));
  self->text_scale = factor;
  _lp_timeline_view_update_adjustments (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_lp_timeline_view_reapply_text_scale (LpTimelineView *self)
{
  double factor = lp_timeline_view_get_text_scale (self);

  self->text_scale = 1.0;
  lp_timeline_view_set_text_scale (self, factor);
}

gboolean
lp_timeline_view_get_fit (LpTimelineView *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (self), FALSE);
  return self->fit;
}
