/* lp-resources.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <gtk/gtk.h>

#include "lp-a11y-names.h"
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

/* Whether a and b name one directory, with or without a final '/'. */
static gboolean
same_dir (const char *a,
          const char *b)
{
  gsize la = strlen (a), lb = strlen (b);

  while (la > 0 && a[la - 1] == '/')
    la--;
  while (lb > 0 && b[lb - 1] == '/')
    lb--;
  return la == lb && strncmp (a, b, la) == 0;
}

void
lp_ui_ensure_icons (GdkDisplay *display)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (display);
  g_auto(GStrv) paths = gtk_icon_theme_get_resource_path (theme);
  const char *icons = LP_UI_RESOURCE_PREFIX "/icons/";   /* as GtkApplication adds it */

  lp_ui_ensure_resources ();
  /* adding a path makes the theme load again (GTK loads it in a thread
   * when the display opens, and would then load it again on this one) */
  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    if (same_dir (paths[i], icons))
      return;
  gtk_icon_theme_add_resource_path (theme, icons);
}

static void
warm_icons_thread (GTask        *task,
                   gpointer      source,
                   gpointer      data,
                   GCancellable *cancellable)
{
  /* the theme's lock guards its index; any lookup reads it when it is not
   * read yet (GTK does the same in a worker when it makes the theme) */
  GtkIconPaintable *icon = gtk_icon_theme_lookup_icon (GTK_ICON_THEME (source), "edit-undo-symbolic",
                                                       NULL, 16, 1, GTK_TEXT_DIR_NONE, 0);

  g_object_unref (icon);
}

void
lp_ui_warm_icons (GdkDisplay *display)
{
  g_autoptr(GTask) task = g_task_new (gtk_icon_theme_get_for_display (display), NULL, NULL, NULL);

  g_task_set_source_tag (task, lp_ui_warm_icons);
  g_task_run_in_thread (task, warm_icons_thread);
}

void
lp_ui_class_set_template (GtkWidgetClass *widget_class,
                          const char     *ui_file)
{
  g_autofree char *path = g_strconcat (LP_UI_RESOURCE_PREFIX "/", ui_file, NULL);

  lp_ui_ensure_resources ();
  /* the widgets our templates make get GTK 4.8's button names right */
  lp_a11y_names_install ();
  gtk_widget_class_set_template_from_resource (widget_class, path);
}
