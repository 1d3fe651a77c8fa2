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
#include <grp.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/lp-date.h"
#include "core/lp-sample.h"
#include "core/core-test-dump.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"
#include "io/lp-file-replace.h"

/* the temporaries' mark, as lp-file-replace.c writes it */
#define TEST_TEMP_MARK ".lp-save-"

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
  g_autoptr(LpPeriod) period = lp_period_new ("b1", lp_date_from_dmy (20, 2, 2027), lp_date_from_dmy (28, 2, 2027),
                                        LP_PERIOD_HOLIDAY, "Voorjaarsvakantie");
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

  lp_trajectory_load_period (t, period);
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
  lp_trajectory_load_set_header (t, "Title & <more>", "Client \"x\"", NULL, "multi\nline", lp_trajectory_get_span_start (t), lp_trajectory_get_span_end (t));
  bytes = lp_writer_serialize (t);
  again = lp_reader_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "esc", &error);
  g_assert_no_error (error);
  /* the control character is dropped; everything else survives */
  g_assert_cmpstr (lp_module_get_title (lp_trajectory_lookup_module (again, "m1")), ==,
                   "A & B <c> \"d\" 'e'\ttab\r\nlinecontrol");
  g_assert_cmpstr (lp_trajectory_get_title (again), ==, "Title & <more>");
  g_assert_cmpstr (lp_trajectory_get_description (again), ==, "multi\nline");
}

/* n copies of the UTF-8 character c */
static char *
repeat_char (const char *c, guint n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append (s, c);
  return g_string_free (s, FALSE);
}

/* Texts longer than a file may hold (a title 1,000 characters, a
 * description 100,000) are written cut to that length, at a character, so
 * that the saved file opens again with everything up to the limit. */
static void
test_long_texts_open_again (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (1, 1, 1, 1);
  LpModule *m = lp_trajectory_lookup_module (t, "m1");
  LpTrack *track = lp_module_get_track (m);
  g_autofree char *title = repeat_char ("é", 1500);
  g_autofree char *description = repeat_char ("x", 150000);
  g_autofree char *facilitator = repeat_char ("€", 1001);
  g_autofree char *comment_text = repeat_char ("y", 100001);
  const char *facilitators[] = { facilitator, "Anne", NULL };
  g_autoptr(GPtrArray) comments = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_comment_free);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LpTrajectory) again = NULL;
  g_autoptr(GError) error = NULL;
  LpModule *m2;
  LpComment *c;

  lp_module_set_title (m, title);
  lp_module_set_description (m, description);
  lp_module_set_facilitators (m, facilitators);
  g_ptr_array_add (comments, lp_comment_new ("Ruud", LP_DATE_NONE, comment_text));
  lp_module_set_comments (m, comments);
  lp_track_set_name (track, title);

  g_test_expect_message ("Leerplaats-Io", G_LOG_LEVEL_MESSAGE, "*cut to*");
  bytes = lp_writer_serialize (t);
  g_test_assert_expected_messages ();
  again = lp_reader_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "long", &error);
  g_assert_no_error (error);
  m2 = lp_trajectory_lookup_module (again, "m1");
  /* 1,000 é are 2,000 bytes */
  g_assert_cmpuint (strlen (lp_module_get_title (m2)), ==, 2000);
  g_assert_true (g_str_has_prefix (title, lp_module_get_title (m2)));
  g_assert_cmpuint (strlen (lp_module_get_description (m2)), ==, 100000);
  g_assert_cmpuint (strlen (lp_module_get_facilitators (m2)[0]), ==, 3000);
  g_assert_cmpstr (lp_module_get_facilitators (m2)[1], ==, "Anne");
  g_assert_cmpuint (lp_module_get_comments (m2)->len, ==, 1);
  c = g_ptr_array_index (lp_module_get_comments (m2), 0);
  g_assert_cmpuint (strlen (c->text), ==, 100000);
  g_assert_cmpstr (c->author, ==, "Ruud");
  g_assert_cmpuint (strlen (lp_track_get_name (lp_module_get_track (m2))), ==, 2000);
  /* texts within the limits are not touched */
  g_assert_cmpstr (lp_trajectory_get_title (again), ==, lp_trajectory_get_title (t));
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

/* Gives the file at path a modification time 5 s later than now. */
static void
touch_later (const char *path)
{
  struct timespec later[2];

  clock_gettime (CLOCK_REALTIME, &later[0]);
  later[0].tv_sec += 5;
  later[1] = later[0];
  g_assert_cmpint (utimensat (AT_FDCWD, path, later, 0), ==, 0);
}

