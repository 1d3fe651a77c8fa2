/* test-writer.c — deterministic bytes and safe, atomic saving
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/lp-date.h"
#include "core/lp-sample.h"
#include "core/core-test-dump.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "files", name, NULL);
}

static LpTrajectory *
load_path (const char *path, LpFileStamp **stamp)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LpTrajectory *t = lp_reader_load_file (file, stamp, NULL, &error);

  g_assert_no_error (error);
  return t;
}

static char *
read_file (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static gboolean
save (LpTrajectory *t, const char *path, const LpFileStamp *stamp, LpFileStamp **out_stamp, GError **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  return lp_writer_save_file (t, file, stamp, out_stamp, NULL, error);
}

static char *
make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("lp-writer-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* The canonical fixture is exactly what the writer produces. */
static void
test_canonical_bytes (void)
{
  g_autofree char *path = fixture_path ("canonical.leerplaats");
  g_autofree char *expected = read_file (path);
  g_autoptr(LpTrajectory) t = load_path (path, NULL);
  g_autoptr(GBytes) bytes = lp_writer_serialize (t);

  g_assert_cmpuint (g_bytes_get_size (bytes), ==, strlen (expected));
  g_assert_cmpint (memcmp (g_bytes_get_data (bytes, NULL), expected, strlen (expected)), ==, 0);
}

/* A trajectory built in code, without the reader, written exactly as the
 * hand-written expected-built.leerplaats says: element and attribute order,
 * two-space indentation, escaping, optional parts left out. */
static LpTrajectory *
build_small_trajectory (void)
{
  LpTrajectory *t = lp_trajectory_new ();
  g_autoptr(LpTrack) joint = lp_track_new ("joint", "Gezamenlijk", LP_TRACK_GROUP_JOINT);
  g_autoptr(LpTrack) council = lp_track_new ("council", "Raad", LP_TRACK_GROUP_COUNCIL);
  g_autoptr(LpKind) kind = lp_kind_new ("k1");
  g_autoptr(LpModule) m1 = lp_module_new ("m1");
  g_autoptr(LpModule) m2 = lp_module_new ("m2");
  g_autoptr(LpBand) band = lp_band_new ("b1", lp_date_from_dmy (20, 2, 2027), lp_date_from_dmy (28, 2, 2027),
                                        LP_BAND_HOLIDAY, "Voorjaarsvakantie");
  g_autoptr(GPtrArray) comments = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_comment_free);
  const char *facilitators[] = { "Ann", NULL };

  lp_trajectory_load_set_header (t, "Raad & college", "Gemeente \"Zuid\"", NULL, NULL,
                                 lp_date_from_dmy (4, 1, 2027), lp_date_from_dmy (30, 6, 2027));
  lp_trajectory_load_track (t, joint);
  lp_trajectory_load_track (t, council);

  lp_kind_set_name (kind, "Eigen <soort>");
  lp_kind_set_theme_id (kind, "leadership");
  lp_kind_set_work_form (kind, "lecture");
  lp_kind_set_days (kind, 3);
  lp_trajectory_load_kind (t, kind);

  lp_module_set_kind_id (m1, "k1");
  lp_module_set_track (m1, council);
  lp_module_set_start (m1, lp_date_from_dmy (1, 2, 2027));
  lp_module_set_end (m1, lp_date_from_dmy (3, 2, 2027));
  lp_module_set_status (m1, LP_STATUS_DONE);
  lp_module_set_start_time (m1, 13 * 60 + 15);
  lp_module_set_title (m1, "Eerste & laatste");
  lp_module_set_facilitators (m1, facilitators);
  lp_module_set_participants_count (m1, 0);
  lp_module_set_notes (m1, "regel een\nregel twee");
  g_ptr_array_add (comments, lp_comment_new ("A \"B\"", lp_date_from_dmy (10, 1, 2027), "Ok > goed"));
  lp_module_set_comments (m1, comments);
  lp_trajectory_load_module (t, m1);

  lp_module_set_kind_id (m2, "role-awareness");
  lp_module_set_track (m2, joint);
  lp_module_set_start (m2, lp_date_from_dmy (30, 6, 2027));
  lp_module_set_end (m2, lp_date_from_dmy (30, 6, 2027));
  lp_trajectory_load_module (t, m2);

  lp_trajectory_load_band (t, band);
  return t;
}

static void
test_hand_written_expected (void)
{
  g_autofree char *path = fixture_path ("expected-built.leerplaats");
  g_autofree char *expected = read_file (path);
  g_autoptr(LpTrajectory) t = build_small_trajectory ();
  g_autoptr(GBytes) bytes = lp_writer_serialize (t);
  g_autofree char *written = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) again = lp_reader_load_data (expected, strlen (expected), "expected", &error);

  g_assert_cmpstr (written, ==, expected);
  /* and the hand-written file is a valid trajectory */
  g_assert_no_error (error);
  g_assert_nonnull (again);
}

