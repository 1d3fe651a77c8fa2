/* lp-painter-calendar.c — public holidays as hatched day columns, and the
 * warning mark on a block with a problem
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "core/lp-date.h"
#include "core/lp-holidays.h"
#include "lp-timeline-painter-private.h"

#define HOLIDAY_MIN_WIDTH 3.0   /* a column stays visible when a day is narrower */
#define HATCH_STEP        5.0
#define MARK_SIZE         11.0

static void
hatch (cairo_t      *cr,
       const Rgba   *colour,
       double        x,
       double        y0,
       double        w,
       double        y1)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y0, w, y1 - y0);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, colour->r, colour->g, colour->b, colour->a * 0.35);
  cairo_paint (cr);
  cairo_set_source_rgba (cr, colour->r, colour->g, colour->b, MIN (1.0, colour->a * 1.5));
  cairo_set_line_width (cr, 1.0);
  /* lines at 45°, anchored to content y so that scrolling keeps them still */
  for (double sy = floor ((y0 - w) / HATCH_STEP) * HATCH_STEP; sy < y1; sy += HATCH_STEP)
    {
      cairo_move_to (cr, x, sy + w);
      cairo_line_to (cr, x + w, sy);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
lp_painter_draw_holidays (LpTimelinePainter  *self,
                          cairo_t            *cr,
                          const Palette      *pal,
                          const LpRect       *visible,
                          double              y_end,
                          const LpPaintState *state)
{
  LpDate first, last;
  guint d, m, y0, y1;

  if (!state->holidays || y_end <= visible->y)
    return;
  first = lp_timeline_layout_x_to_date (self->layout, visible->x);
  last = lp_timeline_layout_x_to_date (self->layout, visible->x + visible->width);
  if (first == LP_DATE_NONE || last == LP_DATE_NONE)
    return;
  lp_date_to_dmy (first, &d, &m, &y0);
  lp_date_to_dmy (last, &d, &m, &y1);
  for (guint year = y0; year <= y1; year++)
    {
      LpHoliday days[LP_HOLIDAYS_PER_YEAR];

      lp_holidays_for_year (year, days);
      for (guint i = 0; i < LP_HOLIDAYS_PER_YEAR; i++)
        {
          double x = lp_timeline_layout_date_to_x (self->layout, days[i].date);
          double w = lp_timeline_layout_date_to_x (self->layout, days[i].date + 1) - x;

          if (w < HOLIDAY_MIN_WIDTH)
            {
              x -= (HOLIDAY_MIN_WIDTH - w) / 2;
              w = HOLIDAY_MIN_WIDTH;
            }
          if (x + w >= visible->x && x <= visible->x + visible->width)
            hatch (cr, &pal->weekend, x, visible->y, w, y_end);
        }
    }
}

/* A small warning triangle at the block's top-right corner (beside the
 * comment badge when there is one). */
static void
draw_problem_mark (cairo_t       *cr,
                   gconstpointer  data)
{
  const double *xys = data;
  double x = xys[0], y = xys[1], s = xys[2];

  cairo_save (cr);
  cairo_move_to (cr, x + s / 2, y);
  cairo_line_to (cr, x + s, y + s);
  cairo_line_to (cr, x, y + s);
  cairo_close_path (cr);
  cairo_set_source_rgb (cr, 0.96, 0.76, 0.07);   /* GNOME yellow 3 */
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
  cairo_move_to (cr, x + s / 2, y + s * 0.35);
  cairo_line_to (cr, x + s / 2, y + s * 0.7);
  cairo_stroke (cr);
  cairo_rectangle (cr, x + s / 2 - 0.5, y + s * 0.78, 1, 1);
  cairo_fill (cr);
  cairo_restore (cr);
}

void
lp_painter_draw_problem_mark (LpTimelinePainter   *self,
                              cairo_t             *cr,
                              const PreparedBlock *pb)
{
  double s = MIN (MARK_SIZE, MIN (pb->w, pb->h));
  double xys[3] = { pb->x + pb->w - s - 1, pb->y + 1, s };

  if (s < 4)
    return;
  if (pb->open_comments > 0)
    {
      /* never under the comment badge: below it where the block is tall
       * enough, otherwise to its left */
      double cx, cy, r;

      lp_painter_badge_circle (pb, &cx, &cy, &r);
      if (pb->y + pb->h - 1 - s >= cy + r + 1)
        xys[1] = pb->y + pb->h - 1 - s;
      else
        xys[0] = cx - r - 1 - s;
    }
  g_string_printf (self->stamp_key, "problem|%.2f", s);
  lp_painter_stamp (self, cr, xys[0] - 2, xys[1] - 2, s + 4, s + 4, draw_problem_mark, xys);
}
