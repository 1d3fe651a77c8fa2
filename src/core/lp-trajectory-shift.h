/* lp-trajectory-shift.h — moving a whole programme in time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-trajectory.h"

G_BEGIN_DECLS

/* Moves every module, milestone and period, and the trajectory's period,
 * by days (negative: earlier), as one undo step.  Nothing for 0. */
void lp_trajectory_shift                 (LpTrajectory *self,
                                          int           days);

/* The whole weeks that bring the period's start into the first week of the
 * month after today (weekdays stay the same). */
int  lp_trajectory_days_to_next_month    (LpTrajectory *self,
                                          LpDate        today);

/* A template made into a new programme: shifted to start in the month after
 * today, every module back to draft, no undo history. */
void lp_trajectory_start_from_template   (LpTrajectory *self,
                                          LpDate        today);

G_END_DECLS
