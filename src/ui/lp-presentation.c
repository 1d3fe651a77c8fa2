/* lp-presentation.c — presenting the trajectory on a projector
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Entering remembers how the window looked (size, maximized, which parts
 * were shown, the paneds, the timeline's text size, zoom and scroll) and
 * leaving puts all of it back.  A span is shown by fitting its days to the
 * timeline's width and scrolling to its first day; it is fitted again
 * whenever the width changes (going fullscreen takes a moment).
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <string.h>

#include "core/lp-date.h"
#include "render/lp-timeline-painter.h"
#include "lp-presentation.h"

typedef struct
{
  int      width, height;
  gboolean maximized;
  gboolean header, palette, editor;
  int      outer_position, inner_position;
  double   scale, text_scale;
  gboolean fit;           /* the whole period fitted to the width */
  double   hvalue, vvalue;
  double   page;          /* the timeline's page width then */
} Saved;

struct _LpPresentation
{
  GObject             parent_instance;

  GtkWindow          *window;      /* weak: owns us */
  LpTimelineView     *timeline;
  GtkWidget          *header_bar;
  GtkPaned           *outer_paned;
  GtkPaned           *inner_paned;
  GtkWidget          *editor;      /* the inner paned's end child when made;
                                    * over the timeline on a narrow window */
  LpPresentationCard *card;
  GSimpleAction      *span_action;

  gboolean            active;
  gboolean            restoring;   /* the view waits for its old width */
  Saved               saved;
  LpDate              start;
  guint               months;
  double              applied_page;
  guint               idle_id;
  GtkGesture         *click;       /* on the timeline while presenting only */
};

G_DEFINE_FINAL_TYPE (LpPresentation, lp_presentation, G_TYPE_OBJECT)

static GtkAdjustment *
hadjustment (LpPresentation *self)
{
  return gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->timeline));
}

static GtkAdjustment *
vadjustment (LpPresentation *self)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->timeline));
}

static double
page_width (LpPresentation *self)
{
  return gtk_widget_get_width (GTK_WIDGET (self->timeline)) - lp_timeline_view_get_name_column_width (self->timeline);
}

/* ---- spans ---- */

static LpDate
add_months (LpDate date,
            int    months)
{
  guint d, m, y;
  int index;

  lp_date_to_dmy (date, &d, &m, &y);
  index = (int) y * 12 + (int) m - 1 + months;
  return lp_date_from_dmy (1, (guint) (index % 12) + 1, (guint) (index / 12));
}

static gboolean
span_range (LpPresentation *self,
            LpDate         *first,
            LpDate         *last)
{
  LpTrajectory *t = lp_timeline_view_get_trajectory (self->timeline);
  LpDate end;

  if (t == NULL || lp_trajectory_get_span_start (t) == LP_DATE_NONE)
    return FALSE;
  *first = lp_date_month_start (lp_trajectory_get_span_start (t));
  end = lp_trajectory_get_span_end (t);
  *last = *first;
  while (end != LP_DATE_NONE && add_months (*last, (int) self->months) <= end)
    *last = add_months (*last, (int) self->months);
  return TRUE;
}

/* Fits the span to the timeline's width and scrolls to its first day. */
static void
apply_span (LpPresentation *self)
{
  LpTimelineLayout *layout = lp_timeline_view_get_layout (self->timeline);
  double page = page_width (self);
  LpDate end = add_months (self->start, (int) self->months);

  if (layout == NULL || page <= 0 || hadjustment (self) == NULL)
    return;
  lp_timeline_view_set_scale (self->timeline, page / (double) (end - self->start));
  gtk_adjustment_set_value (hadjustment (self), lp_timeline_layout_date_to_x (layout, self->start));
  self->applied_page = page;
}

static void
set_start (LpPresentation *self,
           LpDate          start)
{
  LpDate first, last;

  if (!span_range (self, &first, &last))
    return;
  /* on the grid of spans from the first month */
  self->start = first;
  while (add_months (self->start, (int) self->months) <= start && self->start < last)
    self->start = add_months (self->start, (int) self->months);
  apply_span (self);
}

