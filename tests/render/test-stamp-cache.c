/* test-stamp-cache.c — a stamp copies what drawing would have drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same drawing (antialiased circle, thin line, text) is drawn directly
 * on one surface and through the stamp cache on another, at positions that
 * fall between pixels, on plain, scaled and offset image surfaces, inside a
 * group and through a recording surface replayed onto an image.  The two
 * images must agree, with the direct drawing moved to the nearest quarter
 * pixel (worked out here from the surface's scale and offset): no channel
 * differs by more than MAX_DIFF anywhere.
 * On a PDF surface, or under a scaling matrix, nothing is stamped.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <pango/pangocairo.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "render/lp-stamp-cache.h"

#define W 220
#define H 80
#define MAX_DIFF 3    /* of 255: rounding */

typedef struct {
  double x, y;
} Where;

static void
draw_sample (cairo_t       *cr,
             gconstpointer  data)
{
  const Where *at = data;
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.8, 0.3, 0.1);
  cairo_arc (cr, at->x + 8, at->y + 8, 7.3, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.4);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, at->x + 18, at->y + 2);
  cairo_line_to (cr, at->x + 60, at->y + 15);
  cairo_stroke (cr);
  pango_layout_set_text (layout, "Wie beslist?", -1);
  cairo_move_to (cr, at->x + 18, at->y + 4);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* The largest difference of any channel between two ARGB32 images. */
static int
max_difference (cairo_surface_t *a,
                cairo_surface_t *b)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);
  const guint8 *pa, *pb;
  int worst = 0;

  cairo_surface_flush (a);
  cairo_surface_flush (b);
  pa = cairo_image_surface_get_data (a);
  pb = cairo_image_surface_get_data (b);
  g_assert_cmpint (cairo_image_surface_get_width (b), ==, w);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w * 4; x++)
      worst = MAX (worst, abs (pa[y * stride + x] - pb[y * stride + x]));
  return worst;
}

/* Ink: the drawing is there at all (a stamp of nothing would also match
 * an empty direct drawing). */
static guint
count_ink (cairo_surface_t *surface)
{
  const guint32 *px;
  int stride = cairo_image_surface_get_stride (surface) / 4;
  guint n = 0;

  cairo_surface_flush (surface);
  px = (const guint32 *) cairo_image_surface_get_data (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      n += px[y * stride + x] != 0;
  return n;
}

static cairo_surface_t *
new_image (double scale,
           double offset)
{
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (W * scale), (int) (H * scale));

  cairo_surface_set_device_scale (s, scale, scale);
  cairo_surface_set_device_offset (s, offset, offset);
  return s;
}

/* `at` moved to the nearest quarter of a target pixel: pixel = (at +
 * translate) · scale + offset. */
static Where
snapped (const Where *at,
         double       scale,
         double       offset,
         double       translate)
{
  Where w;

  w.x = (round (((at->x + translate) * scale + offset) * 4) / 4 - offset) / scale - translate;
  w.y = (round (((at->y + translate) * scale + offset) * 4) / 4 - offset) / scale - translate;
  return w;
}

/* Draws at `at` on both surfaces, through the cache on the second, with
 * an optional translation and group. */
static gboolean
draw_both (LpStampCache    *cache,
           cairo_surface_t *direct,
           cairo_surface_t *stamped,
           const Where     *at,
           double           scale,
           double           offset,
           double           translate,
           gboolean         group)
{
  cairo_t *a = cairo_create (direct), *b = cairo_create (stamped);
  Where expected = snapped (at, scale, offset, translate);
  gboolean used;

  cairo_translate (a, translate, translate);
  cairo_translate (b, translate, translate);
  if (group)
    {
      cairo_push_group (a);
      cairo_push_group (b);
    }
  draw_sample (a, &expected);
  used = lp_stamp_cache_draw (cache, b, 0, "sample", at->x, at->y, 130, 28, draw_sample, at);
  if (group)
    {
      cairo_pop_group_to_source (a);
      cairo_paint_with_alpha (a, 0.5);
      cairo_pop_group_to_source (b);
      cairo_paint_with_alpha (b, 0.5);
    }
  cairo_destroy (a);
  cairo_destroy (b);
  return used;
}

static void
check_case (double   scale,
            double   offset,
            double   translate,
            gboolean group)
{
  static const Where places[] = { { 10, 10 }, { 10.3, 20.6 }, { 41.874, 33.125 }, { 70.5, 50.99 } };
  g_autoptr(LpStampCache) cache = lp_stamp_cache_new (4 << 20);

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      cairo_surface_t *direct = new_image (scale, offset), *stamped = new_image (scale, offset);

      g_assert_true (draw_both (cache, direct, stamped, &places[i], scale, offset, translate, group));
      g_assert_cmpuint (count_ink (stamped), >, 200 * scale * scale);
      g_assert_cmpint (max_difference (direct, stamped), <=, MAX_DIFF);
      cairo_surface_destroy (direct);
      cairo_surface_destroy (stamped);
    }
  g_assert_cmpuint (lp_stamp_cache_get_count (cache), >=, 2);
}

static void
test_plain (void)
{
  check_case (1, 0, 0, FALSE);
  check_case (1, 0, 0.375, FALSE);
}

static void
test_scaled_and_offset (void)
{
  check_case (2, 0, 0, FALSE);
  check_case (2, -7, 1.25, FALSE);
  check_case (1, -13, 0.5, FALSE);
}

