/* lp-history.h — undo and redo as a stack of commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-types.h"

G_BEGIN_DECLS

/* A command knows how to apply and revert itself.  LpTrajectory builds them;
 * other code only sees LpHistory. */
typedef struct _LpCommand LpCommand;
struct _LpCommand {
  char     *label;                      /* translated, for "Undo Move" */
  void    (*apply)   (LpCommand *cmd);  /* do / redo */
  void    (*revert)  (LpCommand *cmd);  /* undo */
  void    (*destroy) (LpCommand *cmd);  /* free the data, not the struct */
  gpointer  data;
};

#define LP_TYPE_HISTORY (lp_history_get_type ())
G_DECLARE_FINAL_TYPE (LpHistory, lp_history, LP, HISTORY, GObject)

/* Properties: "can-undo", "can-redo" (bool), "undo-label", "redo-label"
 * (string or NULL), "modified" (bool: differs from the last saved point).
 * Signal "changed": after every push, undo, redo, clear or mark-saved. */
LpHistory  *lp_history_new            (void);
/* Takes ownership; cmd->apply has ALREADY been run by the caller.  Clears
 * the redo stack.  Inside a group the command joins the group. */
void        lp_history_push           (LpHistory *self, LpCommand *cmd);
/* Groups nest; the outermost end makes one undo step (nothing if empty). */
void        lp_history_begin_group    (LpHistory *self, const char *label);
void        lp_history_end_group      (LpHistory *self);
gboolean    lp_history_undo           (LpHistory *self);
gboolean    lp_history_redo           (LpHistory *self);
/* Undoes the last step and forgets it, so that it cannot be redone (a step
 * found to leave the document invalid).  FALSE when there was none. */
gboolean    lp_history_retract        (LpHistory *self);
gboolean    lp_history_can_undo       (LpHistory *self);
gboolean    lp_history_can_redo       (LpHistory *self);
const char *lp_history_get_undo_label (LpHistory *self);
const char *lp_history_get_redo_label (LpHistory *self);
/* Forget everything (after open); the state becomes the saved point. */
void        lp_history_clear          (LpHistory *self);
void        lp_history_mark_saved     (LpHistory *self);
/* The document differs from anything saved (a recovered draft). */
void        lp_history_mark_unsaved   (LpHistory *self);
gboolean    lp_history_is_modified    (LpHistory *self);
/* TRUE while undo/redo runs (views may skip animations). */
gboolean    lp_history_is_replaying   (LpHistory *self);

/* For the document that owns the history: called around every undo/redo
 * step, so that one step emits one "changed" however many commands it has. */
typedef void (*LpHistoryReplayFunc) (gpointer user_data, gboolean begin);
void        lp_history_set_replay_func (LpHistory           *self,
                                        LpHistoryReplayFunc  func,
                                        gpointer             user_data);

G_END_DECLS
