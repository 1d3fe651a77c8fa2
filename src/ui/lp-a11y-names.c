/* lp-a11y-names.c — accessible names for composite and text buttons
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
          lp_a11y_set_name (part, name);
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

void
lp_a11y_set_name (GtkWidget  *widget,
                  const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* GTK 4.8 gives a button with a text label two names, joined: its label
 * property (the label as written, "_Save") and its label child's text
 * ("Save"), so a screen reader reads "_Save Save". */
static void
name_text_button (GtkWidget *widget)
{
  const char *label = NULL;
  gboolean underline = FALSE;
  g_autofree char *name = NULL;

  if (GTK_IS_BUTTON (widget))
    {
      label = gtk_button_get_label (GTK_BUTTON (widget));
      underline = gtk_button_get_use_underline (GTK_BUTTON (widget));
    }
  else if (GTK_IS_CHECK_BUTTON (widget))
    {
      label = gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));
      underline = gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget));
    }
  /* a drop-down's button (what the keyboard focuses) is named by the
   * drop-down's label ("Kind"): GTK 4.8 leaves it nameless */
  if ((label == NULL || *label == '\0') && GTK_IS_DROP_DOWN (gtk_widget_get_parent (widget)))
    {
      GList *labels = gtk_widget_list_mnemonic_labels (gtk_widget_get_parent (widget));

      if (labels != NULL && GTK_IS_LABEL (labels->data))
        {
          label = gtk_label_get_label (labels->data);
          underline = gtk_label_get_use_underline (labels->data);
        }
      g_list_free (labels);
    }
  /* icon buttons and buttons with their own content keep their names */
  if (label == NULL || *label == '\0')
    return;
  name = underline ? lp_a11y_strip_mnemonic (label) : g_strdup (label);
  lp_a11y_set_name (widget, name);
}

static void
on_label_notify_cb (GObject    *object,
                    GParamSpec *pspec,
                    gpointer    data)
{
  name_text_button (GTK_WIDGET (object));
}

static gboolean
on_map_hook (GSignalInvocationHint *hint,
             guint                  n_params,
             const GValue          *params,
             gpointer               data)
{
  GObject *object = g_value_get_object (&params[0]);

  if (!GTK_IS_BUTTON (object) && !GTK_IS_CHECK_BUTTON (object))
    return TRUE;
  if (g_object_get_data (object, "lp-a11y-named") == NULL)
    {
      g_object_set_data (object, "lp-a11y-named", GINT_TO_POINTER (1));
      g_signal_connect (object, "notify::label", G_CALLBACK (on_label_notify_cb), NULL);
      g_signal_connect (object, "notify::use-underline", G_CALLBACK (on_label_notify_cb), NULL);
    }
  name_text_button (GTK_WIDGET (object));
  return TRUE;
}

void
lp_a11y_names_install (void)
{
  static gsize installed;

  if (g_once_init_enter (&installed))
    {
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, on_map_hook, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}
