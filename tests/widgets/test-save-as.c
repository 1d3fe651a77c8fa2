/* test-save-as.c — saving where the file cannot be written, and Save As
 * onto names that need an extension or that someone else has open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>
#include <unistd.h>

#include "io/lp-reader.h"
#include "document-fixture.h"
#include <adwaita.h>

#define WAIT_MS 10000
#define NOBODY 65534

/* Save on a file this user may not write (0444; as root, the save runs as
 * an unprivileged user, since root may write anything): a dialog says it is
 * read-only and offers Save As; the file keeps its bytes. */
static void
test_read_only_not_replaced (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-doc-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "readonly.leerplaats", "tijdmalen");
  g_autofree char *before = read_file (path);
  g_autofree char *after = NULL;
  LpWindow *window = open_window (NULL, path);
  AdwMessageDialog *dialog;
  gboolean as_root = getuid () == 0;

  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  edit (window);
  if (as_root && setresuid (NOBODY, NOBODY, 0) != 0)
    {
      g_test_skip ("running as root and cannot become an unprivileged user to check writability");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  if (as_root)
    g_assert_cmpint (setresuid (0, 0, 0), ==, 0);

  g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
  dialog = find_message_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Read-Only"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  after = read_file (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (lp_window_is_modified (window));

  answer_dialog (dialog, "save-as");
  g_assert_nonnull (_lp_window_get_chooser (window));
  gtk_native_dialog_hide (GTK_NATIVE_DIALOG (_lp_window_get_chooser (window)));
  assert_draws (GTK_WIDGET (window));
  discard_and_destroy (window);
}

/* Save As (Ctrl+Shift+S) with @name typed in @dir, and the Save button. */
static void
save_as_typed (LpWindow   *window,
               const char *dir,
               const char *name)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  GtkFileChooser *chooser;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL));
  chooser = g_object_ref (_lp_window_get_chooser (window));   /* the answer drops the window's */
  chooser_set_folder_and_name (chooser, folder, name, WAIT_MS);
  chooser_accept (chooser);
  g_object_unref (chooser);
}

/* Save As to a name typed without an extension saves NAME.leerplaats (the
 * Open dialog's filter would hide a plain NAME); when NAME.leerplaats
 * exists, a dialog asks first: Cancel keeps it, Replace writes ours. */
static void
test_save_as_adds_extension (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-doc-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "bron.leerplaats", "tijdmalen");
  g_autofree char *plain = g_build_filename (dir, "plan", NULL);
  g_autofree char *with = g_build_filename (dir, "plan.leerplaats", NULL);
  g_autofree char *other = g_build_filename (dir, "ander", NULL);
  g_autofree char *other_with = g_build_filename (dir, "ander.leerplaats", NULL);
  g_autofree char *after = NULL;
  LpWindow *window = open_window (NULL, path);
  AdwMessageDialog *dialog;

  save_as_typed (window, dir, "plan");
  g_assert_true (wait_until (file_exists_cb, with, WAIT_MS));
  g_assert_true (wait_until (not_saving_cb, window, WAIT_MS));
  g_assert_false (g_file_test (plain, G_FILE_TEST_EXISTS));
  g_assert_nonnull (lp_window_get_file (window));
  g_assert_cmpstr (g_file_peek_path (lp_window_get_file (window)), ==, with);

  g_assert_true (g_file_set_contents (other_with, "ander werk", -1, NULL));
  save_as_typed (window, dir, "ander");
  g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Replace “ander.leerplaats”?");
  answer_dialog (dialog, "cancel");
  after = read_file (other_with);
  g_assert_cmpstr (after, ==, "ander werk");
  g_clear_pointer (&after, g_free);

  save_as_typed (window, dir, "ander");
  g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
  answer_dialog (find_message_dialog (), "replace");
  g_assert_true (wait_until (not_saving_cb, window, WAIT_MS));
  after = read_file (other_with);
  g_assert_nonnull (strstr (after, "<trajectory"));
  g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
  assert_draws (GTK_WIDGET (window));
  discard_and_destroy (window);
}

