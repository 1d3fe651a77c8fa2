/* bench-render.c — cost of one timeline screen and of one drag step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws a 1920×1080 screen (header + lane names + body) into an image
 * surface with 100, 1,000 and 10,000 modules and reports the median frame
 * time; then the cost of one drag-move step (move one block by a day,
 * re-layout, redraw the visible area).  Saves one frame per size as PNG
 * (bench-render-MODULES-TRACKS.png in $BENCH_OUTPUT_DIR, else the temporary
 * directory).
 *
 *   bench-render [--frames=N] [--scale=PX_PER_DAY | --fit]
 *
 * --fit: each trajectory at the scale where its whole period fills the
 * width (every label on screen).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/lp-date.h"
#include "core/lp-trajectory.h"
#include "render/lp-timeline-painter.h"
#include "bench-util.h"

#if defined(__has_include)
# if __has_include("core/lp-sample.h")
#  include "core/lp-sample.h"
#  define HAVE_SAMPLE 1
# endif
#endif

#ifndef HAVE_SAMPLE
# include "../render/render-test-util.h"
#endif

#define WIDTH      1920
#define HEIGHT     1080
#define NAMES_W    LP_TIMELINE_NAME_COLUMN

static LpTrajectory *
make_trajectory (guint n_modules,
                 guint n_tracks)
{
#ifdef HAVE_SAMPLE
  return lp_sample_generate (n_modules, n_tracks, 24, 1234);
#else
  return render_test_generate (n_modules, n_tracks, 24, 1234);
#endif
}

/* The window's frame: header, lane names, corner and body (with labels). */
static void
draw_screen (LpTimelinePainter  *painter,
             cairo_t            *cr,
             double              scroll_x,
             double              scroll_y,
             const LpPaintState *state)
{
  lp_timeline_painter_draw_frame (painter, cr, WIDTH, HEIGHT, scroll_x, scroll_y, state);
}

