/* test-present.c — presentation mode (F5): fullscreen without the header
 * bar, library and editor; larger labels; paging by span; the block card;
 * Esc restores the window as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <X11/Xatom.h>

#include "core/lp-date.h"
#include "core/lp-history.h"
#include "render/lp-label-layout.h"
#include "render/lp-timeline-painter.h"
#include "ui/lp-palette.h"
#include "ui/lp-presentation.h"
#include "ui/lp-timeline-view.h"
#include "ui/lp-window-private.h"
#include "widget-test-util.h"

typedef struct {
  LpWindow       *window;
  LpTimelineView *view;
  LpTrajectory   *t;
  int             surface_width;    /* the window's size before fullscreen */
  int             surface_height;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  f->window = window_on_template (data != NULL ? data : "bestuursadvisering", 1280, 720);
  f->t = lp_window_get_trajectory (f->window);
  f->view = LP_TIMELINE_VIEW (find_widget_by_type (GTK_WIDGET (f->window), LP_TYPE_TIMELINE_VIEW));
  gtk_widget_grab_focus (GTK_WIDGET (f->view));
}

static void
teardown (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
}

/* ---- the window manager ---- */

/* Xvfb runs no window manager: nobody answers the window's request to go
 * fullscreen.  Then the test does what a window manager does: it sets the
 * window's _NET_WM_STATE and size, and GTK reads them as from one. */
static gboolean
no_window_manager (GtkWindow *window)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));

  if (!GDK_IS_X11_DISPLAY (display))
    return FALSE;
  return g_str_equal (gdk_x11_screen_get_window_manager_name (gdk_x11_display_get_screen (display)),
                      "unknown");
}

static void
play_window_manager (GtkWindow *window,
                     gboolean   fullscreen,
                     int        width,
                     int        height)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  Display *xd = gdk_x11_display_get_xdisplay (display);
  Window xid = gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window)));
  Atom state = XInternAtom (xd, "_NET_WM_STATE", False);
  Atom full = XInternAtom (xd, "_NET_WM_STATE_FULLSCREEN", False);

  if (fullscreen)
    XChangeProperty (xd, xid, state, XA_ATOM, 32, PropModeReplace, (guchar *) &full, 1);
  else
    XDeleteProperty (xd, xid, state);
  XMoveResizeWindow (xd, xid, 0, 0, width, height);
  XFlush (xd);
}

static gboolean
is_fullscreen_cb (gpointer data)
{
  return gtk_window_is_fullscreen (data);
}

static gboolean
is_windowed_cb (gpointer data)
{
  return !gtk_window_is_fullscreen (data);
}

/* F5, then (up to 5 s) until the window is fullscreen. */
static void
enter (Fixture *f)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (f->window));
  GdkRectangle area;

  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (f->window));

  f->surface_width = gdk_surface_get_width (surface);
  f->surface_height = gdk_surface_get_height (surface);
  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_F5, 0));
  if (no_window_manager (GTK_WINDOW (f->window)))
    {
      gdk_monitor_get_geometry (g_list_model_get_item (gdk_display_get_monitors (display), 0), &area);
      play_window_manager (GTK_WINDOW (f->window), TRUE, area.width, area.height);
    }
  g_assert_true (wait_until (is_fullscreen_cb, f->window, 5000));
  wait_for_allocation (GTK_WIDGET (f->view));
}

static LpPresentation *
presentation (Fixture *f)
{
  return _lp_window_get_presentation (f->window);
}

static void
test_enter (Fixture *f, gconstpointer data)
{
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (f->window)));
  enter (f);
  g_assert_true (lp_presentation_is_active (presentation (f)));
  g_assert_false (gtk_widget_get_visible (find_widget_by_type (GTK_WIDGET (f->window), ADW_TYPE_HEADER_BAR)));
  g_assert_false (gtk_widget_get_visible (find_widget_by_type (GTK_WIDGET (f->window), LP_TYPE_PALETTE)));
  g_assert_false (gtk_widget_get_visible (_lp_window_get_editor (f->window)));
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

/* ---- paging ---- */

static GtkAdjustment *
hadj (Fixture *f)
{
  return gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (f->view));
}

