/* lp-timeline-tooltip.h — what hovering a block on the timeline shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/lp-trajectory.h"

G_BEGIN_DECLS

/* Pango markup for a module's tooltip: the whole title, then kind, lane,
 * dates with their weekday, times, facilitators, location and status,
 * one per line, translated; lines with nothing to say are left out.
 * Free with g_free. */
char *lp_timeline_tooltip_markup (LpTrajectory *trajectory, LpModule *module);

/* "Tuesday 14 September 2026" in the interface language.  Free with g_free. */
char *lp_timeline_tooltip_format_day (LpDate date);

G_END_DECLS
