/* test-screen.c — the 18-month template on a 1920×1080 screen: every
 * module's label in view at fit zoom, fit kept on resizes, Ctrl+0, zoom
 * around the selected block, the block tooltip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "render/lp-label-layout.h"
#include "ui/lp-timeline-tooltip.h"
#include "render/lp-timeline-painter.h"
#include "ui/lp-palette-row.h"
#include "ui/lp-problems-pane.h"
#include "ui/lp-timeline-view.h"
#include "ui/lp-window.h"
#include "ui/lp-window-private.h"
#include "widget-test-util.h"

#define NAME_COLUMN LP_TIMELINE_NAME_COLUMN

typedef struct {
  LpWindow       *window;
  LpTimelineView *view;
  LpTrajectory   *t;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  f->window = window_on_template ("bestuursadvisering", 1920, 1080);
  f->t = lp_window_get_trajectory (f->window);
  f->view = LP_TIMELINE_VIEW (find_widget_by_type (GTK_WIDGET (f->window), LP_TYPE_TIMELINE_VIEW));
}

static void
teardown (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
}

/* The window at @width × @height: without a window manager a mapped
 * window keeps its size, so it is realized anew at that default size. */
static void
resize_window (Fixture *f,
               int      width,
               int      height)
{
  gtk_widget_hide (GTK_WIDGET (f->window));
  gtk_widget_unrealize (GTK_WIDGET (f->window));
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, height);
  gtk_window_present (GTK_WINDOW (f->window));
}

static double
view_page (Fixture *f)
{
  return gtk_widget_get_width (GTK_WIDGET (f->view)) - NAME_COLUMN;
}

static double
hscroll (Fixture *f)
{
  GtkAdjustment *adj = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (f->view));

  return adj != NULL ? gtk_adjustment_get_value (adj) : 0;
}

/* The scale at which the whole period fills the view's width. */
static double
fit_scale (Fixture *f)
{
  LpTimelineLayout *layout = lp_timeline_view_get_layout (f->view);
  double days = lp_timeline_layout_get_last_date (layout) - lp_timeline_layout_get_first_date (layout) + 1;

  return (view_page (f) - 8) / days;
}

static gboolean
is_fitted (gpointer data)
{
  Fixture *f = data;

  return fabs (lp_timeline_view_get_scale (f->view) - fit_scale (f)) < 1e-6;
}

/* At fit zoom every module's block and label lie inside the visible width;
 * a title is cut only when it is longer than the label's maximum width. */
static void
test_labels_in_view (Fixture *f, gconstpointer data)
{
  LpTimelineLayout *layout = lp_timeline_view_get_layout (f->view);
  LpLabelLayout *labels = lp_timeline_layout_get_label_layout (layout);
  LpLabelMeasurer *measurer = lp_label_layout_get_measurer (labels);
  GListModel *modules = lp_trajectory_get_modules (f->t);
  double x0 = hscroll (f), x1 = x0 + view_page (f);
  LpLabelOptions options;
  guint n = g_list_model_get_n_items (modules);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), >=, 1900);
  g_assert_true (wait_until (is_fitted, f, 5000));
  lp_label_layout_get_options (labels, &options);
  g_assert_cmpuint (n, >, 40);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      const LpLabelBox *box = lp_label_layout_get_box (labels, m);
      const char *title = lp_trajectory_get_module_title (f->t, m);

      g_assert_nonnull (box);
      g_assert_cmpfloat (box->label.x, >=, x0 - 0.5);
      g_assert_cmpfloat (box->label.x + box->label.width, <=, x1 + 0.5);
      g_assert_cmpfloat (box->block.x, >=, x0 - 0.5);
      g_assert_cmpfloat (box->block.x + box->block.width, <=, x1 + 0.5);
      if (box->title->shortened)
        g_assert_cmpfloat (lp_label_measurer_measure (measurer, LP_LABEL_FONT_TITLE, title), >,
                           options.max_width_em * lp_label_measurer_get_metrics (measurer)->em);
    }
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

typedef struct {
  Fixture *f;
  int      width;
} WidthWait;

static gboolean
view_has_width (gpointer data)
{
  WidthWait *w = data;

  /* the window's own width, less any decoration */
  return gtk_widget_get_width (GTK_WIDGET (w->f->window)) <= w->width;
}

