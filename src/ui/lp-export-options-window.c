/* lp-export-options-window.c — Export as PDF, first step: what to put on
 * paper, as rows; the file is chosen after it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <string.h>

#include "lp-export-options-window.h"
#include "lp-resources.h"

#define IDS_KEY "lp-export-ids"

struct _LpExportOptionsWindow
{
  AdwWindow             parent_instance;

  AdwPreferencesGroup  *what_group;
  AdwPreferencesGroup  *pages_group;
  AdwPreferencesGroup  *contents_group;
  AdwPreferencesGroup  *version_group;
  GHashTable           *choices;   /* id → AdwComboRow or GtkSwitch (borrowed) */
};

G_DEFINE_FINAL_TYPE (LpExportOptionsWindow, lp_export_options_window, ADW_TYPE_WINDOW)

enum { CONFIRMED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
lp_export_options_window_finalize (GObject *object)
{
  LpExportOptionsWindow *self = LP_EXPORT_OPTIONS_WINDOW (object);

  g_clear_pointer (&self->choices, g_hash_table_unref);
  G_OBJECT_CLASS (lp_export_options_window_parent_class)->finalize (object);
}

static void
lp_export_options_window_class_init (LpExportOptionsWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = lp_export_options_window_finalize;
  signals[CONFIRMED] = g_signal_new ("confirmed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  lp_ui_class_set_template (widget_class, "lp-export-options-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LpExportOptionsWindow, what_group);
  gtk_widget_class_bind_template_child (widget_class, LpExportOptionsWindow, pages_group);
  gtk_widget_class_bind_template_child (widget_class, LpExportOptionsWindow, contents_group);
  gtk_widget_class_bind_template_child (widget_class, LpExportOptionsWindow, version_group);
  gtk_widget_class_bind_template_callback (widget_class, lp_export_options_window_confirm);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lp_export_options_window_init (LpExportOptionsWindow *self)
{
  self->choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

LpExportOptionsWindow *
lp_export_options_window_new (GtkWindow *parent)
{
  return g_object_new (LP_TYPE_EXPORT_OPTIONS_WINDOW, "transient-for", parent, NULL);
}

static AdwPreferencesGroup *
group_of (LpExportOptionsWindow *self,
          LpExportGroup          group)
{
  switch (group)
    {
    case LP_EXPORT_GROUP_WHAT:
      return self->what_group;
    case LP_EXPORT_GROUP_PAGES:
      return self->pages_group;
    case LP_EXPORT_GROUP_VERSION:
      return self->version_group;
    case LP_EXPORT_GROUP_CONTENTS:
    default:
      return self->contents_group;
    }
}

void
lp_export_options_window_add_list (LpExportOptionsWindow *self,
                                   LpExportGroup          group,
                                   const char            *id,
                                   const char            *title,
                                   const char * const    *ids,
                                   const char * const    *labels,
                                   const char            *selected)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);
  GtkWidget *row = adw_combo_row_new ();

  g_return_if_fail (LP_IS_EXPORT_OPTIONS_WINDOW (self));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  g_object_set_data_full (G_OBJECT (row), IDS_KEY, g_strdupv ((char **) ids), (GDestroyNotify) g_strfreev);
  adw_preferences_group_add (group_of (self, group), row);
  g_hash_table_insert (self->choices, g_strdup (id), row);
  lp_export_options_window_set_choice (self, id, selected);
}

void
lp_export_options_window_add_switch (LpExportOptionsWindow *self,
                                     LpExportGroup          group,
                                     const char            *id,
                                     const char            *title,
                                     gboolean               active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  g_return_if_fail (LP_IS_EXPORT_OPTIONS_WINDOW (self));
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (toggle), active);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);   /* plain: "since" may be a title */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  adw_preferences_group_add (group_of (self, group), row);
  g_hash_table_insert (self->choices, g_strdup (id), toggle);
}

const char *
lp_export_options_window_get_choice (LpExportOptionsWindow *self,
                                     const char            *id)
{
  GtkWidget *w;
  char **ids;
  guint selected;

  g_return_val_if_fail (LP_IS_EXPORT_OPTIONS_WINDOW (self), NULL);
  w = g_hash_table_lookup (self->choices, id);
  if (w == NULL)
    return NULL;
  if (GTK_IS_SWITCH (w))
    return gtk_switch_get_active (GTK_SWITCH (w)) ? "true" : "false";
  ids = g_object_get_data (G_OBJECT (w), IDS_KEY);
  selected = adw_combo_row_get_selected (ADW_COMBO_ROW (w));
  return selected < g_strv_length (ids) ? ids[selected] : NULL;
}

void
lp_export_options_window_set_choice (LpExportOptionsWindow *self,
                                     const char            *id,
                                     const char            *value)
{
  GtkWidget *w;
  char **ids;

  g_return_if_fail (LP_IS_EXPORT_OPTIONS_WINDOW (self));
  w = g_hash_table_lookup (self->choices, id);
  g_return_if_fail (w != NULL);
  if (GTK_IS_SWITCH (w))
    {
      gtk_switch_set_active (GTK_SWITCH (w), g_strcmp0 (value, "true") == 0);
      return;
    }
  ids = g_object_get_data (G_OBJECT (w), IDS_KEY);
  for (guint i = 0; ids[i] != NULL; i++)
    if (g_strcmp0 (ids[i], value) == 0)
      adw_combo_row_set_selected (ADW_COMBO_ROW (w), i);
}

void
lp_export_options_window_confirm (LpExportOptionsWindow *self)
{
  g_return_if_fail (LP_IS_EXPORT_OPTIONS_WINDOW (self));
  g_signal_emit (self, signals[CONFIRMED], 0);
}
