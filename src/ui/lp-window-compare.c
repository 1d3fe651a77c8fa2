/* lp-window-compare.c — File → Compare With…: the window's comparison
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "io/lp-cli-diff.h"
#include "io/lp-file-names.h"
#include "io/lp-file-replace.h"
#include "io/lp-reader.h"
#include "lp-export-dialog.h"
#include "lp-window-compare.h"
#include "lp-window-internal.h"

#define COMPARISON_KEY "lp-window-comparison"
#define PANE_KEY       "lp-window-changes-pane"

LpComparison *
_lp_window_get_comparison (LpWindow *self)
{
  return g_object_get_data (G_OBJECT (self), COMPARISON_KEY);
}

LpChangesPane *
_lp_window_get_changes_pane (LpWindow *self)
{
  return g_object_get_data (G_OBJECT (self), PANE_KEY);
}

static void
leave (LpWindow *self)
{
  LpChangesPane *pane = _lp_window_get_changes_pane (self);

  g_object_set_data (G_OBJECT (self), COMPARISON_KEY, NULL);
  if (pane != NULL)
    gtk_widget_set_visible (GTK_WIDGET (pane), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-close", FALSE);
}

static void
compare_close_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  leave (LP_WINDOW (widget));
}

/* Choosing a change selects its module, puts the keyboard cursor on its
 * lane or selects its kind in the library (or, for a dated change without
 * a block, puts the keyboard cursor on its date). */
static void
on_change_activated_cb (LpWindow       *self,
                        const LpChange *change)
{
  LpModule *module = NULL;
  LpTrack *track = NULL;
  LpKind *kind = NULL;

  if (change->item_type == LP_TYPE_MODULE && change->id != NULL)
    module = lp_trajectory_lookup_module (self->trajectory, change->id);
  else if (change->item_type == LP_TYPE_TRACK && change->id != NULL)
    track = lp_trajectory_lookup_track (self->trajectory, change->id);
  else if (change->item_type == LP_TYPE_KIND && change->id != NULL)
    kind = lp_trajectory_lookup_kind (self->trajectory, change->id);
  if (track != NULL)
    lp_timeline_view_show_lane (self->timeline, (guint) lp_trajectory_get_track_index (self->trajectory, track));
  else if (kind != NULL)
    lp_palette_show_kind (self->palette, kind);
  else if (module != NULL)
    lp_timeline_view_scroll_to_module (self->timeline, module);
  else if (change->date != LP_DATE_NONE)
    {
      lp_timeline_view_set_selected_module (self->timeline, NULL);
      lp_timeline_view_set_cursor (self->timeline, 0, change->date);
    }
}

/* The pane goes under whatever the inner paned shows on its left (the
 * timeline's scroller), made the first time a comparison starts. */
static LpChangesPane *
ensure_pane (LpWindow *self)
{
  LpChangesPane *pane = _lp_window_get_changes_pane (self);
  GtkWidget *child, *box;

  if (pane != NULL)
    return pane;
  child = g_object_ref (gtk_paned_get_start_child (self->inner_paned));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_paned_set_start_child (self->inner_paned, box);
  gtk_widget_set_vexpand (child, TRUE);
  gtk_box_append (GTK_BOX (box), child);
  g_object_unref (child);
  pane = LP_CHANGES_PANE (lp_changes_pane_new ());
  gtk_widget_set_visible (GTK_WIDGET (pane), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (pane));
  g_signal_connect_swapped (pane, "change-activated", G_CALLBACK (on_change_activated_cb), self);
  g_signal_connect_swapped (pane, "close-requested", G_CALLBACK (leave), self);
  g_object_set_data (G_OBJECT (self), PANE_KEY, pane);
  return pane;
}

static void
on_changes_changed_cb (LpWindow     *self,
                       LpComparison *comparison)
{
  lp_changes_pane_set_changes (_lp_window_get_changes_pane (self), lp_comparison_get_changes (comparison),
                               lp_comparison_get_since (comparison));
}

