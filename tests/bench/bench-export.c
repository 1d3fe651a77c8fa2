/* bench-export.c — PDF export of a 500-module, 24-month trajectory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: prints medians and sizes; performance goal: overview ≤ 500 ms.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "core/lp-sample.h"
#include "io/lp-pdf-export.h"
#include "bench-util.h"

static void
measure (LpTrajectory *t, gboolean booklet, guint runs, const char *path)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  LpExportOptions options;
  GStatBuf st;

  lp_export_options_init (&options);
  options.booklet = booklet;
  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(GError) error = NULL;
      gint64 t0 = g_get_monotonic_time ();
      double ms;

      g_assert_true (lp_pdf_export (t, &options, path, &error));
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      g_array_append_val (times, ms);
    }
  g_stat (path, &st);
  g_print ("  %-22s %7.1f ms  %6.0f kB\n", booklet ? "overview + booklet" : "overview",
           bench_median_of (times), st.st_size / 1024.0);
}

int
main (int argc, char *argv[])
{
  guint runs = argc > 1 ? (guint) MAX (1, atoi (argv[1])) : 7;
  g_autoptr(LpTrajectory) t = lp_sample_generate (500, 6, 24, 500);
  g_autofree char *dir = g_dir_make_tmp ("lp-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "export.pdf", NULL);

  g_print ("bench-export: 500 modules, 6 tracks, 24 months, A4, median of %u runs\n", runs);
  measure (t, FALSE, runs, path);
  measure (t, TRUE, MAX (runs / 2, 1), path);
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
