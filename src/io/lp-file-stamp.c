/* lp-file-stamp.c — what we know is in a file: its size and SHA-256
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lp-file-stamp.h"

struct _LpFileStamp
{
  guint64  size;
  char    *sha256;
};

G_DEFINE_BOXED_TYPE (LpFileStamp, lp_file_stamp, lp_file_stamp_copy, lp_file_stamp_free)

LpFileStamp *
lp_file_stamp_new (const void *data,
                   gsize       size)
{
  LpFileStamp *stamp = g_new0 (LpFileStamp, 1);

  g_return_val_if_fail (data != NULL || size == 0, NULL);
  stamp->size = size;
  stamp->sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data ? data : (const void *) "", size);
  return stamp;
}

LpFileStamp *
lp_file_stamp_new_for_bytes (GBytes *bytes)
{
  gsize size;
  const void *data = g_bytes_get_data (bytes, &size);

  return lp_file_stamp_new (data, size);
}

LpFileStamp *
lp_file_stamp_copy (const LpFileStamp *stamp)
{
  LpFileStamp *copy;

  g_return_val_if_fail (stamp != NULL, NULL);
  copy = g_new0 (LpFileStamp, 1);
  copy->size = stamp->size;
  copy->sha256 = g_strdup (stamp->sha256);
  return copy;
}

void
lp_file_stamp_free (LpFileStamp *stamp)
{
  if (stamp == NULL)
    return;
  g_free (stamp->sha256);
  g_free (stamp);
}

guint64
lp_file_stamp_get_size (const LpFileStamp *stamp)
{
  g_return_val_if_fail (stamp != NULL, 0);
  return stamp->size;
}

const char *
lp_file_stamp_get_sha256 (const LpFileStamp *stamp)
{
  g_return_val_if_fail (stamp != NULL, NULL);
  return stamp->sha256;
}

gboolean
lp_file_stamp_equal (const LpFileStamp *a,
                     const LpFileStamp *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return a->size == b->size && g_str_equal (a->sha256, b->sha256);
}

static LpFileStampCheck
missing_or_error (GError  *local_error,
                  GError **error)
{
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_error_free (local_error);
      return LP_FILE_STAMP_MISSING;
    }
  g_propagate_error (error, local_error);
  return LP_FILE_STAMP_ERROR;
}

/* SHA-256 of the stream, reading at most limit + 1 bytes; FALSE on a read
 * error.  *longer tells whether there was more than limit. */
static gboolean
hash_stream (GInputStream  *stream,
             guint64        limit,
             GChecksum     *checksum,
             gboolean      *longer,
             GCancellable  *cancellable,
             GError       **error)
{
  guint8 buffer[16384];
  guint64 total = 0;

  *longer = FALSE;
  for (;;)
    {
      gssize n = g_input_stream_read (stream, buffer, sizeof buffer, cancellable, error);

      if (n < 0)
        return FALSE;
      if (n == 0)
        return TRUE;
      total += (guint64) n;
      if (total > limit)
        {
          *longer = TRUE;
          return TRUE;
        }
      g_checksum_update (checksum, buffer, n);
    }
}

LpFileStampCheck
lp_file_stamp_check_file (const LpFileStamp  *stamp,
                          GFile              *file,
                          GCancellable       *cancellable,
                          GError            **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GChecksum) checksum = NULL;
  GError *local_error = NULL;
  gboolean longer;

  g_return_val_if_fail (stamp != NULL, LP_FILE_STAMP_ERROR);
  g_return_val_if_fail (G_IS_FILE (file), LP_FILE_STAMP_ERROR);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    return missing_or_error (local_error, error);
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR ||
      (guint64) g_file_info_get_size (info) != stamp->size)
    return LP_FILE_STAMP_CHANGED;

  /* same size: compare the bytes (it may have grown or shrunk meanwhile,
   * so read no more than one byte past the size we expect) */
  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    return missing_or_error (local_error, error);
  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  if (!hash_stream (G_INPUT_STREAM (stream), stamp->size, checksum, &longer, cancellable, error))
    return LP_FILE_STAMP_ERROR;
  if (longer)
    return LP_FILE_STAMP_CHANGED;
  return g_str_equal (g_checksum_get_string (checksum), stamp->sha256)
         ? LP_FILE_STAMP_SAME : LP_FILE_STAMP_CHANGED;
}
