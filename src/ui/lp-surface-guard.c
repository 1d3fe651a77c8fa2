/* lp-surface-guard.c — a destroyed window leaves no size idle behind (GTK 4.8, X11)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lp-surface-guard.h"

static gboolean
unrealize_hook (GSignalInvocationHint *hint,
                guint                  n_params,
                const GValue          *params,
                gpointer               data)
{
  GObject *object = g_value_get_object (&params[0]);
  GdkSurface *surface;

  /* The hook runs before GtkWindow's own unrealize, which destroys the
   * surface.  Hiding a hidden surface again removes GDK's size idle (on X11)
   * and tells the window manager nothing new. */
  if (GTK_IS_WINDOW (object) && (surface = gtk_native_get_surface (GTK_NATIVE (object))) != NULL &&
      !gdk_surface_get_mapped (surface))
    gdk_surface_hide (surface);
  return TRUE;
}

void
lp_surface_guard_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      gpointer widget_class = g_type_class_ref (GTK_TYPE_WIDGET);   /* defines the signal */

      g_signal_add_emission_hook (g_signal_lookup ("unrealize", GTK_TYPE_WIDGET), 0, unrealize_hook, NULL, NULL);
      g_type_class_unref (widget_class);
      g_once_init_leave (&installed, 1);
    }
}