/* Fit follows the window's width until the user zooms; Ctrl+0 refits. */
static void
test_fit_follows_resize (Fixture *f, gconstpointer data)
{
  WidthWait narrow = { f, 1300 };
  double fitted_wide;

  g_assert_true (wait_until (is_fitted, f, 5000));
  fitted_wide = lp_timeline_view_get_scale (f->view);
  resize_window (f, narrow.width, 900);
  g_assert_true (wait_until (view_has_width, &narrow, 5000));
  wait_for_frame (GTK_WIDGET (f->view));
  g_assert_true (wait_until (is_fitted, f, 5000));
  g_assert_cmpfloat (lp_timeline_view_get_scale (f->view), <, fitted_wide);

  /* zoomed in: no longer fitted; Ctrl+0 (timeline.zoom-reset) fits again */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-in", NULL));
  g_assert_false (is_fitted (f));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-reset", NULL));
  g_assert_true (is_fitted (f));
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

/* Ctrl+plus keeps the selected block in view (here one near the left
 * edge, which zooming around the middle would push out). */
static void
test_zoom_keeps_selection (Fixture *f, gconstpointer data)
{
  LpTimelineLayout *layout = lp_timeline_view_get_layout (f->view);
  GListModel *modules = lp_trajectory_get_modules (f->t);
  g_autoptr(LpModule) first = NULL;
  LpBlock block;
  double before, after;

  g_assert_true (wait_until (is_fitted, f, 5000));
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);

      g_assert_true (lp_timeline_layout_get_block (layout, m, &block));
      if (block.rect.x < view_page (f) / 8)
        {
          first = g_steal_pointer (&m);
          break;
        }
    }
  g_assert_nonnull (first);
  lp_timeline_view_set_selected_module (f->view, first);
  lp_timeline_layout_get_block (layout, first, &block);
  before = block.rect.x + block.rect.width / 2 - hscroll (f);

  for (guint i = 0; i < 6; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-in", NULL));
  lp_timeline_layout_get_block (layout, first, &block);
  after = block.rect.x + block.rect.width / 2 - hscroll (f);
  g_assert_cmpfloat (after, >=, 0);
  g_assert_cmpfloat (after, <=, view_page (f));
  /* where it was, give or take the scroll range's left end */
  g_assert_cmpfloat (fabs (after - before), <, 8);
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

/* The tooltip of a block: title, kind, lane, dates with weekday, status. */
static void
test_tooltip (Fixture *f, gconstpointer data)
{
  GListModel *modules = lp_trajectory_get_modules (f->t);
  g_autoptr(LpModule) m = g_list_model_get_item (modules, 0);
  g_autofree char *markup = lp_timeline_tooltip_markup (f->t, m);
  g_autofree char *day = lp_timeline_tooltip_format_day (lp_module_get_start (m));
  g_autofree char *escaped = g_markup_escape_text (lp_trajectory_get_module_title (f->t, m), -1);
  LpKind *kind = lp_trajectory_get_module_kind (f->t, m);
  g_autofree char *expect_day = NULL;

  g_assert_nonnull (strstr (markup, escaped));
  g_assert_nonnull (strstr (markup, lp_kind_get_name (kind)));
  g_assert_nonnull (strstr (markup, lp_track_get_name (lp_module_get_track (m))));
  g_assert_nonnull (strstr (markup, day));
  g_assert_nonnull (strstr (markup, lp_status_get_label (lp_module_get_status (m))));
  /* C locale: English weekday names */
  g_assert_true (g_str_has_suffix (day, "2026") || g_str_has_suffix (day, "2027") || g_str_has_suffix (day, "2028"));
  expect_day = g_strdup (day);
  g_assert_nonnull (strchr (expect_day, ' '));
  *strchr (expect_day, ' ') = '\0';
  g_assert_true (g_strv_contains ((const char *[]) { "Monday", "Tuesday", "Wednesday", "Thursday",
                                                     "Friday", "Saturday", "Sunday", NULL }, expect_day));
}

static gboolean
editor_hidden (gpointer data)
{
  return !gtk_widget_get_visible (_lp_window_get_editor (((Fixture *) data)->window));
}

static gboolean
editor_shown (gpointer data)
{
  return gtk_widget_get_visible (_lp_window_get_editor (((Fixture *) data)->window));
}

/* F9 (win.show-editor) hides and shows the editor, remembered; the view
 * takes the room and stays fitted.  A narrow window hides the editor
 * without changing what is remembered; a wide one shows it again. */
static void
test_editor_toggle (Fixture *f, gconstpointer data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  int view_w = gtk_widget_get_width (GTK_WIDGET (f->view));
  WidthWait narrow = { f, 1000 };

  g_assert_true (editor_shown (f));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-editor", NULL));
  g_assert_true (editor_hidden (f));
  g_assert_false (g_settings_get_boolean (settings, "show-editor"));
  wait_for_frame (GTK_WIDGET (f->view));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->view)), >, view_w);
  g_assert_true (wait_until (is_fitted, f, 5000));
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-editor", NULL));
  g_assert_true (editor_shown (f));
  g_assert_true (g_settings_get_boolean (settings, "show-editor"));

  resize_window (f, narrow.width, 700);
  g_assert_true (wait_until (view_has_width, &narrow, 5000));
  g_assert_true (wait_until (editor_hidden, f, 5000));
  g_assert_true (g_settings_get_boolean (settings, "show-editor"));
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));

  /* wide again: the editor comes back */
  resize_window (f, 1920, 1000);
  g_assert_true (wait_until (editor_shown, f, 5000));
  g_assert_true (widget_draws (_lp_window_get_editor (f->window)));
}