/* Save As onto a file someone else has open (their lock beside it, from
 * another computer) asks first, naming them: Cancel keeps their file and
 * ours stays where it was; Save Anyway writes ours and leaves their lock. */
static void
test_save_as_open_elsewhere (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-doc-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "bron.leerplaats", "tijdmalen");
  g_autofree char *other = g_build_filename (dir, "ander.leerplaats", NULL);
  g_autofree char *lock = g_build_filename (dir, ".~lock.ander.leerplaats#", NULL);
  const char *theirs = "Anna de Vries,anna,elders.example,01.12.2026 10:00,pid:4242;";
  g_autofree char *after = NULL;
  LpWindow *window = open_window (NULL, path);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (other, "ander werk", -1, NULL));
  g_assert_true (g_file_set_contents (lock, theirs, -1, NULL));
  save_as_typed (window, dir, "ander.leerplaats");
  g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "“ander.leerplaats” Is Open Elsewhere");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Anna de Vries"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "elders.example"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  answer_dialog (dialog, "cancel");
  after = read_file (other);
  g_assert_cmpstr (after, ==, "ander werk");
  g_assert_cmpstr (g_file_peek_path (lp_window_get_file (window)), ==, path);
  g_clear_pointer (&after, g_free);

  save_as_typed (window, dir, "ander.leerplaats");
  g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
  answer_dialog (find_message_dialog (), "save");
  g_assert_true (wait_until (not_saving_cb, window, WAIT_MS));
  after = read_file (other);
  g_assert_nonnull (strstr (after, "<trajectory"));
  g_assert_cmpstr (g_file_peek_path (lp_window_get_file (window)), ==, other);
  g_clear_pointer (&after, g_free);
  after = read_file (lock);
  g_assert_cmpstr (after, ==, theirs);
  assert_draws (GTK_WIDGET (window));
  discard_and_destroy (window);
}

/* A save that fails (here the file's folder was removed while it was open)
 * says why and offers Save As, which opens the chooser; the window keeps
 * its unsaved work. */
static void
test_failed_save_offers_save_as (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-doc-XXXXXX", NULL);
  g_autofree char *sub = g_build_filename (dir, "weg", NULL);
  g_autofree char *path = NULL;
  LpWindow *window;
  AdwMessageDialog *dialog;

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  path = copy_template (sub, "plan.leerplaats", "tijdmalen");
  window = open_window (NULL, path);
  edit (window);
  {
    /* the file and its lock */
    g_autoptr(GDir) listing = g_dir_open (sub, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *p = g_build_filename (sub, name, NULL);

        g_assert_cmpint (g_unlink (p), ==, 0);
      }
  }
  g_assert_cmpint (g_rmdir (sub), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save");
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  g_assert_true (lp_window_is_modified (window));
  answer_dialog (dialog, "save-as");
  g_assert_nonnull (_lp_window_get_chooser (window));
  gtk_native_dialog_hide (GTK_NATIVE_DIALOG (_lp_window_get_chooser (window)));
  g_assert_true (lp_window_is_modified (window));
  assert_draws (GTK_WIDGET (window));
  discard_and_destroy (window);
}

int
main (int argc, char *argv[])
{
  char *home = widget_test_init_in_home (&argc, &argv);

  lp_reader_init ();

  g_test_add_func ("/widgets/save-as/read-only-not-replaced", test_read_only_not_replaced);
  g_test_add_func ("/widgets/save-as/failed-save-offers-save-as", test_failed_save_offers_save_as);
  g_test_add_func ("/widgets/save-as/adds-extension", test_save_as_adds_extension);
  g_test_add_func ("/widgets/save-as/open-elsewhere", test_save_as_open_elsewhere);

  return widget_test_run_in_home (home);
}
