/* lp-file-error.h — errors of reading and writing .leerplaats files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LP_FILE_ERROR (lp_file_error_quark ())
GQuark lp_file_error_quark (void);

typedef enum {
  LP_FILE_ERROR_NOT_XML,      /* not well-formed, truncated, bad encoding, empty */
  LP_FILE_ERROR_UNSAFE,       /* DTD, entities, XInclude: refused */
  LP_FILE_ERROR_INVALID,      /* does not match the schema */
  LP_FILE_ERROR_SEMANTIC,     /* dangling reference, duplicate id, end < start … */
  LP_FILE_ERROR_TOO_NEW,      /* version newer than this program knows */
  LP_FILE_ERROR_CHANGED,      /* the file changed on disk since it was loaded */
  LP_FILE_ERROR_READ_ONLY,    /* the file may not be written by this user: offer Save As */
} LpFileError;

/* Sets @error to "NAME:LINE: WHAT" (or "NAME: WHAT" when @line is 0) and
 * keeps @line (1-based, 0 when unknown) for lp_file_error_get_line(). */
void  lp_file_error_set      (GError      **error,
                              LpFileError   code,
                              const char   *name,
                              guint         line,
                              const char   *what);
/* The line of an LP_FILE_ERROR; 0 for other errors or when unknown. */
guint lp_file_error_get_line (const GError *error);

G_END_DECLS
