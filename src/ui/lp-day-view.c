/* lp-day-view.c — one day of a module as an hour grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A header (Back, the module and the day, previous and next day) over a
 * scrolled drawing area: hour lines from the first to the last hour used
 * (at least 08:00–18:00), the module's programme items in the first column
 * and the other modules of that day in a column per lane.  Dragging an item
 * moves it, dragging its lower edge resizes it, in steps of
 * LP_DAY_VIEW_STEP minutes; the drop is one undo step
 * (lp_agenda_edit_set_times).  Items whose times overlap stand side by side
 * (lp_day_columns_assign), for drawing and the pointer alike.  Drawing is in
 * lp-day-view-draw.c, the keys in lp-day-view-keys.c, what screen readers
 * find in lp-day-view-a11y.c.
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-agenda-edit.h"
#include "core/lp-date.h"
#include "core/lp-day-columns.h"
#include "lp-day-view-private.h"

G_DEFINE_FINAL_TYPE (LpDayView, lp_day_view, GTK_TYPE_WIDGET)

enum { SIGNAL_BACK, SIGNAL_ITEM_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* ---- what is shown ---- */

static int
clamp_day_minutes (int minutes)
{
  return CLAMP (minutes, 0, LP_MINUTES_PER_DAY);
}

/* The part of @m on @date, in minutes: its times where they apply, else
 * the whole day. */
void
_lp_day_view_module_span (LpModule *m,
                          LpDate    date,
                          int      *start,
                          int      *end)
{
  int st = lp_module_get_start_time (m), et = lp_module_get_end_time (m);

  *start = (date == lp_module_get_start (m) && st != LP_TIME_NONE) ? st : -1;
  *end = (date == lp_module_get_end (m) && et != LP_TIME_NONE) ? et : -1;
}

static void
widen_hours (LpDayView *self, int start, int end)
{
  if (start >= 0)
    self->first_hour = MIN (self->first_hour, start / 60);
  if (end >= 0)
    self->last_hour = MAX (self->last_hour, (clamp_day_minutes (end) + 59) / 60);
}

/* The other modules of the day, by lane, and the hours to show. */
static void
collect (LpDayView *self)
{
  GListModel *modules = lp_trajectory_get_modules (self->trajectory);
  const LpAgenda *agenda = lp_module_get_agenda (self->module);
  int start, end;

  g_ptr_array_set_size (self->others, 0);
  self->first_hour = 8;
  self->last_hour = 18;
  self->date = lp_module_get_start (self->module) + self->day - 1;
  _lp_day_view_module_span (self->module, self->date, &start, &end);
  widen_hours (self, start, end);
  for (guint i = 0; i < lp_agenda_get_n_items (agenda); i++)
    {
      const LpAgendaItem *item = lp_agenda_get_item (agenda, i);
      if (item->day == self->day)
        widen_hours (self, item->start, item->end);
    }
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);

      if (m == self->module || lp_module_get_start (m) > self->date || lp_module_get_end (m) < self->date)
        continue;
      _lp_day_view_module_span (m, self->date, &start, &end);
      widen_hours (self, start, end);
      g_ptr_array_add (self->others, g_object_ref (m));
    }
}

static void
update_heading (LpDayView *self)
{
  g_autofree char *date = lp_date_format_display (self->date);
  g_autofree char *text = NULL;
  guint n_days = lp_module_get_n_days (self->module);
  const char *title = lp_trajectory_get_module_title (self->trajectory, self->module);

  if (n_days > 1)
    /* TRANSLATORS: the day view's heading: module title, date, day number, number of days */
    text = g_strdup_printf (_("%s — %s (day %u of %u)"), title, date, self->day, n_days);
  else
    text = g_strdup_printf ("%s — %s", title, date);
  gtk_label_set_text (GTK_LABEL (self->heading), text);
  g_free (text);
  /* TRANSLATORS: accessible name of the day view: module title, date */
  text = g_strdup_printf (_("Day programme of %s, %s"), title, date);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->canvas), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_set_sensitive (self->prev_button, self->day > 1);
  gtk_widget_set_sensitive (self->next_button, self->day < n_days);
  gtk_widget_set_visible (self->prev_button, n_days > 1);
  gtk_widget_set_visible (self->next_button, n_days > 1);
}

/* The selection gone with its item, or off the day shown. */
static void
check_selected (LpDayView *self)
{
  const LpAgenda *agenda = self->module ? lp_module_get_agenda (self->module) : NULL;

  if (self->selected >= 0 &&
      ((guint) self->selected >= lp_agenda_get_n_items (agenda) ||
       lp_agenda_get_item (agenda, (guint) self->selected)->day != self->day))
    _lp_day_view_select (self, -1);
}

