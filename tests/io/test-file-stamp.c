/* test-file-stamp.c — finding someone else's change by content
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "io/lp-file-stamp.h"
#include "io/lp-reader.h"

typedef struct {
  char  *dir;
  char  *path;
  GFile *file;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  f->dir = g_dir_make_tmp ("lp-stamp-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "t.leerplaats", NULL);
  f->file = g_file_new_for_path (f->path);
  g_assert_true (g_file_set_contents (f->path, "<trajectory>ours</trajectory>\n", -1, NULL));
}

static void
teardown (Fixture *f, gconstpointer data)
{
  g_autofree char *backup = g_strconcat (f->path, ".other", NULL);

  g_unlink (f->path);
  g_unlink (backup);
  g_rmdir (f->dir);
  g_clear_object (&f->file);
  g_free (f->path);
  g_free (f->dir);
}

static LpFileStamp *
stamp_of (const char *text)
{
  return lp_file_stamp_new (text, strlen (text));
}

static LpFileStampCheck
check (Fixture *f, const LpFileStamp *stamp)
{
  g_autoptr(GError) error = NULL;
  LpFileStampCheck result = lp_file_stamp_check_file (stamp, f->file, NULL, &error);

  g_assert_no_error (error);
  return result;
}

static void
test_values (void)
{
  g_autoptr(LpFileStamp) a = stamp_of ("abc");
  g_autoptr(LpFileStamp) b = stamp_of ("abc");
  g_autoptr(LpFileStamp) c = stamp_of ("abd");
  g_autoptr(LpFileStamp) copy = lp_file_stamp_copy (c);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("abc", 3);
  g_autoptr(LpFileStamp) from_bytes = lp_file_stamp_new_for_bytes (bytes);
  g_autoptr(LpFileStamp) empty = lp_file_stamp_new (NULL, 0);

  g_assert_cmpuint (lp_file_stamp_get_size (a), ==, 3);
  g_assert_cmpstr (lp_file_stamp_get_sha256 (a), ==,
                   "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  g_assert_cmpstr (lp_file_stamp_get_sha256 (empty), ==,
                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  g_assert_true (lp_file_stamp_equal (a, b));
  g_assert_true (lp_file_stamp_equal (a, from_bytes));
  g_assert_false (lp_file_stamp_equal (a, c));
  g_assert_true (lp_file_stamp_equal (c, copy));
  g_assert_false (lp_file_stamp_equal (a, NULL));
  g_assert_true (lp_file_stamp_equal (NULL, NULL));
}

static void
test_same (Fixture *f, gconstpointer data)
{
  g_autoptr(LpFileStamp) stamp = stamp_of ("<trajectory>ours</trajectory>\n");

  g_assert_cmpint (check (f, stamp), ==, LP_FILE_STAMP_SAME);
}

/* Same size and the very same modification time, other bytes: changed. */
static void
test_same_size_and_mtime (Fixture *f, gconstpointer data)
{
  g_autoptr(LpFileStamp) stamp = stamp_of ("<trajectory>ours</trajectory>\n");
  g_autoptr(GFileInfo) info = g_file_query_info (f->file, "time::*", G_FILE_QUERY_INFO_NONE, NULL, NULL);
  guint64 mtime = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);
  guint32 usec = g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);

  g_assert_true (g_file_set_contents (f->path, "<trajectory>OURS</trajectory>\n", -1, NULL));
  g_assert_true (g_file_set_attribute_uint64 (f->file, G_FILE_ATTRIBUTE_TIME_MODIFIED, mtime,
                                              G_FILE_QUERY_INFO_NONE, NULL, NULL));
  g_assert_true (g_file_set_attribute_uint32 (f->file, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC, usec,
                                              G_FILE_QUERY_INFO_NONE, NULL, NULL));
  g_assert_cmpint (check (f, stamp), ==, LP_FILE_STAMP_CHANGED);
}

