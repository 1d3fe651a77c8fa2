/* test-compare.c — File → Compare With…: ghosts on the timeline, the Changes
 * pane, choosing a change, leaving with Esc or the close button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "core/lp-date.h"
#include "io/lp-reader.h"
#include "ui/lp-palette.h"
#include "ui/lp-palette-row.h"
#include "ui/lp-window.h"
#include "ui/lp-window-compare.h"
#include "ui/lp-window-private.h"
#include "widget-test-util.h"

#define WAIT_MS 5000

/* ---- keys, as test-keys sends them ---- */

/* Offers the key to the shortcut controllers of @widget and its ancestors
 * (bubble phase, from @widget up), as GTK does for a key nobody else takes. */
static gboolean
send_shortcut (GtkWidget *widget,
               guint      keyval)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      GListModel *controllers = gtk_widget_observe_controllers (w);
      gboolean handled = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
        {
          g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (c) || gtk_event_controller_get_propagation_phase (c) != GTK_PHASE_BUBBLE)
            continue;
          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (c)) && !handled; j++)
            {
              g_autoptr(GtkShortcut) s = g_list_model_get_item (G_LIST_MODEL (c), j);
              if (trigger_matches (gtk_shortcut_get_trigger (s), keyval, 0))
                handled = gtk_shortcut_action_activate (gtk_shortcut_get_action (s), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                        w, gtk_shortcut_get_arguments (s));
            }
        }
      g_object_unref (controllers);
      if (handled)
        return TRUE;
    }
  return FALSE;
}

/* ---- pixels ---- */

typedef struct {
  guchar r, g, b;
} Pixel;

static Pixel
pixel_at (GtkWidget *widget,
          double     x,
          double     y)
{
  int w, h;
  g_autofree guchar *pixels = render_widget (widget, &w, &h);
  int px = (int) x, py = (int) y;
  const guchar *p;

  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (px, <, w);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (py, <, h);
  p = pixels + ((gsize) py * w + px) * 4;
  /* gdk_texture_download gives B, G, R, A in memory (CAIRO_FORMAT_ARGB32) */
  return (Pixel) { p[2], p[1], p[0] };
}

static gboolean
same_pixel (Pixel a,
            Pixel b)
{
  return a.r == b.r && a.g == b.g && a.b == b.b;
}

/* ---- the test ---- */

typedef struct {
  char     *dir;
  LpWindow *window;
  GFile    *backup;
} Fixture;

/* The open file is tijdmalen; its backup (NAME.leerplaats~) the same.
 * Since the backup: m2 a week later, m3 removed, a copy of m1 added, m4
 * renamed. */
static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(LpModule) added = NULL;
  LpTrajectory *t;
  LpModule *m2;

  f->dir = g_dir_make_tmp ("lp-compare-XXXXXX", NULL);
  path = copy_template (f->dir, "plan.leerplaats", "tijdmalen");
  g_free (copy_template (f->dir, "plan.leerplaats~", "tijdmalen"));
  backup = g_strconcat (path, "~", NULL);
  f->backup = g_file_new_for_path (backup);
  file = g_file_new_for_path (path);

  f->window = lp_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1600, 900);
  g_assert_true (lp_window_load_file (f->window, file, NULL));
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_allocation (GTK_WIDGET (f->window));

  t = lp_window_get_trajectory (f->window);
  m2 = lp_trajectory_lookup_module (t, "m2");
  lp_trajectory_move_module (t, m2, lp_module_get_track (m2), lp_module_get_start (m2) + 7, lp_module_get_end (m2) + 7);
  lp_trajectory_remove_module (t, lp_trajectory_lookup_module (t, "m3"));
  added = lp_module_copy (lp_trajectory_lookup_module (t, "m1"), "nieuw1");
  lp_trajectory_add_module (t, added);
  lp_trajectory_set_string (t, lp_trajectory_lookup_module (t, "m4"), "title", "Tijdmaal 4, herzien");
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  const char *rm[] = { "rm", "-rf", f->dir, NULL };

  gtk_window_destroy (GTK_WINDOW (f->window));
  g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  g_free (f->dir);
  g_object_unref (f->backup);
}

static GtkWidget *
timeline_of (LpWindow *window)
{
  GtkWidget *timeline = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_TIMELINE_VIEW);

  g_assert_nonnull (timeline);
  return timeline;
}