static void
refresh (LpDayView *self)
{
  if (self->module == NULL)
    {
      g_ptr_array_set_size (self->others, 0);
      _lp_day_view_select (self, -1);
      _lp_day_view_a11y_sync (self);
      return;
    }
  self->day = CLAMP (self->day, 1, lp_module_get_n_days (self->module));
  collect (self);
  update_heading (self);
  check_selected (self);
  _lp_day_view_a11y_sync (self);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->canvas),
                                       (int) _lp_day_view_minute_y (self, self->last_hour * 60) + LP_DAY_VIEW_BOTTOM);
  gtk_widget_queue_draw (self->canvas);
}

static void
on_trajectory_changed_cb (LpTrajectory *t, LpDayView *self)
{
  if (self->module == NULL)
    return;
  if (lp_trajectory_lookup_module (t, lp_module_get_id (self->module)) != self->module)
    {
      g_signal_emit (self, signals[SIGNAL_BACK], 0);
      return;
    }
  refresh (self);
}

void
lp_day_view_show (LpDayView    *self,
                  LpTrajectory *trajectory,
                  LpModule     *module,
                  guint         day)
{
  g_return_if_fail (LP_IS_DAY_VIEW (self));

  if (self->trajectory != NULL)
    g_signal_handlers_disconnect_by_data (self->trajectory, self);
  if (module == NULL)
    trajectory = NULL;
  g_set_object (&self->trajectory, trajectory);
  g_set_object (&self->module, module);
  self->day = MAX (day, 1);
  self->drag_index = -1;
  self->selected = -1;
  if (self->trajectory != NULL)
    g_signal_connect (self->trajectory, "changed", G_CALLBACK (on_trajectory_changed_cb), self);
  refresh (self);
}

LpModule *
lp_day_view_get_module (LpDayView *self)
{
  return self->module;
}

guint
lp_day_view_get_day (LpDayView *self)
{
  return self->day;
}

/* ---- geometry ---- */

double
_lp_day_view_minute_y (LpDayView *self, int minutes)
{
  return LP_DAY_VIEW_TOP + (minutes - self->first_hour * 60) * LP_DAY_VIEW_PX_PER_MINUTE;
}

/* The main column, then one per lane of the other modules. */
void
_lp_day_view_main_column (LpDayView *self, double *x, double *width)
{
  double w = gtk_widget_get_width (self->canvas) - LP_DAY_VIEW_GUTTER;
  double main = self->others->len > 0 ? MAX (w * 0.5, MIN (w, 240)) : w;

  *x = LP_DAY_VIEW_GUTTER;
  *width = MAX (main - 8, 40);
}

/* The times of item @i as shown (a dragged one where it is dragged to). */
static void
shown_times (LpDayView *self, const LpAgendaItem *item, guint i, int *start, int *end)
{
  *start = (int) i == self->drag_index ? self->drag_start : item->start;
  *end = (int) i == self->drag_index ? self->drag_end : item->end;
}

/* The column of item @index among the items of the day shown, and the
 * number of columns of its cluster. */
static void
item_column (LpDayView *self, guint index, guint *column, guint *n_columns)
{
  const LpAgenda *agenda = lp_module_get_agenda (self->module);
  g_autoptr(GArray) slots = g_array_new (FALSE, TRUE, sizeof (LpDaySlot));
  guint mine = 0;

  for (guint i = 0; i < lp_agenda_get_n_items (agenda); i++)
    {
      const LpAgendaItem *item = lp_agenda_get_item (agenda, i);
      LpDaySlot slot = { 0, 0, 0, 1 };

      if (item->day != self->day)
        continue;
      if (i == index)
        mine = slots->len;
      shown_times (self, item, i, &slot.start, &slot.end);
      g_array_append_val (slots, slot);
    }
  lp_day_columns_assign ((LpDaySlot *) (gpointer) slots->data, slots->len);
  *column = g_array_index (slots, LpDaySlot, mine).column;
  *n_columns = MAX (g_array_index (slots, LpDaySlot, mine).n_columns, 1);
}

gboolean
_lp_day_view_get_item_rect (LpDayView       *self,
                            guint            index,
                            graphene_rect_t *rect)
{
  const LpAgenda *agenda = self->module ? lp_module_get_agenda (self->module) : NULL;
  const LpAgendaItem *item;
  int start, end;
  guint column, n_columns;
  double x, w, cw;

  if (index >= lp_agenda_get_n_items (agenda))
    return FALSE;
  item = lp_agenda_get_item (agenda, index);
  if (item->day != self->day)
    return FALSE;
  shown_times (self, item, index, &start, &end);
  _lp_day_view_main_column (self, &x, &w);
  item_column (self, index, &column, &n_columns);
  cw = (w - LP_DAY_VIEW_COLUMN_GAP * (n_columns - 1)) / n_columns;
  graphene_rect_init (rect, (float) (x + column * (cw + LP_DAY_VIEW_COLUMN_GAP)),
                      (float) _lp_day_view_minute_y (self, start),
                      (float) cw, (float) ((end - start) * LP_DAY_VIEW_PX_PER_MINUTE));
  return TRUE;
}

