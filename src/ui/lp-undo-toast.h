/* lp-undo-toast.h — undo and redo that say what they did
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "core/lp-trajectory.h"
#include "lp-timeline-view.h"

G_BEGIN_DECLS

/* Undo (redo when @redo) one step of the trajectory's history.  A toast on
 * @overlay names the step and the module it touched ("Undid: Move Module
 * “Tijdmaal 2”"), replacing an earlier undo toast; the module, when it is
 * still in the trajectory, is selected and scrolled into view in @view.
 * Returns FALSE when there was nothing to undo or redo. */
gboolean lp_undo_toast_step (LpTrajectory    *trajectory,
                             LpTimelineView  *view,
                             AdwToastOverlay *overlay,
                             gboolean         redo);

G_END_DECLS
