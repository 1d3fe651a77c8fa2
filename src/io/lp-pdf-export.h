/* lp-pdf-export.h — write the export document as a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "lp-export-document.h"

G_BEGIN_DECLS

/* Writes to a temporary file beside path and renames it into place only
 * when Cairo finished without error: a failed export leaves nothing behind
 * (and an existing file at path untouched). */
gboolean lp_pdf_export (LpTrajectory          *trajectory,
                        const LpExportOptions *options,
                        const char            *path,
                        GError               **error);

G_END_DECLS
