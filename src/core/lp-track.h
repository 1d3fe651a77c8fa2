/* lp-track.h — a lane of the timeline: one participant group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-types.h"

G_BEGIN_DECLS

#define LP_TYPE_TRACK (lp_track_get_type ())
G_DECLARE_FINAL_TYPE (LpTrack, lp_track, LP, TRACK, GObject)

/* Properties: "id" (construct-only), "name", "group" (LpTrackGroup). */
LpTrack      *lp_track_new       (const char *id, const char *name, LpTrackGroup group);
const char   *lp_track_get_id    (LpTrack *self);
const char   *lp_track_get_name  (LpTrack *self);
void          lp_track_set_name  (LpTrack *self, const char *name);
LpTrackGroup  lp_track_get_group (LpTrack *self);
void          lp_track_set_group (LpTrack *self, LpTrackGroup group);

G_END_DECLS
