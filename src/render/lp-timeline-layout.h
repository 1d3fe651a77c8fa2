/* lp-timeline-layout.h — geometry of a trajectory on a timeline (no drawing)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pure geometry shared by the timeline widget, the PDF exporter and printing.
 * Content coordinates: x = 0 is the first day of the month in which the
 * period starts; the range ends with the last day of the month in which the
 * period ends (extended to include milestones and periods outside it is NOT
 * done: they are clipped).  y = 0 is the top of the first lane; lanes follow
 * each other in track order.  The month/week header and the lane-name column
 * are outside content coordinates (the caller pins them).
 */
#pragma once

#include "core/lp-trajectory.h"

G_BEGIN_DECLS

typedef struct {
  double x, y, width, height;
} LpRect;

/* One placed block.  Short modules are widened to at least 6 px so they
 * stay visible and grabbable when zoomed out; rows are packed over each
 * block with its label (LpLabelLayout). */
typedef struct {
  LpModule *module;     /* borrowed */
  guint     track;      /* track index */
  guint     row;        /* stacking row inside the lane, 0 = top */
  LpRect    rect;       /* content coordinates */
} LpBlock;

/* A label on the time axis. */
typedef struct {
  LpDate  date;         /* first day of the month or the Monday of the week */
  double  x, width;     /* content coordinates */
  guint   number;       /* month 1..12 or ISO week number */
  guint   year;         /* calendar year, or the ISO week-year for weeks */
} LpTick;

typedef enum {
  LP_HIT_NONE,
  LP_HIT_BLOCK,
  LP_HIT_BLOCK_START_EDGE,
  LP_HIT_BLOCK_END_EDGE,
  LP_HIT_LANE,
} LpHitKind;

/* Zoom range suggested to the widget (pixels per day): from a whole
 * multi-year trajectory in a window down to single days.  The layout itself
 * accepts a wider range (the PDF exporter may need to fit a page). */
#define LP_TIMELINE_MIN_SCALE     0.5
#define LP_TIMELINE_MAX_SCALE     200.0
/* Scale at and above which ISO week numbers are shown. */
#define LP_TIMELINE_WEEKS_SCALE   3.0

#define LP_TYPE_TIMELINE_LAYOUT (lp_timeline_layout_get_type ())
G_DECLARE_FINAL_TYPE (LpTimelineLayout, lp_timeline_layout, LP, TIMELINE_LAYOUT, GObject)

/* Follows the trajectory's signals and recomputes lazily.  Property "scale" (double, pixels per day). */
LpTimelineLayout *lp_timeline_layout_new            (LpTrajectory *trajectory);
LpTrajectory     *lp_timeline_layout_get_trajectory (LpTimelineLayout *self);
double            lp_timeline_layout_get_scale      (LpTimelineLayout *self);
void              lp_timeline_layout_set_scale      (LpTimelineLayout *self, double px_per_day);
/* Height of one row of blocks and labels (from the label font). */
double            lp_timeline_layout_get_row_height (LpTimelineLayout *self);
/* The labelled layout behind the lanes and blocks (NULL without a
 * trajectory): boxes with labels, and the marker period of milestones and
 * periods. */
typedef struct _LpLabelLayout LpLabelLayout;
LpLabelLayout    *lp_timeline_layout_get_label_layout (LpTimelineLayout *self);
/* Height of the period of milestone and period labels under the months
 * (0 when there are none). */
double            lp_timeline_layout_get_marker_height (LpTimelineLayout *self);

LpDate            lp_timeline_layout_get_first_date (LpTimelineLayout *self);
LpDate            lp_timeline_layout_get_last_date  (LpTimelineLayout *self);
double            lp_timeline_layout_get_width      (LpTimelineLayout *self);
double            lp_timeline_layout_get_height     (LpTimelineLayout *self);

/* Day d covers [date_to_x (d), date_to_x (d + 1)). */
double            lp_timeline_layout_date_to_x      (LpTimelineLayout *self, LpDate date);
/* The day under x (clamped to the range). */
LpDate            lp_timeline_layout_x_to_date      (LpTimelineLayout *self, double x);
/* Lane of track index i: y and height; FALSE if out of range. */
gboolean          lp_timeline_layout_get_lane       (LpTimelineLayout *self, guint track,
                                                     double *y, double *height);
/* Track index under y, or -1. */
int               lp_timeline_layout_track_at_y     (LpTimelineLayout *self, double y);
/* FALSE if the module is not in the trajectory. */
gboolean          lp_timeline_layout_get_block      (LpTimelineLayout *self, LpModule *module,
                                                     LpBlock *out);
/* The rectangle of a module's block and its label together; FALSE if
 * the module has no block. */
gboolean          lp_timeline_layout_get_extent     (LpTimelineLayout *self, LpModule *module,
                                                     LpRect *out);
/* What is at a content point; module/track set when relevant (may be NULL).
 * A block narrower than 8 px is hit within 8 px around its middle (the
 * nearest one wins); its resize edges (up to 6 px) exist only where they
 * leave 8 px in the middle to select and move by. */
LpHitKind         lp_timeline_layout_hit_test       (LpTimelineLayout *self, double x, double y,
                                                     LpModule **module, int *track);
/* Blocks intersecting the rectangle, by lane then start date.  Cost follows
 * the result size (index by date per lane), not the number of modules.
 * Returns an array of LpBlock (free with g_array_unref). */
GArray           *lp_timeline_layout_query          (LpTimelineLayout *self, const LpRect *visible);
/* Month or ISO-week ticks intersecting [x0, x1) (GArray of LpTick). */
GArray           *lp_timeline_layout_get_month_ticks (LpTimelineLayout *self, double x0, double x1);
GArray           *lp_timeline_layout_get_week_ticks  (LpTimelineLayout *self, double x0, double x1);
/* Whether week numbers are legible at the current scale. */
gboolean          lp_timeline_layout_shows_weeks    (LpTimelineLayout *self);

/* Signal "changed" (): the geometry changed (a module moved, modules or
 * tracks added/removed, period, scale, row height or hidden tracks); the
 * new geometry is computed lazily on the next call. */

/* Tracks to leave out (print/PDF of one group's lanes): hidden lanes get
 * height 0 and no blocks; hidden[i] for track index i (shorter arrays:
 * the rest is shown).  NULL shows all.  The array is copied. */
void              lp_timeline_layout_set_hidden_tracks (LpTimelineLayout *self,
                                                        const gboolean *hidden, guint n_tracks);
gboolean          lp_timeline_layout_is_track_hidden (LpTimelineLayout *self, guint track);
/* Number of lanes (= tracks) and stacking rows in one lane (0 when empty). */
guint             lp_timeline_layout_get_n_lanes    (LpTimelineLayout *self);
guint             lp_timeline_layout_get_n_rows     (LpTimelineLayout *self, guint track);

/* Localized month names for labels ("september" / "sep"). */
const char       *lp_timeline_month_name            (guint month, gboolean abbreviated);

G_END_DECLS
