/* lp-writer.h — saving .leerplaats files: deterministic, atomic, with backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "core/lp-trajectory.h"
#include "lp-file-error.h"
#include "lp-file-stamp.h"

G_BEGIN_DECLS

/* The whole document as UTF-8 bytes: elements and attributes in the order
 * of the format's schema, two-space indentation, optional parts left out. */
GBytes   *lp_writer_serialize (LpTrajectory *trajectory);

/* The same, checked by reading it back: NULL when the reader would refuse
 * what was written (a module outside the period, a day's end before its
 * start…), with the reader's error, its message without a file name or
 * line (the bytes were never a file). */
GBytes   *lp_writer_serialize_checked (LpTrajectory  *trajectory,
                                       GError       **error);

/* Serialize to memory, then replace the file atomically, keeping the previous
 * one as NAME.leerplaats~.  expected: the stamp from load (or the last save),
 * or NULL to write without asking; when the file on disk holds other bytes
 * (size or SHA-256 differ, whatever its modification time), fails with
 * LP_FILE_ERROR_CHANGED and writes nothing.  A file this user may not
 * write fails with LP_FILE_ERROR_READ_ONLY (offer Save As), one that is not
 * a regular file with G_IO_ERROR_NOT_REGULAR_FILE.  Symlinks are resolved
 * to their target; hard-linked files are never truncated in place; the new
 * file keeps the old one's mode (and owner, where allowed).  NAME~ is
 * replaced only once the new file is in place.  On success
 * out_stamp (may be NULL) receives the stamp of the bytes written. */
gboolean  lp_writer_save_file (LpTrajectory       *trajectory,
                               GFile              *file,
                               const LpFileStamp  *expected,
                               LpFileStamp       **out_stamp,
                               GCancellable       *cancellable,
                               GError            **error);

G_END_DECLS
