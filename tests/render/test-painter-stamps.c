/* test-painter-stamps.c — a full screen drawn with stamped labels looks as
 * drawn directly; paper and small screens draw directly
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 1,000 generated modules at the scale that fits them in a 1920 × 1080
 * screen are drawn three ways: on an image surface (stamps), on a recording
 * surface without a pixel scale (direct drawing, replayed), and on one with
 * pixel scale 1 (stamps, replayed, as a GTK cairo node is).  Stamps move a
 * drawing by at most 1/8 pixel, and cairo rounds each glyph to whole
 * pixels: every label must have as much ink in both, and every dark pixel
 * of one must have a dark one in the other at most one pixel away.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "render/lp-timeline-painter-private.h"
#include "render-test-util.h"

#define WIDTH  1920
#define HEIGHT 1080

typedef struct {
  LpTrajectory      *trajectory;
  LpTimelineLayout  *layout;
  LpTimelinePainter *painter;
} Screen;

static void
screen_init (Screen *s,
             guint   n_modules)
{
  s->trajectory = render_test_generate (n_modules, 8, 24, 1234);
  s->layout = lp_timeline_layout_new (s->trajectory);
  s->painter = lp_timeline_painter_new (s->layout);
  lp_timeline_layout_set_scale (s->layout, (WIDTH - LP_TIMELINE_NAME_COLUMN - 8)
                                / (double) (lp_timeline_layout_get_last_date (s->layout)
                                            - lp_timeline_layout_get_first_date (s->layout) + 1));
}

static void
screen_clear (Screen *s)
{
  g_clear_object (&s->painter);
  g_clear_object (&s->layout);
  g_clear_object (&s->trajectory);
}

/* The frame on an image surface, directly or through a recording surface
 * replayed at scale 1 (pixel_scale as the paint state says). */
static cairo_surface_t *
draw (Screen             *s,
      gboolean            recording,
      const LpPaintState *state)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_surface_t *target = image;
  cairo_t *cr;

  if (recording)
    target = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                             &(cairo_rectangle_t) { 0, 0, WIDTH, HEIGHT });
  cr = cairo_create (target);
  lp_timeline_painter_draw_frame (s->painter, cr, WIDTH, HEIGHT, 0, 0, state);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  if (recording)
    {
      cr = cairo_create (image);
      cairo_set_source_surface (cr, target, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_destroy (target);
    }
  cairo_surface_flush (image);
  return image;
}

static guint32
pixel (cairo_surface_t *s,
       int              x,
       int              y)
{
  const guint8 *data = cairo_image_surface_get_data (s);

  return *(const guint32 *) (data + y * cairo_image_surface_get_stride (s) + x * 4);
}

static int
luma (cairo_surface_t *s,
      int              x,
      int              y)
{
  guint32 p = pixel (s, x, y);

  return (((p >> 16) & 0xff) * 3 + ((p >> 8) & 0xff) * 6 + (p & 0xff)) / 10;
}

/* Share of pixels in the rectangle darker than the lane backgrounds: text,
 * marks, outlines. */
static double
ink (cairo_surface_t *s,
     const LpRect    *r)
{
  guint n = 0, total = 0;

  for (int y = MAX (0, (int) r->y); y < MIN (HEIGHT, (int) (r->y + r->height)); y++)
    for (int x = MAX (0, (int) r->x); x < MIN (WIDTH, (int) (r->x + r->width)); x++, total++)
      n += luma (s, x, y) < 150;
  return total > 0 ? n / (double) total : 0;
}

/* Pixels of the rectangle that are dark in a (text, marks, outlines) with
 * no pixel at least half as dark in b within one pixel in any direction. */
static guint
unmatched_ink (cairo_surface_t *a,
               cairo_surface_t *b,
               const LpRect    *r)
{
  guint n = 0;

  for (int y = (int) r->y; y < (int) (r->y + r->height); y++)
    for (int x = (int) r->x; x < (int) (r->x + r->width); x++)
      {
        gboolean matched = FALSE;

        if (luma (a, x, y) >= 100)
          continue;
        for (int dy = -1; dy <= 1 && !matched; dy++)
          for (int dx = -1; dx <= 1 && !matched; dx++)
            matched = luma (b, x + dx, y + dy) < 170;
        n += !matched;
      }
  return n;
}

