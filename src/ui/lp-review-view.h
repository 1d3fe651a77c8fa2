/* lp-review-view.h — the View menu's review tools: the Comments pane and
 * the filter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-comments-pane.h"
#include "lp-timeline-view.h"

G_BEGIN_DECLS

/* Adds to window (a GActionMap) the stateful action "show-comments"
 * (Ctrl+Shift+M: show or hide pane) and "filter" (a dialog choosing
 * status, lane and theme; modules that do not match are dimmed on screen
 * and in Export and Print).  The pane follows the view's trajectory;
 * choosing a comment in it selects its module and scrolls to it. */
void       lp_review_view_install (GtkWindow      *window,
                                   LpTimelineView *view,
                                   LpCommentsPane *pane);

/* The filter dialog over window for view's trajectory (returned for tests;
 * it is presented and destroys itself).  Responses: "cancel", "clear",
 * "apply". */
GtkWidget *lp_review_view_filter_dialog (GtkWindow *window, LpTimelineView *view);

G_END_DECLS