static void
test_save_twice_identical (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *a = g_build_filename (dir, "a.leerplaats", NULL);
  g_autofree char *b = g_build_filename (dir, "b.leerplaats", NULL);
  g_autoptr(LpTrajectory) t = lp_sample_generate (300, 6, 24, 9);
  g_autoptr(LpTrajectory) again = NULL;
  g_autofree char *ta = NULL, *tb = NULL, *d1 = NULL, *d2 = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (save (t, a, NULL, NULL, &error));
  g_assert_no_error (error);
  again = load_path (a, NULL);
  g_assert_true (save (again, b, NULL, NULL, &error));
  ta = read_file (a);
  tb = read_file (b);
  g_assert_cmpstr (ta, ==, tb);
  d1 = core_test_dump (t);
  d2 = core_test_dump (again);
  g_assert_cmpstr (d1, ==, d2);
  /* and a second save of the same document over the first */
  g_assert_true (save (again, a, NULL, NULL, &error));
  g_free (ta);
  ta = read_file (a);
  g_assert_cmpstr (ta, ==, tb);
}

static void
test_escaping (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (1, 1, 1, 1);
  LpModule *m = lp_trajectory_lookup_module (t, "m1");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LpTrajectory) again = NULL;
  g_autoptr(GError) error = NULL;

  lp_module_set_title (m, "A & B <c> \"d\" 'e'\ttab\r\nline\001control");
  lp_trajectory_load_set_header (t, "Title & <more>", "Client \"x\"", NULL, "multi\nline", lp_trajectory_get_period_start (t), lp_trajectory_get_period_end (t));
  bytes = lp_writer_serialize (t);
  again = lp_reader_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "esc", &error);
  g_assert_no_error (error);
  /* the control character is dropped; everything else survives */
  g_assert_cmpstr (lp_module_get_title (lp_trajectory_lookup_module (again, "m1")), ==,
                   "A & B <c> \"d\" 'e'\ttab\r\nlinecontrol");
  g_assert_cmpstr (lp_trajectory_get_title (again), ==, "Title & <more>");
  g_assert_cmpstr (lp_trajectory_get_description (again), ==, "multi\nline");
}

static void
test_backup (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "t.leerplaats", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(LpTrajectory) t = lp_sample_generate (10, 2, 6, 1);
  g_autofree char *first = NULL, *second = NULL, *bak = NULL;
  g_autoptr(LpFileStamp) stamp = NULL, stamp2 = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (save (t, path, NULL, &stamp, &error));
  g_assert_no_error (error);
  g_assert_nonnull (stamp);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS)); /* nothing to keep yet */
  first = read_file (path);

  lp_trajectory_set_string (t, t, "title", "Tweede versie");
  g_assert_true (save (t, path, stamp, &stamp2, &error));
  g_assert_no_error (error);
  second = read_file (path);
  bak = read_file (backup);
  g_assert_cmpstr (bak, ==, first);
  g_assert_cmpstr (second, !=, first);
  g_assert_nonnull (strstr (second, "Tweede versie"));
}

static void
test_changed_on_disk (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "t.leerplaats", NULL);
  g_autoptr(LpTrajectory) t = lp_sample_generate (10, 2, 6, 1);
  g_autofree char *theirs = NULL, *after = NULL;
  g_autoptr(LpFileStamp) stamp = NULL;
  g_autoptr(GError) error = NULL;
  struct timespec later[2];

  g_assert_true (save (t, path, NULL, &stamp, &error));

  /* someone else saves the file (a different modification time) */
  g_assert_true (g_file_set_contents (path, "their version", -1, NULL));
  clock_gettime (CLOCK_REALTIME, &later[0]);
  later[0].tv_sec += 5;
  later[1] = later[0];
  g_assert_cmpint (utimensat (AT_FDCWD, path, later, 0), ==, 0);
  theirs = read_file (path);

  lp_trajectory_set_string (t, t, "title", "Mijn versie");
  g_assert_false (save (t, path, stamp, NULL, &error));
  g_assert_error (error, LP_FILE_ERROR, LP_FILE_ERROR_CHANGED);
  after = read_file (path);
  g_assert_cmpstr (after, ==, theirs);
}

/* Their save keeps our size and modification time (the same time stamp
 * tick): only the bytes differ, and the save still refuses. */