static gboolean
editor_beside_view (gpointer data)
{
  GtkWidget *editor = _lp_window_get_editor (((Fixture *) data)->window);

  return GTK_IS_PANED (gtk_widget_get_parent (editor));
}

/* Shown on a narrow window (F9), the editor lies over the timeline at the
 * window's end, with its own allocation, and the timeline keeps its
 * width; hidden again, or on a wide window, it is beside the timeline. */
static void
test_editor_over_narrow_view (Fixture *f, gconstpointer data)
{
  GtkWidget *editor = _lp_window_get_editor (f->window);
  WidthWait narrow = { f, 1000 }, wide = { f, 1920 };
  g_autoptr(LpModule) first = NULL;
  graphene_rect_t box;
  int view_w;

  resize_window (f, narrow.width, 700);
  g_assert_true (wait_until (view_has_width, &narrow, 5000));
  g_assert_true (wait_until (editor_hidden, f, 5000));
  wait_for_frame (GTK_WIDGET (f->view));
  view_w = gtk_widget_get_width (GTK_WIDGET (f->view));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-editor", NULL));
  g_assert_true (editor_shown (f));
  g_assert_false (editor_beside_view (f));
  g_assert_true (widget_draws (editor));
  g_assert_true (gtk_widget_compute_bounds (editor, GTK_WIDGET (f->window), &box));
  g_assert_cmpfloat (box.size.width, >=, 280);
  g_assert_cmpfloat (box.origin.x + box.size.width, ==, gtk_widget_get_width (GTK_WIDGET (f->window)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->view)), ==, view_w);
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-editor", NULL));
  g_assert_true (editor_hidden (f));
  g_assert_true (editor_beside_view (f));

  /* a module opened with Enter: the editor over the timeline has the
   * focus; Escape gives it back to the timeline, and the editor goes */
  first = g_list_model_get_item (lp_trajectory_get_modules (f->t), 0);
  lp_timeline_view_set_selected_module (f->view, first);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (f->view)));
  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_Return, 0));
  g_assert_true (editor_shown (f));
  g_assert_false (editor_beside_view (f));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (f->window)), editor));
  g_assert_true (send_key (GTK_WINDOW (f->window), GDK_KEY_Escape, 0));
  g_assert_true (editor_hidden (f));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (f->view)));
  g_assert_true (lp_timeline_view_get_selected_module (f->view) == first);
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));

  /* shown over the timeline, then the window made wide: beside it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-editor", NULL));
  g_assert_false (editor_beside_view (f));
  resize_window (f, wide.width, 1000);
  g_assert_true (wait_until (editor_beside_view, f, 5000));
  g_assert_true (editor_shown (f));
  g_assert_true (widget_draws (editor));
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

/* The editor's empty page shows the bundled icon, and the icon theme finds
 * it as a pre-rendered symbolic PNG in the resource at 1× and 2× (an SVG
 * would load librsvg at start-up); its page has an allocation and draws. */
