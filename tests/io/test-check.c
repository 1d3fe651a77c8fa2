/* test-check.c — `leerplaats --check` run as a process, no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "../cli-run-util.h"

static void
run (const char         *language,
     const char * const *args,
     int                 expected_status,
     char              **out,
     char              **err)
{
  g_assert_cmpint (cli_run (language, args, out, err), ==, expected_status);
}

#define fixture cli_fixture

/* One line per problem, in date order: date, title, reason. */
static void
test_problems (void)
{
  g_autofree char *path = fixture ("problems.leerplaats");
  const char *args[] = { "--check", path, NULL };
  g_autofree char *out = NULL, *err = NULL, *expected = NULL;

  run (NULL, args, 0, &out, &err);
  expected = g_strdup_printf ("%1$s: 27 Apr 2026: Koningsdagsessie: falls on a public holiday: King’s Day\n"
                              "%1$s: 20 Jul 2026: Zomersessie: falls in the recess “Zomerreces”\n"
                              "%1$s: 8 Sep 2026: Driedaagse: “zaal 1” is also booked for “Intervisie A” then\n"
                              "%1$s: 8 Sep 2026: Intervisie A: Anna is also facilitating “Intervisie B” then\n"
                              "%1$s: 3 Oct 2026: Zaterdagsessie: falls on a Saturday\n", path);
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpstr (err, ==, "");
}

static void
test_dutch (void)
{
  g_autofree char *path = fixture ("problems.leerplaats");
  const char *args[] = { "--check", path, NULL };
  g_autofree char *out = NULL, *err = NULL;

  run ("nl", args, 0, &out, &err);
  g_assert_nonnull (strstr (out, ": 27 apr 2026: Koningsdagsessie: valt op een feestdag: Koningsdag\n"));
  g_assert_nonnull (strstr (out, ": 3 okt 2026: Zaterdagsessie: valt op een zaterdag\n"));
  g_assert_nonnull (strstr (out, ": Intervisie A: Anna begeleidt dan ook “Intervisie B”\n"));
}

/* A day programme's overlapping items and items outside the module's times,
 * one line each, on the module's first day; a sound programme adds none. */
static void
test_agenda (void)
{
  g_autofree char *path = fixture ("agenda-problems.leerplaats");
  const char *args[] = { "--check", path, NULL };
  g_autofree char *out = NULL, *err = NULL, *expected = NULL, *nl = NULL, *nl_err = NULL;

  run (NULL, args, 0, &out, &err);
  expected = g_strdup_printf ("%1$s: 8 Sep 2026: Tweedaagse: “Inloop” and “Welkom” overlap\n"
                              "%1$s: 8 Sep 2026: Tweedaagse: “Inloop” starts before the module begins at 09:00\n"
                              "%1$s: 8 Sep 2026: Tweedaagse: “Slotronde” ends after the module ends at 17:00\n", path);
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpstr (err, ==, "");
  run ("nl", args, 0, &nl, &nl_err);
  g_assert_nonnull (strstr (nl, ": 8 sep 2026: Tweedaagse: “Inloop” en “Welkom” overlappen\n"));
  g_assert_nonnull (strstr (nl, ": Tweedaagse: “Slotronde” eindigt nadat de module om 17:00 eindigt\n"));
}

/* A valid file without problems: 0 and says so; a bad one: 1; none: 2. */
static void
test_status (void)
{
  g_autofree char *good = fixture ("full.leerplaats");
  g_autofree char *problems = fixture ("problems.leerplaats");
  g_autofree char *missing = fixture ("no-such-file.leerplaats");
  const char *clean[] = { "--check", good, NULL };
  const char *mixed[] = { "--check", problems, missing, NULL };
  const char *none[] = { "--check", NULL };
  const char *with_tracks[] = { "--check", "--tracks=joint", problems, NULL };
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL, *out3 = NULL, *err3 = NULL;
  g_autofree char *out4 = NULL, *err4 = NULL, *expected = g_strdup_printf ("%s: no problems\n", good);

  run (NULL, clean, 0, &out, &err);
  g_assert_cmpstr (out, ==, expected);
  run (NULL, mixed, 1, &out2, &err2);
  g_assert_nonnull (strstr (out2, "Zaterdagsessie"));
  g_assert_nonnull (strstr (err2, "no-such-file.leerplaats"));
  run (NULL, none, 2, &out3, &err3);
  run (NULL, with_tracks, 2, &out4, &err4);
}

/* 300 copies of a session in one slot, with one facilitator and one
 * place: each session's double bookings name the next ten sessions and
 * the tenth line counts the rest, so the output grows with the sessions,
 * not with their pairs (44,850 pairs; 89,700 lines before). */
static void
test_crowded_slot (void)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<trajectory xmlns=\"urn:leerplaats:trajectory:1\" version=\"1\">\n"
                                         "  <title>Vol</title>\n"
                                         "  <period start=\"2026-09-01\" end=\"2026-12-31\"/>\n"
                                         "  <tracks><track id=\"a\" group=\"joint\">A</track></tracks>\n"
                                         "  <modules>\n");
  g_autofree char *dir = g_dir_make_tmp ("test-check-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "vol.leerplaats", NULL);
  const char *args[] = { "--check", path, NULL };
  g_autofree char *out = NULL, *err = NULL, *first = NULL, *tenth = NULL, *place = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (xml, "    <module id=\"s%u\" kind=\"intervision\" track=\"a\" start=\"2026-09-08\""
                            " end=\"2026-09-08\"><title>s%u</title><facilitator>Anna</facilitator>"
                            "<location>Zaal 1</location></module>\n", i, i);
  g_string_append (xml, "  </modules>\n</trajectory>\n");
  g_assert_true (g_file_set_contents (path, xml->str, -1, NULL));
  run (NULL, args, 0, &out, &err);
  lines = g_strsplit (out, "\n", -1);
  /* sessions 0 to 289 ten lines of each kind, 290 to 299 nine to none */
  g_assert_cmpuint (g_strv_length (lines), ==, 2 * (290 * 10 + 45) + 1);
  first = g_strdup_printf ("%s: 8 Sep 2026: s0: Anna is also facilitating “s1” then", path);
  tenth = g_strdup_printf ("%s: 8 Sep 2026: s0: Anna is also facilitating “s10” and 289 other sessions then", path);
  place = g_strdup_printf ("%s: 8 Sep 2026: s0: “Zaal 1” is also booked for “s10” and 289 other sessions then", path);
  g_assert_cmpstr (lines[0], ==, first);
  g_assert_cmpstr (lines[18], ==, tenth);
  g_assert_cmpstr (lines[19], ==, place);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/check/problems", test_problems);
  g_test_add_func ("/check/dutch", test_dutch);
  g_test_add_func ("/check/agenda", test_agenda);
  g_test_add_func ("/check/status", test_status);
  g_test_add_func ("/check/crowded-slot", test_crowded_slot);
  return g_test_run ();
}
