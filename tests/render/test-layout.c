/* test-layout.c — LpTimelineLayout: pure geometry, no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "render/lp-timeline-layout.h"
#include "render-test-util.h"

#define D(d, m, y) lp_date_from_dmy ((d), (m), (y))

static void
test_range (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (14, 9, 2026), D (10, 2, 2027), 1);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  guint days = D (28, 2, 2027) - D (1, 9, 2026) + 1;

  g_assert_cmpuint (lp_timeline_layout_get_first_date (layout), ==, D (1, 9, 2026));
  g_assert_cmpuint (lp_timeline_layout_get_last_date (layout), ==, D (28, 2, 2027));

  lp_timeline_layout_set_scale (layout, 4.0);
  g_assert_cmpfloat_with_epsilon (lp_timeline_layout_get_width (layout), days * 4.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (lp_timeline_layout_date_to_x (layout, D (1, 9, 2026)), 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (lp_timeline_layout_date_to_x (layout, D (2, 9, 2026)), 4.0, 1e-9);

  /* clamped at both ends */
  g_assert_cmpuint (lp_timeline_layout_x_to_date (layout, -50), ==, D (1, 9, 2026));
  g_assert_cmpuint (lp_timeline_layout_x_to_date (layout, 1e9), ==, D (28, 2, 2027));
  g_assert_cmpuint (lp_timeline_layout_x_to_date (layout, lp_timeline_layout_get_width (layout) - 0.01),
                    ==, D (28, 2, 2027));

  /* the period follows the trajectory */
  lp_trajectory_set_span (t, D (31, 12, 2026), D (1, 1, 2027));
  g_assert_cmpuint (lp_timeline_layout_get_first_date (layout), ==, D (1, 12, 2026));
  g_assert_cmpuint (lp_timeline_layout_get_last_date (layout), ==, D (31, 1, 2027));
}

static void
test_date_x (void)
{
  static const double scales[] = { 0.5, 1.0, 3.0, 6.5, 7.0 / 3.0, 37.0, 200.0 };
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 1, 2026), D (31, 12, 2028), 1);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  LpDate first = D (1, 1, 2026), last = D (31, 12, 2028);

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      lp_timeline_layout_set_scale (layout, scales[s]);
      g_assert_cmpfloat (lp_timeline_layout_get_scale (layout), ==, scales[s]);

      for (LpDate d = first; d <= last; d++)
        {
          double x = lp_timeline_layout_date_to_x (layout, d);

          g_assert_cmpfloat_with_epsilon (x, (d - first) * scales[s], 1e-6);
          g_assert_cmpuint (lp_timeline_layout_x_to_date (layout, x), ==, d);
          /* anywhere inside the day's column */
          g_assert_cmpuint (lp_timeline_layout_x_to_date (layout, x + scales[s] * 0.5), ==, d);
          g_assert_cmpuint (lp_timeline_layout_x_to_date (layout, x + scales[s] * 0.999), ==, d);
        }
    }
}

static void
test_tracks (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 1, 2027), D (30, 6, 2027), 3);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  double rh = lp_timeline_layout_get_row_height (layout);
  double y, h, prev_end = 0;

  /* two overlapping blocks in lane 1 */
  render_test_add (t, "a", 1, D (5, 1, 2027), 5, NULL);
  render_test_add (t, "b", 1, D (7, 1, 2027), 5, NULL);

  g_assert_cmpuint (lp_timeline_layout_get_n_lanes (layout), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (lp_timeline_layout_get_lane (layout, i, &y, &h));
      g_assert_cmpfloat_with_epsilon (y, prev_end, 1e-9);
      g_assert_cmpint (lp_timeline_layout_track_at_y (layout, y), ==, (int) i);
      g_assert_cmpint (lp_timeline_layout_track_at_y (layout, y + h / 2), ==, (int) i);
      g_assert_cmpint (lp_timeline_layout_track_at_y (layout, y + h - 0.01), ==, (int) i);
      prev_end = y + h;
    }
  g_assert_false (lp_timeline_layout_get_lane (layout, 3, &y, &h));
  g_assert_cmpint (lp_timeline_layout_track_at_y (layout, -1), ==, -1);
  g_assert_cmpint (lp_timeline_layout_track_at_y (layout, prev_end), ==, -1);
  g_assert_cmpfloat_with_epsilon (lp_timeline_layout_get_height (layout), prev_end, 1e-9);

  /* lane height = max (1, rows) * row height + padding */
  {
    double h0, h1;
    lp_timeline_layout_get_lane (layout, 0, NULL, &h0);
    lp_timeline_layout_get_lane (layout, 1, NULL, &h1);
    g_assert_cmpuint (lp_timeline_layout_get_n_rows (layout, 0), ==, 0);
    g_assert_cmpuint (lp_timeline_layout_get_n_rows (layout, 1), ==, 2);
    g_assert_cmpfloat_with_epsilon (h1 - h0, rh, 1e-9);
  }
}

