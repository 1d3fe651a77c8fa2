/* test-timeline-draw.c — the timeline in the real window still draws after
 * a module is added from the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each test renders what the window shows (its last frame, through the
 * window's own renderer) and looks for the lane names' and the blocks'
 * pixels at the places the layout gives them.
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "core/lp-library.h"
#include "io/lp-reader.h"
#include "ui/lp-palette-private.h"
#include "render/lp-timeline-painter.h"
#include "ui/lp-timeline-view.h"
#include "ui/lp-window.h"
#include "widget-test-util.h"

#define NAME_COLUMN LP_TIMELINE_NAME_COLUMN

typedef struct {
  LpWindow       *window;
  LpTimelineView *view;
  LpPalette      *palette;
  LpTrajectory   *t;
} Fixture;

typedef struct {
  guchar *pixels;   /* as gdk_texture_download gives them */
  int     width, height;
  gsize   stride;
} Frame;

static void
setup (Fixture *f, gconstpointer data)
{
  f->window = window_on_template ("tijdmalen", 1366, 768);
  f->t = lp_window_get_trajectory (f->window);
  f->view = LP_TIMELINE_VIEW (find_widget_by_type (GTK_WIDGET (f->window), LP_TYPE_TIMELINE_VIEW));
  f->palette = LP_PALETTE (find_widget_by_type (GTK_WIDGET (f->window), LP_TYPE_PALETTE));
  g_assert_nonnull (f->palette);
}

static void
teardown (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
}

/* The window's last frame as the screen got it. */
static Frame
render_window (Fixture *f)
{
  GtkWidget *w = GTK_WIDGET (f->window);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (w);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (w));
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  Frame frame;

  frame.width = gtk_widget_get_width (w);
  frame.height = gtk_widget_get_height (w);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), frame.width, frame.height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  g_assert_nonnull (renderer);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, frame.width, frame.height));
  g_assert_nonnull (texture);
  frame.width = gdk_texture_get_width (texture);
  frame.height = gdk_texture_get_height (texture);
  frame.stride = (gsize) frame.width * 4;
  frame.pixels = g_malloc (frame.stride * frame.height);
  gdk_texture_download (texture, frame.pixels, frame.stride);
  return frame;
}

/* gdk_texture_download gives premultiplied ARGB32 in native byte order */
static void
get_rgb (const Frame *frame,
         int          x,
         int          y,
         int         *r,
         int         *g,
         int         *b)
{
  guint32 v;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, frame->width);
  g_assert_cmpint (y, <, frame->height);
  memcpy (&v, frame->pixels + (gsize) y * frame->stride + (gsize) x * 4, 4);
  *r = (v >> 16) & 0xff;
  *g = (v >> 8) & 0xff;
  *b = v & 0xff;
}

/* Widget point of the view → frame (window) point. */
static void
view_to_frame (Fixture *f,
               double   x,
               double   y,
               int     *fx,
               int     *fy)
{
  graphene_point_t p;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (f->view), GTK_WIDGET (f->window),
                                           &GRAPHENE_POINT_INIT (x, y), &p));
  *fx = (int) p.x;
  *fy = (int) p.y;
}

/* The timeline draws: the view and the scrolled window around it have a
 * size; in the window's frame the top of the first lane's name cell has dark
 * (text) pixels, and the middle of the module's block, at its place in the
 * layout, has coloured (not grey) pixels. */