/* ---- selecting and changing times ---- */

void
_lp_day_view_select (LpDayView *self, int index)
{
  const LpAgenda *agenda = self->module ? lp_module_get_agenda (self->module) : NULL;
  graphene_rect_t r;

  self->selected = index;
  gtk_widget_queue_draw (self->canvas);
  if (index < 0 || !_lp_day_view_get_item_rect (self, (guint) index, &r))
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->canvas), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  {
    g_autofree char *label = _lp_day_view_item_label (lp_agenda_get_item (agenda, (guint) index));
    GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));

    /* the selected item, read as the view's description */
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->canvas), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, label, -1);
    gtk_adjustment_clamp_page (vadj, r.origin.y - LP_DAY_VIEW_TOP, r.origin.y + r.size.height + LP_DAY_VIEW_BOTTOM);
  }
}

void
_lp_day_view_shift_times (int       orig_start,
                          int       orig_end,
                          int       delta,
                          gboolean  resize,
                          int      *start,
                          int      *end)
{
  int length = orig_end - orig_start;

  if (resize)
    {
      *start = orig_start;
      *end = CLAMP (orig_end + delta, orig_start + LP_DAY_VIEW_STEP, LP_MINUTES_PER_DAY - 1);
    }
  else
    {
      *start = CLAMP (orig_start + delta, 0, LP_MINUTES_PER_DAY - 1 - length);
      *end = *start + length;
    }
}

guint
_lp_day_view_commit_times (LpDayView *self, guint index, int start, int end)
{
  const LpAgendaItem *item = lp_agenda_get_item (lp_module_get_agenda (self->module), index);

  if (start == item->start && end == item->end)
    return index;
  return lp_agenda_edit_set_times (self->trajectory, self->module, index, start, end);
}

/* ---- dragging ---- */

static int
snap (double dy)
{
  double minutes = dy / LP_DAY_VIEW_PX_PER_MINUTE;

  return (int) (LP_DAY_VIEW_STEP * (minutes >= 0 ? (int) (minutes / LP_DAY_VIEW_STEP + 0.5)
                                                  : -(int) (-minutes / LP_DAY_VIEW_STEP + 0.5)));
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture, double x, double y, LpDayView *self)
{
  const LpAgenda *agenda = self->module ? lp_module_get_agenda (self->module) : NULL;

  self->drag_index = -1;
  for (guint i = 0; i < lp_agenda_get_n_items (agenda); i++)
    {
      graphene_rect_t r;
      if (!_lp_day_view_get_item_rect (self, i, &r) ||
          !graphene_rect_contains_point (&r, &GRAPHENE_POINT_INIT ((float) x, (float) y)))
        continue;
      /* the last drawn (topmost) wins, but a lower edge before all */
      if (self->drag_index >= 0 && self->drag_resize)
        continue;
      self->drag_index = (int) i;
      self->drag_resize = y >= r.origin.y + r.size.height - LP_DAY_VIEW_EDGE;
      self->orig_start = self->drag_start = lp_agenda_get_item (agenda, i)->start;
      self->orig_end = self->drag_end = lp_agenda_get_item (agenda, i)->end;
    }
  _lp_day_view_select (self, self->drag_index);
  if (self->drag_index < 0)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (self->canvas);
}

static void
on_drag_update_cb (GtkGestureDrag *gesture, double dx, double dy, LpDayView *self)
{
  if (self->drag_index < 0)
    return;
  _lp_day_view_shift_times (self->orig_start, self->orig_end, snap (dy), self->drag_resize,
                            &self->drag_start, &self->drag_end);
  gtk_widget_queue_draw (self->canvas);
}

static void
on_drag_end_cb (GtkGestureDrag *gesture, double dx, double dy, LpDayView *self)
{
  guint index;

  if (self->drag_index < 0)
    return;
  on_drag_update_cb (gesture, dx, dy, self);
  index = (guint) self->drag_index;
  self->drag_index = -1;
  _lp_day_view_select (self, (int) _lp_day_view_commit_times (self, index, self->drag_start, self->drag_end));
}

/* ---- the header and keys ---- */

void
_lp_day_view_activate (LpDayView *self)
{
  g_return_if_fail (self->selected >= 0);
  g_signal_emit (self, signals[SIGNAL_ITEM_ACTIVATED], 0, (guint) self->selected);
}

