/* lp-timeline-accessible.h — the timeline's items for assistive technologies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline draws everything itself; what a screen reader finds of it are
 * invisible child widgets (LpTimelineBlock) over what is in view, in this
 * order: the lanes (role group; name: the lane's name, description: its
 * participant group), the milestones and periods (role image; name: "NAME,
 * DATE" / "NAME, FIRST – LAST DATE", description: their kind) and the blocks
 * (role button; name: "TITLE, DATES, LANE, KIND, STATUS").
 *
 * Children are created and removed only in lp_timeline_accessible_sync (on a
 * change of the trajectory, never while the widget is being allocated: a
 * child added during size_allocate leaves the ancestors without a current
 * allocation, and the window draws nothing of them).  The allocate call only
 * positions, names, shows and hides them.
 */
#pragma once

#include <gtk/gtk.h>
#include "core/lp-trajectory.h"
#include "render/lp-timeline-layout.h"

G_BEGIN_DECLS

typedef struct {
  double name_column;   /* width of the lane-name column */
  double header;        /* height of the date header */
  double scroll_x, scroll_y;
  int    width, height; /* of the timeline widget */
} LpTimelineViewport;

typedef struct _LpTimelineAccessible LpTimelineAccessible;

LpTimelineAccessible *lp_timeline_accessible_new      (GtkWidget *view);
/* Unparents every child. */
void                  lp_timeline_accessible_free     (LpTimelineAccessible *self);
/* Makes as many children as the trajectory (NULL: none) can show at once. */
void                  lp_timeline_accessible_sync     (LpTimelineAccessible *self,
                                                       LpTrajectory         *trajectory);
/* From size_allocate: over each item in view a named child, the rest hidden. */
void                  lp_timeline_accessible_allocate (LpTimelineAccessible     *self,
                                                       LpTrajectory             *trajectory,
                                                       LpTimelineLayout         *layout,
                                                       const LpTimelineViewport *viewport);

/* "TITLE, DATES, LANE, KIND, STATUS" (translated). */
char *lp_timeline_accessible_block_label  (LpTrajectory *trajectory, LpModule *module);
/* The keyboard cursor: "LANE, DATE" (translated). */
char *lp_timeline_accessible_cursor_label (LpTrajectory *trajectory, int track, LpDate date);

G_END_DECLS