static guint
row_of (LpTimelineLayout *layout,
        LpModule         *m)
{
  LpBlock b;

  g_assert_true (lp_timeline_layout_get_block (layout, m, &b));
  return b.row;
}

static void
test_min_width (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 1, 2027), D (30, 6, 2027), 1);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  LpModule *a, *b;
  LpBlock ba, bb;

  /* two one-day modules two days apart */
  a = render_test_add (t, "a", 0, D (10, 1, 2027), 1, NULL);
  b = render_test_add (t, "b", 0, D (12, 1, 2027), 1, NULL);

  lp_timeline_layout_set_scale (layout, 6);
  lp_timeline_layout_get_block (layout, a, &ba);
  g_assert_cmpfloat_with_epsilon (ba.rect.width, 6, 1e-9);

  /* zoomed out, short blocks keep a grabbable width and never overlap
   * in one row */
  lp_timeline_layout_set_scale (layout, 1);
  lp_timeline_layout_get_block (layout, a, &ba);
  g_assert_cmpfloat (ba.rect.width, >=, 6);
  g_assert_true (lp_timeline_layout_get_block (layout, b, &bb));
  if (bb.row == ba.row)
    g_assert_cmpfloat (ba.rect.x + ba.rect.width, <=, bb.rect.x);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, ba.rect.x + 3, ba.rect.y + 3, NULL, NULL), ==, LP_HIT_BLOCK);

  lp_timeline_layout_set_scale (layout, 6);
  lp_timeline_layout_get_block (layout, a, &ba);
  g_assert_true (lp_timeline_layout_get_block (layout, b, &bb));
  if (bb.row == ba.row)
    g_assert_cmpfloat (ba.rect.x + ba.rect.width, <=, bb.rect.x);
}

