/* lp-reader.h — loading .leerplaats files, safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Errors (LP_FILE_ERROR, or G_IO_ERROR for reading the file) carry a
 * translated message "NAME:LINE: what is wrong" where NAME is the file's
 * display name (or the name given for in-memory data).
 */
#pragma once

#include <gio/gio.h>
#include "core/lp-trajectory.h"
#include "lp-file-error.h"
#include "lp-file-stamp.h"

G_BEGIN_DECLS

/* Call once on the main thread at start-up (xmlInitParser, entity loader). */
void          lp_reader_init       (void);

/* out_stamp (may be NULL) receives the size and SHA-256 of the bytes read,
 * for lp_writer_save_file () to find changes by someone else. */
LpTrajectory *lp_reader_load_file  (GFile        *file,
                                    LpFileStamp **out_stamp,
                                    GCancellable *cancellable,
                                    GError      **error);
/* The same, and out_bytes (may be NULL) receives the bytes read: what the
 * file held when it was loaded, a base for merging later changes. */
LpTrajectory *lp_reader_load_file_bytes (GFile        *file,
                                         LpFileStamp **out_stamp,
                                         GBytes      **out_bytes,
                                         GCancellable *cancellable,
                                         GError      **error);
LpTrajectory *lp_reader_load_data  (const char   *data,
                                    gsize         length,
                                    const char   *display_name,
                                    GError      **error);
/* The bytes of a local file, NUL-terminated, after fstat: refuses what is
 * not a regular file and a file over the size limit (LP_FILE_ERROR_UNSAFE,
 * "NAME: what") without reading it; G_IO_ERROR when it cannot be read. */
gboolean      lp_reader_read_path  (const char   *path,
                                    const char   *name,
                                    char        **contents,
                                    gsize        *length,
                                    GError      **error);
/* Line (1-based) of the first problem in an LP_FILE_ERROR, 0 when unknown. */
guint         lp_reader_error_get_line (const GError *error);

G_END_DECLS
