/* lp-second-line.h — the view menu's choice of a second line on labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-timeline-view.h"

G_BEGIN_DECLS

/* Adds the stateful action "second-line" (string: "none", "dates",
 * "facilitator" or "location") to window (a GActionMap): what the
 * timeline's labels show under each title.  Remembered in settings'
 * "timeline-second-line" (settings may be NULL: not remembered). */
void lp_second_line_install (GtkWindow      *window,
                             LpTimelineView *view,
                             GSettings      *settings);

G_END_DECLS