static guint
n_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (list)); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += GTK_IS_LIST_BOX_ROW (c);
  return n;
}

static const char *
row_text (GtkListBox *list,
          int         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  g_assert_nonnull (row);
  return gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (row)));
}

/* The pane lists the four changes in date order. */
static void
check_pane (LpWindow *window)
{
  LpChangesPane *pane = _lp_window_get_changes_pane (window);
  GtkListBox *list;

  g_assert_nonnull (pane);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (pane)));
  list = _lp_changes_pane_get_list (pane);
  g_assert_cmpuint (n_rows (list), ==, 4);
  g_assert_nonnull (strstr (row_text (list, 0), "Added module “Tijdmaal 1: Vertrouwen”"));
  g_assert_nonnull (strstr (row_text (list, 1), "Moved module “Tijdmaal 2: Tegenspraak”"));
  g_assert_nonnull (strstr (row_text (list, 2), "Removed module “Tijdmaal 3"));
  g_assert_nonnull (strstr (row_text (list, 3), "Module “Tijdmaal 4, herzien”, Title:"));
  g_assert_true (widget_draws (GTK_WIDGET (pane)));
}

/* The ghost of m2 lies at its old dates in its lane, and draws there: the
 * pixel in its middle changes when the comparison starts and comes back
 * when it ends; the line from the ghost to the block is blue. */
static void
test_ghosts_and_pane (Fixture *f, gconstpointer data)
{
  GtkWidget *timeline = timeline_of (f->window);
  LpTimelineLayout *layout = lp_timeline_view_get_layout (LP_TIMELINE_VIEW (timeline));
  LpTrajectory *t = lp_window_get_trajectory (f->window);
  LpModule *m2 = lp_trajectory_lookup_module (t, "m2");
  LpDate old_start = lp_module_get_start (m2) - 7;
  g_autoptr(GError) error = NULL;
  LpComparison *comparison;
  LpBlock block;
  LpRect ghost;
  double gx, gy, bx, by, lane_y, lane_h;
  Pixel before, during, line;

  g_assert_true (lp_timeline_layout_get_block (layout, m2, &block));
  g_assert_true (lp_timeline_layout_get_lane (layout, block.track, &lane_y, &lane_h));
  lp_timeline_view_content_to_widget (LP_TIMELINE_VIEW (timeline),
                                      lp_timeline_layout_date_to_x (layout, old_start) + 2,
                                      block.rect.y + block.rect.height / 2, &gx, &gy);
  before = pixel_at (timeline, gx, gy);

  g_assert_true (_lp_window_compare_with (f->window, f->backup, &error));
  g_assert_no_error (error);
  comparison = _lp_window_get_comparison (f->window);
  g_assert_nonnull (comparison);
  g_assert_cmpuint (lp_comparison_get_changes (comparison)->len, ==, 4);
  check_pane (f->window);

  g_assert_true (lp_comparison_get_ghost (comparison, "m2", &ghost));
  g_assert_cmpfloat_with_epsilon (ghost.x, lp_timeline_layout_date_to_x (layout, old_start), 0.01);
  g_assert_cmpfloat_with_epsilon (ghost.y, block.rect.y, 0.01);   /* same lane, same row */
  g_assert_cmpfloat_with_epsilon (ghost.height, block.rect.height, 0.01);
  g_assert_true (lp_comparison_get_ghost (comparison, "m3", &ghost));
  g_assert_false (lp_comparison_get_ghost (comparison, "m4", &ghost));   /* edited, not moved */

  during = pixel_at (timeline, gx, gy);
  g_assert_false (same_pixel (before, during));
  /* halfway between the ghost's middle and the block's: the blue line */
  lp_comparison_get_ghost (comparison, "m2", &ghost);
  lp_timeline_view_content_to_widget (LP_TIMELINE_VIEW (timeline),
                                      (ghost.x + ghost.width / 2 + block.rect.x + block.rect.width / 2) / 2,
                                      block.rect.y + block.rect.height / 2, &bx, &by);
  line = pixel_at (timeline, bx, by);
  g_assert_cmpint (line.b, >, line.r + 50);

  /* Esc leaves: no pane, no ghost */
  g_assert_true (send_shortcut (timeline, GDK_KEY_Escape));
  g_assert_null (_lp_window_get_comparison (f->window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (_lp_window_get_changes_pane (f->window))));
  g_assert_true (same_pixel (before, pixel_at (timeline, gx, gy)));
  /* and Esc is no longer taken when there is nothing to leave */
  g_assert_false (send_shortcut (timeline, GDK_KEY_Escape));
  g_assert_true (widget_draws (timeline));
}

