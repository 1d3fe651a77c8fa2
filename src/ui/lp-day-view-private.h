/* lp-day-view-private.h — what the day view and its drawing share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-day-view.h"

G_BEGIN_DECLS

#define LP_DAY_VIEW_PX_PER_MINUTE 1.0   /* an hour is 60 pixels */
#define LP_DAY_VIEW_TOP 28.0            /* room for the column headings */
#define LP_DAY_VIEW_BOTTOM 12
#define LP_DAY_VIEW_GUTTER 56.0         /* the hour labels */
#define LP_DAY_VIEW_EDGE 8.0            /* the lower edge that resizes */

struct _LpDayView
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkWidget    *back_button;
  GtkWidget    *prev_button;
  GtkWidget    *next_button;
  GtkWidget    *heading;
  GtkWidget    *scroller;
  GtkWidget    *canvas;
  GtkWidget    *overlay;        /* the canvas, with the items' accessible children over it */
  GPtrArray    *item_children;  /* LpTimelineBlock per item of the day, in time order */

  LpTrajectory *trajectory;
  LpModule     *module;
  guint         day;            /* from 1 */
  LpDate        date;
  GPtrArray    *others;         /* LpModule: the other modules of that date */
  int           first_hour, last_hour;

  int           drag_index;     /* the item being dragged, -1 when none */
  gboolean      drag_resize;
  int           orig_start, orig_end, drag_start, drag_end;
  int           selected;       /* the item selected (keyboard, pointer), -1 when none */
};

#define LP_DAY_VIEW_COLUMN_GAP 4.0    /* between items side by side */

double _lp_day_view_minute_y    (LpDayView *self, int minutes);
void   _lp_day_view_main_column (LpDayView *self, double *x, double *width);
/* The part of @m on @date in minutes, -1 for "from the start" or "to the
 * end" of the day. */
void   _lp_day_view_module_span (LpModule *m, LpDate date, int *start, int *end);
/* New times for an item from @orig_start–@orig_end moved by @delta minutes
 * (@resize: only its end), at least LP_DAY_VIEW_STEP long and within the
 * day; what a drag and the keys both use. */
void   _lp_day_view_shift_times (int orig_start, int orig_end, int delta, gboolean resize,
                                 int *start, int *end);
/* The new times of item @index as one undo step (nothing when they are its
 * times); returns its index afterwards. */
guint  _lp_day_view_commit_times (LpDayView *self, guint index, int start, int end);
/* Selects item @index (-1: none): drawn selected, told to screen readers,
 * scrolled into view. */
void   _lp_day_view_select      (LpDayView *self, int index);
/* lp-day-view-keys.c: a key pressed in the view; TRUE when handled. */
gboolean _lp_day_view_key_pressed (LpDayView *self, guint keyval, GdkModifierType state);
/* Emits "item-activated" for the selected item. */
void     _lp_day_view_activate    (LpDayView *self);
/* lp-day-view-a11y.c: the accessible label of the view and a child per item
 * of the day (made here, never while allocating), positioned by the overlay. */
void   _lp_day_view_a11y_setup  (LpDayView *self);
void   _lp_day_view_a11y_sync   (LpDayView *self);
char  *_lp_day_view_item_label  (const LpAgendaItem *item);
/* lp-day-view-draw.c: the GtkDrawingArea draw function. */
void   _lp_day_view_draw        (GtkDrawingArea *area, cairo_t *cr, int width, int height,
                                 gpointer data);

G_END_DECLS
