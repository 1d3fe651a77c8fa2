/* lp-file-names.h — file names we suggest, and where a file chooser starts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A file name made from a title that Windows shares and OneDrive accept:
 * no : * ? " < > | / \ or control characters (a separator such as ":" or
 * "/" becomes "-", the rest is removed), no leading or trailing spaces, no
 * trailing dots, not a reserved device name (CON, NUL, COM1 …), at most
 * 200 bytes.  The extension (e.g. ".pdf", may be NULL) is appended; fallback
 * is used when nothing of the title is left. */
char  *lp_file_name_from_title (const char *title,
                                const char *fallback,
                                const char *extension);

/* @file with @extension (".leerplaats") appended when its name has none
 * (no dot after its first character): what a chooser returns when the
 * user typed "plan".  Otherwise a new reference to @file. */
GFile *lp_file_names_with_extension (GFile      *file,
                                     const char *extension);

/* Both names lead to one existing file (also through symlinks or hard
 * links). */
gboolean lp_file_names_same_file (const char *a,
                                  const char *b);

/* The folder a Save As or Export chooser starts in: that of the open file
 * (document may be NULL), else the user's Documents folder when it exists,
 * else the home folder.  Never the current directory. */
GFile *lp_file_names_start_folder (GFile *document);
/* The same with the Documents and home folders given (documents may be NULL). */
GFile *lp_file_names_start_folder_in (GFile      *document,
                                      const char *documents,
                                      const char *home);

G_END_DECLS
