/* test-file-lock.c — the lock file beside an open file: ours, another
 * process's, a stale one, an unwritable folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "io/lp-file-lock.h"
#include "wait-util.h"

static GFile *
file_in (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "plan.leerplaats", NULL);

  g_assert_true (g_file_set_contents (path, "x", -1, NULL));
  return g_file_new_for_path (path);
}

/* Whether process pid (data) has ended and waits to be collected. */
static gboolean
is_zombie (gpointer data)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", GPOINTER_TO_INT (data));
  g_autofree char *stat = NULL;
  const char *end;

  if (!g_file_get_contents (path, &stat, NULL, NULL))
    return FALSE;
  end = strrchr (stat, ')');
  return end != NULL && g_str_has_prefix (end, ") Z");
}

/* Ours: written beside the file, not reported to ourselves, removed on release. */
static void
test_ours (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-lock-XXXXXX", NULL);
  g_autoptr(GFile) file = file_in (dir);
  g_autofree char *lock = lp_file_lock_path (file);
  g_autofree char *text = NULL;
  g_autofree char *expected = g_build_filename (dir, ".~lock.plan.leerplaats#", NULL);

  g_assert_cmpstr (lock, ==, expected);
  g_assert_true (lp_file_lock_take (file));
  g_assert_true (g_file_get_contents (lock, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, g_get_host_name ()));
  g_assert_true (g_str_has_suffix (text, ";"));
  g_assert_false (lp_file_lock_read (file, NULL, NULL, NULL));
  lp_file_lock_release (file);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  g_unlink (g_file_peek_path (file));
  g_rmdir (dir);
}

/* Another running process on this host holds the lock: reported with name,
 * host and time, and kept; once that process has ended (collected or not),
 * the lock is stale. */
static void
test_other_process (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-lock-XXXXXX", NULL);
  g_autoptr(GFile) file = file_in (dir);
  g_autofree char *lock = lp_file_lock_path (file);
  const char *argv[] = { "sleep", "600", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *name = NULL, *host = NULL, *after = NULL;
  g_autoptr(GDateTime) since = NULL;
  GPid pid;

  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL,
                                G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  text = g_strdup_printf ("Anne de Vries,anne,%s,02.12.2026 14:05,pid:%d;", g_get_host_name (), pid);
  g_assert_true (g_file_set_contents (lock, text, -1, NULL));

  g_assert_true (lp_file_lock_read (file, &name, &host, &since));
  g_assert_cmpstr (name, ==, "Anne de Vries");
  g_assert_cmpstr (host, ==, g_get_host_name ());
  g_assert_cmpint (g_date_time_get_hour (since), ==, 14);
  g_assert_cmpint (g_date_time_get_minute (since), ==, 5);
  g_assert_false (lp_file_lock_take (file));
  lp_file_lock_release (file);
  g_assert_true (g_file_get_contents (lock, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, text);

  /* ended but not yet collected (a zombie): it holds nothing */
  kill (pid, SIGKILL);
  g_assert_true (wait_until (is_zombie, GINT_TO_POINTER (pid), 10000));
  g_assert_false (lp_file_lock_read (file, NULL, NULL, NULL));
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);
  g_assert_false (lp_file_lock_read (file, NULL, NULL, NULL));
  g_assert_true (lp_file_lock_take (file));
  lp_file_lock_release (file);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  g_unlink (g_file_peek_path (file));
  g_rmdir (dir);
}

/* A lock from another host cannot be checked: it counts. */
static void
test_other_host (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-lock-XXXXXX", NULL);
  g_autoptr(GFile) file = file_in (dir);
  g_autofree char *lock = lp_file_lock_path (file);
  g_autofree char *host = NULL;

  g_assert_true (g_file_set_contents (lock, ",piet,elders.example,02.12.2026 09:30,pid:1;", -1, NULL));
  g_assert_true (lp_file_lock_read (file, NULL, &host, NULL));
  g_assert_cmpstr (host, ==, "elders.example");
  g_unlink (lock);
  g_unlink (g_file_peek_path (file));
  g_rmdir (dir);
}

/* A folder where no lock can be written: no lock, no error. */
static void
test_unwritable_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-lock-XXXXXX", NULL);
  g_autoptr(GFile) file = file_in (dir);
  g_autofree char *lock = lp_file_lock_path (file);

  if (geteuid () == 0)
    {
      g_test_skip ("root may write into any folder");
      return;
    }
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  g_assert_false (lp_file_lock_take (file));
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  lp_file_lock_release (file);
  g_chmod (dir, 0755);
  g_unlink (g_file_peek_path (file));
  g_rmdir (dir);
}

/* A folder that is gone (as a network drive can be): no lock, no error. */
static void
test_missing_folder (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent-lp-folder/plan.leerplaats");

  g_assert_false (lp_file_lock_take (file));
  g_assert_false (lp_file_lock_read (file, NULL, NULL, NULL));
  lp_file_lock_release (file);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/file-lock/ours", test_ours);
  g_test_add_func ("/file-lock/other-process", test_other_process);
  g_test_add_func ("/file-lock/other-host", test_other_host);
  g_test_add_func ("/file-lock/unwritable-folder", test_unwritable_folder);
  g_test_add_func ("/file-lock/missing-folder", test_missing_folder);
  return g_test_run ();
}
