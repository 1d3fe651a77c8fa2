/* lp-row-packer.c — first-fit rows for labelled items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A lane's items, sorted by their left edge, each take the lowest run of
 * free rows; the rows' right ends are kept in a segment tree of minima.
 */
#include "config.h"

#include <string.h>

#include "lp-row-packer.h"

void
lp_row_packer_init (LpRowPacker *rows)
{
  rows->cap = 64;
  rows->n_rows = 0;
  rows->min = g_new (double, 2 * rows->cap);
  for (guint i = 0; i < 2 * rows->cap; i++)
    rows->min[i] = -G_MAXDOUBLE;
}

void
lp_row_packer_clear (LpRowPacker *rows)
{
  g_clear_pointer (&rows->min, g_free);
}

static void
rows_set (LpRowPacker *rows,
          guint       row,
          double      end)
{
  guint node = rows->cap + row;

  rows->min[node] = end;
  for (node /= 2; node >= 1; node /= 2)
    rows->min[node] = MIN (rows->min[2 * node], rows->min[2 * node + 1]);
}

static void
rows_reserve (LpRowPacker *rows,
              guint       n)
{
  guint old = rows->cap;
  double *leaves;

  if (n <= rows->cap)
    return;
  leaves = g_memdup2 (rows->min + old, old * sizeof (double));
  while (rows->cap < n)
    rows->cap *= 2;
  g_free (rows->min);
  rows->min = g_new (double, 2 * rows->cap);
  for (guint i = 0; i < 2 * rows->cap; i++)
    rows->min[i] = -G_MAXDOUBLE;
  memcpy (rows->min + rows->cap, leaves, old * sizeof (double));
  for (guint node = rows->cap - 1; node >= 1; node--)
    rows->min[node] = MIN (rows->min[2 * node], rows->min[2 * node + 1]);
  g_free (leaves);
}

/* Lowest row >= from in [lo, hi) (the node's range) ending at or before
 * limit; G_MAXUINT if none. */
static guint
rows_find (const LpRowPacker *rows,
           guint             node,
           guint             lo,
           guint             hi,
           guint             from,
           double            limit)
{
  guint mid, r;

  if (hi <= from || rows->min[node] > limit)
    return G_MAXUINT;
  if (hi - lo == 1)
    return lo;
  mid = lo + (hi - lo) / 2;
  r = rows_find (rows, 2 * node, lo, mid, from, limit);
  return r != G_MAXUINT ? r : rows_find (rows, 2 * node + 1, mid, hi, from, limit);
}

/* Lowest row r with rows r..r+k-1 all free from x0 on (their last item
 * ends at least gap before x0); marks them taken up to x1. */
guint
lp_row_packer_pack (LpRowPacker *rows,
                    double      x0,
                    double      x1,
                    guint       k,
                    double      gap)
{
  double limit = x0 - gap;
  guint r = 0, j;

  rows_reserve (rows, rows->n_rows + k);
  for (;;)
    {
      /* unused rows are free: a row is always found */
      r = rows_find (rows, 1, 0, rows->cap, r, limit);
      for (j = 1; j < k; j++)
        if (rows->min[rows->cap + r + j] > limit)
          break;
      if (j == k)
        break;
      r += j + 1;   /* row r + j is taken: no run through it */
    }

  for (j = 0; j < k; j++)
    rows_set (rows, r + j, x1);
  rows->n_rows = MAX (rows->n_rows, r + k);
  return r;
}