/* Choosing a change selects its module; an edit updates the list; the close
 * button leaves. */
static void
test_choose_and_close (Fixture *f, gconstpointer data)
{
  GtkWidget *timeline = timeline_of (f->window);
  LpTrajectory *t = lp_window_get_trajectory (f->window);
  LpChangesPane *pane;
  GtkListBox *list;
  GtkWidget *close;

  g_assert_true (_lp_window_compare_with (f->window, f->backup, NULL));
  pane = _lp_window_get_changes_pane (f->window);
  list = _lp_changes_pane_get_list (pane);

  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 1));
  g_assert_true (lp_timeline_view_get_selected_module (LP_TIMELINE_VIEW (timeline)) ==
                 lp_trajectory_lookup_module (t, "m2"));
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 3));
  g_assert_true (lp_timeline_view_get_selected_module (LP_TIMELINE_VIEW (timeline)) ==
                 lp_trajectory_lookup_module (t, "m4"));

  /* undoing the rename takes its line away */
  lp_history_undo (lp_trajectory_get_history (t));
  g_assert_cmpuint (n_rows (list), ==, 3);
  g_assert_true (widget_draws (timeline));

  close = find_widget_by_name (GTK_WIDGET (pane), "GtkButton");
  g_assert_nonnull (close);
  g_signal_emit_by_name (close, "clicked");
  g_assert_null (_lp_window_get_comparison (f->window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (pane)));
  g_assert_true (widget_draws (timeline));
}

/* The line of the changes pane whose text holds needle. */
static GtkListBoxRow *
row_with (GtkListBox *list,
          const char *needle)
{
  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    if (strstr (row_text (list, i), needle) != NULL)
      return gtk_list_box_get_row_at_index (list, i);
  g_assert_not_reached ();
}

/* Choosing a renamed lane puts the keyboard cursor on that lane with no
 * module selected; choosing an added kind selects it in the library. */
static void
test_choose_lane_and_kind (Fixture *f, gconstpointer data)
{
  LpTimelineView *timeline = LP_TIMELINE_VIEW (timeline_of (f->window));
  LpTrajectory *t = lp_window_get_trajectory (f->window);
  GtkWidget *palette = find_widget_by_type (GTK_WIDGET (f->window), LP_TYPE_PALETTE);
  GtkListBox *kinds = GTK_LIST_BOX (find_widget_by_type (palette, GTK_TYPE_LIST_BOX));
  g_autoptr(LpKind) kind = lp_kind_new ("eigen");
  LpTrack *dev = lp_trajectory_lookup_track (t, "dev");
  GtkListBox *list;
  GtkListBoxRow *selected;
  guint track = 99;

  lp_kind_set_name (kind, "Eigen werkvorm");
  lp_trajectory_add_kind (t, kind);
  lp_trajectory_set_string (t, dev, "name", "Ontwikkelgroep Noord");
  g_assert_true (_lp_window_compare_with (f->window, f->backup, NULL));
  list = _lp_changes_pane_get_list (_lp_window_get_changes_pane (f->window));

  lp_timeline_view_set_selected_module (timeline, lp_trajectory_lookup_module (t, "m2"));
  g_signal_emit_by_name (list, "row-activated", row_with (list, "Ontwikkelgroep Noord"));
  g_assert_null (lp_timeline_view_get_selected_module (timeline));
  g_assert_true (lp_timeline_view_get_cursor (timeline, &track, NULL));
  g_assert_cmpint (track, ==, lp_trajectory_get_track_index (t, dev));

  g_signal_emit_by_name (list, "row-activated", row_with (list, "Eigen werkvorm"));
  selected = gtk_list_box_get_selected_row (kinds);
  g_assert_nonnull (selected);
  g_assert_true (lp_palette_row_get_kind (LP_PALETTE_ROW (selected)) == kind);
  g_assert_true (widget_draws (GTK_WIDGET (timeline)));
  g_assert_true (widget_draws (palette));
}

