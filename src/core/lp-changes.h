/* lp-changes.h — what changed between two versions of a trajectory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Items are matched by id.  A module, milestone or period whose dates (or,
 * for a module, lane) differ is "moved"; every other property that differs
 * is one "edited" change per field.  A lane whose place among the lanes both
 * versions have changed is "moved" too.
 */
#pragma once

#include "lp-trajectory.h"

G_BEGIN_DECLS

typedef enum {
  LP_CHANGE_ADDED,
  LP_CHANGE_REMOVED,
  LP_CHANGE_MOVED,
  LP_CHANGE_EDITED,
} LpChangeAction;

typedef struct {
  LpChangeAction action;
  /* LP_TYPE_MODULE, LP_TYPE_TRACK, LP_TYPE_KIND (own kinds), LP_TYPE_MILESTONE,
   * LP_TYPE_PERIOD or LP_TYPE_TRAJECTORY (its title, dates and so on) */
  GType   item_type;
  char   *id;         /* the item's id; NULL for the trajectory itself */
  char   *name;       /* the item as shown: title, name or label */
  char   *field;      /* EDITED: the property ("status", "start-time"); else NULL */
  /* As the user reads them.  ADDED: new_text is where it is (dates, lane),
   * REMOVED: old_text where it was; MOVED and EDITED: both.  May be NULL. */
  char   *old_text;
  char   *new_text;
  /* Where the list puts it: the item's (new) date, the old one for a removed
   * item; LP_DATE_NONE (first) for lanes, kinds and the trajectory. */
  LpDate  date;
  /* REMOVED and MOVED modules: where the module was in the old version. */
  char   *old_track_id;
  LpDate  old_start;
  LpDate  old_end;
} LpChange;

void lp_change_free (LpChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LpChange, lp_change_free)

/* The changes from @old_version to @new_version (GPtrArray of LpChange*,
 * owning them), ordered by date; changes without a date come first, and
 * changes on one day keep the order trajectory, lanes, kinds, modules (in
 * the new file's order), milestones, periods.  Empty when nothing differs. */
GPtrArray *lp_changes_compare (LpTrajectory *old_version,
                               LpTrajectory *new_version);

/* One line in the interface language, without the date: "Moved module
 * “Kick-off”: 5 Oct 2026 → 12 Oct 2026". */
char *lp_change_describe    (const LpChange *change);
/* The line with its date in front ("12 Oct 2026  …") when it has one. */
char *lp_change_format_line (const LpChange *change);
/* The translated name of a compared field ("Start time"). */
const char *lp_change_field_label (const char *field);

G_END_DECLS
