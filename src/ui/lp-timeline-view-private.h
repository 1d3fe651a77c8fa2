/* lp-timeline-view-private.h — what the lane menu needs from the timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-timeline-view.h"

G_BEGIN_DECLS

/* The keyboard cursor: lane index and date (the date as clicked, which may
 * lie outside the period). */
void      _lp_timeline_view_get_cursor       (LpTimelineView *self,
                                              int            *track,
                                              LpDate         *date);
/* Moves the cursor to that lane, keeping its date, and redraws. */
void      _lp_timeline_view_set_cursor_track (LpTimelineView *self,
                                              int             track);
/* A new module of that kind at that lane and date (clamped into the
 * period); one undo step; selects it and returns it (borrowed), or NULL. */
LpModule *_lp_timeline_view_place_kind_at    (LpTimelineView *self,
                                              LpKind         *kind,
                                              int             track,
                                              LpDate          date);

G_END_DECLS
