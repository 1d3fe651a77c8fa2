/* test-pointer.c — the timeline's pointer input: click and double-click,
 * right-click menus (and their keys), and the landing preview while a kind hovers, driven
 * through the view's own event controllers under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "core/lp-library.h"
#include "core/lp-sample.h"
#include "io/lp-reader.h"
#include "ui/lp-timeline-view-private.h"
#include "timeline-fixture.h"

/* Puts module id on lane t1, days start_offset and +1 into the period, and
 * returns widget coordinates of its middle. */
static LpModule *
place_module (Fixture    *f,
              const char *id,
              int         start_offset,
              double     *x,
              double     *y)
{
  LpModule *m = lp_trajectory_lookup_module (f->t, id);
  LpTimelineLayout *layout = lp_timeline_view_get_layout (f->view);
  LpDate start = lp_trajectory_get_span_start (f->t) + start_offset;
  LpBlock block;
  double ly, lh, px, py;
  int track;

  lp_trajectory_move_module (f->t, m, lp_trajectory_lookup_track (f->t, "t1"), start, start + 1);
  lp_history_clear (f->h);
  lp_timeline_view_set_scale (f->view, 20);
  /* selecting scrolls the block into view */
  lp_timeline_view_set_selected_module (f->view, m);
  g_assert_true (wait_for_frames (GTK_WIDGET (f->view), 2));
  g_assert_true (lp_timeline_layout_get_block (layout, m, &block));
  track = lp_trajectory_get_track_index (f->t, lp_module_get_track (m));
  g_assert_true (lp_timeline_layout_get_lane (layout, (guint) track, &ly, &lh));
  g_assert_true (lp_timeline_view_get_point (f->view, start, (guint) track, &px, &py));
  /* get_point gives the middle of the day at the middle of the lane */
  *x = px - lp_timeline_view_get_scale (f->view) / 2
       + (block.rect.x - lp_timeline_layout_date_to_x (layout, start)) + block.rect.width / 2;
  *y = py - (ly + lh / 2) + block.rect.y + block.rect.height / 2;
  return m;
}

static void
on_activated_cb (LpTimelineView *view,
                 LpModule       *module,
                 gpointer        data)
{
  *(LpModule **) data = module;
}

static void
assert_draws (Fixture *f)
{
  int w, h;
  g_autofree guchar *pixels = render_widget (GTK_WIDGET (f->view), &w, &h);

  g_assert_cmpuint (count_colours (pixels, w, 0, 0, w, h), >, 1);
}

/* A click on a block selects it; a double-click also activates it; a click
 * on an empty spot of a lane clears the selection and puts the keyboard
 * cursor on that lane and day. */
static void
test_click (Fixture *f, gconstpointer data)
{
  GtkGesture *click = find_controller (GTK_WIDGET (f->view), GTK_TYPE_GESTURE_CLICK, GDK_BUTTON_PRIMARY);
  LpModule *activated = NULL;
  LpModule *m;
  LpDate date, cursor_date;
  int cursor_track;
  double x, y;

  g_assert_nonnull (click);
  m = place_module (f, "m5", 60, &x, &y);
  g_signal_connect (f->view, "module-activated", G_CALLBACK (on_activated_cb), &activated);

  lp_timeline_view_set_selected_module (f->view, NULL);
  g_signal_emit_by_name (click, "pressed", 1, x, y);
  g_assert_true (lp_timeline_view_get_selected_module (f->view) == m);
  g_assert_null (activated);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (f->view)));

  g_signal_emit_by_name (click, "pressed", 2, x, y);
  g_assert_true (activated == m);

  /* an empty day on the third lane, from a week before the block on (in view) */
  date = lp_module_get_start (m) - 7;
  for (;;)
    {
      LpViewHit hit;

      g_assert_true (lp_timeline_view_get_point (f->view, date, 2, &x, &y));
      g_assert_true (_lp_timeline_view_body_hit (f->view, x, y, &hit));
      if (!_lp_timeline_view_hit_is_block (&hit))
        break;
      date++;
      g_assert_cmpuint (date, <, lp_trajectory_get_span_end (f->t));
    }
  g_signal_emit_by_name (click, "pressed", 1, x, y);
  g_assert_null (lp_timeline_view_get_selected_module (f->view));
  _lp_timeline_view_get_cursor (f->view, &cursor_track, &cursor_date);
  g_assert_cmpint (cursor_track, ==, 2);
  g_assert_cmpuint (cursor_date, ==, date);
  assert_draws (f);
}

static gboolean
popover_shown (gpointer data)
{
  Fixture *f = data;

  /* the popover is made when first opened */
  return f->view->context_menu != NULL && gtk_widget_get_mapped (f->view->context_menu);
}