/* t, with title, saved over path expecting stamp.  With theirs NULL the
 * save succeeds and the file holds the title; otherwise the save is
 * refused with LP_FILE_ERROR_CHANGED and the file still holds theirs. */
static void
save_titled (LpTrajectory      *t,
             const char        *path,
             const LpFileStamp *stamp,
             const char        *title,
             const char        *theirs)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  gboolean saved;

  lp_trajectory_set_string (t, t, "title", title);
  saved = save (t, path, stamp, NULL, &error);
  after = read_file (path);
  if (theirs != NULL)
    {
      g_assert_false (saved);
      g_assert_error (error, LP_FILE_ERROR, LP_FILE_ERROR_CHANGED);
      g_assert_cmpstr (after, ==, theirs);
    }
  else
    {
      g_assert_no_error (error);
      g_assert_true (saved);
      g_assert_nonnull (strstr (after, title));
    }
}

static void
test_changed_on_disk (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "t.leerplaats", NULL);
  g_autoptr(LpTrajectory) t = lp_sample_generate (10, 2, 6, 1);
  g_autofree char *theirs = NULL;
  g_autoptr(LpFileStamp) stamp = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (save (t, path, NULL, &stamp, &error));

  /* someone else saves the file (a different modification time) */
  g_assert_true (g_file_set_contents (path, "their version", -1, NULL));
  touch_later (path);
  theirs = read_file (path);

  save_titled (t, path, stamp, "Mijn versie", theirs);
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
  g_autofree char *ours = NULL, *theirs = NULL;
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

  save_titled (t, path, stamp, "Mijn versie", theirs);
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

  g_assert_true (save (t, path, NULL, &stamp, &error));
  touch_later (path);
  save_titled (t, path, stamp, "Mijn versie", NULL);
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

  save_titled (t, link_path, NULL, "Via de link", NULL);

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
  g_autofree char *before = NULL, *other_after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (save (t, path, NULL, NULL, &error));
  g_assert_cmpint (link (path, other), ==, 0);
  before = read_file (path);

  save_titled (t, path, NULL, "Nieuw", NULL);

  /* never truncated in place: the other name still has the old bytes */
  other_after = read_file (other);
  g_assert_cmpstr (other_after, ==, before);
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

/* ---- read-only targets, mode and owner, backup, stale temporaries ---- */

#define NOBODY 65534

/* Runs @func in a child process as an ordinary user: as root, the child
 * becomes uid/gid 65534 (and @dir with its files is given to that user
 * first); otherwise it keeps this user.  Returns the child's exit status. */
static int
run_unprivileged (const char *dir,
                  int       (*func) (gpointer),
                  gpointer    data)
{
  int status = 0;
  pid_t pid;

  if (geteuid () == 0)
    {
      g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
      const char *entry;

      g_assert_cmpint (chown (dir, NOBODY, NOBODY), ==, 0);
      while ((entry = g_dir_read_name (listing)) != NULL)
        {
          g_autofree char *full = g_build_filename (dir, entry, NULL);
          g_assert_cmpint (lchown (full, NOBODY, NOBODY), ==, 0);
        }
    }
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      if (geteuid () == 0 &&
          (setgroups (0, NULL) != 0 || setgid (NOBODY) != 0 || setuid (NOBODY) != 0))
        _exit (90);
      _exit (func (data));
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

typedef struct {
  LpTrajectory *t;
  const char   *path;
} SaveJob;

/* 0: refused as read-only; 1: written; 2: refused otherwise */
static int
save_job (gpointer data)
{
  SaveJob *job = data;
  g_autoptr(GError) error = NULL;

  if (save (job->t, job->path, NULL, NULL, &error))
    return 1;
  if (g_error_matches (error, LP_FILE_ERROR, LP_FILE_ERROR_READ_ONLY) &&
      strstr (error->message, "read-only") != NULL)
    return 0;
  g_printerr ("%s\n", error->message);
  return 2;
}

/* A 0444 file of one's own, in a writable folder, is not replaced:
 * LP_FILE_ERROR_READ_ONLY, the file unchanged; as root too (as nobody). */
static void
test_read_only_file (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "t.leerplaats", NULL);
  g_autoptr(LpTrajectory) t = lp_sample_generate (10, 2, 6, 1);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GError) error = NULL;
  SaveJob job = { t, path };

  g_assert_true (save (t, path, NULL, NULL, &error));
  before = read_file (path);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  lp_trajectory_set_string (t, t, "title", "Gaat niet");
  g_assert_cmpint (run_unprivileged (dir, save_job, &job), ==, 0);
  after = read_file (path);
  g_assert_cmpstr (after, ==, before);
}

