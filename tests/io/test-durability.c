/* test-durability.c — kill -9 at random moments during saves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * save-loop saves a 5,000-module trajectory again and again; this test
 * kills it with SIGKILL after a random delay, LP_DURABILITY_KILLS times
 * (15 by default; tests/bench/durability.sh runs 100).  After each kill:
 * NAME loads and is valid (the old or a new version), NAME~ is present and
 * valid, and after that open no temporary file is left beside them.
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/lp-sample.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"

static guint
count_others (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (listing)) != NULL)
    if (strcmp (name, "t.leerplaats") != 0 && strcmp (name, "t.leerplaats~") != 0)
      n++;
  return n;
}

static LpTrajectory *
load_valid (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LpTrajectory *t = lp_reader_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (t);
  return t;
}

static void
test_kill_during_saves (void)
{
  const char *env = g_getenv ("LP_DURABILITY_KILLS");
  guint kills = env != NULL ? (guint) atoi (env) : 15;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lp-durability-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "t.leerplaats", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(LpTrajectory) t = lp_sample_generate (5000, 6, 12, 2);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *argv[] = { g_getenv ("LP_SAVE_LOOP"), path, NULL };
  guint with_temporaries = 0, last_version = 0;

  g_assert_no_error (error);
  g_assert_nonnull (argv[0]);
  /* two saves: from here on NAME~ must always be there */
  g_assert_true (lp_writer_save_file (t, file, NULL, NULL, NULL, &error));
  g_assert_true (lp_writer_save_file (t, file, NULL, NULL, NULL, &error));

  for (guint i = 0; i < kills; i++)
    {
      g_autoptr(LpTrajectory) now = NULL, before = NULL;
      GPid pid;
      int status;
      guint left;
      const char *title;

      char ready[8] = "";
      int out = -1;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL,
                                               NULL, &pid, NULL, &out, NULL, &error));
      g_assert_no_error (error);
      /* once it has loaded, at a random moment among its saves */
      g_assert_cmpint (read (out, ready, sizeof ready - 1), >, 0);
      close (out);
      g_usleep ((gulong) g_random_int_range (0, 300000));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);

      left = count_others (dir);
      if (left > 0)
        with_temporaries++;
      now = load_valid (path);
      g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
      before = load_valid (backup);
      g_assert_cmpuint (count_others (dir), ==, 0);
      title = lp_trajectory_get_title (now);
      if (g_str_has_prefix (title, "v "))
        last_version = (guint) atoi (title + 2);
      g_test_message ("kill %u: title “%s”, backup “%s”, %u temporaries left, none after the open",
                      i + 1, title, lp_trajectory_get_title (before), left);
    }
  g_test_message ("%u kills: every file valid, NAME~ always present; %u kills left temporaries, "
                  "all removed on the next open; last version saved %u",
                  kills, with_temporaries, last_version);
  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lp_reader_init ();
  g_test_add_func ("/io/durability/kill-during-saves", test_kill_during_saves);
  return g_test_run ();
}
