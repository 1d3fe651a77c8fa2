/* lp-pdf-export.h — write the export document as a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "lp-export-document.h"

G_BEGIN_DECLS

/* Makes the whole PDF in memory, then writes it to a temporary file beside
 * path (symlinks followed) and renames it into place: a failed export
 * leaves nothing behind and an existing file untouched.  Refuses a path
 * that is not a regular file or a new name (G_IO_ERROR_NOT_REGULAR_FILE)
 * and a read-only file (LP_FILE_ERROR_READ_ONLY). */
gboolean lp_pdf_export (LpTrajectory          *trajectory,
                        const LpExportOptions *options,
                        const char            *path,
                        GError               **error);

/* Told after each page is drawn: pages done (1…n_pages) of n_pages.
 * Called in the exporting thread. */
typedef void (*LpPdfExportProgress) (guint    done,
                                     guint    n_pages,
                                     gpointer user_data);

/* lp_pdf_export, with progress after each page (progress may be NULL) and
 * cancellable checked between pages and before the target is touched: a
 * cancelled export (G_IO_ERROR_CANCELLED) writes nothing. */
gboolean lp_pdf_export_full (LpTrajectory          *trajectory,
                             const LpExportOptions *options,
                             const char            *path,
                             GCancellable          *cancellable,
                             LpPdfExportProgress    progress,
                             gpointer               user_data,
                             GError               **error);

G_END_DECLS
