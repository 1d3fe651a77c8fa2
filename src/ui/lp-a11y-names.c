/* lp-a11y-names.c — accessible names for composite buttons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "lp-a11y-names.h"

char *
lp_a11y_strip_mnemonic (const char *label)
{
  GString *out;

  if (label == NULL)
    return NULL;
  out = g_string_sized_new (strlen (label));
  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] != '_')
            continue;
          p++;   /* "__" is a literal underscore */
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

void
lp_a11y_name_split_button (AdwSplitButton *button)
{
  const char *label = adw_split_button_get_label (button);
  const char *dropdown = adw_split_button_get_dropdown_tooltip (button);

  for (GtkWidget *part = gtk_widget_get_first_child (GTK_WIDGET (button));
       part != NULL;
       part = gtk_widget_get_next_sibling (part))
    {
      if (GTK_IS_BUTTON (part) && label != NULL)
        {
          g_autofree char *name = adw_split_button_get_use_underline (button) ? lp_a11y_strip_mnemonic (label)
                                                                               : g_strdup (label);
          gtk_accessible_update_property (GTK_ACCESSIBLE (part), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
        }
      else if (GTK_IS_MENU_BUTTON (part) && dropdown != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (part), GTK_ACCESSIBLE_PROPERTY_LABEL, dropdown, -1);
    }
}

void
lp_a11y_name_split_buttons (GtkWidget *root)
{
  if (ADW_IS_SPLIT_BUTTON (root))
    {
      lp_a11y_name_split_button (ADW_SPLIT_BUTTON (root));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    lp_a11y_name_split_buttons (child);
}