void
lp_presentation_step (LpPresentation *self,
                      int             n)
{
  LpDate first, last, start;

  g_return_if_fail (LP_IS_PRESENTATION (self));
  if (!span_range (self, &first, &last))
    return;
  start = add_months (self->start, n * (int) self->months);
  self->start = CLAMP (start, first, last);
  apply_span (self);
}

static void
go_to_end (LpPresentation *self,
           gboolean        last_one)
{
  LpDate first, last;

  if (!span_range (self, &first, &last))
    return;
  self->start = last_one ? last : first;
  apply_span (self);
}

static void
on_span_change_state_cb (GSimpleAction  *action,
                         GVariant       *value,
                         LpPresentation *self)
{
  const char *span = g_variant_get_string (value, NULL);
  LpDate start = self->start;

  self->months = g_str_equal (span, "month") ? 1 : g_str_equal (span, "half-year") ? 6 : 3;
  g_simple_action_set_state (action, value);
  if (self->active)
    set_start (self, start);
}

static void
choose_span (LpPresentation *self,
             const char     *span)
{
  g_action_change_state (G_ACTION (self->span_action), g_variant_new_string (span));
}

/* ---- the view's width: refit the span, or finish restoring ---- */

static void
restore_view (LpPresentation *self)
{
  if (self->saved.fit)
    lp_timeline_view_zoom_reset (self->timeline);
  else
    {
      lp_timeline_view_set_scale (self->timeline, self->saved.scale);
      gtk_adjustment_set_value (hadjustment (self), self->saved.hvalue);
    }
  gtk_adjustment_set_value (vadjustment (self), self->saved.vvalue);
  if (page_width (self) == self->saved.page)
    self->restoring = FALSE;
}

/* Run after the allocation that changed the width (scrolling or zooming
 * during one would queue another). */
static gboolean
width_changed_idle (gpointer data)
{
  LpPresentation *self = data;

  self->idle_id = 0;
  if (self->active && page_width (self) != self->applied_page)
    apply_span (self);
  else if (self->restoring)
    restore_view (self);
  return G_SOURCE_REMOVE;
}

static void
on_adjustment_changed_cb (GtkAdjustment  *adj,
                          LpPresentation *self)
{
  if ((self->active || self->restoring) && self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT, width_changed_idle, self, NULL);
}

/* ---- entering and leaving ---- */

static GtkWidget *
palette (LpPresentation *self)
{
  return gtk_paned_get_start_child (self->outer_paned);
}

static GtkWidget *
editor (LpPresentation *self)
{
  return self->editor;
}

static void
save_window (LpPresentation *self)
{
  Saved *s = &self->saved;

  gtk_window_get_default_size (self->window, &s->width, &s->height);
  s->maximized = gtk_window_is_maximized (self->window);
  s->header = gtk_widget_get_visible (self->header_bar);
  s->palette = gtk_widget_get_visible (palette (self));
  s->editor = gtk_widget_get_visible (editor (self));
  s->outer_position = gtk_paned_get_position (self->outer_paned);
  s->inner_position = gtk_paned_get_position (self->inner_paned);
  s->scale = lp_timeline_view_get_scale (self->timeline);
  s->fit = lp_timeline_view_get_fit (self->timeline);
  s->text_scale = lp_timeline_view_get_text_scale (self->timeline);
  s->hvalue = gtk_adjustment_get_value (hadjustment (self));
  s->vvalue = gtk_adjustment_get_value (vadjustment (self));
  s->page = page_width (self);
}

static void
restore_window (LpPresentation *self)
{
  Saved *s = &self->saved;

  gtk_window_unfullscreen (self->window);
  gtk_window_set_default_size (self->window, s->width, s->height);
  if (s->maximized)
    gtk_window_maximize (self->window);
  else
    gtk_window_unmaximize (self->window);
  gtk_widget_set_visible (self->header_bar, s->header);
  gtk_widget_set_visible (palette (self), s->palette);
  gtk_widget_set_visible (editor (self), s->editor);
  gtk_paned_set_position (self->outer_paned, s->outer_position);
  gtk_paned_set_position (self->inner_paned, s->inner_position);
  lp_timeline_view_set_text_scale (self->timeline, s->text_scale);
  self->restoring = TRUE;
  restore_view (self);
}