static void
test_hit_test (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 1, 2027), D (30, 6, 2027), 2);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  LpModule *wide, *narrow, *hit = NULL;
  LpBlock b;
  int track = -5;
  double cy, ly, lh;

  lp_timeline_layout_set_scale (layout, 6.0);
  wide = render_test_add (t, "wide", 0, D (10, 1, 2027), 10, NULL);     /* 60 px */
  narrow = render_test_add (t, "narrow", 1, D (10, 1, 2027), 1, NULL);  /* 6 px */

  lp_timeline_layout_get_block (layout, wide, &b);
  cy = b.rect.y + b.rect.height / 2;
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, b.rect.x + b.rect.width / 2, cy, &hit, &track), ==, LP_HIT_BLOCK);
  g_assert_true (hit == wide);
  g_assert_cmpint (track, ==, 0);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, b.rect.x + 1, cy, &hit, NULL), ==, LP_HIT_BLOCK_START_EDGE);
  g_assert_true (hit == wide);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, b.rect.x + 5.9, cy, &hit, NULL), ==, LP_HIT_BLOCK_START_EDGE);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, b.rect.x + 6.1, cy, &hit, NULL), ==, LP_HIT_BLOCK);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, b.rect.x + b.rect.width - 1, cy, &hit, NULL), ==, LP_HIT_BLOCK_END_EDGE);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, b.rect.x + b.rect.width - 6.1, cy, &hit, NULL), ==, LP_HIT_BLOCK);
  /* just outside the block: the lane */
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, b.rect.x + b.rect.width + 1, cy, &hit, &track), ==, LP_HIT_LANE);
  g_assert_null (hit);
  g_assert_cmpint (track, ==, 0);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, b.rect.x - 1, cy, &hit, &track), ==, LP_HIT_LANE);

  /* a narrow block (6 px): all of it and 1 px either side (8 px around its
   * middle) select and move it; no resize edges */
  lp_timeline_layout_get_block (layout, narrow, &b);
  cy = b.rect.y + b.rect.height / 2;
  g_assert_cmpfloat (b.rect.width, <, 8);
  for (double dx = -0.9; dx < b.rect.width + 0.9; dx += 0.25)
    {
      hit = NULL;
      g_assert_cmpint (lp_timeline_layout_hit_test (layout, b.rect.x + dx, cy, &hit, &track), ==, LP_HIT_BLOCK);
      g_assert_true (hit == narrow);
      g_assert_cmpint (track, ==, 1);
    }
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, b.rect.x - 1.1, cy, &hit, NULL), ==, LP_HIT_LANE);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, b.rect.x + b.rect.width + 1.1, cy, &hit, NULL), ==, LP_HIT_LANE);

  /* lane padding above a block is the lane, outside everything is nothing */
  lp_timeline_layout_get_lane (layout, 1, &ly, &lh);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, b.rect.x + 3, ly + 0.5, &hit, &track), ==, LP_HIT_LANE);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, 10, ly + lh + 5, &hit, &track), ==, LP_HIT_NONE);
  g_assert_cmpint (track, ==, -1);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, -3, ly + 3, &hit, &track), ==, LP_HIT_NONE);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, lp_timeline_layout_get_width (layout) + 1, ly + 3,
                                                &hit, &track), ==, LP_HIT_NONE);
}

/* Zoomed out, a one-day block is drawn 6 px wide: it is hit within 8 px
 * around its middle and never on a resize edge; where it touches a
 * neighbour, the block under the point wins; a 15 px block keeps its resize
 * edges and 8 px in the middle. */
static void
test_hit_small (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 1, 2027), D (30, 6, 2027), 1);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  LpModule *a, *b, *c, *wide, *hit = NULL;
  LpBlock ba, bb, bc, bw;
  double cy, mc;

  a = render_test_add (t, "a", 0, D (10, 1, 2027), 1, NULL);
  b = render_test_add (t, "b", 0, D (12, 1, 2027), 1, NULL);
  c = render_test_add (t, "c", 0, D (1, 2, 2027), 1, NULL);
  wide = render_test_add (t, "wide", 0, D (1, 3, 2027), 5, NULL);
  lp_timeline_layout_set_scale (layout, 3);
  g_assert_true (lp_timeline_layout_get_block (layout, a, &ba));
  g_assert_true (lp_timeline_layout_get_block (layout, b, &bb));
  g_assert_true (lp_timeline_layout_get_block (layout, c, &bc));
  g_assert_true (lp_timeline_layout_get_block (layout, wide, &bw));
  g_assert_cmpfloat (bc.rect.width, <, 8);
  cy = bc.rect.y + bc.rect.height / 2;

  /* alone: 8 px around the middle, no edges */
  mc = bc.rect.x + bc.rect.width / 2;
  for (double x = mc - 3.9; x < mc + 4; x += 0.25)
    {
      hit = NULL;
      g_assert_cmpint (lp_timeline_layout_hit_test (layout, x, cy, &hit, NULL), ==, LP_HIT_BLOCK);
      g_assert_true (hit == c);
    }
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, mc - 4.1, cy, &hit, NULL), ==, LP_HIT_LANE);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, mc + 4.1, cy, &hit, NULL), ==, LP_HIT_LANE);

  /* a and b: each is hit on itself */
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, ba.rect.x + ba.rect.width / 2, ba.rect.y + 1, &hit, NULL), ==, LP_HIT_BLOCK);
  g_assert_true (hit == a);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, bb.rect.x + bb.rect.width / 2, bb.rect.y + 1, &hit, NULL), ==, LP_HIT_BLOCK);
  g_assert_true (hit == b);

  /* 15 px: edges of 3.5 px, 8 px in the middle */
  cy = bw.rect.y + bw.rect.height / 2;
  g_assert_cmpfloat_with_epsilon (bw.rect.width, 15, 1e-9);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, bw.rect.x + 1, cy, &hit, NULL), ==, LP_HIT_BLOCK_START_EDGE);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, bw.rect.x + 3.6, cy, &hit, NULL), ==, LP_HIT_BLOCK);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, bw.rect.x + 11.4, cy, &hit, NULL), ==, LP_HIT_BLOCK);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, bw.rect.x + 14, cy, &hit, NULL), ==, LP_HIT_BLOCK_END_EDGE);
  g_assert_true (hit == wide);
}

