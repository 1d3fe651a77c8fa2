/* lp-lane-menu.h — the timeline's lane menu and the edits it offers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "lp-timeline-view.h"

G_BEGIN_DECLS

/* Installs on the timeline's class the actions of the lane at the keyboard
 * cursor: "timeline.track-edit" (name and group), "timeline.track-add"
 * (below it, with name and group), "timeline.track-up", "timeline.track-down",
 * "timeline.track-delete"; at the cursor date "timeline.module-add" (a
 * module of a chosen kind), "timeline.milestone-add" and "timeline.period-add"
 * (name and kind); and, with the id as parameter, "timeline.milestone-edit",
 * "timeline.milestone-delete", "timeline.period-edit", "timeline.period-delete".
 * Each change the user confirms is one undo step. */
void        lp_lane_menu_install_actions (GtkWidgetClass *widget_class);
/* Enables the lane actions that apply to the cursor's lane. */
void        lp_lane_menu_update_actions  (LpTimelineView *view);
/* The menu of the lane at the cursor: with at_date, the milestones and
 * periods at the cursor date and what can be added there, then the lane
 * itself.  New reference. */
GMenuModel *lp_lane_menu_build           (LpTimelineView *view,
                                          gboolean        at_date);

G_END_DECLS
