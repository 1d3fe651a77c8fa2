/* test-calendar-window.c — the window's Problems pane (its rows, choosing
 * one, following edits), the lane menu's presets and the calendar export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <glib/gstdio.h>
#include <string.h>

#include "core/lp-date.h"
#include "io/lp-reader.h"
#include "io/lp-ics-writer.h"
#include "ui/lp-document.h"
#include "ui/lp-ics-dialog.h"
#include "ui/lp-lane-menu.h"
#include "ui/lp-problems-pane.h"
#include "ui/lp-timeline-view.h"
#include "ui/lp-window.h"
#include "ui/lp-window-private.h"
#include "widget-test-util.h"

typedef struct {
  LpWindow       *window;
  LpTimelineView *view;
  LpProblemsPane *pane;
  LpTrajectory   *t;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (g_getenv ("LEERPLAATS_SOURCE_DIR"), "tests", "io", "files",
                                            "problems.leerplaats", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  f->window = lp_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1366, 768);
  g_assert_true (lp_window_load_file (f->window, file, NULL));
  f->t = lp_window_get_trajectory (f->window);
  gtk_window_present (GTK_WINDOW (f->window));
  f->view = LP_TIMELINE_VIEW (find_widget_by_type (GTK_WIDGET (f->window), LP_TYPE_TIMELINE_VIEW));
  f->pane = LP_PROBLEMS_PANE (find_widget_by_type (GTK_WIDGET (f->window), LP_TYPE_PROBLEMS_PANE));
  g_assert_nonnull (f->view);
  g_assert_nonnull (f->pane);
  wait_for_allocation (GTK_WIDGET (f->view));
}

static void
teardown (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
}

/* The header bar's button reveals the pane, which fills it when shown. */
static void
show_pane (Fixture *f)
{
  GtkWidget *button = find_widget_by_name (GTK_WIDGET (f->window), "problems-button");

  g_assert_nonnull (button);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  g_assert_true (wait_until (widget_test_has_size, f->pane, 5000));
}

static guint
n_rows (LpProblemsPane *pane)
{
  g_auto(GStrv) texts = lp_problems_pane_get_texts (pane);
  return g_strv_length (texts);
}

static gboolean
has_four_rows (gpointer data)
{
  return n_rows (data) == 4;
}

/* Hidden at first; shown by the button: one row per problem, in date order. */
static void
test_rows (Fixture *f, gconstpointer data)
{
  g_auto(GStrv) texts = NULL;

  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (f->pane)));
  show_pane (f);
  texts = lp_problems_pane_get_texts (f->pane);
  g_assert_cmpuint (g_strv_length (texts), ==, 5);
  g_assert_true (g_str_has_prefix (texts[0], "27 Apr 2026 — Koningsdagsessie: falls on a public holiday"));
  g_assert_true (g_str_has_prefix (texts[4], "3 Oct 2026 — Zaterdagsessie: falls on a Saturday"));
  g_assert_true (widget_draws (GTK_WIDGET (f->pane)));
}

/* Choosing a problem selects its module. */
static void
test_choose (Fixture *f, gconstpointer data)
{
  show_pane (f);
  lp_problems_pane_activate (f->pane, 4);
  g_assert_true (lp_timeline_view_get_selected_module (f->view) == lp_trajectory_lookup_module (f->t, "weekend"));
  lp_problems_pane_activate (f->pane, 0);
  g_assert_true (lp_timeline_view_get_selected_module (f->view) == lp_trajectory_lookup_module (f->t, "kings"));
}

/* Moving the Saturday module to a Monday takes its row away; the timeline still draws. */
static void
test_follows_edits (Fixture *f, gconstpointer data)
{
  LpModule *m = lp_trajectory_lookup_module (f->t, "weekend");
  LpDate monday = lp_date_from_dmy (5, 10, 2026);

  show_pane (f);
  lp_trajectory_move_module (f->t, m, lp_module_get_track (m), monday, monday);
  g_assert_true (wait_until (has_four_rows, f->pane, 5000));
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

/* The submenu item with that action and target, searched depth first. */
static gboolean
menu_has (GMenuModel *menu, const char *action, const char *target)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *a = NULL, *t = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &a) &&
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s", &t) &&
          g_str_equal (a, action) && g_str_equal (t, target))
        return TRUE;
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) sub = g_menu_link_iter_get_value (links);
          if (menu_has (sub, action, target))
            return TRUE;
        }
    }
  return FALSE;
}

/* The lane menu offers the presets; one adds a milestone at the cursor
 * date in one undo step, and the timeline still draws. */
static void
test_presets (Fixture *f, gconstpointer data)
{
  g_autoptr(GMenuModel) menu = lp_lane_menu_build (f->view, TRUE);
  GListModel *milestones = lp_trajectory_get_milestones (f->t);
  guint before = g_list_model_get_n_items (milestones);

  g_assert_true (menu_has (menu, "timeline.preset-add", "council-elections-2026"));
  g_assert_true (menu_has (menu, "timeline.preset-add", "summer-recess"));
  lp_timeline_view_set_cursor (f->view, 0, lp_date_from_dmy (10, 11, 2026));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.preset-add", "s", "budget-debate"));
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, before + 1);
  {
    g_autoptr(LpMilestone) m = g_list_model_get_item (milestones, before);
    g_assert_cmpuint (lp_milestone_get_date (m), ==, lp_date_from_dmy (10, 11, 2026));
    g_assert_cmpstr (lp_milestone_get_label (m), ==, "Budget debate");
  }
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
  g_assert_true (lp_history_undo (lp_trajectory_get_history (f->t)));
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, before);
}