void
lp_presentation_enter (LpPresentation *self)
{
  LpTimelineLayout *layout;
  LpDate shown;

  g_return_if_fail (LP_IS_PRESENTATION (self));
  layout = lp_timeline_view_get_layout (self->timeline);
  if (self->active || layout == NULL)
    return;
  if (!self->restoring)
    save_window (self);
  self->restoring = FALSE;
  self->active = TRUE;
  shown = lp_timeline_layout_x_to_date (layout, self->saved.hvalue);
  gtk_widget_set_visible (self->header_bar, FALSE);
  gtk_widget_set_visible (palette (self), FALSE);
  gtk_widget_set_visible (editor (self), FALSE);
  lp_timeline_view_set_text_scale (self->timeline, self->saved.text_scale * LP_PRESENTATION_TEXT_SCALE);
  lp_timeline_view_set_read_only (self->timeline, TRUE);
  gtk_window_fullscreen (self->window);
  set_start (self, shown);
  gtk_widget_add_controller (GTK_WIDGET (self->timeline), GTK_EVENT_CONTROLLER (g_object_ref (self->click)));
  gtk_widget_grab_focus (GTK_WIDGET (self->timeline));
}

void
lp_presentation_leave (LpPresentation *self)
{
  g_return_if_fail (LP_IS_PRESENTATION (self));

  if (!self->active)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->card), FALSE);
  gtk_widget_remove_controller (GTK_WIDGET (self->timeline), GTK_EVENT_CONTROLLER (self->click));
  self->active = FALSE;
  lp_timeline_view_set_read_only (self->timeline, FALSE);
  restore_window (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->timeline));
}

gboolean
lp_presentation_is_active (LpPresentation *self)
{
  g_return_val_if_fail (LP_IS_PRESENTATION (self), FALSE);
  return self->active;
}

/* The editor shows itself when the window grows wide again: not now. */
static void
on_editor_visible_cb (GtkWidget      *widget,
                      GParamSpec     *pspec,
                      LpPresentation *self)
{
  if (self->active && gtk_widget_get_visible (widget))
    gtk_widget_set_visible (widget, FALSE);
}

/* ---- the card ---- */

void
lp_presentation_show_card (LpPresentation *self,
                           LpModule       *module)
{
  g_return_if_fail (LP_IS_PRESENTATION (self));

  if (!self->active || module == NULL)
    return;
  lp_presentation_card_set_module (self->card, lp_timeline_view_get_trajectory (self->timeline), module);
  gtk_widget_set_visible (GTK_WIDGET (self->card), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->card));
}

LpPresentationCard *
lp_presentation_get_card (LpPresentation *self)
{
  g_return_val_if_fail (LP_IS_PRESENTATION (self), NULL);
  return self->card;
}

static void
on_card_closed_cb (LpPresentationCard *card,
                   LpPresentation     *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->timeline));
}

static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      LpPresentation  *self)
{
  if (self->active && n_press == 1)
    lp_presentation_show_card (self, lp_timeline_view_get_selected_module (self->timeline));
}

/* ---- keys ---- */

/* Keys of a presentation; the rest (Tab through the blocks, Enter) go to
 * the timeline, except the ones that would edit the trajectory. */
