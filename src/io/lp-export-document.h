/* lp-export-document.h — the paginated overview and programme booklet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One document, drawn by the shared timeline painter, for the PDF exporter
 * and for printing (GtkPrintOperation), so that both give the same pages.
 * Units are PostScript points.
 */
#pragma once

#include <cairo.h>
#include "core/lp-module-filter.h"
#include "core/lp-trajectory.h"

G_BEGIN_DECLS

typedef enum {
  LP_PAPER_A4,
  LP_PAPER_A3,
} LpPaper;

/* How the overview meets the paper. */
typedef enum {
  LP_EXPORT_FIT_AUTO,     /* one page when every label stays 7 pt or more, else months */
  LP_EXPORT_FIT_PAGE,     /* the whole period on one page wide (lanes may still break) */
  LP_EXPORT_FIT_MONTHS,   /* whole months per page (weeks or days when a month is too wide) */
} LpExportFit;

/* The optional second line under each module's title on the overview. */
typedef enum {
  LP_EXPORT_SECOND_LINE_NONE,
  LP_EXPORT_SECOND_LINE_DATES,
  LP_EXPORT_SECOND_LINE_FACILITATOR,
  LP_EXPORT_SECOND_LINE_LOCATION,
} LpExportSecondLine;

typedef struct {
  LpPaper         paper;
  gboolean        portrait;             /* every page portrait (else landscape) */
  gboolean        orientation_chosen;   /* FALSE with portrait FALSE: landscape with
                                         * an overview, portrait for a booklet alone */
  gboolean        overview;             /* the timeline overview (default TRUE) */
  gboolean        booklet;              /* the programme booklet, after the overview */
  gboolean        booklet_landscape;    /* after an overview, the booklet in landscape
                                         * too; else portrait, whatever the overview's
                                         * orientation (alone it follows portrait) */
  gboolean        participant_version;  /* leave out status, notes and review comments */
  const gboolean *hidden_tracks;        /* index → TRUE to leave a track out; may be NULL */
  guint           n_hidden_tracks;
  gboolean        include_joint;        /* with hidden tracks: still show the lanes of
                                         * group "joint" (default TRUE) */
  LpExportFit        fit;               /* LP_EXPORT_FIT_AUTO by default */
  gboolean           key;               /* a numbered key (number, title, dates, lane)
                                         * under the chart; numbers beside the labels */
  LpExportSecondLine second_line;       /* NONE by default */
  gboolean           review_version;    /* the booklet lists the review comments (never
                                         * with participant_version) */
  const LpModuleFilter *filter;         /* overview blocks not matching it are dimmed;
                                         * NULL: none (the document keeps a copy) */
  gboolean           holidays;          /* Dutch public holidays as hatched columns */
  LpTrajectory      *baseline;          /* an earlier version: "Changes since" pages
                                         * after the overview; NULL for none */
  const char        *baseline_name;     /* what "since" names (a date); NULL: the
                                         * baseline's title */
} LpExportOptions;

/* The moment of printing: now (local time), or SOURCE_DATE_EPOCH (UTC) when
 * it is set to a valid number of seconds, for reproducible output. */
GDateTime *lp_export_now   (void);
/* The date printed on the pages: the day of lp_export_now(). */
LpDate     lp_export_today (void);

/* Overview on A4 landscape, no booklet, everything shown, joint lanes
 * included with a selection of tracks. */
void lp_export_options_init (LpExportOptions *options);
/* "a4"/"a3" → paper; FALSE for anything else. */
gboolean lp_paper_from_string (const char *str, LpPaper *out);
/* "page"/"months" → fit (and "auto"); FALSE for anything else. */
gboolean lp_export_fit_from_string (const char *str, LpExportFit *out);
/* "none"/"dates"/"facilitator"/"location"; FALSE for anything else. */
gboolean lp_export_second_line_from_string (const char *str, LpExportSecondLine *out);

/* The smallest width of one week on paper (points) before the overview is
 * split across pages by whole months. */
#define LP_EXPORT_MIN_WEEK_WIDTH 14.0

typedef struct _LpExportDocument LpExportDocument;

LpExportDocument *lp_export_document_new        (LpTrajectory          *trajectory,
                                                 const LpExportOptions *options);
void              lp_export_document_free       (LpExportDocument      *self);
guint             lp_export_document_get_n_pages (LpExportDocument     *self);
void              lp_export_document_get_page_size (LpExportDocument   *self,
                                                    guint               page,
                                                    double             *width,
                                                    double             *height);
/* Number of overview pages (they come first), and the dates an overview
 * page covers: whole months, or whole weeks (days) of a month too wide for
 * the paper. */
guint             lp_export_document_get_n_overview_pages (LpExportDocument *self);
void              lp_export_document_get_page_dates (LpExportDocument *self,
                                                     guint             page,
                                                     LpDate           *first,
                                                     LpDate           *last);
/* Lanes (track indices) shown on an overview page, first to last; a lane
 * taller than a page is on several pages. */
void              lp_export_document_get_page_lanes (LpExportDocument *self,
                                                     guint             page,
                                                     guint            *first,
                                                     guint            *last);
/* Size of the label text on overview pages, in points (7 or more). */
double            lp_export_document_get_label_size (LpExportDocument *self);

/* Draws page (0-based) with its top-left at the origin of cr, in points. */
void              lp_export_document_draw_page  (LpExportDocument      *self,
                                                 cairo_t               *cr,
                                                 guint                  page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LpExportDocument, lp_export_document_free)

G_END_DECLS