int
main (int   argc,
      char *argv[])
{
  /* The last case has the on-screen density of 1,000 modules on 8 tracks
   * in a file ten times larger: its frame should cost the same. */
  static const guint sizes[] = { 100, 1000, 10000, 10000 };
  static const guint lanes[] = { 8, 8, 8, 80 };
  guint frames = 200;
  double scale = 6.0;
  gboolean fit = FALSE;
  char scale_text[32];
  const char *outdir = g_getenv ("BENCH_OUTPUT_DIR");

  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--frames="))
        frames = MAX (1, atoi (argv[i] + 9));
      else if (g_str_has_prefix (argv[i], "--scale="))
        scale = g_ascii_strtod (argv[i] + 8, NULL);
      else if (strcmp (argv[i], "--fit") == 0)
        fit = TRUE;
    }
  if (outdir == NULL)
    outdir = g_get_tmp_dir ();

  g_snprintf (scale_text, sizeof scale_text, "%.2f px/day", scale);
  g_print ("bench-render: %dx%d screen, scale %s, %u frames, median ms%s\n",
           WIDTH, HEIGHT, fit ? "fit" : scale_text, frames,
#ifdef HAVE_SAMPLE
           ""
#else
           " (local generator)"
#endif
           );
  g_print ("%8s %6s %8s %12s %10s %12s %14s %14s\n", "modules", "tracks", "visible", "full layout", "frame",
           "first frame", "drag step", "move+layout");

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(LpTrajectory) t = NULL;
      g_autoptr(LpTimelineLayout) layout = NULL;
      g_autoptr(LpTimelinePainter) painter = NULL;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
      cairo_t *cr = cairo_create (surface);
      g_autofree double *times = g_new (double, frames);
      g_autofree double *relayout = g_new (double, frames);
      LpPaintState state;
      gint64 t0;
      double setup_ms, first_ms, scroll_x;
      guint n_visible;
      LpModule *drag = NULL;
      LpBlock drag_block;

      t = make_trajectory (sizes[s], lanes[s]);
      t0 = g_get_monotonic_time ();
      layout = lp_timeline_layout_new (t);
      painter = lp_timeline_painter_new (layout);   /* measures labels in its font */
      if (fit)
        scale = (WIDTH - NAMES_W - 8)
                / (double) (lp_timeline_layout_get_last_date (layout) - lp_timeline_layout_get_first_date (layout) + 1);
      lp_timeline_layout_set_scale (layout, scale);
      lp_timeline_layout_get_height (layout);   /* force the layout */
      setup_ms = (g_get_monotonic_time () - t0) / 1000.0;

      lp_paint_state_init (&state);
      state.today = lp_date_from_dmy (15, 2, 2027);
      if (state.today < lp_timeline_layout_get_first_date (layout)
          || state.today > lp_timeline_layout_get_last_date (layout))
        state.today = lp_timeline_layout_get_first_date (layout) + 120;
      scroll_x = lp_timeline_layout_date_to_x (layout, state.today) - 600;
      scroll_x = CLAMP (scroll_x, 0, MAX (0, lp_timeline_layout_get_width (layout) - (WIDTH - NAMES_W)));

      {
        LpRect view = { scroll_x, 0, WIDTH - NAMES_W, HEIGHT - lp_timeline_painter_get_header_height (painter) };
        g_autoptr(GArray) blocks = lp_timeline_layout_query (layout, &view);
        n_visible = blocks->len;
      }

      t0 = g_get_monotonic_time ();
      draw_screen (painter, cr, scroll_x, 0, &state);
      first_ms = (g_get_monotonic_time () - t0) / 1000.0;

      /* steady state: scroll a few pixels per frame, like a pan */
      for (guint f = 0; f < frames; f++)
        {
          double sx = scroll_x + (f % 40) * 3.0;

          t0 = g_get_monotonic_time ();
          draw_screen (painter, cr, sx, 0, &state);
          times[f] = (g_get_monotonic_time () - t0) / 1000.0;
        }
      {
        double frame_ms = bench_median (times, frames);

        /* a block in view to drag: the first visible one */
        {
          double hh = lp_timeline_painter_get_header_height (painter);
          LpRect visible = { scroll_x + 300, 0, 800, HEIGHT - hh };
          g_autoptr(GArray) blocks = lp_timeline_layout_query (layout, &visible);

          if (blocks->len > 0)
            {
              drag_block = g_array_index (blocks, LpBlock, blocks->len / 2);
              drag = drag_block.module;
              state.selected = drag;
            }
        }

        if (drag != NULL)
          {
            GListModel *tracks = lp_trajectory_get_tracks (t);
            g_autoptr(LpTrack) track = g_list_model_get_item (tracks, drag_block.track);

            lp_trajectory_begin_group (t, "drag");
            for (guint f = 0; f < frames; f++)
              {
                int dir = (f / 10) % 2 ? -1 : 1;   /* back and forth */
                LpDate start = lp_module_get_start (drag) + dir;
                LpDate end = lp_module_get_end (drag) + dir;

                gint64 t1;

                t0 = g_get_monotonic_time ();
                lp_trajectory_move_module (t, drag, track, start, end);
                lp_timeline_layout_get_height (layout);   /* re-stack now */
                t1 = g_get_monotonic_time ();
                draw_screen (painter, cr, scroll_x, 0, &state);
                times[f] = (g_get_monotonic_time () - t0) / 1000.0;
                relayout[f] = (t1 - t0) / 1000.0;
              }
            lp_trajectory_end_group (t);
            g_print ("%8u %6u %8u %9.2f ms %7.3f ms %9.2f ms %11.3f ms %11.3f ms\n",
                     sizes[s], lanes[s], n_visible, setup_ms, frame_ms, first_ms, bench_median (times, frames),
                     bench_median (relayout, frames));
          }
        else
          g_print ("%8u %6u %8u %9.2f ms %7.3f ms %9.2f ms %14s\n",
                   sizes[s], lanes[s], n_visible, setup_ms, frame_ms, first_ms, "(no block)");
      }

      {
        g_autofree char *name = g_strdup_printf ("bench-render-%u-%u.png", sizes[s], lanes[s]);
        g_autofree char *path = g_build_filename (outdir, name, NULL);

        state.selected = drag;
        draw_screen (painter, cr, scroll_x, 0, &state);
        if (cairo_surface_write_to_png (surface, path) == CAIRO_STATUS_SUCCESS)
          g_print ("%8s frame saved as %s\n", "", path);
      }

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  return 0;
}
