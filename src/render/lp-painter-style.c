/* lp-painter-style.c — palettes, block styles and shapes shared by every pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Render"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "core/lp-library.h"
#include "lp-timeline-painter-private.h"

static const Palette light_palette = {
  .background        = { 1.000, 1.000, 1.000, 1 },
  .lane_alt          = { 0.965, 0.961, 0.957, 1 },
  .lane_separator    = { 0.871, 0.867, 0.855, 1 },
  .grid_week         = { 0, 0, 0, 0.045 },
  .weekend           = { 0, 0, 0, 0.022 },
  .grid_month        = { 0, 0, 0, 0.12 },
  .grid_year         = { 0, 0, 0, 0.32 },
  .header_background = { 0.980, 0.980, 0.980, 1 },
  .header_separator  = { 0.804, 0.800, 0.792, 1 },
  .text              = { 0.141, 0.122, 0.192, 1 },
  .text_dim          = { 0.369, 0.361, 0.392, 1 },
  .text_dark         = { 0.141, 0.122, 0.192, 1 },
  .text_light        = { 1, 1, 1, 1 },
  .period              = { { 0.208, 0.518, 0.894, 0.09 },    /* recess: blue */
                         { 0.965, 0.827, 0.176, 0.16 },    /* holiday: yellow */
                         { 0.467, 0.463, 0.482, 0.10 } },  /* other: grey */
  .milestone         = { { 0.753, 0.110, 0.157, 1 },       /* election */
                         { 0.569, 0.255, 0.675, 1 },       /* coalition agreement */
                         { 0.149, 0.635, 0.412, 1 },       /* budget */
                         { 0.902, 0.380, 0.000, 1 },       /* evaluation */
                         { 0.369, 0.361, 0.392, 1 } },     /* other */
  .today             = { 0.878, 0.106, 0.141, 1 },
  .accent            = { 0.208, 0.518, 0.894, 1 },
  .selected          = { 0.110, 0.443, 0.847, 1 },
  .pill              = { 1, 1, 1, 0.88 },
};

static const Palette paper_palette = {
  .background        = { 1, 1, 1, 1 },
  .lane_alt          = { 0.955, 0.955, 0.955, 1 },
  .lane_separator    = { 0.780, 0.780, 0.780, 1 },
  .grid_week         = { 0, 0, 0, 0.06 },
  .weekend           = { 0, 0, 0, 0.025 },
  .grid_month        = { 0, 0, 0, 0.18 },
  .grid_year         = { 0, 0, 0, 0.55 },
  .header_background = { 1, 1, 1, 1 },
  .header_separator  = { 0.700, 0.700, 0.700, 1 },
  .text              = { 0, 0, 0, 1 },
  .text_dim          = { 0.330, 0.330, 0.330, 1 },
  .text_dark         = { 0, 0, 0, 1 },
  .text_light        = { 1, 1, 1, 1 },
  .period              = { { 0.208, 0.518, 0.894, 0.10 },
                         { 0.965, 0.827, 0.176, 0.20 },
                         { 0.467, 0.463, 0.482, 0.12 } },
  .milestone         = { { 0.753, 0.110, 0.157, 1 },
                         { 0.569, 0.255, 0.675, 1 },
                         { 0.149, 0.635, 0.412, 1 },
                         { 0.902, 0.380, 0.000, 1 },
                         { 0.369, 0.361, 0.392, 1 } },
  .today             = { 0.878, 0.106, 0.141, 1 },
  .accent            = { 0.208, 0.518, 0.894, 1 },
  .selected          = { 0.110, 0.443, 0.847, 1 },
  .pill              = { 1, 1, 1, 0.9 },
};