static int
compare_block_modules (gconstpointer a,
                       gconstpointer b)
{
  const LpBlock *ba = a, *bb = b;
  guintptr pa = (guintptr) ba->module, pb = (guintptr) bb->module;

  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

static GArray *
brute_force_query (LpTimelineLayout *layout,
                   LpTrajectory     *t,
                   const LpRect     *r)
{
  GListModel *modules = lp_trajectory_get_modules (t);
  GArray *result = g_array_new (FALSE, FALSE, sizeof (LpBlock));

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      LpBlock b;

      g_assert_true (lp_timeline_layout_get_block (layout, m, &b));
      if (b.rect.x < r->x + r->width && b.rect.x + b.rect.width > r->x
          && b.rect.y < r->y + r->height && b.rect.y + b.rect.height > r->y)
        g_array_append_val (result, b);
    }
  return result;
}

static void
assert_same_blocks (GArray *a,
                    GArray *b)
{
  g_array_sort (a, compare_block_modules);
  g_array_sort (b, compare_block_modules);
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const LpBlock *ba = &g_array_index (a, LpBlock, i);
      const LpBlock *bb = &g_array_index (b, LpBlock, i);

      g_assert_true (ba->module == bb->module);
      g_assert_cmpuint (ba->track, ==, bb->track);
      g_assert_cmpuint (ba->row, ==, bb->row);
      g_assert_cmpmem (&ba->rect, sizeof ba->rect, &bb->rect, sizeof bb->rect);
    }
}

static void
check_random_queries (LpTimelineLayout *layout,
                      LpTrajectory     *t,
                      GRand            *rand,
                      guint             n)
{
  double w = lp_timeline_layout_get_width (layout);
  double h = lp_timeline_layout_get_height (layout);

  for (guint q = 0; q < n; q++)
    {
      LpRect r;
      g_autoptr(GArray) got = NULL;
      g_autoptr(GArray) want = NULL;

      r.x = g_rand_double_range (rand, -100, w);
      r.y = g_rand_double_range (rand, -50, h);
      r.width = g_rand_double_range (rand, 0.5, w / 3);
      r.height = g_rand_double_range (rand, 0.5, h / 2);
      got = lp_timeline_layout_query (layout, &r);
      want = brute_force_query (layout, t, &r);

      /* query orders by lane then start */
      for (guint i = 1; i < got->len; i++)
        {
          const LpBlock *p = &g_array_index (got, LpBlock, i - 1);
          const LpBlock *c = &g_array_index (got, LpBlock, i);
          g_assert_true (p->track < c->track
                         || (p->track == c->track && lp_module_get_start (p->module) <= lp_module_get_start (c->module)));
        }
      assert_same_blocks (got, want);
    }
}

