/* lp-module-filter.h — which modules a view shows in full (the rest dimmed)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-trajectory.h"

G_BEGIN_DECLS

/* Every set condition must hold; a filter with none set matches all. */
typedef struct {
  int   status;     /* an LpStatus, or -1 for any */
  char *track_id;   /* a lane's id, or NULL for any */
  char *theme_id;   /* a theme id (of the module's kind), or NULL for any */
} LpModuleFilter;

LpModuleFilter *lp_module_filter_new       (void);
LpModuleFilter *lp_module_filter_copy      (const LpModuleFilter *filter);
void            lp_module_filter_free      (LpModuleFilter *filter);
/* Whether the filter sets any condition (NULL: no). */
gboolean        lp_module_filter_is_active (const LpModuleFilter *filter);
/* Whether module passes (NULL filter: always). */
gboolean        lp_module_filter_matches   (const LpModuleFilter *filter,
                                            LpTrajectory         *trajectory,
                                            LpModule             *module);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LpModuleFilter, lp_module_filter_free)

G_END_DECLS
