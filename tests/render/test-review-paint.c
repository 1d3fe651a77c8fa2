/* test-review-paint.c — the open-comment badge and the filter's dimming, as
 * colours at the computed coordinates of a block
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/lp-comment-edit.h"
#include "render/lp-timeline-painter.h"
#include "render-test-util.h"

#define D(d, m, y) lp_date_from_dmy (d, m, y)

static Pixel
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  return get_pixel (surface, (int) floor (x), (int) floor (y));
}

static gboolean
near (Pixel p, int r, int g, int b, int tolerance)
{
  return abs (p.r - r) <= tolerance && abs (p.g - g) <= tolerance && abs (p.b - b) <= tolerance;
}

static cairo_surface_t *
draw (LpTimelinePainter  *painter,
      const LpPaintState *state)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 900, 300);
  cairo_t *cr = cairo_create (surface);
  LpRect visible = { 0, 0, 900, 300 };

  lp_timeline_painter_draw_body (painter, cr, &visible, state);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

/* Two long blocks of a kind coloured #c061cb: m1 (confirmed) on lane 0,
 * m2 (done) on lane 1. */
static LpTrajectory *
two_blocks (LpModule **m1,
            LpModule **m2)
{
  LpTrajectory *t = render_test_trajectory (D (1, 1, 2027), D (31, 3, 2027), 2);
  g_autoptr(LpKind) kind = lp_kind_new ("k1");

  lp_kind_set_name (kind, "Adviesnota");
  lp_kind_set_theme_id (kind, "communication");
  lp_kind_set_color (kind, "#c061cb");
  lp_trajectory_load_kind (t, kind);
  *m1 = render_test_add (t, "m1", 0, D (5, 1, 2027), 30, "k1");
  *m2 = render_test_add (t, "m2", 1, D (5, 1, 2027), 30, "k1");
  lp_module_set_status (*m2, LP_STATUS_DONE);
  return t;
}

static void
test_badge (void)
{
  LpModule *m1, *m2;
  g_autoptr(LpTrajectory) t = two_blocks (&m1, &m2);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(LpTimelinePainter) painter = lp_timeline_painter_new (layout);
  LpPaintState state;
  LpBlock b;
  cairo_surface_t *surface;
  double cx, cy, r;
  Pixel p;

  lp_timeline_layout_set_scale (layout, 6);
  lp_paint_state_init (&state);
  g_assert_true (lp_timeline_layout_get_block (layout, m1, &b));
  lp_timeline_painter_badge_circle (&b.rect, &cx, &cy, &r);
  g_assert_cmpfloat (r, >=, 4);

  /* no comments: the block's own colour at the badge's rim */
  surface = draw (painter, &state);
  p = pixel_at (surface, cx - r + 2, cy + 1);
  g_assert_false (near (p, 0xe0, 0x61, 0x00, 30));
  cairo_surface_destroy (surface);

  /* one open comment: an orange disc */
  lp_trajectory_add_comment (t, m1, "Anne", D (2, 11, 2026), "Te vroeg");
  surface = draw (painter, &state);
  p = pixel_at (surface, cx - r + 2, cy + 1);
  g_assert_true (near (p, 0xe0, 0x61, 0x00, 30));
  cairo_surface_destroy (surface);

  /* the participant version's flag leaves it out */
  state.flags |= LP_PAINT_NO_BADGES | LP_PAINT_PRINT;
  surface = draw (painter, &state);
  p = pixel_at (surface, cx - r + 2, cy + 1);
  g_assert_false (near (p, 0xe0, 0x61, 0x00, 30));
  cairo_surface_destroy (surface);
  state.flags = LP_PAINT_SCREEN;

  /* resolved: no open comments, no badge */
  lp_trajectory_set_comment_resolved (t, m1, 0, TRUE);
  surface = draw (painter, &state);
  p = pixel_at (surface, cx - r + 2, cy + 1);
  g_assert_false (near (p, 0xe0, 0x61, 0x00, 30));
  cairo_surface_destroy (surface);
}

static void
test_filter_dims (void)
{
  LpModule *m1, *m2;
  g_autoptr(LpTrajectory) t = two_blocks (&m1, &m2);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(LpTimelinePainter) painter = lp_timeline_painter_new (layout);
  g_autoptr(LpModuleFilter) filter = lp_module_filter_new ();
  LpPaintState state;
  LpBlock b1, b2;
  cairo_surface_t *surface;
  double x1, y1, x2, y2;
  Pixel full1, full2, p;

  lp_timeline_layout_set_scale (layout, 6);
  lp_paint_state_init (&state);
  g_assert_true (lp_timeline_layout_get_block (layout, m1, &b1));
  g_assert_true (lp_timeline_layout_get_block (layout, m2, &b2));
  /* the right part of each block, left of any check mark: no text there */
  x1 = b1.rect.x + b1.rect.width - 40;
  y1 = b1.rect.y + b1.rect.height - 4;
  x2 = b2.rect.x + b2.rect.width - 40;
  y2 = b2.rect.y + b2.rect.height - 4;

  surface = draw (painter, &state);
  full1 = pixel_at (surface, x1, y1);
  full2 = pixel_at (surface, x2, y2);
  cairo_surface_destroy (surface);
  g_assert_true (near (full1, 0xc0, 0x61, 0xcb, 3));

  /* only "done": m2 as before, m1 dimmed towards the white lane */
  filter->status = LP_STATUS_DONE;
  state.filter = filter;
  surface = draw (painter, &state);
  p = pixel_at (surface, x2, y2);
  g_assert_true (near (p, full2.r, full2.g, full2.b, 2));
  p = pixel_at (surface, x1, y1);
  g_assert_true (near (p, (int) round (255 + (0xc0 - 255) * LP_PAINT_DIM_ALPHA),
                       (int) round (255 + (0x61 - 255) * LP_PAINT_DIM_ALPHA),
                       (int) round (255 + (0xcb - 255) * LP_PAINT_DIM_ALPHA), 4));
  cairo_surface_destroy (surface);

  /* lane t0 and theme "communication": m1 in full, m2 dimmed */
  filter->status = -1;
  filter->track_id = g_strdup ("t0");
  filter->theme_id = g_strdup ("communication");
  surface = draw (painter, &state);
  p = pixel_at (surface, x1, y1);
  g_assert_true (near (p, 0xc0, 0x61, 0xcb, 3));
  p = pixel_at (surface, x2, y2);
  g_assert_false (near (p, full2.r, full2.g, full2.b, 20));
  cairo_surface_destroy (surface);

  /* another theme: m1 no longer matches */
  g_free (filter->theme_id);
  filter->theme_id = g_strdup ("leadership");
  g_assert_false (lp_module_filter_matches (filter, t, m1));
  g_assert_true (lp_module_filter_is_active (filter));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/review/badge", test_badge);
  g_test_add_func ("/render/review/filter-dims", test_filter_dims);
  return g_test_run ();
}
