/* test-painter-series.c — members of a series linked by a thin line in the
 * module's colour, only between members in the same lane and row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "render/lp-timeline-painter.h"
#include "render-test-util.h"

#define D(d, m, y) lp_date_from_dmy ((d), (m), (y))
#define SCALE 20.0

static gboolean
pixel_is (Pixel         p,
          const double  rgb[3])
{
  return abs (p.r - (int) round (rgb[0] * 255)) <= 2
         && abs (p.g - (int) round (rgb[1] * 255)) <= 2
         && abs (p.b - (int) round (rgb[2] * 255)) <= 2;
}

static cairo_surface_t *
draw_body (LpTimelinePainter *painter,
           LpTimelineLayout  *layout)
{
  int width = (int) ceil (lp_timeline_layout_get_width (layout));
  int height = (int) ceil (lp_timeline_layout_get_height (layout));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  LpRect visible = { 0, 0, width, height };

  lp_timeline_painter_draw_body (painter, cr, &visible, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

/* The pixel in the middle of the row of module m, on day date (mid-day). */
static Pixel
pixel_at (cairo_surface_t  *surface,
          LpTimelineLayout *layout,
          LpModule         *m,
          LpDate            date)
{
  LpBlock block;

  g_assert_true (lp_timeline_layout_get_block (layout, m, &block));
  return get_pixel (surface, (int) (lp_timeline_layout_date_to_x (layout, date) + SCALE / 2),
                    (int) round (block.rect.y + block.rect.height / 2));
}

/* a (5–11 Oct) and b (19–25 Oct) in lane t0, c (2–8 Nov) in lane t1, all of
 * series "s1": the gap between a and b (Thu 15 Oct) shows the kind's colour
 * at the middle of their row; the gap after b (Thu 29 Oct, where c is in
 * another lane) does not; once b leaves the series, neither gap does. */
static void
test_link_between_members (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 9, 2026), D (31, 12, 2026), 2);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(LpTimelinePainter) painter = lp_timeline_painter_new (layout);
  LpModule *a = render_test_add (t, "a", 0, D (5, 10, 2026), 7, "contradiction");
  LpModule *b = render_test_add (t, "b", 0, D (19, 10, 2026), 7, "contradiction");
  LpModule *c = render_test_add (t, "c", 1, D (2, 11, 2026), 7, "contradiction");
  cairo_surface_t *surface;
  double rgb[3];
  LpBlock ba, bb;

  lp_kind_get_rgb (lp_trajectory_get_module_kind (t, a), rgb);
  lp_module_set_title (a, "A");
  lp_module_set_title (b, "B");
  lp_module_set_title (c, "C");
  lp_module_set_series (a, "s1");
  lp_module_set_series (b, "s1");
  lp_module_set_series (c, "s1");
  lp_timeline_layout_set_scale (layout, SCALE);
  g_assert_true (lp_timeline_layout_get_block (layout, a, &ba));
  g_assert_true (lp_timeline_layout_get_block (layout, b, &bb));
  g_assert_cmpuint (ba.row, ==, bb.row);

  surface = draw_body (painter, layout);
  g_assert_true (pixel_is (pixel_at (surface, layout, a, D (15, 10, 2026)), rgb));
  g_assert_false (pixel_is (pixel_at (surface, layout, b, D (29, 10, 2026)), rgb));
  cairo_surface_destroy (surface);

  lp_trajectory_set_string (t, b, "series", NULL);
  surface = draw_body (painter, layout);
  g_assert_false (pixel_is (pixel_at (surface, layout, a, D (15, 10, 2026)), rgb));
  cairo_surface_destroy (surface);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/series/link-between-members", test_link_between_members);

  return g_test_run ();
}
