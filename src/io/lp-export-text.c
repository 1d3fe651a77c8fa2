/* lp-export-text.c — text on export pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lp-export-text.h"

PangoLayout *
lp_export_text_layout (PangoContext *pango,
                       double        size,
                       gboolean      bold,
                       double        width)
{
  PangoLayout *layout = pango_layout_new (pango);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (LP_EXPORT_FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  return layout;
}

void
lp_export_text_show (cairo_t        *cr,
                     PangoContext   *pango,
                     const char     *text,
                     gboolean        is_markup,
                     double          size,
                     gboolean        bold,
                     double          x,
                     double          y,
                     double          width,
                     PangoAlignment  align)
{
  g_autoptr(PangoLayout) layout = lp_export_text_layout (pango, size, bold, width);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, align);
  if (is_markup)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}
