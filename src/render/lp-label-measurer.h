/* lp-label-measurer.h — label text widths, measured once and cached
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measures label texts for LpLabelLayout and fits them to a maximum width
 * (ellipsized on one line for the screen, wrapped over a few lines for
 * paper).  The natural width of every distinct (text, font) is measured
 * once and kept; so is every fitted text, per fitting rule.
 *
 * The measuring itself is a callback, so that the packing can be tested
 * without fonts; lp_label_measurer_new_pango() measures with Pango in the
 * way LpTimelinePainter draws (96 dpi, unhinted metrics), so that drawn
 * text is as wide as measured.  Units are pixels at 96 dpi.
 */
#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

typedef enum {
  LP_LABEL_FONT_TITLE,    /* module titles, milestone and period labels */
  LP_LABEL_FONT_DETAIL,   /* the optional second line (smaller) */
} LpLabelFont;
#define LP_N_LABEL_FONTS 2

typedef enum {
  LP_LABEL_FIT_ELLIPSIZE,   /* one line, cut with "…" (screen) */
  LP_LABEL_FIT_WRAP,        /* wrapped at spaces over max_lines lines (paper);
                             * only what does not fit even then gets "…" */
} LpLabelFit;

typedef struct {
  double em;                                /* one em of the title font */
  double line_height[LP_N_LABEL_FONTS];     /* one line of text */
} LpLabelMetrics;

/* A label's text as it is to be drawn. */
typedef struct {
  char   **lines;       /* NULL-terminated; at least one line */
  guint    n_lines;
  double   width;       /* of the widest line */
  gboolean shortened;   /* an ellipsis replaced part of the text */
} LpLabelText;

/* Width of the first length bytes of text (valid UTF-8) in font. */
typedef double (*LpLabelMeasureFunc) (LpLabelFont  font,
                                      const char  *text,
                                      gsize        length,
                                      gpointer     user_data);

#define LP_TYPE_LABEL_MEASURER (lp_label_measurer_get_type ())
G_DECLARE_FINAL_TYPE (LpLabelMeasurer, lp_label_measurer, LP, LABEL_MEASURER, GObject)

/* Pango on the default pango-cairo font map; font as for
 * pango_font_description_from_string (NULL: "Cantarell 10", with Sans as
 * fallback family); the detail font is 0.85 times its size. */
LpLabelMeasurer *lp_label_measurer_new_pango (const char *font);
/* Any other measure (tests): func is called for widths not yet cached. */
LpLabelMeasurer *lp_label_measurer_new       (LpLabelMeasureFunc    func,
                                              const LpLabelMetrics *metrics,
                                              gpointer              user_data,
                                              GDestroyNotify        destroy);

const LpLabelMetrics       *lp_label_measurer_get_metrics (LpLabelMeasurer *self);
/* The fonts measured with; NULL for a callback measurer. */
const PangoFontDescription *lp_label_measurer_get_font    (LpLabelMeasurer *self,
                                                           LpLabelFont      font);

/* Natural width of text on one line (cached). */
double             lp_label_measurer_measure (LpLabelMeasurer *self,
                                              LpLabelFont      font,
                                              const char      *text);
/* text fitted to max_width (cached per text, font and rule).  With
 * LP_LABEL_FIT_ELLIPSIZE max_lines is taken as 1.  A text that fits is one
 * line, unchanged.  Owned by the measurer until lp_label_measurer_trim()
 * or finalization. */
const LpLabelText *lp_label_measurer_fit     (LpLabelMeasurer *self,
                                              LpLabelFont      font,
                                              const char      *text,
                                              double           max_width,
                                              LpLabelFit       fit,
                                              guint            max_lines);
/* text on one line, never shortened (period labels). */
const LpLabelText *lp_label_measurer_whole   (LpLabelMeasurer *self,
                                              LpLabelFont      font,
                                              const char      *text);
/* Distinct (text, font) pairs held. */
guint              lp_label_measurer_get_n_cached (LpLabelMeasurer *self);
/* Forgets everything when more than max_entries are held (edits leave
 * texts behind); returns whether it did.  Invalidates every LpLabelText
 * and emits "cleared" (), so that layouts sharing the measurer
 * invalidate themselves. */
gboolean           lp_label_measurer_trim    (LpLabelMeasurer *self,
                                              guint            max_entries);

/* A Pango context as every timeline text is laid out with: 96 dpi, no
 * hinted metrics, slight hinting, grey antialiasing.  New reference. */
PangoContext      *lp_label_pango_context_new (void);

G_END_DECLS
