/* test-validate.c — `leerplaats --validate` run as a process, no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "../cli-run-util.h"

static void
run_in (const char         *language,
        const char * const *args,
        int                 expected_status,
        char              **out,
        char              **err)
{
  g_assert_cmpint (cli_run (language, args, out, err), ==, expected_status);
}

static void
run (const char * const *args,
     int                 expected_status,
     char              **out,
     char              **err)
{
  run_in (NULL, args, expected_status, out, err);
}

#define fixture cli_fixture

static void
test_good (void)
{
  g_autofree char *path = fixture ("full.leerplaats");
  const char *args[] = { "--validate", path, NULL };
  g_autofree char *out = NULL, *err = NULL, *expected = NULL;

  run (args, 0, &out, &err);
  expected = g_strdup_printf ("%s: valid (4 modules)\n", path);
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpstr (err, ==, "");
}

static void
test_bad_and_good (void)
{
  g_autofree char *good = fixture ("full.leerplaats");
  g_autofree char *dir = g_dir_make_tmp ("lp-validate-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.leerplaats", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.leerplaats", NULL);
  const char *args[] = { "--validate", bad, good, missing, NULL };
  g_autofree char *out = NULL, *err = NULL, *prefix = NULL;

  g_assert_true (g_file_set_contents (bad,
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<trajectory xmlns=\"urn:leerplaats:trajectory:1\" version=\"1\">\n"
    "  <title>Kapot</title>\n"
    "  <period start=\"2026-09-01\" end=\"2026-12-31\"/>\n"
    "  <tracks><track id=\"a\" group=\"joint\">A</track></tracks>\n"
    "  <modules>\n"
    "    <module id=\"m1\" kind=\"intervision\" track=\"b\" start=\"2026-10-01\" end=\"2026-10-01\"/>\n"
    "  </modules>\n"
    "</trajectory>\n", -1, NULL));

  run (args, 1, &out, &err);
  prefix = g_strdup_printf ("%s:7: ", bad);
  g_assert_true (g_str_has_prefix (err, prefix));
  g_assert_nonnull (strstr (err, "“b”"));
  g_assert_nonnull (strstr (err, missing));
  g_assert_nonnull (strstr (out, "valid (4 modules)"));
}

/* A file name with a line break and an escape character is named with
 * them escaped: each message is one line, starting "NAME:LINE: ", and the
 * good file's report is one line too. */
static void
test_control_characters_in_name (void)
{
  g_autofree char *good = fixture ("full.leerplaats");
  g_autofree char *dir = g_dir_make_tmp ("lp-validate-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "raad\n\x1b[2Jplan.leerplaats", NULL);
  g_autofree char *copy = g_build_filename (dir, "goed\nplan.leerplaats", NULL);
  g_autofree char *contents = NULL;
  const char *args[] = { "--validate", bad, copy, NULL };
  g_autofree char *out = NULL, *err = NULL, *expected_err = NULL, *expected_out = NULL;

  g_assert_true (g_file_get_contents (good, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (copy, contents, -1, NULL));
  g_assert_true (g_file_set_contents (bad, "<?xml version=\"1.0\"?>\n<trajectory", -1, NULL));

  run (args, 1, &out, &err);
  expected_err = g_strdup_printf ("%s/raad\\n\\x1b[2Jplan.leerplaats:2: ", dir);
  g_assert_true (g_str_has_prefix (err, expected_err));
  g_assert_cmpint (strchr (err, '\n') - err, ==, strlen (err) - 1);   /* one line */
  g_assert_null (strchr (err, '\x1b'));
  expected_out = g_strdup_printf ("%s/goed\\nplan.leerplaats: valid (4 modules)\n", dir);
  g_assert_cmpstr (out, ==, expected_out);
  g_unlink (bad);
  g_unlink (copy);
  g_rmdir (dir);
}

/* A device is refused before a byte is read (reading /dev/zero would
 * never end). */
static void
test_device (void)
{
  const char *args[] = { "--validate", "/dev/zero", NULL };
  g_autofree char *out = NULL, *err = NULL;

  run (args, 1, &out, &err);
  g_assert_true (g_str_has_prefix (err, "/dev/zero: this is not a regular file"));
  g_assert_cmpstr (out, ==, "");
}

static void
test_usage (void)
{
  const char *none[] = { "--validate", NULL };
  const char *unknown[] = { "--no-such-option", NULL };
  const char *version[] = { "--version", NULL };
  g_autofree char *out = NULL, *err = NULL;

  run (none, 2, &out, &err);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  run (unknown, 2, &out, &err);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  run (version, 0, &out, &err);
  g_assert_true (g_str_has_prefix (out, "leerplaats "));
}

/* The messages follow the user's language (LANGUAGE=nl, from the build
 * tree's catalogue). */
static void
test_dutch (void)
{
  g_autofree char *path = fixture ("full.leerplaats");
  g_autofree char *dir = g_dir_make_tmp ("lp-validate-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "leeg.leerplaats", NULL);
  const char *args[] = { "--validate", path, bad, NULL };
  g_autofree char *out = NULL, *err = NULL;

  g_assert_true (g_file_set_contents (bad, "", 0, NULL));
  run_in ("nl", args, 1, &out, &err);
  g_assert_nonnull (strstr (out, "geldig (4 modules)"));
  g_assert_nonnull (strstr (err, "het bestand is leeg"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/validate/good", test_good);
  g_test_add_func ("/io/validate/bad-and-good", test_bad_and_good);
  g_test_add_func ("/io/validate/usage", test_usage);
  g_test_add_func ("/io/validate/device", test_device);
  g_test_add_func ("/io/validate/control-characters-in-name", test_control_characters_in_name);
  g_test_add_func ("/io/validate/dutch", test_dutch);

  return g_test_run ();
}
