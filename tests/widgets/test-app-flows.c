/* test-app-flows.c — application flows through their public actions: New
 * from Template, and the question when a window with unsaved changes closes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "core/lp-date.h"
#include "io/lp-reader.h"
#include "core/lp-sample.h"
#include "ui/lp-application.h"
#include "ui/lp-properties-dialog.h"
#include "ui/lp-timeline-view.h"
#include "ui/lp-window.h"
#include "ui/lp-window-private.h"
#include "widget-test-util.h"

/* One application per process: a second one would export its actions on
 * the same object path of the session bus. */
static LpApplication *the_app;

static LpApplication *
registered_app (void)
{
  g_autoptr(GError) error = NULL;

  if (the_app != NULL)
    return g_object_ref (the_app);
  the_app = lp_application_new ();
  g_application_set_flags (G_APPLICATION (the_app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (the_app), NULL, &error);
  g_assert_no_error (error);
  return g_object_ref (the_app);
}

static GList *
lp_windows (GtkApplication *app)
{
  GList *found = NULL;

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (LP_IS_WINDOW (l->data))
      found = g_list_prepend (found, l->data);
  return found;
}

static void
assert_draws (GtkWidget *widget)
{
  int w, h;
  g_autofree guchar *pixels = render_widget (widget, &w, &h);

  g_assert_cmpuint (count_colours (pixels, w, 0, 0, w, h), >, 1);
}

/* New from Template opens the template as an untitled trajectory that
 * starts on the first day on or after the 1st of next month with the
 * template's weekday (whole weeks later), every module a draft, nothing
 * to undo and no file. */
static void
test_new_from_template (void)
{
  g_autoptr(LpApplication) app = registered_app ();
  GtkApplication *gtk_app = GTK_APPLICATION (app);
  g_autofree char *src = g_strdup_printf ("%s/tijdmalen.leerplaats", g_getenv ("LEERPLAATS_TEMPLATES"));
  g_autoptr(GFile) src_file = g_file_new_for_path (src);
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) original = lp_reader_load_file (src_file, NULL, NULL, &error);
  g_autoptr(GList) windows = NULL;
  GDateTime *now = g_date_time_new_now_local ();
  guint year = (guint) g_date_time_get_year (now), month = (guint) g_date_time_get_month (now);
  LpDate first_next, old_start, new_start;
  LpTrajectory *t;
  GListModel *modules;
  LpWindow *window;

  g_date_time_unref (now);
  g_assert_no_error (error);
  g_assert_nonnull (original);
  first_next = month == 12 ? lp_date_from_dmy (1, 1, year + 1) : lp_date_from_dmy (1, month + 1, year);
  old_start = lp_trajectory_get_span_start (original);

  g_action_group_activate_action (G_ACTION_GROUP (app), "new-from-template", g_variant_new_string ("tijdmalen"));
  windows = lp_windows (gtk_app);
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  window = windows->data;
  t = lp_window_get_trajectory (window);
  g_assert_nonnull (t);
  g_assert_null (lp_window_get_file (window));
  g_assert_false (lp_history_can_undo (lp_trajectory_get_history (t)));

  new_start = lp_trajectory_get_span_start (t);
  g_assert_cmpuint (new_start, >=, first_next);
  g_assert_cmpuint (new_start, <, first_next + 7);
  g_assert_cmpuint ((new_start - old_start) % 7, ==, 0);
  g_assert_cmpuint (lp_trajectory_get_span_end (t) - new_start, ==,
                    lp_trajectory_get_span_end (original) - old_start);

  modules = lp_trajectory_get_modules (t);
  g_assert_cmpuint (g_list_model_get_n_items (modules), ==,
                    g_list_model_get_n_items (lp_trajectory_get_modules (original)));
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      g_autoptr(LpModule) o = g_list_model_get_item (lp_trajectory_get_modules (original), i);

      g_assert_cmpint (lp_module_get_status (m), ==, LP_STATUS_DRAFT);
      g_assert_cmpuint (lp_module_get_start (m) - lp_module_get_start (o), ==, new_start - old_start);
    }
  wait_for_allocation (GTK_WIDGET (window));
  assert_draws (GTK_WIDGET (window));

  /* an unknown template opens nothing */
  g_action_group_activate_action (G_ACTION_GROUP (app), "new-from-template", g_variant_new_string ("no-such-template"));
  g_clear_pointer (&windows, g_list_free);
  windows = lp_windows (gtk_app);
  g_assert_cmpuint (g_list_length (windows), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct {
  GtkApplication *app;
  guint           n;
} WindowCount;

static gboolean
window_count_is (gpointer data)
{
  WindowCount *c = data;
  g_autoptr(GList) windows = lp_windows (c->app);

  return g_list_length (windows) == c->n;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_message_dialog () != NULL;
}

/* Closing asks; returns the question. */
static AdwMessageDialog *
close_and_ask (LpWindow *window)
{
  AdwMessageDialog *dialog;

  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (wait_until (dialog_shown, NULL, 5000));
  dialog = find_message_dialog ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  return dialog;
}

/* Answers the question by clicking the button with that label. */
static void
respond (AdwMessageDialog *dialog,
         const char       *label)
{
  GtkWidget *button = find_button (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
no_dialog (gpointer data)
{
  return find_message_dialog () == NULL;
}

/* Closing a window with unsaved changes asks: Cancel keeps the window and
 * the changes; Save writes the changes to the file and then closes.  A
 * window without changes closes without asking. */
static void
test_close_unsaved (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-widgets-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "ours.leerplaats", "tijdmalen");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LpApplication) app = registered_app ();
  WindowCount count = { GTK_APPLICATION (app), 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) saved = NULL;
  AdwMessageDialog *dialog;
  LpWindow *window;

  /* Cancel */
  window = lp_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (lp_window_load_file (window, file, NULL));
  lp_trajectory_set_string (lp_window_get_trajectory (window), lp_window_get_trajectory (window), "title", "Changed once");
  g_assert_true (lp_window_is_modified (window));
  dialog = close_and_ask (window);
  respond (dialog, "_Cancel");
  g_assert_true (wait_until (no_dialog, NULL, 5000));
  count.n = 1;
  g_assert_true (window_count_is (&count));
  g_assert_true (lp_window_is_modified (window));
  g_assert_cmpstr (lp_trajectory_get_title (lp_window_get_trajectory (window)), ==, "Changed once");
  assert_draws (GTK_WIDGET (window));

  /* Save */
  lp_trajectory_set_string (lp_window_get_trajectory (window), lp_window_get_trajectory (window), "title", "Changed and saved");
  dialog = close_and_ask (window);
  respond (dialog, "_Save");
  count.n = 0;
  g_assert_true (wait_until (window_count_is, &count, 10000));
  saved = lp_reader_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lp_trajectory_get_title (saved), ==, "Changed and saved");

  /* no changes: closes at once */
  window = lp_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (lp_window_load_file (window, file, NULL));
  g_assert_false (lp_window_is_modified (window));
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (wait_until (window_count_is, &count, 5000));
  g_assert_null (find_message_dialog ());

  g_unlink (path);
  g_rmdir (dir);
}

