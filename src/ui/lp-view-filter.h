/* lp-view-filter.h — the View menu's filter of a shown trajectory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The filter belongs to the trajectory as shown (not to the file): the
 * timeline dims the modules it leaves out, and Export and Print start with
 * it.  It is kept as data on the trajectory object.
 */
#pragma once

#include "core/lp-module-filter.h"

G_BEGIN_DECLS

/* The filter (borrowed), or NULL when none is set. */
const LpModuleFilter *lp_view_filter_get (LpTrajectory *trajectory);
/* Sets a copy (NULL or an inactive filter: none). */
void                  lp_view_filter_set (LpTrajectory *trajectory, const LpModuleFilter *filter);

G_END_DECLS
