/* lp-export-document.c — the paginated overview and programme booklet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Export"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "core/lp-date.h"
#include "core/lp-library.h"
#include "render/lp-timeline-painter.h"
#include "lp-booklet.h"
#include "lp-export-document.h"

#define PX               0.75     /* one painter unit (96 dpi pixel) in points */
#define MARGIN           36.0     /* overview page margin */
#define NAME_COLUMN      LP_TIMELINE_NAME_COLUMN   /* lane-name column, painter units */
#define TITLE_BLOCK      44.0     /* title + subtitle on overview pages */
#define FOOTER           18.0
#define MAX_DAY_SCALE    48.0     /* painter units per day, at most */
#define FONT_FAMILY      "Cantarell, DejaVu Sans, Sans"

#define A4_SHORT 595.28
#define A4_LONG  841.89
#define A3_SHORT 841.89
#define A3_LONG  1190.55

typedef struct {
  LpDate first, last;        /* whole months */
  double x0, x1;             /* content x range (painter units) */
  double y0, y1;             /* content y range (lanes) */
} OverviewPage;

struct _LpExportDocument
{
  LpTrajectory      *trajectory;
  LpExportOptions    options;
  gboolean          *hidden;
  guint              n_hidden;

  LpTimelineLayout  *layout;
  LpTimelinePainter *painter;
  LpPaintState       state;

  double             page_w, page_h;      /* overview pages */
  double             legend_h;            /* painter units */
  double             header_h;            /* painter units */
  GArray            *overview;            /* OverviewPage */

  PangoContext      *pango;
  LpBooklet         *booklet;             /* NULL without a booklet */
  char              *printed;             /* today, for the header */
  char              *period;              /* "1 Sep 2026 – 29 Feb 2028" */
};

GDateTime *
lp_export_now (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");

  /* reproducible output: https://reproducible-builds.org/specs/source-date-epoch/ */
  if (epoch != NULL && *epoch != '\0')
    {
      GDateTime *dt = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));

      if (dt != NULL)
        return dt;
    }
  return g_date_time_new_now_local ();
}

LpDate
lp_export_today (void)
{
  g_autoptr(GDateTime) now = lp_export_now ();

  return lp_date_from_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                           g_date_time_get_year (now));
}

void
lp_export_options_init (LpExportOptions *options)
{
  memset (options, 0, sizeof *options);
  options->paper = LP_PAPER_A4;
  options->overview = TRUE;
  options->include_joint = TRUE;
}

gboolean
lp_paper_from_string (const char *str,
                      LpPaper    *out)
{
  if (g_strcmp0 (str, "a4") == 0 || g_strcmp0 (str, "A4") == 0)
    *out = LP_PAPER_A4;
  else if (g_strcmp0 (str, "a3") == 0 || g_strcmp0 (str, "A3") == 0)
    *out = LP_PAPER_A3;
  else
    return FALSE;
  return TRUE;
}

/* ---- overview pagination ---- */

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

static void
paginate_overview (LpExportDocument *self)
{
  LpDate first = lp_timeline_layout_get_first_date (self->layout);
  LpDate last = lp_timeline_layout_get_last_date (self->layout);
  g_autoptr(GArray) month_starts = g_array_new (FALSE, FALSE, sizeof (LpDate));
  g_autoptr(GArray) month_days = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) lane_groups = g_array_new (FALSE, FALSE, sizeof (double) * 2);
  double width_px = (self->page_w - 2 * MARGIN) / PX - NAME_COLUMN;
  double height_px;
  double min_scale = LP_EXPORT_MIN_WEEK_WIDTH / 7.0 / PX;
  double lo, hi, scale;
  guint pages, n_lanes;

  for (LpDate d = first; d <= last; d = lp_date_next_month (d))
    {
      LpDate next = lp_date_next_month (d);
      guint days = next - d;
      g_array_append_val (month_starts, d);
      g_array_append_val (month_days, days);
    }

  /* Fewest pages at the smallest legible scale; then the largest scale that
   * needs no more pages. */
  pages = count_pages_at (month_days, min_scale, width_px);
  lo = min_scale;
  hi = MAX (MAX_DAY_SCALE, min_scale);
  if (count_pages_at (month_days, hi, width_px) <= pages)
    lo = hi;
  for (int i = 0; i < 40 && hi - lo > 1e-4; i++)
    {
      double mid = (lo + hi) / 2;
      if (count_pages_at (month_days, mid, width_px) <= pages)
        lo = mid;
      else
        hi = mid;
    }
  scale = lo;
  lp_timeline_layout_set_scale (self->layout, scale);

  /* Lanes: as many as fit under the month header on one page; more lanes
   * make more rows of pages. */
  height_px = (self->page_h - 2 * MARGIN - TITLE_BLOCK - FOOTER) / PX - self->legend_h - self->header_h;
  n_lanes = lp_timeline_layout_get_n_lanes (self->layout);
  {
    double group[2] = { 0, 0 };
    gboolean open = FALSE;

    for (guint i = 0; i < n_lanes; i++)
      {
        double y, h;

        if (!lp_timeline_layout_get_lane (self->layout, i, &y, &h) || h <= 0)
          continue;
        if (!open)
          {
            group[0] = y;
            group[1] = y + h;
            open = TRUE;
          }
        else if (y + h - group[0] > height_px)
          {
            g_array_append_val (lane_groups, group);
            group[0] = y;
            group[1] = y + h;
          }
        else
          group[1] = y + h;
      }
    if (!open)
      {
        group[0] = 0;
        group[1] = MAX (lp_timeline_layout_get_height (self->layout), 1);
      }
    g_array_append_val (lane_groups, group);
  }

  /* Pages left to right by whole months, then top to bottom by lanes. */
  {
    guint i = 0;

    while (i < month_days->len)
      {
        OverviewPage page = { 0 };
        double used = 0;
        guint j = i;

        while (j < month_days->len &&
               (j == i || used + g_array_index (month_days, guint, j) * scale <= width_px + 0.01))
          {
            used += g_array_index (month_days, guint, j) * scale;
            j++;
          }
        page.first = g_array_index (month_starts, LpDate, i);
        page.last = lp_date_next_month (g_array_index (month_starts, LpDate, j - 1)) - 1;
        page.x0 = lp_timeline_layout_date_to_x (self->layout, page.first);
        page.x1 = page.x0 + used;
        for (guint g = 0; g < lane_groups->len; g++)
          {
            const double *range = &g_array_index (lane_groups, double, 2 * g);
            page.y0 = range[0];
            page.y1 = range[1];
            g_array_append_val (self->overview, page);
          }
        i = j;
      }
  }
}