static gboolean
popover_hidden (gpointer data)
{
  Fixture *f = data;

  return f->view->context_menu == NULL || !gtk_widget_get_visible (f->view->context_menu);
}

/* The secondary button on a block selects it and opens the block's menu
 * (its popover made then, not before), with no tooltip over it; on a
 * lane's name it clears the
 * selection, moves the cursor to that lane and opens the lane menu. */
static void
test_right_click (Fixture *f, gconstpointer data)
{
  GtkGesture *context = find_controller (GTK_WIDGET (f->view), GTK_TYPE_GESTURE_CLICK, GDK_BUTTON_SECONDARY);
  GMenuModel *menu;
  LpModule *m;
  LpDate cursor_date;
  int cursor_track;
  double x, y, lx, ly;

  g_assert_nonnull (context);
  m = place_module (f, "m7", 80, &x, &y);
  lp_timeline_view_set_selected_module (f->view, NULL);
  /* no popover is made before a menu first opens */
  g_assert_null (f->view->context_menu);

  g_signal_emit_by_name (context, "pressed", 1, x, y);
  g_assert_true (lp_timeline_view_get_selected_module (f->view) == m);
  g_assert_true (wait_until (popover_shown, f, 5000));
  menu = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (f->view->context_menu));
  g_assert_true (menu == f->view->module_menu);
  /* no block tooltip over the open menu (the handler does not touch the
   * tooltip it is given when it says "none") */
  {
    gboolean shown = TRUE;

    g_signal_emit_by_name (f->view, "query-tooltip", (int) x, (int) y, FALSE, NULL, &shown);
    g_assert_false (shown);
  }
  gtk_popover_popdown (GTK_POPOVER (f->view->context_menu));
  g_assert_true (wait_until (popover_hidden, f, 5000));

  /* the name column of the second lane */
  g_assert_true (lp_timeline_view_get_point (f->view, lp_trajectory_get_span_start (f->t), 1, &lx, &ly));
  g_signal_emit_by_name (context, "pressed", 1, NAME_COLUMN / 2, ly);
  g_assert_null (lp_timeline_view_get_selected_module (f->view));
  _lp_timeline_view_get_cursor (f->view, &cursor_track, &cursor_date);
  g_assert_cmpint (cursor_track, ==, 1);
  g_assert_true (wait_until (popover_shown, f, 5000));
  menu = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (f->view->context_menu));
  g_assert_nonnull (menu);
  g_assert_true (menu != f->view->module_menu);
  g_assert_cmpint (g_menu_model_get_n_items (menu), >, 0);
  gtk_popover_popdown (GTK_POPOVER (f->view->context_menu));
  g_assert_true (wait_until (popover_hidden, f, 5000));

  /* on the header: nothing opens */
  g_signal_emit_by_name (context, "pressed", 1, NAME_COLUMN + 10.0, 1.0);
  g_assert_false (gtk_widget_get_visible (f->view->context_menu));
  assert_draws (f);
}

/* While a kind hovers over a lane, the view previews where it would land
 * (that lane, from the day under the pointer) and draws it; leaving clears
 * the preview; hovering over the lane names previews nothing. */
static void
test_drop_preview (Fixture *f, gconstpointer data)
{
  GtkDropTarget *target = find_controller (GTK_WIDGET (f->view), GTK_TYPE_DROP_TARGET, 0);
  LpDate date = lp_trajectory_get_span_start (f->t) + 40;
  GdkDragAction action = 0;
  g_autofree guchar *before = NULL;
  g_autofree guchar *during = NULL;
  g_autofree guchar *after = NULL;
  int w, h, w2, h2;
  double x, y;

  g_assert_nonnull (target);
  lp_timeline_view_set_scale (f->view, 20);
  /* the start of the period in view: day 40 lies 800 pixels in */
  gtk_adjustment_set_value (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (f->view)), 0);
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (f->view)), 0);
  before = render_widget (GTK_WIDGET (f->view), &w, &h);
  g_assert_true (lp_timeline_view_get_point (f->view, date, 1, &x, &y));

  g_signal_emit_by_name (target, "enter", x, y, &action);
  g_assert_cmpint (action, ==, GDK_ACTION_COPY);
  g_signal_emit_by_name (target, "motion", x, y, &action);
  g_assert_cmpint (action, ==, GDK_ACTION_COPY);
  g_assert_cmpint (f->view->preview_track, ==, 1);
  g_assert_cmpuint (f->view->preview_start, ==, date);
  g_assert_cmpuint (f->view->preview_end, ==, date);    /* no kind known yet: one day */
  during = render_widget (GTK_WIDGET (f->view), &w2, &h2);
  g_assert_cmpint (w2, ==, w);
  g_assert_cmpint (h2, ==, h);
  g_assert_true (memcmp (before, during, (gsize) w * h * 4) != 0);

  g_signal_emit_by_name (target, "leave");
  g_assert_cmpint (f->view->preview_track, ==, -1);
  after = render_widget (GTK_WIDGET (f->view), &w2, &h2);
  g_assert_true (memcmp (before, after, (gsize) w * h * 4) == 0);

  /* over the lane names: no landing place */
  g_signal_emit_by_name (target, "motion", NAME_COLUMN / 2, y, &action);
  g_assert_cmpint (action, ==, 0);
  g_assert_cmpint (f->view->preview_track, ==, -1);
  g_signal_emit_by_name (target, "leave");
}

