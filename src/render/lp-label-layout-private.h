/* lp-label-layout-private.h — LpLabelLayout's state, shared by its two files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * lp-label-layout.c: the object, its invalidation and its queries;
 * lp-label-packing.c: building the geometry (texts, sides, rows).
 */
#pragma once

#include "lp-label-layout.h"

G_BEGIN_DECLS

#define TEXT_V_PAD      2.0     /* px between a row's edge and its text */
#define MARKER_SIZE     0.8     /* a milestone's diamond, in row heights */

typedef struct {
  LpLabelBox box;     /* first: a box pointer is an item pointer */
  double     x0, x1;  /* horizontal extent of block and label */
  guint      seq;     /* file order: ties keep it */
} Item;

typedef struct {
  LpMarkerBox box;
  double      x0, x1;
  guint       seq;
} Marker;

typedef struct {
  GArray  *items;     /* Item, sorted by (x0, seq) */
  double  *max_x1;    /* running maximum of items[0..i].x1 */
  guint    n_rows;
  double   y;
  double   height;
  gboolean hidden;
} Lane;

struct _LpLabelLayout
{
  GObject          parent_instance;

  LpTrajectory    *trajectory;
  GListModel      *lists[4];      /* modules, tracks, milestones, periods */
  gulong           list_ids[4];
  gulong           changed_id;
  gulong           module_changed_id;
  LpLabelMeasurer *measurer;
  gulong           cleared_id;

  LpLabelOptions   options;
  double           scale;
  LpDate           range_first;   /* as set; LP_DATE_NONE: from the period */
  LpDate           range_last;
  GArray          *hidden;        /* gboolean per track index, may be shorter */

  /* computed */
  gboolean         valid;
  gboolean         need_full;     /* else only the dirty modules' lanes and the markers */
  GHashTable      *dirty;         /* LpModule* set: changed since the last build */
  LpDate           span_start;  /* as seen at the last full build */
  LpDate           span_end;
  char            *kinds_seen;    /* own kinds' ids and names then */
  GHashTable      *track_index;   /* LpTrack* → index + 1, at the last full build */
  LpDate           first;
  LpDate           last;
  double           width;
  double           row_height;
  double           height;
  GArray          *lanes;         /* Lane */
  GArray          *lane_min;      /* double, by track index: a lane's least height */
  GHashTable      *boxes;         /* LpModule* → Item* (into a lane's items) */
  GHashTable      *numbers;       /* LpModule* → key number (numbered) */
  GArray          *markers;       /* Marker, sorted by (x0, seq) */
  double          *marker_max_x1;
  double           marker_height;
};

/* lp-label-packing.c */
void lp_label_layout_lane_clear (gpointer lane);
/* Computes everything from the trajectory, options and measurer (the
 * previous geometry must be cleared). */
void     lp_label_layout_build         (LpLabelLayout *self);
/* Remakes the boxes of the dirty modules, re-packs the lanes they left or
 * entered, moves the lanes below and rebuilds the markers.  FALSE (and
 * nothing done) when only a full build will do. */
gboolean lp_label_layout_build_partial (LpLabelLayout *self);
/* lp-label-numbers.c: the key's numbers of the modules (options.numbered). */
void     lp_label_layout_number_modules (LpLabelLayout *self);
/* Sets box's number (of box->module) and the width it takes. */
void     lp_label_layout_number_box     (LpLabelLayout *self, LpLabelBox *box);

/* Own kinds' ids and names, to notice a renamed kind. */
char    *lp_label_layout_describe_kinds (LpLabelLayout *self);

G_END_DECLS
