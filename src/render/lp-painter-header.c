/* lp-painter-header.c — the time scale above the body
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

/* A label kept inside [seg_x0, seg_x1) and the visible [x0, x1): sticks to
 * the left edge of the view while its segment scrolls by. */
void
lp_painter_draw_sticky_label (LpTimelinePainter *self,
                              cairo_t           *cr,
                              PangoLayout       *pl,
                              double             seg_x0,
                              double             seg_x1,
                              double             x0,
                              double             y)
{
  double w = layout_width (pl);
  double lx = MAX (seg_x0, x0) + 6;

  if (lx + w > seg_x1 - 4)
    lx = seg_x1 - 4 - w;
  if (lx < seg_x0 + 2)
    return;
  show_layout_at (cr, pl, lx, y);
}

static const char * const weekday_abbreviations[7] = {
  /* Translators: abbreviated weekday names on the timeline header at day zoom */
  NC_("weekday", "Mon"), NC_("weekday", "Tue"), NC_("weekday", "Wed"), NC_("weekday", "Thu"),
  NC_("weekday", "Fri"), NC_("weekday", "Sat"), NC_("weekday", "Sun"),
};

/* Sticky labels for year (or month + year at day zoom) segments. */
static void
draw_year_row (LpTimelinePainter *self,
               cairo_t           *cr,
               GArray            *months,
               gboolean           per_month,
               double             x0,
               double             y)
{
  double width = lp_timeline_layout_get_width (self->layout);

  for (guint i = 0; i < months->len; )
    {
      const LpTick *first = &g_array_index (months, LpTick, i);
      double sx0 = first->x, sx1 = first->x + first->width;
      guint j = i + 1;
      char label[96];

      if (per_month)
        {
          /* Translators: month and year on the timeline header at day zoom */
          g_snprintf (label, sizeof label, C_("month and year", "%s %u"),
                      lp_timeline_month_name (first->number, FALSE), first->year);
        }
      else
        {
          while (j < months->len && g_array_index (months, LpTick, j).year == first->year)
            {
              sx1 = g_array_index (months, LpTick, j).x + g_array_index (months, LpTick, j).width;
              j++;
            }
          /* the year may continue beyond the ticks asked for */
          if (first->number != 1)
            sx0 = lp_timeline_layout_date_to_x (self->layout, lp_date_from_dmy (1, 1, first->year));
          if (g_array_index (months, LpTick, j - 1).number != 12)
            sx1 = lp_timeline_layout_date_to_x (self->layout, lp_date_from_dmy (1, 1, first->year + 1));
          g_snprintf (label, sizeof label, "%u", first->year);
        }
      sx0 = MAX (sx0, 0);
      sx1 = MIN (sx1, width);

      lp_painter_draw_sticky_label (self, cr, lp_painter_scratch_layout (self, self->font_bold, label, -1),
                         sx0, sx1, x0, y);
      i = j;
    }
}

static double scale_rows_height (LpTimelinePainter *self);
static void   draw_markers      (LpTimelinePainter *self, cairo_t *cr, const Palette *pal,
                                 double x0, double x1, double y);

/* The rows of the header: year | month | week, or at day zoom
 * month + year | week | day.  Without weeks: year | month, the month row
 * taking the rest. */
typedef struct {
  double   x0, x1, height;
  double   scale;
  gboolean weeks, days;
  double   row_top, row_h, row2, row3;
  GArray  *months;
  GArray  *wticks;   /* NULL without weeks */
} HeaderRows;

static void
header_rows_init (LpTimelinePainter *self,
                  HeaderRows        *rows,
                  double             x0,
                  double             x1,
                  double             height)
{
  rows->x0 = x0;
  rows->x1 = x1;
  rows->height = height;
  rows->weeks = lp_timeline_layout_shows_weeks (self->layout);
  rows->scale = lp_timeline_layout_get_scale (self->layout);
  rows->days = rows->scale >= DAYS_MIN_SCALE;
  if (rows->weeks)
    {
      rows->row_top = rows->row_h = height / 3;
      rows->row2 = rows->row_top;
      rows->row3 = rows->row_top + rows->row_h;
    }
  else
    {
      rows->row_top = height * 0.42;
      rows->row_h = height - rows->row_top;
      rows->row2 = rows->row_top;
      rows->row3 = height;
    }
  rows->months = lp_timeline_layout_get_month_ticks (self->layout, x0, x1);
  rows->wticks = rows->weeks ? lp_timeline_layout_get_week_ticks (self->layout, x0, x1) : NULL;
}

