/* lp-print-preview.h — print preview in a window of the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "io/lp-export-document.h"

G_BEGIN_DECLS

/* Draws page of doc into cr, an area of width × height points: scaled to
 * fit, or at its own size (clipped). */
void       lp_print_draw_page     (LpExportDocument *doc,
                                   cairo_t          *cr,
                                   guint             page,
                                   double            width,
                                   double            height,
                                   gboolean          fit);

/* A window showing every page of doc (taken), one below the other. */
GtkWindow *lp_print_preview_show  (GtkWindow        *parent,
                                   LpExportDocument *doc);

G_END_DECLS