/* The day at the left edge of the body, and the day at its right edge. */
static LpDate
first_visible (Fixture *f)
{
  return lp_timeline_layout_x_to_date (lp_timeline_view_get_layout (f->view), gtk_adjustment_get_value (hadj (f)) + 0.5);
}

static LpDate
last_visible (Fixture *f)
{
  return lp_timeline_layout_x_to_date (lp_timeline_view_get_layout (f->view),
                                       gtk_adjustment_get_value (hadj (f)) + gtk_widget_get_width (GTK_WIDGET (f->view))
                                       - lp_timeline_view_get_name_column_width (f->view) - 0.5);
}

static LpDate
months_later (LpDate date,
              int    months)
{
  guint d, m, y;
  int index;

  lp_date_to_dmy (date, &d, &m, &y);
  index = (int) y * 12 + (int) m - 1 + months;
  return lp_date_from_dmy (1, (guint) (index % 12) + 1, (guint) (index / 12));
}

typedef struct {
  Fixture *f;
  LpDate   first;
  LpDate   last;
} ShowsSpan;

static gboolean
shows_span_cb (gpointer data)
{
  ShowsSpan *s = data;

  return first_visible (s->f) == s->first && last_visible (s->f) == s->last;
}

/* The view shows the span from first, months long, whole and no more. */
static void
assert_shows (Fixture *f,
              LpDate   first,
              int      months)
{
  ShowsSpan s = { f, first, months_later (first, months) - 1 };

  g_assert_true (wait_until (shows_span_cb, &s, 5000));
  g_assert_cmpint (first_visible (f), ==, first);
  g_assert_cmpint (last_visible (f), ==, months_later (first, months) - 1);
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

static void
test_paging (Fixture *f, gconstpointer data)
{
  LpDate home = lp_date_month_start (lp_trajectory_get_span_start (f->t));
  LpDate end = lp_trajectory_get_span_end (f->t), last;

  gtk_adjustment_set_value (hadj (f), 0);
  enter (f);
  g_assert_cmpuint (lp_presentation_get_span_months (presentation (f)), ==, 3);
  assert_shows (f, home, 3);

  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_Page_Down, 0));
  assert_shows (f, months_later (home, 3), 3);
  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_Right, 0));
  assert_shows (f, months_later (home, 6), 3);
  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_Page_Up, 0));
  assert_shows (f, months_later (home, 3), 3);
  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_Left, 0));
  assert_shows (f, home, 3);
  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_Page_Up, 0));
  assert_shows (f, home, 3);

  /* End: the last span on the grid of quarters that starts by the end */
  for (last = home; months_later (last, 3) <= end; last = months_later (last, 3))
    ;
  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_End, 0));
  g_assert_cmpint (lp_presentation_get_span_start (presentation (f)), ==, last);
  g_assert_cmpint (first_visible (f), <=, last);
  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_Home, 0));
  assert_shows (f, home, 3);

  /* a month at a time */
  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_1, 0));
  assert_shows (f, home, 1);
  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_Page_Down, 0));
  assert_shows (f, months_later (home, 1), 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present-span", "s", "half-year"));
  assert_shows (f, home, 6);
}

/* ---- text size ---- */

static const LpLabelMetrics *
metrics (Fixture *f)
{
  LpLabelLayout *labels = lp_timeline_layout_get_label_layout (lp_timeline_view_get_layout (f->view));

  return lp_label_measurer_get_metrics (lp_label_layout_get_measurer (labels));
}

