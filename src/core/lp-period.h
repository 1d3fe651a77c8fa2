/* lp-period.h — a shaded period: council recess, holidays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-marker.h"

G_BEGIN_DECLS

#define LP_TYPE_PERIOD (lp_period_get_type ())
G_DECLARE_FINAL_TYPE (LpPeriod, lp_period, LP, PERIOD, LpMarker)

/* Properties: "start", "end" (uint, LpDate, inclusive), "kind" (LpPeriodKind);
 * "id" and "label" are LpMarker's. */
LpPeriod     *lp_period_new       (const char *id, LpDate start, LpDate end, LpPeriodKind kind, const char *label);
/* A new period as the user adds one: a holiday of LP_PERIOD_DEFAULT_DAYS
 * from @start, ending on @limit (the trajectory's end) at the latest, and
 * never before @start. */
#define LP_PERIOD_DEFAULT_DAYS 14
LpPeriod     *lp_period_new_default (const char *id, LpDate start, LpDate limit, const char *label);
const char *lp_period_get_id    (LpPeriod *self);
LpDate      lp_period_get_start (LpPeriod *self);
void        lp_period_set_start (LpPeriod *self, LpDate start);
LpDate      lp_period_get_end   (LpPeriod *self);
void        lp_period_set_end   (LpPeriod *self, LpDate end);
LpPeriodKind  lp_period_get_kind  (LpPeriod *self);
void        lp_period_set_kind  (LpPeriod *self, LpPeriodKind kind);
const char *lp_period_get_label (LpPeriod *self);
void        lp_period_set_label (LpPeriod *self, const char *label);

G_END_DECLS
