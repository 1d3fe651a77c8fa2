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

  LpTrajectory *trajectory;
  LpModule     *module;
  guint         day;            /* from 1 */
  LpDate        date;
  GPtrArray    *others;         /* LpModule: the other modules of that date */
  int           first_hour, last_hour;

  int           drag_index;     /* the item being dragged, -1 when none */
  gboolean      drag_resize;
  int           orig_start, orig_end, drag_start, drag_end;
};

double _lp_day_view_minute_y    (LpDayView *self, int minutes);
void   _lp_day_view_main_column (LpDayView *self, double *x, double *width);
/* The part of @m on @date in minutes, -1 for "from the start" or "to the
 * end" of the day. */
void   _lp_day_view_module_span (LpModule *m, LpDate date, int *start, int *end);
/* lp-day-view-draw.c: the GtkDrawingArea draw function. */
void   _lp_day_view_draw        (GtkDrawingArea *area, cairo_t *cr, int width, int height,
                                 gpointer data);

G_END_DECLS