static void
test_changed_same_mtime (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "t.leerplaats", NULL);
  g_autoptr(LpTrajectory) t = lp_sample_generate (10, 2, 6, 1);
  g_autoptr(LpFileStamp) stamp = NULL;
  g_autofree char *ours = NULL, *theirs = NULL, *after = NULL;
  g_autoptr(GError) error = NULL;
  struct stat before, now;
  struct timespec times[2];

  g_assert_true (save (t, path, NULL, &stamp, &error));
  g_assert_cmpint (g_stat (path, &before), ==, 0);
  ours = read_file (path);
  theirs = g_strdup (ours);
  theirs[strlen (theirs) - 2] = ' ';    /* same size, other bytes */
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  times[0] = before.st_atim;
  times[1] = before.st_mtim;
  g_assert_cmpint (utimensat (AT_FDCWD, path, times, 0), ==, 0);
  g_assert_cmpint (g_stat (path, &now), ==, 0);
  g_assert_cmpint (now.st_size, ==, before.st_size);
  g_assert_cmpint (now.st_mtim.tv_sec, ==, before.st_mtim.tv_sec);
  g_assert_cmpint (now.st_mtim.tv_nsec, ==, before.st_mtim.tv_nsec);

  lp_trajectory_set_string (t, t, "title", "Mijn versie");
  g_assert_false (save (t, path, stamp, NULL, &error));
  g_assert_error (error, LP_FILE_ERROR, LP_FILE_ERROR_CHANGED);
  after = read_file (path);
  g_assert_cmpstr (after, ==, theirs);
}

/* Only the modification time changed (touch): the bytes are ours, so the
 * save goes ahead without asking. */
static void
test_touched_only (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "t.leerplaats", NULL);
  g_autoptr(LpTrajectory) t = lp_sample_generate (10, 2, 6, 1);
  g_autoptr(LpFileStamp) stamp = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  struct timespec later[2];

  g_assert_true (save (t, path, NULL, &stamp, &error));
  clock_gettime (CLOCK_REALTIME, &later[0]);
  later[0].tv_sec += 5;
  later[1] = later[0];
  g_assert_cmpint (utimensat (AT_FDCWD, path, later, 0), ==, 0);

  lp_trajectory_set_string (t, t, "title", "Mijn versie");
  g_assert_true (save (t, path, stamp, NULL, &error));
  g_assert_no_error (error);
  after = read_file (path);
  g_assert_nonnull (strstr (after, "Mijn versie"));
}

static void
test_symlink (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *real = g_build_filename (dir, "real.leerplaats", NULL);
  g_autofree char *link_path = g_build_filename (dir, "link.leerplaats", NULL);
  g_autofree char *real_backup = g_strconcat (real, "~", NULL);
  g_autoptr(LpTrajectory) t = lp_sample_generate (10, 2, 6, 1);
  g_autofree char *content = NULL, *target = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (save (t, real, NULL, NULL, &error));
  g_assert_cmpint (symlink ("real.leerplaats", link_path), ==, 0);

  lp_trajectory_set_string (t, t, "title", "Via de link");
  g_assert_true (save (t, link_path, NULL, NULL, &error));
  g_assert_no_error (error);

  /* the link is still a link, to the updated file; the backup is beside the target */
  g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
  target = g_file_read_link (link_path, NULL);
  g_assert_cmpstr (target, ==, "real.leerplaats");
  content = read_file (real);
  g_assert_nonnull (strstr (content, "Via de link"));
  g_assert_true (g_file_test (real_backup, G_FILE_TEST_EXISTS));
}

static void
test_hard_link (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "t.leerplaats", NULL);
  g_autofree char *other = g_build_filename (dir, "other-name.leerplaats", NULL);
  g_autoptr(LpTrajectory) t = lp_sample_generate (10, 2, 6, 1);
  g_autofree char *before = NULL, *other_after = NULL, *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (save (t, path, NULL, NULL, &error));
  g_assert_cmpint (link (path, other), ==, 0);
  before = read_file (path);

  lp_trajectory_set_string (t, t, "title", "Nieuw");
  g_assert_true (save (t, path, NULL, NULL, &error));
  g_assert_no_error (error);

  /* never truncated in place: the other name still has the old bytes */
  other_after = read_file (other);
  g_assert_cmpstr (other_after, ==, before);
  after = read_file (path);
  g_assert_nonnull (strstr (after, "Nieuw"));
}

