/* lp-surface-guard.h — a destroyed window leaves no size idle behind (GTK 4.8, X11)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* From now on, every GtkWindow that unrealizes hides its (hidden) surface
 * once more first.
 *
 * GTK 4.8's window connects its "compute-size" handler to its surface with
 * the window as data and never disconnects it.  On X11 a layout requested
 * after the window was hidden (gtk_window_destroy () hides it, then
 * unrealizes it) runs from an idle that holds no reference and that
 * destroying the surface does not remove, and GDK keeps destroyed
 * surfaces: that idle called the handler on the window already freed, a
 * crash about one time in thirty when a dialog was closed soon after it
 * appeared.  Hiding the surface removes the idle.  Call once, on the main
 * thread, after gtk_init (). */
void lp_surface_guard_install (void);

G_END_DECLS
