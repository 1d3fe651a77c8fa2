/* minimal-window.c — the floor for the start-up benchmark: an
 * AdwApplicationWindow with a title and nothing else
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test.  bench-startup.sh starts it and times exec until a window
 * with this title is visible, exactly as it does for Leerplaats.  Same
 * default size as Leerplaats' window (1280×800); NON_UNIQUE, so it does
 * not wait for a name on the session bus.
 */
#include <adwaita.h>

static void
on_activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  gtk_window_set_title (GTK_WINDOW (window), "Leerplaats bench minimal window");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autoptr(AdwApplication) app =
    adw_application_new ("io.github.leerplaats.BenchMinimalWindow", G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