/* ---- construction ---- */

static void
measure_legend (LpExportDocument *self)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double width_px = (self->page_w - 2 * MARGIN) / PX;
  double h1, h2;

  h1 = lp_timeline_painter_draw_theme_legend (self->painter, cr, 0, 0, width_px, &self->state);
  h2 = lp_timeline_painter_draw_status_legend (self->painter, cr, 0, 0, width_px, &self->state);
  self->legend_h = h1 + h2 + 16;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

LpExportDocument *
lp_export_document_new (LpTrajectory          *trajectory,
                        const LpExportOptions *options)
{
  LpExportDocument *self;
  cairo_font_options_t *font_options;
  g_autofree char *start = NULL, *end = NULL;

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_new0 (LpExportDocument, 1);
  self->trajectory = g_object_ref (trajectory);
  self->options = *options;
  self->hidden = lp_export_options_get_hidden (options, trajectory, &self->n_hidden);
  self->options.hidden_tracks = self->hidden;
  self->options.n_hidden_tracks = self->n_hidden;

  self->options.portrait = options->portrait ||
                           (!options->orientation_chosen && options->booklet && !options->overview);
  if (options->paper == LP_PAPER_A3)
    {
      self->page_w = self->options.portrait ? A3_SHORT : A3_LONG;
      self->page_h = self->options.portrait ? A3_LONG : A3_SHORT;
    }
  else
    {
      self->page_w = self->options.portrait ? A4_SHORT : A4_LONG;
      self->page_h = self->options.portrait ? A4_LONG : A4_SHORT;
    }

  self->layout = lp_timeline_layout_new (trajectory);
  if (self->hidden != NULL)
    lp_timeline_layout_set_hidden_tracks (self->layout, self->hidden, self->n_hidden);
  self->painter = lp_timeline_painter_new (self->layout);
  lp_paint_state_init (&self->state);
  self->state.flags = LP_PAINT_PRINT;
  self->state.hidden_tracks = self->hidden;
  self->header_h = lp_timeline_painter_get_header_height (self->painter);

  self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->pango, 72);
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->pango, font_options);
  cairo_font_options_destroy (font_options);
  self->overview = g_array_new (FALSE, TRUE, sizeof (OverviewPage));

  self->printed = lp_date_format_display (lp_export_today ());
  start = lp_date_format_display (lp_trajectory_get_period_start (trajectory));
  end = lp_date_format_display (lp_trajectory_get_period_end (trajectory));
  self->period = g_strdup_printf ("%s – %s", start, end);

  if (options->overview)
    {
      measure_legend (self);
      paginate_overview (self);
    }
  if (options->booklet)
    self->booklet = lp_booklet_new (trajectory, options, self->pango, self->overview->len,
                                    self->page_w, self->page_h);

  return self;
}

void
lp_export_document_free (LpExportDocument *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->painter);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->booklet, lp_booklet_free);
  g_clear_pointer (&self->overview, g_array_unref);
  g_clear_object (&self->pango);
  g_clear_object (&self->trajectory);
  g_free (self->hidden);
  g_free (self->printed);
  g_free (self->period);
  g_free (self);
}

