/* test-files.c — the window and its files: changes by someone else, failed
 * opens, where choosers start and the names they suggest
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "io/lp-reader.h"
#include "ui/lp-application.h"
#include "ui/lp-window-private.h"
#include "widget-test-util.h"
#include <adwaita.h>

#define WAIT_MS 10000

/* Their version: the title in capitals, the same size as ours. */
static char *
their_version (const char *path)
{
  char *theirs = NULL;
  char *title;

  g_assert_true (g_file_get_contents (path, &theirs, NULL, NULL));
  title = strstr (theirs, "Tijdmalen");
  g_assert_nonnull (title);
  memcpy (title, "TIJDMALEN", 9);
  return theirs;
}

/* The window has a size and renders something. */
static void
assert_draws (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;

  wait_for_allocation (widget);
  g_assert_cmpint (gtk_widget_get_width (widget), >, 0);
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
}

static gboolean
disk_changed_cb (gpointer window)
{
  return _lp_window_get_disk_changed (window);
}

typedef struct {
  LpWindow *window;
  guint     events;
} EventCount;

static gboolean
more_disk_events_cb (gpointer data)
{
  EventCount *count = data;

  return _lp_window_get_disk_events (count->window) > count->events;
}

static gboolean
no_message_dialog_cb (gpointer data)
{
  return find_message_dialog () == NULL;
}

static gboolean
their_title_cb (gpointer window)
{
  return g_strcmp0 (lp_trajectory_get_title (lp_window_get_trajectory (window)), "TIJDMALEN") == 0;
}

/* Saving is written in a worker: the document is saved when it is no
 * longer modified. */
static gboolean
saved_cb (gpointer window)
{
  return !lp_window_is_modified (window);
}

/* Save: a dialog asks; Cancel leaves the file as it is. */
static void
save_and_cancel (LpWindow *window)
{
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
  dialog = find_message_dialog ();
  g_assert_true (lp_window_is_modified (window));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));  /* what a click does after responding */
  g_assert_true (wait_until (no_message_dialog_cb, NULL, WAIT_MS));
}

/* Someone else saved the file after we opened it (their bytes have our
 * size, and no pause gives them a later time stamp): the window notices,
 * Save asks instead of overwriting; Cancel leaves their file, Overwrite
 * writes ours; our own saves are not reported; Reload shows theirs. */
