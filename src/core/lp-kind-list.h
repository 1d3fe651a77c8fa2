/* lp-kind-list.h — every kind a trajectory offers, as one list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-trajectory.h"

G_BEGIN_DECLS

#define LP_TYPE_KIND_LIST (lp_kind_list_get_type ())
G_DECLARE_FINAL_TYPE (LpKindList, lp_kind_list, LP, KIND_LIST, GObject)

/* A GListModel of LpKind: the trajectory's own kinds in their order, then
 * the built-in kinds that no own kind of the same id replaces.  It follows
 * the trajectory: "items-changed" when an own kind is added or removed, and
 * for an own kind's position when any of its properties (name, theme,
 * colour…) changes.  trajectory NULL: the built-in kinds only. */
LpKindList   *lp_kind_list_new            (LpTrajectory *trajectory);
LpTrajectory *lp_kind_list_get_trajectory (LpKindList   *self);
/* The kind (other than except, may be NULL) whose name is name, compared
 * without case and surrounding white space; NULL when none. */
LpKind       *lp_kind_list_find_name      (LpKindList   *self,
                                           const char   *name,
                                           LpKind       *except);

G_END_DECLS