static const Palette dark_palette = {
  .background        = { 0.141, 0.141, 0.141, 1 },
  .lane_alt          = { 0.173, 0.173, 0.173, 1 },
  .lane_separator    = { 0.243, 0.243, 0.243, 1 },
  .grid_week         = { 1, 1, 1, 0.04 },
  .weekend           = { 1, 1, 1, 0.025 },
  .grid_month        = { 1, 1, 1, 0.10 },
  .grid_year         = { 1, 1, 1, 0.28 },
  .header_background = { 0.188, 0.188, 0.188, 1 },
  .header_separator  = { 0.278, 0.278, 0.278, 1 },
  .text              = { 1, 1, 1, 1 },
  .text_dim          = { 0.753, 0.749, 0.737, 1 },
  .text_dark         = { 0.141, 0.122, 0.192, 1 },
  .text_light        = { 1, 1, 1, 1 },
  .period              = { { 0.384, 0.627, 0.918, 0.12 },
                         { 0.965, 0.827, 0.176, 0.10 },
                         { 0.753, 0.749, 0.737, 0.08 } },
  .milestone         = { { 0.965, 0.380, 0.318, 1 },
                         { 0.753, 0.380, 0.796, 1 },
                         { 0.341, 0.890, 0.537, 1 },
                         { 1.000, 0.639, 0.282, 1 },
                         { 0.753, 0.749, 0.737, 1 } },
  .today             = { 0.965, 0.380, 0.318, 1 },
  .accent            = { 0.471, 0.682, 0.929, 1 },
  .selected          = { 0.471, 0.682, 0.929, 1 },
  .pill              = { 0.141, 0.141, 0.141, 0.88 },
};

const Palette *
lp_painter_get_palette (const LpPaintState *state)
{
  if (state->flags & LP_PAINT_PRINT)
    return &paper_palette;
  if (state->flags & LP_PAINT_DARK)
    return &dark_palette;
  return &light_palette;
}

/* Rounded rectangle with Bézier corners (no trigonometry: blocks are many). */
void
lp_painter_rounded_rect (cairo_t *cr,
                         double   x,
                         double   y,
                         double   w,
                         double   h,
                         double   r)
{
  const double k = 0.4477;   /* 1 - 0.5523: Bézier circle approximation */

  r = MIN (r, MIN (w, h) / 2.0);
  if (r <= 0.5)
    {
      cairo_rectangle (cr, x, y, w, h);
      return;
    }
  cairo_move_to (cr, x + r, y);
  cairo_line_to (cr, x + w - r, y);
  cairo_curve_to (cr, x + w - r * k, y, x + w, y + r * k, x + w, y + r);
  cairo_line_to (cr, x + w, y + h - r);
  cairo_curve_to (cr, x + w, y + h - r * k, x + w - r * k, y + h, x + w - r, y + h);
  cairo_line_to (cr, x + r, y + h);
  cairo_curve_to (cr, x + r * k, y + h, x, y + h - r * k, x, y + h - r);
  cairo_line_to (cr, x, y + r);
  cairo_curve_to (cr, x, y + r * k, x + r * k, y, x + r, y);
  cairo_close_path (cr);
}

