/* app-fixture.h — a registered Leerplaats application for widget tests
 * whose windows need one (its startup loads the shortcuts window and the
 * application's actions), and a window of it on a template
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ui/lp-application.h"
#include "ui/lp-window.h"
#include "widget-test-util.h"

/* A new application, registered (not unique: tests run side by side). */
static inline GtkApplication *
registered_test_app (void)
{
  g_autoptr(GError) error = NULL;
  GtkApplication *app = GTK_APPLICATION (lp_application_new ());

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  return app;
}

/* A 1280 × 800 window of app on the template (a name in
 * LEERPLAATS_TEMPLATES, without ".leerplaats"), presented and allocated. */
static inline LpWindow *
app_window_on_template (GtkApplication *app,
                        const char     *template)
{
  g_autofree char *name = g_strconcat (template, ".leerplaats", NULL);
  g_autofree char *path = g_build_filename (g_getenv ("LEERPLAATS_TEMPLATES"), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LpWindow *window = lp_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  g_assert_true (lp_window_load_file (window, file, NULL));
  gtk_window_present (GTK_WINDOW (window));
  wait_for_allocation (GTK_WIDGET (window));
  return window;
}
