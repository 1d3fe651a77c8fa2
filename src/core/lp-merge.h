/* lp-merge.h — three-way merge of trajectories: base, ours, theirs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tracks, own kinds, modules, milestones and periods are matched by id;
 * every writable property of each (and of the trajectory itself) is a
 * field.  A change on one side only is taken, the same change on both sides
 * once; different changes to one field, an edit against a delete, a
 * module placed in a lane the other side deleted, and changes to one module
 * that are right apart but not together (a programme item on a day the
 * module would not have, times on one day ending before they start, a
 * module outside the period) are conflicts.  Comments
 * merge as a set.  Lane order follows theirs unless only ours reordered.
 */
#pragma once

#include "lp-trajectory.h"

G_BEGIN_DECLS

typedef enum {
  LP_MERGE_OURS,
  LP_MERGE_THEIRS,
} LpMergeChoice;

typedef struct {
  GType       item_type;   /* LP_TYPE_MODULE …, or LP_TYPE_TRAJECTORY */
  const char *item_id;     /* NULL for the trajectory itself */
  const char *item_name;   /* module title, lane or kind name, label */
  const char *field;       /* property name, or "" for the whole item */
  const char *ours;        /* the values as text; "" when absent */
  const char *theirs;
  gboolean    ours_deleted;   /* we deleted the item (or its lane) */
  gboolean    theirs_deleted; /* they deleted the item (or its lane) */
} LpMergeConflict;

#define LP_TYPE_MERGE (lp_merge_get_type ())
G_DECLARE_FINAL_TYPE (LpMerge, lp_merge, LP, MERGE, GObject)

/* Compares the three documents; none of them is changed. */
LpMerge  *lp_merge_new            (LpTrajectory *base,
                                   LpTrajectory *ours,
                                   LpTrajectory *theirs);
guint     lp_merge_get_n_conflicts (LpMerge *self);
const LpMergeConflict *lp_merge_get_conflict (LpMerge *self, guint index);
/* Every conflict starts as LP_MERGE_OURS. */
void      lp_merge_set_choice     (LpMerge *self, guint index, LpMergeChoice choice);
LpMergeChoice lp_merge_get_choice (LpMerge *self, guint index);
/* Whether applying would change ours (with the current choices). */
gboolean  lp_merge_has_changes    (LpMerge *self);
/* Applies their changes (and the conflicts chosen THEIRS) to ours, the
 * trajectory given to lp_merge_new (), as one undo step labelled @label.
 * Where a module would then lie outside the period (their new module in a
 * part of the period we cut; their dates, or their period, chosen), the
 * period is widened to hold it, in the same step. */
void      lp_merge_apply          (LpMerge *self, const char *label);
/* Whether the last lp_merge_apply () widened the period. */
gboolean  lp_merge_get_widened    (LpMerge *self);

G_END_DECLS
