/* lp-row-packer.h — first-fit rows for labelled items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The right ends of a lane's rows in a segment tree of minima, so that the
 * lowest row free from some x on is found in logarithmic time (a crowded
 * lane at fit zoom has hundreds of rows).  Rows not used yet end at
 * -infinity. */
typedef struct {
  double *min;        /* 2 * cap nodes; node 1 is the root, leaves at cap.. */
  guint   cap;        /* a power of two */
  guint   n_rows;     /* rows used */
} LpRowPacker;

void  lp_row_packer_init  (LpRowPacker *rows);
void  lp_row_packer_clear (LpRowPacker *rows);
guint lp_row_packer_pack  (LpRowPacker *rows,
                           double       x0,
                           double       x1,
                           guint        k,
                           double       gap);

G_END_DECLS
