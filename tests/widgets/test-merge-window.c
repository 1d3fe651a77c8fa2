/* test-merge-window.c — working on one file together: Merge when another
 * process saved the open file while the window has unsaved changes, and the
 * lock file notice with two processes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#include "core/lp-date.h"
#include "io/lp-reader.h"
#include "ui/lp-window-private.h"
#include "widget-test-util.h"
#include <adwaita.h>

#define WAIT_MS 10000

static gboolean
disk_toast_cb (gpointer window)
{
  return _lp_window_get_disk_changed (window) && _lp_window_get_disk_toast (window) != NULL;
}

static gboolean
saved_cb (gpointer window)
{
  return !lp_window_is_modified (window);
}

static gboolean
no_message_dialog_cb (gpointer data)
{
  return find_message_dialog () == NULL;
}

/* Another process (sed) replaces @from by @to in the file, as a save does. */
static void
their_save (const char *path,
            const char *from,
            const char *to)
{
  g_autofree char *script = g_strdup_printf ("s|%s|%s|", from, to);
  const char *argv[] = { "sed", "-i", script, path, NULL };
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* A window on a copy of the template, with our unsaved change to module m1's
 * title and their saved change (by @from → @to) noticed. */
static LpWindow *
window_with_both (const char *dir,
                  char      **out_path,
                  const char *our_title,
                  const char *from,
                  const char *to)
{
  g_autofree char *path = copy_template (dir, "shared.leerplaats", "tijdmalen");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LpWindow *window = lp_window_new (NULL);
  LpTrajectory *t;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (lp_window_load_file (window, file, NULL));
  t = lp_window_get_trajectory (window);
  lp_trajectory_set_string (t, lp_trajectory_lookup_module (t, "m1"), "title", our_title);
  their_save (path, from, to);
  g_assert_true (wait_until (disk_toast_cb, window, WAIT_MS));
  *out_path = g_steal_pointer (&path);
  return window;
}

/* No conflicts: the toast offers Merge; it saves both changes, as one undo
 * step, and the window still draws. */
static void
test_merge_clean (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-widgets-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autofree char *after = NULL;
  LpWindow *window = window_with_both (dir, &path, "Ons maal", "<title>Tijdmalen</title>",
                                       "<title>Hun tijdmalen</title>");
  LpTrajectory *t = lp_window_get_trajectory (window);

  g_assert_cmpstr (adw_toast_get_action_name (_lp_window_get_disk_toast (window)), ==, "win.merge");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.merge", NULL));
  g_assert_true (wait_until (saved_cb, window, WAIT_MS));
  after = read_file (path);
  g_assert_nonnull (strstr (after, "<title>Ons maal</title>"));
  g_assert_nonnull (strstr (after, "<title>Hun tijdmalen</title>"));
  g_assert_false (_lp_window_get_disk_changed (window));

  g_assert_true (lp_history_undo (lp_trajectory_get_history (t)));
  g_assert_cmpstr (lp_trajectory_get_title (t), ==, "Tijdmalen");
  g_assert_cmpstr (lp_module_get_title (lp_trajectory_lookup_module (t, "m1")), ==, "Ons maal");
  g_assert_true (widget_draws (GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A conflict: the dialog lists it with ours chosen; Cancel writes nothing;
 * choosing theirs saves theirs. */
static void
test_merge_conflict (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-widgets-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *after = NULL;
  LpWindow *window = window_with_both (dir, &path, "Ons maal", "Tijdmaal 1: Vertrouwen", "Hun maal");
  AdwMessageDialog *dialog;
  AdwComboRow *row;

  theirs = read_file (path);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.merge", NULL));
  g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
  dialog = find_message_dialog ();
  row = ADW_COMBO_ROW (find_widget_by_type (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW));
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "Ons maal"));
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (wait_until (no_message_dialog_cb, NULL, WAIT_MS));
  after = read_file (path);
  g_assert_cmpstr (after, ==, theirs);
  g_assert_true (lp_window_is_modified (window));
  g_clear_pointer (&after, g_free);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.merge", NULL));
  g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
  dialog = find_message_dialog ();
  row = ADW_COMBO_ROW (find_widget_by_type (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW));
  adw_combo_row_set_selected (row, 1);
  adw_message_dialog_response (dialog, "merge");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (wait_until (saved_cb, window, WAIT_MS));
  after = read_file (path);
  g_assert_nonnull (strstr (after, "<title>Hun maal</title>"));
  g_assert_null (strstr (after, "Ons maal"));
  g_assert_true (widget_draws (GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
widened_toast_shown_cb (gpointer window)
{
  GtkWidget *label = find_label (window, "The trajectory now runs from 2026-10-02 to 2027-05-31, "
                                         "so that every merged module lies within it");
  return label != NULL && gtk_widget_get_mapped (label);
}

/* We moved the trajectory's first day past a module's new day in theirs:
 * their day chosen, the trajectory widens to hold it, a toast says so,
 * and the saved file has both. */
static void
test_merge_widens (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-widgets-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "shared.leerplaats", "tijdmalen");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *after = NULL;
  LpWindow *window = lp_window_new (NULL);
  LpTrajectory *t;
  AdwMessageDialog *dialog;
  GtkWidget *row;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (lp_window_load_file (window, file, NULL));
  t = lp_window_get_trajectory (window);
  lp_trajectory_set_span (t, lp_date_from_dmy (5, 10, 2026), lp_trajectory_get_span_end (t));
  their_save (path, "start=\"2026-10-06\" end=\"2026-10-06\"", "start=\"2026-10-02\" end=\"2026-10-02\"");
  g_assert_true (wait_until (disk_toast_cb, window, WAIT_MS));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.merge", NULL));
  g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
  dialog = find_message_dialog ();
  row = find_widget_by_type (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW);
  g_assert_nonnull (row);
  g_assert_null (gtk_widget_get_next_sibling (row));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
  adw_message_dialog_response (dialog, "merge");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (wait_until (saved_cb, window, WAIT_MS));
  g_assert_true (wait_until (widened_toast_shown_cb, window, WAIT_MS));

  after = read_file (path);
  g_assert_nonnull (strstr (after, "<period start=\"2026-10-02\" end=\"2027-05-31\"/>"));
  g_assert_nonnull (strstr (after, "start=\"2026-10-02\" end=\"2026-10-02\""));
  g_assert_true (widget_draws (GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Choices that together make no valid trajectory (their last day, our
 * first: the module would end before it starts): the merge is undone,
 * the error says so, and nothing is written. */
static void
test_merge_choices_clash (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-widgets-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "shared.leerplaats", "tijdmalen");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *theirs = NULL;
  g_autofree char *after = NULL;
  LpWindow *window = lp_window_new (NULL);
  LpTrajectory *t;
  LpModule *m1;
  AdwMessageDialog *dialog;
  GtkWidget *start_row, *end_row;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (lp_window_load_file (window, file, NULL));
  t = lp_window_get_trajectory (window);
  m1 = lp_trajectory_lookup_module (t, "m1");
  lp_trajectory_move_module (t, m1, NULL, lp_date_from_dmy (7, 10, 2026), lp_date_from_dmy (7, 10, 2026));
  their_save (path, "start=\"2026-10-06\" end=\"2026-10-06\"", "start=\"2026-10-05\" end=\"2026-10-05\"");
  g_assert_true (wait_until (disk_toast_cb, window, WAIT_MS));
  theirs = read_file (path);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.merge", NULL));
  g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
  dialog = find_message_dialog ();
  start_row = find_widget_by_type (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW);
  g_assert_nonnull (start_row);
  end_row = gtk_widget_get_next_sibling (start_row);
  g_assert_true (ADW_IS_COMBO_ROW (end_row));
  g_assert_null (gtk_widget_get_next_sibling (end_row));
  adw_combo_row_set_selected (ADW_COMBO_ROW (end_row), 1);
  adw_message_dialog_response (dialog, "merge");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Merge");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "ends before it starts"));
  after = read_file (path);
  g_assert_cmpstr (after, ==, theirs);
  g_assert_true (lp_window_is_modified (window));
  g_assert_cmpuint (lp_module_get_start (m1), ==, lp_date_from_dmy (7, 10, 2026));
  g_assert_cmpuint (lp_module_get_end (m1), ==, lp_date_from_dmy (7, 10, 2026));
  /* the refused merge cannot be redone (and then saved) */
  g_assert_false (lp_history_can_redo (lp_trajectory_get_history (t)));
  g_assert_cmpstr (lp_history_get_undo_label (lp_trajectory_get_history (t)), !=, "Merge");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (widget_draws (GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Save question offers Merge too: it saves both changes. */
static void
test_merge_from_save_question (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-widgets-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autofree char *after = NULL;
  LpWindow *window = window_with_both (dir, &path, "Ons maal", "<title>Tijdmalen</title>",
                                       "<title>Hun tijdmalen</title>");
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
  dialog = find_message_dialog ();
  g_assert_true (adw_message_dialog_has_response (dialog, "merge"));
  adw_message_dialog_response (dialog, "merge");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (wait_until (saved_cb, window, WAIT_MS));
  after = read_file (path);
  g_assert_nonnull (strstr (after, "<title>Ons maal</title>"));
  g_assert_nonnull (strstr (after, "<title>Hun tijdmalen</title>"));
  g_assert_true (widget_draws (GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
bar_visible_cb (gpointer window)
{
  GtkWidget *bar = find_widget_by_name (GTK_WIDGET (window), "lock-bar");

  return bar != NULL && gtk_widget_get_visible (bar);
}

typedef struct {
  LpWindow   *window;
  const char *lock;
} LockWait;

/* The window shows no notice and the lock file is this process's. */
static gboolean
lock_taken_over_cb (gpointer data)
{
  LockWait *w = data;
  g_autofree char *contents = NULL;
  g_autofree char *ours = g_strdup_printf (",pid:%ld;", (long) getpid ());

  return !bar_visible_cb (w->window) && g_file_get_contents (w->lock, &contents, NULL, NULL) &&
         g_str_has_suffix (contents, ours);
}

/* Another leerplaats on @argv's file, once its lock (@lock) is there. */
static GPid
spawn_other (const char **argv,
             const char  *lock)
{
  g_autoptr(GError) error = NULL;
  GPid pid;

  g_assert_nonnull (argv[0]);
  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  g_assert_true (wait_until (file_exists_cb, (gpointer) lock, WAIT_MS));
  return pid;
}

/* Our window on @file, once it shows the other's lock. */
static LpWindow *
window_beside_other (GFile *file)
{
  LpWindow *window = lp_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (lp_window_load_file (window, file, NULL));
  g_assert_true (wait_until (bar_visible_cb, window, WAIT_MS));
  return window;
}

/* The other ends by @signal; @window takes its lock over, draws, and
 * removes the lock when it closes. */
static void
assert_taken_over (GPid        pid,
                   int         signal,
                   LpWindow   *window,
                   const char *lock)
{
  LockWait taken = { window, lock };

  kill (pid, signal);
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);
  g_assert_true (wait_until (lock_taken_over_cb, &taken, WAIT_MS));
  g_assert_true (widget_draws (GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
}

/* Two processes: another leerplaats has the file open, so its lock is
 * there and our window says "Also open by … on HOST since …"; closing
 * ours leaves their lock.  A window open when that process is killed
 * (its lock left behind), or when it closes the file (SIGTERM, as at
 * logging out), takes the lock over without being reopened: the notice
 * goes, and closing removes the lock. */
static void
test_lock_two_processes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-widgets-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "shared.leerplaats", "tijdmalen");
  g_autofree char *lock = g_build_filename (dir, ".~lock.shared.leerplaats#", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *argv[] = { g_getenv ("LEERPLAATS"), path, NULL };
  g_autofree char *theirs = NULL, *after = NULL;
  LpWindow *window;
  GtkWidget *bar;
  GtkLabel *label;
  GPid pid;

  pid = spawn_other (argv, lock);
  g_assert_true (g_file_get_contents (lock, &theirs, NULL, NULL));
  window = window_beside_other (file);
  bar = find_widget_by_name (GTK_WIDGET (window), "lock-bar");
  label = GTK_LABEL (find_widget_by_type (bar, GTK_TYPE_LABEL));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (label), "Also open by "));
  g_assert_nonnull (strstr (gtk_label_get_text (label), g_get_host_name ()));
  g_assert_true (widget_draws (GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (g_file_get_contents (lock, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, theirs);

  assert_taken_over (pid, SIGKILL, window_beside_other (file), lock);

  pid = spawn_other (argv, lock);
  assert_taken_over (pid, SIGTERM, window_beside_other (file), lock);
}

/* The file was replaced by another trajectory (another uid; the module
 * ids happen to be the same): Merge refuses and says so, the file stays
 * theirs and our change stays unsaved. */
static void
test_merge_refuses_another_trajectory (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-widgets-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "shared.leerplaats", "tijdmalen");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *theirs = NULL, *after = NULL;
  LpWindow *window = lp_window_new (NULL);
  LpTrajectory *t;
  AdwMessageDialog *dialog;

  their_save (path, "version=\"1\"", "version=\"1\" uid=\"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa\"");
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (lp_window_load_file (window, file, NULL));
  t = lp_window_get_trajectory (window);
  lp_trajectory_set_string (t, lp_trajectory_lookup_module (t, "m1"), "title", "Ons maal");
  their_save (path, "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb");
  g_assert_true (wait_until (disk_toast_cb, window, WAIT_MS));
  theirs = read_file (path);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.merge", NULL));
  g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Merge");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "another trajectory"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (wait_until (no_message_dialog_cb, NULL, WAIT_MS));
  after = read_file (path);
  g_assert_cmpstr (after, ==, theirs);
  g_assert_true (lp_window_is_modified (window));
  g_assert_cmpstr (lp_module_get_title (lp_trajectory_lookup_module (t, "m1")), ==, "Ons maal");
  g_assert_true (widget_draws (GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  lp_reader_init ();

  g_test_add_func ("/widgets/merge/clean", test_merge_clean);
  g_test_add_func ("/widgets/merge/conflict", test_merge_conflict);
  g_test_add_func ("/widgets/merge/from-save-question", test_merge_from_save_question);
  g_test_add_func ("/widgets/merge/choices-clash", test_merge_choices_clash);
  g_test_add_func ("/widgets/merge/widens", test_merge_widens);
  g_test_add_func ("/widgets/merge/refuses-another-trajectory", test_merge_refuses_another_trajectory);
  g_test_add_func ("/widgets/lock/two-processes", test_lock_two_processes);
  return g_test_run ();
}
