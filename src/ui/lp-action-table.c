/* lp-action-table.c — a widget class's actions and their keys, from one table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lp-action-table.h"

void
lp_action_table_install (GtkWidgetClass      *widget_class,
                         const LpActionEntry *entries,
                         gsize                n_entries)
{
  g_return_if_fail (GTK_IS_WIDGET_CLASS (widget_class));

  for (gsize i = 0; i < n_entries; i++)
    {
      const LpActionEntry *e = &entries[i];

      if (e->activate != NULL)
        gtk_widget_class_install_action (widget_class, e->name, e->parameter_type, e->activate);
      if (e->keyval != 0)
        gtk_widget_class_add_binding_action (widget_class, e->keyval, e->mods, e->name, NULL);
    }
}