/* How the month row names its months: one style for the whole row. */
typedef enum
{
  MONTH_LABEL_NONE,
  MONTH_LABEL_ABBREVIATED,
  MONTH_LABEL_FULL,
  MONTH_LABEL_INITIAL,
} MonthLabel;

/* the shortest month, in days, and the room a month name leaves at its sides */
#define SHORTEST_MONTH_DAYS 28
#define MONTH_NAME_MARGIN   10

static MonthLabel
month_label (LpTimelinePainter *self,
             double             scale)
{
  double min_month_w = SHORTEST_MONTH_DAYS * scale - MONTH_NAME_MARGIN;

  if (self->max_month_full / (double) PANGO_SCALE <= min_month_w)
    return MONTH_LABEL_FULL;
  if (self->max_month_abbr / (double) PANGO_SCALE <= min_month_w)
    return MONTH_LABEL_ABBREVIATED;
  if (SHORTEST_MONTH_DAYS * scale >= self->small_line_height + 2)
    return MONTH_LABEL_INITIAL;   /* the whole trajectory on a small screen */
  return MONTH_LABEL_NONE;
}

static void
draw_month_row (LpTimelinePainter *self,
                cairo_t           *cr,
                const Palette     *pal,
                const HeaderRows  *rows)
{
  MonthLabel mode = month_label (self, rows->scale);
  double ty;

  if (rows->days || mode == MONTH_LABEL_NONE)
    return;

  ty = rows->row2 + ((rows->weeks ? rows->row_h : rows->height - rows->row2) - self->small_line_height) / 2;
  set_rgba (cr, &pal->text);
  for (guint i = 0; i < rows->months->len; i++)
    {
      const LpTick *t = &g_array_index (rows->months, LpTick, i);
      const char *name = lp_timeline_month_name (t->number, mode != MONTH_LABEL_FULL);

      if (mode == MONTH_LABEL_INITIAL)
        {
          char initial[8] = { 0 };
          gunichar c = g_unichar_toupper (g_utf8_get_char (name));
          PangoLayout *pl;

          g_unichar_to_utf8 (c, initial);
          pl = lp_painter_scratch_layout (self, self->font_small, initial, -1);
          if (layout_width (pl) + 2 <= t->width)
            show_layout_at (cr, pl, t->x + (t->width - layout_width (pl)) / 2, ty);
          continue;
        }
      lp_painter_draw_sticky_label (self, cr, lp_painter_scratch_layout (self, self->font_small, name, -1),
                                    t->x, t->x + t->width, rows->x0, ty);
    }
}

/* Week numbers: in the last row, or the middle row at day zoom. */
static void
draw_week_row (LpTimelinePainter *self,
               cairo_t           *cr,
               const Palette     *pal,
               const HeaderRows  *rows)
{
  double wide = LP_DAYS_PER_WEEK * rows->scale;
  double wy = rows->days ? rows->row2 : rows->row3;
  double ty = wy + (rows->row_h - self->small_line_height) / 2;

  if (!rows->weeks)
    return;

  set_rgba (cr, &pal->text_dim);
  for (guint i = 0; i < rows->wticks->len; i++)
    {
      const LpTick *t = &g_array_index (rows->wticks, LpTick, i);
      char buf[64];
      PangoLayout *pl;
      double w;

      if (wide >= 90)
        /* Translators: ISO week number in the timeline header */
        g_snprintf (buf, sizeof buf, _("Week %u"), t->number);
      else
        g_snprintf (buf, sizeof buf, "%u", t->number);
      pl = lp_painter_scratch_layout (self, self->font_small, buf, -1);
      w = layout_width (pl);
      if (w + 4 > wide)
        continue;
      if (wide >= 90)
        lp_painter_draw_sticky_label (self, cr, pl, t->x, t->x + wide, rows->x0, ty);
      else
        {
          /* centred in the week, but whole: a week cut by the edge of
           * the view moves its number into the visible part or drops
           * it, so that 53 never reads as "3" */
          double lx = t->x + (wide - w) / 2;

          lx = MAX (MIN (lx, rows->x1 - 2 - w), rows->x0 + 2);
          if (lx < t->x + 1 || lx + w > MIN (t->x + wide - 1, rows->x1))
            continue;
          show_layout_at (cr, pl, lx, ty);
        }
    }
}