static void
test_text_size (Fixture *f, gconstpointer data)
{
  LpLabelMetrics before = *metrics (f);
  double row = lp_timeline_layout_get_row_height (lp_timeline_view_get_layout (f->view));

  enter (f);
  g_test_message ("em %g → %g, title line %g → %g, detail line %g → %g",
                  before.em, metrics (f)->em,
                  before.line_height[LP_LABEL_FONT_TITLE], metrics (f)->line_height[LP_LABEL_FONT_TITLE],
                  before.line_height[LP_LABEL_FONT_DETAIL], metrics (f)->line_height[LP_LABEL_FONT_DETAIL]);
  g_assert_cmpfloat (metrics (f)->em, >=, 1.6 * before.em);
  g_assert_cmpfloat (metrics (f)->line_height[LP_LABEL_FONT_TITLE], >=, 1.6 * before.line_height[LP_LABEL_FONT_TITLE]);
  /* the header's month and year names are in the detail font */
  g_assert_cmpfloat (metrics (f)->line_height[LP_LABEL_FONT_DETAIL], >=, 1.6 * before.line_height[LP_LABEL_FONT_DETAIL]);
  g_assert_cmpfloat (lp_timeline_layout_get_row_height (lp_timeline_view_get_layout (f->view)), >, row);
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

/* ---- the card ---- */

/* The first module with goals and facilitators (the template has some). */
static LpModule *
module_with_goals (Fixture *f)
{
  GListModel *modules = lp_trajectory_get_modules (f->t);

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      const char * const *people = lp_module_get_facilitators (m);

      if (lp_module_get_goals (m) != NULL && people != NULL && people[0] != NULL)
        return m;
    }
  g_assert_not_reached ();
}

static void
test_card (Fixture *f, gconstpointer data)
{
  LpModule *m = module_with_goals (f);
  g_autoptr(GPtrArray) comments = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_comment_free);
  LpPresentationCard *card;
  g_autofree char *text = NULL, *start = lp_date_format_display (lp_module_get_start (m));

  g_ptr_array_add (comments, lp_comment_new ("Anna", lp_module_get_start (m), "Check the venue"));
  lp_module_set_comments (m, comments);
  enter (f);
  card = lp_presentation_get_card (presentation (f));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (card)));

  /* Enter on the selected block */
  lp_timeline_view_set_selected_module (f->view, m);
  gtk_widget_grab_focus (GTK_WIDGET (f->view));
  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_Return, 0));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (card)));
  g_assert_true (lp_presentation_card_get_module (card) == m);
  g_assert_false (gtk_widget_get_visible (_lp_window_get_editor (f->window)));
  text = _lp_presentation_card_get_text (card);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, lp_module_get_title (m)));
  g_assert_nonnull (strstr (text, start));
  g_assert_nonnull (strstr (text, lp_track_get_name (lp_module_get_track (m))));
  g_assert_nonnull (strstr (text, lp_module_get_facilitators (m)[0]));
  g_assert_nonnull (strstr (text, lp_module_get_goals (m)));
  g_assert_nonnull (strstr (text, "Check the venue"));
  g_assert_true (widget_draws (GTK_WIDGET (card)));

  /* Esc closes the card; a second Esc leaves the presentation */
  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_Escape, 0));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (card)));
  g_assert_true (lp_presentation_is_active (presentation (f)));
  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_Escape, 0));
  g_assert_false (lp_presentation_is_active (presentation (f)));
}

/* ---- the pointer while presenting ---- */

/* A module whose block's middle lies inside the view, and that point in
 * widget coordinates. */
static LpModule *
visible_block (Fixture *f,
               double  *x,
               double  *y)
{
  LpTimelineLayout *layout = lp_timeline_view_get_layout (f->view);
  GListModel *modules = lp_trajectory_get_modules (f->t);
  int width = gtk_widget_get_width (GTK_WIDGET (f->view));
  int height = gtk_widget_get_height (GTK_WIDGET (f->view));

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      LpBlock block;

      if (!lp_timeline_layout_get_block (layout, m, &block) || block.rect.width < 20)
        continue;
      lp_timeline_view_content_to_widget (f->view, block.rect.x + block.rect.width / 2,
                                          block.rect.y + block.rect.height / 2, x, y);
      if (*x > LP_TIMELINE_NAME_COLUMN * 2 && *x < width - 20 && *y > 0 && *y < height - 20)
        return m;
    }
  g_assert_not_reached ();
}

/* a press and a release of the primary button at x, y, through every
 * primary-button click gesture on the view */
static void
click (Fixture *f,
       double   x,
       double   y)
{
  const char *signals[] = { "pressed", "released" };
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->view));

  for (guint s = 0; s < G_N_ELEMENTS (signals); s++)
    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

        if (GTK_IS_GESTURE_CLICK (c)
            && gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (c)) == GDK_BUTTON_PRIMARY)
          g_signal_emit_by_name (c, signals[s], 1, x, y);
      }
  g_object_unref (controllers);
}

