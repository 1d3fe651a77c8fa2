/* lp-day-columns.h — items of a day side by side where their times overlap
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One item of a day: its times in (start before end), its place out. */
typedef struct {
  int   start;
  int   end;
  guint column;     /* from 0 */
  guint n_columns;  /* of its cluster: 1 when it overlaps nothing */
} LpDaySlot;

/* Lays out @n slots in columns, as GNOME Calendar's day view does: in order
 * of start (then end, then as given), each goes in the first column whose
 * last item has ended by its start; a cluster (items linked by overlapping
 * times, an end equal to a start is no overlap) shares its width among the
 * columns it uses.  The slots keep their order. */
void lp_day_columns_assign (LpDaySlot *slots, guint n);

G_END_DECLS
