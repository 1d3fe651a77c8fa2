/* test-surface-guard.c — a destroyed window leaves no size idle behind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "ui/lp-surface-guard.h"
#include "../wait-util.h"

#define WAIT_MS 20000

typedef struct {
  GtkWidget *window;        /* weak pointer */
  guint      computed;      /* "compute-size" emissions after the destroy */
  gboolean   idle_ran;      /* an idle of the default priority has run */
} Seen;

/* Connected after GtkWindow's own handler: runs right after it. */
static void
on_compute_size_cb (GdkToplevel     *toplevel,
                    GdkToplevelSize *size,
                    Seen            *seen)
{
  seen->computed++;
}

static gboolean
default_idle_cb (gpointer data)
{
  ((Seen *) data)->idle_ran = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
idle_ran_cb (gpointer data)
{
  return ((Seen *) data)->idle_ran;
}

static gboolean
mapped_cb (gpointer window)
{
  return gtk_widget_get_mapped (window);
}

/* GTK 4.8 on X11: a layout requested on a hidden window's surface runs from
 * an idle (priority G_PRIORITY_HIGH - 10) that holds no reference to the
 * surface, and the window's "compute-size" handler stays connected after
 * the window has gone.  With a reference to the surface held elsewhere (as
 * GDK holds one), gtk_window_destroy () frees the window, and by the time
 * an idle of the default priority added after it has run, nothing has
 * computed the size (GtkWindow's handler would have run on the freed
 * window). */
static void
test_destroyed_window_computes_nothing (void)
{
  Seen seen = { 0 };
  GtkWidget *window;
  GdkSurface *surface;

#ifdef GDK_WINDOWING_X11
  if (!GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
#endif
    {
      g_test_skip ("the idle that computes a hidden surface's size is GTK 4.8's X11 backend's");
      return;
    }
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 300, 200);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_until (mapped_cb, window, WAIT_MS));
  surface = g_object_ref (gtk_native_get_surface (GTK_NATIVE (window)));
  seen.window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &seen.window);

  gtk_widget_set_visible (window, FALSE);
  gdk_surface_request_layout (surface);
  g_signal_connect (surface, "compute-size", G_CALLBACK (on_compute_size_cb), &seen);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_null (seen.window);

  g_idle_add (default_idle_cb, &seen);
  g_assert_true (wait_until (idle_ran_cb, &seen, WAIT_MS));
  g_assert_cmpuint (seen.computed, ==, 0);
  g_signal_handlers_disconnect_by_data (surface, &seen);
  g_object_unref (surface);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  if (g_getenv ("LP_TEST_NO_GUARD") == NULL)   /* to see the test fail without it */
    lp_surface_guard_install ();

  g_test_add_func ("/widgets/surface-guard/destroyed-window-computes-nothing", test_destroyed_window_computes_nothing);

  return g_test_run ();
}