static void
test_editor_empty_icon (Fixture *f, gconstpointer data)
{
  GtkWidget *editor = _lp_window_get_editor (f->window);
  GtkWidget *page = find_widget_by_type (editor, ADW_TYPE_STATUS_PAGE);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (editor));
  static const char *const expected[] = {
    "resource:///io/github/leerplaats/Leerplaats/icons/128x128/actions/leerplaats-no-module-symbolic.symbolic.png",
    "resource:///io/github/leerplaats/Leerplaats/icons/128x128@2/actions/leerplaats-no-module-symbolic.symbolic.png",
  };

  g_assert_nonnull (page);
  g_assert_cmpstr (adw_status_page_get_icon_name (ADW_STATUS_PAGE (page)), ==, "leerplaats-no-module-symbolic");
  for (int scale = 1; scale <= 2; scale++)
    {
      g_autoptr(GtkIconPaintable) icon = gtk_icon_theme_lookup_icon (theme, "leerplaats-no-module-symbolic", NULL,
                                                                     128, scale, GTK_TEXT_DIR_LTR, 0);
      g_autoptr(GFile) file = gtk_icon_paintable_get_file (icon);
      g_autofree char *uri = file != NULL ? g_file_get_uri (file) : NULL;

      g_assert_cmpstr (uri, ==, expected[scale - 1]);
      g_assert_true (gtk_icon_paintable_is_symbolic (icon));
    }
  g_assert_true (widget_draws (page));
}

/* The header bar's menus (made when first opened) open with their items:
 * the main menu and Export and Print; each popover draws. */
static void
test_header_menus (Fixture *f, gconstpointer data)
{
  GtkWidget *header = find_widget_by_type (GTK_WIDGET (f->window), ADW_TYPE_HEADER_BAR);
  gboolean main_menu = FALSE, export_menu = FALSE;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *w = header;

  /* every menu button in the header bar (not the recent files' arrow) */
  while (w != NULL)
    {
      if (GTK_IS_MENU_BUTTON (w) && gtk_widget_get_ancestor (w, ADW_TYPE_SPLIT_BUTTON) == NULL)
        g_ptr_array_add (buttons, w);
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != header && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w == header ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkMenuButton *button = g_ptr_array_index (buttons, i);
      GtkPopover *popover;
      GMenuModel *menu;

      gtk_menu_button_popup (button);
      popover = gtk_menu_button_get_popover (button);
      g_assert_nonnull (popover);
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
      wait_for_frame (GTK_WIDGET (popover));
      g_assert_true (widget_draws (GTK_WIDGET (popover)));
      menu = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover));
      main_menu |= menu != NULL && menu_has_label (menu, "_New Window");
      export_menu |= menu != NULL && menu_has_label (menu, "_Export as PDF…");
      gtk_menu_button_popdown (button);
    }
  g_assert_true (main_menu);
  g_assert_true (export_menu);
}

/* The Open button's arrow: its menu is made only when first opened (none
 * at start-up), and then is the window's recent menu, shown and drawing;
 * the arrow is sensitive before that. */
static void
test_recent_arrow (Fixture *f, gconstpointer data)
{
  GtkWidget *header = find_widget_by_type (GTK_WIDGET (f->window), ADW_TYPE_HEADER_BAR);
  GtkWidget *split = find_widget_by_type (header, ADW_TYPE_SPLIT_BUTTON);
  GtkWidget *arrow = find_widget_by_type (split, GTK_TYPE_MENU_BUTTON);
  GtkPopover *popover;

  g_assert_nonnull (arrow);
  g_assert_null (adw_split_button_get_menu_model (ADW_SPLIT_BUTTON (split)));
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (arrow)));
  g_assert_true (gtk_widget_is_sensitive (arrow));

  gtk_menu_button_popup (GTK_MENU_BUTTON (arrow));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (arrow));
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)) == _lp_window_get_recent_menu (f->window));
  wait_for_frame (GTK_WIDGET (popover));
  g_assert_true (widget_draws (GTK_WIDGET (popover)));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (arrow));
  g_assert_true (widget_draws (GTK_WIDGET (f->window)));
}

