/* lp-export-overview.c — overview pages: pagination and drawing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The overview uses the labelled layout in paper mode: titles wrap onto a
 * second line instead of being cut, and each page sets the layout's range
 * to its own dates, so that labels near the page's right edge turn left.
 * The whole period goes on one page wide when every label can stay at
 * 7 pt or more (LP_EXPORT_FIT_AUTO); otherwise by whole months per page,
 * and a month too wide for the paper by whole weeks (or days).  Pages
 * break between lanes; a lane taller than a page breaks between its rows
 * and its name is repeated.
 */
#define G_LOG_DOMAIN "Leerplaats-Export"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "core/lp-date.h"
#include "lp-export-private.h"

#define NAME_COLUMN      LP_TIMELINE_NAME_COLUMN
#define MAX_DAY_SCALE    48.0     /* painter units per day, at most */
#define DAY_NUMBERS_SCALE 18.0    /* the painter numbers days from this scale on */
#define MIN_DAY_SCALE    (LP_EXPORT_MIN_WEEK_WIDTH / 7.0 / LP_EXPORT_PX)
#define MAX_LABEL_PT     12.0     /* labels on a page with room to spare */

static LpLabelLayout *
labels_of (LpExportDocument *self)
{
  return lp_timeline_layout_get_label_layout (self->layout);
}

static void
set_geometry (LpExportDocument *self,
              LpDate            first,
              LpDate            last,
              double            scale)
{
  lp_label_layout_set_range (labels_of (self), first, last);
  lp_timeline_layout_set_scale (self->layout, scale);
}

static double
available_width (LpExportDocument *self)
{
  return (self->page_w - 2 * LP_EXPORT_MARGIN) / self->zoom - NAME_COLUMN;
}

/* Lanes and header, painter units. */
static double
available_height (LpExportDocument *self)
{
  return (self->page_h - 2 * LP_EXPORT_MARGIN - LP_EXPORT_TITLE_BLOCK - LP_EXPORT_FOOTER - self->reserve_h)
         / self->zoom - self->legend_h;
}

static void
measure_legend (LpExportDocument *self)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double width = (self->page_w - 2 * LP_EXPORT_MARGIN) / self->zoom;
  double h1, h2;

  h1 = lp_timeline_painter_draw_theme_legend (self->painter, cr, 0, 0, width, &self->state);
  h2 = lp_timeline_painter_draw_status_legend (self->painter, cr, 0, 0, width, &self->state);
  self->legend_h = h1 + h2 + 16;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
set_zoom (LpExportDocument *self,
          double            zoom)
{
  self->zoom = zoom;
  measure_legend (self);
}

/* Where a page breaks a lane taller than a page: the lowest y in
 * (from, to] that passes between its labels and blocks, not through
 * them (a row of two-line labels stays whole). */
static double
lane_cut (LpExportDocument *self,
          guint             track,
          double            lane_y,
          double            lane_h,
          double            from,
          double            to,
          double            row_h)
{
  LpRect all = { -G_MAXDOUBLE / 4, lane_y, G_MAXDOUBLE / 2, lane_h };
  g_autoptr(GPtrArray) boxes = lp_label_layout_query (labels_of (self), &all);
  double best = from;

  for (guint i = 0; i < boxes->len; i++)
    {
      const LpLabelBox *b = g_ptr_array_index (boxes, i);
      double c = MAX (b->block.y + b->block.height, b->label.y + b->label.height) + 1;
      gboolean clear = c > best && c <= to;

      if (b->track != track)
        continue;
      for (guint j = 0; clear && j < boxes->len; j++)
        {
          const LpLabelBox *o = g_ptr_array_index (boxes, j);
          double top = MIN (o->block.y, o->label.y);
          double bottom = MAX (o->block.y + o->block.height, o->label.y + o->label.height);

          if (o->track == track && top < c && c < bottom)
            clear = FALSE;
        }
      if (clear)
        best = c;
    }
  /* nothing passes: whole rows */
  return best > from ? best : from + MAX (floor ((to - from) / row_h), 1) * row_h;
}

/* Rows of pages for the current geometry: whole lanes per page; a lane
 * taller than a page by whole rows.  Appends one page per piece. */
