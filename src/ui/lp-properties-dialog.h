/* lp-properties-dialog.h — trajectory properties, tracks, milestones, periods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "core/lp-trajectory.h"

G_BEGIN_DECLS

/* Every change is one undo step in the trajectory's history. */
void lp_properties_dialog_present (GtkWindow    *parent,
                                   LpTrajectory *trajectory);

G_END_DECLS