static void
test_query (void)
{
  static const double scales[] = { 0.5, 3.0, 24.0 };
  g_autoptr(LpTrajectory) t = render_test_generate (2000, 6, 24, 42);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      lp_timeline_layout_set_scale (layout, scales[s]);
      check_random_queries (layout, t, rand, 200);
    }

  /* the whole content returns everything */
  {
    LpRect all = { -1, -1, lp_timeline_layout_get_width (layout) + 2, lp_timeline_layout_get_height (layout) + 2 };
    g_autoptr(GArray) blocks = lp_timeline_layout_query (layout, &all);
    g_assert_cmpuint (blocks->len, ==, 2000);
  }
  /* an empty rectangle returns nothing */
  {
    LpRect none = { 10, 10, 0, 0 };
    g_autoptr(GArray) blocks = lp_timeline_layout_query (layout, &none);
    g_assert_cmpuint (blocks->len, ==, 0);
  }
}

/* Every block of a and of a freshly built layout agree. */
static void
assert_matches_fresh (LpTimelineLayout *layout,
                      LpTrajectory     *t)
{
  g_autoptr(LpTimelineLayout) fresh = lp_timeline_layout_new (t);
  LpRect all;
  g_autoptr(GArray) a = NULL;
  g_autoptr(GArray) b = NULL;

  lp_timeline_layout_set_scale (fresh, lp_timeline_layout_get_scale (layout));
  all.x = -1e6;
  all.y = -1e6;
  all.width = 2e6 + lp_timeline_layout_get_width (fresh);
  all.height = 2e6 + lp_timeline_layout_get_height (fresh);
  a = lp_timeline_layout_query (layout, &all);
  b = lp_timeline_layout_query (fresh, &all);
  g_assert_cmpfloat (lp_timeline_layout_get_height (layout), ==, lp_timeline_layout_get_height (fresh));
  assert_same_blocks (a, b);
}

static void
on_changed_count (gpointer  instance,
                  guint    *count)
{
  (*count)++;
}

static void
test_restack (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 1, 2027), D (30, 6, 2027), 2);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  LpModule *a, *b, *c;
  LpTrack *t0 = render_test_track (t, 0), *t1 = render_test_track (t, 1);
  guint changed = 0;
  double h_before, h_after;
  guint n_rows;

  /* a and b months apart: one row */
  a = render_test_add (t, "a", 0, D (4, 4, 2027), 3, NULL);
  b = render_test_add (t, "b", 0, D (10, 1, 2027), 3, NULL);
  c = render_test_add (t, "c", 1, D (10, 1, 2027), 3, NULL);
  g_assert_cmpuint (row_of (layout, a), ==, row_of (layout, b));
  n_rows = lp_timeline_layout_get_n_rows (layout, 0);
  lp_timeline_layout_get_lane (layout, 1, &h_before, NULL);

  g_signal_connect (layout, "changed", G_CALLBACK (on_changed_count), &changed);

  /* move a onto b: the lane grows by a row */
  lp_trajectory_move_module (t, a, t0, D (11, 1, 2027), D (13, 1, 2027));
  g_assert_cmpuint (changed, >, 0);
  g_assert_cmpuint (lp_timeline_layout_get_n_rows (layout, 0), >, n_rows);
  g_assert_cmpuint (row_of (layout, a), !=, row_of (layout, b));
  lp_timeline_layout_get_lane (layout, 1, &h_after, NULL);
  g_assert_cmpfloat (h_after, >, h_before);
  assert_matches_fresh (layout, t);

  /* move b to the other lane: b is in lane 1 */
  lp_trajectory_move_module (t, b, t1, D (11, 1, 2027), D (12, 1, 2027));
  g_assert_cmpuint (row_of (layout, a), ==, 0);
  {
    LpBlock blk;
    g_assert_true (lp_timeline_layout_get_block (layout, b, &blk));
    g_assert_cmpuint (blk.track, ==, 1);
  }
  assert_matches_fresh (layout, t);

  /* undo brings the old geometry back */
  lp_history_undo (lp_trajectory_get_history (t));
  assert_matches_fresh (layout, t);

  /* resize (end only) re-stacks too */
  lp_trajectory_set_uint (t, c, "end", D (20, 1, 2027));
  assert_matches_fresh (layout, t);

  /* add and remove */
  {
    g_autoptr(LpModule) m = lp_module_new ("new");
    lp_module_set_kind_id (m, "empathy");
    lp_module_set_track (m, t0);
    lp_module_set_start (m, D (12, 1, 2027));
    lp_module_set_end (m, D (12, 1, 2027));
    lp_trajectory_add_module (t, m);
    assert_matches_fresh (layout, t);
    lp_trajectory_remove_module (t, m);
    assert_matches_fresh (layout, t);
  }
}