/* Day cells at day zoom. */
static void
draw_day_row (LpTimelinePainter *self,
              cairo_t           *cr,
              const Palette     *pal,
              const HeaderRows  *rows)
{
  LpDate d0, d1;
  gboolean with_weekday = rows->scale >= 44;
  double ty = rows->row3 + (rows->row_h - self->small_line_height) / 2;

  if (!rows->days)
    return;

  d0 = lp_timeline_layout_x_to_date (self->layout, rows->x0);
  d1 = lp_timeline_layout_x_to_date (self->layout, rows->x1);
  for (LpDate d = d0; d <= d1; d++)
    {
      double dx = lp_timeline_layout_date_to_x (self->layout, d);
      guint dd, mm, yy, wd = lp_date_get_weekday (d);
      char buf[64];
      PangoLayout *pl;
      double w;

      lp_date_to_dmy (d, &dd, &mm, &yy);
      if (with_weekday)
        g_snprintf (buf, sizeof buf, "%s %u",
                    g_dpgettext2 (GETTEXT_PACKAGE, "weekday", weekday_abbreviations[wd - 1]), dd);
      else
        g_snprintf (buf, sizeof buf, "%u", dd);
      pl = lp_painter_scratch_layout (self, self->font_small, buf, -1);
      w = layout_width (pl);
      if (w + 4 > rows->scale)
        continue;
      set_rgba (cr, wd >= 6 ? &pal->text_dim : &pal->text);
      show_layout_at (cr, pl, dx + (rows->scale - w) / 2, ty);
      lp_painter_vline (cr, dx, rows->row3 + 4, rows->height, 1);
      set_rgba (cr, &pal->grid_week);
      cairo_stroke (cr);
    }
}

/* Week, month and year separators, row separators and the bottom border. */
static void
draw_header_lines (cairo_t          *cr,
                   const Palette    *pal,
                   const HeaderRows *rows)
{
  double height = rows->height;

  if (rows->weeks)
    {
      for (guint i = 0; i < rows->wticks->len; i++)
        lp_painter_vline (cr, g_array_index (rows->wticks, LpTick, i).x,
                          (rows->days ? rows->row2 : rows->row3) + 4, height, 1);
      set_rgba (cr, &pal->grid_month);
      cairo_stroke (cr);
    }

  /* month separators below the year row (full height at day zoom), year
   * separators full height */
  for (guint i = 0; i < rows->months->len; i++)
    {
      const LpTick *t = &g_array_index (rows->months, LpTick, i);
      /* the week row has its own separators: a month line through a
       * centred week number would cross it out */
      if (t->number != 1)
        lp_painter_vline (cr, t->x, rows->days ? 0 : rows->row2 + 2,
                          rows->weeks && !rows->days ? rows->row3 : height, 1);
    }
  set_rgba (cr, &pal->header_separator);
  cairo_stroke (cr);
  for (guint i = 0; i < rows->months->len; i++)
    {
      const LpTick *t = &g_array_index (rows->months, LpTick, i);
      if (t->number == 1)
        lp_painter_vline (cr, t->x, 0, height, 1);
    }
  set_rgba (cr, &pal->grid_year);
  cairo_stroke (cr);

  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, rows->x0, round (rows->row2) + 0.5);
  cairo_line_to (cr, rows->x1, round (rows->row2) + 0.5);
  if (rows->weeks)
    {
      cairo_move_to (cr, rows->x0, round (rows->row3) + 0.5);
      cairo_line_to (cr, rows->x1, round (rows->row3) + 0.5);
    }
  set_rgba (cr, &pal->grid_month);
  cairo_stroke (cr);
  cairo_move_to (cr, rows->x0, round (height) - 0.5);
  cairo_line_to (cr, rows->x1, round (height) - 0.5);
  set_rgba (cr, &pal->header_separator);
  cairo_stroke (cr);
}

/* The today marker and the keyboard cursor's day along the bottom. */
static void
draw_header_marks (LpTimelinePainter  *self,
                   cairo_t            *cr,
                   const Palette      *pal,
                   const HeaderRows   *rows,
                   const LpPaintState *state)
{
  double tx, height = rows->height;

  if (lp_painter_today_x (self, state, &tx) && tx >= rows->x0 - 6 && tx <= rows->x1 + 6)
    {
      set_rgba (cr, &pal->today);
      cairo_move_to (cr, tx - 5, height - 7);
      cairo_line_to (cr, tx + 5, height - 7);
      cairo_line_to (cr, tx, height - 1);
      cairo_close_path (cr);
      cairo_fill (cr);
    }

  if (state->cursor_track >= 0 && state->cursor_date != LP_DATE_NONE)
    {
      double w = MAX (6, rows->scale);
      double cx = round (lp_timeline_layout_date_to_x (self->layout, state->cursor_date)
                         + (rows->scale - w) / 2);

      set_rgba (cr, &pal->accent);
      cairo_rectangle (cr, cx, height - 4, w, 3);
      cairo_fill (cr);
    }
}