static void
test_other_size (Fixture *f, gconstpointer data)
{
  g_autoptr(LpFileStamp) shorter = stamp_of ("<trajectory>our</trajectory>\n");
  g_autoptr(LpFileStamp) longer = stamp_of ("<trajectory>ours!</trajectory>\n");
  g_autoptr(LpFileStamp) prefix = stamp_of ("<trajectory>ours</trajectory>");

  g_assert_cmpint (check (f, shorter), ==, LP_FILE_STAMP_CHANGED);
  g_assert_cmpint (check (f, longer), ==, LP_FILE_STAMP_CHANGED);
  g_assert_cmpint (check (f, prefix), ==, LP_FILE_STAMP_CHANGED);
}

static void
test_missing (Fixture *f, gconstpointer data)
{
  g_autoptr(LpFileStamp) stamp = stamp_of ("<trajectory>ours</trajectory>\n");

  g_assert_cmpint (g_unlink (f->path), ==, 0);
  g_assert_cmpint (check (f, stamp), ==, LP_FILE_STAMP_MISSING);
}

/* A directory (or anything but a regular file) in its place is a change;
 * nothing is read from it. */
static void
test_not_regular (Fixture *f, gconstpointer data)
{
  g_autoptr(LpFileStamp) stamp = stamp_of ("<trajectory>ours</trajectory>\n");

  g_assert_cmpint (g_unlink (f->path), ==, 0);
  g_assert_cmpint (g_mkdir (f->path, 0700), ==, 0);
  g_assert_cmpint (check (f, stamp), ==, LP_FILE_STAMP_CHANGED);
  g_assert_cmpint (g_rmdir (f->path), ==, 0);
}

/* Through a symbolic link: the target's bytes count. */
static void
test_symlink (Fixture *f, gconstpointer data)
{
  g_autofree char *other = g_strconcat (f->path, ".other", NULL);
  g_autoptr(LpFileStamp) stamp = stamp_of ("theirs\n");

  g_assert_true (g_file_set_contents (other, "theirs\n", -1, NULL));
  g_assert_cmpint (g_unlink (f->path), ==, 0);
  g_assert_cmpint (symlink (other, f->path), ==, 0);
  g_assert_cmpint (check (f, stamp), ==, LP_FILE_STAMP_SAME);
}

/* Reading a file gives the stamp and the bytes of what was read, for a small
 * file and for one over a megabyte (whose checksum is made beside the parse). */
static void
test_read_gives_stamp_and_bytes (void)
{
  g_autofree char *canonical_path = g_test_build_filename (G_TEST_DIST, "files", "canonical.leerplaats", NULL);
  g_autofree char *canonical = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lp-stamp-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "large.leerplaats", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *padding = g_strnfill (2 * 1024 * 1024, 'x');

  g_assert_true (g_file_get_contents (canonical_path, &canonical, NULL, NULL));
  for (guint size = 0; size < 2; size++)
    {
      g_autofree char *text = size == 0 ? g_strdup (canonical)
        : g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- %s -->\n%s",
                           padding, strstr (canonical, "<trajectory"));
      g_autoptr(LpFileStamp) stamp = NULL;
      g_autoptr(LpFileStamp) expected = lp_file_stamp_new (text, strlen (text));
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(LpTrajectory) t = NULL;

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
      t = lp_reader_load_file_bytes (file, &stamp, &bytes, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (t);
      g_assert_cmpuint (lp_file_stamp_get_size (stamp), ==, strlen (text));
      g_assert_true (lp_file_stamp_equal (stamp, expected));
      g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), text, strlen (text));
    }
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lp_reader_init ();

  g_test_add_func ("/io/file-stamp/values", test_values);
  g_test_add_func ("/io/file-stamp/read-gives-stamp-and-bytes", test_read_gives_stamp_and_bytes);
#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/io/file-stamp/same", test_same);
  ADD ("/io/file-stamp/same-size-and-mtime", test_same_size_and_mtime);
  ADD ("/io/file-stamp/other-size", test_other_size);
  ADD ("/io/file-stamp/missing", test_missing);
  ADD ("/io/file-stamp/not-regular", test_not_regular);
  ADD ("/io/file-stamp/symlink", test_symlink);
#undef ADD
  return g_test_run ();
}
