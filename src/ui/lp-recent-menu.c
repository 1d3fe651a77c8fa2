/* lp-recent-menu.c — the trajectories last opened or saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lp-menu-util.h"
#include "lp-recent-menu.h"

#define MAX_RECENT 10

void
lp_recent_menu_add (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *) "application/x-leerplaats",
    .app_name = (char *) "Leerplaats",
    .app_exec = (char *) "leerplaats %u",
    .groups = NULL,
    .is_private = FALSE,
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo **) a, *ib = *(GtkRecentInfo **) b;
  GDateTime *ma = gtk_recent_info_get_modified (ia);  /* owned by the info */
  GDateTime *mb = gtk_recent_info_get_modified (ib);

  if (ma == NULL || mb == NULL)
    return (ma == NULL) - (mb == NULL);
  return -g_date_time_compare (ma, mb);
}

static char *
menu_label_for (const char *name)
{
  g_autofree char *stem = g_str_has_suffix (name, ".leerplaats")
                          ? g_strndup (name, strlen (name) - strlen (".leerplaats"))
                          : g_strdup (name);

  return lp_menu_escape_underscores (stem);
}

void
lp_recent_menu_rebuild (GMenu *menu)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  guint shown = 0;

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);

      if (g_str_has_suffix (uri, ".leerplaats") && gtk_recent_info_exists (info))
        g_ptr_array_add (found, info);
    }
  g_ptr_array_sort (found, compare_recent);

  g_menu_remove_all (menu);
  for (guint i = 0; i < found->len && shown < MAX_RECENT; i++, shown++)
    {
      GtkRecentInfo *info = g_ptr_array_index (found, i);
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = NULL;
      const char *name = gtk_recent_info_get_display_name (info);

      /* the file name without its extension, underscores shown */
      label = menu_label_for (name);
      item = g_menu_item_new (NULL, NULL);
      g_menu_item_set_label (item, label);
      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (gtk_recent_info_get_uri (info)));
      g_menu_append_item (menu, item);
    }
  if (shown == 0)
    g_menu_append (menu, _("No Recent Trajectories"), "win.no-recent");
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}
