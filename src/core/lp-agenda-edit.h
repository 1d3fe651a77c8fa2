/* lp-agenda-edit.h — changing a module's day programme, one undo step each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-trajectory.h"

G_BEGIN_DECLS

/* The length a new item gets, in minutes. */
#define LP_AGENDA_NEW_ITEM_MINUTES 30

/* Adds an item titled @title on @day after the last item of that day (or at
 * the module's start time on day 1, else at 09:00), LP_AGENDA_NEW_ITEM_MINUTES
 * long, ending before midnight; returns its index. */
guint    lp_agenda_edit_add       (LpTrajectory *t, LpModule *module, guint day,
                                   const char *title);
void     lp_agenda_edit_remove    (LpTrajectory *t, LpModule *module, guint index);
/* Replaces the item at @index with a copy of @item (which must end after it
 * starts); returns the index it ends up at, in time order. */
guint    lp_agenda_edit_replace   (LpTrajectory *t, LpModule *module, guint index,
                                   const LpAgendaItem *item);
/* New times for one item (a drag in the day view); returns its new index. */
guint    lp_agenda_edit_set_times (LpTrajectory *t, LpModule *module, guint index,
                                   int start, int end);
/* Swaps the item with the one before (@delta -1) or after (+1) on the same
 * day: the earlier keeps the start, each keeps its length, and the gap
 * between them stays.  Returns the item's new index; @index unchanged when
 * there is no neighbour on that day. */
guint    lp_agenda_edit_move      (LpTrajectory *t, LpModule *module, guint index,
                                   int delta);

G_END_DECLS