static double
luminance (const double rgb[3])
{
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

static void
mix (const double a[3],
     const Rgba  *b,
     double       t,     /* share of a */
     double       out[3])
{
  out[0] = a[0] * t + b->r * (1 - t);
  out[1] = a[1] * t + b->g * (1 - t);
  out[2] = a[2] * t + b->b * (1 - t);
}

void
lp_painter_block_style (const Palette *pal,
                        const double   rgb[3],
                        LpStatus       status,
                        BlockStyle    *st)
{
  const Rgba *t;

  st->dashed = FALSE;
  st->checks = 0;
  switch (status)
    {
    case LP_STATUS_IDEA:
      mix (rgb, &pal->background, 0.18, st->fill);
      st->dashed = TRUE;
      break;
    case LP_STATUS_DRAFT:
      mix (rgb, &pal->background, 0.45, st->fill);
      st->dashed = TRUE;
      break;
    case LP_STATUS_DONE:
      memcpy (st->fill, rgb, sizeof st->fill);
      st->checks = 1;
      break;
    case LP_STATUS_EVALUATED:
      memcpy (st->fill, rgb, sizeof st->fill);
      st->checks = 2;
      break;
    case LP_STATUS_CONFIRMED:
    default:
      memcpy (st->fill, rgb, sizeof st->fill);
      break;
    }

  /* outline: a darker shade of the theme colour */
  for (guint i = 0; i < 3; i++)
    st->outline[i] = rgb[i] * 0.72;

  t = luminance (st->fill) > 0.55 ? &pal->text_dark : &pal->text_light;
  st->text[0] = t->r;
  st->text[1] = t->g;
  st->text[2] = t->b;
}

/* One check mark whose box is (x, y, size, size). */
static void
check_path (cairo_t *cr,
            double   x,
            double   y,
            double   size)
{
  cairo_move_to (cr, x + size * 0.12, y + size * 0.55);
  cairo_line_to (cr, x + size * 0.40, y + size * 0.82);
  cairo_line_to (cr, x + size * 0.90, y + size * 0.22);
}

void
lp_painter_draw_checks (cairo_t      *cr,
                        const double  colour[3],
                        guint         checks,
                        double        x,
                        double        y,
                        double        size)
{
  if (checks == 0)
    return;

  cairo_save (cr);
  cairo_set_source_rgb (cr, colour[0], colour[1], colour[2]);
  cairo_set_line_width (cr, MAX (1.2, size / 7.0));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  check_path (cr, x, y, size);
  if (checks > 1)
    check_path (cr, x - size * 0.42, y, size);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Block shape and fill in a status style; rect already inset.  Solid
 * outlines are two fills (outline colour, then the inset body): cheaper
 * than stroking.  Idea and draft blocks get a dashed outline made of small
 * rectangles along the straight edges (the corners stay open), filled at
 * once: far cheaper than a dashed stroke.  (Batching the shapes of many
 * blocks into one fill was measured slower: the rasterizer then works on
 * the bounding box of the whole batch.) */
void
lp_painter_draw_block_shape (cairo_t          *cr,
                             const BlockStyle *st,
                             double            x,
                             double            y,
                             double            w,
                             double            h)
{
  if (st->dashed && w >= 12 && h >= 8)
    {
      const double on = 4.0, off = 2.5, t = 1.5, r = BLOCK_RADIUS;
      double len, n, step, pos;

      lp_painter_rounded_rect (cr, x, y, w, h, BLOCK_RADIUS);
      cairo_set_source_rgb (cr, st->fill[0], st->fill[1], st->fill[2]);
      cairo_fill (cr);

      len = w - 2 * r;
      n = MAX (1, floor ((len + off) / (on + off)));
      step = n > 1 ? (len - on) / (n - 1) : 0;
      for (pos = 0; n > 0; n--, pos += step)
        {
          double dx = x + r + (step > 0 ? pos : (len - MIN (on, len)) / 2);
          cairo_rectangle (cr, dx, y, MIN (on, len), t);
          cairo_rectangle (cr, dx, y + h - t, MIN (on, len), t);
        }
      len = h - 2 * r;
      if (len >= 2)
        {
          n = MAX (1, floor ((len + off) / (on + off)));
          step = n > 1 ? (len - on) / (n - 1) : 0;
          for (pos = 0; n > 0; n--, pos += step)
            {
              double dy = y + r + (step > 0 ? pos : (len - MIN (on, len)) / 2);
              cairo_rectangle (cr, x, dy, t, MIN (on, len));
              cairo_rectangle (cr, x + w - t, dy, t, MIN (on, len));
            }
        }
      cairo_set_source_rgb (cr, st->outline[0], st->outline[1], st->outline[2]);
      cairo_fill (cr);
      return;
    }

  if (w < 10)
    {
      /* Tiny blocks (zoomed out): square, pixel-aligned boxes take the
       * rasterizer's fast path; corners of a few pixels do not show. */
      cairo_rectangle (cr, x, y, w, h);
      cairo_set_source_rgb (cr, st->outline[0], st->outline[1], st->outline[2]);
      cairo_fill (cr);
      if (w > 2 && h > 2)
        {
          cairo_rectangle (cr, x + 1, y + 1, w - 2, h - 2);
          cairo_set_source_rgb (cr, st->fill[0], st->fill[1], st->fill[2]);
          cairo_fill (cr);
        }
      return;
    }

  lp_painter_rounded_rect (cr, x, y, w, h, BLOCK_RADIUS);
  cairo_set_source_rgb (cr, st->outline[0], st->outline[1], st->outline[2]);
  cairo_fill (cr);
  if (w > 2 && h > 2)
    {
      double b = st->dashed ? 1.25 : 1.0;   /* narrow idea/draft blocks */

      lp_painter_rounded_rect (cr, x + b, y + b, w - 2 * b, h - 2 * b, BLOCK_RADIUS - b);
      cairo_set_source_rgb (cr, st->fill[0], st->fill[1], st->fill[2]);
      cairo_fill (cr);
    }
}

void
lp_painter_vline (cairo_t *cr,
                  double   x,
                  double   y0,
                  double   y1,
                  double   width)
{
  /* crisp on whole-unit grids */
  double cx = round (x) + (((int) round (width)) % 2 ? 0.5 : 0);

  cairo_set_line_width (cr, width);
  cairo_move_to (cr, cx, y0);
  cairo_line_to (cr, cx, y1);
}

guint
lp_painter_theme_mark (LpKind *kind)
{
  const LpTheme *theme = kind != NULL ? lp_kind_get_theme (kind) : NULL;

  for (guint i = 0; theme != NULL && i < lp_library_get_n_themes (); i++)
    if (lp_library_get_theme_nth (i) == theme)
      return i;
  return G_MAXUINT;
}

/* One mark per theme, so that themes differ without colour (black and
 * white print, colour-vision deficiencies): circle, triangle, square,
 * diamond, triangle down, plus, cross, bar. */
void
lp_painter_draw_mark (cairo_t      *cr,
                      guint         mark,
                      double        cx,
                      double        cy,
                      double        size,
                      const double  rgb[3])
{
  double r = size / 2;

  if (mark == G_MAXUINT || size < 4)
    return;
  cairo_save (cr);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_set_line_width (cr, MAX (1.2, size / 5));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  switch (mark % 8)
    {
    case 0:
      cairo_arc (cr, cx, cy, r * 0.8, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case 1:
      cairo_move_to (cr, cx, cy - r);
      cairo_line_to (cr, cx + r, cy + r * 0.8);
      cairo_line_to (cr, cx - r, cy + r * 0.8);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case 2:
      cairo_rectangle (cr, cx - r * 0.8, cy - r * 0.8, r * 1.6, r * 1.6);
      cairo_fill (cr);
      break;
    case 3:
      cairo_move_to (cr, cx, cy - r);
      cairo_line_to (cr, cx + r, cy);
      cairo_line_to (cr, cx, cy + r);
      cairo_line_to (cr, cx - r, cy);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case 4:
      cairo_move_to (cr, cx, cy + r);
      cairo_line_to (cr, cx + r, cy - r * 0.8);
      cairo_line_to (cr, cx - r, cy - r * 0.8);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case 5:
      cairo_move_to (cr, cx - r, cy);
      cairo_line_to (cr, cx + r, cy);
      cairo_move_to (cr, cx, cy - r);
      cairo_line_to (cr, cx, cy + r);
      cairo_stroke (cr);
      break;
    case 6:
      cairo_move_to (cr, cx - r * 0.8, cy - r * 0.8);
      cairo_line_to (cr, cx + r * 0.8, cy + r * 0.8);
      cairo_move_to (cr, cx + r * 0.8, cy - r * 0.8);
      cairo_line_to (cr, cx - r * 0.8, cy + r * 0.8);
      cairo_stroke (cr);
      break;
    default:
      cairo_rectangle (cr, cx - r, cy - r * 0.3, 2 * r, r * 0.6);
      cairo_fill (cr);
      break;
    }
  cairo_restore (cr);
}