static void
test_window_changed_on_disk (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-widgets-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "shared.leerplaats", "tijdmalen");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *theirs = their_version (path);
  g_autofree char *after = NULL;
  LpWindow *window = lp_window_new (NULL);
  AdwMessageDialog *dialog;
  EventCount count = { window, 0 };
  LpTrajectory *t;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (lp_window_load_file (window, file, NULL));
  t = lp_window_get_trajectory (window);
  lp_trajectory_set_string (t, t, "title", "Our version");

  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  /* the window notices on its own (file monitor), before any save */
  g_assert_true (wait_until (disk_changed_cb, window, WAIT_MS));

  save_and_cancel (window);
  after = read_file (path);
  g_assert_cmpstr (after, ==, theirs);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
  dialog = find_message_dialog ();
  adw_message_dialog_response (dialog, "overwrite");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (wait_until (saved_cb, window, WAIT_MS));
  {
    g_autoptr(LpTrajectory) saved = lp_reader_load_file (file, NULL, NULL, NULL);
    g_assert_nonnull (saved);
    g_assert_cmpstr (lp_trajectory_get_title (saved), ==, "Our version");
  }
  g_assert_false (_lp_window_get_disk_changed (window));

  /* the next save does not ask again */
  lp_trajectory_set_string (t, t, "title", "Our second version");
  g_assert_true (wait_until (no_message_dialog_cb, NULL, WAIT_MS));
  count.events = _lp_window_get_disk_events (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (wait_until (saved_cb, window, WAIT_MS));
  g_assert_null (find_message_dialog ());
  /* the monitor's events for our own save arrive and are handled, and they
   * are not someone else's change */
  g_assert_true (wait_until (more_disk_events_cb, &count, WAIT_MS));
  g_assert_false (_lp_window_get_disk_changed (window));

  /* unmodified: Reload shows their next version */
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  g_assert_true (wait_until (disk_changed_cb, window, WAIT_MS));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  /* read in a worker: shown when the title is theirs */
  g_assert_true (wait_until (their_title_cb, window, WAIT_MS));
  g_assert_false (_lp_window_get_disk_changed (window));
  assert_draws (GTK_WIDGET (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Restores the modification time (seconds, micro- and nanoseconds). */
static void
set_mtime (GFile *file, GFileInfo *info)
{
  static const char *const attributes[] = {
    G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC, G_FILE_ATTRIBUTE_TIME_MODIFIED_NSEC,
  };

  g_assert_true (g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                              g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED),
                                              G_FILE_QUERY_INFO_NONE, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (attributes); i++)
    if (g_file_info_has_attribute (info, attributes[i]))
      g_assert_true (g_file_set_attribute_uint32 (file, attributes[i],
                                                  g_file_info_get_attribute_uint32 (info, attributes[i]),
                                                  G_FILE_QUERY_INFO_NONE, NULL, NULL));
}

/* Their save lands in the same time stamp tick as the version we opened
 * (the modification time restored, so the etag is equal too): Save still
 * asks, and Cancel leaves their bytes on disk. */
static void
test_window_changed_same_mtime (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-widgets-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "shared.leerplaats", "tijdmalen");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *theirs = their_version (path);
  g_autofree char *after = NULL;
  g_autoptr(GFileInfo) before = NULL;
  g_autoptr(GFileInfo) now = NULL;
  LpWindow *window = lp_window_new (NULL);
  LpTrajectory *t;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (lp_window_load_file (window, file, NULL));
  g_assert_nonnull (lp_window_get_file (window));
  t = lp_window_get_trajectory (window);
  lp_trajectory_set_string (t, t, "title", "Our version");

  before = g_file_query_info (file, "time::*,etag::value", G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  set_mtime (file, before);
  now = g_file_query_info (file, "time::*,etag::value", G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_assert_cmpstr (g_file_info_get_etag (now), ==, g_file_info_get_etag (before));

  save_and_cancel (window);
  after = read_file (path);
  g_assert_cmpstr (after, ==, theirs);
  assert_draws (GTK_WIDGET (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
assert_open_error_on (GtkWindow *parent)
{
  AdwMessageDialog *dialog;

  g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
  dialog = find_message_dialog ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == parent);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "notes.txt"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (wait_until (no_message_dialog_cb, NULL, WAIT_MS));
}

/* A file that is not a trajectory gets no window of its own, whether it
 * comes from the command line, the Open dialog or the recent files; opened
 * when no window is there, its error shows on one new empty window (the
 * application keeps running). */
static void
test_open_failure_leaves_no_window (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-widgets-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *good = copy_template (dir, "good.leerplaats", "tijdmalen");
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autofree char *bad_uri = g_file_get_uri (bad_file);
  g_autoptr(LpApplication) app = lp_application_new ();
  g_autoptr(GError) error = NULL;
  GtkApplication *gtk_app = GTK_APPLICATION (app);
  LpWindow *window;
  LpWindow *other;

  g_assert_true (g_file_set_contents (bad, "Boodschappen: brood, kaas\n", -1, NULL));
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  /* the command line, no window yet: one empty window with the error */
  g_application_open (G_APPLICATION (app), &bad_file, 1, "");
  g_assert_cmpuint (count_lp_windows (gtk_app), ==, 1);
  window = LP_WINDOW (gtk_application_get_windows (gtk_app)->data);
  g_assert_null (lp_window_get_file (window));
  assert_open_error_on (GTK_WINDOW (window));
  assert_draws (GTK_WIDGET (window));

  /* with a window: the error on it, no new window */
  g_application_open (G_APPLICATION (app), &bad_file, 1, "");
  g_assert_cmpuint (count_lp_windows (gtk_app), ==, 1);
  assert_open_error_on (GTK_WINDOW (window));

  /* recent files (and Open) in an empty window: the error on it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", bad_uri));
  g_assert_cmpuint (count_lp_windows (gtk_app), ==, 1);
  g_assert_null (lp_window_get_file (window));
  assert_open_error_on (GTK_WINDOW (window));

  /* from a window that shows a file: still no extra window */
  g_assert_true (lp_window_load_file (window, good_file, NULL));
  g_assert_nonnull (lp_window_get_file (window));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", bad_uri));
  g_assert_cmpuint (count_lp_windows (gtk_app), ==, 1);
  other = LP_WINDOW (gtk_application_get_windows (gtk_app)->data);
  g_assert_true (other == window);
  assert_open_error_on (GTK_WINDOW (window));
  g_assert_true (g_file_equal (lp_window_get_file (window), good_file));
  assert_draws (GTK_WIDGET (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The chooser of Save As or Export: its folder (which it loads
 * asynchronously) and suggested name. */
static void
check_chooser (LpWindow   *window,
               const char *action,
               GFile      *folder,
               const char *name)
{
  GtkFileChooser *chooser;
  g_autoptr(GFile) current = NULL;
  g_autofree char *current_name = NULL;
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(GFile) cwd_file = g_file_new_for_path (cwd);

  if (g_str_equal (action, "win.export-pdf"))
    chooser = confirm_export_options (window, open_export_options (window));
  else
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
      chooser = _lp_window_get_chooser (window);
    }
  g_assert_nonnull (chooser);
  current = wait_for_chooser_folder (chooser);
  g_assert_nonnull (current);
  g_assert_true (g_file_equal (current, folder));
  g_assert_false (g_file_equal (current, cwd_file));
  current_name = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (current_name, ==, name);
  gtk_native_dialog_hide (GTK_NATIVE_DIALOG (chooser));
}

/* Save As and Export start beside the open file, else in Documents (else
 * home), and suggest a name without characters Windows refuses. */
static void
test_chooser_folder_and_name (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-widgets-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "plan.leerplaats", "tijdmalen");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) untitled_folder = NULL;
  LpWindow *window = lp_window_new (NULL);
  LpTrajectory *t = lp_window_get_trajectory (window);

  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    untitled_folder = g_file_new_for_path (documents);
  else
    untitled_folder = g_file_new_for_path (g_get_home_dir ());

  gtk_window_present (GTK_WINDOW (window));
  lp_trajectory_set_string (t, t, "title", "Raad: \"plan\" 2027/2028?");
  check_chooser (window, "win.save-as", untitled_folder, "Raad - plan 2027-2028.leerplaats");
  check_chooser (window, "win.export-pdf", untitled_folder, "Raad - plan 2027-2028.pdf");

  g_assert_true (lp_window_load_file (window, file, NULL));
  g_assert_nonnull (lp_window_get_file (window));
  t = lp_window_get_trajectory (window);
  lp_trajectory_set_string (t, t, "title", "Tijdmalen <concept>.");
  check_chooser (window, "win.save-as", dir_file, "Tijdmalen concept.leerplaats");
  check_chooser (window, "win.export-pdf", dir_file, "Tijdmalen concept.pdf");
  assert_draws (GTK_WIDGET (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Export as PDF or as Calendar (@action) with @name typed in @dir, and
 * the Export button. */
static void
export_typed (LpWindow   *window,
              const char *action,
              const char *dir,
              const char *name)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  GtkFileChooser *chooser;

  if (g_str_equal (action, "win.export-pdf"))
    chooser = confirm_export_options (window, open_export_options (window));
  else
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
      chooser = _lp_window_get_chooser (window);
    }
  g_object_ref (chooser);   /* the answer may drop the window's */
  chooser_set_folder_and_name (chooser, folder, name, WAIT_MS);
  chooser_accept (chooser);
  g_object_unref (chooser);
}

typedef struct {
  const char *path;
  const char *start;
} FileStart;

static gboolean
file_starts_cb (gpointer data)
{
  const FileStart *want = data;
  g_autofree char *contents = NULL;

  return g_file_get_contents (want->path, &contents, NULL, NULL) && g_str_has_prefix (contents, want->start);
}

/* Exports to a name typed without an extension write NAME.pdf or
 * NAME.ics, never NAME; when that file exists, a dialog asks first:
 * Cancel keeps its bytes, Replace writes the export.  An export onto the
 * trajectory's own file is refused with a message; the file keeps its bytes. */
static void
test_export_adds_extension (void)
{
  static const struct { const char *action, *extension, *start; } exports[] = {
    { "win.export-pdf", ".pdf", "%PDF-" },
    { "win.export-ics", ".ics", "BEGIN:VCALENDAR" },
  };
  g_autofree char *dir = g_dir_make_tmp ("lp-widgets-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "plan.leerplaats", "tijdmalen");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LpWindow *window = lp_window_new (NULL);

  g_autofree char *original = read_file (path);

  g_assert_true (lp_window_load_file (window, file, NULL));
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      g_autofree char *plain = g_build_filename (dir, "overzicht", NULL);
      g_autofree char *with_name = g_strconcat ("overzicht", exports[i].extension, NULL);
      g_autofree char *with = g_build_filename (dir, with_name, NULL);
      g_autofree char *other_name = g_strconcat ("ander", exports[i].extension, NULL);
      g_autofree char *other = g_build_filename (dir, other_name, NULL);
      g_autofree char *heading = g_strdup_printf ("Replace “%s”?", other_name);
      g_autofree char *kept = NULL;
      FileStart written = { with, exports[i].start };
      FileStart replaced = { other, exports[i].start };
      AdwMessageDialog *dialog;

      export_typed (window, exports[i].action, dir, "overzicht");
      g_assert_true (wait_until (file_starts_cb, &written, WAIT_MS));
      g_assert_false (g_file_test (plain, G_FILE_TEST_EXISTS));

      g_assert_true (g_file_set_contents (other, "ander werk", -1, NULL));
      export_typed (window, exports[i].action, dir, "ander");
      g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
      dialog = find_message_dialog ();
      g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
      g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
      answer_dialog (dialog, "cancel");
      kept = read_file (other);
      g_assert_cmpstr (kept, ==, "ander werk");

      export_typed (window, exports[i].action, dir, "ander");
      g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
      answer_dialog (find_message_dialog (), "replace");
      g_assert_true (wait_until (file_starts_cb, &replaced, WAIT_MS));

      export_typed (window, exports[i].action, dir, "plan.leerplaats");
      g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
      dialog = find_message_dialog ();
      g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Export");
      g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“plan.leerplaats” is the trajectory itself"));
      answer_dialog (dialog, "close");
      g_clear_pointer (&kept, g_free);
      kept = read_file (path);
      g_assert_cmpstr (kept, ==, original);
    }
  assert_draws (GTK_WIDGET (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  /* own XDG directories per test: recent files, drafts */
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  lp_reader_init ();

  g_test_add_func ("/widgets/window/changed-on-disk", test_window_changed_on_disk);
  g_test_add_func ("/widgets/window/changed-same-mtime", test_window_changed_same_mtime);
  g_test_add_func ("/widgets/window/open-failure-leaves-no-window", test_open_failure_leaves_no_window);
  g_test_add_func ("/widgets/window/chooser-folder-and-name", test_chooser_folder_and_name);
  g_test_add_func ("/widgets/window/export-adds-extension", test_export_adds_extension);

  return g_test_run ();
}
