/* lp-timeline-painter-private.h — what the painter's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The painter is one type spread over files along its seams:
 *   lp-timeline-painter.c  the object, fonts, lane names, corner and frame
 *   lp-painter-style.c     palettes, block styles and shapes
 *   lp-painter-block.c     module blocks: labels, decorations, selection
 *   lp-painter-body.c      the body pane
 *   lp-painter-header.c    the time scale
 *   lp-painter-legend.c    status and theme legends
 */
#pragma once

#include <pango/pangocairo.h>
#include "lp-timeline-painter.h"
#include "lp-label-layout.h"
#include "lp-stamp-cache.h"

G_BEGIN_DECLS

#define DEFAULT_FONT     "Cantarell 10"
#define BLOCK_PAD_X      6.0
#define BLOCK_RADIUS     4.0
#define CHECK_SPACE      14.0
#define MAX_CACHED       4096
#define STAMP_BYTES      (6 << 20)   /* bitmaps of labels, badges and marks */
#define STAMP_MIN_BOXES  64          /* fewer labels are drawn directly: cheap,
                                      * and bitmaps would only cost memory */
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
  Rgba period[LP_N_PERIOD_KINDS];
  Rgba milestone[LP_N_MILESTONE_KINDS];
  Rgba today;
  Rgba accent;
  Rgba selected;
  Rgba pill;
} Palette;

/* Fill and outline colours and the text colour of a block by status. */
typedef struct {
  double   fill[3];
  double   outline[3];
  double   text[3];
  gboolean dashed;
  guint    checks;     /* 0, 1 (done) or 2 (evaluated) */
} BlockStyle;

/* A block as drawn: snapped geometry and style. */
typedef struct {
  BlockStyle     st;
  guint          mark;     /* the theme's mark (lp_painter_draw_mark) */
  double         x, y, w, h;
  guint          open_comments;  /* the badge's number; 0: none */
  gboolean       dimmed;         /* not matching the filter */
} PreparedBlock;

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
  double                 name_column;  /* width of the lane-name column in draw_frame */

  /* month label widths (Pango units), per font; recomputed on font change */
  int                    max_month_full;
  int                    max_month_abbr;

  LpLabelMeasurer       *measurer;     /* given to the label layout: drawn as measured */
  GHashTable            *labels[2];    /* text → PangoLayout, title and detail font */
  GPtrArray             *series_links; /* lp-painter-series.c; NULL: make again */

  /* lp_painter_stamp(): while blocks are drawn for a screen, the pixel
   * scale of a recording target (0: unknown), else < 0: draw directly */
  LpStampCache          *stamps;
  double                 stamp_scale;
  GString               *stamp_key;
};

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

static inline double
layout_width (PangoLayout *layout)
{
  int w;

  pango_layout_get_size (layout, &w, NULL);
  return w / (double) PANGO_SCALE;
}

