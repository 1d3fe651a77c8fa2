/* lp-view-filter.c — the View menu's filter of a shown trajectory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include "lp-view-filter.h"

#define FILTER_KEY "lp-view-filter"

const LpModuleFilter *
lp_view_filter_get (LpTrajectory *trajectory)
{
  if (trajectory == NULL)
    return NULL;
  return g_object_get_data (G_OBJECT (trajectory), FILTER_KEY);
}

void
lp_view_filter_set (LpTrajectory         *trajectory,
                    const LpModuleFilter *filter)
{
  g_return_if_fail (LP_IS_TRAJECTORY (trajectory));
  g_object_set_data_full (G_OBJECT (trajectory), FILTER_KEY,
                          lp_module_filter_is_active (filter) ? lp_module_filter_copy (filter) : NULL,
                          (GDestroyNotify) lp_module_filter_free);
}
