/* lp-presets.h — milestones and periods of the municipal year, ready to add
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-trajectory.h"

G_BEGIN_DECLS

typedef struct {
  const char *id;          /* "council-elections-2026", … */
  const char *label;       /* English source string: translate with _() */
  gboolean    is_period;   /* a period (else a milestone) */
  guint       kind;        /* LpMilestoneKind or LpPeriodKind */
  const char *date;        /* a fixed date ("YYYY-MM-DD"), or NULL: at the chosen day */
  guint       days;        /* a period's length */
} LpPreset;

guint           lp_presets_get_n   (void);
const LpPreset *lp_presets_get_nth (guint index);
const LpPreset *lp_presets_lookup  (const char *id);

/* Adds the preset to @t (one undo step): on its own date, or else at @day
 * (a period from @day, ending with the trajectory at the latest).  Returns
 * the new LpMilestone or LpPeriod (borrowed). */
gpointer        lp_presets_add     (LpTrajectory   *t,
                                    const LpPreset *preset,
                                    LpDate          day);

G_END_DECLS