guint
lp_export_document_get_n_pages (LpExportDocument *self)
{
  return self->overview->len + (self->booklet ? lp_booklet_get_n_pages (self->booklet) : 0);
}

guint
lp_export_document_get_n_overview_pages (LpExportDocument *self)
{
  return self->overview->len;
}

void
lp_export_document_get_page_size (LpExportDocument *self,
                                  guint             page,
                                  double           *width,
                                  double           *height)
{
  if (page < self->overview->len)
    {
      *width = self->page_w;
      *height = self->page_h;
    }
  else
    lp_booklet_get_page_size (self->booklet, width, height);
}

void
lp_export_document_get_page_dates (LpExportDocument *self,
                                   guint             page,
                                   LpDate           *first,
                                   LpDate           *last)
{
  g_return_if_fail (page < self->overview->len);
  *first = g_array_index (self->overview, OverviewPage, page).first;
  *last = g_array_index (self->overview, OverviewPage, page).last;
}

/* ---- drawing ---- */

static void
show_text (LpExportDocument *self,
           cairo_t          *cr,
           const char       *markup,
           double            size,
           gboolean          bold,
           double            x,
           double            y,
           double            width,
           PangoAlignment    align)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (self->pango);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_markup (layout, markup, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_footer (LpExportDocument *self,
             cairo_t          *cr,
             guint             page,
             double            width,
             double            height,
             double            margin)
{
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page + 1, lp_export_document_get_n_pages (self));
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *title = g_markup_escape_text (lp_trajectory_get_title (self->trajectory)
                                                 ? lp_trajectory_get_title (self->trajectory) : "", -1);

  cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
  show_text (self, cr, title, 8, FALSE, margin, height - margin - 10, (width - 2 * margin) * 0.7, PANGO_ALIGN_LEFT);
  show_text (self, cr, escaped, 8, FALSE, margin, height - margin - 10, width - 2 * margin, PANGO_ALIGN_RIGHT);
}

static void
draw_overview_page (LpExportDocument *self,
                    cairo_t          *cr,
                    guint             index)
{
  const OverviewPage *page = &g_array_index (self->overview, OverviewPage, index);
  double content_w = self->page_w - 2 * MARGIN;
  double top = MARGIN + TITLE_BLOCK;
  double body_h = page->y1 - page->y0;
  double body_w = page->x1 - page->x0;
  g_autofree char *title = g_markup_escape_text (lp_trajectory_get_title (self->trajectory)
                                                 ? lp_trajectory_get_title (self->trajectory) : "", -1);
  g_autofree char *subtitle = NULL;
  g_autofree char *subtitle_escaped = NULL;

  /* title block */
  cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
  show_text (self, cr, title, 15, TRUE, MARGIN, MARGIN, content_w, PANGO_ALIGN_LEFT);
  if (lp_trajectory_get_client (self->trajectory) != NULL)
    /* TRANSLATORS: client · period · date printed */
    subtitle = g_strdup_printf (_("%s · %s · printed %s"), lp_trajectory_get_client (self->trajectory),
                                self->period, self->printed);
  else
    subtitle = g_strdup_printf (_("%s · printed %s"), self->period, self->printed);
  subtitle_escaped = g_markup_escape_text (subtitle, -1);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
  show_text (self, cr, subtitle_escaped, 9.5, FALSE, MARGIN, MARGIN + 21, content_w, PANGO_ALIGN_LEFT);

  /* the timeline, in painter units */
  cairo_save (cr);
  cairo_translate (cr, MARGIN, top);
  cairo_scale (cr, PX, PX);

  lp_timeline_painter_draw_frame (self->painter, cr, NAME_COLUMN + body_w, self->header_h + body_h,
                                  page->x0, page->y0, &self->state);

  cairo_set_source_rgb (cr, 0.75, 0.75, 0.77);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, 0.5, 0.5, NAME_COLUMN + body_w - 1, self->header_h + body_h - 1);
  cairo_stroke (cr);

  /* legend under the timeline */
  {
    double y = self->header_h + body_h + 12;
    double w = content_w / PX;

    y += lp_timeline_painter_draw_theme_legend (self->painter, cr, 0, y, w, &self->state);
    lp_timeline_painter_draw_status_legend (self->painter, cr, 0, y + 2, w, &self->state);
  }
  cairo_restore (cr);

  draw_footer (self, cr, index, self->page_w, self->page_h, MARGIN);
}

void
lp_export_document_draw_page (LpExportDocument *self,
                              cairo_t          *cr,
                              guint             page)
{
  double w, h;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page < lp_export_document_get_n_pages (self));

  lp_export_document_get_page_size (self, page, &w, &h);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, w, h);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (page < self->overview->len)
    draw_overview_page (self, cr, page);
  else
    lp_booklet_draw_page (self->booklet, cr, page - self->overview->len, page,
                          lp_export_document_get_n_pages (self));
  cairo_restore (cr);
}
