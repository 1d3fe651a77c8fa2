/* lp-timeline-block.h — what a screen reader sees of an item on the timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline draws its lanes, milestones, periods and blocks itself; for
 * assistive technologies it keeps one of these invisible child widgets over
 * each of them in view (recycled as the view scrolls), with an accessible
 * role, name and description (see lp-timeline-accessible.h).
 */
#pragma once

#include <gtk/gtk.h>
#include "core/lp-module.h"

G_BEGIN_DECLS

#define LP_TYPE_TIMELINE_BLOCK (lp_timeline_block_get_type ())
G_DECLARE_FINAL_TYPE (LpTimelineBlock, lp_timeline_block, LP, TIMELINE_BLOCK, GtkWidget)

/* A block of a module: the role of a button. */
GtkWidget *lp_timeline_block_new          (void);
/* Any other item (lane, milestone, period) with that role. */
GtkWidget *lp_timeline_block_new_for_role (GtkAccessibleRole role);
/* The module of a block, or NULL (another item, or none at the moment). */
LpModule  *lp_timeline_block_get_module   (LpTimelineBlock *self);
/* The item shown (LpModule, LpTrack, LpMilestone or LpPeriod), or NULL. */
gpointer   lp_timeline_block_get_item     (LpTimelineBlock *self);
/* Borrowed item; name and description (NULL: none) are updated only when
 * they changed. */
void       lp_timeline_block_set_item     (LpTimelineBlock *self,
                                           gpointer         item,
                                           const char      *label,
                                           const char      *description);

G_END_DECLS