static void
test_restack_random (void)
{
  g_autoptr(LpTrajectory) t = render_test_generate (600, 5, 12, 99);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  GListModel *modules = lp_trajectory_get_modules (t);
  LpDate first = lp_trajectory_get_span_start (t);
  LpDate last = lp_trajectory_get_span_end (t);

  lp_timeline_layout_set_scale (layout, 5);
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, g_rand_int_range (rand, 0, 600));
      guint track = g_rand_int_range (rand, 0, 5);
      guint days = lp_module_get_n_days (m);
      LpDate s = first + g_rand_int_range (rand, 0, last - first + 1 - days);

      lp_trajectory_move_module (t, m, render_test_track (t, track), s, s + days - 1);
      if (i % 20 == 0)
        {
          assert_matches_fresh (layout, t);
          check_random_queries (layout, t, rand, 10);
        }
    }
  assert_matches_fresh (layout, t);
}

static void
on_notify_count (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_zoom (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 1, 2027), D (30, 6, 2027), 1);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  guint notified = 0;

  g_assert_cmpfloat (LP_TIMELINE_MIN_SCALE, <, LP_TIMELINE_MAX_SCALE);
  g_assert_cmpfloat (LP_TIMELINE_MIN_SCALE, <=, 0.5);
  g_assert_cmpfloat (LP_TIMELINE_MAX_SCALE, >=, 100);

  g_signal_connect (layout, "notify::scale", G_CALLBACK (on_notify_count), &notified);
  lp_timeline_layout_set_scale (layout, 2.9);
  g_assert_false (lp_timeline_layout_shows_weeks (layout));
  lp_timeline_layout_set_scale (layout, 3.0);
  g_assert_true (lp_timeline_layout_shows_weeks (layout));
  lp_timeline_layout_set_scale (layout, 3.0);
  g_assert_cmpuint (notified, ==, 2);
  lp_timeline_layout_set_scale (layout, LP_TIMELINE_MAX_SCALE);
  g_assert_true (lp_timeline_layout_shows_weeks (layout));
  lp_timeline_layout_set_scale (layout, LP_TIMELINE_MIN_SCALE);
  g_assert_false (lp_timeline_layout_shows_weeks (layout));
  g_assert_cmpfloat (lp_timeline_layout_get_scale (layout), ==, LP_TIMELINE_MIN_SCALE);

  /* nonsense is clamped, never zero */
  lp_timeline_layout_set_scale (layout, 0);
  g_assert_cmpfloat (lp_timeline_layout_get_scale (layout), >, 0);
  lp_timeline_layout_set_scale (layout, 1e12);
  g_assert_cmpfloat (lp_timeline_layout_get_scale (layout), <, 1e6);
}

