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

/* A double booking names at most this many later modules and counts the
 * rest: a file that books a thousand sessions in one slot gives a
 * thousand problems, not half a million pairs. */
#define LP_PROBLEM_MAX_OTHERS 10

typedef struct {
  LpProblemKind  kind;
  LpModule      *module;   /* owned reference */
  LpModule     **others;   /* a double booking's later modules: owned
                            * references, in date order (then file order),
                            * held in the problem's own block; else NULL */
  guint          n_others; /* at most LP_PROBLEM_MAX_OTHERS */
  guint          n_more;   /* later modules of the double booking
                            * besides the others, counted, not named */
  LpDate         date;     /* the first day the problem concerns */
  const char    *detail;   /* holiday, period, facilitator, location or the
                            * programme's problem, translated; may be NULL;
                            * interned (g_intern_string): a file with many
                            * double bookings holds each name once */
} LpProblem;

/* A problem as `leerplaats --check` prints it: a double booking once for
 * each of its other modules (the last with the count of the rest), any
 * other problem once. */
typedef struct {
  guint          problem;  /* index in the array of problems */
  guint          other;    /* index in its others; 0 when it has none */
  LpDate         date;     /* the first day of the two modules' overlap,
                            * else the problem's date */
} LpProblemLine;

void       lp_problem_free      (LpProblem *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LpProblem, lp_problem_free)

/* Every problem of the trajectory, in date order (then file order): an
 * array of LpProblem* that frees them.  A double booking is a problem of
 * the earlier module, naming the later one; all of a module's double
 * bookings of one kind and one facilitator or location are one problem,
 * dated on the first day concerned, with all those later modules as its
 * others.  Two modules overlap when their days do, unless both lie on one
 * day with times that do not overlap.  Names and locations match without
 * regard to case and surrounding spaces. */
GPtrArray *lp_problems_find     (LpTrajectory    *trajectory);
/* The same, and when @concerned is not NULL, adds to that set every
 * module a problem concerns: its module, its others and the modules it
 * only counts, each with a reference (the set unrefs its keys:
 * g_hash_table_new_full (NULL, NULL, g_object_unref, NULL)). */
GPtrArray *lp_problems_find_full (LpTrajectory   *trajectory,
                                  GHashTable     *concerned);

/* Why, in the interface language ("falls on a Saturday", "on King’s Day",
 * "during the period “Zomerreces”", "Anna is also facilitating “Intervisie”
 * then", "… and 2 other sessions then"). */
char      *lp_problem_describe  (LpTrajectory    *trajectory,
                                 const LpProblem *problem);
/* Why, for the module and one of the others of a double booking: the text
 * lp_problem_describe () gives a double booking with that one other; for
 * the last other of a problem that counts more, with that many more
 * ("Anna is also facilitating “Intervisie” and 990 other sessions then"). */
char      *lp_problem_describe_other (LpTrajectory    *trajectory,
                                      const LpProblem *problem,
                                      guint            other);

/* TRUE when @module is the module or one of the (named) others of a problem. */
gboolean   lp_problems_concern  (GPtrArray       *problems,
                                 LpModule        *module);

/* The problems one a module pair (an array of LpProblemLine), for
 * @problems as lp_problems_find () gave them for @trajectory (unchanged
 * since), in the order of their dates; on one day, problems of one module
 * first (in the order of @problems), then double bookings by the earlier
 * module's start, the later module's start (each then in file order) and
 * kind: the order of `leerplaats --check`. */
GArray    *lp_problems_lines    (LpTrajectory    *trajectory,
                                 GPtrArray       *problems);

G_END_DECLS
