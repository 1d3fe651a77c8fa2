/* lp-painter-body.c — the body pane: lanes, grid, periods, milestones, blocks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Render"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "lp-timeline-painter-private.h"

/* The part of the body drawn, in content coordinates. */
typedef struct
{
  double x0, x1, y0, y1;
} Area;

static void
draw_grid (LpTimelinePainter  *self,
           cairo_t            *cr,
           const Palette      *pal,
           const Area         *area)
{
  double x0 = area->x0, x1 = area->x1, y0 = area->y0, y1 = area->y1;
  g_autoptr(GArray) months = lp_timeline_layout_get_month_ticks (self->layout, x0, x1);
  double scale = lp_timeline_layout_get_scale (self->layout);

  if (scale >= WEEKEND_SCALE)
    {
      LpDate d0 = lp_timeline_layout_x_to_date (self->layout, x0);
      LpDate d1 = lp_timeline_layout_x_to_date (self->layout, x1);

      /* back to the Saturday before the view, then every week */
      d0 -= (lp_date_get_weekday (d0) + 1) % LP_DAYS_PER_WEEK;
      for (LpDate d = d0; d <= d1; d += LP_DAYS_PER_WEEK)
        {
          double dx = lp_timeline_layout_date_to_x (self->layout, d);
          cairo_rectangle (cr, dx, y0, 2 * scale, y1 - y0);
        }
      set_rgba (cr, &pal->weekend);
      cairo_fill (cr);
    }

  if (scale >= DAYS_MIN_SCALE)
    {
      LpDate d0 = lp_timeline_layout_x_to_date (self->layout, x0);
      LpDate d1 = lp_timeline_layout_x_to_date (self->layout, x1);

      for (LpDate d = d0; d <= d1; d++)
        if (lp_date_get_weekday (d) != 1)
          lp_painter_vline (cr, lp_timeline_layout_date_to_x (self->layout, d), y0, y1, 1);
      set_rgba (cr, &pal->grid_week);
      cairo_stroke (cr);
    }

  if (lp_timeline_layout_shows_weeks (self->layout))
    {
      g_autoptr(GArray) weeks = lp_timeline_layout_get_week_ticks (self->layout, x0, x1);

      for (guint i = 0; i < weeks->len; i++)
        lp_painter_vline (cr, g_array_index (weeks, LpTick, i).x, y0, y1, 1);
      set_rgba (cr, &pal->grid_week);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < months->len; i++)
    {
      const LpTick *t = &g_array_index (months, LpTick, i);
      if (t->number != 1)
        lp_painter_vline (cr, t->x, y0, y1, 1);
    }
  set_rgba (cr, &pal->grid_month);
  cairo_stroke (cr);

  for (guint i = 0; i < months->len; i++)
    {
      const LpTick *t = &g_array_index (months, LpTick, i);
      if (t->number == 1)
        lp_painter_vline (cr, t->x, y0, y1, 1);
    }
  set_rgba (cr, &pal->grid_year);
  cairo_stroke (cr);
}

static void
draw_lanes (LpTimelinePainter  *self,
            cairo_t            *cr,
            const Palette      *pal,
            const LpPaintState *state,
            const Area         *area)
{
  double x0 = area->x0, x1 = area->x1, y0 = area->y0, y1 = area->y1;
  LpLaneWalk walk;

  lp_lane_walk_init (&walk, lp_timeline_layout_get_n_lanes (self->layout));
  while (lp_painter_next_lane (self, state, &walk, y0, y1))
    if (walk.shown % 2 == 0)
      {
        set_rgba (cr, &pal->lane_alt);
        cairo_rectangle (cr, x0, walk.y, x1 - x0, walk.height);
        cairo_fill (cr);
      }
}

static void
draw_lane_separators (LpTimelinePainter  *self,
                      cairo_t            *cr,
                      const Palette      *pal,
                      const LpPaintState *state,
                      const Area         *area)
{
  double x0 = area->x0, x1 = area->x1, y0 = area->y0, y1 = area->y1;
  guint n = lp_timeline_layout_get_n_lanes (self->layout);

  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < n; i++)
    {
      double ly, lh, sy;

      lp_timeline_layout_get_lane (self->layout, i, &ly, &lh);
      if (lh <= 0 || lp_painter_track_hidden (self, state, i))
        continue;
      sy = round (ly + lh) - 0.5;
      if (sy < y0)
        continue;
      if (sy > y1)
        break;
      cairo_move_to (cr, x0, sy);
      cairo_line_to (cr, x1, sy);
    }
  set_rgba (cr, &pal->lane_separator);
  cairo_stroke (cr);
}