static void
test_month_ticks (void)
{
  /* 2028 is a leap year */
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (15, 11, 2027), D (3, 4, 2028), 1);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(GArray) ticks = NULL;
  g_autoptr(GArray) some = NULL;
  const LpTick *feb;

  lp_timeline_layout_set_scale (layout, 2.0);
  ticks = lp_timeline_layout_get_month_ticks (layout, 0, lp_timeline_layout_get_width (layout));
  g_assert_cmpuint (ticks->len, ==, 6);   /* Nov, Dec, Jan, Feb, Mar, Apr */
  g_assert_cmpuint (g_array_index (ticks, LpTick, 0).number, ==, 11);
  g_assert_cmpuint (g_array_index (ticks, LpTick, 0).year, ==, 2027);
  g_assert_cmpuint (g_array_index (ticks, LpTick, 0).date, ==, D (1, 11, 2027));
  g_assert_cmpfloat (g_array_index (ticks, LpTick, 0).x, ==, 0);
  g_assert_cmpuint (g_array_index (ticks, LpTick, 2).number, ==, 1);
  g_assert_cmpuint (g_array_index (ticks, LpTick, 2).year, ==, 2028);
  feb = &g_array_index (ticks, LpTick, 3);
  g_assert_cmpuint (feb->number, ==, 2);
  g_assert_cmpfloat_with_epsilon (feb->width, 29 * 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (feb->x, lp_timeline_layout_date_to_x (layout, D (1, 2, 2028)), 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (ticks, LpTick, 0).width, 30 * 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (ticks, LpTick, 1).width, 31 * 2.0, 1e-9);
  for (guint i = 1; i < ticks->len; i++)
    g_assert_cmpfloat_with_epsilon (g_array_index (ticks, LpTick, i).x,
                                    g_array_index (ticks, LpTick, i - 1).x + g_array_index (ticks, LpTick, i - 1).width,
                                    1e-9);

  /* a window inside February and the first day of March */
  some = lp_timeline_layout_get_month_ticks (layout, feb->x + 10, feb->x + feb->width + 1);
  g_assert_cmpuint (some->len, ==, 2);
  g_assert_cmpuint (g_array_index (some, LpTick, 0).number, ==, 2);
  g_assert_cmpuint (g_array_index (some, LpTick, 1).number, ==, 3);

  /* labels (English source strings under LC_ALL=C.UTF-8) */
  g_assert_cmpstr (lp_timeline_month_name (2, FALSE), ==, "February");
  g_assert_cmpstr (lp_timeline_month_name (9, FALSE), ==, "September");
  g_assert_cmpstr (lp_timeline_month_name (9, TRUE), ==, "Sep");
  g_assert_cmpstr (lp_timeline_month_name (5, TRUE), ==, "May");
  g_assert_cmpstr (lp_timeline_month_name (12, TRUE), ==, "Dec");
}

static void
test_week_ticks (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 12, 2026), D (31, 1, 2027), 1);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(GArray) ticks = NULL;
  gboolean seen53 = FALSE, seen1 = FALSE;

  lp_timeline_layout_set_scale (layout, 10.0);
  ticks = lp_timeline_layout_get_week_ticks (layout, 0, lp_timeline_layout_get_width (layout));
  /* 2026-12-01 is a Tuesday: the first week starts on Monday 30 November */
  g_assert_cmpuint (g_array_index (ticks, LpTick, 0).date, ==, D (30, 11, 2026));
  g_assert_cmpfloat_with_epsilon (g_array_index (ticks, LpTick, 0).x, -10.0, 1e-9);
  g_assert_cmpuint (g_array_index (ticks, LpTick, 0).number, ==, 49);

  for (guint i = 0; i < ticks->len; i++)
    {
      const LpTick *w = &g_array_index (ticks, LpTick, i);

      g_assert_cmpuint (lp_date_get_weekday (w->date), ==, 1);
      g_assert_cmpfloat_with_epsilon (w->width, 70.0, 1e-9);
      if (w->date == D (28, 12, 2026))
        {
          g_assert_cmpuint (w->number, ==, 53);
          g_assert_cmpuint (w->year, ==, 2026);
          seen53 = TRUE;
        }
      if (w->date == D (4, 1, 2027))
        {
          g_assert_cmpuint (w->number, ==, 1);
          g_assert_cmpuint (w->year, ==, 2027);
          seen1 = TRUE;
        }
    }
  g_assert_true (seen53);
  g_assert_true (seen1);
  /* last week: Monday 25 January 2027 (week 4) */
  g_assert_cmpuint (g_array_index (ticks, LpTick, ticks->len - 1).date, ==, D (25, 1, 2027));
  g_assert_cmpuint (g_array_index (ticks, LpTick, ticks->len - 1).number, ==, 4);

  /* a narrow window gives just the weeks it touches */
  {
    double x = lp_timeline_layout_date_to_x (layout, D (30, 12, 2026));
    g_autoptr(GArray) few = lp_timeline_layout_get_week_ticks (layout, x, x + 80);
    g_assert_cmpuint (few->len, ==, 2);
    g_assert_cmpuint (g_array_index (few, LpTick, 0).number, ==, 53);
    g_assert_cmpuint (g_array_index (few, LpTick, 1).number, ==, 1);
  }
}

