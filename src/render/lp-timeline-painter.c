/* lp-timeline-painter.c — draws a timeline layout with Cairo and Pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One drawing code for the screen, PDF and print.  The painter owns its
 * own PangoContext (96 dpi, unhinted metrics) so that text measures the same
 * on every surface: what you see is what you print.
 *
 * A frame costs what is visible: blocks come from lp_timeline_layout_query ()
 * for the visible rectangle, grid lines from the month/week ticks of the
 * visible x range, and the PangoLayouts of block labels are cached per
 * module (invalidated when the module changes).
 */
#define G_LOG_DOMAIN "Leerplaats-Render"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "core/lp-date.h"
#include "lp-timeline-painter.h"

#define DEFAULT_FONT     "Cantarell 10"
#define BLOCK_PAD_X      6.0
#define BLOCK_RADIUS     4.0
#define CHECK_SPACE      14.0
#define MAX_CACHED       4096
#define DAYS_MIN_SCALE   18.0   /* px per day: day numbers and day lines */
#define WEEKEND_SCALE    8.0    /* px per day: weekends shaded */

typedef struct {
  double r, g, b, a;
} Rgba;

typedef struct {
  Rgba background;
  Rgba lane_alt;
  Rgba lane_separator;
  Rgba grid_week;
  Rgba weekend;
  Rgba grid_month;
  Rgba grid_year;
  Rgba header_background;
  Rgba header_separator;
  Rgba text;
  Rgba text_dim;
  Rgba text_dark;       /* on light blocks */
  Rgba text_light;      /* on dark blocks */
  Rgba band[LP_N_BAND_KINDS];
  Rgba milestone[LP_N_MILESTONE_KINDS];
  Rgba today;
  Rgba accent;
  Rgba selected;
  Rgba pill;
} Palette;

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
  .band              = { { 0.208, 0.518, 0.894, 0.09 },    /* recess: blue */
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
  .band              = { { 0.208, 0.518, 0.894, 0.10 },
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
  .band              = { { 0.384, 0.627, 0.918, 0.12 },
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

/* The cached labels of one block. */
typedef struct {
  char        *title;        /* text the layout holds */
  PangoLayout *title_layout;
  int          title_width;  /* Pango units, the ellipsize width */
  PangoLayout *sub_layout;   /* dates / times; NULL until needed */
  LpDate       sub_start, sub_end;
  int          sub_start_time, sub_end_time;
  int          sub_width;
} LabelCache;

struct _LpTimelinePainter
{
  GObject                parent_instance;

  LpTimelineLayout      *layout;
  LpTrajectory          *trajectory;   /* borrowed from the layout */

  PangoContext          *context;
  PangoFontDescription  *font;         /* block titles, lane names */
  PangoFontDescription  *font_small;   /* second lines, header, labels */
  PangoFontDescription  *font_bold;    /* lane names, years */
  PangoLayout           *scratch;      /* for one-off labels */
  double                 line_height;
  double                 small_line_height;

  /* month label widths (Pango units), per font; recomputed on font change */
  int                    max_month_full;
  int                    max_month_abbr;

  GHashTable            *labels;       /* LpModule* → LabelCache */
};

G_DEFINE_FINAL_TYPE (LpTimelinePainter, lp_timeline_painter, G_TYPE_OBJECT)

/* ---- static helpers ---- */

static void
label_cache_free (gpointer data)
{
  LabelCache *lc = data;

  g_free (lc->title);
  g_clear_object (&lc->title_layout);
  g_clear_object (&lc->sub_layout);
  g_free (lc);
}

static const Palette *
get_palette (const LpPaintState *state)
{
  if (state->flags & LP_PAINT_PRINT)
    return &paper_palette;
  if (state->flags & LP_PAINT_DARK)
    return &dark_palette;
  return &light_palette;
}

static inline void
set_rgba (cairo_t    *cr,
          const Rgba *c)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, c->a);
}

static inline gboolean
is_print (const LpPaintState *state)
{
  return (state->flags & LP_PAINT_PRINT) != 0;
}

static gboolean
track_hidden (LpTimelinePainter  *self,
              const LpPaintState *state,
              guint               track)
{
  if (lp_timeline_layout_is_track_hidden (self->layout, track))
    return TRUE;
  return is_print (state) && state->hidden_tracks != NULL && state->hidden_tracks[track];
}

static void
update_metrics (LpTimelinePainter *self)
{
  PangoFontMetrics *metrics;

  metrics = pango_context_get_metrics (self->context, self->font, NULL);
  self->line_height = pango_font_metrics_get_height (metrics) / (double) PANGO_SCALE;
  if (self->line_height <= 0)
    self->line_height = (pango_font_metrics_get_ascent (metrics)
                         + pango_font_metrics_get_descent (metrics)) / (double) PANGO_SCALE;
  pango_font_metrics_unref (metrics);

  metrics = pango_context_get_metrics (self->context, self->font_small, NULL);
  self->small_line_height = pango_font_metrics_get_height (metrics) / (double) PANGO_SCALE;
  if (self->small_line_height <= 0)
    self->small_line_height = (pango_font_metrics_get_ascent (metrics)
                               + pango_font_metrics_get_descent (metrics)) / (double) PANGO_SCALE;
  pango_font_metrics_unref (metrics);

  pango_layout_set_font_description (self->scratch, self->font_small);
  pango_layout_set_width (self->scratch, -1);
  self->max_month_full = 0;
  self->max_month_abbr = 0;
  for (guint m = 1; m <= 12; m++)
    {
      int w;

      pango_layout_set_text (self->scratch, lp_timeline_month_name (m, FALSE), -1);
      pango_layout_get_size (self->scratch, &w, NULL);
      self->max_month_full = MAX (self->max_month_full, w);
      pango_layout_set_text (self->scratch, lp_timeline_month_name (m, TRUE), -1);
      pango_layout_get_size (self->scratch, &w, NULL);
      self->max_month_abbr = MAX (self->max_month_abbr, w);
    }
}

/* A one-line layout of the scratch kind: font, text, ellipsize width (px,
 * < 0 for none). */
static PangoLayout *
scratch_layout (LpTimelinePainter          *self,
                const PangoFontDescription *font,
                const char                 *text,
                double                      width)
{
  pango_layout_set_font_description (self->scratch, font);
  pango_layout_set_text (self->scratch, text, -1);
  if (width >= 0)
    {
      pango_layout_set_width (self->scratch, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (self->scratch, PANGO_ELLIPSIZE_END);
    }
  else
    {
      pango_layout_set_width (self->scratch, -1);
      pango_layout_set_ellipsize (self->scratch, PANGO_ELLIPSIZE_NONE);
    }
  return self->scratch;
}

static double
layout_width (PangoLayout *layout)
{
  int w;

  pango_layout_get_size (layout, &w, NULL);
  return w / (double) PANGO_SCALE;
}

/* Rounded rectangle with Bézier corners (no trigonometry: blocks are many). */
static void
rounded_rect (cairo_t *cr,
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

/* Fill and outline colours and the text colour of a block by status. */
typedef struct {
  double   fill[3];
  double   outline[3];
  double   text[3];
  gboolean dashed;
  guint    checks;     /* 0, 1 (done) or 2 (evaluated) */
} BlockStyle;

static void
block_style (const Palette *pal,
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

static void
draw_checks (cairo_t      *cr,
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
static void
draw_block_shape (cairo_t          *cr,
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

      rounded_rect (cr, x, y, w, h, BLOCK_RADIUS);
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

  rounded_rect (cr, x, y, w, h, BLOCK_RADIUS);
  cairo_set_source_rgb (cr, st->outline[0], st->outline[1], st->outline[2]);
  cairo_fill (cr);
  if (w > 2 && h > 2)
    {
      double b = st->dashed ? 1.25 : 1.0;   /* narrow idea/draft blocks */

      rounded_rect (cr, x + b, y + b, w - 2 * b, h - 2 * b, BLOCK_RADIUS - b);
      cairo_set_source_rgb (cr, st->fill[0], st->fill[1], st->fill[2]);
      cairo_fill (cr);
    }
}

static char *
format_day (LpDate date)
{
  guint d, m, y;

  lp_date_to_dmy (date, &d, &m, &y);
  /* Translators: a day on a timeline block: day number, abbreviated month */
  return g_strdup_printf (C_("block date", "%u %s"), d, lp_timeline_month_name (m, TRUE));
}

static char *
format_block_dates (LpModule *module)
{
  LpDate start = lp_module_get_start (module);
  LpDate end = lp_module_get_end (module);
  int st = lp_module_get_start_time (module);
  int et = lp_module_get_end_time (module);
  g_autofree char *from = format_day (start);
  g_autofree char *dates = NULL;

  if (end > start)
    {
      g_autofree char *to = format_day (end);
      dates = g_strdup_printf ("%s – %s", from, to);
    }
  else
    dates = g_steal_pointer (&from);

  if (st != LP_TIME_NONE)
    {
      char a[6], b[6];

      if (et != LP_TIME_NONE)
        return g_strdup_printf ("%s · %s–%s", dates, lp_time_format (st, a), lp_time_format (et, b));
      return g_strdup_printf ("%s · %s", dates, lp_time_format (st, a));
    }
  return g_steal_pointer (&dates);
}

static LabelCache *
get_labels (LpTimelinePainter *self,
            LpModule          *module,
            double             text_width,
            gboolean           want_sub)
{
  LabelCache *lc = g_hash_table_lookup (self->labels, module);
  const char *title = lp_trajectory_get_module_title (self->trajectory, module);
  int width = (int) (text_width * PANGO_SCALE);

  if (title == NULL)
    title = "";

  if (lc == NULL)
    {
      if (g_hash_table_size (self->labels) >= MAX_CACHED)
        g_hash_table_remove_all (self->labels);
      lc = g_new0 (LabelCache, 1);
      lc->title_layout = pango_layout_new (self->context);
      pango_layout_set_font_description (lc->title_layout, self->font);
      pango_layout_set_ellipsize (lc->title_layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (lc->title_layout, TRUE);
      lc->title_width = -2;
      g_hash_table_insert (self->labels, module, lc);
    }

  if (lc->title == NULL || strcmp (lc->title, title) != 0)
    {
      g_free (lc->title);
      lc->title = g_strdup (title);
      pango_layout_set_text (lc->title_layout, title, -1);
    }
  if (lc->title_width != width)
    {
      lc->title_width = width;
      pango_layout_set_width (lc->title_layout, width);
    }

  if (want_sub)
    {
      LpDate s = lp_module_get_start (module), e = lp_module_get_end (module);
      int st = lp_module_get_start_time (module), et = lp_module_get_end_time (module);

      if (lc->sub_layout == NULL)
        {
          lc->sub_layout = pango_layout_new (self->context);
          pango_layout_set_font_description (lc->sub_layout, self->font_small);
          pango_layout_set_ellipsize (lc->sub_layout, PANGO_ELLIPSIZE_END);
          pango_layout_set_single_paragraph_mode (lc->sub_layout, TRUE);
          lc->sub_width = -2;
          lc->sub_start = LP_DATE_NONE;
        }
      if (lc->sub_start != s || lc->sub_end != e
          || lc->sub_start_time != st || lc->sub_end_time != et)
        {
          g_autofree char *text = format_block_dates (module);

          pango_layout_set_text (lc->sub_layout, text, -1);
          lc->sub_start = s;
          lc->sub_end = e;
          lc->sub_start_time = st;
          lc->sub_end_time = et;
        }
      if (lc->sub_width != width)
        {
          lc->sub_width = width;
          pango_layout_set_width (lc->sub_layout, width);
        }
    }

  return lc;
}

static void
show_layout_at (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* A block as drawn: snapped geometry and style. */
typedef struct {
  const LpBlock *block;
  BlockStyle     st;
  double         x, y, w, h;
} PreparedBlock;

static void
prepare_block (LpTimelinePainter *self,
               const Palette     *pal,
               const LpBlock     *block,
               PreparedBlock     *pb)
{
  LpKind *kind = lp_trajectory_get_module_kind (self->trajectory, block->module);
  double rgb[3];

  lp_kind_get_rgb (kind, rgb);
  block_style (pal, rgb, lp_module_get_status (block->module), &pb->st);
  pb->block = block;

  /* a one-pixel gap between touching blocks, snapped to whole units */
  pb->x = round (block->rect.x) + 1;
  pb->w = round (block->rect.x + block->rect.width) - 1 - pb->x;
  pb->y = round (block->rect.y);
  pb->h = round (block->rect.y + block->rect.height) - pb->y;
  if (pb->w < 1)
    pb->w = 1;
}

/* Labels and check marks of a block whose shape is drawn. */
static void
draw_block_decorations (LpTimelinePainter   *self,
                        cairo_t             *cr,
                        const Palette       *pal,
                        const PreparedBlock *pb,
                        const LpRect        *visible,
                        const LpPaintState  *state)
{
  const LpBlock *block = pb->block;
  BlockStyle st = pb->st;
  double x = pb->x, y = pb->y, w = pb->w, h = pb->h;
  double text_x, text_w, check_size;
  gboolean two_lines;

  /* labels: skip entirely when there is no room for even an ellipsis.
   * A block that starts left of the view keeps its title in view. */
  check_size = MIN (12.0, h - 6);
  text_x = MAX (x, floor (visible->x)) + BLOCK_PAD_X;
  text_w = x + w - BLOCK_PAD_X - text_x - (st.checks ? CHECK_SPACE + (st.checks - 1) * 5 : 0);
  if (text_w < 20 || h < self->line_height * 0.75)
    {
      /* still show a done mark on narrow blocks when it fits */
      if (st.checks && w >= check_size + 4 && check_size >= 6)
        {
          guint checks = w >= check_size * 1.5 + 4 ? st.checks : 1;
          double cx = x + (w - check_size) / 2 + (checks > 1 ? check_size * 0.21 : 0);

          draw_checks (cr, st.text, checks, cx, y + (h - check_size) / 2, check_size);
        }
      return;
    }

  two_lines = h >= self->line_height + self->small_line_height + 4;

  {
    LabelCache *lc = get_labels (self, block->module, text_w, two_lines);
    double ty;
    gboolean clip = h < self->line_height + 2;

    if (clip)
      {
        cairo_save (cr);
        cairo_rectangle (cr, x, y, w, h);
        cairo_clip (cr);
      }

    cairo_set_source_rgb (cr, st.text[0], st.text[1], st.text[2]);
    if (two_lines)
      {
        double total = self->line_height + self->small_line_height;
        ty = y + (h - total) / 2;
        show_layout_at (cr, lc->title_layout, text_x, ty);
        cairo_set_source_rgba (cr, st.text[0], st.text[1], st.text[2], 0.78);
        show_layout_at (cr, lc->sub_layout, text_x, ty + self->line_height);
      }
    else
      {
        ty = y + (h - self->line_height) / 2;
        show_layout_at (cr, lc->title_layout, text_x, ty);
      }

    if (clip)
      cairo_restore (cr);

    if (st.checks && check_size >= 6)
      draw_checks (cr, st.text, st.checks,
                   x + w - BLOCK_PAD_X - check_size + 2,
                   two_lines ? y + 4 : y + (h - check_size) / 2,
                   check_size);
  }
}

/* Selection outline and focus ring, over the blocks around (screen only). */
static void
draw_block_rings (LpTimelinePainter  *self,
                  cairo_t            *cr,
                  const Palette      *pal,
                  const LpRect       *visible,
                  const LpPaintState *state)
{
  LpBlock block;
  PreparedBlock pb;

  if (state->selected != NULL
      && lp_timeline_layout_get_block (self->layout, state->selected, &block))
    {
      prepare_block (self, pal, &block, &pb);
      cairo_set_source_rgb (cr, pal->selected.r, pal->selected.g, pal->selected.b);
      cairo_set_line_width (cr, 2.5);
      rounded_rect (cr, pb.x - 1.25, pb.y - 1.25, pb.w + 2.5, pb.h + 2.5, BLOCK_RADIUS + 1);
      cairo_stroke (cr);
    }

  if (state->focused != NULL
      && lp_timeline_layout_get_block (self->layout, state->focused, &block))
    {
      prepare_block (self, pal, &block, &pb);
      cairo_set_source_rgba (cr, pal->accent.r, pal->accent.g, pal->accent.b, 0.6);
      cairo_set_line_width (cr, 2.0);
      rounded_rect (cr, pb.x - 3.5, pb.y - 3.5, pb.w + 7, pb.h + 7, BLOCK_RADIUS + 3);
      cairo_stroke (cr);
    }
}

static void
vline (cairo_t *cr,
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

static void
draw_grid (LpTimelinePainter  *self,
           cairo_t            *cr,
           const Palette      *pal,
           double              x0,
           double              x1,
           double              y0,
           double              y1)
{
  g_autoptr(GArray) months = lp_timeline_layout_get_month_ticks (self->layout, x0, x1);
  double scale = lp_timeline_layout_get_scale (self->layout);

  if (scale >= WEEKEND_SCALE)
    {
      LpDate d0 = lp_timeline_layout_x_to_date (self->layout, x0);
      LpDate d1 = lp_timeline_layout_x_to_date (self->layout, x1);

      /* back to the Saturday before the view, then every week */
      d0 -= (lp_date_get_weekday (d0) + 1) % 7;
      for (LpDate d = d0; d <= d1; d += 7)
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
          vline (cr, lp_timeline_layout_date_to_x (self->layout, d), y0, y1, 1);
      set_rgba (cr, &pal->grid_week);
      cairo_stroke (cr);
    }

  if (lp_timeline_layout_shows_weeks (self->layout))
    {
      g_autoptr(GArray) weeks = lp_timeline_layout_get_week_ticks (self->layout, x0, x1);

      for (guint i = 0; i < weeks->len; i++)
        vline (cr, g_array_index (weeks, LpTick, i).x, y0, y1, 1);
      set_rgba (cr, &pal->grid_week);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < months->len; i++)
    {
      const LpTick *t = &g_array_index (months, LpTick, i);
      if (t->number != 1)
        vline (cr, t->x, y0, y1, 1);
    }
  set_rgba (cr, &pal->grid_month);
  cairo_stroke (cr);

  for (guint i = 0; i < months->len; i++)
    {
      const LpTick *t = &g_array_index (months, LpTick, i);
      if (t->number == 1)
        vline (cr, t->x, y0, y1, 1);
    }
  set_rgba (cr, &pal->grid_year);
  cairo_stroke (cr);
}

static void
draw_lanes (LpTimelinePainter  *self,
            cairo_t            *cr,
            const Palette      *pal,
            const LpPaintState *state,
            double              x0,
            double              x1,
            double              y0,
            double              y1)
{
  guint n = lp_timeline_layout_get_n_lanes (self->layout);
  guint shown = 0;

  for (guint i = 0; i < n; i++)
    {
      double ly, lh;

      lp_timeline_layout_get_lane (self->layout, i, &ly, &lh);
      if (lh <= 0 || track_hidden (self, state, i))
        continue;
      shown++;
      if (ly + lh <= y0)
        continue;
      if (ly >= y1)
        break;

      if (shown % 2 == 0)
        {
          set_rgba (cr, &pal->lane_alt);
          cairo_rectangle (cr, x0, ly, x1 - x0, lh);
          cairo_fill (cr);
        }
    }
}

static void
draw_lane_separators (LpTimelinePainter  *self,
                      cairo_t            *cr,
                      const Palette      *pal,
                      const LpPaintState *state,
                      double              x0,
                      double              x1,
                      double              y0,
                      double              y1)
{
  guint n = lp_timeline_layout_get_n_lanes (self->layout);

  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < n; i++)
    {
      double ly, lh, sy;

      lp_timeline_layout_get_lane (self->layout, i, &ly, &lh);
      if (lh <= 0 || track_hidden (self, state, i))
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
draw_bands (LpTimelinePainter  *self,
            cairo_t            *cr,
            const Palette      *pal,
            const LpRect       *visible,
            double              y_end)
{
  GListModel *bands = lp_trajectory_get_bands (self->trajectory);
  guint n = g_list_model_get_n_items (bands);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpBand) band = g_list_model_get_item (bands, i);
      double bx0 = lp_timeline_layout_date_to_x (self->layout, lp_band_get_start (band));
      double bx1 = lp_timeline_layout_date_to_x (self->layout, lp_band_get_end (band) + 1);
      LpBandKind kind = MIN (lp_band_get_kind (band), LP_N_BAND_KINDS - 1);
      const char *label = lp_band_get_label (band);
      double lx0, lx1;

      if (bx1 <= visible->x || bx0 >= visible->x + visible->width)
        continue;

      set_rgba (cr, &pal->band[kind]);
      cairo_rectangle (cr, bx0, visible->y, bx1 - bx0, y_end - visible->y);
      cairo_fill (cr);

      if (label == NULL || *label == '\0')
        continue;

      /* label at the bottom of the view, kept inside the visible part */
      lx0 = MAX (bx0, visible->x) + 4;
      lx1 = MIN (bx1, visible->x + visible->width) - 4;
      if (lx1 - lx0 < 16)
        continue;
      {
        PangoLayout *pl = scratch_layout (self, self->font_small, label, lx1 - lx0);
        double ty = MIN (y_end, visible->y + visible->height) - self->small_line_height - 3;

        set_rgba (cr, &pal->text_dim);
        show_layout_at (cr, pl, lx0, ty);
      }
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
      vline (cr, mx, visible->y, y_end, 1.5);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

typedef struct {
  LpMilestone *milestone;
  double       x;
} MilestoneAt;

static int
compare_milestone_x (gconstpointer a,
                     gconstpointer b)
{
  const MilestoneAt *ma = a, *mb = b;

  return ma->x < mb->x ? -1 : ma->x > mb->x ? 1 : 0;
}

/* Diamonds at the top of the view with their labels on pills; labels that
 * would run into the previous one move down a line (up to three lines). */
static void
draw_milestone_markers (LpTimelinePainter *self,
                        cairo_t           *cr,
                        const Palette     *pal,
                        const LpRect      *visible)
{
  GListModel *milestones = lp_trajectory_get_milestones (self->trajectory);
  guint n = g_list_model_get_n_items (milestones);
  double scale = lp_timeline_layout_get_scale (self->layout);
  const double d = 6;
  double line_h = self->small_line_height + 4;
  double row_end[3] = { -G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (MilestoneAt));

  for (guint i = 0; i < n; i++)
    {
      LpMilestone *ms = g_list_model_get_item (milestones, i);
      MilestoneAt at = { ms, lp_timeline_layout_date_to_x (self->layout, lp_milestone_get_date (ms)) + scale / 2 };

      g_object_unref (ms);   /* the list keeps it */
      /* a marker scrolled out of view takes its label with it: half a
       * label at the edge reads as a different word */
      if (at.x < visible->x - d || at.x > visible->x + visible->width + d)
        continue;
      g_array_append_val (shown, at);
    }
  g_array_sort (shown, compare_milestone_x);

  for (guint i = 0; i < shown->len; i++)
    {
      const MilestoneAt *at = &g_array_index (shown, MilestoneAt, i);
      LpMilestoneKind kind = MIN (lp_milestone_get_kind (at->milestone), LP_N_MILESTONE_KINDS - 1);
      const Rgba *c = &pal->milestone[kind];
      const char *label = lp_milestone_get_label (at->milestone);
      double mx = at->x, dy = visible->y + 9;
      double lx = mx + d + 3;
      guint row = 0;
      PangoLayout *pl = NULL;
      double lw = 0;

      if (label != NULL && *label != '\0')
        {
          pl = scratch_layout (self, self->font_small, label, 260);
          lw = layout_width (pl);
          while (row < G_N_ELEMENTS (row_end) - 1 && row_end[row] > mx - d)
            row++;
          row_end[row] = lx + lw + 8;
        }
      dy += row * line_h;

      if (pl != NULL && lx + lw + 6 > visible->x)
        {
          set_rgba (cr, &pal->pill);
          rounded_rect (cr, lx - 3, dy - self->small_line_height / 2 - 1,
                        lw + 8, self->small_line_height + 2, 3);
          cairo_fill (cr);
          set_rgba (cr, c);
          show_layout_at (cr, pl, lx + 1, dy - self->small_line_height / 2);
        }

      cairo_move_to (cr, mx, dy - d);
      cairo_line_to (cr, mx + d, dy);
      cairo_line_to (cr, mx, dy + d);
      cairo_line_to (cr, mx - d, dy);
      cairo_close_path (cr);
      set_rgba (cr, c);
      cairo_fill_preserve (cr);
      set_rgba (cr, &pal->background);
      cairo_set_line_width (cr, 1.25);
      cairo_stroke (cr);
    }
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

  rounded_rect (cr, x0, ly + pad, MAX (1, x1 - x0), lh - 2 * pad, BLOCK_RADIUS);
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

static gboolean
today_x (LpTimelinePainter  *self,
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

/* A label kept inside [seg_x0, seg_x1) and the visible [x0, x1): sticks to
 * the left edge of the view while its segment scrolls by. */
static void
draw_sticky_label (LpTimelinePainter *self,
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

      draw_sticky_label (self, cr, scratch_layout (self, self->font_bold, label, -1),
                         sx0, sx1, x0, y);
      i = j;
    }
}

/* ---- signal callbacks ---- */

static void
on_module_changed_cb (LpTrajectory      *trajectory,
                      LpModule          *module,
                      const char        *property,
                      LpTimelinePainter *self)
{
  g_hash_table_remove (self->labels, module);
}

static void
on_modules_items_changed_cb (GListModel        *model,
                             guint              position,
                             guint              removed,
                             guint              added,
                             LpTimelinePainter *self)
{
  if (removed > 0)
    g_hash_table_remove_all (self->labels);
}

/* ---- overrides ---- */

static void
lp_timeline_painter_dispose (GObject *object)
{
  LpTimelinePainter *self = LP_TIMELINE_PAINTER (object);

  g_clear_pointer (&self->labels, g_hash_table_unref);
  g_clear_object (&self->scratch);
  g_clear_object (&self->context);
  g_clear_object (&self->layout);
  self->trajectory = NULL;

  G_OBJECT_CLASS (lp_timeline_painter_parent_class)->dispose (object);
}

static void
lp_timeline_painter_finalize (GObject *object)
{
  LpTimelinePainter *self = LP_TIMELINE_PAINTER (object);

  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->font_small, pango_font_description_free);
  g_clear_pointer (&self->font_bold, pango_font_description_free);

  G_OBJECT_CLASS (lp_timeline_painter_parent_class)->finalize (object);
}

static void
lp_timeline_painter_class_init (LpTimelinePainterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lp_timeline_painter_dispose;
  object_class->finalize = lp_timeline_painter_finalize;
}

static void
lp_timeline_painter_init (LpTimelinePainter *self)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  cairo_font_options_t *options;

  self->context = pango_font_map_create_context (font_map);
  pango_cairo_context_set_resolution (self->context, 96.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_SLIGHT);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);

  self->scratch = pango_layout_new (self->context);
  pango_layout_set_single_paragraph_mode (self->scratch, TRUE);
  self->labels = g_hash_table_new_full (NULL, NULL, NULL, label_cache_free);

  self->font = NULL;
  lp_timeline_painter_set_font (self, DEFAULT_FONT);
}

/* ---- public API ---- */

void
lp_paint_state_init (LpPaintState *state)
{
  g_return_if_fail (state != NULL);

  memset (state, 0, sizeof *state);
  state->flags = LP_PAINT_SCREEN;
  state->today = LP_DATE_NONE;
  state->preview_track = -1;
  state->preview_start = LP_DATE_NONE;
  state->preview_end = LP_DATE_NONE;
  state->cursor_track = -1;
  state->cursor_date = LP_DATE_NONE;
}

LpTimelinePainter *
lp_timeline_painter_new (LpTimelineLayout *layout)
{
  LpTimelinePainter *self;
  LpTrajectory *trajectory;

  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (layout), NULL);

  self = g_object_new (LP_TYPE_TIMELINE_PAINTER, NULL);
  self->layout = g_object_ref (layout);
  trajectory = lp_timeline_layout_get_trajectory (layout);
  self->trajectory = trajectory;
  if (trajectory != NULL)
    {
      g_signal_connect_object (trajectory, "module-changed",
                               G_CALLBACK (on_module_changed_cb), self, 0);
      g_signal_connect_object (lp_trajectory_get_modules (trajectory), "items-changed",
                               G_CALLBACK (on_modules_items_changed_cb), self, 0);
    }

  return self;
}

LpTimelineLayout *
lp_timeline_painter_get_layout (LpTimelinePainter *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_PAINTER (self), NULL);

  return self->layout;
}

void
lp_timeline_painter_set_font (LpTimelinePainter *self,
                              const char        *font)
{
  PangoFontDescription *desc;
  int size;

  g_return_if_fail (LP_IS_TIMELINE_PAINTER (self));

  desc = pango_font_description_from_string (font != NULL ? font : DEFAULT_FONT);
  if (pango_font_description_get_family (desc) == NULL)
    pango_font_description_set_family (desc, "Cantarell,Sans");
  else
    {
      /* fall back to Sans when the family is missing */
      g_autofree char *family = g_strdup_printf ("%s,Sans", pango_font_description_get_family (desc));
      pango_font_description_set_family (desc, family);
    }
  size = pango_font_description_get_size (desc);
  if (size <= 0)
    {
      size = 10 * PANGO_SCALE;
      pango_font_description_set_size (desc, size);
    }

  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->font_small, pango_font_description_free);
  g_clear_pointer (&self->font_bold, pango_font_description_free);
  self->font = desc;
  self->font_small = pango_font_description_copy (desc);
  if (pango_font_description_get_size_is_absolute (desc))
    pango_font_description_set_absolute_size (self->font_small, size * 0.85);
  else
    pango_font_description_set_size (self->font_small, (int) (size * 0.85));
  self->font_bold = pango_font_description_copy (desc);
  pango_font_description_set_weight (self->font_bold, PANGO_WEIGHT_BOLD);

  g_hash_table_remove_all (self->labels);
  update_metrics (self);
}

double
lp_timeline_painter_get_line_height (LpTimelinePainter *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_PAINTER (self), 0);

  return self->line_height;
}

double
lp_timeline_painter_get_header_height (LpTimelinePainter *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_PAINTER (self), 0);

  return ceil (3 * (self->small_line_height + 6));
}

void
lp_timeline_painter_draw_body (LpTimelinePainter  *self,
                               cairo_t            *cr,
                               const LpRect       *visible,
                               const LpPaintState *state)
{
  const Palette *pal;
  LpPaintState defaults;
  g_autoptr(GArray) blocks = NULL;
  double x0, x1, y0, y1, content_h, y_end, tx;

  g_return_if_fail (LP_IS_TIMELINE_PAINTER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (visible != NULL);

  if (state == NULL)
    {
      lp_paint_state_init (&defaults);
      state = &defaults;
    }
  pal = get_palette (state);

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

  draw_lanes (self, cr, pal, state, x0, x1, y0, y_end);

  if (self->trajectory != NULL)
    draw_bands (self, cr, pal, visible, y_end);

  draw_grid (self, cr, pal, x0, x1, y0, y_end);
  draw_lane_separators (self, cr, pal, state, x0, x1, y0, y_end);

  if (self->trajectory == NULL)
    {
      cairo_restore (cr);
      return;
    }

  draw_milestone_lines (self, cr, pal, visible, y_end);

  if (!is_print (state))
    draw_cursor (self, cr, pal, state);

  /* blocks: only what the index says is visible */
  blocks = lp_timeline_layout_query (self->layout, visible);
  for (guint i = 0; i < blocks->len; i++)
    {
      const LpBlock *block = &g_array_index (blocks, LpBlock, i);
      PreparedBlock pb;

      if (is_print (state) && track_hidden (self, state, block->track))
        continue;
      prepare_block (self, pal, block, &pb);
      draw_block_shape (cr, &pb.st, pb.x, pb.y, pb.w, pb.h);
      draw_block_decorations (self, cr, pal, &pb, visible, state);
    }

  if (!is_print (state))
    {
      draw_block_rings (self, cr, pal, visible, state);
      draw_preview (self, cr, pal, state);
    }

  if (today_x (self, state, &tx) && tx >= x0 - 2 && tx <= x1 + 2)
    {
      set_rgba (cr, &pal->today);
      vline (cr, tx, y0, y1, 2);
      cairo_stroke (cr);
    }

  draw_milestone_markers (self, cr, pal, visible);

  cairo_restore (cr);
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
  LpPaintState defaults;
  g_autoptr(GArray) months = NULL;
  g_autoptr(GArray) wticks = NULL;
  gboolean weeks, days;
  double row_top, row_h, row2, row3;
  double scale, min_month_w, tx;
  int month_mode;   /* 2 full, 1 abbreviated, 3 initial, 0 none */

  g_return_if_fail (LP_IS_TIMELINE_PAINTER (self));
  g_return_if_fail (cr != NULL);

  if (state == NULL)
    {
      lp_paint_state_init (&defaults);
      state = &defaults;
    }
  pal = get_palette (state);
  if (!(x1 > x0) || height <= 0)
    return;

  weeks = lp_timeline_layout_shows_weeks (self->layout);
  scale = lp_timeline_layout_get_scale (self->layout);
  days = scale >= DAYS_MIN_SCALE;

  /* Rows: year | month | week, or at day zoom: month + year | week | day.
   * Without weeks: year | month, the month row taking the rest. */
  if (weeks)
    {
      row_top = row_h = height / 3;
      row2 = row_top;
      row3 = row_top + row_h;
    }
  else
    {
      row_top = height * 0.42;
      row_h = height - row_top;
      row2 = row_top;
      row3 = height;
    }

  cairo_save (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  set_rgba (cr, &pal->header_background);
  cairo_rectangle (cr, x0, 0, x1 - x0, height);
  cairo_fill (cr);

  months = lp_timeline_layout_get_month_ticks (self->layout, x0, x1);
  if (weeks)
    wticks = lp_timeline_layout_get_week_ticks (self->layout, x0, x1);

  /* top row */
  set_rgba (cr, &pal->text);
  draw_year_row (self, cr, months, days, x0, (row_top - self->line_height) / 2 + 1);

  /* months, one label style for the whole header */
  min_month_w = 28 * scale - 10;
  if (self->max_month_full / (double) PANGO_SCALE <= min_month_w)
    month_mode = 2;
  else if (self->max_month_abbr / (double) PANGO_SCALE <= min_month_w)
    month_mode = 1;
  else if (28 * scale >= self->small_line_height + 2)
    month_mode = 3;   /* the whole trajectory on a small screen: initials */
  else
    month_mode = 0;

  if (!days && month_mode > 0)
    {
      double ty = row2 + ((weeks ? row_h : height - row2) - self->small_line_height) / 2;

      set_rgba (cr, &pal->text);
      for (guint i = 0; i < months->len; i++)
        {
          const LpTick *t = &g_array_index (months, LpTick, i);
          const char *name = lp_timeline_month_name (t->number, month_mode != 2);

          if (month_mode == 3)
            {
              char initial[8] = { 0 };
              gunichar c = g_unichar_toupper (g_utf8_get_char (name));
              PangoLayout *pl;

              g_unichar_to_utf8 (c, initial);
              pl = scratch_layout (self, self->font_small, initial, -1);
              if (layout_width (pl) + 2 <= t->width)
                show_layout_at (cr, pl, t->x + (t->width - layout_width (pl)) / 2, ty);
              continue;
            }
          draw_sticky_label (self, cr, scratch_layout (self, self->font_small, name, -1),
                             t->x, t->x + t->width, x0, ty);
        }
    }

  /* week numbers: in the last row, or the middle row at day zoom */
  if (weeks)
    {
      double wide = 7 * scale;
      double wy = days ? row2 : row3;
      double ty = wy + (row_h - self->small_line_height) / 2;

      set_rgba (cr, &pal->text_dim);
      for (guint i = 0; i < wticks->len; i++)
        {
          const LpTick *t = &g_array_index (wticks, LpTick, i);
          char buf[64];
          PangoLayout *pl;
          double w;

          if (wide >= 90)
            /* Translators: ISO week number in the timeline header */
            g_snprintf (buf, sizeof buf, _("Week %u"), t->number);
          else
            g_snprintf (buf, sizeof buf, "%u", t->number);
          pl = scratch_layout (self, self->font_small, buf, -1);
          w = layout_width (pl);
          if (w + 4 > wide)
            continue;
          if (wide >= 90)
            draw_sticky_label (self, cr, pl, t->x, t->x + wide, x0, ty);
          else
            {
              /* centred in the week, but whole: a week cut by the edge of
               * the view moves its number into the visible part or drops
               * it, so that 53 never reads as "3" */
              double lx = t->x + (wide - w) / 2;

              lx = MAX (MIN (lx, x1 - 2 - w), x0 + 2);
              if (lx < t->x + 1 || lx + w > MIN (t->x + wide - 1, x1))
                continue;
              show_layout_at (cr, pl, lx, ty);
            }
        }
    }

  /* day cells at day zoom */
  if (days)
    {
      LpDate d0 = lp_timeline_layout_x_to_date (self->layout, x0);
      LpDate d1 = lp_timeline_layout_x_to_date (self->layout, x1);
      gboolean with_weekday = scale >= 44;
      double ty = row3 + (row_h - self->small_line_height) / 2;

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
          pl = scratch_layout (self, self->font_small, buf, -1);
          w = layout_width (pl);
          if (w + 4 > scale)
            continue;
          set_rgba (cr, wd >= 6 ? &pal->text_dim : &pal->text);
          show_layout_at (cr, pl, dx + (scale - w) / 2, ty);
          vline (cr, dx, row3 + 4, height, 1);
          set_rgba (cr, &pal->grid_week);
          cairo_stroke (cr);
        }
    }

  /* week separators below the month row */
  if (weeks)
    {
      for (guint i = 0; i < wticks->len; i++)
        vline (cr, g_array_index (wticks, LpTick, i).x, (days ? row2 : row3) + 4, height, 1);
      set_rgba (cr, &pal->grid_month);
      cairo_stroke (cr);
    }

  /* month separators below the year row (full height at day zoom), year
   * separators full height */
  for (guint i = 0; i < months->len; i++)
    {
      const LpTick *t = &g_array_index (months, LpTick, i);
      /* the week row has its own separators: a month line through a
       * centred week number would cross it out */
      if (t->number != 1)
        vline (cr, t->x, days ? 0 : row2 + 2, weeks && !days ? row3 : height, 1);
    }
  set_rgba (cr, &pal->header_separator);
  cairo_stroke (cr);
  for (guint i = 0; i < months->len; i++)
    {
      const LpTick *t = &g_array_index (months, LpTick, i);
      if (t->number == 1)
        vline (cr, t->x, 0, height, 1);
    }
  set_rgba (cr, &pal->grid_year);
  cairo_stroke (cr);

  /* row separators and the bottom border */
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, x0, round (row2) + 0.5);
  cairo_line_to (cr, x1, round (row2) + 0.5);
  if (weeks)
    {
      cairo_move_to (cr, x0, round (row3) + 0.5);
      cairo_line_to (cr, x1, round (row3) + 0.5);
    }
  set_rgba (cr, &pal->grid_month);
  cairo_stroke (cr);
  cairo_move_to (cr, x0, round (height) - 0.5);
  cairo_line_to (cr, x1, round (height) - 0.5);
  set_rgba (cr, &pal->header_separator);
  cairo_stroke (cr);

  /* today marker */
  if (today_x (self, state, &tx) && tx >= x0 - 6 && tx <= x1 + 6)
    {
      set_rgba (cr, &pal->today);
      cairo_move_to (cr, tx - 5, height - 7);
      cairo_line_to (cr, tx + 5, height - 7);
      cairo_line_to (cr, tx, height - 1);
      cairo_close_path (cr);
      cairo_fill (cr);
    }

  /* the keyboard cursor's day: an accent bar along the bottom */
  if (state->cursor_track >= 0 && state->cursor_date != LP_DATE_NONE)
    {
      double w = MAX (6, scale);
      double cx = round (lp_timeline_layout_date_to_x (self->layout, state->cursor_date) + (scale - w) / 2);

      set_rgba (cr, &pal->accent);
      cairo_rectangle (cr, cx, height - 4, w, 3);
      cairo_fill (cr);
    }

  cairo_restore (cr);
}

void
lp_timeline_painter_draw_lane_names (LpTimelinePainter  *self,
                                     cairo_t            *cr,
                                     double              y0,
                                     double              y1,
                                     double              width,
                                     const LpPaintState *state)
{
  const Palette *pal;
  LpPaintState defaults;
  GListModel *tracks;
  guint n, shown = 0;
  double text_w = width - 20;

  g_return_if_fail (LP_IS_TIMELINE_PAINTER (self));
  g_return_if_fail (cr != NULL);

  if (state == NULL)
    {
      lp_paint_state_init (&defaults);
      state = &defaults;
    }
  pal = get_palette (state);
  if (!(y1 > y0) || width <= 0)
    return;

  cairo_save (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  set_rgba (cr, &pal->header_background);
  cairo_rectangle (cr, 0, y0, width, y1 - y0);
  cairo_fill (cr);

  if (self->trajectory == NULL)
    goto border;

  tracks = lp_trajectory_get_tracks (self->trajectory);
  n = MIN (g_list_model_get_n_items (tracks), lp_timeline_layout_get_n_lanes (self->layout));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpTrack) track = NULL;
      double ly, lh, ty;

      lp_timeline_layout_get_lane (self->layout, i, &ly, &lh);
      if (lh <= 0 || track_hidden (self, state, i))
        continue;
      shown++;
      if (ly + lh <= y0)
        continue;
      if (ly >= y1)
        break;

      if (shown % 2 == 0)
        {
          set_rgba (cr, &pal->lane_alt);
          cairo_rectangle (cr, 0, ly, width, lh);
          cairo_fill (cr);
        }
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, 0, round (ly + lh) - 0.5);
      cairo_line_to (cr, width, round (ly + lh) - 0.5);
      set_rgba (cr, &pal->lane_separator);
      cairo_stroke (cr);
      /* the keyboard cursor's lane: an accent bar at the left */
      if ((int) i == state->cursor_track && state->cursor_date != LP_DATE_NONE)
        {
          set_rgba (cr, &pal->accent);
          cairo_rectangle (cr, 0, ly + 2, 4, MAX (lh - 4, 1));
          cairo_fill (cr);
        }

      if (text_w < 10)
        continue;

      track = g_list_model_get_item (tracks, i);
      cairo_save (cr);
      cairo_rectangle (cr, 0, ly, width, lh);
      cairo_clip (cr);

      /* one-row lanes: centred; taller lanes: at the top */
      {
        double row_h = lp_timeline_layout_get_row_height (self->layout) * 1.2;
        double total = self->line_height + self->small_line_height;

        if (lh < total + 2)
          ty = ly + (lh - self->line_height) / 2;
        else
          ty = ly + (MIN (lh, row_h) - total) / 2;
      }
      set_rgba (cr, &pal->text);
      show_layout_at (cr, scratch_layout (self, self->font_bold, lp_track_get_name (track), text_w),
                      12, ty);
      if (lh >= self->line_height + self->small_line_height + 2)
        {
          set_rgba (cr, &pal->text_dim);
          show_layout_at (cr, scratch_layout (self, self->font_small,
                                              lp_track_group_get_label (lp_track_get_group (track)),
                                              text_w),
                          12, ty + self->line_height);
        }
      cairo_restore (cr);
    }

border:
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, round (width) - 0.5, y0);
  cairo_line_to (cr, round (width) - 0.5, y1);
  set_rgba (cr, &pal->header_separator);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
