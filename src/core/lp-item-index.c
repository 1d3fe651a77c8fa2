/* lp-item-index.c — a trajectory's items of one type and their ids
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lp-item-index.h"
#include "lp-marker.h"

GListModel *
lp_trajectory_items_of_type (LpTrajectory *t,
                             GType         type)
{
  if (type == LP_TYPE_TRACK)
    return lp_trajectory_get_tracks (t);
  if (type == LP_TYPE_KIND)
    return lp_trajectory_get_kinds (t);
  if (type == LP_TYPE_MODULE)
    return lp_trajectory_get_modules (t);
  if (type == LP_TYPE_MILESTONE)
    return lp_trajectory_get_milestones (t);
  return lp_trajectory_get_periods (t);
}

gpointer
lp_trajectory_lookup_item (LpTrajectory *t,
                           GType         type,
                           const char   *id)
{
  if (type == LP_TYPE_TRACK)
    return lp_trajectory_lookup_track (t, id);
  if (type == LP_TYPE_KIND)
    return lp_trajectory_lookup_own_kind (t, id);
  if (type == LP_TYPE_MODULE)
    return lp_trajectory_lookup_module (t, id);
  if (type == LP_TYPE_MILESTONE)
    return lp_trajectory_lookup_milestone (t, id);
  if (type == LP_TYPE_PERIOD)
    return lp_trajectory_lookup_period (t, id);
  return t;
}

const char *
lp_item_get_id (gpointer item)
{
  if (LP_IS_TRACK (item))
    return lp_track_get_id (item);
  if (LP_IS_KIND (item))
    return lp_kind_get_id (item);
  if (LP_IS_MODULE (item))
    return lp_module_get_id (item);
  if (LP_IS_MARKER (item))
    return lp_marker_get_id (item);
  return NULL;
}
