/* lp-presentation.h — presenting the trajectory on a projector
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "lp-presentation-card.h"
#include "lp-timeline-view.h"

G_BEGIN_DECLS

/* Labels and header while presenting, times their normal size: at least
 * 1.6 times, line heights included (fonts round their metrics). */
#define LP_PRESENTATION_TEXT_SCALE 1.65

#define LP_TYPE_PRESENTATION (lp_presentation_get_type ())
G_DECLARE_FINAL_TYPE (LpPresentation, lp_presentation, LP, PRESENTATION, GObject)

/* Presentation mode for window: fullscreen, the header bar and the paneds'
 * outer children (library, editor) hidden, the timeline's text
 * LP_PRESENTATION_TEXT_SCALE times larger, one span (a month, a quarter or
 * half a year) at a time.  PageDown/PageUp or Right/Left move by one span,
 * Home/End to the first and last, 1/3/6 choose a month, quarter or half
 * year; a click or Enter on a block shows its card over the timeline (in
 * overlay); Esc closes the card, else leaves and restores the window as it
 * was (size, maximized, panes, text size, zoom and scroll).  Adds the
 * stateful action "present-span" (string: "month", "quarter",
 * "half-year") to window. */
LpPresentation     *lp_presentation_new        (GtkWindow      *window,
                                                LpTimelineView *timeline,
                                                GtkOverlay     *overlay,
                                                GtkWidget      *header_bar,
                                                GtkPaned       *outer_paned,
                                                GtkPaned       *inner_paned);
void                lp_presentation_enter      (LpPresentation *self);
void                lp_presentation_leave      (LpPresentation *self);
gboolean            lp_presentation_is_active  (LpPresentation *self);
/* Shows the module's card (while presenting). */
void                lp_presentation_show_card  (LpPresentation *self,
                                                LpModule       *module);
LpPresentationCard *lp_presentation_get_card   (LpPresentation *self);
/* The first day of the span shown, and its length in months. */
LpDate              lp_presentation_get_span_start  (LpPresentation *self);
guint               lp_presentation_get_span_months (LpPresentation *self);
/* Move by n spans (clamped to the first and last). */
void                lp_presentation_step       (LpPresentation *self,
                                                int             n);

G_END_DECLS