lp_timeline_painter_draw_corner (LpTimelinePainter  *self,
                                 cairo_t            *cr,
                                 double              width,
                                 double              height,
                                 const LpPaintState *state)
{
  LpPaintState defaults;
  const Palette *pal;

  g_return_if_fail (LP_IS_TIMELINE_PAINTER (self));
  g_return_if_fail (cr != NULL);

  if (state == NULL)
    {
      lp_paint_state_init (&defaults);
      state = &defaults;
    }
  pal = get_palette (state);

  cairo_save (cr);
  set_rgba (cr, &pal->header_background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  set_rgba (cr, &pal->header_separator);
  cairo_rectangle (cr, 0, round (height) - 1, width, 1);
  cairo_rectangle (cr, round (width) - 1, 0, 1, height);
  cairo_fill (cr);
  cairo_restore (cr);
}

void
lp_timeline_painter_draw_status_sample (LpTimelinePainter  *self,
                                        cairo_t            *cr,
                                        LpStatus            status,
                                        const double        rgb[3],
                                        const LpRect       *rect,
                                        const LpPaintState *state)
{
  LpPaintState defaults;
  BlockStyle st;
  double size;

  g_return_if_fail (LP_IS_TIMELINE_PAINTER (self));
  g_return_if_fail (cr != NULL && rgb != NULL && rect != NULL);

  if (state == NULL)
    {
      lp_paint_state_init (&defaults);
      state = &defaults;
    }

  block_style (get_palette (state), rgb, status, &st);
  cairo_save (cr);
  draw_block_shape (cr, &st, rect->x, rect->y, rect->width, rect->height);
  size = MIN (rect->height - 4, 12);
  if (size >= 6)
    draw_checks (cr, st.text, st.checks,
                 rect->x + rect->width - size - 3, rect->y + (rect->height - size) / 2, size);
  cairo_restore (cr);
}

double
lp_timeline_painter_draw_status_legend (LpTimelinePainter  *self,
                                        cairo_t            *cr,
                                        double              x,
                                        double              y,
                                        double              max_width,
                                        const LpPaintState *state)
{
  static const double neutral[3] = { 0.384, 0.627, 0.918 };
  LpPaintState defaults;
  const Palette *pal;
  double cx = x, cy = y;
  double sw = 34, sh = MAX (14, self->small_line_height);
  double row_h = sh + 6;

  g_return_val_if_fail (LP_IS_TIMELINE_PAINTER (self), 0);
  g_return_val_if_fail (cr != NULL, 0);

  if (state == NULL)
    {
      lp_paint_state_init (&defaults);
      state = &defaults;
    }
  pal = get_palette (state);

  cairo_save (cr);
  for (guint s = 0; s < LP_N_STATUSES; s++)
    {
      PangoLayout *pl = scratch_layout (self, self->font_small, lp_status_get_label (s), -1);
      double item_w = sw + 6 + layout_width (pl) + 18;
      LpRect r;

      if (cx > x && cx + item_w > x + max_width)
        {
          cx = x;
          cy += row_h;
        }
      r.x = cx;
      r.y = cy;
      r.width = sw;
      r.height = sh;
      lp_timeline_painter_draw_status_sample (self, cr, s, neutral, &r, state);
      set_rgba (cr, &pal->text);
      /* the scratch layout was not touched by the sample */
      show_layout_at (cr, pl, cx + sw + 6, cy + (sh - self->small_line_height) / 2);
      cx += item_w;
    }
  cairo_restore (cr);

  return cy + row_h - y;
}

double
lp_timeline_painter_draw_theme_legend (LpTimelinePainter  *self,
                                       cairo_t            *cr,
                                       double              x,
                                       double              y,
                                       double              max_width,
                                       const LpPaintState *state)
{
  LpPaintState defaults;
  const Palette *pal;
  g_autoptr(GPtrArray) themes = g_ptr_array_new ();
  g_autoptr(GArray) colours = g_array_new (FALSE, FALSE, sizeof (double) * 3);
  GListModel *modules;
  double cx = x, cy = y;
  double sw = 22, sh = MAX (12, self->small_line_height - 2);
  double row_h = MAX (sh, self->small_line_height) + 6;
  guint n;

  g_return_val_if_fail (LP_IS_TIMELINE_PAINTER (self), 0);
  g_return_val_if_fail (cr != NULL, 0);

  if (state == NULL)
    {
      lp_paint_state_init (&defaults);
      state = &defaults;
    }
  pal = get_palette (state);
  if (self->trajectory == NULL)
    return 0;

  /* themes in use (in library order), with the colour of their first
   * module's kind (own kinds may have their own colour) */
  modules = lp_trajectory_get_modules (self->trajectory);
  n = g_list_model_get_n_items (modules);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpModule) module = g_list_model_get_item (modules, i);
      LpKind *kind = lp_trajectory_get_module_kind (self->trajectory, module);
      const LpTheme *theme = lp_kind_get_theme (kind);
      LpTrack *track = lp_module_get_track (module);
      int ti = track != NULL ? lp_trajectory_get_track_index (self->trajectory, track) : -1;

      if (ti >= 0 && track_hidden (self, state, ti))
        continue;
      if (!g_ptr_array_find (themes, theme, NULL))
        {
          double rgb[3];

          lp_kind_get_rgb (kind, rgb);
          g_ptr_array_add (themes, (gpointer) theme);
          g_array_append_vals (colours, rgb, 1);
        }
    }

  cairo_save (cr);
  for (guint t = 0; t < lp_library_get_n_themes (); t++)
    {
      const LpTheme *theme = lp_library_get_theme_nth (t);
      guint index;
      PangoLayout *pl;
      double item_w;
      BlockStyle st;
      const double *rgb;

      if (!g_ptr_array_find (themes, theme, &index))
        continue;
      rgb = (const double *) colours->data + 3 * index;
      pl = scratch_layout (self, self->font_small, lp_theme_get_name (theme), MAX (40, max_width - sw - 8));
      item_w = sw + 6 + layout_width (pl) + 18;
      if (cx > x && cx + item_w > x + max_width)
        {
          cx = x;
          cy += row_h;
        }
      block_style (pal, rgb, LP_STATUS_CONFIRMED, &st);
      draw_block_shape (cr, &st, cx, cy + (row_h - 6 - sh) / 2, sw, sh);
      set_rgba (cr, &pal->text);
      show_layout_at (cr, pl, cx + sw + 6, cy + (row_h - 6 - self->small_line_height) / 2);
      cx += item_w;
    }
  cairo_restore (cr);

  return themes->len > 0 ? cy + row_h - y : 0;
}