/* A baseline that does not load changes nothing. */
static void
test_bad_baseline (Fixture *f, gconstpointer data)
{
  g_autofree char *bad = g_build_filename (f->dir, "bad.leerplaats", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (bad);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (bad, "<nope/>\n", -1, NULL));
  g_assert_false (_lp_window_compare_with (f->window, file, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "bad.leerplaats"));
  g_assert_null (_lp_window_get_comparison (f->window));
  g_assert_true (widget_draws (timeline_of (f->window)));
}

/* A check button whose label starts with @prefix in @root's tree. */
/* TRUE when a row under @root has a title starting with @prefix. */
static gboolean
has_row (GtkWidget  *root,
         const char *prefix)
{
  if (ADW_IS_PREFERENCES_ROW (root) && g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), prefix))
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (has_row (c, prefix))
      return TRUE;
  return FALSE;
}

/* While comparing, Export as PDF offers (checked) the "Changes since" pages,
 * and the PDF has them. */
static void
test_export_offers_changes (Fixture *f, gconstpointer data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "plan.pdf", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (f->dir);
  g_autofree char *text = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *argv[] = { "pdftotext", pdf, "-", NULL };
  LpExportOptionsWindow *options;
  GtkFileChooser *chooser;
  ChooserFolder expected;

  /* without a comparison there is no such choice */
  options = open_export_options (f->window);
  g_assert_cmpstr (lp_export_options_window_get_choice (options, "key"), ==, "false");
  g_assert_null (lp_export_options_window_get_choice (options, "changes"));
  g_assert_false (has_row (GTK_WIDGET (options), "Add the changes since"));
  gtk_window_destroy (GTK_WINDOW (options));

  g_assert_true (_lp_window_compare_with (f->window, f->backup, NULL));
  options = open_export_options (f->window);
  g_assert_cmpstr (lp_export_options_window_get_choice (options, "changes"), ==, "true");
  g_assert_true (has_row (GTK_WIDGET (options), "Add the changes since"));
  chooser = confirm_export_options (f->window, options);
  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
  expected = (ChooserFolder) { chooser, folder };
  g_assert_true (wait_until (chooser_in_folder_cb, &expected, WAIT_MS));
  gtk_file_chooser_set_current_name (chooser, "plan.pdf");
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_ACCEPT);
  gtk_native_dialog_hide (GTK_NATIVE_DIALOG (chooser));
  g_assert_true (wait_until (file_exists_cb, pdf, 20000));
  g_assert_true (widget_draws (timeline_of (f->window)));

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed: the PDF's text is not read");
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &text, NULL, NULL, NULL));
  g_assert_nonnull (strstr (text, "Changes since"));
  g_assert_nonnull (strstr (text, "Moved module “Tijdmaal 2: Tegenspraak”"));
}

/* File → Compare With… offers the open file's backup (NAME.leerplaats~)
 * first; "Compare With Backup" starts the comparison with it, "Choose
 * File…" opens a file chooser instead. */
static void
test_offers_backup (Fixture *f, gconstpointer data)
{
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.compare", NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "plan.leerplaats~"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "backup");
  adw_message_dialog_response (dialog, "choose");
  g_assert_nonnull (_lp_window_get_chooser (f->window));
  g_assert_null (_lp_window_get_comparison (f->window));
  gtk_native_dialog_hide (GTK_NATIVE_DIALOG (_lp_window_get_chooser (f->window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.compare", NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "backup");
  g_assert_nonnull (_lp_window_get_comparison (f->window));
  g_assert_cmpuint (lp_comparison_get_changes (_lp_window_get_comparison (f->window))->len, ==, 4);
  g_assert_true (widget_draws (timeline_of (f->window)));
}

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int argc, char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  lp_reader_init ();

  ADD ("/widgets/compare/ghosts-and-pane", test_ghosts_and_pane);
  ADD ("/widgets/compare/choose-and-close", test_choose_and_close);
  ADD ("/widgets/compare/choose-lane-and-kind", test_choose_lane_and_kind);
  ADD ("/widgets/compare/bad-baseline", test_bad_baseline);
  ADD ("/widgets/compare/offers-backup", test_offers_backup);
  ADD ("/widgets/compare/export-offers-changes", test_export_offers_changes);
  return g_test_run ();
}
