/* lp-label-layout.h — every module with a readable label, packed in rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The labelled layout shared by the screen, the PDF and print (issue 10).
 * Every module has exactly one label: its title (the kind's name when it has
 * none).  A block wide enough holds its label inside; a narrower block has
 * it beside, to the right, or to the left when it would run past the end of
 * the range.  Within a lane, blocks with their labels are packed into rows
 * by greedy interval packing in order of their left edge (as vis-timeline
 * stacks items), so no label overlaps another label or a block; each lane
 * is as tall as its rows.  Milestones and periods are packed the same way
 * into a period of their own (under the months).
 *
 * Geometry is computed once per change (lazily, or by
 * lp_label_layout_update()) and reused by every frame and every page.  No
 * drawing happens here.
 *
 * Coordinates are those of LpTimelineLayout: x = 0 is the first day of the
 * range (by default the first of the month in which the period starts; the
 * range ends with the last day of the month in which it ends); y = 0 is the
 * top of the first lane.  The marker period has its own y = 0 at its top.
 * Pointers returned (boxes, texts) stay valid until the next change.
 */
#pragma once

#include "core/lp-trajectory.h"
#include "lp-label-measurer.h"
#include "lp-timeline-layout.h"   /* LpRect */

G_BEGIN_DECLS

typedef enum {
  LP_LABEL_DETAIL_NONE,
  LP_LABEL_DETAIL_DATES,          /* "14 sep – 15 sep · 09:00–17:00" */
  LP_LABEL_DETAIL_FACILITATOR,    /* the first facilitator */
  LP_LABEL_DETAIL_LOCATION,
} LpLabelDetail;

typedef enum {
  LP_LABEL_INSIDE,
  LP_LABEL_RIGHT,
  LP_LABEL_LEFT,
} LpLabelPlacement;

typedef struct {
  double        max_width_em;     /* a label's text at most this wide (28) */
  LpLabelFit    fit;              /* ELLIPSIZE (screen) or WRAP (paper) */
  guint         max_lines;        /* title lines when wrapping (2) */
  LpLabelDetail detail;           /* second line (NONE) */
  double        min_block_width;  /* short modules stay visible (6 px) */
  double        padding;          /* text from a block's edge, block to its label,
                                   * and between neighbours in a row (4 px) */
  double        row_spacing;      /* between rows (2 px) */
  double        lane_padding;     /* added to each lane's rows (8 px) */
  gboolean      numbered;         /* each module's key number before its title (FALSE) */
} LpLabelOptions;

/* Screen defaults (see the field comments). */
void lp_label_options_init (LpLabelOptions *options);

/* One module: block and label. */
typedef struct {
  LpModule          *module;      /* borrowed */
  guint              track;       /* lane (track index) */
  guint              row;         /* first row in the lane, 0 = top */
  guint              n_rows;      /* rows taken (text lines need) */
  LpRect             block;
  LpRect             label;       /* the text lines' box */
  LpLabelPlacement   placement;
  const LpLabelText *title;       /* owned by the measurer */
  const LpLabelText *detail;      /* second line; NULL when none */
  guint              number;      /* key number (numbered layouts), else 0 */
  double             number_width; /* the number (bold) and a space, at label.x; the
                                   * title and detail lines follow it */
} LpLabelBox;

typedef enum {
  LP_MARKER_MILESTONE,
  LP_MARKER_PERIOD,
} LpMarkerKind;

/* A milestone or a period (LpPeriod) in the marker period. */
typedef struct {
  LpMarkerKind       kind;
  gpointer           object;      /* LpMilestone or LpPeriod, borrowed */
  guint              row;
  LpRect             marker;      /* the milestone's diamond, or the period's span */
  LpRect             label;
  LpLabelPlacement   placement;   /* INSIDE only for periods */
  const LpLabelText *text;        /* whole for periods */
} LpMarkerBox;

typedef enum {
  LP_LABEL_HIT_NONE,
  LP_LABEL_HIT_BLOCK,
  LP_LABEL_HIT_LABEL,             /* a label beside its block */
} LpLabelHit;

#define LP_TYPE_LABEL_LAYOUT (lp_label_layout_get_type ())
G_DECLARE_FINAL_TYPE (LpLabelLayout, lp_label_layout, LP, LABEL_LAYOUT, GObject)

