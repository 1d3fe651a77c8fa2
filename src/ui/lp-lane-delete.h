/* lp-lane-delete.h — deleting a lane, asked first when it holds modules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "core/lp-trajectory.h"

G_BEGIN_DECLS

/* Called once: deleted is TRUE when the lane was removed. */
typedef void (*LpLaneDeleteFunc) (gpointer user_data, gboolean deleted);

/* How many modules of the trajectory lie in the lane. */
guint      lp_lane_count_modules (LpTrajectory *trajectory,
                                  LpTrack      *track);

/* Removes the lane with its modules as one undo step; never the last lane.
 * A lane that holds modules goes only after the user confirms a message
 * dialog, transient for parent, that names it and says how many ("Delete
 * “Ontwikkelgroep” and its 13 modules?"); Cancel keeps it.  done (may be
 * NULL) runs when it is decided, then destroy (may be NULL) on user_data.
 * Returns the dialog when it asks, else NULL (decided already). */
GtkWidget *lp_lane_delete_ask    (GtkWindow        *parent,
                                  LpTrajectory     *trajectory,
                                  LpTrack          *track,
                                  LpLaneDeleteFunc  done,
                                  gpointer          user_data,
                                  GDestroyNotify    destroy);

G_END_DECLS