static void
draw_periods (LpTimelinePainter  *self,
            cairo_t            *cr,
            const Palette      *pal,
            const LpRect       *visible,
            double              y_end)
{
  GListModel *periods = lp_trajectory_get_periods (self->trajectory);
  guint n = g_list_model_get_n_items (periods);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpPeriod) period = g_list_model_get_item (periods, i);
      double bx0 = lp_timeline_layout_date_to_x (self->layout, lp_period_get_start (period));
      double bx1 = lp_timeline_layout_date_to_x (self->layout, lp_period_get_end (period) + 1);
      LpPeriodKind kind = MIN (lp_period_get_kind (period), LP_N_PERIOD_KINDS - 1);

      if (bx1 <= visible->x || bx0 >= visible->x + visible->width)
        continue;

      set_rgba (cr, &pal->period[kind]);
      cairo_rectangle (cr, bx0, visible->y, bx1 - bx0, y_end - visible->y);
      cairo_fill (cr);
    }
}

static void
draw_milestone_lines (LpTimelinePainter *self,
                      cairo_t           *cr,
                      const Palette     *pal,
                      const LpRect      *visible,
                      double             y_end)
{
  GListModel *milestones = lp_trajectory_get_milestones (self->trajectory);
  guint n = g_list_model_get_n_items (milestones);
  double scale = lp_timeline_layout_get_scale (self->layout);
  static const double dash[] = { 5.0, 3.0 };

  cairo_save (cr);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpMilestone) ms = g_list_model_get_item (milestones, i);
      double mx = lp_timeline_layout_date_to_x (self->layout, lp_milestone_get_date (ms)) + scale / 2;
      LpMilestoneKind kind = MIN (lp_milestone_get_kind (ms), LP_N_MILESTONE_KINDS - 1);
      const Rgba *c = &pal->milestone[kind];

      if (mx < visible->x - 1 || mx > visible->x + visible->width + 1)
        continue;
      cairo_set_source_rgba (cr, c->r, c->g, c->b, 0.8);
      lp_painter_vline (cr, mx, visible->y, y_end, 1.5);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static void