/* A click on a block while presenting shows the card with its title. */
static void
test_click_card (Fixture *f, gconstpointer data)
{
  LpPresentationCard *card;
  g_autofree char *text = NULL;
  LpModule *m;
  double x, y;

  enter (f);
  card = lp_presentation_get_card (presentation (f));
  m = visible_block (f, &x, &y);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (card)));
  click (f, x, y);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (card)));
  g_assert_true (lp_presentation_card_get_module (card) == m);
  text = _lp_presentation_card_get_text (card);
  g_assert_nonnull (strstr (text, lp_module_get_title (m)));
  g_assert_true (widget_draws (GTK_WIDGET (card)));
}

/* drags the block at x, y by days to the right (a move) */
static void
drag_block (Fixture *f,
            double   x,
            double   y,
            int      days)
{
  GtkGesture *drag = find_controller (GTK_WIDGET (f->view), GTK_TYPE_GESTURE_DRAG, 0);
  double dx = days * lp_timeline_view_get_scale (f->view);

  g_assert_nonnull (drag);
  g_signal_emit_by_name (drag, "drag-begin", x, y);
  g_signal_emit_by_name (drag, "drag-update", dx, 0.0);
  g_signal_emit_by_name (drag, "drag-end", dx, 0.0);
}

/* While presenting, a drag on a block leaves its dates and the undo
 * history alone; after leaving, the same drag moves it. */
static void
test_no_drag (Fixture *f, gconstpointer data)
{
  LpHistory *history = lp_trajectory_get_history (f->t);
  LpDate start, end;
  LpModule *m;
  double x, y;

  lp_history_clear (history);
  enter (f);
  g_assert_true (lp_timeline_view_get_read_only (f->view));
  m = visible_block (f, &x, &y);
  g_test_message ("presenting: drag at %g, %g", x, y);
  start = lp_module_get_start (m);
  end = lp_module_get_end (m);
  drag_block (f, x, y, 14);
  g_assert_cmpuint (lp_module_get_start (m), ==, start);
  g_assert_cmpuint (lp_module_get_end (m), ==, end);
  g_assert_false (lp_history_can_undo (history));
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));

  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_Escape, 0));
  g_assert_false (lp_presentation_is_active (presentation (f)));
  g_assert_false (lp_timeline_view_get_read_only (f->view));
  if (no_window_manager (GTK_WINDOW (f->window)))
    play_window_manager (GTK_WINDOW (f->window), FALSE, f->surface_width, f->surface_height);
  g_assert_true (wait_until (is_windowed_cb, f->window, 5000));
  wait_for_allocation (GTK_WIDGET (f->view));
  lp_timeline_view_set_scale (f->view, 20);
  g_assert_true (wait_for_frames (GTK_WIDGET (f->view), 2));
  m = visible_block (f, &x, &y);
  start = lp_module_get_start (m);
  drag_block (f, x, y, 14);
  g_assert_cmpuint (lp_module_get_start (m), !=, start);
  g_assert_true (lp_history_can_undo (history));
}

/* The card lists open comments and leaves resolved ones out. */
static void
test_card_resolved (Fixture *f, gconstpointer data)
{
  LpModule *m = module_with_goals (f);
  g_autoptr(GPtrArray) comments = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_comment_free);
  LpComment *resolved = lp_comment_new ("Bram", lp_module_get_start (m), "Already settled");
  LpPresentationCard *card;
  g_autofree char *text = NULL;

  resolved->resolved = TRUE;
  g_ptr_array_add (comments, resolved);
  g_ptr_array_add (comments, lp_comment_new ("Anna", lp_module_get_start (m), "Still open"));
  lp_module_set_comments (m, comments);
  enter (f);
  card = lp_presentation_get_card (presentation (f));
  lp_presentation_show_card (presentation (f), m);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (card)));
  text = _lp_presentation_card_get_text (card);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Still open"));
  g_assert_null (strstr (text, "Already settled"));
}

/* ---- leaving ---- */

typedef struct {
  int      width, height;
  gboolean header, palette, editor;
  int      outer, inner;
  double   scale, hvalue, vvalue;
} Looks;

