/* lp-stamp-cache.h — small repeated drawings kept as bitmaps for the screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A full screen of the timeline repeats the same few drawings hundreds of
 * times: a label's text, a comment badge, a mark.  Drawn as glyphs and
 * paths each costs 15–25 µs in cairo; copied from a bitmap, 2–3 µs.  A
 * stamp is such a bitmap, kept under a key that names everything the
 * drawing depends on, made at the device's pixel size and at the
 * drawing's position within a pixel rounded to a quarter pixel: what is
 * copied is what drawing there would give (test-stamp-cache.c).
 *
 * Stamps are used only where the target is a bitmap in the end: an image
 * surface, or a recording surface that is replayed onto one (a GTK cairo
 * render node) when the caller gives the pixel scale.  On paper (PDF,
 * print) everything is drawn as vectors, so text stays text.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _LpStampCache LpStampCache;

/* Draws in cr's user space, at the same coordinates as when drawn
 * directly; data is the caller's. */
typedef void (*LpStampDrawFunc) (cairo_t *cr, gconstpointer data);

/* A cache that holds at most max_bytes of bitmaps (it starts over when
 * full). */
LpStampCache *lp_stamp_cache_new       (gsize          max_bytes);
void          lp_stamp_cache_free      (LpStampCache  *cache);
void          lp_stamp_cache_clear     (LpStampCache  *cache);
guint         lp_stamp_cache_get_count (LpStampCache  *cache);
gsize         lp_stamp_cache_get_bytes (LpStampCache  *cache);

/* Draws what draw (cr, data) draws, which lies inside the rectangle
 * (x, y, width, height) of user space and depends on nothing but key and
 * the position of (x, y).  Copies a stamp when cr's target is an image
 * surface, or a recording surface and pixel_scale > 0 (the scale it will
 * be replayed at), and cr's matrix is a translation; otherwise calls draw
 * on cr.  A stamp moves the drawing by at most 1/8 pixel.  TRUE when a
 * stamp was copied. */
gboolean      lp_stamp_cache_draw      (LpStampCache    *cache,
                                        cairo_t         *cr,
                                        double           pixel_scale,
                                        const char      *key,
                                        double           x,
                                        double           y,
                                        double           width,
                                        double           height,
                                        LpStampDrawFunc  draw,
                                        gconstpointer    data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LpStampCache, lp_stamp_cache_free)

G_END_DECLS