/* Follows the trajectory: any operation ("changed") or a change to its
 * lists invalidates the layout.  Measures with the Pango measurer of the
 * default font until lp_label_layout_set_measurer().  Signal "changed" ():
 * the geometry is invalid (emitted once until it is recomputed). */
LpLabelLayout   *lp_label_layout_new            (LpTrajectory *trajectory);
LpTrajectory    *lp_label_layout_get_trajectory (LpLabelLayout *self);

void             lp_label_layout_set_scale      (LpLabelLayout *self, double px_per_day);
double           lp_label_layout_get_scale      (LpLabelLayout *self);
/* x = 0 at first; labels keep within (last + 1).  LP_DATE_NONE for both:
 * from the trajectory's period (the default). */
void             lp_label_layout_set_range      (LpLabelLayout *self, LpDate first, LpDate last);
LpDate           lp_label_layout_get_first_date (LpLabelLayout *self);
LpDate           lp_label_layout_get_last_date  (LpLabelLayout *self);
double           lp_label_layout_get_width      (LpLabelLayout *self);

void             lp_label_layout_set_options    (LpLabelLayout *self, const LpLabelOptions *options);
void             lp_label_layout_get_options    (LpLabelLayout *self, LpLabelOptions *options);
void             lp_label_layout_set_measurer   (LpLabelLayout *self, LpLabelMeasurer *measurer);
LpLabelMeasurer *lp_label_layout_get_measurer   (LpLabelLayout *self);
/* Lanes to leave out (print of a few groups): hidden[i] for track i;
 * hidden lanes have height 0 and no boxes.  NULL shows all. */
void             lp_label_layout_set_hidden_tracks (LpLabelLayout *self, const gboolean *hidden,
                                                    guint n_tracks);

/* Marks the geometry for recomputing (for changes the trajectory does not
 * signal, such as plain setters while loading). */
void             lp_label_layout_invalidate     (LpLabelLayout *self);
/* Recomputes now if invalid (every query below does so too). */
void             lp_label_layout_update         (LpLabelLayout *self);

/* Height of one row: a line of title text with padding and spacing. */
double           lp_label_layout_get_row_height (LpLabelLayout *self);
/* The least height of each lane (by track index; @n of them, lanes
 * after those have none): on paper a lane is as tall as its name needs. */
void             lp_label_layout_set_lane_min_heights (LpLabelLayout *self,
                                                       const double  *heights,
                                                       guint          n);
/* Height of all lanes. */
double           lp_label_layout_get_height     (LpLabelLayout *self);
guint            lp_label_layout_get_n_lanes    (LpLabelLayout *self);
/* Lane of track index: y, height and rows; FALSE when out of range. */
gboolean         lp_label_layout_get_lane       (LpLabelLayout *self, guint track,
                                                 double *y, double *height, guint *n_rows);
/* Track index under y, or -1. */
int              lp_label_layout_track_at_y     (LpLabelLayout *self, double y);
/* NULL when the module has no box (not in the trajectory, hidden lane). */
const LpLabelBox *lp_label_layout_get_box       (LpLabelLayout *self, LpModule *module);
/* Boxes whose block or label intersects the rectangle, by lane then left
 * edge (const LpLabelBox *, borrowed).  Cost follows what is visible
 * (indexed by x per lane), not the number of modules. */
GPtrArray       *lp_label_layout_query          (LpLabelLayout *self, const LpRect *visible);
/* The box whose block (else whose label) holds the point; NULL if none. */
const LpLabelBox *lp_label_layout_hit_test      (LpLabelLayout *self, double x, double y,
                                                 LpLabelHit *hit);

/* Marker period: height (0 when there are no markers in the range) and the
 * markers whose marker or label intersects [x0, x1) (const LpMarkerBox *). */
double           lp_label_layout_get_marker_height (LpLabelLayout *self);
GPtrArray       *lp_label_layout_query_markers  (LpLabelLayout *self, double x0, double x1);

/* The key's number of a module in a numbered layout: lane by lane (in
 * track order, hidden lanes left out, modules without a lane last), then by
 * start date and time, from 1; 0 when it has none. */
guint            lp_label_layout_get_number     (LpLabelLayout *self, LpModule *module);

/* The module's dates (and times) as the detail line shows them. */
char            *lp_label_layout_format_dates   (LpModule *module);

G_END_DECLS
