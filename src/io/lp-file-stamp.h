/* lp-file-stamp.h — what we know is in a file: its size and SHA-256
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A modification time is no proof that a file is unchanged: two saves within
 * one time stamp tick leave the same mtime (and GIO etag).  A stamp keeps the
 * size and SHA-256 of the bytes that were loaded or last saved, so a change
 * by someone else is found by content.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _LpFileStamp LpFileStamp;

typedef enum {
  LP_FILE_STAMP_ERROR = -1,   /* the file could not be read; error is set */
  LP_FILE_STAMP_SAME,         /* the file holds exactly the stamped bytes */
  LP_FILE_STAMP_CHANGED,      /* other bytes, or no longer a regular file */
  LP_FILE_STAMP_MISSING,      /* the file does not exist (any more) */
} LpFileStampCheck;

#define LP_TYPE_FILE_STAMP (lp_file_stamp_get_type ())
GType             lp_file_stamp_get_type    (void) G_GNUC_CONST;

LpFileStamp      *lp_file_stamp_new         (const void        *data,
                                             gsize              size);
LpFileStamp      *lp_file_stamp_new_for_bytes (GBytes          *bytes);
LpFileStamp      *lp_file_stamp_copy        (const LpFileStamp *stamp);
void              lp_file_stamp_free        (LpFileStamp       *stamp);

guint64           lp_file_stamp_get_size    (const LpFileStamp *stamp);
/* lower-case hexadecimal */
const char       *lp_file_stamp_get_sha256  (const LpFileStamp *stamp);
gboolean          lp_file_stamp_equal       (const LpFileStamp *a,
                                             const LpFileStamp *b);

/* Compares the file on disk with the stamp: its size first (cheap), then
 * the SHA-256 of its bytes.  Reads at most one byte more than the stamped
 * size; follows symbolic links. */
LpFileStampCheck  lp_file_stamp_check_file  (const LpFileStamp *stamp,
                                             GFile             *file,
                                             GCancellable      *cancellable,
                                             GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LpFileStamp, lp_file_stamp_free)

G_END_DECLS