/* Every label wholly on screen has as much ink in both images (to 4
 * points), and every dark pixel of either has a dark one in the other at
 * most one pixel away: cairo rounds each glyph to whole pixels, and a label
 * 1/8 pixel away may put a glyph on the next one. */
static void
assert_alike (Screen          *s,
              cairo_surface_t *a,
              cairo_surface_t *b)
{
  double hh = lp_timeline_painter_get_header_height (s->painter);
  double names = lp_timeline_painter_get_name_column_width (s->painter);
  LpRect view = { 0, 0, WIDTH - names, HEIGHT - hh };
  g_autoptr(GPtrArray) boxes = lp_label_layout_query (lp_timeline_layout_get_label_layout (s->layout), &view);
  guint checked = 0;

  g_assert_cmpuint (boxes->len, >=, STAMP_MIN_BOXES);
  for (guint i = 0; i < boxes->len; i++)
    {
      const LpLabelBox *box = g_ptr_array_index (boxes, i);
      LpRect r = { ceil (box->label.x + names), ceil (box->label.y + hh),
                   floor (box->label.width), floor (box->label.height) };

      if (r.x < names + 1 || r.x + r.width + 1 >= WIDTH || r.y + r.height + 1 >= HEIGHT)
        continue;
      g_assert_cmpfloat (ink (a, &r), >, 0.03);
      g_assert_cmpfloat (fabs (ink (a, &r) - ink (b, &r)), <=, 0.04);
      g_assert_cmpuint (unmatched_ink (a, b, &r), ==, 0);
      g_assert_cmpuint (unmatched_ink (b, a, &r), ==, 0);
      checked++;
    }
  g_assert_cmpuint (checked, >=, STAMP_MIN_BOXES);
}

static void
test_full_screen_alike (void)
{
  Screen s = { 0 };
  LpPaintState state;
  cairo_surface_t *stamped, *direct, *replayed;

  screen_init (&s, 1000);
  lp_paint_state_init (&state);

  stamped = draw (&s, FALSE, &state);
  g_assert_cmpuint (lp_stamp_cache_get_count (s.painter->stamps), >, 0);
  lp_stamp_cache_clear (s.painter->stamps);
  direct = draw (&s, TRUE, &state);          /* no pixel scale: drawn directly */
  g_assert_cmpuint (lp_stamp_cache_get_count (s.painter->stamps), ==, 0);
  state.pixel_scale = 1;
  replayed = draw (&s, TRUE, &state);
  g_assert_cmpuint (lp_stamp_cache_get_count (s.painter->stamps), >, 0);

  assert_alike (&s, stamped, direct);
  assert_alike (&s, replayed, direct);

  cairo_surface_destroy (stamped);
  cairo_surface_destroy (direct);
  cairo_surface_destroy (replayed);
  screen_clear (&s);
}

/* Paper keeps its text as text: no stamps, even on an image surface; nor
 * for a screen with few labels. */
static void
test_paper_and_few_labels_direct (void)
{
  Screen s = { 0 };
  LpPaintState state;

  screen_init (&s, 1000);
  lp_paint_state_init (&state);
  state.flags = LP_PAINT_PRINT;
  cairo_surface_destroy (draw (&s, FALSE, &state));
  g_assert_cmpuint (lp_stamp_cache_get_count (s.painter->stamps), ==, 0);
  screen_clear (&s);

  screen_init (&s, 20);
  lp_paint_state_init (&state);
  cairo_surface_destroy (draw (&s, FALSE, &state));
  g_assert_cmpuint (lp_stamp_cache_get_count (s.painter->stamps), ==, 0);
  screen_clear (&s);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/painter-stamps/full-screen-alike", test_full_screen_alike);
  g_test_add_func ("/render/painter-stamps/paper-and-few-labels-direct", test_paper_and_few_labels_direct);

  return g_test_run ();
}
