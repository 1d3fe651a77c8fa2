/* lp-item-index.h — a trajectory's items of one type (lanes, own kinds,
 * modules, milestones, periods) and their ids, for code that walks them all
 * alike: the merge and the list of changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-trajectory.h"

G_BEGIN_DECLS

/* The list of items of type (LP_TYPE_TRACK, LP_TYPE_KIND: own kinds only,
 * LP_TYPE_MODULE, LP_TYPE_MILESTONE, LP_TYPE_PERIOD). */
GListModel *lp_trajectory_items_of_type (LpTrajectory *t, GType type);
/* The item of that type with that id, or NULL; any other type gives t itself. */
gpointer    lp_trajectory_lookup_item   (LpTrajectory *t, GType type, const char *id);
/* The id of a lane, kind, module, milestone or period; NULL for anything else. */
const char *lp_item_get_id              (gpointer item);

G_END_DECLS
