/* lp-stamp-cache.c — small repeated drawings kept as bitmaps for the screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A point p of user space lands on the pixel p·s + o of the target (s the
 * device scale, o the device offset; the matrix is a translation).  A
 * stamp holds the drawing with p at PAD + q/STEPS pixels from its corner,
 * q the quarter pixel p falls in, and is copied so that its pixels meet
 * the target's whole pixels: cairo and pixman then copy without
 * resampling.
 */
#define G_LOG_DOMAIN "Leerplaats-Render"

#include "config.h"

#include <math.h>

#include "lp-stamp-cache.h"

#define PAD   2   /* pixels around the rectangle: antialiasing, rounding */
#define STEPS 4   /* positions within a pixel */

struct _LpStampCache
{
  GHashTable *stamps;     /* key → cairo_surface_t (ARGB32, device scale s) */
  GString    *scratch;    /* the key with scale and position */
  gsize       bytes;
  gsize       max_bytes;
};

LpStampCache *
lp_stamp_cache_new (gsize max_bytes)
{
  LpStampCache *cache = g_new0 (LpStampCache, 1);

  cache->stamps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) cairo_surface_destroy);
  cache->scratch = g_string_sized_new (128);
  cache->max_bytes = max_bytes;
  return cache;
}

void
lp_stamp_cache_free (LpStampCache *cache)
{
  if (cache == NULL)
    return;
  g_hash_table_unref (cache->stamps);
  g_string_free (cache->scratch, TRUE);
  g_free (cache);
}

void
lp_stamp_cache_clear (LpStampCache *cache)
{
  g_return_if_fail (cache != NULL);

  g_hash_table_remove_all (cache->stamps);
  cache->bytes = 0;
}

guint
lp_stamp_cache_get_count (LpStampCache *cache)
{
  g_return_val_if_fail (cache != NULL, 0);

  return g_hash_table_size (cache->stamps);
}

gsize
lp_stamp_cache_get_bytes (LpStampCache *cache)
{
  g_return_val_if_fail (cache != NULL, 0);

  return cache->bytes;
}

/* The pixel scale s and offset o of cr's target, when a stamp can stand
 * in for drawing there. */
static gboolean
target_pixels (cairo_t *cr,
               double   pixel_scale,
               double  *s,
               double   o[2])
{
  cairo_surface_t *target = cairo_get_group_target (cr);
  cairo_matrix_t m;
  double sx, sy;

  cairo_get_matrix (cr, &m);
  if (m.xx != 1 || m.yy != 1 || m.xy != 0 || m.yx != 0)
    return FALSE;
  cairo_surface_get_device_scale (target, &sx, &sy);
  if (sx != sy || sx <= 0)
    return FALSE;
  switch (cairo_surface_get_type (target))
    {
    case CAIRO_SURFACE_TYPE_IMAGE:
      *s = sx;
      cairo_surface_get_device_offset (target, &o[0], &o[1]);
      return TRUE;
    case CAIRO_SURFACE_TYPE_RECORDING:
      /* replayed at pixel_scale, from its own origin */
      if (pixel_scale <= 0)
        return FALSE;
      *s = sx * pixel_scale;
      o[0] = o[1] = 0;
      return TRUE;
    default:
      return FALSE;
    }
}

static cairo_surface_t *
make_stamp (LpStampCache    *cache,
            double           s,
            const int        q[2],
            double           x,
            double           y,
            double           width,
            double           height,
            LpStampDrawFunc  draw,
            gconstpointer    data)
{
  int w = (int) ceil (width * s) + 2 * PAD + 1;
  int h = (int) ceil (height * s) + 2 * PAD + 1;
  cairo_surface_t *stamp = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  gsize bytes = (gsize) cairo_image_surface_get_stride (stamp) * h;
  cairo_t *scr;

  cairo_surface_set_device_scale (stamp, s, s);
  scr = cairo_create (stamp);
  cairo_translate (scr, (PAD + q[0] / (double) STEPS) / s - x, (PAD + q[1] / (double) STEPS) / s - y);
  draw (scr, data);
  cairo_destroy (scr);
  cairo_surface_flush (stamp);

  if (cache->bytes + bytes > cache->max_bytes)
    lp_stamp_cache_clear (cache);
  cache->bytes += bytes;
  return stamp;
}

gboolean
lp_stamp_cache_draw (LpStampCache    *cache,
                     cairo_t         *cr,
                     double           pixel_scale,
                     const char      *key,
                     double           x,
                     double           y,
                     double           width,
                     double           height,
                     LpStampDrawFunc  draw,
                     gconstpointer    data)
{
  double s, o[2], p[2] = { x, y }, corner[2];
  int q[2];
  cairo_surface_t *stamp;

  g_return_val_if_fail (cache != NULL && cr != NULL && key != NULL && draw != NULL, FALSE);

  if (width <= 0 || height <= 0 || !target_pixels (cr, pixel_scale, &s, o))
    {
      draw (cr, data);
      return FALSE;
    }

  cairo_user_to_device (cr, &p[0], &p[1]);
  for (int i = 0; i < 2; i++)
    {
      double px = p[i] * s + o[i];

      corner[i] = floor (px);
      q[i] = (int) lround ((px - corner[i]) * STEPS);
      if (q[i] == STEPS)
        {
          corner[i] += 1;
          q[i] = 0;
        }
    }

  g_string_printf (cache->scratch, "%s\x1f%g\x1f%d\x1f%d", key, s, q[0], q[1]);
  stamp = g_hash_table_lookup (cache->stamps, cache->scratch->str);
  if (stamp == NULL)
    {
      stamp = make_stamp (cache, s, q, x, y, width, height, draw, data);
      g_hash_table_insert (cache->stamps, g_strdup (cache->scratch->str), stamp);
    }

  /* in device space before the device transform, where the stamp's
   * corner meets the pixel corner - PAD */
  cairo_save (cr);
  cairo_identity_matrix (cr);
  corner[0] = (corner[0] - PAD - o[0]) / s;
  corner[1] = (corner[1] - PAD - o[1]) / s;
  cairo_set_source_surface (cr, stamp, corner[0], corner[1]);
  cairo_rectangle (cr, corner[0], corner[1],
                   cairo_image_surface_get_width (stamp) / s,
                   cairo_image_surface_get_height (stamp) / s);
  cairo_fill (cr);
  cairo_restore (cr);
  return TRUE;
}
