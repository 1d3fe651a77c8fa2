/* lp-review-view.c — the View menu's review tools: the Comments pane and
 * the filter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "core/lp-library.h"
#include "lp-review-view.h"
#include "lp-view-filter.h"

/* ---- the Comments pane ---- */

static void
on_show_comments_cb (GSimpleAction *action,
                     GVariant      *value,
                     GtkWidget     *pane)
{
  g_simple_action_set_state (action, value);
  gtk_widget_set_visible (pane, g_variant_get_boolean (value));
}

static void
on_module_chosen_cb (LpCommentsPane *pane,
                     LpModule       *module,
                     LpTimelineView *view)
{
  lp_timeline_view_set_selected_module (view, module);
  lp_timeline_view_scroll_to_module (view, module);
  gtk_widget_grab_focus (GTK_WIDGET (view));
}

static void
on_view_trajectory_cb (LpTimelineView *view,
                       GParamSpec     *pspec,
                       LpCommentsPane *pane)
{
  lp_comments_pane_set_trajectory (pane, lp_timeline_view_get_trajectory (view));
}

/* ---- the filter ---- */

typedef struct {
  LpTimelineView *view;
  LpTrajectory   *trajectory;
  GtkDropDown    *status, *lane, *theme;
} FilterDialog;

static void
filter_dialog_free (FilterDialog *d)
{
  g_clear_object (&d->view);
  g_clear_object (&d->trajectory);
  g_free (d);
}

static GtkDropDown *
add_choice (GtkGrid    *grid,
            int         row,
            const char *label,
            GPtrArray  *items,
            guint       selected)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkWidget *dropdown;
  g_autofree char *name = NULL;

  g_ptr_array_add (items, NULL);
  dropdown = gtk_drop_down_new_from_strings ((const char * const *) items->pdata);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), dropdown);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (dropdown, TRUE);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, dropdown, 1, row, 1, 1);
  name = g_strdup (gtk_label_get_text (GTK_LABEL (title)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return GTK_DROP_DOWN (dropdown);
}

static GtkWidget *
filter_grid (FilterDialog         *d,
             const LpModuleFilter *now)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  GListModel *tracks = lp_trajectory_get_tracks (d->trajectory);
  g_autoptr(GPtrArray) statuses = g_ptr_array_new ();
  g_autoptr(GPtrArray) lanes = g_ptr_array_new ();
  g_autoptr(GPtrArray) themes = g_ptr_array_new ();
  guint lane = 0, theme = 0;

  gtk_grid_set_row_spacing (grid, 6);
  gtk_grid_set_column_spacing (grid, 12);
  g_ptr_array_add (statuses, (gpointer) _("Any status"));
  for (int s = 0; s < LP_N_STATUSES; s++)
    g_ptr_array_add (statuses, (gpointer) lp_status_get_label (s));
  g_ptr_array_add (lanes, (gpointer) _("All lanes"));
  for (guint i = 0; i < g_list_model_get_n_items (tracks); i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);
      g_ptr_array_add (lanes, (gpointer) lp_track_get_name (track));   /* the trajectory keeps it */
      if (now && g_strcmp0 (now->track_id, lp_track_get_id (track)) == 0)
        lane = i + 1;
    }
  g_ptr_array_add (themes, (gpointer) _("All themes"));
  for (guint i = 0; i < lp_library_get_n_themes (); i++)
    {
      const LpTheme *t = lp_library_get_theme_nth (i);
      g_ptr_array_add (themes, (gpointer) lp_theme_get_name (t));
      if (now && g_strcmp0 (now->theme_id, t->id) == 0)
        theme = i + 1;
    }
  d->status = add_choice (grid, 0, _("_Status"), statuses, now && now->status >= 0 ? (guint) now->status + 1 : 0);
  d->lane = add_choice (grid, 1, _("_Lane"), lanes, lane);
  d->theme = add_choice (grid, 2, _("_Theme"), themes, theme);
  return GTK_WIDGET (grid);
}

static void
on_filter_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       FilterDialog     *d)
{
  g_autoptr(LpModuleFilter) filter = lp_module_filter_new ();
  guint status = gtk_drop_down_get_selected (d->status);
  guint lane = gtk_drop_down_get_selected (d->lane);
  guint theme = gtk_drop_down_get_selected (d->theme);

  if (g_str_equal (response, "cancel"))
    return;
  if (g_str_equal (response, "apply"))
    {
      g_autoptr(LpTrack) track = lane > 0 ? g_list_model_get_item (lp_trajectory_get_tracks (d->trajectory), lane - 1)
                                          : NULL;
      filter->status = status > 0 && status <= LP_N_STATUSES ? (int) status - 1 : -1;
      filter->track_id = track ? g_strdup (lp_track_get_id (track)) : NULL;
      if (theme > 0 && theme <= lp_library_get_n_themes ())
        filter->theme_id = g_strdup (lp_library_get_theme_nth (theme - 1)->id);
    }
  if (lp_timeline_view_get_trajectory (d->view) == d->trajectory)
    {
      lp_view_filter_set (d->trajectory, filter);
      gtk_widget_queue_draw (GTK_WIDGET (d->view));
    }
}

GtkWidget *
lp_review_view_filter_dialog (GtkWindow      *window,
                              LpTimelineView *view)
{
  FilterDialog *d = g_new0 (FilterDialog, 1);
  GtkWidget *dialog;

  d->view = g_object_ref (view);
  d->trajectory = g_object_ref (lp_timeline_view_get_trajectory (view));
  dialog = adw_message_dialog_new (window, _("Filter Modules"),
                                   _("Modules that do not match are dimmed, on screen and in Export and Print."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog),
                                      filter_grid (d, lp_view_filter_get (d->trajectory)));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "clear", _("Show _All"),
                                    "apply", _("_Filter"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_filter_response_cb), d,
                         (GClosureNotify) (void (*) (void)) filter_dialog_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
on_filter_activate_cb (GSimpleAction  *action,
                       GVariant       *param,
                       LpTimelineView *view)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (view));

  if (lp_timeline_view_get_trajectory (view) != NULL && GTK_IS_WINDOW (root))
    lp_review_view_filter_dialog (GTK_WINDOW (root), view);
}

void
lp_review_view_install (GtkWindow      *window,
                        LpTimelineView *view,
                        LpCommentsPane *pane)
{
  g_autoptr(GSimpleAction) show = g_simple_action_new_stateful ("show-comments", NULL, g_variant_new_boolean (FALSE));
  g_autoptr(GSimpleAction) filter = g_simple_action_new ("filter", NULL);
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  g_return_if_fail (GTK_IS_WINDOW (window) && G_IS_ACTION_MAP (window));
  gtk_widget_set_visible (GTK_WIDGET (pane), FALSE);
  g_signal_connect_object (show, "change-state", G_CALLBACK (on_show_comments_cb), pane, 0);
  g_signal_connect_object (filter, "activate", G_CALLBACK (on_filter_activate_cb), view, 0);
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (show));
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (filter));

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_m, GDK_CONTROL_MASK | GDK_SHIFT_MASK),
                                                          gtk_named_action_new ("win.show-comments")));
  gtk_widget_add_controller (GTK_WIDGET (window), shortcuts);

  g_signal_connect_object (pane, "module-chosen", G_CALLBACK (on_module_chosen_cb), view, 0);
  g_signal_connect_object (view, "notify::trajectory", G_CALLBACK (on_view_trajectory_cb), pane, 0);
  on_view_trajectory_cb (view, NULL, pane);
}