draw_preview (LpTimelinePainter  *self,
              cairo_t            *cr,
              const Palette      *pal,
              const LpPaintState *state)
{
  double ly, lh, x0, x1;
  double pad = lp_timeline_layout_get_row_height (self->layout) * 0.1 + 2;
  static const double dash[] = { 5.0, 3.0 };

  if (state->preview_track < 0 || state->preview_start == LP_DATE_NONE)
    return;
  if (!lp_timeline_layout_get_lane (self->layout, state->preview_track, &ly, &lh) || lh <= 0)
    return;

  x0 = round (lp_timeline_layout_date_to_x (self->layout, state->preview_start)) + 1;
  x1 = round (lp_timeline_layout_date_to_x (self->layout, MAX (state->preview_end, state->preview_start) + 1)) - 1;

  lp_painter_rounded_rect (cr, x0, ly + pad, MAX (1, x1 - x0), lh - 2 * pad, BLOCK_RADIUS);
  cairo_set_source_rgba (cr, pal->accent.r, pal->accent.g, pal->accent.b, 0.22);
  cairo_fill_preserve (cr);
  cairo_save (cr);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_set_line_width (cr, 2);
  cairo_set_source_rgba (cr, pal->accent.r, pal->accent.g, pal->accent.b, 0.9);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_cursor (LpTimelinePainter  *self,
             cairo_t            *cr,
             const Palette      *pal,
             const LpPaintState *state)
{
  double ly, lh, cx, cw;

  if (state->cursor_track < 0 || state->cursor_date == LP_DATE_NONE)
    return;
  if (!lp_timeline_layout_get_lane (self->layout, state->cursor_track, &ly, &lh) || lh <= 0)
    return;

  cx = round (lp_timeline_layout_date_to_x (self->layout, state->cursor_date));
  cw = MAX (2, lp_timeline_layout_get_scale (self->layout));

  cairo_set_source_rgba (cr, pal->accent.r, pal->accent.g, pal->accent.b, 0.12);
  cairo_rectangle (cr, cx, ly, cw, lh);
  cairo_fill (cr);

  cairo_set_source_rgba (cr, pal->accent.r, pal->accent.g, pal->accent.b, 1);
  cairo_rectangle (cr, cx, ly + 1, 2, lh - 2);
  cairo_fill (cr);
  /* small notches top and bottom */
  cairo_move_to (cr, cx - 3, ly + 1);
  cairo_line_to (cr, cx + 5, ly + 1);
  cairo_line_to (cr, cx + 1, ly + 6);
  cairo_close_path (cr);
  cairo_move_to (cr, cx - 3, ly + lh - 1);
  cairo_line_to (cr, cx + 5, ly + lh - 1);
  cairo_line_to (cr, cx + 1, ly + lh - 6);
  cairo_close_path (cr);
  cairo_fill (cr);
}

gboolean
lp_painter_today_x (LpTimelinePainter  *self,
                    const LpPaintState *state,
                    double             *x)
{
  if (is_print (state) || state->today == LP_DATE_NONE)
    return FALSE;
  if (state->today < lp_timeline_layout_get_first_date (self->layout)
      || state->today > lp_timeline_layout_get_last_date (self->layout))
    return FALSE;
  *x = lp_timeline_layout_date_to_x (self->layout, state->today)
       + lp_timeline_layout_get_scale (self->layout) / 2;
  return TRUE;
}

void
lp_timeline_painter_draw_body (LpTimelinePainter  *self,
                               cairo_t            *cr,
                               const LpRect       *visible,
                               const LpPaintState *state)
{
  const Palette *pal;
  double x0, x1, y0, y1, content_h, y_end, tx;
  Area area;

  g_return_if_fail (LP_IS_TIMELINE_PAINTER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (visible != NULL);

  state = lp_painter_resolve_state (state);
  pal = lp_painter_get_palette (state);

  x0 = visible->x;
  x1 = visible->x + visible->width;
  y0 = visible->y;
  y1 = visible->y + visible->height;
  if (!(x1 > x0) || !(y1 > y0))
    return;

  content_h = lp_timeline_layout_get_height (self->layout);
  y_end = MIN (y1, content_h);

  cairo_save (cr);
  /* 4×4 supersampling instead of the exact coverage rasterizer: ~15 %
   * cheaper frames with many blocks, indistinguishable at screen sizes
   * (text keeps its own font options) */
  if (!is_print (state))
    cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_dash (cr, NULL, 0, 0);

  /* background and lanes */
  set_rgba (cr, &pal->background);
  cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
  cairo_fill (cr);

  area = (Area) { x0, x1, y0, y_end };
  draw_lanes (self, cr, pal, state, &area);

  if (self->trajectory != NULL)
    draw_periods (self, cr, pal, visible, y_end);
  lp_painter_draw_holidays (self, cr, pal, visible, y_end, state);

  draw_grid (self, cr, pal, &area);
  draw_lane_separators (self, cr, pal, state, &area);

  if (self->trajectory == NULL)
    {
      cairo_restore (cr);
      return;
    }

  draw_milestone_lines (self, cr, pal, visible, y_end);

  if (!is_print (state))
    draw_cursor (self, cr, pal, state);

  /* the today line under the blocks and their labels */
  if (lp_painter_today_x (self, state, &tx) && tx >= x0 - 2 && tx <= x1 + 2)
    {
      set_rgba (cr, &pal->today);
      lp_painter_vline (cr, tx, y0, y1, 2);
      cairo_stroke (cr);
    }

  /* series links under the blocks, then the blocks: only what the index
   * says is visible */
  lp_painter_draw_series_links (self, cr, visible, state);
  lp_painter_draw_blocks (self, cr, pal, visible, state);

  if (!is_print (state))
    {
      lp_painter_draw_block_rings (self, cr, pal, visible, state);
      draw_preview (self, cr, pal, state);
    }


  cairo_restore (cr);
}
