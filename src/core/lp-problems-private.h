/* lp-problems-private.h — what lp-problems.c and lp-clashes.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-problems.h"

G_BEGIN_DECLS

/* A problem of @module with room for @room others (none named yet);
 * @detail interned or NULL. */
LpProblem *_lp_problem_new            (LpProblemKind  kind,
                                       LpModule      *module,
                                       LpDate         date,
                                       const char    *detail,
                                       guint          room);

/* Adds to @problems the double bookings of @modules: for each module and
 * each facilitator or location it shares with later modules (by start,
 * then file order) whose time overlaps, one problem naming the first
 * LP_PROBLEM_MAX_OTHERS and counting the rest.  When @concerned is not
 * NULL, adds every module that is double-booked with any other. */
void       _lp_problems_find_clashes  (GPtrArray     *problems,
                                       GListModel    *modules,
                                       GHashTable    *concerned);

G_END_DECLS
