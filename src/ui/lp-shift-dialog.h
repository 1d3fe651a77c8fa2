/* lp-shift-dialog.h — asks how many weeks to shift the whole programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/lp-trajectory.h"

G_BEGIN_DECLS

#define LP_TYPE_SHIFT_DIALOG (lp_shift_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LpShiftDialog, lp_shift_dialog, LP, SHIFT_DIALOG, AdwMessageDialog)

/* Presents the dialog, transient for parent; the answer "shift" moves
 * everything in trajectory by the weeks asked, as one undo step. */
LpShiftDialog *lp_shift_dialog_present   (GtkWindow     *parent,
                                          LpTrajectory  *trajectory);

void           lp_shift_dialog_set_weeks (LpShiftDialog *self,
                                          int            weeks);
int            lp_shift_dialog_get_weeks (LpShiftDialog *self);

G_END_DECLS
