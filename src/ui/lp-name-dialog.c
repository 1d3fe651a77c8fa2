/* lp-name-dialog.c — ask for a name and one choice from a list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"


#include "lp-name-dialog.h"
#include "lp-resources.h"

struct _LpNameDialog
{
  AdwMessageDialog parent_instance;

  /* template children */
  GtkWidget *name_label;
  GtkWidget *name_entry;
  GtkWidget *choice_label;
  GtkWidget *choice;
};

G_DEFINE_FINAL_TYPE (LpNameDialog, lp_name_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* The label without its mnemonic underscores, for the accessible name. */
static void
label_input (GtkWidget  *input,
             const char *label)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_' && *++p == '\0')
        break;
      g_string_append_c (s, *p);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (input), GTK_ACCESSIBLE_PROPERTY_LABEL, s->str, -1);
}

static void
on_name_changed_cb (LpNameDialog *self)
{
  g_autofree char *name = lp_name_dialog_get_name (self);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "apply", *name != '\0');
}

static void
lp_name_dialog_class_init (LpNameDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  lp_ui_class_set_template (widget_class, "lp-name-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LpNameDialog, name_label);
  gtk_widget_class_bind_template_child (widget_class, LpNameDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, LpNameDialog, choice_label);
  gtk_widget_class_bind_template_child (widget_class, LpNameDialog, choice);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
}

static void
lp_name_dialog_init (LpNameDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

LpNameDialog *
lp_name_dialog_new (GtkWindow  *parent,
                    const char *heading,
                    const char *apply_label)
{
  LpNameDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (LP_TYPE_NAME_DIALOG,
                       "transient-for", parent,
                       "heading", heading,
                       NULL);
  adw_message_dialog_set_response_label (ADW_MESSAGE_DIALOG (self), "apply", apply_label);
  return self;
}

void
lp_name_dialog_set_name (LpNameDialog *self,
                         const char   *label,
                         const char   *text)
{
  g_return_if_fail (LP_IS_NAME_DIALOG (self));

  gtk_label_set_text_with_mnemonic (GTK_LABEL (self->name_label), label);
  label_input (self->name_entry, label);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), text ? text : "");
  gtk_widget_set_visible (self->name_label, TRUE);
  gtk_widget_set_visible (self->name_entry, TRUE);
  on_name_changed_cb (self);
}

char *
lp_name_dialog_get_name (LpNameDialog *self)
{
  g_return_val_if_fail (LP_IS_NAME_DIALOG (self), NULL);
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
}

void
lp_name_dialog_set_choices (LpNameDialog       *self,
                            const char         *label,
                            const char * const *choices,
                            guint               selected,
                            gboolean            searchable)
{
  g_autoptr(GtkStringList) list = NULL;

  g_return_if_fail (LP_IS_NAME_DIALOG (self));

  list = gtk_string_list_new (choices);
  gtk_label_set_text_with_mnemonic (GTK_LABEL (self->choice_label), label);
  label_input (self->choice, label);
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->choice), G_LIST_MODEL (list));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->choice), selected);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (self->choice), searchable);
  gtk_widget_set_visible (self->choice_label, TRUE);
  gtk_widget_set_visible (self->choice, TRUE);
}

guint
lp_name_dialog_get_selected (LpNameDialog *self)
{
  g_return_val_if_fail (LP_IS_NAME_DIALOG (self), GTK_INVALID_LIST_POSITION);
  return gtk_drop_down_get_selected (GTK_DROP_DOWN (self->choice));
}

void
lp_name_dialog_set_selected (LpNameDialog *self,
                             guint         position)
{
  g_return_if_fail (LP_IS_NAME_DIALOG (self));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->choice), position);
}

GtkWidget *
lp_name_dialog_get_name_entry (LpNameDialog *self)
{
  g_return_val_if_fail (LP_IS_NAME_DIALOG (self), NULL);
  return self->name_entry;
}

GtkWidget *
lp_name_dialog_get_choice (LpNameDialog *self)
{
  g_return_val_if_fail (LP_IS_NAME_DIALOG (self), NULL);
  return self->choice;
}
