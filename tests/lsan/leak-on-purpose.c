/* leak-on-purpose.c — leaks a Cairo surface or a Pango layout, as our own
 * code might, so that a test can check the sanitizer still reports it with
 * the project's leak suppressions in force
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>
#include <string.h>

static void *volatile kept;

/* noinline: the function's name must stay in the allocation's stack */
static __attribute__((noinline)) void
leak_a_surface (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);

  kept = surface;
  kept = NULL;
}

static __attribute__((noinline)) void
leak_a_layout (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);

  pango_layout_set_text (layout, "Lek", -1);
  pango_cairo_show_layout (cr, layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  kept = layout;
  kept = NULL;
}

int
main (int argc, char *argv[])
{
  if (argc != 2)
    return 2;
  if (strcmp (argv[1], "surface") == 0)
    leak_a_surface ();
  else if (strcmp (argv[1], "layout") == 0)
    leak_a_layout ();
  else if (strcmp (argv[1], "nothing") != 0)
    return 2;
  return 0;
}
