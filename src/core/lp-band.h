/* lp-band.h — a shaded period: council recess, holidays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-marker.h"

G_BEGIN_DECLS

#define LP_TYPE_BAND (lp_band_get_type ())
G_DECLARE_FINAL_TYPE (LpBand, lp_band, LP, BAND, LpMarker)

/* Properties: "start", "end" (uint, LpDate, inclusive), "kind" (LpBandKind);
 * "id" and "label" are LpMarker's. */
LpBand     *lp_band_new       (const char *id, LpDate start, LpDate end, LpBandKind kind, const char *label);
/* A new period as the user adds one: a holiday of LP_BAND_DEFAULT_DAYS
 * from @start, ending on @limit (the trajectory's end) at the latest, and
 * never before @start. */
#define LP_BAND_DEFAULT_DAYS 14
LpBand     *lp_band_new_default (const char *id, LpDate start, LpDate limit, const char *label);
const char *lp_band_get_id    (LpBand *self);
LpDate      lp_band_get_start (LpBand *self);
void        lp_band_set_start (LpBand *self, LpDate start);
LpDate      lp_band_get_end   (LpBand *self);
void        lp_band_set_end   (LpBand *self, LpDate end);
LpBandKind  lp_band_get_kind  (LpBand *self);
void        lp_band_set_kind  (LpBand *self, LpBandKind kind);
const char *lp_band_get_label (LpBand *self);
void        lp_band_set_label (LpBand *self, const char *label);

G_END_DECLS