static void
add_lane_pages (LpExportDocument     *self,
                const LpOverviewPage *column)
{
  double header_h = lp_timeline_painter_get_header_height (self->painter);
  double height = MAX (available_height (self) - header_h, 1);
  double row_h = MAX (lp_label_layout_get_row_height (labels_of (self)), 1);
  guint n = lp_timeline_layout_get_n_lanes (self->layout);
  LpOverviewPage page = *column;
  gboolean open = FALSE;

  page.header_h = header_h;
  for (guint i = 0; i < n; i++)
    {
      double y, h;

      if (!lp_timeline_layout_get_lane (self->layout, i, &y, &h) || h <= 0)
        continue;
      if (open && y + h - page.y0 <= height)
        {
          page.y1 = y + h;
          page.lane_last = i;
          continue;
        }
      if (open)
        g_array_append_val (self->overview, page);
      page.y0 = y;
      page.y1 = y + h;
      page.lane_first = page.lane_last = i;
      page.continued = FALSE;
      open = TRUE;
      /* a lane taller than a page: whole rows per page, its name repeated */
      while (page.y1 - page.y0 > height)
        {
          double cut = lane_cut (self, i, y, h, page.y0, page.y0 + height, row_h);

          page.y1 = cut;
          g_array_append_val (self->overview, page);
          page.y0 = cut;
          page.y1 = y + h;
          page.continued = TRUE;
        }
    }
  if (!open)
    {
      page.y0 = 0;
      page.y1 = MAX (lp_timeline_layout_get_height (self->layout), 1);
    }
  g_array_append_val (self->overview, page);
}

static void
add_column (LpExportDocument *self,
            LpDate            first,
            LpDate            last,
            double            scale)
{
  LpOverviewPage column = { 0 };

  column.first = first;
  column.last = last;
  column.scale = scale;
  column.width = (double) (last - first + 1) * scale;
  set_geometry (self, first, last, scale);
  add_lane_pages (self, &column);
}

/* The whole period one page wide at the given zoom: TRUE when it is also
 * one page tall. */
static gboolean
fits_one_page (LpExportDocument *self,
               LpDate            first,
               LpDate            last)
{
  double scale = available_width (self) / (double) (last - first + 1);

  set_geometry (self, first, last, scale);
  return lp_timeline_painter_get_header_height (self->painter)
         + lp_timeline_layout_get_height (self->layout) <= available_height (self);
}

static guint
count_pages_at (GArray *month_days,
                double  scale,
                double  width)
{
  guint pages = 1;
  double used = 0;

  for (guint i = 0; i < month_days->len; i++)
    {
      double w = g_array_index (month_days, guint, i) * scale;

      if (used > 0 && used + w > width + 0.01)
        {
          pages++;
          used = 0;
        }
      used += w;
    }
  return pages;
}

/* The largest scale (up to MAX_DAY_SCALE) that needs no more pages than
 * the smallest legible one. */
