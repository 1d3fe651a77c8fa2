/* lp-timeline-view-private.h — the timeline view's state, shared by the
 * files that handle its input (keys, drag and drop, zoom, menus)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "render/lp-timeline-painter.h"
#include "lp-timeline-accessible.h"
#include "lp-timeline-view.h"

G_BEGIN_DECLS

/* the room past the last day and below the last lane, in pixels */
#define CONTENT_MARGIN 40
/* the scale (pixels per day) before the view has a layout */
#define LP_TIMELINE_VIEW_DEFAULT_SCALE 4.0
/* the view fits the period to its width only when it is wider than the
 * lane names by more than this many pixels */
#define FIT_MIN_WIDTH 50
/* one zoom step multiplies (or divides) the scale by this */
#define ZOOM_STEP    1.25
/* a pointer that moves less than this (pixels) is a click, not a drag */
#define DRAG_SLOP    3.0

struct _LpTimelineView
{
  GtkWidget            parent_instance;

  LpTrajectory        *trajectory;
  LpTimelineLayout    *layout;
  LpTimelinePainter   *painter;
  LpModule            *selected;

  GtkAdjustment       *hadjustment;
  GtkAdjustment       *vadjustment;
  guint                hscroll_policy : 1;
  guint                vscroll_policy : 1;
  guint                fitted : 1;       /* fitted once, on the first allocation */
  guint                fit : 1;          /* the whole period fills the width until the user zooms */
  double               pointer_x;        /* last pointer x (widget), for zooming around it */
  double               text_scale;       /* labels and header at this many times their size */

  /* keyboard cursor: where Enter in the palette places a module */
  int                  cursor_track;
  LpDate               cursor_date;

  /* a drag on a block */
  LpHitKind            drag_kind;
  LpModule            *drag_module;
  LpTrack             *drag_track;
  LpDate               drag_start;
  LpDate               drag_end;
  double               drag_x, drag_y;
  gboolean             drag_active;
  gboolean             drag_copied;   /* Ctrl+drag: the copy moves */
  gboolean             read_only;        /* no edits from the pointer, keys or menus */
  /* for moves of the selected series member: 0 ask, else the answer
   * (SERIES_ONE, SERIES_ALL), kept until another module is selected */
  int                  series_move_answer;

  /* landing preview while a palette kind hovers */
  int                  preview_track;
  LpDate               preview_start;
  LpDate               preview_end;

  GtkWidget           *context_menu;
  GMenuModel          *module_menu;
  LpTimelineAccessible *a11y;          /* children for assistive technologies */
  LpProblemWatch      *problems;         /* blocks with a problem get a mark; may be NULL */

  /* drawn over the lanes after everything else (lp_timeline_view_set_overlay) */
  LpTimelineOverlayFunc overlay_func;
  gpointer             overlay_data;
  GDestroyNotify       overlay_destroy;
};

/* geometry (lp-timeline-view.c) */
double    _lp_timeline_view_header_height    (LpTimelineView *self);
double    _lp_timeline_view_scroll_x         (LpTimelineView *self);
double    _lp_timeline_view_scroll_y         (LpTimelineView *self);
/* widget → content coordinates */
void      _lp_timeline_view_to_content       (LpTimelineView *self,
                                              double          wx,
                                              double          wy,
                                              double         *cx,
                                              double         *cy);
/* What lies under a point of the body: its content x, the block (and
 * which part of it) or the lane there. */
typedef struct
{
  double     cx;
  LpModule  *module;
  int        track;
  LpHitKind  kind;
} LpViewHit;

/* Whether widget point (x, y) lies in the body (right of the lane names,
 * below the header) of a view with a trajectory; if so, what lies there. */
gboolean  _lp_timeline_view_body_hit         (LpTimelineView *self,
                                              double          x,
                                              double          y,
                                              LpViewHit      *hit);
/* Whether the hit is on a block (its middle or an edge). */
gboolean  _lp_timeline_view_hit_is_block     (const LpViewHit *hit);
/* The lane at that index (new reference), or NULL. */
LpTrack  *_lp_timeline_view_track_at         (LpTimelineView *self,
                                              int             index);
guint     _lp_timeline_view_n_tracks         (LpTimelineView *self);
void      _lp_timeline_view_update_accessible (LpTimelineView *self);
/* Emits "module-activated" for the module. */
void      _lp_timeline_view_activate         (LpTimelineView *self,
                                              LpModule       *module);
/* Notifies "scale". */
void      _lp_timeline_view_notify_scale     (LpTimelineView *self);

/* holidays and problems (lp-timeline-view-calendar.c) */
/* The paint state's holidays and problem marks. */
void        _lp_timeline_view_calendar_state (LpTimelineView *self,
                                              LpPaintState   *state);
/* The name of the public holiday under widget point (x, y) of the body, or NULL. */
const char *_lp_timeline_view_holiday_at     (LpTimelineView *self,
                                              double          x,
                                              double          y);

/* editing, drag and drop (lp-timeline-view-edit.c) */
void      _lp_timeline_view_clamp_into_span (LpTimelineView *self,
                                               LpDate         *start,
                                               LpDate         *end);
void      _lp_timeline_view_move_selected    (LpTimelineView *self,
                                              int             days,
                                              int             lanes,
                                              int             end_days);
void      _lp_timeline_view_delete_selected  (LpTimelineView *self);
void      _lp_timeline_view_duplicate_selected (LpTimelineView *self);
/* lp-timeline-view-series.c */
void      _lp_timeline_view_repeat_selected  (LpTimelineView *self);
void      _lp_timeline_view_ask_series_move  (LpTimelineView *self,
                                              LpModule       *module,
                                              LpTrack        *old_track,
                                              LpDate          old_start);
void      _lp_timeline_view_add_drag_gesture (LpTimelineView *self);
void      _lp_timeline_view_add_drop_target (LpTimelineView *self);

/* zoom and scrolling (lp-timeline-view-zoom.c) */
void      _lp_timeline_view_update_adjustments (LpTimelineView *self);
void      _lp_timeline_view_set_adjustment   (LpTimelineView  *self,
                                              GtkAdjustment  **slot,
                                              GtkAdjustment   *adj);
void      _lp_timeline_view_scroll_to_block  (LpTimelineView *self,
                                              LpModule       *module);
void      _lp_timeline_view_fit_width        (LpTimelineView *self,
                                              int             widget_width);
void      _lp_timeline_view_add_zoom_controllers (LpTimelineView *self);
/* A new painter draws at the view's text scale. */
void      _lp_timeline_view_reapply_text_scale (LpTimelineView *self);

/* keyboard (lp-timeline-view-keys.c) */
void      _lp_timeline_view_add_key_controller (LpTimelineView *self);

/* context menus (lp-timeline-view-menu.c) */
void      _lp_timeline_view_popup_menu_from_keyboard (LpTimelineView *self);
void      _lp_timeline_view_add_menu         (LpTimelineView *self);

/* The keyboard cursor: lane index and date (the date as clicked, which may
 * lie outside the period). */
void      _lp_timeline_view_get_cursor       (LpTimelineView *self,
                                              int            *track,
                                              LpDate         *date);
/* Moves the cursor to that lane, keeping its date, and redraws. */
void      _lp_timeline_view_set_cursor_track (LpTimelineView *self,
                                              int             track);
/* A new module of that kind at that lane and date (clamped into the
 * period); one undo step; selects it and returns it (borrowed), or NULL. */
LpModule *_lp_timeline_view_place_kind_at    (LpTimelineView *self,
                                              LpKind         *kind,
                                              int             track,
                                              LpDate          date);

G_END_DECLS
