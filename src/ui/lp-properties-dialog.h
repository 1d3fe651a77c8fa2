/* lp-properties-dialog.h — trajectory properties, tracks, milestones, periods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "core/lp-trajectory.h"

G_BEGIN_DECLS

/* Every change is one undo step in the trajectory's history.  Returns the
 * dialog's window (owned by GTK; for tests: its date fields are named
 * "period-start", "period-end" and "<id>-<property>" for a track's, milestone's
 * or period's date field or drop-down, e.g. "b1-start", "t1-group", "e1-kind"). */
GtkWidget *lp_properties_dialog_present (GtkWindow    *parent,
                                         LpTrajectory *trajectory);

G_END_DECLS