static void
test_hidden (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 1, 2027), D (30, 6, 2027), 3);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  const gboolean hidden[] = { FALSE, TRUE };
  LpModule *m0, *m1;
  double y, h, y2;
  LpRect all;
  g_autoptr(GArray) blocks = NULL;

  m0 = render_test_add (t, "a", 0, D (4, 1, 2027), 3, NULL);
  m1 = render_test_add (t, "b", 1, D (4, 1, 2027), 3, NULL);
  render_test_add (t, "c", 2, D (4, 1, 2027), 3, NULL);

  lp_timeline_layout_set_hidden_tracks (layout, hidden, G_N_ELEMENTS (hidden));
  g_assert_true (lp_timeline_layout_is_track_hidden (layout, 1));
  g_assert_false (lp_timeline_layout_is_track_hidden (layout, 2));
  lp_timeline_layout_get_lane (layout, 1, &y, &h);
  g_assert_cmpfloat (h, ==, 0);
  lp_timeline_layout_get_lane (layout, 2, &y2, NULL);
  g_assert_cmpfloat (y2, ==, y);
  g_assert_cmpint (lp_timeline_layout_track_at_y (layout, y), ==, 2);

  all = (LpRect) { 0, 0, lp_timeline_layout_get_width (layout), lp_timeline_layout_get_height (layout) };
  blocks = lp_timeline_layout_query (layout, &all);
  g_assert_cmpuint (blocks->len, ==, 2);
  g_assert_true (g_array_index (blocks, LpBlock, 0).module == m0);
  g_assert_true (g_array_index (blocks, LpBlock, 1).module != m1);

  lp_timeline_layout_set_hidden_tracks (layout, NULL, 0);
  lp_timeline_layout_get_lane (layout, 1, NULL, &h);
  g_assert_cmpfloat (h, >, 0);
}

static void
test_empty (void)
{
  g_autoptr(LpTrajectory) t = lp_trajectory_new ();
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(LpTimelineLayout) none = lp_timeline_layout_new (NULL);
  LpRect r = { 0, 0, 1000, 1000 };
  g_autoptr(GArray) blocks = lp_timeline_layout_query (layout, &r);
  g_autoptr(GArray) blocks2 = lp_timeline_layout_query (none, &r);

  g_assert_cmpuint (blocks->len, ==, 0);
  g_assert_cmpuint (blocks2->len, ==, 0);
  g_assert_cmpfloat (lp_timeline_layout_get_height (layout), ==, 0);
  g_assert_cmpfloat (lp_timeline_layout_get_width (layout), >, 0);
  g_assert_cmpint (lp_timeline_layout_track_at_y (layout, 5), ==, -1);
  g_assert_cmpint (lp_timeline_layout_hit_test (layout, 5, 5, NULL, NULL), ==, LP_HIT_NONE);
  g_assert_cmpuint (lp_timeline_layout_get_first_date (none), <=, lp_timeline_layout_get_last_date (none));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/layout/range", test_range);
  g_test_add_func ("/render/layout/date-to-x", test_date_x);
  g_test_add_func ("/render/layout/tracks", test_tracks);
  g_test_add_func ("/render/layout/min-width", test_min_width);
  g_test_add_func ("/render/layout/hit-test", test_hit_test);
  g_test_add_func ("/render/layout/hit-small", test_hit_small);
  g_test_add_func ("/render/layout/query", test_query);
  g_test_add_func ("/render/layout/restack", test_restack);
  g_test_add_func ("/render/layout/restack-random", test_restack_random);
  g_test_add_func ("/render/layout/zoom", test_zoom);
  g_test_add_func ("/render/layout/month-ticks", test_month_ticks);
  g_test_add_func ("/render/layout/week-ticks", test_week_ticks);
  g_test_add_func ("/render/layout/hidden-tracks", test_hidden);
  g_test_add_func ("/render/layout/empty", test_empty);

  return g_test_run ();
}
