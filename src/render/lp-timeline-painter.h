/* lp-timeline-painter.h — draws a timeline layout with Cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one drawing code for screen (LpTimelineView), PDF and print.  Draws in
 * content coordinates of LpTimelineLayout; the caller translates/clips.
 *
 * Units: one unit is one pixel at 96 dpi (fonts are laid out at 96 dpi by
 * the painter's own Pango context, with unhinted metrics, so text measures
 * the same on every surface).  For paper in points, cairo_scale (cr, 0.75,
 * 0.75) gives the screen proportions; any other scale works as well.
 * Labels come from the layout's LpLabelLayout, measured with the painter's
 * own fonts (lp_timeline_painter_set_font gives the layout its measurer);
 * redraw on the layout's "changed" or the trajectory's "changed" signal.
 * Every state argument may be NULL (screen, nothing selected).
 */
#pragma once

#include <cairo.h>
#include "core/lp-module-filter.h"
#include "lp-timeline-layout.h"

G_BEGIN_DECLS

typedef enum {
  LP_PAINT_SCREEN = 0,
  LP_PAINT_PRINT  = 1 << 0,   /* no selection, focus or today line; paper colours */
  LP_PAINT_DARK   = 1 << 1,   /* screen only: dark colours (ignored with PRINT) */
  LP_PAINT_NO_BADGES = 1 << 2,   /* no open-comment badges (participant version) */
} LpPaintFlags;

typedef struct {
  LpPaintFlags  flags;
  LpModule     *selected;       /* may be NULL */
  LpModule     *focused;        /* keyboard focus ring; may be NULL */
  LpDate        today;          /* LP_DATE_NONE: no today line */
  /* landing preview while dragging; track < 0: none */
  int           preview_track;
  LpDate        preview_start;
  LpDate        preview_end;
  /* keyboard cursor (where Enter in the palette places a module); track < 0: none */
  int           cursor_track;
  LpDate        cursor_date;
  /* tracks to leave out (index → TRUE), NULL for all; print only */
  const gboolean *hidden_tracks;
  /* modules that do not match are dimmed; NULL: none */
  const LpModuleFilter *filter;
  /* Dutch public holidays as hatched day columns */
  gboolean        holidays;
  /* LpModule* set (hash table keys): blocks that get a warning mark; NULL: none */
  GHashTable     *problem_modules;
  /* device pixels per unit where cr records for a replay later (a GTK
   * cairo render node): lets a full screen copy its repeated labels and
   * marks from bitmaps; 0: not known (image targets tell their own) */
  double          pixel_scale;
} LpPaintState;

void lp_paint_state_init (LpPaintState *state);

#define LP_TYPE_TIMELINE_PAINTER (lp_timeline_painter_get_type ())
G_DECLARE_FINAL_TYPE (LpTimelinePainter, lp_timeline_painter, LP, TIMELINE_PAINTER, GObject)

LpTimelinePainter *lp_timeline_painter_new (LpTimelineLayout *layout);
LpTimelineLayout  *lp_timeline_painter_get_layout (LpTimelinePainter *self);
/* Font description for labels (default "Cantarell 10" or the system font). */
void lp_timeline_painter_set_font (LpTimelinePainter *self, const char *font);

/* Lanes, grid, periods, milestones, blocks, today line, preview, within the
 * visible content rectangle. */
void lp_timeline_painter_draw_body       (LpTimelinePainter *self, cairo_t *cr,
                                          const LpRect *visible, const LpPaintState *state);
/* Year, month (and, when legible, week and day) rows for content x in
 * [x0, x1), drawn in a period of the given height starting at y = 0 of cr;
 * under them, when the height has room for it, the period of milestone and
 * period labels (lp_timeline_painter_get_header_height () has). */
void lp_timeline_painter_draw_header     (LpTimelinePainter *self, cairo_t *cr,
                                          double x0, double x1, double height,
                                          const LpPaintState *state);
double lp_timeline_painter_get_header_height (LpTimelinePainter *self);
/* Lane names in a column of the given width, for content y in [y0, y1)
 * (y = 0 of cr is content y = 0). */
void lp_timeline_painter_draw_lane_names (LpTimelinePainter *self, cairo_t *cr,
                                          double y0, double y1, double width,
                                          const LpPaintState *state);

/* Width of the lane-name column left of the body at the normal text size
 * (content units); paper always uses it. */
#define LP_TIMELINE_NAME_COLUMN 170.0
/* The width of the lane-name column draw_frame draws (default
 * LP_TIMELINE_NAME_COLUMN); a screen with larger text widens it. */
void   lp_timeline_painter_set_name_column_width (LpTimelinePainter *self, double width);
double lp_timeline_painter_get_name_column_width (LpTimelinePainter *self);

/* The four clipped panes of a timeline in a rectangle (0, 0, width, height)
 * of cr: the corner, the header (lp_timeline_painter_get_header_height ()
 * high), the lane names (lp_timeline_painter_get_name_column_width () wide)
 * and the body, whose top-left shows content (scroll_x, scroll_y). */
void lp_timeline_painter_draw_frame (LpTimelinePainter *self, cairo_t *cr,
                                     double width, double height,
                                     double scroll_x, double scroll_y,
                                     const LpPaintState *state);

/* On paper, the least height of a lane whose name column is @width wide:
 * its whole name (bold over up to two lines, else smaller) and its group. */
double lp_timeline_painter_get_lane_name_height (LpTimelinePainter *self, LpTrack *track, double width);
/* Height of one line of block-title text (content units). */
double lp_timeline_painter_get_line_height (LpTimelinePainter *self);
/* The top-left corner where the header meets the lane-name column:
 * background and borders matching both. */
void lp_timeline_painter_draw_corner (LpTimelinePainter *self, cairo_t *cr,
                                      double width, double height,
                                      const LpPaintState *state);
/* A block-shaped swatch in the style of a status (idea/draft: light fill and
 * dashed outline; confirmed: solid; done: check; evaluated: double check),
 * in the colour rgb, inside rect.  state may be NULL (screen colours). */
void lp_timeline_painter_draw_status_sample (LpTimelinePainter *self, cairo_t *cr,
                                             LpStatus status, const double rgb[3],
                                             const LpRect *rect, const LpPaintState *state);
/* A legend of all statuses (swatch + translated label) starting at (x, y),
 * wrapping at max_width; returns the height used. */
double lp_timeline_painter_draw_status_legend (LpTimelinePainter *self, cairo_t *cr,
                                               double x, double y, double max_width,
                                               const LpPaintState *state);

/* A legend of the themes the (shown) modules use, in library order:
 * swatch + translated theme name, wrapping at max_width; returns the
 * height used (0 when there are no modules). */
double lp_timeline_painter_draw_theme_legend (LpTimelinePainter *self, cairo_t *cr,
                                              double x, double y, double max_width,
                                              const LpPaintState *state);

/* The open-comment badge of a block drawn in rect (content units): a disc
 * at its top-right corner, with centre (cx, cy) and radius r. */
void lp_timeline_painter_badge_circle (const LpRect *rect, double *cx, double *cy, double *r);
/* Opacity of a block that does not match the filter. */
#define LP_PAINT_DIM_ALPHA 0.25

G_END_DECLS
