/* lp-booklet-private.h — what goes into the programme booklet, and in what order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/lp-trajectory.h"
#include "lp-export-document.h"

G_BEGIN_DECLS

typedef enum {
  LP_BOOKLET_PERIOD,
  LP_BOOKLET_MILESTONE,
  LP_BOOKLET_MODULE,
} LpBookletEntryType;

typedef struct {
  LpBookletEntryType type;
  LpDate             date;     /* start */
  int                time;     /* minutes, LP_TIME_NONE first */
  int                lane;     /* track index, -1 for periods and milestones */
  gpointer           object;   /* LpBand, LpMilestone or LpModule (borrowed) */
} LpBookletEntry;

/* Modules of the lanes shown, milestones and periods: by date, then time,
 * then lane (periods and milestones before a day's modules). */
GArray *lp_booklet_collect_entries (LpTrajectory   *trajectory,
                                    const gboolean *hidden,
                                    guint           n_hidden);

/* "dinsdag 15 september 2026, 15:00–17:00", or "… – …" over several days,
 * in the interface language. */
char   *lp_booklet_format_when     (LpDate start,
                                    LpDate end,
                                    int    start_time,
                                    int    end_time);

/* TRUE when text says no more than one of the others (case and spacing
 * ignored, or one contains the other), so it need not be printed. */
gboolean lp_booklet_repeats        (const char *text,
                                    const char *a,
                                    const char *b);

/* First letter upper case ("september 2026" → "September 2026"). */
char   *lp_booklet_capitalize      (const char *text);

G_END_DECLS
