/* lp-file-replace.h — replacing a local file: checks, temporary, backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "lp-file-error.h"
#include "lp-file-stamp.h"

G_BEGIN_DECLS

typedef enum {
  LP_FILE_REPLACE_NONE   = 0,
  LP_FILE_REPLACE_BACKUP = 1 << 0,  /* keep the previous version as NAME~ */
} LpFileReplaceFlags;

/* @path with its symlinks followed to the file they name (which need not
 * exist yet). */
char     *lp_file_resolve_symlinks (const char  *path,
                                    GError     **error);

/* Replaces the file at @path (symlinks followed) with @bytes.  Refuses a
 * target that exists and is not a regular file (G_IO_ERROR_NOT_REGULAR_FILE)
 * or that this user may not write (LP_FILE_ERROR_READ_ONLY), and one whose
 * bytes differ from @expected (LP_FILE_ERROR_CHANGED; NULL: no check).
 * Writes NAME.XXXXXX beside it (locked while in use), flushes it, gives it
 * the old file's mode (and owner, where allowed), then with BACKUP links
 * the old file to NAME~.XXXXXX, renames the new file over NAME and only
 * then that link over NAME~: a failure or a kill at any moment leaves NAME
 * old or new and NAME~ present.  Messages start with @what (for example
 * "Could not save “x”"). */
gboolean  lp_file_replace          (const char          *path,
                                    GBytes              *bytes,
                                    LpFileReplaceFlags   flags,
                                    const LpFileStamp   *expected,
                                    const char          *what,
                                    GCancellable        *cancellable,
                                    GError             **error);

/* TRUE when @expected is NULL, or @file still holds the bytes of
 * @expected, or does not exist.  Other bytes: LP_FILE_ERROR_CHANGED; a
 * failure to read it: a message that starts with @what. */
gboolean  lp_file_check_unchanged  (GFile               *file,
                                    const LpFileStamp   *expected,
                                    const char          *what,
                                    GCancellable        *cancellable,
                                    GError             **error);

/* Removes NAME.XXXXXX and NAME~.XXXXXX beside @path that a save left when
 * it was killed: only names of exactly that pattern, only regular files of
 * this user that no running save holds locked. */
void      lp_file_remove_stale_temporaries (const char *path);
/* The backup of @path: "NAME~" beside it (NAME cut when it is so long
 * that NAME~ would pass 255 bytes). */
char     *lp_file_backup_path      (const char *path);

G_END_DECLS