static void
on_back_clicked_cb (GtkButton *button, LpDayView *self)
{
  g_signal_emit (self, signals[SIGNAL_BACK], 0);
}

static void
on_day_clicked_cb (GtkButton *button, LpDayView *self)
{
  self->day += GTK_WIDGET (button) == self->prev_button ? -1 : 1;
  _lp_day_view_select (self, -1);
  refresh (self);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *key, guint keyval, guint keycode,
                   GdkModifierType state, LpDayView *self)
{
  if (keyval != GDK_KEY_Escape)
    return _lp_day_view_key_pressed (self, keyval, state);
  if (self->drag_index >= 0)
    {
      /* Escape during a drag puts the item back */
      self->drag_index = -1;
      gtk_widget_queue_draw (self->canvas);
      return TRUE;
    }
  if (self->selected >= 0)
    {
      _lp_day_view_select (self, -1);
      return TRUE;
    }
  g_signal_emit (self, signals[SIGNAL_BACK], 0);
  return TRUE;
}

static GtkWidget *
header_button (LpDayView *self, const char *icon, const char *tooltip, GCallback callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static void
build (LpDayView *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *key = gtk_event_controller_key_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_margin_start (header, 6);
  gtk_widget_set_margin_end (header, 6);
  gtk_widget_set_margin_top (header, 6);
  gtk_widget_set_margin_bottom (header, 6);
  self->back_button = header_button (self, "go-previous-symbolic", _("Back to the Timeline"), G_CALLBACK (on_back_clicked_cb));
  self->prev_button = header_button (self, "go-up-symbolic", _("Previous Day"), G_CALLBACK (on_day_clicked_cb));
  self->next_button = header_button (self, "go-down-symbolic", _("Next Day"), G_CALLBACK (on_day_clicked_cb));
  self->heading = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->heading), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (self->heading, TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->heading), 0);
  gtk_widget_add_css_class (self->heading, "heading");
  gtk_box_append (GTK_BOX (header), self->back_button);
  gtk_box_append (GTK_BOX (header), self->heading);
  gtk_box_append (GTK_BOX (header), self->prev_button);
  gtk_box_append (GTK_BOX (header), self->next_button);
  gtk_box_append (GTK_BOX (self->box), header);

  self->canvas = gtk_drawing_area_new ();
  gtk_widget_set_focusable (self->canvas, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->canvas), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Day programme"), -1);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->canvas), _lp_day_view_draw, self, NULL);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (self->canvas, GTK_EVENT_CONTROLLER (drag));
  self->overlay = gtk_overlay_new ();
  gtk_overlay_set_child (GTK_OVERLAY (self->overlay), self->canvas);
  _lp_day_view_a11y_setup (self);
  self->scroller = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (self->scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->overlay);
  gtk_box_append (GTK_BOX (self->box), self->scroller);

  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
}

/* ---- GObject ---- */

static void
lp_day_view_dispose (GObject *object)
{
  LpDayView *self = LP_DAY_VIEW (object);

  if (self->trajectory != NULL)
    g_signal_handlers_disconnect_by_data (self->trajectory, self);
  g_clear_object (&self->trajectory);
  g_clear_object (&self->module);
  g_ptr_array_set_size (self->item_children, 0);   /* they go with the overlay */
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (lp_day_view_parent_class)->dispose (object);
}

static void
lp_day_view_finalize (GObject *object)
{
  LpDayView *self = LP_DAY_VIEW (object);

  g_clear_pointer (&self->others, g_ptr_array_unref);
  g_clear_pointer (&self->item_children, g_ptr_array_unref);
  G_OBJECT_CLASS (lp_day_view_parent_class)->finalize (object);
}

static void
lp_day_view_class_init (LpDayViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lp_day_view_dispose;
  object_class->finalize = lp_day_view_finalize;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
  signals[SIGNAL_BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_ITEM_ACTIVATED] = g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
lp_day_view_init (LpDayView *self)
{
  self->others = g_ptr_array_new_with_free_func (g_object_unref);
  self->item_children = g_ptr_array_new ();
  self->drag_index = -1;
  self->selected = -1;
  self->first_hour = 8;
  self->last_hour = 18;
  build (self);
}

GtkWidget *
lp_day_view_new (void)
{
  return g_object_new (LP_TYPE_DAY_VIEW, NULL);
}

GtkWidget *
_lp_day_view_get_canvas (LpDayView *self)
{
  return self->canvas;
}

void
_lp_day_view_get_hours (LpDayView *self, int *first, int *last)
{
  *first = self->first_hour;
  *last = self->last_hour;
}

guint
_lp_day_view_get_n_others (LpDayView *self)
{
  return self->others->len;
}

int
_lp_day_view_get_selected (LpDayView *self)
{
  return self->selected;
}