static void
assert_timeline_drawn (Fixture  *f,
                       LpModule *module)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (f->view), GTK_TYPE_SCROLLED_WINDOW);
  LpTimelineLayout *layout = lp_timeline_view_get_layout (f->view);
  guint track = (guint) lp_trajectory_get_track_index (f->t, lp_module_get_track (module));
  double px, py, ly, lh, dx, dy, bx, by;
  int x0, y0, x1, y1;
  guint dark = 0, coloured = 0;
  LpBlock block;
  Frame frame;

  g_assert_nonnull (scroller);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->view)), >, NAME_COLUMN);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (f->view)), >, 100);
  g_assert_cmpint (gtk_widget_get_width (scroller), >, NAME_COLUMN);
  g_assert_cmpint (gtk_widget_get_height (scroller), >, 100);

  frame = render_window (f);

  /* layout (content) → view coordinates, from the middle of a lane and day */
  g_assert_true (lp_timeline_view_get_point (f->view, lp_module_get_start (module), track, &px, &py));
  g_assert_true (lp_timeline_layout_get_lane (layout, track, &ly, &lh));
  dx = px - lp_timeline_layout_date_to_x (layout, lp_module_get_start (module))
       - lp_timeline_layout_get_scale (layout) / 2;
  dy = py - (ly + lh / 2);

  /* the top of the first lane's name cell */
  g_assert_true (lp_timeline_layout_get_lane (layout, 0, &ly, &lh));
  view_to_frame (f, 0, ly + dy, &x0, &y0);
  view_to_frame (f, NAME_COLUMN, ly + dy + MIN (lh, 36), &x1, &y1);
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        int r, g, b;

        get_rgb (&frame, x, y, &r, &g, &b);
        if (r + g + b < 3 * 128)
          dark++;
      }
  g_test_message ("dark pixels in the first lane's name: %u", dark);
  g_assert_cmpuint (dark, >, 20);

  /* the middle of the module's block */
  g_assert_true (lp_timeline_layout_get_block (layout, module, &block));
  bx = block.rect.x + block.rect.width / 2 + dx;
  by = block.rect.y + block.rect.height / 2 + dy;
  for (int i = -2; i <= 2; i++)
    {
      int r, g, b, fx, fy;

      view_to_frame (f, bx, by + i, &fx, &fy);
      get_rgb (&frame, fx, fy, &r, &g, &b);
      g_test_message ("block pixel %d,%d: %d %d %d", fx, fy, r, g, b);
      if (MAX (r, MAX (g, b)) - MIN (r, MIN (g, b)) > 20)
        coloured++;
    }
  g_assert_cmpuint (coloured, >=, 3);
  g_free (frame.pixels);
}

static void
test_duplicate_key (Fixture *f, gconstpointer data)
{
  GtkGesture *click = find_controller (GTK_WIDGET (f->view), GTK_TYPE_GESTURE_CLICK, 0);
  guint n = g_list_model_get_n_items (lp_trajectory_get_modules (f->t));
  GtkEventController *key = find_controller (GTK_WIDGET (f->view), GTK_TYPE_EVENT_CONTROLLER_KEY, 0);
  gboolean handled = FALSE;
  LpModule *copy;

  /* a click on an empty spot of the header-free area, left of any block */
  g_assert_nonnull (click);
  g_assert_nonnull (key);
  g_signal_emit_by_name (click, "pressed", 1, (double) NAME_COLUMN + 2,
                         gtk_widget_get_height (GTK_WIDGET (f->view)) - 4.0);
  g_signal_emit_by_name (key, "key-pressed", GDK_KEY_Tab, 0, 0, &handled);
  g_assert_true (handled);
  g_assert_nonnull (lp_timeline_view_get_selected_module (f->view));
  wait_for_frame (GTK_WIDGET (f->view));

  /* Ctrl+D is bound to this action */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.duplicate", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_modules (f->t)), ==, n + 1);
  copy = lp_timeline_view_get_selected_module (f->view);
  g_assert_nonnull (copy);
  wait_for_frame (GTK_WIDGET (f->view));
  assert_timeline_drawn (f, copy);
}