static inline void
show_layout_at (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* The state every public drawing function works with: state itself, or
 * the defaults (screen, nothing selected) when it is NULL. */
const LpPaintState *lp_painter_resolve_state (const LpPaintState *state);

/* lp-painter-calendar.c */
void lp_painter_draw_holidays     (LpTimelinePainter *self, cairo_t *cr, const Palette *pal,
                                   const LpRect *visible, double y_end, const LpPaintState *state);
void lp_painter_draw_problem_mark (LpTimelinePainter *self, cairo_t *cr, const PreparedBlock *pb);

/* lp-timeline-painter.c */
gboolean     lp_painter_track_hidden   (LpTimelinePainter *self, const LpPaintState *state, guint track);

/* A walk over the lanes that show between two heights: index, top and
 * height of the current lane, and how many lanes shown so far (hidden and
 * empty lanes do not count), so that every second one can be shaded. */
typedef struct
{
  guint  index;
  guint  n;
  guint  shown;
  double y;
  double height;
} LpLaneWalk;

/* Starts a walk over the first n lanes. */
void         lp_lane_walk_init         (LpLaneWalk *walk, guint n);
/* Steps to the next shown lane that reaches below y0, while lanes start
 * above y1; FALSE when there is none. */
gboolean     lp_painter_next_lane      (LpTimelinePainter *self, const LpPaintState *state,
                                        LpLaneWalk *walk, double y0, double y1);
PangoLayout *lp_painter_scratch_layout (LpTimelinePainter *self, const PangoFontDescription *font,
                                        const char *text, double width);

/* lp-painter-style.c */
const Palette *lp_painter_get_palette      (const LpPaintState *state);
void           lp_painter_rounded_rect     (cairo_t *cr, double x, double y, double w, double h, double r);
void           lp_painter_block_style      (const Palette *pal, const double rgb[3], LpStatus status,
                                            BlockStyle *st);
void           lp_painter_draw_checks      (cairo_t *cr, const double colour[3], guint checks,
                                            double x, double y, double size);
void           lp_painter_draw_block_shape (cairo_t *cr, const BlockStyle *st,
                                            double x, double y, double w, double h);
void           lp_painter_vline            (cairo_t *cr, double x, double y0, double y1, double width);
guint          lp_painter_theme_mark       (LpKind *kind);
void           lp_painter_draw_mark        (cairo_t *cr, guint mark, double cx, double cy, double size,
                                            const double rgb[3]);

/* lp-painter-block.c */
/* Draws draw (cr, data), which lies in (x, y, w, h) and depends only on
 * the key (in self->stamp_key), from a bitmap when blocks are being drawn
 * for a screen (lp-stamp-cache.h), else directly. */
void         lp_painter_stamp       (LpTimelinePainter *self, cairo_t *cr, double x, double y,
                                     double w, double h, LpStampDrawFunc draw, gconstpointer data);
PangoLayout *lp_painter_text_layout (LpTimelinePainter *self, const PangoFontDescription *font,
                                     gboolean detail, const char *text);
void lp_painter_prepare_block     (LpTimelinePainter *self, const Palette *pal, const LpRect *rect,
                                   LpModule *module, PreparedBlock *pb);
void lp_painter_draw_block_label  (LpTimelinePainter *self, cairo_t *cr, const Palette *pal,
                                   const PreparedBlock *pb, const LpLabelBox *box);
void lp_painter_draw_block_rings  (LpTimelinePainter *self, cairo_t *cr, const Palette *pal,
                                   const LpRect *visible, const LpPaintState *state);
void lp_painter_draw_blocks       (LpTimelinePainter *self, cairo_t *cr, const Palette *pal,
                                   const LpRect *visible, const LpPaintState *state);

/* lp-painter-series.c */
void lp_painter_draw_series_links (LpTimelinePainter *self, cairo_t *cr, const LpRect *visible,
                                   const LpPaintState *state);
/* The trajectory changed: the links are made again when next drawn. */
void lp_painter_forget_series     (LpTimelinePainter *self);

/* lp-painter-review.c */
void lp_painter_review_prepare    (LpTimelinePainter *self, const LpPaintState *state,
                                   LpModule *module, PreparedBlock *pb);
void lp_painter_draw_comment_badge (LpTimelinePainter *self, cairo_t *cr, const PreparedBlock *pb);
/* The comment badge's circle on pb (drawn or not). */
void lp_painter_badge_circle (const PreparedBlock *pb, double *cx, double *cy, double *r);
void lp_painter_begin_dim         (cairo_t *cr, const PreparedBlock *pb);
void lp_painter_end_dim           (cairo_t *cr, const PreparedBlock *pb);

/* lp-painter-body.c */
gboolean lp_painter_today_x (LpTimelinePainter *self, const LpPaintState *state, double *x);

/* lp-painter-header.c */
void lp_painter_draw_sticky_label (LpTimelinePainter *self, cairo_t *cr, PangoLayout *pl,
                                   double seg_x0, double seg_x1, double x0, double y);

G_END_DECLS