/* "Changes since 15 March 2028": the day the baseline was saved, else its title. */
static char *
since_text (GFile        *file,
            LpTrajectory *baseline)
{
  char *date = g_file_peek_path (file) != NULL ? lp_baseline_date_text (g_file_peek_path (file)) : NULL;

  return date != NULL ? date : g_strdup (lp_trajectory_get_title (baseline));
}

gboolean
_lp_window_compare_with (LpWindow  *self,
                         GFile     *file,
                         GError   **error)
{
  g_autoptr(LpTrajectory) baseline = lp_reader_load_file (file, NULL, NULL, error);
  g_autofree char *since = NULL;
  LpChangesPane *pane;
  LpComparison *comparison;

  if (baseline == NULL)
    return FALSE;
  pane = ensure_pane (self);
  since = since_text (file, baseline);
  comparison = lp_comparison_new (self->timeline, baseline, since);
  g_signal_connect_swapped (comparison, "changes-changed", G_CALLBACK (on_changes_changed_cb), self);
  on_changes_changed_cb (self, comparison);
  g_object_set_data_full (G_OBJECT (self), COMPARISON_KEY, comparison, g_object_unref);
  gtk_widget_set_visible (GTK_WIDGET (pane), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-close", TRUE);
  return TRUE;
}

static void
on_compare_response_cb (GtkNativeDialog *dialog,
                        int              response,
                        LpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;

      if (!_lp_window_compare_with (self, file, &error))
        lp_show_error (GTK_WINDOW (self), _("Cannot Compare"), error->message);
    }
  _lp_window_drop_chooser (self);
}

static void
show_chooser (LpWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = lp_file_names_start_folder (self->file);

  gtk_file_filter_set_name (filter, _("Leerplaats trajectories and their backups"));
  gtk_file_filter_add_pattern (filter, "*.leerplaats");
  gtk_file_filter_add_pattern (filter, "*.leerplaats~");
  _lp_window_drop_chooser (self);
  self->chooser = gtk_file_chooser_native_new (_("Compare With an Earlier Version"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Compare"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_compare_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* The open file's backup (NAME.leerplaats~, the version before the last
 * save), or NULL when there is none. */
static GFile *
backup_of (LpWindow *self)
{
  g_autofree char *path = NULL;
  GFile *backup;

  if (self->file == NULL || g_file_peek_path (self->file) == NULL)
    return NULL;
  path = lp_file_backup_path (g_file_peek_path (self->file));
  backup = g_file_new_for_path (path);
  if (g_file_query_file_type (backup, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_REGULAR)
    return backup;
  g_object_unref (backup);
  return NULL;
}

static void
on_backup_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       LpWindow         *self)
{
  GFile *backup = g_object_get_data (G_OBJECT (dialog), "lp-backup");
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "choose"))
    show_chooser (self);
  else if (g_str_equal (response, "backup") && !_lp_window_compare_with (self, backup, &error))
    lp_show_error (GTK_WINDOW (self), _("Cannot Compare"), error->message);
}

/* Files hidden as backups (NAME~) are not shown by file choosers: the
 * backup is offered first, in a dialog of its own. */
static void
compare_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);
  g_autoptr(GFile) backup = backup_of (self);
  g_autofree char *name = NULL;
  g_autofree char *since = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (backup == NULL)
    {
      show_chooser (self);
      return;
    }
  name = g_file_get_basename (backup);
  since = lp_baseline_date_text (g_file_peek_path (backup));
  body = g_strdup_printf (_("“%s” holds the version before the last save (%s). "
                            "Compare with it, or choose another file."), name, since != NULL ? since : "");
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Compare With the Backup?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "choose", _("C_hoose File…"),
                                    "backup", _("Compare With _Backup"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "backup", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "backup");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "lp-backup", g_steal_pointer (&backup), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_backup_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_lp_window_compare_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.compare", NULL, compare_action);
  gtk_widget_class_install_action (widget_class, "win.compare-close", NULL, compare_close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.compare-close", NULL);
}

void
_lp_window_compare_init (LpWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.compare-close", FALSE);
}
