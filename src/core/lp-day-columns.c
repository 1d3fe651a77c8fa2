/* lp-day-columns.c — items of a day side by side where their times overlap
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lp-day-columns.h"

static int
compare_slots (gconstpointer a, gconstpointer b, gpointer data)
{
  const LpDaySlot *slots = data;
  guint i = *(const guint *) a, j = *(const guint *) b;

  if (slots[i].start != slots[j].start)
    return slots[i].start < slots[j].start ? -1 : 1;
  if (slots[i].end != slots[j].end)
    return slots[i].end < slots[j].end ? -1 : 1;
  return i < j ? -1 : (i > j ? 1 : 0);
}

/* Gives the cluster order[first, last) its number of columns. */
static void
close_cluster (LpDaySlot *slots, const guint *order, guint first, guint last, guint n_columns)
{
  for (guint k = first; k < last; k++)
    slots[order[k]].n_columns = n_columns;
}

void
lp_day_columns_assign (LpDaySlot *slots,
                       guint      n)
{
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  g_autofree int *column_end = g_new (int, MAX (n, 1));   /* per column: the end of its last item */
  guint n_columns = 0, first = 0;
  int cluster_end = G_MININT;

  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, (gint) n, sizeof (guint), compare_slots, slots);
  for (guint k = 0; k < n; k++)
    {
      LpDaySlot *s = &slots[order[k]];
      guint c;

      if (s->start >= cluster_end)
        {
          /* overlaps nothing before it: a new cluster */
          close_cluster (slots, order, first, k, n_columns);
          first = k;
          n_columns = 0;
        }
      for (c = 0; c < n_columns && column_end[c] > s->start; c++)
        ;
      if (c == n_columns)
        n_columns++;
      column_end[c] = s->end;
      s->column = c;
      cluster_end = k == first ? s->end : MAX (cluster_end, s->end);
    }
  close_cluster (slots, order, first, n, n_columns);
}
