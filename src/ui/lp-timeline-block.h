/* lp-timeline-block.h — what a screen reader sees of a block on the timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline draws its blocks itself; for assistive technologies it keeps
 * one of these invisible child widgets over each block in view (recycled as
 * the view scrolls), with the role of a button and the accessible name
 * "TITLE, DATES".
 */
#pragma once

#include <gtk/gtk.h>
#include "core/lp-module.h"

G_BEGIN_DECLS

#define LP_TYPE_TIMELINE_BLOCK (lp_timeline_block_get_type ())
G_DECLARE_FINAL_TYPE (LpTimelineBlock, lp_timeline_block, LP, TIMELINE_BLOCK, GtkWidget)

GtkWidget *lp_timeline_block_new        (void);
LpModule  *lp_timeline_block_get_module (LpTimelineBlock *self);
/* Borrowed module; the label is updated only when it changed. */
void       lp_timeline_block_set        (LpTimelineBlock *self,
                                         LpModule        *module,
                                         const char      *label);

G_END_DECLS
