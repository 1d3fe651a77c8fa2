/* lp-milestone.h — a dated marker: elections, coalition agreement, budget …
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-marker.h"

G_BEGIN_DECLS

#define LP_TYPE_MILESTONE (lp_milestone_get_type ())
G_DECLARE_FINAL_TYPE (LpMilestone, lp_milestone, LP, MILESTONE, LpMarker)

/* Properties: "date" (uint, LpDate), "kind" (LpMilestoneKind); "id" and
 * "label" are LpMarker's. */
LpMilestone     *lp_milestone_new       (const char *id, LpDate date, LpMilestoneKind kind, const char *label);
const char      *lp_milestone_get_id    (LpMilestone *self);
LpDate           lp_milestone_get_date  (LpMilestone *self);
void             lp_milestone_set_date  (LpMilestone *self, LpDate date);
LpMilestoneKind  lp_milestone_get_kind  (LpMilestone *self);
void             lp_milestone_set_kind  (LpMilestone *self, LpMilestoneKind kind);
const char      *lp_milestone_get_label (LpMilestone *self);
void             lp_milestone_set_label (LpMilestone *self, const char *label);

G_END_DECLS