static void
test_failed_save_leaves_file (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "t.leerplaats", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *inside = g_build_filename (backup, "x", NULL);
  g_autoptr(LpTrajectory) t = lp_sample_generate (10, 2, 6, 1);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (save (t, path, NULL, NULL, &error));
  before = read_file (path);

  /* the backup name is taken by a non-empty directory: the save must fail
   * (works even as root, unlike permissions) and change nothing */
  g_assert_cmpint (g_mkdir (backup, 0755), ==, 0);
  g_assert_true (g_file_set_contents (inside, "x", -1, NULL));
  lp_trajectory_set_string (t, t, "title", "Gaat niet");
  g_assert_false (save (t, path, NULL, NULL, &error));
  g_assert_nonnull (error);
  after = read_file (path);
  g_assert_cmpstr (after, ==, before);
}

/* Makes @dir read-only for this process alone: a read-only bind mount in a
 * mount namespace of its own, which binds root too.  FALSE with errno set
 * when this system does not allow it. */
static gboolean
make_read_only_mount (const char *dir)
{
  return unshare (CLONE_NEWNS) == 0 &&
         mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0 &&
         mount (dir, dir, NULL, MS_BIND, NULL) == 0 &&
         mount (NULL, dir, NULL, MS_BIND | MS_REMOUNT | MS_RDONLY, NULL) == 0;
}

enum { SAVE_REFUSED = 0, SAVE_WRITTEN = 1, NO_READ_ONLY_MOUNT = 77 };

/* Saves @t to @path, in a child process when @as_root: root writes into
 * any directory whatever its permissions, so there the directory becomes
 * a read-only mount in the child's own mount namespace.  Asserts that the
 * save fails; FALSE when the test had to be skipped. */
static gboolean
save_into_read_only (LpTrajectory *t,
                     const char   *dir,
                     const char   *path,
                     gboolean      as_root)
{
  g_autoptr(GError) error = NULL;
  int status = 0;
  pid_t pid;

  if (!as_root)
    {
      g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
      g_assert_false (save (t, path, NULL, NULL, &error));
      g_assert_nonnull (error);
      g_chmod (dir, 0755);
      return TRUE;
    }

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      if (!make_read_only_mount (dir))
        {
          g_printerr ("read-only mount: %s\n", g_strerror (errno));
          _exit (NO_READ_ONLY_MOUNT);
        }
      _exit (save (t, path, NULL, NULL, &error) ? SAVE_WRITTEN : SAVE_REFUSED);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  if (WEXITSTATUS (status) == NO_READ_ONLY_MOUNT)
    {
      g_test_skip ("running as root, and this system allows no read-only bind mount "
                   "in a private mount namespace (needs CAP_SYS_ADMIN)");
      return FALSE;
    }
  g_assert_cmpint (WEXITSTATUS (status), ==, SAVE_REFUSED);
  return TRUE;
}

/* A save into a directory that cannot be written fails, and leaves the
 * file as it was and no temporary behind; as root too. */
static void
test_read_only_directory (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "t.leerplaats", NULL);
  g_autoptr(LpTrajectory) t = lp_sample_generate (10, 2, 6, 1);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n = 0;

  g_assert_true (save (t, path, NULL, NULL, &error));
  before = read_file (path);
  lp_trajectory_set_string (t, t, "title", "Gaat niet");
  if (!save_into_read_only (t, dir, path, geteuid () == 0))
    return;
  after = read_file (path);
  g_assert_cmpstr (after, ==, before);
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n++;
  g_assert_cmpuint (n, ==, 1); /* no temporary left behind */
}

static void
test_new_file_no_temp_left (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "new.leerplaats", NULL);
  g_autoptr(LpTrajectory) t = lp_sample_generate (10, 2, 6, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n = 0;

  g_assert_true (save (t, path, NULL, NULL, &error));
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n++;
  g_assert_cmpuint (n, ==, 1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lp_reader_init ();

  g_test_add_func ("/io/writer/canonical-bytes", test_canonical_bytes);
  g_test_add_func ("/io/writer/hand-written-expected", test_hand_written_expected);
  g_test_add_func ("/io/writer/save-twice-identical", test_save_twice_identical);
  g_test_add_func ("/io/writer/escaping", test_escaping);
  g_test_add_func ("/io/writer/backup", test_backup);
  g_test_add_func ("/io/writer/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/io/writer/changed-same-mtime", test_changed_same_mtime);
  g_test_add_func ("/io/writer/touched-only", test_touched_only);
  g_test_add_func ("/io/writer/symlink", test_symlink);
  g_test_add_func ("/io/writer/hard-link", test_hard_link);
  g_test_add_func ("/io/writer/failed-save-leaves-file", test_failed_save_leaves_file);
  g_test_add_func ("/io/writer/read-only-directory", test_read_only_directory);
  g_test_add_func ("/io/writer/new-file-no-temp-left", test_new_file_no_temp_left);

  return g_test_run ();
}
