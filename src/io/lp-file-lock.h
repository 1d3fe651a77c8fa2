/* lp-file-lock.h — the lock file beside an open file, in the style
 * LibreOffice uses: `.~lock.NAME#` holding "NAME,USER,HOST,DD.MM.YYYY HH:MM,pid:PID;"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A notice for others, never a refusal.  Failures to write or remove it
 * (a read-only folder, a network drive) are silent.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The lock file's path for @file (a local file). */
char     *lp_file_lock_path    (GFile *file);
/* TRUE when someone else holds a lock on @file: another host, or a running
 * process on this one; a lock whose process is gone on this host, and our
 * own, do not count.  Each out (may be NULL) is set only on TRUE. */
gboolean  lp_file_lock_read    (GFile      *file,
                                char      **name,
                                char      **host,
                                GDateTime **since);
/* Writes our lock unless someone else holds one; returns whether it did. */
gboolean  lp_file_lock_take    (GFile *file);
/* Removes the lock if it is ours. */
void      lp_file_lock_release (GFile *file);

G_END_DECLS
