/* lp-problems.h — what may be wrong with a module's dates: weekends,
 * public holidays, recesses, a facilitator or location booked twice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-trajectory.h"

G_BEGIN_DECLS

typedef enum {
  LP_PROBLEM_WEEKEND,           /* a day of the module is a Saturday or Sunday */
  LP_PROBLEM_HOLIDAY,           /* a day of the module is a public holiday */
  LP_PROBLEM_RECESS,            /* the module overlaps a period of kind recess */
  LP_PROBLEM_SAME_FACILITATOR,  /* overlaps another module with a facilitator in common */
  LP_PROBLEM_SAME_LOCATION,     /* overlaps another module at the same location */
  LP_PROBLEM_AGENDA,            /* its day programme has items that overlap or lie
                                 * outside the module's times (detail says which) */
} LpProblemKind;

typedef struct {
  LpProblemKind  kind;
  LpModule      *module;   /* owned reference */
  LpModule      *other;    /* the other module of a double booking, else NULL */
  LpDate         date;     /* the first day the problem concerns */
  const char    *detail;   /* holiday, period, facilitator, location or the
                            * programme's problem, translated; may be NULL;
                            * interned (g_intern_string): a file with many
                            * double bookings holds each name once */
} LpProblem;

void       lp_problem_free      (LpProblem *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LpProblem, lp_problem_free)

/* Every problem of the trajectory, in date order (then file order): an
 * array of LpProblem* that frees them.  A double booking is one problem
 * of the earlier module, naming the later one as @other.  Two modules
 * overlap when their days do, unless both lie on one day with times that
 * do not overlap.  Names and locations match without regard to case and
 * surrounding spaces. */
GPtrArray *lp_problems_find     (LpTrajectory    *trajectory);

/* Why, in the interface language ("falls on a Saturday", "on King’s Day",
 * "during the period “Zomerreces”", "Anna is also booked for “Intervisie”"). */
char      *lp_problem_describe  (LpTrajectory    *trajectory,
                                 const LpProblem *problem);

/* TRUE when @module is the module or the other module of a problem. */
gboolean   lp_problems_concern  (GPtrArray       *problems,
                                 LpModule        *module);

G_END_DECLS
