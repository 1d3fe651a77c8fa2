/* lp-timeline-view.h — the timeline widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "core/lp-problem-watch.h"
#include "core/lp-trajectory.h"
#include "render/lp-timeline-layout.h"

G_BEGIN_DECLS

#define LP_TYPE_TIMELINE_VIEW (lp_timeline_view_get_type ())
G_DECLARE_FINAL_TYPE (LpTimelineView, lp_timeline_view, LP, TIMELINE_VIEW, GtkWidget)

/* Properties: "trajectory" (LpTrajectory), "selected-module" (LpModule or
 * NULL), "scale" (double, pixels per day).
 * Signals: "module-activated" (LpModule*) on double-click or Enter;
 * "day-requested" (LpModule*) on double-click of a module with times, on
 * Ctrl+Enter and on "timeline.open-day" (Open Day Programme).
 * Actions (widget scope, with accelerators): "timeline.zoom-in",
 * "timeline.zoom-out", "timeline.zoom-reset", "timeline.delete",
 * "timeline.duplicate", "timeline.edit", and the lane menu's actions (see
 * lp-lane-menu.h).  Accessible role/name: "Timeline" (translated);
 * description: the selected block's name, else while focused the keyboard
 * cursor ("LANE, DATE").  Its items for screen readers: lp-timeline-accessible.h. */
GtkWidget        *lp_timeline_view_new                 (void);
LpTrajectory     *lp_timeline_view_get_trajectory      (LpTimelineView *self);
void              lp_timeline_view_set_trajectory      (LpTimelineView *self, LpTrajectory *trajectory);
LpModule         *lp_timeline_view_get_selected_module (LpTimelineView *self);
void              lp_timeline_view_set_selected_module (LpTimelineView *self, LpModule *module);
LpTimelineLayout *lp_timeline_view_get_layout          (LpTimelineView *self);
double            lp_timeline_view_get_scale           (LpTimelineView *self);
void              lp_timeline_view_set_scale           (LpTimelineView *self, double px_per_day);
/* Zoom around the selected block (the middle of the view when none is in
 * view); the view no longer stays fitted.  Ctrl+scroll zooms around the
 * pointer. */
void              lp_timeline_view_zoom_in             (LpTimelineView *self);
void              lp_timeline_view_zoom_out            (LpTimelineView *self);
/* Fit the whole period in the visible width, and keep it fitted when the
 * widget is resized until the next zoom. */
void              lp_timeline_view_zoom_reset          (LpTimelineView *self);
/* Whether the view keeps the whole period fitted to its width (after
 * zoom_reset, until the next zoom). */
gboolean          lp_timeline_view_get_fit             (LpTimelineView *self);
/* Labels, lane names and the header at factor times their normal size
 * (1: normal; presentation uses more); rows and the header grow with them. */
void              lp_timeline_view_set_text_scale      (LpTimelineView *self, double factor);
double            lp_timeline_view_get_text_scale      (LpTimelineView *self);
/* Width of the lane-name column: LP_TIMELINE_NAME_COLUMN times the text scale. */
double            lp_timeline_view_get_name_column_width (LpTimelineView *self);
/* Place a new module of that kind at the keyboard cursor (focused lane and
 * date); one undo step; selects it and returns it (borrowed), or NULL. */
LpModule         *lp_timeline_view_place_kind          (LpTimelineView *self, LpKind *kind);
/* Move the keyboard cursor (the focused lane and date; clamped). */
void              lp_timeline_view_set_cursor          (LpTimelineView *self, guint track, LpDate date);
/* The keyboard cursor's lane and date; FALSE when it is not placed. */
gboolean          lp_timeline_view_get_cursor          (LpTimelineView *self, guint *track, LpDate *date);
/* For tests: the lane menu at the cursor (new reference). */
GMenuModel       *_lp_timeline_view_build_lane_menu    (LpTimelineView *self);
/* Widget coordinates of a date/track (for tests and drop targets). */
gboolean          lp_timeline_view_get_point           (LpTimelineView *self, LpDate date,
                                                        guint track, double *x, double *y);
/* Something drawn over the lanes after the timeline itself (a comparison's
 * ghosts): @cr is in content coordinates (lp_timeline_layout_*), clipped to
 * the lanes' visible part.  NULL func removes it.  Redraws. */
typedef void (*LpTimelineOverlayFunc) (LpTimelineView *view, cairo_t *cr, gpointer data);
void              lp_timeline_view_set_overlay         (LpTimelineView *self, LpTimelineOverlayFunc func,
                                                        gpointer data, GDestroyNotify destroy);
/* Widget coordinates of a content point (lp_timeline_layout_* coordinates). */
void              lp_timeline_view_content_to_widget   (LpTimelineView *self, double cx, double cy,
                                                        double *wx, double *wy);
/* Select the module and scroll it into view when it is out of view. */
void              lp_timeline_view_scroll_to_module    (LpTimelineView *self, LpModule *module);
/* Nothing selected, the keyboard cursor on lane track, the lane in view. */
void              lp_timeline_view_show_lane           (LpTimelineView *self, guint track);
/* Blocks of modules with a problem get a warning mark (NULL: none). */
void              lp_timeline_view_set_read_only       (LpTimelineView *self, gboolean read_only);
gboolean          lp_timeline_view_get_read_only       (LpTimelineView *self);
void              lp_timeline_view_set_problem_watch   (LpTimelineView *self, LpProblemWatch *watch);

G_END_DECLS
