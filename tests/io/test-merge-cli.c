/* test-merge-cli.c — `leerplaats --merge BASE OURS THEIRS` run as a process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "io/lp-reader.h"
#include "../cli-run-util.h"

static char *tmpdir;

static int
run (const char * const *args,
     char              **err)
{
  g_autofree char *out = NULL;

  return cli_run (NULL, args, &out, err);
}

/* Writes the base file with @from replaced by @to (NULL: unchanged) as @name. */
static char *
variant (const char *name,
         const char *from,
         const char *to)
{
  g_autofree char *base_path = g_test_build_filename (G_TEST_DIST, "files", "merge-base.leerplaats", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) s = NULL;
  char *path = g_build_filename (tmpdir, name, NULL);

  g_assert_true (g_file_get_contents (base_path, &text, NULL, &error));
  s = g_string_new (text);
  if (from != NULL)
    g_assert_cmpuint (g_string_replace (s, from, to, 1), ==, 1);
  g_assert_true (g_file_set_contents (path, s->str, -1, &error));
  return path;
}

static LpTrajectory *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LpTrajectory *t = lp_reader_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return t;
}

static void
test_clean (void)
{
  g_autofree char *base = variant ("base.leerplaats", NULL, NULL);
  g_autofree char *ours = variant ("ours.leerplaats", "<title>Een</title>", "<title>Eén</title>");
  g_autofree char *theirs = variant ("theirs.leerplaats", ">Reces<", ">Zomerreces<");
  const char *args[] = { "--merge", base, ours, theirs, NULL };
  g_autofree char *err = NULL;
  g_autoptr(LpTrajectory) t = NULL;

  g_assert_cmpint (run (args, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  t = load (ours);
  g_assert_cmpstr (lp_module_get_title (lp_trajectory_lookup_module (t, "m1")), ==, "Eén");
  g_assert_cmpstr (lp_period_get_label (lp_trajectory_lookup_period (t, "r1")), ==, "Zomerreces");
}

static void
test_conflict (void)
{
  g_autofree char *base = variant ("base.leerplaats", NULL, NULL);
  g_autofree char *ours = variant ("ours.leerplaats", "<title>Twee</title>", "<title>Twee ons</title>");
  g_autofree char *theirs = variant ("theirs.leerplaats", "<title>Twee</title>", "<title>Twee hun</title>");
  const char *args[] = { "--merge", base, ours, theirs, NULL };
  g_autofree char *err = NULL;
  g_autoptr(LpTrajectory) t = NULL;
  LpModule *m2;
  GPtrArray *comments;
  const LpComment *last;

  g_assert_cmpint (run (args, &err), ==, 1);
  g_assert_nonnull (strstr (err, "Twee ons"));
  g_assert_nonnull (strstr (err, "Twee hun"));
  t = load (ours);
  m2 = lp_trajectory_lookup_module (t, "m2");
  g_assert_cmpstr (lp_module_get_title (m2), ==, "Twee ons");
  comments = lp_module_get_comments (m2);
  g_assert_cmpuint (comments->len, ==, 2);
  last = g_ptr_array_index (comments, 1);
  g_assert_cmpstr (last->author, ==, "merge");
  g_assert_nonnull (strstr (last->text, "“title”"));
  g_assert_nonnull (strstr (last->text, "Twee hun"));
}

static void
assert_refused (const char * const *args,
                const char         *ours)
{
  g_autofree char *before = NULL, *after = NULL, *err = NULL;

  g_assert_true (g_file_get_contents (ours, &before, NULL, NULL));
  g_assert_cmpint (run (args, &err), ==, 2);
  g_assert_cmpstr (err, !=, "");
  g_assert_true (g_file_get_contents (ours, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
}

static void
test_refused (void)
{
  g_autofree char *base = variant ("base.leerplaats", NULL, NULL);
  g_autofree char *ours = variant ("ours.leerplaats", "<title>Een</title>", "<title>Eén</title>");
  g_autofree char *theirs = variant ("theirs.leerplaats", "</trajectory>", "<oops/></trajectory>");
  const char *bad[] = { "--merge", base, ours, theirs, NULL };
  const char *two[] = { "--merge", base, ours, NULL };
  g_autofree char *missing = g_build_filename (tmpdir, "missing.leerplaats", NULL);
  const char *gone[] = { "--merge", missing, ours, base, NULL };

  assert_refused (bad, ours);
  assert_refused (two, ours);
  assert_refused (gone, ours);
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  lp_reader_init ();
  tmpdir = g_dir_make_tmp ("test-merge-cli-XXXXXX", NULL);
  g_test_add_func ("/merge-cli/clean", test_clean);
  g_test_add_func ("/merge-cli/conflict", test_conflict);
  g_test_add_func ("/merge-cli/refused", test_refused);
  status = g_test_run ();
  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;
    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *p = g_build_filename (tmpdir, name, NULL);
        g_unlink (p);
      }
    g_rmdir (tmpdir);
    g_free (tmpdir);
  }
  return status;
}
