/* lp-module-filter.c — which modules a view shows in full (the rest dimmed)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include "lp-module-filter.h"

LpModuleFilter *
lp_module_filter_new (void)
{
  LpModuleFilter *filter = g_new0 (LpModuleFilter, 1);

  filter->status = -1;
  return filter;
}

LpModuleFilter *
lp_module_filter_copy (const LpModuleFilter *filter)
{
  LpModuleFilter *copy = lp_module_filter_new ();

  if (filter != NULL)
    {
      copy->status = filter->status;
      copy->track_id = g_strdup (filter->track_id);
      copy->theme_id = g_strdup (filter->theme_id);
    }
  return copy;
}

void
lp_module_filter_free (LpModuleFilter *filter)
{
  if (filter == NULL)
    return;
  g_free (filter->track_id);
  g_free (filter->theme_id);
  g_free (filter);
}

gboolean
lp_module_filter_is_active (const LpModuleFilter *filter)
{
  return filter != NULL && (filter->status >= 0 || filter->track_id != NULL || filter->theme_id != NULL);
}

gboolean
lp_module_filter_matches (const LpModuleFilter *filter,
                          LpTrajectory         *trajectory,
                          LpModule             *module)
{
  if (!lp_module_filter_is_active (filter))
    return TRUE;
  if (filter->status >= 0 && (int) lp_module_get_status (module) != filter->status)
    return FALSE;
  if (filter->track_id != NULL &&
      g_strcmp0 (lp_track_get_id (lp_module_get_track (module)), filter->track_id) != 0)
    return FALSE;
  if (filter->theme_id != NULL &&
      g_strcmp0 (lp_kind_get_theme_id (lp_trajectory_get_module_kind (trajectory, module)), filter->theme_id) != 0)
    return FALSE;
  return TRUE;
}
