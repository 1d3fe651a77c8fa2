/* lp-comparison.h — the timeline compared with an earlier version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While it lives, the view shows where modules were in the baseline: a
 * dashed ghost at the old place of a moved module with a line from the ghost
 * to its block, a ghost with a cross for a removed one, a "+" mark on an
 * added block and a dot on an edited one.  The changes follow every edit.
 */
#pragma once

#include "core/lp-changes.h"
#include "lp-timeline-view.h"

G_BEGIN_DECLS

#define LP_TYPE_COMPARISON (lp_comparison_get_type ())
G_DECLARE_FINAL_TYPE (LpComparison, lp_comparison, LP, COMPARISON, GObject)

/* Signal: "changes-changed" () after the change list was computed again. */
/* @since names the baseline for "Changes since …" (its date or title). */
LpComparison *lp_comparison_new          (LpTimelineView *view,
                                          LpTrajectory   *baseline,
                                          const char     *since);
LpTrajectory *lp_comparison_get_baseline (LpComparison   *self);
const char   *lp_comparison_get_since    (LpComparison   *self);
/* From the baseline to the view's trajectory as it is now (LpChange*). */
GPtrArray    *lp_comparison_get_changes  (LpComparison   *self);
/* The ghost of a moved or removed module, in content coordinates; FALSE
 * when it has none (not moved or removed, or its old lane is gone). */
gboolean      lp_comparison_get_ghost    (LpComparison   *self,
                                          const char     *module_id,
                                          LpRect         *out);
/* Stops drawing on the view (also when the comparison is finalized). */
void          lp_comparison_stop         (LpComparison   *self);

G_END_DECLS