static void
get_looks (Fixture *f,
           Looks   *looks)
{
  GtkPaned *outer = GTK_PANED (find_widget_by_type (GTK_WIDGET (f->window), GTK_TYPE_PANED));
  GtkPaned *inner = GTK_PANED (gtk_widget_get_parent (_lp_window_get_editor (f->window)));

  looks->width = gtk_widget_get_width (GTK_WIDGET (f->window));
  looks->height = gtk_widget_get_height (GTK_WIDGET (f->window));
  looks->header = gtk_widget_get_visible (find_widget_by_type (GTK_WIDGET (f->window), ADW_TYPE_HEADER_BAR));
  looks->palette = gtk_widget_get_visible (find_widget_by_type (GTK_WIDGET (f->window), LP_TYPE_PALETTE));
  looks->editor = gtk_widget_get_visible (_lp_window_get_editor (f->window));
  looks->outer = gtk_paned_get_position (outer);
  looks->inner = gtk_paned_get_position (inner);
  looks->scale = lp_timeline_view_get_scale (f->view);
  looks->hvalue = gtk_adjustment_get_value (hadj (f));
  looks->vvalue = gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (f->view)));
}

static gboolean
looks_same_cb (gpointer data)
{
  Fixture *f = ((gpointer *) data)[0];
  Looks *before = ((gpointer *) data)[1], now;

  get_looks (f, &now);
  return memcmp (before, &now, sizeof now) == 0;
}

static void
test_leave_restores (Fixture *f, gconstpointer data)
{
  Looks before, after;
  gpointer args[2] = { f, &before };

  /* zoomed in and scrolled away from the start */
  lp_timeline_view_zoom_in (f->view);
  lp_timeline_view_zoom_in (f->view);
  wait_for_frames (GTK_WIDGET (f->view), 2);
  gtk_adjustment_set_value (hadj (f), 200);
  wait_for_frames (GTK_WIDGET (f->view), 2);
  get_looks (f, &before);
  g_assert_true (before.header && before.palette && before.editor);

  enter (f);
  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_Page_Down, 0));
  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_Escape, 0));
  g_assert_false (lp_presentation_is_active (presentation (f)));
  if (no_window_manager (GTK_WINDOW (f->window)))
    play_window_manager (GTK_WINDOW (f->window), FALSE, f->surface_width, f->surface_height);
  g_assert_true (wait_until (is_windowed_cb, f->window, 5000));
  wait_until (looks_same_cb, args, 5000);
  get_looks (f, &after);
  g_assert_cmpint (after.width, ==, before.width);
  g_assert_cmpint (after.height, ==, before.height);
  g_assert_true (after.header && after.palette && after.editor);
  g_assert_cmpint (after.outer, ==, before.outer);
  g_assert_cmpint (after.inner, ==, before.inner);
  g_assert_cmpfloat_with_epsilon (after.scale, before.scale, 1e-9);
  g_assert_cmpfloat_with_epsilon (after.hvalue, before.hvalue, 1e-6);
  g_assert_cmpfloat_with_epsilon (after.vvalue, before.vvalue, 1e-6);
  g_assert_cmpfloat (lp_timeline_view_get_text_scale (f->view), ==, 1.0);
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

/* A view that kept the whole period fitted to its width does so again. */
static void
test_leave_keeps_fit (Fixture *f, gconstpointer data)
{
  g_assert_true (lp_timeline_view_get_fit (f->view));
  enter (f);
  g_assert_false (lp_timeline_view_get_fit (f->view));
  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_Escape, 0));
  if (no_window_manager (GTK_WINDOW (f->window)))
    play_window_manager (GTK_WINDOW (f->window), FALSE, f->surface_width, f->surface_height);
  g_assert_true (wait_until (is_windowed_cb, f->window, 5000));
  g_assert_true (lp_timeline_view_get_fit (f->view));
  g_assert_cmpfloat (gtk_adjustment_get_value (hadj (f)), ==, 0);
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

/* Width in pixels of text in the font of the view's label measurer
 * (which, bold, is the lane names' font), on one line. */