static double
choose_month_scale (GArray *month_days,
                    double  width)
{
  guint pages = count_pages_at (month_days, MIN_DAY_SCALE, width);
  guint longest = 0;
  double lo = MIN_DAY_SCALE, hi;

  /* no wider than lets the longest month fit on a page, if its days are
   * still numbered then; else wider, and months split by weeks */
  for (guint i = 0; i < month_days->len; i++)
    longest = MAX (longest, g_array_index (month_days, guint, i));
  hi = MAX_DAY_SCALE;
  if (width / MAX (longest, 1) >= DAY_NUMBERS_SCALE)
    hi = MIN (hi, width / MAX (longest, 1));
  hi = MAX (hi, MIN_DAY_SCALE);

  if (count_pages_at (month_days, hi, width) <= pages)
    return hi;
  for (int i = 0; i < 40 && hi - lo > 1e-4; i++)
    {
      double mid = (lo + hi) / 2;

      if (count_pages_at (month_days, mid, width) <= pages)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/* A month wider than the page: whole weeks (Monday to Sunday, cut at the
 * month's ends) per page, or single days when a week is too wide. */
static void
add_split_month (LpExportDocument *self,
                 LpDate            first,
                 LpDate            last,
                 double            scale,
                 double            width)
{
  LpDate d = first;

  while (d <= last)
    {
      LpDate end = d, fit_end = d;
      gboolean week = FALSE;

      for (LpDate e = d; e <= last && (double) (e - d + 1) * scale <= width + 0.01; e++)
        {
          fit_end = e;
          if (lp_date_get_weekday (e) == 7 || e == last)
            {
              end = e;
              week = TRUE;
            }
        }
      if (!week)
        end = fit_end;   /* no whole week fits: as many days as fit */
      add_column (self, d, end, scale);
      d = end + 1;
    }
}

static void
paginate_months (LpExportDocument *self,
                 LpDate            first,
                 LpDate            last)
{
  g_autoptr(GArray) month_starts = g_array_new (FALSE, FALSE, sizeof (LpDate));
  g_autoptr(GArray) month_days = g_array_new (FALSE, FALSE, sizeof (guint));
  double width = available_width (self);
  double scale;
  guint i = 0;

  for (LpDate d = first; d <= last; d = lp_date_next_month (d))
    {
      guint days = lp_date_next_month (d) - d;

      g_array_append_val (month_starts, d);
      g_array_append_val (month_days, days);
    }
  scale = choose_month_scale (month_days, width);

  while (i < month_days->len)
    {
      double used = 0;
      guint j = i;
      LpDate from = g_array_index (month_starts, LpDate, i), to;

      while (j < month_days->len &&
             (j == i || used + g_array_index (month_days, guint, j) * scale <= width + 0.01))
        {
          used += g_array_index (month_days, guint, j) * scale;
          j++;
        }
      to = lp_date_next_month (g_array_index (month_starts, LpDate, j - 1)) - 1;
      if (used > width + 0.01)
        /* two weeks a page when the days stay numbered */
        add_split_month (self, from, to, MIN (scale, MAX (DAY_NUMBERS_SCALE, width / 14)), width);
      else
        add_column (self, from, to, scale);
      i = j;
    }
}

/* The largest label size, from 12 pt down to 7 pt in half points, that
 * puts the whole period on one page: FALSE when none does. */
static gboolean
paginate_one_page (LpExportDocument *self,
                   LpDate            first,
                   LpDate            last)
{
  for (double pt = MAX_LABEL_PT; pt >= LP_EXPORT_MIN_LABEL_PT - 0.01; pt -= 0.5)
    {
      set_zoom (self, LP_EXPORT_PX * pt / LP_EXPORT_LABEL_PT);
      if (fits_one_page (self, first, last))
        {
          add_column (self, first, last, available_width (self) / (double) (last - first + 1));
          return TRUE;
        }
    }
  return FALSE;
}

void
lp_export_overview_paginate (LpExportDocument *self)
{
  LpLabelLayout *labels = labels_of (self);
  LpDate first, last;

  /* the period's whole months */
  lp_label_layout_set_range (labels, LP_DATE_NONE, LP_DATE_NONE);
  first = lp_label_layout_get_first_date (labels);
  last = lp_label_layout_get_last_date (labels);

  if (self->options.fit != LP_EXPORT_FIT_MONTHS)
    {
      gboolean one_page;

      /* with a key: first the largest size that leaves room for all of it
       * below the chart */
      self->reserve_h = self->key_lines != NULL ? lp_export_key_get_height (self) : 0;
      one_page = self->reserve_h > 0 && paginate_one_page (self, first, last);
      self->reserve_h = 0;
      if (one_page || paginate_one_page (self, first, last))
        return;
      if (self->options.fit == LP_EXPORT_FIT_PAGE)
        {
          /* one page wide at the smallest legible size; lanes break */
          add_column (self, first, last, available_width (self) / (double) (last - first + 1));
          return;
        }
    }
  set_zoom (self, LP_EXPORT_PX);
  paginate_months (self, first, last);
}

void
lp_export_overview_apply (LpExportDocument *self,
                          guint             index)
{
  const LpOverviewPage *page = &g_array_index (self->overview, LpOverviewPage, index);

  set_geometry (self, page->first, page->last, page->scale);
}

/* ---- drawing ---- */

static void
draw_title_block (LpExportDocument *self,
                  cairo_t          *cr)
{
  double content_w = self->page_w - 2 * LP_EXPORT_MARGIN;
  const char *name = lp_trajectory_get_title (self->trajectory);
  const char *client = lp_trajectory_get_client (self->trajectory);
  g_autofree char *title = g_markup_escape_text (name != NULL ? name : "", -1);
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped = NULL;

  cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
  lp_export_show_text (self, cr, title, 15, TRUE, LP_EXPORT_MARGIN, LP_EXPORT_MARGIN,
                       self->version_for != NULL ? content_w * 0.65 : content_w, PANGO_ALIGN_LEFT);
  if (self->version_for != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Version for: %s"), self->version_for);
      g_autofree char *markup = g_markup_escape_text (text, -1);

      lp_export_show_text (self, cr, markup, 12, TRUE, LP_EXPORT_MARGIN + content_w * 0.65,
                           LP_EXPORT_MARGIN + 2, content_w * 0.35, PANGO_ALIGN_RIGHT);
    }
  if (client != NULL)
    /* TRANSLATORS: client · period · date printed */
    subtitle = g_strdup_printf (_("%s · %s · printed %s"), client, self->period, self->printed);
  else
    subtitle = g_strdup_printf (_("%s · printed %s"), self->period, self->printed);
  escaped = g_markup_escape_text (subtitle, -1);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
  lp_export_show_text (self, cr, escaped, 9.5, FALSE, LP_EXPORT_MARGIN, LP_EXPORT_MARGIN + 21,
                       content_w, PANGO_ALIGN_LEFT);
}

/* A lane continued from the page before: its name again, at the top of
 * the name column (painter units, y = 0 at the top of the lanes). */
static void
draw_continued_name (LpExportDocument     *self,
                     cairo_t              *cr,
                     const LpOverviewPage *page)
{
  g_autoptr(LpTrack) track = g_list_model_get_item (lp_trajectory_get_tracks (self->trajectory),
                                                    page->lane_first);
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;
  double row_h = lp_label_layout_get_row_height (labels_of (self));

  if (track == NULL)
    return;
  /* TRANSLATORS: a lane's name on the next page of a lane taller than a page */
  text = g_strdup_printf (_("%s (continued)"), lp_track_get_name (track));
  markup = g_markup_escape_text (text, -1);
  cairo_save (cr);
  cairo_rectangle (cr, 1, page->header_h + 1, NAME_COLUMN - 2, MIN (2.2 * row_h, page->y1 - page->y0) - 2);
  cairo_set_source_rgb (cr, 0.96, 0.96, 0.97);
  cairo_fill (cr);
  cairo_scale (cr, 96.0 / 72.0, 96.0 / 72.0);   /* the text helper is in points at 72 dpi */
  cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
  lp_export_show_text (self, cr, markup, 7.5, TRUE, 12 * 0.75, (page->header_h + 4) * 0.75,
                       (NAME_COLUMN - 20) * 0.75, PANGO_ALIGN_LEFT);
  cairo_restore (cr);
}

void
lp_export_overview_draw (LpExportDocument *self,
                         cairo_t          *cr,
                         guint             index)
{
  const LpOverviewPage *page = &g_array_index (self->overview, LpOverviewPage, index);
  double content_w = self->page_w - 2 * LP_EXPORT_MARGIN;
  double body_h = page->y1 - page->y0;
  double width = NAME_COLUMN + page->width;

  lp_export_overview_apply (self, index);
  draw_title_block (self, cr);

  /* the timeline, in painter units */
  cairo_save (cr);
  cairo_translate (cr, LP_EXPORT_MARGIN, LP_EXPORT_MARGIN + LP_EXPORT_TITLE_BLOCK);
  cairo_scale (cr, self->zoom, self->zoom);

  lp_timeline_painter_draw_frame (self->painter, cr, width, page->header_h + body_h,
                                  0, page->y0, &self->state);
  if (page->continued)
    draw_continued_name (self, cr, page);

  cairo_set_source_rgb (cr, 0.75, 0.75, 0.77);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, 0.5, 0.5, width - 1, page->header_h + body_h - 1);
  cairo_stroke (cr);

  /* legend under the timeline */
  {
    double y = page->header_h + body_h + 12;
    double w = content_w / self->zoom;

    y += lp_timeline_painter_draw_theme_legend (self->painter, cr, 0, y, w, &self->state);
    lp_timeline_painter_draw_status_legend (self->painter, cr, 0, y + 2, w, &self->state);
  }
  cairo_restore (cr);
  if (index + 1 == self->overview->len)
    lp_export_key_draw_below (self, cr);

  lp_export_draw_footer (self, cr, index);
}
