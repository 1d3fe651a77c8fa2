/* bench-util.h — what the benchmarks share: medians, the --runs= and
 * --modules= options, and a generated trajectory written to a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <stdlib.h>
#include <string.h>

static int
bench_compare_double (const void *a,
                      const void *b)
{
  double da = *(const double *) a, db = *(const double *) b;
  return da < db ? -1 : da > db ? 1 : 0;
}

/* The median of the n values at v (which it sorts): the middle one, or the
 * mean of the two middle ones. */
static inline double
bench_median (double *v,
              guint   n)
{
  qsort (v, n, sizeof *v, bench_compare_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* The median of an array of doubles (which it sorts). */
static inline double
bench_median_of (GArray *times)
{
  return bench_median ((double *) (void *) times->data, times->len);
}

/* Reads --runs=N into *runs and, when n_modules is not NULL, --modules=N
 * into *n_modules (each at least 1); other arguments are left alone. */
static inline void
bench_parse_args (int     argc,
                  char  **argv,
                  guint  *runs,
                  guint  *n_modules)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--runs="))
        *runs = MAX (1, atoi (argv[i] + strlen ("--runs=")));
      else if (n_modules != NULL && g_str_has_prefix (argv[i], "--modules="))
        *n_modules = MAX (1, atoi (argv[i] + strlen ("--modules=")));
    }
}