static gboolean
handle_key (LpPresentation *self,
            guint           keyval)
{
  switch (keyval)
    {
    case GDK_KEY_Page_Down: case GDK_KEY_KP_Page_Down: case GDK_KEY_Right: case GDK_KEY_KP_Right:
      lp_presentation_step (self, 1); return TRUE;
    case GDK_KEY_Page_Up: case GDK_KEY_KP_Page_Up: case GDK_KEY_Left: case GDK_KEY_KP_Left:
      lp_presentation_step (self, -1); return TRUE;
    case GDK_KEY_Home: case GDK_KEY_KP_Home:
      go_to_end (self, FALSE); return TRUE;
    case GDK_KEY_End: case GDK_KEY_KP_End:
      go_to_end (self, TRUE); return TRUE;
    case GDK_KEY_1: choose_span (self, "month"); return TRUE;
    case GDK_KEY_3: choose_span (self, "quarter"); return TRUE;
    case GDK_KEY_6: choose_span (self, "half-year"); return TRUE;
    case GDK_KEY_Up: case GDK_KEY_KP_Up: case GDK_KEY_Down: case GDK_KEY_KP_Down:
      gtk_adjustment_set_value (vadjustment (self), gtk_adjustment_get_value (vadjustment (self))
                                + gtk_adjustment_get_step_increment (vadjustment (self))
                                  * (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up ? -1 : 1));
      return TRUE;
    case GDK_KEY_Delete: case GDK_KEY_KP_Delete: case GDK_KEY_BackSpace: case GDK_KEY_Menu:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   LpPresentation        *self)
{
  if (!self->active)
    return FALSE;
  if (keyval == GDK_KEY_Escape)
    {
      if (gtk_widget_get_visible (GTK_WIDGET (self->card)))
        lp_presentation_card_close (self->card);
      else
        lp_presentation_leave (self);
      return TRUE;
    }
  if (gtk_widget_get_visible (GTK_WIDGET (self->card))
      || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  return handle_key (self, keyval);
}

/* ---- the object ---- */

static void
lp_presentation_dispose (GObject *object)
{
  LpPresentation *self = LP_PRESENTATION (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_object (&self->span_action);
  g_clear_object (&self->click);
  G_OBJECT_CLASS (lp_presentation_parent_class)->dispose (object);
}

static void
lp_presentation_class_init (LpPresentationClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = lp_presentation_dispose;
}

static void
lp_presentation_init (LpPresentation *self)
{
  self->months = 3;
}

static void
add_controllers (LpPresentation *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->window), key);
  /* added to the timeline while presenting, so that a click outside a
   * presentation is the timeline's alone */
  self->click = gtk_gesture_click_new ();
  g_signal_connect_object (self->click, "released", G_CALLBACK (on_click_released_cb), self, 0);
}

LpPresentation *
lp_presentation_new (GtkWindow      *window,
                     LpTimelineView *timeline,
                     GtkOverlay     *overlay,
                     GtkWidget      *header_bar,
                     GtkPaned       *outer_paned,
                     GtkPaned       *inner_paned)
{
  LpPresentation *self = g_object_new (LP_TYPE_PRESENTATION, NULL);

  self->window = window;
  self->timeline = timeline;
  self->header_bar = header_bar;
  self->outer_paned = outer_paned;
  self->inner_paned = inner_paned;
  self->editor = gtk_paned_get_end_child (inner_paned);
  self->card = LP_PRESENTATION_CARD (lp_presentation_card_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->card), FALSE);
  gtk_overlay_add_overlay (overlay, GTK_WIDGET (self->card));
  g_signal_connect_object (self->card, "closed", G_CALLBACK (on_card_closed_cb), self, 0);
  g_signal_connect_object (hadjustment (self), "changed", G_CALLBACK (on_adjustment_changed_cb), self, 0);
  g_signal_connect_object (editor (self), "notify::visible", G_CALLBACK (on_editor_visible_cb), self, 0);
  add_controllers (self);

  self->span_action = g_simple_action_new_stateful ("present-span", G_VARIANT_TYPE_STRING,
                                                    g_variant_new_string ("quarter"));
  g_signal_connect (self->span_action, "change-state", G_CALLBACK (on_span_change_state_cb), self);
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (self->span_action));
  return self;
}

LpDate
lp_presentation_get_span_start (LpPresentation *self)
{
  g_return_val_if_fail (LP_IS_PRESENTATION (self), LP_DATE_NONE);
  return self->start;
}

guint
lp_presentation_get_span_months (LpPresentation *self)
{
  g_return_val_if_fail (LP_IS_PRESENTATION (self), 3);
  return self->months;
}
