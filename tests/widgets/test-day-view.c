/* test-day-view.c — a module's day as an hour grid: items dragged and
 * resized in five-minute steps (one undo step each), the hours shown, the
 * other modules of the day beside it, the keys, what screen readers find,
 * overlapping items side by side, and the window's way there and back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "core/lp-agenda-edit.h"
#include "core/lp-date.h"
#include "io/lp-reader.h"
#include "ui/lp-agenda-row.h"
#include "ui/lp-agenda-section.h"
#include "ui/lp-application.h"
#include "ui/lp-day-view.h"
#include "ui/lp-timeline-block.h"
#include "ui/lp-timeline-view.h"
#include "ui/lp-window.h"
#include "ui/lp-window-private.h"
#include "app-fixture.h"
#include "widget-test-util.h"

#define D(d, m, y) lp_date_from_dmy (d, m, y)
#define HM(h, m) ((h) * 60 + (m))

static GtkApplication *app;

typedef struct {
  GtkWidget    *window;
  LpDayView    *view;
  LpTrajectory *t;
  LpHistory    *h;
  LpModule     *m;
} Fixture;

static LpModule *
add_module (LpTrajectory *t, const char *id, LpTrack *track, int start, int end)
{
  g_autoptr(LpModule) m = lp_module_new (id);

  lp_module_set_kind_id (m, "deep-dive-day");
  lp_module_set_track (m, track);
  lp_module_set_start (m, D (15, 4, 2027));
  lp_module_set_end (m, D (15, 4, 2027));
  lp_module_set_start_time (m, start);
  lp_module_set_end_time (m, end);
  lp_trajectory_load_module (t, m);
  return m;
}

/* m1 on the joint lane 09:00–12:00 with three items, m2 on the officials'
 * lane the same day, m3 the day after. */
static void
setup (Fixture *f, gconstpointer data)
{
  g_autoptr(LpTrack) joint = lp_track_new ("joint", "Plenair", LP_TRACK_GROUP_JOINT);
  g_autoptr(LpTrack) officials = lp_track_new ("officials", "Ambtenaren", LP_TRACK_GROUP_OFFICIALS);
  g_autoptr(LpAgenda) agenda = lp_agenda_new ();
  LpModule *later;

  f->t = lp_trajectory_new ();
  lp_trajectory_load_set_header (f->t, "Test", NULL, NULL, NULL, D (1, 4, 2027), D (30, 4, 2027));
  lp_trajectory_load_track (f->t, joint);
  lp_trajectory_load_track (f->t, officials);
  f->m = add_module (f->t, "m1", joint, HM (9, 0), HM (12, 0));
  lp_agenda_add (agenda, lp_agenda_item_new (1, HM (9, 0), HM (9, 30), "Welkom", "Burgemeester", NULL));
  lp_agenda_add (agenda, lp_agenda_item_new (1, HM (9, 30), HM (10, 30), "Pitchronde wethouders", NULL, NULL));
  lp_agenda_add (agenda, lp_agenda_item_new (1, HM (10, 45), HM (12, 0), "Gespreksronde", NULL, NULL));
  lp_module_set_agenda (f->m, agenda);
  add_module (f->t, "m2", officials, HM (13, 0), HM (14, 30));
  later = add_module (f->t, "m3", officials, HM (9, 0), HM (10, 0));
  lp_module_set_start (later, D (16, 4, 2027));
  lp_module_set_end (later, D (16, 4, 2027));
  f->h = lp_trajectory_get_history (f->t);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 700);
  f->view = LP_DAY_VIEW (lp_day_view_new ());
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->view));
  lp_day_view_show (f->view, f->t, f->m, 1);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_allocation (GTK_WIDGET (f->view));
}

static void
teardown (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->t);
}

static void
drag_view (LpDayView *view, double x, double y, double dy)
{
  GtkGesture *gesture = find_controller (_lp_day_view_get_canvas (view), GTK_TYPE_GESTURE_DRAG, 0);

  g_assert_nonnull (gesture);
  g_signal_emit_by_name (gesture, "drag-begin", x, y);
  g_signal_emit_by_name (gesture, "drag-update", 0.0, dy / 2);
  g_signal_emit_by_name (gesture, "drag-update", 0.0, dy);
  g_signal_emit_by_name (gesture, "drag-end", 0.0, dy);
}

