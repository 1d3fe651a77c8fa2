/* render-test-util.h — small helpers shared by the render tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>
#include <cairo.h>

#include "core/lp-date.h"
#include "core/lp-trajectory.h"

/* A trajectory with tracks t0..t(n-1) and nothing else. */
typedef struct {
  guint8 r, g, b;
} Pixel;

/* The colour at (x, y) of an opaque image surface (RGB24 or ARGB32 drawn
 * opaque: no un-premultiplying needed). */
static inline Pixel
get_pixel (cairo_surface_t *surface,
           int              x,
           int              y)
{
  const guint8 *data;
  guint32 v;
  Pixel p;

  cairo_surface_flush (surface);
  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));
  data = cairo_image_surface_get_data (surface);
  memcpy (&v, data + y * cairo_image_surface_get_stride (surface) + x * 4, 4);
  p.r = (v >> 16) & 0xff;
  p.g = (v >> 8) & 0xff;
  p.b = v & 0xff;
  return p;
}

static inline LpTrajectory *
render_test_trajectory (LpDate start,
                        LpDate end,
                        guint  n_tracks)
{
  LpTrajectory *t = lp_trajectory_new ();

  lp_trajectory_load_set_header (t, "Test", NULL, NULL, NULL, start, end);
  for (guint i = 0; i < n_tracks; i++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", i);
      g_autofree char *name = g_strdup_printf ("Track %u", i);
      g_autoptr(LpTrack) track = lp_track_new (id, name, LP_TRACK_GROUP_OFFICIALS);

      lp_trajectory_load_track (t, track);
    }
  return t;
}

static inline LpTrack *
render_test_track (LpTrajectory *t,
                   guint         index)
{
  g_autoptr(LpTrack) track = g_list_model_get_item (lp_trajectory_get_tracks (t), index);
  return track;   /* borrowed: the trajectory keeps it */
}

/* Adds (without history) a module on track index, from start for days. */
static inline LpModule *
render_test_add (LpTrajectory *t,
                 const char   *id,
                 guint         track,
                 LpDate        start,
                 guint         days,
                 const char   *kind)
{
  g_autoptr(LpModule) m = lp_module_new (id);

  lp_module_set_kind_id (m, kind != NULL ? kind : "contradiction");
  lp_module_set_track (m, render_test_track (t, track));
  lp_module_set_start (m, start);
  lp_module_set_end (m, start + days - 1);
  lp_module_set_status (m, LP_STATUS_CONFIRMED);
  lp_trajectory_load_module (t, m);
  return m;   /* borrowed */
}

/* A random trajectory (deterministic for a seed), independent of the core
 * sample generator so that these tests pin their own data. */
static inline LpTrajectory *
render_test_generate (guint   n_modules,
                      guint   n_tracks,
                      guint   n_months,
                      guint32 seed)
{
  static const char *kinds[] = { "contradiction", "empathy", "intervision",
                                 "two-day-session", "evaluation", "leadership-meeting" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  LpDate start = lp_date_from_dmy (1, 9, 2026);
  LpDate end = start;
  LpTrajectory *t;
  guint span;

  for (guint i = 0; i < n_months; i++)
    end = lp_date_next_month (end);
  end -= 1;
  span = end - start + 1;
  t = render_test_trajectory (start, end, n_tracks);

  for (guint i = 0; i < n_modules; i++)
    {
      g_autofree char *id = g_strdup_printf ("m%u", i);
      guint days = g_rand_int_range (rand, 0, 10) == 0 ? g_rand_int_range (rand, 5, 40)
                                                       : g_rand_int_range (rand, 1, 4);
      LpDate s = start + g_rand_int_range (rand, 0, span - days + 1);
      LpModule *m = render_test_add (t, id, g_rand_int_range (rand, 0, n_tracks), s, days,
                                     kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (kinds))]);

      lp_module_set_status (m, g_rand_int_range (rand, 0, LP_N_STATUSES));
    }
  return t;
}
