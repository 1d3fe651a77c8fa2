/* test-export-target.c — where --export-pdf may write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A read-only PDF, a device, the input itself are refused (exit 1) and left
 * as they were; a symlink is written through; a failure to create the
 * temporary file names the folder.  Read-only cases run as an ordinary
 * user: as root, the command runs under setpriv as uid/gid 65534.
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "core/lp-sample.h"
#include "io/lp-writer.h"

#define NOBODY 65534

static char *tmpdir;

/* Runs leerplaats --export-pdf=@output @input, as uid 65534 when
 * @unprivileged and running as root; returns the exit status and the
 * standard error in @err. */
static int
export (const char  *input,
        const char  *output,
        gboolean     unprivileged,
        char       **err)
{
  g_autofree char *opt = g_strdup_printf ("--export-pdf=%s", output);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_environ_unsetenv (g_get_environ (), "DISPLAY");
  g_autoptr(GError) error = NULL;
  int status = -1;

  if (unprivileged && geteuid () == 0)
    {
      /* The other user may not be able to read the sanitizer's suppression
       * file (a clone in a private folder), and leaks of this child are not
       * this test's business: leak checking off for it, the rest kept. */
      g_autofree char *asan = g_strdup_printf ("%s:detect_leaks=0", g_environ_getenv (envp, "ASAN_OPTIONS") ?: "");
      envp = g_environ_setenv (envp, "ASAN_OPTIONS", asan, TRUE);
      envp = g_environ_unsetenv (envp, "LSAN_OPTIONS");
      g_ptr_array_add (argv, "setpriv");
      g_ptr_array_add (argv, "--reuid=65534");
      g_ptr_array_add (argv, "--regid=65534");
      g_ptr_array_add (argv, "--clear-groups");
    }
  g_ptr_array_add (argv, (char *) g_getenv ("LEERPLAATS"));
  g_ptr_array_add (argv, opt);
  g_ptr_array_add (argv, (char *) input);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               NULL, err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("exit %d: %s", WIFEXITED (status) ? WEXITSTATUS (status) : -1, *err);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* A folder of its own with a copy of a template, given to uid 65534 when
 * running as root, so that the unprivileged command can read it. */
static char *
make_case_dir (char **input)
{
  g_autofree char *template = g_strdup_printf ("%s/tijdmalen.leerplaats", g_getenv ("LEERPLAATS_TEMPLATES"));
  g_autofree char *dir = g_build_filename (tmpdir, "case-XXXXXX", NULL);
  g_autofree char *text = NULL;
  gsize length;

  g_assert_nonnull (g_mkdtemp (dir));
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  *input = g_build_filename (dir, "t.leerplaats", NULL);
  g_assert_true (g_file_get_contents (template, &text, &length, NULL));
  g_assert_true (g_file_set_contents (*input, text, (gssize) length, NULL));
  g_assert_cmpint (g_chmod (*input, 0644), ==, 0);
  if (geteuid () == 0)
    {
      g_assert_cmpint (chown (dir, NOBODY, NOBODY), ==, 0);
      g_assert_cmpint (chown (*input, NOBODY, NOBODY), ==, 0);
    }
  return g_steal_pointer (&dir);
}

static void
test_read_only_pdf (void)
{
  g_autofree char *input = NULL;
  g_autofree char *dir = make_case_dir (&input);
  g_autofree char *pdf = g_build_filename (dir, "t.pdf", NULL);
  g_autofree char *err = NULL, *after = NULL;

  g_assert_true (g_file_set_contents (pdf, "oud", -1, NULL));
  g_assert_cmpint (g_chmod (pdf, 0444), ==, 0);
  if (geteuid () == 0)
    g_assert_cmpint (chown (pdf, NOBODY, NOBODY), ==, 0);
  g_assert_cmpint (export (input, pdf, TRUE, &err), ==, 1);
  g_assert_nonnull (strstr (err, "read-only"));
  g_assert_true (g_file_get_contents (pdf, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "oud");
}

/* --export-pdf never replaces a device (as root, /dev/full) by a PDF.
 * The test never risks a device of the system: as root it makes its own
 * node like /dev/full (char 1,7) in its folder, otherwise a FIFO. */
static void
test_device_refused (void)
{
  g_autofree char *input = NULL;
  g_autofree char *dir = make_case_dir (&input);
  g_autofree char *device = g_build_filename (dir, "full", NULL);
  g_autofree char *err = NULL;
  GStatBuf st;

  if (geteuid () == 0)
    g_assert_cmpint (mknod (device, S_IFCHR | 0666, makedev (1, 7)), ==, 0);
  else
    g_assert_cmpint (mkfifo (device, 0666), ==, 0);
  g_assert_cmpint (export (input, device, FALSE, &err), ==, 1);
  g_assert_nonnull (strstr (err, "not a regular file"));
  g_assert_cmpint (g_lstat (device, &st), ==, 0);
  g_assert_true (geteuid () == 0 ? S_ISCHR (st.st_mode) : S_ISFIFO (st.st_mode));
}

/* The output is the input, by its name or through a symlink: refused, the
 * trajectory unchanged. */
static void
test_input_refused (void)
{
  g_autofree char *input = NULL;
  g_autofree char *dir = make_case_dir (&input);
  g_autofree char *link = g_build_filename (dir, "link.pdf", NULL);
  g_autofree char *before = NULL, *after = NULL, *err1 = NULL, *err2 = NULL;

  g_assert_true (g_file_get_contents (input, &before, NULL, NULL));
  g_assert_cmpint (symlink (input, link), ==, 0);
  g_assert_cmpint (export (input, input, FALSE, &err1), ==, 1);
  g_assert_nonnull (strstr (err1, "trajectory file itself"));
  g_assert_cmpint (export (input, link, FALSE, &err2), ==, 1);
  g_assert_nonnull (strstr (err2, "trajectory file itself"));
  g_assert_true (g_file_get_contents (input, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
}

/* The output is the earlier version given with --changes-since (also
 * through a symlink): refused, naming it; that file unchanged (it became
 * the PDF). */
static void
test_changes_since_refused (void)
{
  g_autofree char *input = NULL;
  g_autofree char *dir = make_case_dir (&input);
  g_autofree char *old = g_build_filename (dir, "oud.leerplaats", NULL);
  g_autofree char *link = g_build_filename (dir, "oud.pdf", NULL);
  g_autofree char *before = NULL;
  const char *outputs[] = { old, link };

  g_assert_true (g_file_get_contents (input, &before, NULL, NULL));
  g_assert_true (g_file_set_contents (old, before, -1, NULL));
  g_assert_cmpint (symlink (old, link), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_autofree char *out_opt = g_strdup_printf ("--export-pdf=%s", outputs[i]);
      g_autofree char *since_opt = g_strdup_printf ("--changes-since=%s", old);
      const char *argv[] = { g_getenv ("LEERPLAATS"), out_opt, since_opt, input, NULL };
      g_auto(GStrv) envp = g_environ_unsetenv (g_get_environ (), "DISPLAY");
      g_autofree char *err = NULL, *after = NULL;
      g_autoptr(GError) error = NULL;
      int status = -1;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                                   NULL, &err, &status, &error));
      g_assert_no_error (error);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 1);
      g_assert_nonnull (strstr (err, "--changes-since"));
      g_assert_true (g_file_get_contents (old, &after, NULL, NULL));
      g_assert_cmpstr (after, ==, before);
    }
}

/* A symlink as output stays a symlink; the PDF lands in its target. */
static void
test_symlink_written_through (void)
{
  g_autofree char *input = NULL;
  g_autofree char *dir = make_case_dir (&input);
  g_autofree char *target = g_build_filename (dir, "real.pdf", NULL);
  g_autofree char *link = g_build_filename (dir, "link.pdf", NULL);
  g_autofree char *err = NULL, *pdf = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (target, "oud", -1, NULL));
  g_assert_cmpint (symlink ("real.pdf", link), ==, 0);
  g_assert_cmpint (export (input, link, FALSE, &err), ==, 0);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (g_file_get_contents (target, &pdf, NULL, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
}

/* A new name in a folder that may not be written: the message says that
 * the temporary file could not be created there. */
static void
test_temporary_failure_named (void)
{
  g_autofree char *input = NULL;
  g_autofree char *dir = make_case_dir (&input);
  g_autofree char *pdf = g_build_filename (dir, "new.pdf", NULL);
  g_autofree char *err = NULL;

  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  g_assert_cmpint (export (input, pdf, TRUE, &err), ==, 1);
  g_assert_nonnull (strstr (err, "temporary file could not be created in the folder"));
  g_assert_nonnull (strstr (err, dir));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_chmod (dir, 0755);
}

/* More pages than the command line's limit: a clear message, no file. */
static void
test_page_limit (void)
{
  g_autofree char *input = NULL;
  g_autofree char *dir = make_case_dir (&input);
  g_autofree char *big = g_build_filename (dir, "big.leerplaats", NULL);
  g_autofree char *pdf = g_build_filename (dir, "big.pdf", NULL);
  g_autofree char *opt = g_strdup_printf ("--export-pdf=%s", pdf);
  g_autoptr(LpTrajectory) t = lp_sample_generate (4000, 8, 12, 3);
  g_autoptr(GFile) file = g_file_new_for_path (big);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_environ_unsetenv (g_get_environ (), "DISPLAY");
  const char *argv[] = { g_getenv ("LEERPLAATS"), opt, big, "--booklet", NULL };
  g_autofree char *err = NULL;
  int status = -1;

  g_assert_true (lp_writer_save_file (t, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, NULL, &err,
                               &status, &error));
  g_assert_no_error (error);
  g_test_message ("%s", err);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  g_assert_nonnull (strstr (err, "more than the limit of 500"));
  g_assert_nonnull (strstr (err, "leave out the booklet"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("lp-export-target-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (tmpdir, 0755), ==, 0);

  g_test_add_func ("/pdf/target/read-only-pdf", test_read_only_pdf);
  g_test_add_func ("/pdf/target/device-refused", test_device_refused);
  g_test_add_func ("/pdf/target/input-refused", test_input_refused);
  g_test_add_func ("/pdf/target/changes-since-refused", test_changes_since_refused);
  g_test_add_func ("/pdf/target/symlink-written-through", test_symlink_written_through);
  g_test_add_func ("/pdf/target/temporary-failure-named", test_temporary_failure_named);
  g_test_add_func ("/pdf/target/page-limit", test_page_limit);

  return g_test_run ();
}