void
lp_timeline_painter_draw_header (LpTimelinePainter  *self,
                                 cairo_t            *cr,
                                 double              x0,
                                 double              x1,
                                 double              height,
                                 const LpPaintState *state)
{
  const Palette *pal;
  HeaderRows rows;

  g_return_if_fail (LP_IS_TIMELINE_PAINTER (self));
  g_return_if_fail (cr != NULL);

  state = lp_painter_resolve_state (state);
  pal = lp_painter_get_palette (state);
  if (!(x1 > x0) || height <= 0)
    return;

  /* the time scale, then the marker period when there is room for it */
  header_rows_init (self, &rows, x0, x1,
                    height >= scale_rows_height (self) + 1 ? scale_rows_height (self) : height);

  cairo_save (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  set_rgba (cr, &pal->header_background);
  cairo_rectangle (cr, x0, 0, x1 - x0, height);
  cairo_fill (cr);

  set_rgba (cr, &pal->text);
  draw_year_row (self, cr, rows.months, rows.days, x0, (rows.row_top - self->line_height) / 2 + 1);
  draw_month_row (self, cr, pal, &rows);
  draw_week_row (self, cr, pal, &rows);
  draw_day_row (self, cr, pal, &rows);
  draw_header_lines (cr, pal, &rows);
  draw_header_marks (self, cr, pal, &rows, state);
  if (height > rows.height + 1)
    draw_markers (self, cr, pal, x0, x1, rows.height);

  cairo_restore (cr);
  g_array_unref (rows.months);
  g_clear_pointer (&rows.wticks, g_array_unref);
}

/* Height of the rows above the marker period. */
static double
scale_rows_height (LpTimelinePainter *self)
{
  return ceil (3 * (self->small_line_height + 6));
}

static void
draw_marker (LpTimelinePainter *self,
             cairo_t           *cr,
             const Palette     *pal,
             const LpMarkerBox *box)
{
  const Rgba *colour;

  if (box->kind == LP_MARKER_PERIOD)
    {
      LpPeriodKind kind = MIN (lp_period_get_kind (box->object), LP_N_PERIOD_KINDS - 1);
      Rgba c = pal->period[kind];

      c.a = MIN (1.0, c.a * 3);
      set_rgba (cr, &c);
      lp_painter_rounded_rect (cr, box->marker.x, box->marker.y, MAX (box->marker.width, 2),
                               box->marker.height, 3);
      cairo_fill (cr);
      colour = &pal->text;
    }
  else
    {
      LpMilestoneKind kind = MIN (lp_milestone_get_kind (box->object), LP_N_MILESTONE_KINDS - 1);
      double cx = box->marker.x + box->marker.width / 2;
      double cy = box->marker.y + box->marker.height / 2;
      double d = MIN (box->marker.width, box->marker.height) / 2;

      colour = &pal->milestone[kind];
      cairo_move_to (cr, cx, cy - d);
      cairo_line_to (cr, cx + d, cy);
      cairo_line_to (cr, cx, cy + d);
      cairo_line_to (cr, cx - d, cy);
      cairo_close_path (cr);
      set_rgba (cr, colour);
      cairo_fill (cr);
    }

  if (box->text == NULL)
    return;
  set_rgba (cr, colour);
  for (guint i = 0; i < box->text->n_lines; i++)
    show_layout_at (cr, lp_painter_text_layout (self, self->font, FALSE, box->text->lines[i]),
                    box->label.x, box->label.y + i * self->line_height);
}

/* The period of milestone and period labels under the time scale, from y:
 * every label whole, packed in rows, never over a block. */
static void
draw_markers (LpTimelinePainter *self,
              cairo_t           *cr,
              const Palette     *pal,
              double             x0,
              double             x1,
              double             y)
{
  LpLabelLayout *labels = lp_timeline_layout_get_label_layout (self->layout);
  g_autoptr(GPtrArray) markers = NULL;

  if (labels == NULL || lp_label_layout_get_marker_height (labels) <= 0)
    return;

  markers = lp_label_layout_query_markers (labels, x0, x1);
  cairo_save (cr);
  cairo_translate (cr, 0, y);
  for (guint i = 0; i < markers->len; i++)
    draw_marker (self, cr, pal, g_ptr_array_index (markers, i));
  cairo_restore (cr);

  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, x0, round (y) + 0.5);
  cairo_line_to (cr, x1, round (y) + 0.5);
  set_rgba (cr, &pal->grid_month);
  cairo_stroke (cr);
}

double
lp_timeline_painter_get_header_height (LpTimelinePainter *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_PAINTER (self), 0);

  return scale_rows_height (self) + ceil (lp_timeline_layout_get_marker_height (self->layout));
}
