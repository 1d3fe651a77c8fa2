/* test-merge-cli.c — `leerplaats --merge BASE OURS THEIRS` run as a process
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "core/lp-date.h"
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

/* Writes the base file with each edit (text, its replacement; then NULL)
 * made once as @name. */
static char *
variant_edits (const char         *name,
               const char * const *edits)
{
  g_autofree char *base_path = g_test_build_filename (G_TEST_DIST, "files", "merge-base.leerplaats", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) s = NULL;
  char *path = g_build_filename (tmpdir, name, NULL);

  g_assert_true (g_file_get_contents (base_path, &text, NULL, &error));
  s = g_string_new (text);
  for (guint i = 0; edits[i] != NULL; i += 2)
    g_assert_cmpuint (g_string_replace (s, edits[i], edits[i + 1], 1), ==, 1);
  g_assert_true (g_file_set_contents (path, s->str, -1, &error));
  return path;
}

/* Writes the base file with @from replaced by @to (NULL: unchanged) as @name. */
static char *
variant (const char *name,
         const char *from,
         const char *to)
{
  const char *edits[] = { from, to, NULL };

  return variant_edits (name, edits);
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

#define TRACK_B "    <track id=\"b\" group=\"officials\">Bravo</track>\n"
#define M2 "    <module id=\"m2\" kind=\"role-awareness\" track=\"b\" start=\"2026-11-02\" end=\"2026-11-03\" status=\"idea\">\n" \
  "      <title>Twee</title>\n      <comment author=\"Anne\" date=\"2026-09-10\">Eerst</comment>\n    </module>\n"
#define M3_ON_B "    <module id=\"m3\" kind=\"k1\" track=\"b\" start=\"2027-01-11\" end=\"2027-01-11\">\n" \
  "      <title>Drie</title>\n    </module>\n  </modules>"

/* Runs the merge (exit 1), loads OURS and returns its module @id, which
 * must be there, on the track @track_id, its last comment by "merge"
 * holding @text; stderr must name the module's id. */
static LpModule *
assert_kept (const char   *base,
             const char   *ours,
             const char   *theirs,
             const char   *id,
             const char   *track_id,
             const char   *text,
             LpTrajectory **out)
{
  const char *args[] = { "--merge", base, ours, theirs, NULL };
  g_autofree char *err = NULL;
  LpModule *m;
  GPtrArray *comments;
  const LpComment *last;

  g_assert_cmpint (run (args, &err), ==, 1);
  g_assert_nonnull (strstr (err, id));
  *out = load (ours);
  m = lp_trajectory_lookup_module (*out, id);
  g_assert_nonnull (m);
  g_assert_cmpstr (lp_track_get_id (lp_module_get_track (m)), ==, track_id);
  comments = lp_module_get_comments (m);
  g_assert_cmpuint (comments->len, >, 0);
  last = g_ptr_array_index (comments, comments->len - 1);
  g_assert_cmpstr (last->author, ==, "merge");
  g_assert_nonnull (strstr (last->text, text));
  return m;
}

/* We deleted a lane (and its module), they added a module to it: exit 1,
 * their module and the lane are in the result, a merge comment on the
 * module names the lane, stderr names the module's id. */
static void
test_added_to_lane_we_deleted (void)
{
  const char *ours_edits[] = { TRACK_B, "", M2, "", NULL };
  const char *theirs_edits[] = { "  </modules>", M3_ON_B, NULL };
  g_autofree char *base = variant ("base.leerplaats", NULL, NULL);
  g_autofree char *ours = variant_edits ("ours.leerplaats", ours_edits);
  g_autofree char *theirs = variant_edits ("theirs.leerplaats", theirs_edits);
  g_autoptr(LpTrajectory) t = NULL;
  LpModule *m3 = assert_kept (base, ours, theirs, "m3", "b", "Bravo", &t);

  g_assert_cmpstr (lp_module_get_title (m3), ==, "Drie");
}

/* We deleted a module they edited: exit 1, the module is in the result
 * with their edit and a merge comment; stderr names it by title and id. */
static void
test_deleted_against_edit (void)
{
  g_autofree char *base = variant ("base.leerplaats", NULL, NULL);
  g_autofree char *ours = variant ("ours.leerplaats", M2, "");
  g_autofree char *theirs = variant ("theirs.leerplaats", "<title>Twee</title>", "<title>Twee hun</title>");
  g_autoptr(LpTrajectory) t = NULL;
  LpModule *m2 = assert_kept (base, ours, theirs, "m2", "b", "deleted", &t);

  g_assert_cmpstr (lp_module_get_title (m2), ==, "Twee hun");
}

/* The other way round: they deleted a module we edited, and a lane we
 * added a module to; exit 1, both modules kept with a merge comment. */
static void
test_they_deleted (void)
{
  const char *ours_edits[] = { "<title>Twee</title>", "<title>Twee ons</title>", NULL };
  const char *ours_add[] = { "  </modules>", M3_ON_B, NULL };
  const char *theirs_edits[] = { TRACK_B, "", M2, "", NULL };
  g_autofree char *base = variant ("base.leerplaats", NULL, NULL);
  g_autofree char *ours = variant_edits ("ours.leerplaats", ours_edits);
  g_autofree char *ours2 = variant_edits ("ours2.leerplaats", ours_add);
  g_autofree char *theirs = variant ("theirs.leerplaats", M2, "");
  g_autofree char *theirs2 = variant_edits ("theirs2.leerplaats", theirs_edits);
  g_autoptr(LpTrajectory) t = NULL;
  g_autoptr(LpTrajectory) t2 = NULL;

  g_assert_cmpstr (lp_module_get_title (assert_kept (base, ours, theirs, "m2", "b", "deleted", &t)),
                   ==, "Twee ons");
  g_assert_cmpstr (lp_module_get_title (assert_kept (base, ours2, theirs2, "m3", "b", "deleted", &t2)),
                   ==, "Drie");
}

/* They added a module after the end of the period we shortened: exit 0,
 * their module kept and the period widened to hold it, which stderr says. */
static void
test_their_module_past_our_period (void)
{
  g_autofree char *base = variant ("base.leerplaats", NULL, NULL);
  g_autofree char *ours = variant ("ours.leerplaats", "end=\"2027-08-31\"/>", "end=\"2027-06-30\"/>");
  g_autofree char *theirs = variant ("theirs.leerplaats", "  </modules>",
                                     "    <module id=\"m3\" kind=\"k1\" track=\"a\" start=\"2027-07-05\" end=\"2027-07-05\">\n"
                                     "    </module>\n  </modules>");
  const char *args[] = { "--merge", base, ours, theirs, NULL };
  g_autofree char *err = NULL;
  g_autoptr(LpTrajectory) merged = NULL;

  g_assert_cmpint (run (args, &err), ==, 0);
  merged = load (ours);
  g_assert_nonnull (lp_trajectory_lookup_module (merged, "m3"));
  g_assert_cmpuint (lp_trajectory_get_span_end (merged), ==, lp_date_from_dmy (5, 7, 2027));
  g_assert_nonnull (strstr (err, "2027-07-05"));
}

/* Widened to hold their module, the period would pass ten years: exit 2,
 * OURS unchanged, and stderr says the merged result would be invalid and
 * cites no line of a file. */
static void
test_invalid_result (void)
{
  g_autofree char *base = variant ("base.leerplaats", NULL, NULL);
  g_autofree char *ours = variant ("ours.leerplaats", "<period start=\"2026-09-01\" end=\"2027-08-31\"/>",
                                   "<period start=\"2026-01-05\" end=\"2027-06-30\"/>");
  const char *their_edits[] = {
    "end=\"2027-08-31\"/>", "end=\"2036-08-31\"/>",
    "  </modules>", "    <module id=\"m3\" kind=\"k1\" track=\"a\" start=\"2036-08-03\" end=\"2036-08-03\">\n"
                    "    </module>\n  </modules>",
    NULL };
  g_autofree char *theirs = variant_edits ("theirs.leerplaats", their_edits);
  const char *args[] = { "--merge", base, ours, theirs, NULL };
  g_autofree char *before = NULL, *after = NULL, *err = NULL;

  g_assert_true (g_file_get_contents (ours, &before, NULL, NULL));
  g_assert_cmpint (run (args, &err), ==, 2);
  g_assert_true (g_file_get_contents (ours, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_nonnull (strstr (err, "merged result"));
  g_assert_null (strstr (err, "now runs from"));
  g_assert_false (g_regex_match_simple ("[a-z]:[0-9]+:", err, 0, 0));
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
  g_test_add_func ("/merge-cli/added-to-lane-we-deleted", test_added_to_lane_we_deleted);
  g_test_add_func ("/merge-cli/deleted-against-edit", test_deleted_against_edit);
  g_test_add_func ("/merge-cli/they-deleted", test_they_deleted);
  g_test_add_func ("/merge-cli/their-module-past-our-period", test_their_module_past_our_period);
  g_test_add_func ("/merge-cli/invalid-result", test_invalid_result);
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