static double
text_width (Fixture *f, LpLabelFont which, gboolean bold, const char *text)
{
  LpLabelLayout *labels = lp_timeline_layout_get_label_layout (lp_timeline_view_get_layout (f->view));
  PangoContext *context = lp_label_pango_context_new ();
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font =
    pango_font_description_copy (lp_label_measurer_get_font (lp_label_layout_get_measurer (labels), which));
  int width;

  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);
  g_object_unref (context);
  return width;
}

/* While presenting, the lane-name column grows with the text: every lane's
 * name and group of the template fit on one line in the text room of the
 * column (its width less 12 px before and 8 px after the text), and a
 * quarter fills the width right of it.  Leaving gives back the normal column. */
static void
test_lane_names_fit (Fixture *f, gconstpointer data)
{
  GListModel *tracks = lp_trajectory_get_tracks (f->t);
  double column;
  LpDate start;

  g_assert_cmpfloat (lp_timeline_view_get_name_column_width (f->view), ==, LP_TIMELINE_NAME_COLUMN);
  enter (f);
  column = lp_timeline_view_get_name_column_width (f->view);
  g_assert_cmpfloat (column, >=, 1.6 * LP_TIMELINE_NAME_COLUMN);
  for (guint i = 0; i < g_list_model_get_n_items (tracks); i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);
      const char *group = lp_track_group_get_label (lp_track_get_group (track));
      double name_w = text_width (f, LP_LABEL_FONT_TITLE, TRUE, lp_track_get_name (track));
      double group_w = text_width (f, LP_LABEL_FONT_DETAIL, FALSE, group);

      g_test_message ("%s: name %g px, group \"%s\" %g px, column %g px",
                      lp_track_get_name (track), name_w, group, group_w, column);
      g_assert_cmpfloat (name_w, <=, column - 20);
      g_assert_cmpfloat (group_w, <=, column - 20);
    }
  /* the quarter fills the width right of the wider column, and draws */
  start = lp_presentation_get_span_start (presentation (f));
  g_assert_cmpfloat_with_epsilon (lp_timeline_view_get_scale (f->view) * (months_later (start, 3) - start),
                                  gtk_widget_get_width (GTK_WIDGET (f->view)) - column, 1e-6);
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));

  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_Escape, 0));
  if (no_window_manager (GTK_WINDOW (f->window)))
    play_window_manager (GTK_WINDOW (f->window), FALSE, f->surface_width, f->surface_height);
  g_assert_true (wait_until (is_windowed_cb, f->window, 5000));
  g_assert_cmpfloat (lp_timeline_view_get_name_column_width (f->view), ==, LP_TIMELINE_NAME_COLUMN);
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  g_test_add ("/widgets/present/enter", Fixture, NULL, setup, test_enter, teardown);
  g_test_add ("/widgets/present/paging", Fixture, NULL, setup, test_paging, teardown);
  g_test_add ("/widgets/present/text-size", Fixture, NULL, setup, test_text_size, teardown);
  g_test_add ("/widgets/present/card", Fixture, NULL, setup, test_card, teardown);
  g_test_add ("/widgets/present/click-card", Fixture, NULL, setup, test_click_card, teardown);
  g_test_add ("/widgets/present/no-drag", Fixture, NULL, setup, test_no_drag, teardown);
  g_test_add ("/widgets/present/card-resolved", Fixture, NULL, setup, test_card_resolved, teardown);
  g_test_add ("/widgets/present/leave-restores", Fixture, NULL, setup, test_leave_restores, teardown);
  g_test_add ("/widgets/present/leave-keeps-fit", Fixture, NULL, setup, test_leave_keeps_fit, teardown);
  g_test_add ("/widgets/present/lane-names-fit/bestuursadvisering", Fixture, "bestuursadvisering",
              setup, test_lane_names_fit, teardown);
  g_test_add ("/widgets/present/lane-names-fit/tijdmalen", Fixture, "tijdmalen",
              setup, test_lane_names_fit, teardown);
  g_test_add ("/widgets/present/lane-names-fit/verdiepingsdag", Fixture, "verdiepingsdag",
              setup, test_lane_names_fit, teardown);
  g_test_add ("/widgets/present/lane-names-fit/ambtelijk-bestuurlijk-samenwerken", Fixture,
              "ambtelijk-bestuurlijk-samenwerken", setup, test_lane_names_fit, teardown);
  return g_test_run ();
}