static void
drag (Fixture *f, double x, double y, double dy)
{
  drag_view (f->view, x, y, dy);
}

/* A key press as the view's key controller gets it; TRUE when handled. */
static gboolean
press (Fixture *f, guint keyval, GdkModifierType state)
{
  GtkEventController *key = find_controller (GTK_WIDGET (f->view), GTK_TYPE_EVENT_CONTROLLER_KEY, 0);
  gboolean handled = FALSE;

  g_assert_nonnull (key);
  g_signal_emit_by_name (key, "key-pressed", keyval, 0, state, &handled);
  return handled;
}

static const LpAgendaItem *
item (Fixture *f, guint i)
{
  return lp_agenda_get_item (lp_module_get_agenda (f->m), i);
}

/* The grid shows 08:00–18:00 at least, and the module of the same day on
 * another lane (not the one of the next day). */
static void
test_shows_day (Fixture *f, gconstpointer data)
{
  int first, last;

  _lp_day_view_get_hours (f->view, &first, &last);
  g_assert_cmpint (first, ==, 8);
  g_assert_cmpint (last, ==, 18);
  g_assert_cmpuint (_lp_day_view_get_n_others (f->view), ==, 1);
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

/* Dragging the middle of an item by 30 minutes moves it (one undo step);
 * dragging its lower edge by 17 minutes resizes it to the nearest five. */
static void
test_drag_move_resize_undo (Fixture *f, gconstpointer data)
{
  graphene_rect_t r;

  g_assert_true (_lp_day_view_get_item_rect (f->view, 1, &r));
  drag (f, r.origin.x + r.size.width / 2, r.origin.y + r.size.height / 2, 30.0);
  g_assert_cmpint (item (f, 1)->start, ==, HM (10, 0));
  g_assert_cmpint (item (f, 1)->end, ==, HM (11, 0));
  g_assert_cmpstr (lp_history_get_undo_label (f->h), ==, "Change Programme Item");
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));

  g_assert_true (_lp_day_view_get_item_rect (f->view, 1, &r));
  drag (f, r.origin.x + r.size.width / 2, r.origin.y + r.size.height - 2, 17.0);
  g_assert_cmpint (item (f, 1)->start, ==, HM (10, 0));
  g_assert_cmpint (item (f, 1)->end, ==, HM (11, 15));

  g_assert_true (lp_history_undo (f->h));
  g_assert_cmpint (item (f, 1)->end, ==, HM (11, 0));
  g_assert_true (lp_history_undo (f->h));
  g_assert_cmpint (item (f, 1)->start, ==, HM (9, 30));
  g_assert_cmpint (item (f, 1)->end, ==, HM (10, 30));
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

/* A drag that ends where it began changes nothing; a press beside the items
 * starts no drag. */
static void
test_drag_nothing (Fixture *f, gconstpointer data)
{
  graphene_rect_t r;

  g_assert_true (_lp_day_view_get_item_rect (f->view, 0, &r));
  drag (f, r.origin.x + 10, r.origin.y + 10, 2.0);
  drag (f, 10, 5, 60.0);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpint (item (f, 0)->start, ==, HM (9, 0));
}

