/* bench-window.c — the real window with a large trajectory: time to the
 * first frame, one drag-move step, and resident memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test (needs a display: run under xvfb-run).  Performance goals:
 * window ≤ 400 ms, a drag step well under a 16 ms frame, ≤ 150 MB with
 * 10,000 modules.
 */
#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "core/lp-sample.h"
#include "io/lp-reader.h"
#include "ui/lp-timeline-view.h"
#include "ui/lp-window.h"

static long
rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *p;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  p = strstr (status, "VmRSS:");
  return p ? atol (p + 6) : -1;
}

static gboolean drawn;

static void
on_frame (GdkFrameClock *clock, gpointer data)
{
  drawn = TRUE;
}

int
main (int argc, char *argv[])
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 10000;
  g_autoptr(LpTrajectory) t = NULL;
  LpWindow *window;
  GtkWidget *view;
  gint64 t0, t1;
  long rss0;
  double step_ms[21];

  adw_init ();
  lp_reader_init ();
  rss0 = rss_kb ();
  t = lp_sample_generate (n, 6, 24, 2026);

  t0 = g_get_monotonic_time ();
  window = lp_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  lp_window_set_document (window, t);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)) ? gtk_widget_get_frame_clock (GTK_WIDGET (window)) : NULL,
                    "after-paint", G_CALLBACK (on_frame), NULL);
  while (!drawn)
    g_main_context_iteration (NULL, TRUE);
  t1 = g_get_monotonic_time ();

  /* find the timeline and time drag-move steps: move + relayout + frame */
  view = NULL;
  for (GtkWidget *w = GTK_WIDGET (window); w != NULL && view == NULL; )
    {
      if (LP_IS_TIMELINE_VIEW (w))
        view = w;
      else if (gtk_widget_get_first_child (w))
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          if (w != NULL)
            w = gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_nonnull (view);
  lp_timeline_view_set_scale (LP_TIMELINE_VIEW (view), 6);
  {
    LpModule *m = lp_trajectory_lookup_module (t, "m1");

    lp_trajectory_begin_group (t, "drag");
    for (int i = 0; i < 21; i++)
      {
        gint64 s = g_get_monotonic_time ();

        drawn = FALSE;
        lp_trajectory_move_module (t, m, NULL, lp_module_get_start (m) + (i % 2 ? -1 : 1),
                                   lp_module_get_end (m) + (i % 2 ? -1 : 1));
        gtk_widget_queue_draw (view);
        while (!drawn)
          g_main_context_iteration (NULL, TRUE);
        step_ms[i] = (g_get_monotonic_time () - s) / 1000.0;
      }
    lp_trajectory_end_group (t);
  }
  {
    double sorted[21];
    memcpy (sorted, step_ms, sizeof sorted);
    for (int i = 0; i < 21; i++)
      for (int j = i + 1; j < 21; j++)
        if (sorted[j] < sorted[i]) { double x = sorted[i]; sorted[i] = sorted[j]; sorted[j] = x; }
    g_print ("bench-window: %u modules, 1920×1080 window\n", n);
    g_print ("  first frame after creating the window  %7.1f ms (goal ≤ 400 ms)\n", (t1 - t0) / 1000.0);
    g_print ("  drag-move step to the next frame       %7.1f ms median (frame clock bound; goal < 16 ms of work)\n", sorted[10]);
    g_print ("  resident memory                        %7.1f MB (%.1f MB before the document; goal ≤ 150 MB)\n",
             rss_kb () / 1024.0, rss0 / 1024.0);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
