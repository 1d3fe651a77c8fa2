/* test-painter-calendar.c — holiday columns and problem marks drawn by the
 * painter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/lp-comment-edit.h"

#include "render/lp-timeline-painter.h"
#include "render-test-util.h"

#define D(d, m, y) lp_date_from_dmy ((d), (m), (y))
#define SCALE 20.0   /* px per day */

static cairo_surface_t *
paint (LpTimelinePainter *painter, const LpRect *visible, const LpPaintState *state)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) visible->width,
                                                         (int) visible->height);
  cairo_t *cr = cairo_create (surface);

  cairo_translate (cr, -visible->x, -visible->y);
  lp_timeline_painter_draw_body (painter, cr, visible, state);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Pixels that differ between two surfaces of one size, inside [x0, x1) × [y0, y1). */
static guint
count_differences (cairo_surface_t *a, cairo_surface_t *b, int x0, int x1, int y0, int y1)
{
  int stride = cairo_image_surface_get_stride (a);
  const guint8 *da = cairo_image_surface_get_data (a), *db = cairo_image_surface_get_data (b);
  guint n = 0;

  for (int y = MAX (y0, 0); y < MIN (y1, cairo_image_surface_get_height (a)); y++)
    for (int x = MAX (x0, 0); x < MIN (x1, cairo_image_surface_get_width (a)); x++)
      n += memcmp (da + y * stride + x * 4, db + y * stride + x * 4, 3) != 0;
  return n;
}

/* King's Day 2026 (27 April) is hatched; the days around it are not. */
static void
test_holiday_column (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 4, 2026), D (31, 5, 2026), 2);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(LpTimelinePainter) painter = NULL;
  LpPaintState with, without;
  LpRect visible;
  cairo_surface_t *a, *b;
  int x0, x1;

  lp_timeline_layout_set_scale (layout, SCALE);
  painter = lp_timeline_painter_new (layout);
  visible = (LpRect) { 0, 0, lp_timeline_layout_get_width (layout), lp_timeline_layout_get_height (layout) };
  lp_paint_state_init (&with);
  lp_paint_state_init (&without);
  with.holidays = TRUE;
  a = paint (painter, &visible, &with);
  b = paint (painter, &visible, &without);
  x0 = (int) lp_timeline_layout_date_to_x (layout, D (27, 4, 2026));
  x1 = (int) lp_timeline_layout_date_to_x (layout, D (28, 4, 2026));
  g_assert_cmpuint (count_differences (a, b, x0 + 1, x1 - 1, 0, (int) visible.height), >, 0);
  /* 20–26 April hold no holiday (Easter Monday is the 6th) */
  g_assert_cmpuint (count_differences (a, b, (int) lp_timeline_layout_date_to_x (layout, D (20, 4, 2026)), x0 - 1,
                                       0, (int) visible.height), ==, 0);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

/* A module in the problem set gets a mark in its block's top-right corner. */
static void
test_problem_mark (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 9, 2026), D (31, 10, 2026), 1);
  LpModule *m = render_test_add (t, "m1", 0, D (7, 9, 2026), 3, NULL);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(LpTimelinePainter) painter = NULL;
  g_autoptr(GHashTable) set = g_hash_table_new (NULL, NULL);
  LpPaintState with, without;
  LpBlock block;
  LpRect visible;
  cairo_surface_t *a, *b;
  int right, top;

  lp_timeline_layout_set_scale (layout, SCALE);
  painter = lp_timeline_painter_new (layout);
  visible = (LpRect) { 0, 0, lp_timeline_layout_get_width (layout), lp_timeline_layout_get_height (layout) };
  g_hash_table_add (set, m);
  lp_paint_state_init (&with);
  lp_paint_state_init (&without);
  with.problem_modules = set;
  a = paint (painter, &visible, &with);
  b = paint (painter, &visible, &without);
  g_assert_true (lp_timeline_layout_get_block (layout, m, &block));
  right = (int) (block.rect.x + block.rect.width);
  top = (int) block.rect.y;
  g_assert_cmpuint (count_differences (a, b, right - 14, right + 1, top, top + 14), >, 0);
  /* nothing else changes */
  g_assert_cmpuint (count_differences (a, b, 0, right - 16, 0, (int) visible.height), ==, 0);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

/* Pixels that differ between a and b inside the circle (cx, cy, r); and
 * (in *outside) those that differ in the square of side 6r around it. */
static guint
differences_in_circle (cairo_surface_t *a, cairo_surface_t *b, double cx, double cy, double r, guint *outside)
{
  int stride = cairo_image_surface_get_stride (a);
  const guint8 *da = cairo_image_surface_get_data (a), *db = cairo_image_surface_get_data (b);
  guint in = 0;

  *outside = 0;
  for (int y = MAX ((int) (cy - 3 * r), 0); y < MIN ((int) (cy + 3 * r), cairo_image_surface_get_height (a)); y++)
    for (int x = MAX ((int) (cx - 3 * r), 0); x < MIN ((int) (cx + 3 * r), cairo_image_surface_get_width (a)); x++)
      if (memcmp (da + y * stride + x * 4, db + y * stride + x * 4, 3) != 0)
        {
          if (hypot (x + 0.5 - cx, y + 0.5 - cy) <= r)
            in++;
          else
            (*outside)++;
        }
  return in;
}

/* On a block with an open comment (a wide one, and one a few pixels wide),
 * the problem mark is drawn beside the comment badge, never on it. */
static void
test_problem_mark_beside_badge (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 9, 2026), D (31, 10, 2026), 2);
  LpModule *wide = render_test_add (t, "wide", 0, D (7, 9, 2026), 3, NULL);
  LpModule *narrow = render_test_add (t, "narrow", 1, D (7, 9, 2026), 1, NULL);
  LpModule *modules[] = { wide, narrow };
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(LpTimelinePainter) painter = NULL;
  g_autoptr(GHashTable) set = g_hash_table_new (NULL, NULL);
  LpPaintState with, without;
  LpRect visible;
  cairo_surface_t *a, *b;

  for (guint i = 0; i < G_N_ELEMENTS (modules); i++)
    {
      lp_trajectory_add_comment (t, modules[i], "Anne", D (2, 9, 2026), "Klopt dit?");
      g_hash_table_add (set, modules[i]);
    }
  lp_timeline_layout_set_scale (layout, 6.0);
  painter = lp_timeline_painter_new (layout);
  visible = (LpRect) { 0, 0, lp_timeline_layout_get_width (layout), lp_timeline_layout_get_height (layout) };
  lp_paint_state_init (&with);
  lp_paint_state_init (&without);
  with.problem_modules = set;
  a = paint (painter, &visible, &with);
  b = paint (painter, &visible, &without);
  for (guint i = 0; i < G_N_ELEMENTS (modules); i++)
    {
      LpBlock block;
      double cx, cy, r;
      guint outside;

      g_assert_true (lp_timeline_layout_get_block (layout, modules[i], &block));
      lp_timeline_painter_badge_circle (&block.rect, &cx, &cy, &r);
      g_assert_cmpuint (differences_in_circle (a, b, cx, cy, r, &outside), ==, 0);
      g_assert_cmpuint (outside, >, 0);
    }
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/painter-calendar/holiday-column", test_holiday_column);
  g_test_add_func ("/painter-calendar/problem-mark", test_problem_mark);
  g_test_add_func ("/painter-calendar/problem-mark-beside-badge", test_problem_mark_beside_badge);
  return g_test_run ();
}