static void
test_palette_enter (Fixture *f, gconstpointer data)
{
  LpKind *kind = lp_library_lookup_builtin ("two-day-session");
  guint n = g_list_model_get_n_items (lp_trajectory_get_modules (f->t));
  GtkWidget *row = _lp_palette_get_row (f->palette, kind);
  LpModule *placed;

  g_assert_nonnull (row);
  lp_timeline_view_set_cursor (f->view, 1, lp_trajectory_get_span_start (f->t) + 30);
  /* Enter on a list row activates it */
  gtk_widget_grab_focus (row);
  g_assert_true (gtk_widget_activate (row));
  g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_modules (f->t)), ==, n + 1);
  placed = lp_timeline_view_get_selected_module (f->view);
  g_assert_nonnull (placed);
  g_assert_cmpstr (lp_module_get_kind_id (placed), ==, "two-day-session");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (f->view)));
  wait_for_frame (GTK_WIDGET (f->view));
  assert_timeline_drawn (f, placed);
}

/* Accent-blue pixels (the keyboard cursor's colour) in the view's columns
 * [x0, x1) between rows y0 and y1 of the frame. */
static guint
count_accent (Fixture *f,
              double   x0,
              double   x1,
              double   y0,
              double   y1)
{
  Frame frame = render_window (f);
  int fx0, fy0, fx1, fy1;
  guint n = 0;

  view_to_frame (f, x0, y0, &fx0, &fy0);
  view_to_frame (f, x1, y1, &fx1, &fy1);
  for (int y = fy0; y < fy1; y++)
    for (int x = fx0; x < fx1; x++)
      {
        int r, g, b;

        get_rgb (&frame, x, y, &r, &g, &b);
        if (b > 180 && b > r + 100 && b > g + 40)
          n++;
      }
  g_free (frame.pixels);
  return n;
}

/* The keyboard cursor (no block selected) is drawn in its lane at its date
 * while the timeline has the focus, and not while another widget has it;
 * both within one frame of the focus moving. */
static void
test_cursor_shows_on_focus (Fixture *f, gconstpointer data)
{
  GtkWidget *search = find_widget_by_type (GTK_WIDGET (f->palette), GTK_TYPE_SEARCH_ENTRY);
  LpTimelineLayout *layout = lp_timeline_view_get_layout (f->view);
  LpDate date = lp_trajectory_get_span_start (f->t) + 45;
  double x, y, ly, lh;

  g_assert_nonnull (search);
  lp_timeline_view_set_selected_module (f->view, NULL);
  lp_timeline_view_set_cursor (f->view, 1, date);
  g_assert_true (lp_timeline_view_get_point (f->view, date, 1, &x, &y));
  g_assert_true (lp_timeline_layout_get_lane (layout, 1, &ly, &lh));
  x -= lp_timeline_layout_get_scale (layout) / 2;   /* the day's left edge */

  gtk_widget_grab_focus (search);
  wait_for_frame (GTK_WIDGET (f->window));
  g_assert_cmpuint (count_accent (f, x - 1, x + 3, y - lh / 2 + 2, y + lh / 2 - 2), ==, 0);

  gtk_widget_grab_focus (GTK_WIDGET (f->view));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (f->view)));
  wait_for_frame (GTK_WIDGET (f->window));
  g_assert_cmpuint (count_accent (f, x - 1, x + 3, y - lh / 2 + 2, y + lh / 2 - 2), >, lh / 2);

  gtk_widget_grab_focus (search);
  wait_for_frame (GTK_WIDGET (f->window));
  g_assert_cmpuint (count_accent (f, x - 1, x + 3, y - lh / 2 + 2, y + lh / 2 - 2), ==, 0);
}

int
main (int argc, char **argv)
{
  /* own XDG directories per test: recent files, drafts */
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  lp_reader_init ();

  g_test_add ("/widgets/timeline-draw/duplicate-key", Fixture, NULL, setup, test_duplicate_key, teardown);
  g_test_add ("/widgets/timeline-draw/palette-enter", Fixture, NULL, setup, test_palette_enter, teardown);
  g_test_add ("/widgets/timeline-draw/cursor-shows-on-focus", Fixture, NULL, setup, test_cursor_shows_on_focus, teardown);
  return g_test_run ();
}
