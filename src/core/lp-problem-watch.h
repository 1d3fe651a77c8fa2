/* lp-problem-watch.h — the problems of a trajectory, kept current
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-problems.h"

G_BEGIN_DECLS

#define LP_TYPE_PROBLEM_WATCH (lp_problem_watch_get_type ())
G_DECLARE_FINAL_TYPE (LpProblemWatch, lp_problem_watch, LP, PROBLEM_WATCH, GObject)

/* Watches @trajectory's "changed" signal: a quarter of a second after the
 * last of a burst of changes (in the main loop) it finds the problems again
 * (when they had been asked for; otherwise when next asked for) and emits
 * "changed" (). Until then the getters give the problems as they were. */
LpProblemWatch *lp_problem_watch_new          (LpTrajectory   *trajectory);
LpTrajectory   *lp_problem_watch_get_trajectory (LpProblemWatch *self);
/* lp_problems_find's array (owned by the watch, valid until the next change). */
GPtrArray      *lp_problem_watch_get_problems (LpProblemWatch *self);
/* The modules concerned by a problem, as the keys of a set (owned by the watch). */
GHashTable     *lp_problem_watch_get_modules  (LpProblemWatch *self);
/* The same set when the problems have been found, else NULL: they are then
 * found at low priority in the main loop (after the frames waiting to be
 * drawn, so a large file's first frame does not wait for them) and
 * "changed" is emitted. */
GHashTable     *lp_problem_watch_peek_modules (LpProblemWatch *self);

G_END_DECLS