static void
on_saved_cb (GObject *source, GAsyncResult *result, gpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lp_document_save_finish (LP_DOCUMENT (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* A file without a uid: the calendar export uses one derived from its
 * path, and the first save writes that same uid into the file. */
static void
test_uid_on_first_save (void)
{
  g_autofree char *source = g_build_filename (g_getenv ("LEERPLAATS_SOURCE_DIR"), "tests", "io", "files",
                                              "problems.leerplaats", NULL);
  g_autofree char *dir = g_dir_make_tmp ("lp-uid-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.leerplaats", NULL);
  g_autofree char *ics = g_build_filename (dir, "plan.ics", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *text = NULL, *saved = NULL, *expected_uid = lp_ics_make_uid (path);
  g_autofree char *attr = g_strdup_printf ("uid=\"%s\"", expected_uid);
  g_autofree char *event_uid = g_strdup_printf ("UID:%s-module-weekend@leerplaats", expected_uid);
  g_autoptr(LpDocument) document = lp_document_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  g_assert_null (strstr (text, " uid="));
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_true (lp_document_load (document, file, &error));
  g_assert_true (lp_ics_dialog_export (lp_document_get_trajectory (document), file, ics, NULL, FALSE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (ics, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, event_uid));
  lp_document_save_async (document, file, TRUE, on_saved_cb, &done);
  g_assert_true (wait_until (is_true, &done, 10000));
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, attr));
  g_remove (ics);
  g_remove (path);
  g_remove (backup);
  g_rmdir (dir);
}

/* File → Export → Calendar: the dialog suggests a name ending in ".ics", all
 * lanes and no milestones; with one lane and the milestones chosen in the
 * dialog on screen, the file holds that lane's modules, not the others',
 * and every milestone. */
static void
test_export_dialog (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("LEERPLAATS_SOURCE_DIR"), "data", "templates",
                                            "ambtelijk-bestuurlijk-samenwerken.leerplaats", NULL);
  g_autofree char *dir = g_dir_make_tmp ("lp-ics-XXXXXX", NULL);
  g_autofree char *ics = g_build_filename (dir, "plan.ics", NULL);
  g_autofree char *text = NULL;
  g_autofree char *suggested = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  LpWindow *window = lp_window_new (NULL);
  LpTrajectory *t;
  GListModel *modules, *milestones;
  g_autoptr(LpTrack) lane = NULL;
  GtkFileChooser *chooser;
  guint n_in_lane = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  g_assert_true (lp_window_load_file (window, file, NULL));
  gtk_window_present (GTK_WINDOW (window));
  wait_for_allocation (GTK_WIDGET (window));
  t = lp_window_get_trajectory (window);
  lane = g_list_model_get_item (lp_trajectory_get_tracks (t), 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-ics", NULL));
  chooser = _lp_window_get_chooser (window);
  g_assert_nonnull (chooser);
  suggested = gtk_file_chooser_get_current_name (chooser);
  g_assert_true (g_str_has_suffix (suggested, ".ics"));
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "tracks"), ==, "");
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "milestones"), ==, "false");
  chooser_set_folder_and_name (chooser, folder, "plan.ics", 30000);
  g_assert_true (choose_in_drop_down (GTK_WIDGET (find_chooser_dialog ()), lp_track_get_name (lane)));
  gtk_file_chooser_set_choice (find_chooser_dialog (), "milestones", "true");
  chooser_accept (chooser);
  g_assert_true (wait_until (file_exists_cb, ics, 10000));

  g_assert_true (g_file_get_contents (ics, &text, NULL, NULL));
  modules = lp_trajectory_get_modules (t);
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      g_autofree char *uid = g_strdup_printf ("-module-%s@leerplaats", lp_module_get_id (m));
      gboolean in_lane = lp_module_get_track (m) == lane;

      n_in_lane += in_lane;
      g_assert_true ((strstr (text, uid) != NULL) == in_lane);
    }
  g_assert_cmpuint (n_in_lane, >, 0);
  milestones = lp_trajectory_get_milestones (t);
  g_assert_cmpuint (g_list_model_get_n_items (milestones), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(LpMilestone) e = g_list_model_get_item (milestones, i);
      g_autofree char *uid = g_strdup_printf ("-milestone-%s@leerplaats", lp_milestone_get_id (e));

      g_assert_nonnull (strstr (text, uid));
    }
  gtk_window_destroy (GTK_WINDOW (window));
  g_remove (ics);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  lp_reader_init ();
  g_test_add ("/problems-pane/rows", Fixture, NULL, setup, test_rows, teardown);
  g_test_add ("/problems-pane/choose", Fixture, NULL, setup, test_choose, teardown);
  g_test_add ("/problems-pane/follows-edits", Fixture, NULL, setup, test_follows_edits, teardown);
  g_test_add ("/lane-menu/presets", Fixture, NULL, setup, test_presets, teardown);
  g_test_add_func ("/calendar/uid-on-first-save", test_uid_on_first_save);
  g_test_add_func ("/calendar/export-dialog", test_export_dialog);
  return g_test_run ();
}
