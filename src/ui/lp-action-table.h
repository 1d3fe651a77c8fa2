/* lp-action-table.h — a widget class's actions and their keys, from one table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* One action of a widget class and, when keyval is not 0, its key.  An entry
 * without activate only binds another key to an action installed before
 * (its own or one GTK gives, like "window.close"). */
typedef struct
{
  const char                  *name;
  const char                  *parameter_type;
  GtkWidgetActionActivateFunc  activate;
  guint                        keyval;
  GdkModifierType              mods;
} LpActionEntry;

void lp_action_table_install (GtkWidgetClass      *widget_class,
                              const LpActionEntry *entries,
                              gsize                n_entries);

G_END_DECLS