static void
test_in_group (void)
{
  check_case (1, 0, 0.25, TRUE);
  check_case (2, 0, 0, TRUE);
}

/* A GTK cairo render node records; the renderer replays at the window's
 * scale: the stamp must land as the drawing would have. */
static void
test_recording (void)
{
  static const Where at = { 12.3, 17.7 };
  g_autoptr(LpStampCache) cache = lp_stamp_cache_new (4 << 20);

  for (int scale = 1; scale <= 2; scale++)
    {
      cairo_rectangle_t extents = { 0, 0, W, H };
      cairo_surface_t *rec = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
      cairo_surface_t *direct = new_image (scale, 0), *replayed = new_image (scale, 0);
      cairo_t *cr = cairo_create (rec);

      g_assert_true (lp_stamp_cache_draw (cache, cr, scale, "sample", at.x, at.y, 130, 28, draw_sample, &at));
      cairo_destroy (cr);
      cr = cairo_create (replayed);
      cairo_set_source_surface (cr, rec, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cr = cairo_create (direct);
      {
        Where expected = snapped (&at, scale, 0, 0);

        draw_sample (cr, &expected);
      }
      cairo_destroy (cr);

      g_assert_cmpuint (count_ink (replayed), >, 200 * scale * scale);
      g_assert_cmpint (max_difference (direct, replayed), <=, MAX_DIFF);
      cairo_surface_destroy (rec);
      cairo_surface_destroy (direct);
      cairo_surface_destroy (replayed);
    }
}

static void
test_reuse_and_budget (void)
{
  g_autoptr(LpStampCache) cache = lp_stamp_cache_new (64 << 10);
  cairo_surface_t *target = new_image (1, 0);
  cairo_t *cr = cairo_create (target);
  Where at = { 5, 5 };
  gsize one;

  /* the same key at whole-pixel steps: one stamp; a quarter pixel: another */
  for (int i = 0; i < 4; i++, at.x += 1)
    lp_stamp_cache_draw (cache, cr, 0, "sample", at.x, at.y, 130, 28, draw_sample, &at);
  g_assert_cmpuint (lp_stamp_cache_get_count (cache), ==, 1);
  one = lp_stamp_cache_get_bytes (cache);
  g_assert_cmpuint (one, >=, 130 * 28 * 4);
  at.x += 0.25;
  lp_stamp_cache_draw (cache, cr, 0, "sample", at.x, at.y, 130, 28, draw_sample, &at);
  g_assert_cmpuint (lp_stamp_cache_get_count (cache), ==, 2);

  /* many keys: the cache never holds more than its budget */
  for (int i = 0; i < 40; i++)
    {
      g_autofree char *key = g_strdup_printf ("sample %d", i);

      lp_stamp_cache_draw (cache, cr, 0, key, at.x, at.y, 130, 28, draw_sample, &at);
      g_assert_cmpuint (lp_stamp_cache_get_bytes (cache), <=, 64 << 10);
    }
  g_assert_cmpuint (lp_stamp_cache_get_count (cache), <, 40);
  lp_stamp_cache_clear (cache);
  g_assert_cmpuint (lp_stamp_cache_get_count (cache), ==, 0);
  g_assert_cmpuint (lp_stamp_cache_get_bytes (cache), ==, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (target);
}

/* Paper stays vectors, and a scaled drawing is not a copy of a stamp. */
static void
test_vectors_stay_vectors (void)
{
  g_autoptr(LpStampCache) cache = lp_stamp_cache_new (4 << 20);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "test-stamp-cache.pdf", NULL);
  cairo_surface_t *pdf = cairo_pdf_surface_create (path, W, H);
  cairo_surface_t *image = new_image (1, 0);
  cairo_t *cr = cairo_create (pdf);
  Where at = { 10, 10 };

  g_assert_false (lp_stamp_cache_draw (cache, cr, 1, "sample", at.x, at.y, 130, 28, draw_sample, &at));
  cairo_destroy (cr);
  cairo_surface_destroy (pdf);
  g_unlink (path);

  cr = cairo_create (image);
  cairo_scale (cr, 1.5, 1.5);
  g_assert_false (lp_stamp_cache_draw (cache, cr, 0, "sample", at.x, at.y, 130, 28, draw_sample, &at));
  g_assert_cmpuint (count_ink (image), >, 200);
  cairo_destroy (cr);

  /* a recording surface without a pixel scale: its end is not known */
  {
    cairo_surface_t *rec = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);

    cr = cairo_create (rec);
    g_assert_false (lp_stamp_cache_draw (cache, cr, 0, "sample", at.x, at.y, 130, 28, draw_sample, &at));
    cairo_destroy (cr);
    cairo_surface_destroy (rec);
  }
  g_assert_cmpuint (lp_stamp_cache_get_count (cache), ==, 0);
  cairo_surface_destroy (image);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/stamp-cache/plain", test_plain);
  g_test_add_func ("/render/stamp-cache/scaled-and-offset", test_scaled_and_offset);
  g_test_add_func ("/render/stamp-cache/in-group", test_in_group);
  g_test_add_func ("/render/stamp-cache/recording", test_recording);
  g_test_add_func ("/render/stamp-cache/reuse-and-budget", test_reuse_and_budget);
  g_test_add_func ("/render/stamp-cache/vectors-stay-vectors", test_vectors_stay_vectors);

  return g_test_run ();
}
