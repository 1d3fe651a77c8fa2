/* test-file-names.c — suggested file names and where choosers start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "io/lp-file-names.h"

static void
check_name (const char *title, const char *expected)
{
  g_autofree char *name = lp_file_name_from_title (title, "Trajectory", ".pdf");

  g_assert_cmpstr (name, ==, expected);
}

static void
test_refused_characters (void)
{
  check_name ("Raadsleden 2027", "Raadsleden 2027.pdf");
  check_name ("Raad: plan", "Raad - plan.pdf");
  check_name ("Start 10:30", "Start 10-30.pdf");
  check_name ("A | B", "A - B.pdf");
  check_name ("2027/2028", "2027-2028.pdf");
  check_name ("map\\naam", "map-naam.pdf");
  check_name ("Wat nu?", "Wat nu.pdf");
  check_name ("\"Tijdmalen\" <concept> *nieuw*", "Tijdmalen concept nieuw.pdf");
  check_name ("regel\neen\tkolom", "regel een kolom.pdf");
  check_name ("bel\a", "bel.pdf");
  check_name ("Café ‘raad’ — één", "Café ‘raad’ — één.pdf");
}

static void
test_trim (void)
{
  check_name ("  Raad  ", "Raad.pdf");
  check_name ("Raad...", "Raad.pdf");
  check_name ("Raad. . ", "Raad.pdf");
  check_name ("Raad?.", "Raad.pdf");
  check_name ("  a   b  ", "a b.pdf");
}

static void
test_fallback (void)
{
  g_autofree char *no_ext = lp_file_name_from_title ("Raad", "Trajectory", NULL);

  check_name (NULL, "Trajectory.pdf");
  check_name ("", "Trajectory.pdf");
  check_name ("???", "Trajectory.pdf");
  check_name (" . ", "Trajectory.pdf");
  check_name ("/", "Trajectory.pdf");
  check_name ("\xff\xfe", "Trajectory.pdf");
  g_assert_cmpstr (no_ext, ==, "Raad");
}

static void
test_reserved (void)
{
  check_name ("CON", "CON-.pdf");
  check_name ("nul", "nul-.pdf");
  check_name ("Com1", "Com1-.pdf");
  check_name ("LPT9", "LPT9-.pdf");
  check_name ("Console", "Console.pdf");
  check_name ("COM10", "COM10.pdf");
}

static void
test_length (void)
{
  g_autoptr(GString) title = g_string_new (NULL);
  g_autofree char *name = NULL;

  for (int i = 0; i < 150; i++)
    g_string_append (title, "é");   /* two bytes each */
  name = lp_file_name_from_title (title->str, "Trajectory", ".pdf");
  g_assert_true (g_utf8_validate (name, -1, NULL));
  g_assert_cmpuint (strlen (name), ==, 200 + strlen (".pdf"));
}

static void
test_start_folder (void)
{
  g_autoptr(GFile) document = g_file_new_for_path ("/srv/gedeeld/plannen/raad.leerplaats");
  g_autoptr(GFile) expected = g_file_new_for_path ("/srv/gedeeld/plannen");
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(GFile) cwd_file = g_file_new_for_path (cwd);
  g_autofree char *tmp = g_dir_make_tmp ("lp-names-XXXXXX", NULL);
  g_autofree char *home = g_build_filename (tmp, "thuis", NULL);
  g_autofree char *docs = g_build_filename (home, "Documenten", NULL);
  g_autoptr(GFile) docs_file = g_file_new_for_path (docs);
  g_autoptr(GFile) home_file = g_file_new_for_path (home);
  g_autoptr(GFile) folder = NULL;

  /* beside the open file, even when there is a Documents folder */
  g_assert_cmpint (g_mkdir_with_parents (home, 0700), ==, 0);
  folder = lp_file_names_start_folder_in (document, home, home);
  g_assert_true (g_file_equal (folder, expected));
  g_clear_object (&folder);

  /* no Documents folder configured, or configured but not there: home */
  folder = lp_file_names_start_folder_in (NULL, NULL, home);
  g_assert_true (g_file_equal (folder, home_file));
  g_clear_object (&folder);
  folder = lp_file_names_start_folder_in (NULL, docs, home);
  g_assert_true (g_file_equal (folder, home_file));
  g_clear_object (&folder);

  /* a Documents folder that exists */
  g_assert_cmpint (g_mkdir_with_parents (docs, 0700), ==, 0);
  folder = lp_file_names_start_folder_in (NULL, docs, home);
  g_assert_true (g_file_equal (folder, docs_file));
  g_clear_object (&folder);

  /* the real one: never the current directory (it is not home in tests) */
  g_clear_object (&folder);
  folder = lp_file_names_start_folder (NULL);
  g_assert_false (g_file_equal (folder, cwd_file));

  g_rmdir (docs);
  g_rmdir (home);
  g_rmdir (tmp);
}

static void
check_with_extension (const char *typed,
                      const char *expected)
{
  g_autoptr(GFile) file = g_file_new_for_path (typed);
  g_autoptr(GFile) with = lp_file_names_with_extension (file, ".leerplaats");
  g_autofree char *path = g_file_get_path (with);

  g_assert_cmpstr (path, ==, expected);
}

/* A name typed without an extension gets ".leerplaats"; one with any
 * extension is kept as typed. */
static void
test_with_extension (void)
{
  check_with_extension ("/tmp/plan", "/tmp/plan.leerplaats");
  check_with_extension ("/tmp/Plan 2027", "/tmp/Plan 2027.leerplaats");
  check_with_extension ("/tmp/.verborgen", "/tmp/.verborgen.leerplaats");
  check_with_extension ("/tmp/plan.leerplaats", "/tmp/plan.leerplaats");
  check_with_extension ("/tmp/plan.xml", "/tmp/plan.xml");
  check_with_extension ("/tmp/versie.2", "/tmp/versie.2");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/file-names/refused-characters", test_refused_characters);
  g_test_add_func ("/io/file-names/trim", test_trim);
  g_test_add_func ("/io/file-names/fallback", test_fallback);
  g_test_add_func ("/io/file-names/with-extension", test_with_extension);
  g_test_add_func ("/io/file-names/reserved", test_reserved);
  g_test_add_func ("/io/file-names/length", test_length);
  g_test_add_func ("/io/file-names/start-folder", test_start_folder);
  return g_test_run ();
}
