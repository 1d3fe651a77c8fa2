/* bench-label-layout.c — cost of the labelled layout with the Pango measurer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For 100, 1,000 and 10,000 modules (8 lanes, 24 months) at fit zoom on a
 * 1920-pixel screen (1720 px of timeline), reports the median over
 * --runs=N of:
 *   cold      a new measurer: every distinct text measured with Pango;
 *   warm      the layout again after a change (widths cached), as after a
 *             drag step or a zoom step;
 *   drag      one drag step: a module moved by a day through the
 *             trajectory, then the layout again;
 *   query     the boxes of one screenful (1720×1000) at the top;
 * for the sample titles (12 distinct), for titles that all differ (the
 * worst case for measuring), and for paper (wrapped titles, dates as the
 * second line).  Also the rows of the fullest lane and the total height.
 *
 *   bench-label-layout [--runs=N]
 */
#include "config.h"

#include <stdlib.h>

#include "core/lp-date.h"
#include "core/lp-sample.h"
#include "render/lp-label-layout.h"
#include "bench-util.h"

#define VIEW_W  1720.0
#define VIEW_H  1000.0

typedef enum {
  CASE_SAMPLE,
  CASE_DISTINCT,
  CASE_PAPER,
} Case;

static const char * const case_names[] = { "sample titles", "distinct titles", "paper, dates" };

static double
ms_since (gint64 t0)
{
  return (g_get_monotonic_time () - t0) / 1000.0;
}

static LpTrajectory *
make_trajectory (guint n_modules,
                 Case  c)
{
  LpTrajectory *t = lp_sample_generate (n_modules, 8, 24, 1234);

  if (c == CASE_DISTINCT)
    {
      GListModel *modules = lp_trajectory_get_modules (t);

      for (guint i = 0; i < n_modules; i++)
        {
          g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
          g_autofree char *title = g_strdup_printf ("%s (%u)", lp_module_get_title (m), i + 1);

          lp_module_set_title (m, title);
        }
    }
  return t;
}

static void
configure (LpLabelLayout *layout,
           Case           c)
{
  LpTrajectory *t = lp_label_layout_get_trajectory (layout);
  LpDate first = lp_date_month_start (lp_trajectory_get_span_start (t));
  LpDate last = lp_date_next_month (lp_trajectory_get_span_end (t)) - 1;
  LpLabelOptions options;

  lp_label_options_init (&options);
  if (c == CASE_PAPER)
    {
      options.fit = LP_LABEL_FIT_WRAP;
      options.detail = LP_LABEL_DETAIL_DATES;
    }
  lp_label_layout_set_options (layout, &options);
  /* (asking the layout for its range would lay it out) */
  lp_label_layout_set_scale (layout, VIEW_W / (last - first + 1));
}

static void
run_case (guint n_modules,
          Case  c,
          guint runs)
{
  g_autoptr(LpTrajectory) t = make_trajectory (n_modules, c);
  g_autofree double *cold = g_new (double, runs);
  g_autofree double *warm = g_new (double, runs);
  g_autofree double *query = g_new (double, runs);
  g_autofree double *drag = g_new (double, runs);
  LpRect view = { 0, 0, VIEW_W, VIEW_H };
  guint max_rows = 0, n_visible = 0;
  double height = 0;

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(LpLabelLayout) layout = lp_label_layout_new (t);
      g_autoptr(LpLabelMeasurer) measurer = lp_label_measurer_new_pango (NULL);
      double scale;
      gint64 t0;

      lp_label_layout_set_measurer (layout, measurer);
      configure (layout, c);

      t0 = g_get_monotonic_time ();
      lp_label_layout_update (layout);
      cold[r] = ms_since (t0);

      /* a zoom step: everything re-packed, nothing measured */
      scale = lp_label_layout_get_scale (layout);
      lp_label_layout_set_scale (layout, scale * 1.001);
      t0 = g_get_monotonic_time ();
      lp_label_layout_update (layout);
      warm[r] = ms_since (t0);

      {
        g_autoptr(LpModule) m = g_list_model_get_item (lp_trajectory_get_modules (t), n_modules / 2);
        int dir = r % 2 ? -1 : 1;

        t0 = g_get_monotonic_time ();
        lp_trajectory_move_module (t, m, lp_module_get_track (m), lp_module_get_start (m) + dir,
                                   lp_module_get_end (m) + dir);
        lp_label_layout_update (layout);
        drag[r] = ms_since (t0);
      }

      t0 = g_get_monotonic_time ();
      for (guint q = 0; q < 100; q++)
        {
          g_autoptr(GPtrArray) boxes = lp_label_layout_query (layout, &view);
          n_visible = boxes->len;
        }
      query[r] = ms_since (t0) / 100;

      height = lp_label_layout_get_height (layout);
      max_rows = 0;
      for (guint i = 0; i < lp_label_layout_get_n_lanes (layout); i++)
        {
          guint rows;
          lp_label_layout_get_lane (layout, i, NULL, NULL, &rows);
          max_rows = MAX (max_rows, rows);
        }
    }

  g_print ("%8u  %-16s %9.2f ms %9.2f ms %9.2f ms %9.3f ms %8u %9u %10.0f px\n",
           n_modules, case_names[c], bench_median (cold, runs), bench_median (warm, runs), bench_median (drag, runs),
           bench_median (query, runs),
           n_visible, max_rows, height);
}

int
main (int   argc,
      char *argv[])
{
  static const guint sizes[] = { 100, 1000, 10000 };
  guint runs = 5;

  bench_parse_args (argc, argv, &runs, NULL);

  g_print ("bench-label-layout: 8 lanes, 24 months, fit zoom (%.0f px), Pango measurer, "
           "median of %u runs\n", VIEW_W, runs);
  g_print ("%8s  %-16s %12s %12s %12s %12s %8s %9s %13s\n", "modules", "case", "cold layout",
           "warm layout", "drag step", "query", "visible", "max rows", "height");
  for (guint c = CASE_SAMPLE; c <= CASE_PAPER; c++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      run_case (sizes[s], c, runs);
  return 0;
}