/* The view menu's second line: dates under each title, lanes grow. */
static void
test_second_line (Fixture *f, gconstpointer data)
{
  LpTimelineLayout *layout = lp_timeline_view_get_layout (f->view);
  LpLabelLayout *labels = lp_timeline_layout_get_label_layout (layout);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(LpModule) m = g_list_model_get_item (lp_trajectory_get_modules (f->t), 0);
  double before = lp_timeline_layout_get_height (layout);
  g_autofree char *chosen = NULL;
  LpLabelOptions options;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.second-line", "s", "dates"));
  lp_label_layout_get_options (labels, &options);
  g_assert_cmpint (options.detail, ==, LP_LABEL_DETAIL_DATES);
  chosen = g_settings_get_string (settings, "timeline-second-line");
  g_assert_cmpstr (chosen, ==, "dates");
  g_assert_nonnull (lp_label_layout_get_box (labels, m)->detail);
  g_assert_cmpfloat (lp_timeline_layout_get_height (layout), >, before);
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.second-line", "s", "none"));
  g_assert_null (lp_label_layout_get_box (labels, m)->detail);
}

/* The column between library and editor: the box that holds the
 * timeline's stack and the panes under it. */
static GtkWidget *
timeline_column (Fixture *f)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (f->view), GTK_TYPE_SCROLLED_WINDOW);

  return gtk_widget_get_parent (gtk_widget_get_parent (scroller));
}

static gboolean
pane_shown_under_timeline (gpointer data)
{
  Fixture *f = data;
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (f->view), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *pane = find_widget_by_type (GTK_WIDGET (f->window), LP_TYPE_PROBLEMS_PANE);
  GtkWidget *revealer = gtk_widget_get_parent (pane);

  return gtk_revealer_get_child_revealed (GTK_REVEALER (revealer))
         && gtk_widget_get_height (revealer) > 0
         && gtk_widget_get_height (scroller) + gtk_widget_get_height (revealer)
            == gtk_widget_get_height (timeline_column (f));
}

/* With no pane shown under it, the timeline takes the whole height of its
 * column (a hidden pane whose list expands used to take half of it); a
 * shown problems pane takes its own height, the timeline the rest. */
static void
test_fills_height (Fixture *f, gconstpointer data)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (f->view), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *column = timeline_column (f);
  GtkWidget *button = find_widget_by_name (GTK_WIDGET (f->window), "problems-button");

  g_assert_cmpint (gtk_widget_get_height (column), >, 900);
  g_assert_cmpint (gtk_widget_get_height (scroller), ==, gtk_widget_get_height (column));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (f->view)), ==, gtk_widget_get_height (column));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  g_assert_true (wait_until (pane_shown_under_timeline, f, 30000));
  g_assert_cmpint (gtk_widget_get_height (scroller), >, gtk_widget_get_height (column) / 2);
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

/* The window title leaves out a title's direction controls (a
 * right-to-left override, an isolate's end, as a hostile file may hold),
 * so "— Leerplaats" is never turned around; a title in a right-to-left
 * script is isolated after a left-to-right mark; a plain title is shown as
 * it is. */
static void
test_title_direction (Fixture *f, gconstpointer data)
{
  const char *title;

  lp_trajectory_set_string (f->t, G_OBJECT (f->t), "title", "\u202Enalp");
  title = gtk_window_get_title (GTK_WINDOW (f->window));
  g_assert_cmpstr (title, ==, "• nalp — Leerplaats");
  g_assert_true (widget_draws (GTK_WIDGET (f->window)));
  lp_trajectory_set_string (f->t, G_OBJECT (f->t), "title", "\u05ea\u05d5\u2069\u202E\u05db\u05e0\u05d9\u05ea");
  title = gtk_window_get_title (GTK_WINDOW (f->window));
  g_assert_cmpstr (title, ==, "• \u200E\u2068\u05ea\u05d5\u05db\u05e0\u05d9\u05ea\u2069 — Leerplaats");
  g_assert_true (widget_draws (GTK_WIDGET (f->window)));
  lp_trajectory_set_string (f->t, G_OBJECT (f->t), "title", "Plan 2027");
  title = gtk_window_get_title (GTK_WINDOW (f->window));
  g_assert_cmpstr (title, ==, "• Plan 2027 — Leerplaats");
}

/* Ctrl+plus, Ctrl+minus and Ctrl+0 zoom the timeline with the focus
 * anywhere in the window (here on a header bar button), not only on the
 * timeline; the timeline still draws. */