/* A plain drag on a block's left edge moves its start by whole days, and
 * the move is one undo step. */
static void
test_drag_start_edge (Fixture *f, gconstpointer data)
{
  GtkGesture *drag = find_controller (GTK_WIDGET (f->view), GTK_TYPE_GESTURE_DRAG, 0);
  LpTimelineLayout *layout;
  LpModule *m;
  LpBlock block;
  LpDate start, end;
  double x, y, scale;

  g_assert_nonnull (drag);
  m = place_module (f, "m9", 100, &x, &y);
  layout = lp_timeline_view_get_layout (f->view);
  g_assert_true (lp_timeline_layout_get_block (layout, m, &block));
  start = lp_module_get_start (m);
  end = lp_module_get_end (m);
  scale = lp_timeline_view_get_scale (f->view);
  x -= block.rect.width / 2 - 1;     /* on the left edge */

  g_signal_emit_by_name (drag, "drag-begin", x, y);
  g_signal_emit_by_name (drag, "drag-update", -3 * scale, 0.0);
  g_signal_emit_by_name (drag, "drag-end", -3 * scale, 0.0);
  g_assert_cmpuint (lp_module_get_start (m), ==, start - 3);
  g_assert_cmpuint (lp_module_get_end (m), ==, end);
  g_assert_true (lp_history_undo (f->h));
  g_assert_cmpuint (lp_module_get_start (m), ==, start);
  g_assert_false (lp_history_can_undo (f->h));

  /* a drag that starts outside any block changes nothing */
  g_assert_true (lp_timeline_view_get_point (f->view, lp_trajectory_get_span_start (f->t), 0, &x, &y));
  g_signal_emit_by_name (drag, "drag-begin", NAME_COLUMN / 2, y);
  g_signal_emit_by_name (drag, "drag-update", 5 * scale, 0.0);
  g_signal_emit_by_name (drag, "drag-end", 5 * scale, 0.0);
  g_assert_false (lp_history_can_undo (f->h));
  assert_draws (f);
}

/* The Menu key opens the selected block's menu; Shift+F10 without a
 * selection opens the lane menu (F10 alone is left to the window); Escape
 * clears the selection, and with none is left to the window. */
static void
test_menu_keys (Fixture *f, gconstpointer data)
{
  GMenuModel *menu;
  double x, y;

  place_module (f, "m7", 80, &x, &y);
  gtk_widget_grab_focus (GTK_WIDGET (f->view));

  g_assert_true (press_key (f, GDK_KEY_Menu, 0));
  g_assert_true (wait_until (popover_shown, f, 5000));
  menu = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (f->view->context_menu));
  g_assert_true (menu == f->view->module_menu);
  gtk_popover_popdown (GTK_POPOVER (f->view->context_menu));
  g_assert_true (wait_until (popover_hidden, f, 5000));

  g_assert_true (press_key (f, GDK_KEY_Escape, 0));
  g_assert_null (lp_timeline_view_get_selected_module (f->view));
  g_assert_false (press_key (f, GDK_KEY_Escape, 0));

  g_assert_false (press_key (f, GDK_KEY_F10, 0));
  g_assert_false (gtk_widget_get_visible (f->view->context_menu));
  g_assert_true (press_key (f, GDK_KEY_F10, GDK_SHIFT_MASK));
  g_assert_true (wait_until (popover_shown, f, 5000));
  menu = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (f->view->context_menu));
  g_assert_nonnull (menu);
  g_assert_true (menu != f->view->module_menu);
  gtk_popover_popdown (GTK_POPOVER (f->view->context_menu));
  g_assert_true (wait_until (popover_hidden, f, 5000));
  assert_draws (f);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  lp_reader_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/widgets/pointer/click", test_click);
  ADD ("/widgets/pointer/right-click", test_right_click);
  ADD ("/widgets/pointer/drop-preview", test_drop_preview);
  ADD ("/widgets/pointer/drag-start-edge", test_drag_start_edge);
  ADD ("/widgets/pointer/menu-keys", test_menu_keys);
#undef ADD

  return g_test_run ();
}