/* The new file keeps the old one's mode, and as root its owner. */
static void
test_keeps_mode_and_owner (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "t.leerplaats", NULL);
  g_autoptr(LpTrajectory) t = lp_sample_generate (10, 2, 6, 1);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (save (t, path, NULL, NULL, &error));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  if (geteuid () == 0)
    g_assert_cmpint (chown (path, NOBODY, NOBODY), ==, 0);
  lp_trajectory_set_string (t, t, "title", "Nieuw");
  g_assert_true (save (t, path, NULL, NULL, &error));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  if (geteuid () == 0)
    {
      g_assert_cmpint (st.st_uid, ==, NOBODY);
      g_assert_cmpint (st.st_gid, ==, NOBODY);
    }
}

/* A rename that fails (EBUSY on a bind-mounted file) leaves NAME~ as it
 * was: the backup changes only after the new file is in place. */
static void
test_failed_rename_keeps_backup (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "t.leerplaats", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *other = g_build_filename (dir, "other", NULL);
  g_autoptr(LpTrajectory) t = lp_sample_generate (10, 2, 6, 1);
  g_autofree char *backup_before = NULL, *backup_after = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  pid_t pid;

  g_assert_true (save (t, path, NULL, NULL, &error));
  lp_trajectory_set_string (t, t, "title", "Tweede");
  g_assert_true (save (t, path, NULL, NULL, &error));
  backup_before = read_file (backup);
  g_assert_true (g_file_set_contents (other, "bound", -1, NULL));

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      if (geteuid () != 0 && unshare (CLONE_NEWUSER) != 0)
        _exit (NO_READ_ONLY_MOUNT);
      if (unshare (CLONE_NEWNS) != 0 || mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
          mount (path, path, NULL, MS_BIND, NULL) != 0)
        _exit (NO_READ_ONLY_MOUNT);
      lp_trajectory_set_string (t, t, "title", "Derde");
      _exit (save (t, path, NULL, NULL, &error) ? SAVE_WRITTEN : SAVE_REFUSED);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  if (WEXITSTATUS (status) == NO_READ_ONLY_MOUNT)
    {
      g_test_skip ("this system allows no bind mount in a private mount namespace");
      return;
    }
  g_assert_cmpint (WEXITSTATUS (status), ==, SAVE_REFUSED);
  backup_after = read_file (backup);
  g_assert_cmpstr (backup_after, ==, backup_before);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

/* Opening a file removes NAME.lp-save-XXXXXX and NAME~.lp-save-XXXXXX that
 * a killed save left, and nothing else: not a user's NAME.backup or
 * NAME~.old123 (six characters after a dot, as mkstemp's names were), not
 * other names, not one a save holds locked. */
static void
test_stale_temporaries_removed (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "t.leerplaats", NULL);
  g_autoptr(LpTrajectory) t = lp_sample_generate (10, 2, 6, 1);
  g_autoptr(LpTrajectory) loaded = NULL;
  g_autoptr(GError) error = NULL;
  const char *stale[] = { "t.leerplaats.lp-save-a1B2c3", "t.leerplaats~.lp-save-Zz9yY8" };
  const char *kept[] = { "t.leerplaats.lp-save-L0cked", "t.leerplaats.notes", "t.leerplaats.lp-save-a1B2c",
                         "u.leerplaats.lp-save-a1B2c3", "t.leerplaats.backup", "t.leerplaats.a1B2c3",
                         "t.leerplaats~.old123", "t.leerplaats.Report" };
  g_autofree char *locked = g_build_filename (dir, kept[0], NULL);
  int fd;

  g_assert_true (save (t, path, NULL, NULL, &error));
  for (guint i = 0; i < G_N_ELEMENTS (stale); i++)
    {
      g_autofree char *p = g_build_filename (dir, stale[i], NULL);
      g_assert_true (g_file_set_contents (p, "<trajectory", -1, NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *p = g_build_filename (dir, kept[i], NULL);
      g_assert_true (g_file_set_contents (p, "x", -1, NULL));
    }
  /* a save in progress holds its temporary locked (another open file
   * description: flock locks conflict between them) */
  fd = open (locked, O_RDWR);
  g_assert_cmpint (flock (fd, LOCK_EX), ==, 0);

  loaded = load_path (path, NULL);
  g_assert_cmpuint (count_entries (dir), ==, 1 + G_N_ELEMENTS (kept));
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *p = g_build_filename (dir, kept[i], NULL);
      g_assert_true (g_file_test (p, G_FILE_TEST_EXISTS));
    }
  close (fd);
}

/* A target that is not a regular file (a FIFO here: a device of the
 * system must never be put at risk by a test) is refused and stays what it
 * was. */
static void
test_not_regular_refused (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "fifo.leerplaats", NULL);
  g_autoptr(LpTrajectory) t = lp_sample_generate (10, 2, 6, 1);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (mkfifo (path, 0644), ==, 0);
  g_assert_false (save (t, path, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_assert_cmpuint (count_entries (dir), ==, 1);
}

/* A long name (251 bytes) and the longest (255) save like any other:
 * the temporaries' names are cut to stay within 255 bytes, the backup of
 * the longest is its name cut by one character and "~", and a stale
 * temporary of a long name is found and removed. */
static void
test_long_names (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autoptr(LpTrajectory) first = lp_sample_generate (10, 2, 6, 1);
  g_autoptr(LpTrajectory) second = lp_sample_generate (12, 2, 6, 2);
  const guint lengths[] = { 240, 244 };   /* + ".leerplaats": 251 and 255 bytes */

  for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
    {
      g_autofree char *stem = g_strnfill (lengths[i], 'a' + (char) i);
      g_autofree char *name = g_strconcat (stem, ".leerplaats", NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *backup = NULL, *expected_backup = NULL, *stale = NULL, *stale_name = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(LpTrajectory) kept = NULL;

      g_assert_cmpuint (strlen (name), ==, lengths[i] + 11);
      g_assert_true (save (first, path, NULL, NULL, &error));
      g_assert_no_error (error);
      stale_name = g_strdup_printf ("%.240s" TEST_TEMP_MARK "a1B2c3", name);   /* the name's first 240 bytes */
      stale = g_build_filename (dir, stale_name, NULL);
      g_assert_cmpuint (strlen (stale_name), <=, 255);
      g_assert_true (g_file_set_contents_full (stale, "<trajectory", -1, G_FILE_SET_CONTENTS_NONE, 0600, NULL));
      g_assert_true (save (second, path, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));

      backup = lp_file_backup_path (path);
      expected_backup = strlen (name) < 255 ? g_strconcat (path, "~", NULL)
                                            : g_strconcat (dir, "/", stem, ".leerplaat~", NULL);
      g_assert_cmpstr (backup, ==, expected_backup);
      kept = load_path (backup, NULL);
      g_assert_nonnull (kept);
      g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_modules (kept)), ==, 10);
      g_assert_cmpuint (count_entries (dir), ==, 2 * (i + 1));   /* each file and its backup */
    }
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
  g_test_add_func ("/io/writer/long-texts-open-again", test_long_texts_open_again);
  g_test_add_func ("/io/writer/backup", test_backup);
  g_test_add_func ("/io/writer/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/io/writer/changed-same-mtime", test_changed_same_mtime);
  g_test_add_func ("/io/writer/touched-only", test_touched_only);
  g_test_add_func ("/io/writer/symlink", test_symlink);
  g_test_add_func ("/io/writer/hard-link", test_hard_link);
  g_test_add_func ("/io/writer/failed-save-leaves-file", test_failed_save_leaves_file);
  g_test_add_func ("/io/writer/read-only-directory", test_read_only_directory);
  g_test_add_func ("/io/writer/new-file-no-temp-left", test_new_file_no_temp_left);
  g_test_add_func ("/io/writer/read-only-file", test_read_only_file);
  g_test_add_func ("/io/writer/keeps-mode-and-owner", test_keeps_mode_and_owner);
  g_test_add_func ("/io/writer/failed-rename-keeps-backup", test_failed_rename_keeps_backup);
  g_test_add_func ("/io/writer/stale-temporaries-removed", test_stale_temporaries_removed);
  g_test_add_func ("/io/writer/long-names", test_long_names);
  g_test_add_func ("/io/writer/not-regular-refused", test_not_regular_refused);

  return g_test_run ();
}
