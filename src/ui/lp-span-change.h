/* lp-span-change.h — a new trajectory period, and the modules it leaves out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "core/lp-trajectory.h"

G_BEGIN_DECLS

/* The modules (LpModule, borrowed) that do not lie wholly within
 * start..end, by start date. */
GPtrArray *lp_span_outside_modules (LpTrajectory *trajectory,
                                      LpDate        start,
                                      LpDate        end);

/* One line per module ("“Aftrap”, 20 March 2028"), at most five, then
 * "and N more modules". */
char      *lp_span_describe_modules (LpTrajectory *trajectory,
                                       GPtrArray    *modules);

/* Sets the period to start..end and moves each of modules the least that
 * brings it inside (its length kept where the period is long enough), all
 * one undo step. */
void       lp_span_set_moving_modules (LpTrajectory *trajectory,
                                         LpDate        start,
                                         LpDate        end,
                                         GPtrArray    *modules);

/* The whole weeks, in days, that bring old_start on or after new_start
 * with the least move (weekdays kept). */
int        lp_span_shift_days (LpDate old_start,
                                 LpDate new_start);

/* Shifts the whole programme by lp_span_shift_days() from the period's
 * start to start, then sets the period to start..end: one undo step. */
void       lp_span_set_shifting (LpTrajectory *trajectory,
                                   LpDate        start,
                                   LpDate        end);

/* Called once: applied is TRUE when the period was changed. */
typedef void (*LpSpanChangeFunc) (gpointer user_data, gboolean applied);

/* Asks, in a message dialog transient for parent, whether to move the
 * modules outside start..end into that period (response "move": the period
 * and the moves as one undo step) or to keep the old period (response
 * "keep", or closing: nothing changes); when start is not the
 * period's start, also whether to shift the whole programme there
 * (response "shift", lp_span_set_shifting()).  done (may be NULL) runs when it is
 * decided, then destroy (may be NULL) on user_data.  Returns the dialog. */
GtkWidget *lp_span_change_ask (GtkWindow          *parent,
                                 LpTrajectory       *trajectory,
                                 LpDate              start,
                                 LpDate              end,
                                 LpSpanChangeFunc  done,
                                 gpointer            user_data,
                                 GDestroyNotify      destroy);

G_END_DECLS