/* Items before 08:00 or after 18:00 widen the grid to their hours. */
static void
test_hours_widen (Fixture *f, gconstpointer data)
{
  g_autoptr(LpAgenda) agenda = lp_agenda_copy (lp_module_get_agenda (f->m));
  g_auto(GValue) value = G_VALUE_INIT;
  int first, last;

  lp_agenda_add (agenda, lp_agenda_item_new (1, HM (7, 15), HM (7, 45), "Ontbijt", NULL, NULL));
  lp_agenda_add (agenda, lp_agenda_item_new (1, HM (18, 30), HM (19, 10), "Borrel", NULL, NULL));
  g_value_init (&value, LP_TYPE_AGENDA);
  g_value_set_boxed (&value, agenda);
  lp_trajectory_set_value (f->t, f->m, "agenda", &value);
  _lp_day_view_get_hours (f->view, &first, &last);
  g_assert_cmpint (first, ==, 7);
  g_assert_cmpint (last, ==, 20);
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

static void
count_back_cb (guint *backs)
{
  (*backs)++;
}

/* The canvas takes the focus; Tab and Shift+Tab select the items in time
 * order, Tab past the last one is left to GTK (the focus leaves); Escape
 * deselects (the view stays); Down with nothing selected selects the first
 * item, Up the last. */
static void
test_keys_select (Fixture *f, gconstpointer data)
{
  guint backs = 0;

  g_signal_connect_swapped (f->view, "back", G_CALLBACK (count_back_cb), &backs);
  gtk_widget_grab_focus (_lp_day_view_get_canvas (f->view));
  g_assert_true (gtk_widget_has_focus (_lp_day_view_get_canvas (f->view)));
  g_assert_cmpint (_lp_day_view_get_selected (f->view), ==, -1);
  g_assert_true (press (f, GDK_KEY_Tab, 0));
  g_assert_cmpint (_lp_day_view_get_selected (f->view), ==, 0);
  g_assert_true (press (f, GDK_KEY_Tab, 0));
  g_assert_cmpint (_lp_day_view_get_selected (f->view), ==, 1);
  g_assert_true (press (f, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_cmpint (_lp_day_view_get_selected (f->view), ==, 0);
  g_assert_true (press (f, GDK_KEY_Tab, 0));
  g_assert_true (press (f, GDK_KEY_Tab, 0));
  g_assert_cmpint (_lp_day_view_get_selected (f->view), ==, 2);
  g_assert_false (press (f, GDK_KEY_Tab, 0));
  g_assert_cmpint (_lp_day_view_get_selected (f->view), ==, 2);

  g_assert_true (press (f, GDK_KEY_Escape, 0));
  g_assert_cmpint (_lp_day_view_get_selected (f->view), ==, -1);
  g_assert_cmpuint (backs, ==, 0);
  g_assert_true (press (f, GDK_KEY_Down, 0));
  g_assert_cmpint (_lp_day_view_get_selected (f->view), ==, 0);
  g_assert_true (press (f, GDK_KEY_Escape, 0));
  g_assert_true (press (f, GDK_KEY_Up, 0));
  g_assert_cmpint (_lp_day_view_get_selected (f->view), ==, 2);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

/* With an item selected, Down moves it 5 minutes later and Shift+Up ends it
 * 5 minutes earlier: one undo step per key press, named as a drag's. */
static void
test_keys_move_resize_undo (Fixture *f, gconstpointer data)
{
  g_assert_true (press (f, GDK_KEY_Tab, 0));
  g_assert_true (press (f, GDK_KEY_Tab, 0));
  g_assert_true (press (f, GDK_KEY_Down, 0));
  g_assert_cmpint (item (f, 1)->start, ==, HM (9, 35));
  g_assert_cmpint (item (f, 1)->end, ==, HM (10, 35));
  g_assert_cmpstr (lp_history_get_undo_label (f->h), ==, "Change Programme Item");
  g_assert_true (press (f, GDK_KEY_Up, GDK_SHIFT_MASK));
  g_assert_cmpint (item (f, 1)->start, ==, HM (9, 35));
  g_assert_cmpint (item (f, 1)->end, ==, HM (10, 30));
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));

  g_assert_true (lp_history_undo (f->h));
  g_assert_cmpint (item (f, 1)->end, ==, HM (10, 35));
  g_assert_true (lp_history_undo (f->h));
  g_assert_cmpint (item (f, 1)->start, ==, HM (9, 30));
  g_assert_cmpint (item (f, 1)->end, ==, HM (10, 30));
  g_assert_false (lp_history_can_undo (f->h));
}

/* The keys keep an item at least 5 minutes long and within the day
 * (00:00 to 23:59, as a drag does), and a key press that changes nothing
 * adds no undo step; the selection follows the item as it moves before the
 * others. */
static void
test_keys_limits (Fixture *f, gconstpointer data)
{
  g_assert_true (press (f, GDK_KEY_Down, 0));   /* Welkom, 09:00–09:30 */
  for (int i = 0; i < 5; i++)
    g_assert_true (press (f, GDK_KEY_Up, GDK_SHIFT_MASK));
  g_assert_cmpint (item (f, 0)->end, ==, HM (9, 5));
  g_assert_cmpstr (lp_history_get_undo_label (f->h), ==, "Change Programme Item");
  g_assert_true (lp_history_undo (f->h));
  g_assert_true (lp_history_redo (f->h));
  g_assert_true (press (f, GDK_KEY_Up, GDK_SHIFT_MASK));
  g_assert_cmpint (item (f, 0)->end, ==, HM (9, 5));
  g_assert_true (lp_history_undo (f->h));   /* the last step is still the fifth press */
  g_assert_cmpint (item (f, 0)->end, ==, HM (9, 10));
  g_assert_true (lp_history_redo (f->h));

  g_assert_true (press (f, GDK_KEY_Escape, 0));
  g_assert_true (press (f, GDK_KEY_Up, 0));     /* Gespreksronde, 10:45–12:00 */
  for (int i = 0; i < 200; i++)
    press (f, GDK_KEY_Down, 0);
  g_assert_cmpint (item (f, 2)->start, ==, HM (22, 44));
  g_assert_cmpint (item (f, 2)->end, ==, HM (23, 59));
  for (int i = 0; i < 300; i++)
    press (f, GDK_KEY_Up, 0);
  g_assert_cmpint (_lp_day_view_get_selected (f->view), ==, 0);
  g_assert_cmpstr (item (f, 0)->title, ==, "Gespreksronde");
  g_assert_cmpint (item (f, 0)->start, ==, 0);
  g_assert_cmpint (item (f, 0)->end, ==, HM (1, 15));
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

/* The colour of the canvas at (x, y) as rendered now. */
static guint32
pixel_at (GtkWidget *canvas, int x, int y)
{
  int w, h;
  g_autofree guchar *pixels = render_widget (canvas, &w, &h);
  guint32 c;

  g_assert_true (x >= 0 && x < w && y >= 0 && y < h);
  memcpy (&c, pixels + ((gsize) y * w + x) * 4, 4);
  return c;
}

/* The selected item is drawn otherwise than when it is not (its fill, away
 * from its text); the other items are drawn as before. */
static void
test_selected_drawn (Fixture *f, gconstpointer data)
{
  GtkWidget *canvas = _lp_day_view_get_canvas (f->view);
  graphene_rect_t r1, r2;
  guint32 before1, before2;

  /* sample only once the canvas has drawn (it may not have yet) */
  g_assert_true (widget_draws (canvas));
  g_assert_true (_lp_day_view_get_item_rect (f->view, 1, &r1));
  g_assert_true (_lp_day_view_get_item_rect (f->view, 2, &r2));
  before1 = pixel_at (canvas, (int) (r1.origin.x + r1.size.width - 8), (int) (r1.origin.y + r1.size.height / 2));
  before2 = pixel_at (canvas, (int) (r2.origin.x + r2.size.width - 8), (int) (r2.origin.y + r2.size.height / 2));
  g_assert_true (press (f, GDK_KEY_Tab, 0));
  g_assert_true (press (f, GDK_KEY_Tab, 0));
  g_assert_cmpint (_lp_day_view_get_selected (f->view), ==, 1);
  g_assert_cmphex (pixel_at (canvas, (int) (r1.origin.x + r1.size.width - 8), (int) (r1.origin.y + r1.size.height / 2)),
                   !=, before1);
  g_assert_cmphex (pixel_at (canvas, (int) (r2.origin.x + r2.size.width - 8), (int) (r2.origin.y + r2.size.height / 2)),
                   ==, before2);
}

/* The view's accessible children over the items, in time order. */
static GPtrArray *
item_children (Fixture *f)
{
  GtkWidget *overlay = gtk_widget_get_parent (_lp_day_view_get_canvas (f->view));
  GPtrArray *children = g_ptr_array_new ();

  for (GtkWidget *w = gtk_widget_get_first_child (overlay); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (LP_IS_TIMELINE_BLOCK (w))
      g_ptr_array_add (children, w);
  return children;
}

/* What a screen reader finds: the view named "Day programme of TITLE,
 * DATE"; a button per item named "START–END TITLE, WHO" (no WHO when none)
 * over the item as drawn, renamed when the item moves; the selected item as
 * the view's description. */
static void
test_accessible (Fixture *f, gconstpointer data)
{
  GtkWidget *canvas = _lp_day_view_get_canvas (f->view);
  g_autofree char *date = lp_date_format_display (D (15, 4, 2027));
  g_autofree char *label = g_strdup_printf ("Day programme of %s, %s", lp_trajectory_get_module_title (f->t, f->m), date);
  const char *names[] = { "09:00–09:30 Welkom, Burgemeester", "09:30–10:30 Pitchronde wethouders",
                          "10:45–12:00 Gespreksronde" };
  g_autoptr(GPtrArray) children = item_children (f);

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (canvas), GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  g_assert_cmpuint (children->len, ==, G_N_ELEMENTS (names));
  wait_for_frame (canvas);
  for (guint i = 0; i < children->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (children, i);
      graphene_rect_t r, bounds;

      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_ROLE_BUTTON);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, names[i]);
      g_assert_true (_lp_day_view_get_item_rect (f->view, i, &r));
      g_assert_true (gtk_widget_compute_bounds (child, canvas, &bounds));
      g_assert_cmpfloat_with_epsilon (bounds.origin.y, r.origin.y, 1.0);
      g_assert_cmpfloat_with_epsilon (bounds.size.height, r.size.height, 1.0);
    }

  g_assert_true (press (f, GDK_KEY_Tab, 0));
  g_assert_true (press (f, GDK_KEY_Tab, 0));
  g_assert_true (press (f, GDK_KEY_Down, 0));
  g_ptr_array_unref (children);
  children = item_children (f);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (g_ptr_array_index (children, 1)), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "09:35–10:35 Pitchronde wethouders");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (canvas), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "09:35–10:35 Pitchronde wethouders");
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

/* Two items of a template made to overlap (10:45–12:00 and 11:30–12:30 of
 * the deep-dive day) are drawn side by side: their rectangles do not
 * intersect, each at least 40% as wide as an item alone; the pointer finds
 * each of them (a drag on its middle moves it, not the other). */
static void
test_overlap_side_by_side (void)
{
  g_autofree char *path = g_strdup_printf ("%s/verdiepingsdag.leerplaats", g_getenv ("LEERPLAATS_TEMPLATES"));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = lp_reader_load_file (file, NULL, NULL, &error);
  GtkWidget *window = gtk_window_new ();
  LpDayView *view = LP_DAY_VIEW (lp_day_view_new ());
  LpModule *m;
  const LpAgenda *agenda;
  graphene_rect_t alone, a, b, both;

  g_assert_no_error (error);
  m = lp_trajectory_lookup_module (t, "m8");
  agenda = lp_module_get_agenda (m);
  g_assert_cmpint (lp_agenda_get_item (agenda, 3)->start, ==, HM (10, 45));
  g_assert_cmpint (lp_agenda_get_item (agenda, 4)->start, ==, HM (11, 30));
  lp_agenda_edit_set_times (t, m, 3, HM (10, 45), HM (12, 0));

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  lp_day_view_show (view, t, m, 1);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_allocation (GTK_WIDGET (view));

  g_assert_true (_lp_day_view_get_item_rect (view, 0, &alone));
  g_assert_true (_lp_day_view_get_item_rect (view, 3, &a));
  g_assert_true (_lp_day_view_get_item_rect (view, 4, &b));
  g_assert_false (graphene_rect_intersection (&a, &b, &both));
  g_assert_cmpfloat (a.size.width, >=, 0.4 * alone.size.width);
  g_assert_cmpfloat (b.size.width, >=, 0.4 * alone.size.width);
  g_assert_cmpfloat (a.origin.x, <, b.origin.x);
  g_assert_true (widget_draws (GTK_WIDGET (view)));

  drag_view (view, a.origin.x + a.size.width / 2, a.origin.y + a.size.height / 2, 10.0);
  g_assert_cmpint (lp_agenda_get_item (lp_module_get_agenda (m), 3)->start, ==, HM (10, 55));
  g_assert_cmpint (lp_agenda_get_item (lp_module_get_agenda (m), 4)->start, ==, HM (11, 30));
  g_assert_true (_lp_day_view_get_item_rect (view, 4, &b));
  drag_view (view, b.origin.x + b.size.width / 2, b.origin.y + b.size.height / 2, 10.0);
  g_assert_cmpint (lp_agenda_get_item (lp_module_get_agenda (m), 3)->start, ==, HM (10, 55));
  g_assert_cmpint (lp_agenda_get_item (lp_module_get_agenda (m), 4)->start, ==, HM (11, 40));
  g_assert_true (widget_draws (GTK_WIDGET (view)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
stack_shows (gpointer data)
{
  GtkWidget *child = data;
  return gtk_stack_get_visible_child (GTK_STACK (gtk_widget_get_parent (child))) == child;
}

/* A double-click on the middle of @m's block. */
static void
double_click (LpTimelineView *view, LpModule *m)
{
  GtkGesture *click = find_controller (GTK_WIDGET (view), GTK_TYPE_GESTURE_CLICK, GDK_BUTTON_PRIMARY);
  LpTimelineLayout *layout = lp_timeline_view_get_layout (view);
  LpTrajectory *t = lp_timeline_view_get_trajectory (view);
  int track = lp_trajectory_get_track_index (t, lp_module_get_track (m));
  LpDate start = lp_module_get_start (m);
  LpBlock block;
  double ly, lh, px, py, x, y;

  g_assert_true (lp_timeline_layout_get_block (layout, m, &block));
  g_assert_true (lp_timeline_layout_get_lane (layout, (guint) track, &ly, &lh));
  g_assert_true (lp_timeline_view_get_point (view, start, (guint) track, &px, &py));
  /* get_point gives the middle of the day at the middle of the lane */
  x = px - lp_timeline_view_get_scale (view) / 2
      + (block.rect.x - lp_timeline_layout_date_to_x (layout, start)) + block.rect.width / 2;
  y = py - (ly + lh / 2) + block.rect.y + block.rect.height / 2;
  g_signal_emit_by_name (click, "pressed", 1, x, y);
  g_signal_emit_by_name (click, "pressed", 2, x, y);
}

/* In the window: Open Day Programme shows the day instead of the timeline;
 * Escape goes back to the timeline, scrolled where it was, with the module
 * selected; Enter on a module still opens the editor (test-keys). */
static void
test_window_there_and_back (void)
{
  LpWindow *window = app_window_on_template (app, "verdiepingsdag");
  GtkWidget *timeline, *day, *scroller;
  GtkAdjustment *hadj;
  LpModule *m;
  GtkEventController *key;
  double scrolled;
  gboolean handled = FALSE;

  timeline = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_TIMELINE_VIEW);
  /* the day view is made when a day is first shown */
  g_assert_null (find_widget_by_type (GTK_WIDGET (window), LP_TYPE_DAY_VIEW));
  scroller = gtk_widget_get_ancestor (timeline, GTK_TYPE_SCROLLED_WINDOW);
  m = lp_trajectory_lookup_module (lp_window_get_trajectory (window), "m8");
  g_assert_true (stack_shows (scroller));

  lp_timeline_view_zoom_in (LP_TIMELINE_VIEW (timeline));
  lp_timeline_view_scroll_to_module (LP_TIMELINE_VIEW (timeline), m);
  wait_for_frames (timeline, 2);
  hadj = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
  scrolled = gtk_adjustment_get_value (hadj);

  /* Ctrl+Enter on the selected block, as the timeline's key controller
   * gets it first; Alt+Enter it leaves to the window */
  g_assert_true (lp_timeline_view_get_selected_module (LP_TIMELINE_VIEW (timeline)) == m);
  key = find_controller (timeline, GTK_TYPE_EVENT_CONTROLLER_KEY, 0);
  g_signal_emit_by_name (key, "key-pressed", GDK_KEY_Return, 0, GDK_ALT_MASK, &handled);
  g_assert_false (handled);
  g_assert_true (stack_shows (scroller));
  g_signal_emit_by_name (key, "key-pressed", GDK_KEY_Return, 0, GDK_CONTROL_MASK, &handled);
  g_assert_true (handled);
  day = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_DAY_VIEW);
  g_assert_nonnull (day);
  g_assert_true (stack_shows (day));
  g_assert_true (lp_day_view_get_module (LP_DAY_VIEW (day)) == m);
  g_assert_true (widget_draws (day));

  key = find_controller (day, GTK_TYPE_EVENT_CONTROLLER_KEY, 0);
  g_signal_emit_by_name (key, "key-pressed", GDK_KEY_Escape, 0, 0, &handled);
  g_assert_true (handled);
  g_assert_true (stack_shows (scroller));
  g_assert_true (lp_timeline_view_get_selected_module (LP_TIMELINE_VIEW (timeline)) == m);
  g_assert_true (gtk_widget_has_focus (timeline));
  wait_for_frames (timeline, 2);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (hadj), scrolled, 0.5);
  g_assert_true (widget_draws (timeline));

  /* a double-click on the module (it has times) opens its day again */
  double_click (LP_TIMELINE_VIEW (timeline), m);
  g_assert_true (stack_shows (day));
  g_assert_true (lp_day_view_get_module (LP_DAY_VIEW (day)) == m);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* In the window: Enter on the item selected in the day view shows the
 * editor with the keyboard focus on that item's title in the Programme
 * section; the day view stays. */
static void
test_window_enter_item (void)
{
  LpWindow *window = app_window_on_template (app, "verdiepingsdag");
  GtkWidget *timeline, *day, *editor, *section, *title, *focus;
  GtkEventController *key;
  LpModule *m;
  gboolean handled = FALSE;

  timeline = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_TIMELINE_VIEW);
  m = lp_trajectory_lookup_module (lp_window_get_trajectory (window), "m8");
  lp_timeline_view_set_selected_module (LP_TIMELINE_VIEW (timeline), m);
  g_assert_true (gtk_widget_activate_action (timeline, "timeline.open-day", NULL));
  day = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_DAY_VIEW);
  g_assert_nonnull (day);
  g_assert_true (stack_shows (day));

  key = find_controller (day, GTK_TYPE_EVENT_CONTROLLER_KEY, 0);
  g_signal_emit_by_name (key, "key-pressed", GDK_KEY_Return, 0, 0, &handled);
  g_assert_false (handled);   /* nothing selected: Enter is not the view's */
  g_signal_emit_by_name (key, "key-pressed", GDK_KEY_Tab, 0, 0, &handled);
  g_signal_emit_by_name (key, "key-pressed", GDK_KEY_Tab, 0, 0, &handled);
  g_signal_emit_by_name (key, "key-pressed", GDK_KEY_Return, 0, 0, &handled);
  g_assert_true (handled);

  editor = _lp_window_get_editor (window);
  section = find_widget_by_type (editor, LP_TYPE_AGENDA_SECTION);
  title = lp_agenda_row_get_part (LP_AGENDA_ROW (_lp_agenda_section_get_row (LP_AGENDA_SECTION (section), 1)), "title");
  g_assert_true (gtk_widget_get_mapped (title));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == title || gtk_widget_is_ancestor (focus, title));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==,
                   lp_agenda_get_item (lp_module_get_agenda (m), 1)->title);
  g_assert_true (stack_shows (day));
  g_assert_true (widget_draws (GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  lp_reader_init ();
  app = registered_test_app ();

  g_test_add ("/widgets/day-view/shows-day", Fixture, NULL, setup, test_shows_day, teardown);
  g_test_add ("/widgets/day-view/drag-move-resize-undo", Fixture, NULL, setup, test_drag_move_resize_undo, teardown);
  g_test_add ("/widgets/day-view/drag-nothing", Fixture, NULL, setup, test_drag_nothing, teardown);
  g_test_add ("/widgets/day-view/hours-widen", Fixture, NULL, setup, test_hours_widen, teardown);
  g_test_add ("/widgets/day-view/keys-select", Fixture, NULL, setup, test_keys_select, teardown);
  g_test_add ("/widgets/day-view/keys-move-resize-undo", Fixture, NULL, setup, test_keys_move_resize_undo, teardown);
  g_test_add ("/widgets/day-view/keys-limits", Fixture, NULL, setup, test_keys_limits, teardown);
  g_test_add ("/widgets/day-view/selected-drawn", Fixture, NULL, setup, test_selected_drawn, teardown);
  g_test_add ("/widgets/day-view/accessible", Fixture, NULL, setup, test_accessible, teardown);
  g_test_add_func ("/widgets/day-view/overlap-side-by-side", test_overlap_side_by_side);
  g_test_add_func ("/widgets/day-view/window-there-and-back", test_window_there_and_back);
  g_test_add_func ("/widgets/day-view/window-enter-item", test_window_enter_item);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
