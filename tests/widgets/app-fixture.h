/* app-fixture.h — a registered Leerplaats application for widget tests
 * whose windows need one (its startup loads the shortcuts window and the
 * application's actions)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ui/lp-application.h"

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
