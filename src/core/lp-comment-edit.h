/* lp-comment-edit.h — review comments as undoable operations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adding, resolving, reopening and deleting one review comment of a module,
 * each one undo step ("Add Comment", "Resolve Comment", "Reopen Comment",
 * "Delete Comment") through the module's "comments" property.
 */
#pragma once

#include "lp-trajectory.h"

G_BEGIN_DECLS

/* Appends a comment; nothing when text is empty or only spaces. */
void  lp_trajectory_add_comment          (LpTrajectory *self, LpModule *module,
                                          const char *author, LpDate date, const char *text);
/* Marks comment index resolved (TRUE) or open again (FALSE); nothing when
 * it already is. */
void  lp_trajectory_set_comment_resolved (LpTrajectory *self, LpModule *module,
                                          guint index, gboolean resolved);
void  lp_trajectory_remove_comment       (LpTrajectory *self, LpModule *module, guint index);

/* The number of comments of module that are not resolved. */
guint lp_module_count_open_comments      (LpModule *module);

/* An open comment and its module, for lists across a trajectory. */
typedef struct {
  LpModule        *module;   /* borrowed */
  const LpComment *comment;  /* borrowed; valid until the module's comments change */
  guint            index;    /* in the module's comments */
} LpOpenComment;

/* Every open comment of every module, by date (undated last), then by
 * module order and position: an array of LpOpenComment. */
GArray *lp_trajectory_list_open_comments (LpTrajectory *self);

G_END_DECLS
