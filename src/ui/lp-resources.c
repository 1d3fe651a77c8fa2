/* lp-resources.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <gtk/gtk.h>

#include "lp-resources.h"
#include "lp-ui-resources.h"

void
lp_ui_ensure_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      lp_ui_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

void
lp_ui_ensure_icons (GdkDisplay *display)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (display);
  g_auto(GStrv) paths = gtk_icon_theme_get_resource_path (theme);
  const char *icons = LP_UI_RESOURCE_PREFIX "/icons";

  lp_ui_ensure_resources ();
  if (paths == NULL || !g_strv_contains ((const char *const *) paths, icons))
    gtk_icon_theme_add_resource_path (theme, icons);
}

void
lp_ui_class_set_template (GtkWidgetClass *widget_class,
                          const char     *ui_file)
{
  g_autofree char *path = g_strconcat (LP_UI_RESOURCE_PREFIX "/", ui_file, NULL);

  lp_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, path);
}