/* Discard closes the window and leaves the file as it was (with the
 * window destroyed inside the dialog's response, the dialog then used the
 * freed window: "instance with invalid (NULL) class pointer"). */
static void
test_close_discard (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-widgets-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "ours.leerplaats", "tijdmalen");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LpApplication) app = registered_app ();
  WindowCount count = { GTK_APPLICATION (app), 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;
  LpWindow *window;

  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  window = lp_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (lp_window_load_file (window, file, NULL));
  lp_trajectory_set_string (lp_window_get_trajectory (window), lp_window_get_trajectory (window), "title", "Changed once");

  dialog = close_and_ask (window);
  respond (dialog, "_Discard");
  count.n = 0;
  g_assert_true (wait_until (window_count_is, &count, 5000));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);

  g_unlink (path);
  g_rmdir (dir);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 gboolean (*match) (GtkWidget *widget, gconstpointer data),
                 gconstpointer data)
{
  if (match (widget, data))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_descendant (c, match, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_timeline (GtkWidget *widget, gconstpointer data)
{
  return LP_IS_TIMELINE_VIEW (widget);
}

static gboolean
is_button_with_icon (GtkWidget *widget, gconstpointer icon)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), icon) == 0;
}

static void
click_icon_button (LpWindow   *window,
                   const char *icon)
{
  GtkWidget *button = find_descendant (GTK_WIDGET (window), is_button_with_icon, icon);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
properties_shown (gpointer data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (LP_IS_PROPERTIES_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      {
        *(GtkWindow **) data = l->data;
        return TRUE;
      }
  return FALSE;
}

/* The header bar's buttons: Undo steps the trajectory back; zoom in and out change the timeline's scale by one step each way
 * and back; fit makes the period fill the width again.  The menu's
 * Properties opens the Trajectory Properties dialog for this window. */
static void
test_header_bar (void)
{
  g_autoptr(LpApplication) app = registered_app ();
  g_autoptr(LpTrajectory) sample = lp_sample_generate (20, 3, 6, 3);
  LpWindow *window = lp_window_new (GTK_APPLICATION (app));
  g_autofree char *title = NULL;
  LpTrajectory *t;
  GtkWindow *properties = NULL;
  LpTimelineView *view;
  double fitted, zoomed;

  lp_window_set_document (window, sample);
  gtk_window_present (GTK_WINDOW (window));
  view = LP_TIMELINE_VIEW (find_descendant (GTK_WIDGET (window), is_timeline, NULL));
  g_assert_nonnull (view);
  wait_for_allocation (GTK_WIDGET (view));
  t = lp_window_get_trajectory (window);

  title = g_strdup (lp_trajectory_get_title (t));
  lp_trajectory_set_string (t, t, "title", "Stepped");
  click_icon_button (window, "edit-undo-symbolic");
  g_assert_cmpstr (lp_trajectory_get_title (t), ==, title);
  g_assert_true (lp_history_can_redo (lp_trajectory_get_history (t)));

  fitted = lp_timeline_view_get_scale (view);
  click_icon_button (window, "zoom-in-symbolic");
  zoomed = lp_timeline_view_get_scale (view);
  g_assert_cmpfloat (zoomed, >, fitted);
  click_icon_button (window, "zoom-out-symbolic");
  g_assert_cmpfloat_with_epsilon (lp_timeline_view_get_scale (view), fitted, 1e-6);
  click_icon_button (window, "zoom-in-symbolic");
  click_icon_button (window, "zoom-in-symbolic");
  click_icon_button (window, "zoom-fit-best-symbolic");
  g_assert_true (wait_for_frames (GTK_WIDGET (view), 2));
  g_assert_cmpfloat_with_epsilon (lp_timeline_view_get_scale (view), fitted, 1e-6);
  assert_draws (GTK_WIDGET (view));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.properties", NULL));
  g_assert_true (wait_until (properties_shown, &properties, 5000));
  g_assert_true (gtk_window_get_transient_for (properties) == GTK_WINDOW (window));
  gtk_window_destroy (properties);

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct {
  LpWindow *window;
  GFile    *file;
} WindowFile;

static gboolean
window_shows_file (gpointer data)
{
  WindowFile *wf = data;
  GFile *file = lp_window_get_file (wf->window);

  return file != NULL && g_file_equal (file, wf->file) && !_lp_window_is_saving (wf->window);
}

typedef struct {
  GtkFileChooser *chooser;
  GFile          *file;
} ChooserFile;

static gboolean
chooser_has_this_file (gpointer data)
{
  ChooserFile *cf = data;
  g_autoptr(GFile) file = gtk_file_chooser_get_file (cf->chooser);

  return file != NULL && g_file_equal (file, cf->file);
}

/* Answers the window's open chooser with ACCEPT for that file (or, for
 * Save As, that folder and name, once the chooser has loaded the folder it
 * opened in: GTK 4.8 would else go to the parent of that folder). */
static void
accept_chooser (LpWindow   *window,
                const char *action,
                GFile      *file)
{
  ChooserFile cf = { NULL, file };
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  cf.chooser = _lp_window_get_chooser (window);
  g_assert_nonnull (cf.chooser);
  if (gtk_file_chooser_get_action (cf.chooser) == GTK_FILE_CHOOSER_ACTION_SAVE)
    chooser_set_folder_and_name (cf.chooser, folder, name, 30000);
  else
    g_assert_true (gtk_file_chooser_set_file (cf.chooser, file, NULL));
  /* the chooser selects the file once it has listed the folder */
  g_assert_true (wait_until (chooser_has_this_file, &cf, 30000));
  g_signal_emit_by_name (cf.chooser, "response", GTK_RESPONSE_ACCEPT);
}

/* Open in an empty window opens the chosen file there; Save As writes the
 * trajectory to the chosen name and the window shows that file; Open from a
 * window that shows a file opens the other file in a window of its own. */
static void
test_open_and_save_as (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-widgets-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "ours.leerplaats", "tijdmalen");
  g_autofree char *other_path = copy_template (dir, "other.leerplaats", "verdiepingsdag");
  g_autofree char *copy_path = g_build_filename (dir, "copy.leerplaats", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autoptr(LpApplication) app = registered_app ();
  g_autoptr(LpTrajectory) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GList) windows = NULL;
  WindowCount count = { GTK_APPLICATION (app), 1 };
  LpWindow *window = lp_window_new (GTK_APPLICATION (app));
  WindowFile wf = { window, file };

  gtk_window_present (GTK_WINDOW (window));
  accept_chooser (window, "win.open", file);
  g_assert_true (wait_until (window_shows_file, &wf, 5000));
  g_assert_true (window_count_is (&count));
  g_assert_cmpstr (lp_trajectory_get_title (lp_window_get_trajectory (window)), ==, "Tijdmalen");

  lp_trajectory_set_string (lp_window_get_trajectory (window), lp_window_get_trajectory (window), "title", "Tijdmalen kopie");
  accept_chooser (window, "win.save-as", copy);
  wf.file = copy;
  g_assert_true (wait_until (window_shows_file, &wf, 10000));
  saved = lp_reader_load_file (copy, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lp_trajectory_get_title (saved), ==, "Tijdmalen kopie");
  g_assert_false (lp_window_is_modified (window));

  accept_chooser (window, "win.open", other);
  count.n = 2;
  g_assert_true (wait_until (window_count_is, &count, 5000));
  g_assert_true (g_file_equal (lp_window_get_file (window), copy));
  windows = lp_windows (GTK_APPLICATION (app));
  for (GList *l = windows; l != NULL; l = l->next)
    if (l->data != window)
      {
        WindowFile other_wf = { l->data, other };
        g_assert_true (wait_until (window_shows_file, &other_wf, 5000));
        gtk_window_destroy (l->data);
      }
  assert_draws (GTK_WIDGET (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();
  lp_reader_init ();

  g_test_add_func ("/widgets/app/new-from-template", test_new_from_template);
  g_test_add_func ("/widgets/window/close-unsaved", test_close_unsaved);
  g_test_add_func ("/widgets/window/header-bar", test_header_bar);
  g_test_add_func ("/widgets/window/open-and-save-as", test_open_and_save_as);
  g_test_add_func ("/widgets/window/close-discard", test_close_discard);

  status = g_test_run ();
  g_clear_object (&the_app);
  return status;
}
