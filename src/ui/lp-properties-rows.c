/* lp-properties-rows.c — Trajectory Properties: the model's strings in the
 * rows, and where the focus goes when the lists are built again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include "lp-plain-focus.h"
#include "lp-properties-rows.h"

/* ---- an AdwEntryRow that shows a model string ---- */

/* Without the apply button: the row would take the text for an edit while
 * it has the focus. */
void
lp_props_show_string (GtkWidget  *row,
                      const char *text)
{
  g_object_set_data_full (G_OBJECT (row), "lp-shown", g_strdup (text ? text : ""), g_free);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text ? text : "") == 0)
    return;
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
}

gboolean
lp_props_row_has_own_edit (GtkWidget *row)
{
  const char *shown = g_object_get_data (G_OBJECT (row), "lp-shown");

  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), shown ? shown : "") != 0;
}

void
lp_props_set_row_error (GtkWidget  *row,
                        const char *message)
{
  const char *title = g_object_get_data (G_OBJECT (row), "lp-title");

  if (message != NULL)
    {
      g_autofree char *text = g_strdup_printf ("%s — %s", title, message);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else if (gtk_widget_has_css_class (row, "error"))
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_widget_remove_css_class (row, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* ---- the focus among the list rows ---- */

void
lp_props_tag_focusable (GPtrArray  *focusables,
                        GtkWidget  *widget,
                        gpointer    item,
                        const char *role,
                        guint       position)
{
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;

  g_object_get (item, "id", &id, NULL);
  name = g_strdup_printf ("%s-%s", id, role);
  gtk_widget_set_name (widget, name);
  g_object_set_data (G_OBJECT (widget), "lp-focus-item", item);
  g_object_set_data (G_OBJECT (widget), "lp-focus-type", GSIZE_TO_POINTER (G_OBJECT_TYPE (item)));
  g_object_set_data (G_OBJECT (widget), "lp-focus-role", (gpointer) role);
  g_object_set_data (G_OBJECT (widget), "lp-focus-position", GUINT_TO_POINTER (position));
  g_ptr_array_add (focusables, widget);
}

gboolean
lp_props_remember_focus (GPtrArray        *focusables,
                         GtkRoot          *root,
                         LpPropsFocusSpot *spot)
{
  for (GtkWidget *w = gtk_root_get_focus (root); w != NULL; w = gtk_widget_get_parent (w))
    if (g_ptr_array_find (focusables, w, NULL))
      {
        spot->item = g_object_get_data (G_OBJECT (w), "lp-focus-item");
        spot->type = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (w), "lp-focus-type"));
        spot->role = g_object_get_data (G_OBJECT (w), "lp-focus-role");
        spot->position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (w), "lp-focus-position"));
        return TRUE;
      }
  return FALSE;
}

static GtkWidget *
find_focusable (GPtrArray  *focusables,
                gpointer    item,
                const char *role)
{
  for (guint i = 0; i < focusables->len; i++)
    {
      GtkWidget *w = g_ptr_array_index (focusables, i);

      if (g_object_get_data (G_OBJECT (w), "lp-focus-item") == item &&
          g_strcmp0 (g_object_get_data (G_OBJECT (w), "lp-focus-role"), role) == 0 &&
          gtk_widget_is_sensitive (w))
        return w;
    }
  return NULL;
}

void
lp_props_restore_focus (GPtrArray              *focusables,
                        LpTrajectory           *trajectory,
                        const LpPropsFocusSpot *spot)
{
  GListModel *list = NULL;
  GtkWidget *target = find_focusable (focusables, spot->item, spot->role);
  guint n;

  if (target == NULL && g_strcmp0 (spot->role, "up") == 0)
    target = find_focusable (focusables, spot->item, "down");
  else if (target == NULL && g_strcmp0 (spot->role, "down") == 0)
    target = find_focusable (focusables, spot->item, "up");
  if (target == NULL)
    target = find_focusable (focusables, spot->item, "name");
  if (target == NULL)
    {
      if (spot->type == LP_TYPE_TRACK)
        list = lp_trajectory_get_tracks (trajectory);
      else if (spot->type == LP_TYPE_MILESTONE)
        list = lp_trajectory_get_milestones (trajectory);
      else if (spot->type == LP_TYPE_PERIOD)
        list = lp_trajectory_get_periods (trajectory);
      n = list ? g_list_model_get_n_items (list) : 0;
      if (n > 0)
        {
          g_autoptr(GObject) neighbour = g_list_model_get_item (list, MIN (spot->position, n - 1));
          target = find_focusable (focusables, neighbour, "name");
        }
    }
  if (target != NULL)
    lp_plain_focus_grab (target);
}