static void
test_zoom_keys_anywhere (Fixture *f, gconstpointer data)
{
  GtkWindow *w = GTK_WINDOW (f->window);
  GtkWidget *button = find_widget_by_type (GTK_WIDGET (f->window), GTK_TYPE_BUTTON);
  double fitted, zoomed;

  g_assert_true (wait_until (is_fitted, f, 30000));
  fitted = lp_timeline_view_get_scale (f->view);
  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_false (gtk_widget_has_focus (GTK_WIDGET (f->view)));
  g_assert_true (send_key (w, GDK_KEY_plus, GDK_CONTROL_MASK));
  zoomed = lp_timeline_view_get_scale (f->view);
  g_assert_cmpfloat (zoomed, >, fitted * 1.1);
  g_assert_true (send_key (w, GDK_KEY_minus, GDK_CONTROL_MASK));
  g_assert_cmpfloat (lp_timeline_view_get_scale (f->view), <, zoomed);
  g_assert_true (send_key (w, GDK_KEY_plus, GDK_CONTROL_MASK));
  g_assert_true (send_key (w, GDK_KEY_0, GDK_CONTROL_MASK));
  g_assert_true (is_fitted (f));
  g_assert_true (gtk_widget_has_focus (button));
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

/* The rows of the library under @root, in order. */
static void
collect_palette_rows (GtkWidget *root,
                      GPtrArray *rows)
{
  if (LP_IS_PALETTE_ROW (root))
    g_ptr_array_add (rows, root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_palette_rows (c, rows);
}

/* Every kind's name in the library is shown whole, over at most two lines
 * ("Giving and receiving contradiction" was cut to "Giving and receiving
 * contr…"). */
static void
test_palette_names_whole (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  guint two_lines = 0;

  g_assert_true (widget_draws (GTK_WIDGET (f->window)));
  collect_palette_rows (GTK_WIDGET (f->window), rows);
  g_assert_cmpuint (rows->len, >, 10);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *label = find_widget_by_type (g_ptr_array_index (rows, i), GTK_TYPE_LABEL);
      PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (label));

      if (!gtk_widget_get_mapped (label))
        continue;
      if (pango_layout_is_ellipsized (layout))
        g_error ("“%s” is cut in the library", gtk_label_get_label (GTK_LABEL (label)));
      g_assert_cmpint (pango_layout_get_line_count (layout), <=, 2);
      two_lines += pango_layout_get_line_count (layout) == 2;
    }
  g_assert_cmpuint (two_lines, >, 0);
}

int
main (int argc, char *argv[])
{
  /* own XDG directories per test */
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  g_test_add ("/widgets/screen/labels-in-view", Fixture, NULL, setup, test_labels_in_view, teardown);
  g_test_add ("/widgets/screen/fit-follows-resize", Fixture, NULL, setup, test_fit_follows_resize, teardown);
  g_test_add ("/widgets/screen/zoom-keeps-selection", Fixture, NULL, setup, test_zoom_keeps_selection, teardown);
  g_test_add ("/widgets/screen/tooltip", Fixture, NULL, setup, test_tooltip, teardown);
  g_test_add ("/widgets/screen/editor-toggle", Fixture, NULL, setup, test_editor_toggle, teardown);
  g_test_add ("/widgets/screen/editor-over-narrow-view", Fixture, NULL, setup, test_editor_over_narrow_view,
              teardown);
  g_test_add ("/widgets/screen/editor-empty-icon", Fixture, NULL, setup, test_editor_empty_icon, teardown);
  g_test_add ("/widgets/screen/header-menus", Fixture, NULL, setup, test_header_menus, teardown);
  g_test_add ("/widgets/screen/recent-arrow", Fixture, NULL, setup, test_recent_arrow, teardown);
  g_test_add ("/widgets/screen/second-line", Fixture, NULL, setup, test_second_line, teardown);
  g_test_add ("/widgets/screen/fills-height", Fixture, NULL, setup, test_fills_height, teardown);
  g_test_add ("/widgets/screen/title-direction", Fixture, NULL, setup, test_title_direction, teardown);
  g_test_add ("/widgets/screen/zoom-keys-anywhere", Fixture, NULL, setup, test_zoom_keys_anywhere, teardown);
  g_test_add ("/widgets/screen/palette-names-whole", Fixture, NULL, setup, test_palette_names_whole, teardown);
  return g_test_run ();
}
