/* lp-booklet-private.h — what goes into the programme booklet, and in what order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>
#include "core/lp-trajectory.h"
#include "lp-booklet.h"
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
  gpointer           object;   /* LpPeriod, LpMilestone or LpModule (borrowed) */
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

/* TRUE when text says no more than one of the others (case, spacing and
 * punctuation ignored, text contained in it), so it need not be printed. */
gboolean lp_booklet_repeats        (const char *text,
                                    const char *a,
                                    const char *b);

/* First letter upper case ("september 2026" → "September 2026"). */
char   *lp_booklet_capitalize      (const char *text);

#define LP_BOOKLET_GREY "#5e5c64"

/* One paragraph of an entry */
typedef struct {
  PangoLayout *layout;
  double       indent;
  double       space_after;
  gboolean     swatch;
  double       rgb[3];
} Para;

struct _LpBooklet
{
  LpTrajectory      *trajectory;
  LpExportOptions    options;
  gboolean          *hidden;
  guint              n_hidden;
  char              *version_for;        /* NULL: every lane */
  PangoContext      *pango;
  GPtrArray         *layouts;            /* PangoLayout, owned */
  GPtrArray         *pages;              /* GArray of Placed, one per page */
  guint              first_page;
  double             width, height, margin;
  guint              n_columns;
};

PangoLayout *lp_booklet_new_layout  (LpBooklet  *self,
                                     const char *markup,
                                     double      size,
                                     gboolean    bold,
                                     double      width);
/* Plain text, in colour (a Pango colour) or the default when NULL. */
PangoLayout *lp_booklet_new_text    (LpBooklet  *self,
                                     const char *text,
                                     double      size,
                                     gboolean    bold,
                                     const char *colour,
                                     double      width);
void         lp_booklet_block_add   (GArray      *block,
                                     PangoLayout *layout,
                                     double       indent,
                                     double       space_after);
/* Appends the paragraphs (Para) of one entry to block. */
void         lp_booklet_entry_block (LpBooklet            *self,
                                     GArray               *block,
                                     double                width,
                                     const LpBookletEntry *entry,
                                     gboolean              show_lane);

/* lp-booklet-agenda.c: the module's programme as a timetable (nothing when
 * it has none). */
void         lp_booklet_agenda_block (LpBooklet *self,
                                      GArray    *block,
                                      double     width,
                                      LpModule  *module);

G_END_DECLS
