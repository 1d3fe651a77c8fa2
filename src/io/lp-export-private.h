/* lp-export-private.h — the export document's parts, shared by its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * lp-export-document.c: options, construction, pages and footer;
 * lp-export-overview.c: overview pagination and drawing;
 * lp-export-key.c: the numbered key below the overview.
 */
#pragma once

#include <pango/pangocairo.h>
#include "render/lp-timeline-painter.h"
#include "render/lp-label-layout.h"
#include "lp-booklet.h"
#include "lp-export-document.h"
#include "lp-export-text.h"

#define LP_EXPORT_PX          0.75     /* one painter unit (96 dpi pixel) in points */
#define LP_EXPORT_MARGIN      36.0     /* overview page margin */
#define LP_EXPORT_TITLE_BLOCK 44.0     /* title + subtitle on overview pages */
#define LP_EXPORT_FOOTER      18.0
#define LP_EXPORT_LABEL_PT    10.0     /* label text at zoom 1 (painter "Cantarell 10" at 96 dpi, × 0.75) */
#define LP_EXPORT_MIN_LABEL_PT 7.0

typedef struct {
  LpDate first, last;        /* whole months, or weeks/days of a month too wide */
  double scale;              /* painter units per day on this page */
  double width;              /* body width (painter units) */
  double header_h;           /* painter units, with this range's marker period */
  double y0, y1;             /* content y range (whole lanes, or whole rows of one lane) */
  guint  lane_first, lane_last;
  gboolean continued;        /* y0 is inside lane_first: its name is repeated */
} LpOverviewPage;

struct _LpExportDocument
{
  LpTrajectory      *trajectory;
  LpExportOptions    options;
  gboolean          *hidden;
  guint              n_hidden;
  LpModuleFilter    *filter;              /* a copy of options.filter, or NULL */

  LpTimelineLayout  *layout;
  LpTimelinePainter *painter;
  LpPaintState       state;

  double             page_w, page_h;      /* overview pages */
  double             zoom;                /* points per painter unit on overview pages */
  double             legend_h;            /* painter units */
  GArray            *overview;            /* LpOverviewPage */
  guint              n_key_pages;         /* pages of the key's own */
  GPtrArray         *key_lines;           /* char *, one per module by its number */
  gboolean           key_below;           /* the key starts below the one-page chart */
  double             key_top;             /* points: its heading there */
  guint              key_n_below;         /* its lines there */
  double             reserve_h;           /* points kept free below the chart (legend incl.) */
  guint              n_change_pages;      /* with a baseline: "Changes since", after the key */
  GPtrArray         *change_lines;        /* char *, "date\tchange" */
  char              *changes_title;       /* "Changes since …" (markup) */

  PangoContext      *pango;
  LpBooklet         *booklet;             /* NULL without a booklet */
  char              *printed;             /* today, for the header */
  char              *period;              /* "1 Sep 2026 – 29 Feb 2028" */
  char              *version_for;         /* "College", or NULL */
};

/* Shows markup on a page of self: lp_export_text_show in the document's
 * Pango context. */
#define lp_export_show_text(self, cr, markup, size, bold, x, y, width, align) \
  lp_export_text_show ((cr), (self)->pango, (markup), TRUE, (size), (bold), (x), (y), (width), (align))
void lp_export_draw_footer    (LpExportDocument *self, cairo_t *cr, guint page);

/* lp-export-overview.c */
void lp_export_overview_paginate (LpExportDocument *self);
void lp_export_overview_draw     (LpExportDocument *self, cairo_t *cr, guint index);
/* Puts the layout in the geometry of overview page index. */
void lp_export_overview_apply    (LpExportDocument *self, guint index);

/* lp-export-key.c: build (numbers from the layout) before paginating,
 * place after it. */
void   lp_export_key_build      (LpExportDocument *self);
/* Points the whole key takes below the legend. */
double lp_export_key_get_height (LpExportDocument *self);
void   lp_export_key_place      (LpExportDocument *self);
void   lp_export_key_draw_below (LpExportDocument *self, cairo_t *cr);
void   lp_export_key_draw       (LpExportDocument *self, cairo_t *cr, guint key_page, guint page);

/* lp-export-changes.c */
void lp_export_changes_build (LpExportDocument *self);
void lp_export_changes_draw  (LpExportDocument *self, cairo_t *cr, guint changes_page, guint page);
