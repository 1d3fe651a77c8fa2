/* lp-export-text.h — text on export pages: the export's font, one layout
 * maker and one line shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

#define LP_EXPORT_FONT_FAMILY "Cantarell, DejaVu Sans, Sans"

/* A new layout on pango in the export's font at size points (bold when
 * asked), width points wide; no text yet. */
PangoLayout *lp_export_text_layout (PangoContext   *pango,
                                    double          size,
                                    gboolean        bold,
                                    double          width);

/* Shows text (Pango markup when is_markup) with its top left at x, y, in
 * width points, ended by an ellipsis where a line is longer. */
void         lp_export_text_show   (cairo_t        *cr,
                                    PangoContext   *pango,
                                    const char     *text,
                                    gboolean        is_markup,
                                    double          size,
                                    gboolean        bold,
                                    double          x,
                                    double          y,
                                    double          width,
                                    PangoAlignment  align);

G_END_DECLS
