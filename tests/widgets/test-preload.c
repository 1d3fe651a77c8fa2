/* test-preload.c — files named on the command line, read in a worker while
 * the interface starts: the window gets what the reader gives, and a change
 * to the file made meanwhile is caught by the content stamp
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "io/lp-file-error.h"
#include "io/lp-reader.h"
#include "ui/lp-document.h"
#include "ui/lp-preload.h"
#include "widget-test-util.h"

#define WAIT_MS 10000

/* What was read ahead is what the reader gives for the same file: the
 * trajectory, its stamp, or the same error; each file is taken once. */
static void
test_take_gives_what_reader_gives (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-preload-XXXXXX", NULL);
  g_autofree char *good = copy_template (dir, "goed.leerplaats", "tijdmalen");
  g_autofree char *bad = g_build_filename (dir, "slecht.leerplaats", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GFile) other_file = g_file_new_for_path ("/nonexistent/ander.leerplaats");
  GFile *files[2] = { good_file, bad_file };
  g_autoptr(LpTrajectory) direct = NULL;
  g_autoptr(LpTrajectory) taken = NULL;
  g_autoptr(LpTrajectory) none = NULL;
  g_autoptr(LpFileStamp) expected = NULL;
  g_autoptr(LpFileStamp) stamp = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) direct_error = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (bad, "<trajectory>", -1, NULL));
  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  expected = lp_file_stamp_new (contents, length);
  direct = lp_reader_load_file (good_file, NULL, NULL, NULL);
  g_assert_nonnull (direct);

  lp_preload_start (files, G_N_ELEMENTS (files));
  g_assert_false (lp_preload_take (other_file, &none, NULL, NULL, &error));
  g_assert_null (none);
  g_assert_no_error (error);

  g_assert_true (lp_preload_take (good_file, &taken, &stamp, &bytes, &error));
  g_assert_no_error (error);
  g_assert_nonnull (taken);
  g_assert_cmpstr (lp_trajectory_get_title (taken), ==, lp_trajectory_get_title (direct));
  g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_modules (taken)), ==, g_list_model_get_n_items (lp_trajectory_get_modules (direct)));
  g_assert_true (lp_file_stamp_equal (stamp, expected));
  /* the bytes read, as they are on disk */
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), contents, length);
  g_assert_false (lp_preload_take (good_file, &none, NULL, NULL, &error));

  g_assert_null (lp_reader_load_file (bad_file, NULL, NULL, &direct_error));
  g_assert_true (lp_preload_take (bad_file, &none, NULL, NULL, &error));
  g_assert_null (none);
  g_assert_error (error, direct_error->domain, direct_error->code);
  g_assert_cmpstr (error->message, ==, direct_error->message);
  lp_preload_discard ();

  g_assert_cmpint (g_remove (good), ==, 0);
  g_assert_cmpint (g_remove (bad), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

typedef struct {
  gboolean  done;
  GError   *error;
} Saved;

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  Saved *saved = data;

  lp_document_save_finish (LP_DOCUMENT (source), result, &saved->error);
  saved->done = TRUE;
}

static gboolean
saved_done (gpointer data)
{
  return ((Saved *) data)->done;
}

/* The document loads what was read ahead, even when someone wrote other
 * bytes after that; a checked save then refuses, as for any change after
 * loading. */
static void
test_document_takes_preload (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-preload-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "t.leerplaats", "tijdmalen");
  g_autofree char *later = copy_template (dir, "u.leerplaats", "verdiepingsdag");
  g_autofree char *ours = read_file (path);
  g_autofree char *theirs = g_strdup (ours);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) later_file = g_file_new_for_path (later);
  GFile *files[2] = { file, later_file };
  g_autoptr(LpDocument) document = lp_document_new ();
  g_autoptr(LpTrajectory) later_trajectory = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  char *title = strstr (theirs, "Tijdmalen");
  Saved saved = { FALSE, NULL };

  g_assert_nonnull (title);
  memcpy (title, "TIJDMALEN", 9);
  lp_preload_start (files, G_N_ELEMENTS (files));
  /* the worker reads in order: once the later file is there, so is the first */
  g_assert_true (lp_preload_take (later_file, &later_trajectory, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));

  g_assert_true (lp_document_load (document, file, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lp_trajectory_get_title (lp_document_get_trajectory (document)), ==, "Tijdmalen");
  lp_preload_discard ();

  /* taken once: a second document reads the file itself */
  {
    g_autoptr(LpDocument) second = lp_document_new ();

    g_assert_true (lp_document_load (second, file, &error));
    g_assert_cmpstr (lp_trajectory_get_title (lp_document_get_trajectory (second)), ==, "TIJDMALEN");
  }

  lp_document_save_async (document, file, TRUE, on_saved_cb, &saved);
  g_assert_true (wait_until (saved_done, &saved, WAIT_MS));
  g_assert_error (saved.error, LP_FILE_ERROR, LP_FILE_ERROR_CHANGED);
  g_clear_error (&saved.error);
  after = read_file (path);
  g_assert_cmpstr (after, ==, theirs);

  g_remove (backup);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_remove (later), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static gboolean
is_read (gpointer file)
{
  return lp_preload_is_read (file);
}

/* Whether a file has been read ahead: only for a file that was started,
 * once the worker has it (well or not), and until it is taken. */
static void
test_is_read (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-preload-XXXXXX", NULL);
  g_autofree char *good = copy_template (dir, "goed.leerplaats", "tijdmalen");
  g_autofree char *bad = g_build_filename (dir, "ontbreekt.leerplaats", NULL);
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GFile) other_file = g_file_new_for_path ("/nonexistent/ander.leerplaats");
  GFile *files[2] = { good_file, bad_file };
  g_autoptr(LpTrajectory) taken = NULL;
  g_autoptr(LpTrajectory) none = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (lp_preload_is_read (good_file));   /* nothing started */
  lp_preload_start (files, G_N_ELEMENTS (files));
  g_assert_true (wait_until (is_read, good_file, WAIT_MS));
  g_assert_true (wait_until (is_read, bad_file, WAIT_MS));   /* a file that is not there is read too */
  g_assert_false (lp_preload_is_read (other_file));

  g_assert_true (lp_preload_take (good_file, &taken, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (taken);
  g_assert_false (lp_preload_is_read (good_file));   /* taken */
  g_assert_true (lp_preload_is_read (bad_file));
  g_assert_true (lp_preload_take (bad_file, &none, NULL, NULL, &error));
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  lp_preload_discard ();
  g_assert_false (lp_preload_is_read (bad_file));

  g_assert_cmpint (g_remove (good), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int argc, char *argv[])
{
  char *home = widget_test_init_in_home (&argc, &argv);

  lp_reader_init ();
  g_test_add_func ("/widgets/preload/take-gives-what-reader-gives", test_take_gives_what_reader_gives);
  g_test_add_func ("/widgets/preload/document-takes-preload", test_document_takes_preload);
  g_test_add_func ("/widgets/preload/is-read", test_is_read);
  return widget_test_run_in_home (home);
}
