/* lp-window-actions.c — the window's actions (win.*) and their accelerators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One place for the window's actions and shortcuts: every accelerator here
 * is also in the shortcuts window (ui/lp-shortcuts-window.ui; test-keys checks).
 * The timeline's own actions (timeline.zoom-* …) are the timeline's.
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "io/lp-file-names.h"
#include "lp-action-table.h"
#include "lp-export-dialog.h"
#include "lp-ics-dialog.h"
#include "lp-print-operation.h"
#include "lp-properties-dialog.h"
#include "lp-resources.h"
#include "lp-shift-dialog.h"
#include "lp-undo-toast.h"
#include "lp-window-compare.h"
#include "lp-window-internal.h"

/* The shortcuts window is built when first asked for: GtkApplication
 * builds gtk/help-overlay.ui for every new window, a tenth of start-up. */
static void
show_shortcuts_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (LP_UI_RESOURCE_PREFIX "/lp-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static void
reload_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);
  g_autoptr(GFile) file = NULL;

  if (self->file == NULL || lp_window_is_modified (self))
    return;   /* never throws away unsaved work */
  file = g_object_ref (self->file);
  lp_window_open_file (self, file);
}

static void
merge_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  _lp_window_merge (LP_WINDOW (widget));
}

static GtkFileFilter *
new_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Leerplaats trajectories"));
  gtk_file_filter_add_mime_type (filter, "application/x-leerplaats");
  gtk_file_filter_add_pattern (filter, "*.leerplaats");
  return filter;
}

/* A window that shows a file or holds unsaved work is never replaced by
 * Open: the file opens in its own window (or the window that already has
 * it).  An empty, untouched window is reused. */
static void
open_here_or_elsewhere (LpWindow *self,
                        GFile    *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  LpHistory *history = lp_trajectory_get_history (self->trajectory);

  if (app == NULL ||
      (self->file == NULL && !lp_history_is_modified (history) && !lp_history_can_undo (history)))
    lp_window_open_file (self, file);
  else
    g_application_open (G_APPLICATION (app), &file, 1, "");
}

static void
open_recent_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  open_here_or_elsewhere (LP_WINDOW (widget), file);
}

static void
on_open_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     LpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      open_here_or_elsewhere (self, file);
    }
  _lp_window_drop_chooser (self);
}

static void
on_save_as_response_cb (GtkNativeDialog *dialog,
                        int              response,
                        LpWindow        *self)
{
  if (response != GTK_RESPONSE_ACCEPT)
    self->close_after_save = FALSE;
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      _lp_window_save_as_chosen (self, file);
    }
  _lp_window_drop_chooser (self);
}

static void
open_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = new_filter ();

  _lp_window_drop_chooser (self);
  self->chooser = gtk_file_chooser_native_new (_("Open Trajectory"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* A save chooser starts beside the open file (else in Documents, else home),
 * with a name made from the title that every file system accepts. */
static void
start_chooser_at_document (LpWindow   *self,
                           const char *extension)
{
  g_autoptr(GFile) folder = lp_file_names_start_folder (self->file);
  g_autofree char *name = lp_file_name_from_title (lp_trajectory_get_title (self->trajectory),
                                                   _("Trajectory"), extension);

  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
}

static void
save_as_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = new_filter ();

  _lp_window_drop_chooser (self);
  self->chooser = gtk_file_chooser_native_new (_("Save Trajectory"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  start_chooser_at_document (self, ".leerplaats");
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
save_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);

  if (self->file == NULL)
    save_as_action (widget, action_name, param);
  else if (!lp_window_is_modified (self) && !lp_document_get_disk_changed (self->document) &&
           g_file_query_exists (self->file, NULL))
    {
      /* nothing to write: saving again would only turn the backup (the
       * version before, perhaps someone else's) into a copy of the file;
       * a close that waited for a save goes on */
      if (self->close_after_save)
        {
          self->closing = TRUE;
          gtk_window_destroy (GTK_WINDOW (self));
        }
    }
  else
    _lp_window_save_to (self, self->file, TRUE);
}

static void
undo_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);

  lp_undo_toast_step (self->trajectory, self->timeline, self->toast_overlay, FALSE);
}

static void
redo_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);

  lp_undo_toast_step (self->trajectory, self->timeline, self->toast_overlay, TRUE);
}

/* The export's file chooser, kept as the window's open chooser. */
static void
on_export_chooser_shown_cb (GtkFileChooserNative *chooser,
                            gpointer              data)
{
  LpWindow *self = data;

  _lp_window_drop_chooser (self);
  self->chooser = chooser;
}

static void
export_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);
  LpComparison *comparison = _lp_window_get_comparison (self);

  _lp_window_drop_chooser (self);
  if (self->export_options != NULL)
    {
      GtkWindow *old = GTK_WINDOW (self->export_options);

      g_object_remove_weak_pointer (G_OBJECT (old), (gpointer *) &self->export_options);
      self->export_options = NULL;
      gtk_window_destroy (old);
    }
  self->export_options = lp_export_dialog_show (GTK_WINDOW (self), self->toast_overlay, self->trajectory, self->file,
                                                comparison ? lp_comparison_get_baseline (comparison) : NULL,
                                                comparison ? lp_comparison_get_since (comparison) : NULL,
                                                on_export_chooser_shown_cb, self);
  g_object_add_weak_pointer (G_OBJECT (self->export_options), (gpointer *) &self->export_options);
}

static void
export_ics_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);

  _lp_window_drop_chooser (self);
  self->chooser = lp_ics_dialog_show (GTK_WINDOW (self), self->toast_overlay, self->trajectory, self->file);
}

static void
print_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);

  lp_print_operation_run_dialog (GTK_WINDOW (self), self->trajectory);
}

static void
properties_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);
  lp_properties_dialog_present (GTK_WINDOW (self), self->trajectory);
}

static void
shift_programme_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);
  lp_shift_dialog_present (GTK_WINDOW (self), self->trajectory);
}

/* "Repeat Module…": the timeline's Repeat… on the selected module. */
static void
repeat_module_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);

  gtk_widget_activate_action (GTK_WIDGET (self->timeline), "timeline.repeat", NULL);
}

void
_lp_window_update_module_actions (LpWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.repeat-module",
                                 lp_timeline_view_get_selected_module (self->timeline) != NULL);
}

static void
present_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);

  if (lp_presentation_is_active (self->presentation))
    lp_presentation_leave (self->presentation);
  else
    lp_presentation_enter (self->presentation);
}

/* The header bar's zoom buttons use the timeline's own actions. */
static void
on_zoom_in_clicked_cb (LpWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self->timeline), "timeline.zoom-in", NULL);
}

static void
on_zoom_out_clicked_cb (LpWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self->timeline), "timeline.zoom-out", NULL);
}

static void
on_zoom_reset_clicked_cb (LpWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self->timeline), "timeline.zoom-reset", NULL);
}

/* Ctrl+plus, Ctrl+minus and Ctrl+0 zoom the timeline wherever the focus
 * is in the window (the header's buttons say so); the timeline's own
 * bindings, when it has the focus, come first. */
static void
zoom_in_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  on_zoom_in_clicked_cb (LP_WINDOW (widget));
}

static void
zoom_out_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  on_zoom_out_clicked_cb (LP_WINDOW (widget));
}

static void
zoom_reset_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  on_zoom_reset_clicked_cb (LP_WINDOW (widget));
}

static const LpActionEntry window_actions[] = {
  { "win.properties", NULL, properties_action, GDK_KEY_Return, GDK_ALT_MASK },
  { "win.shift-programme", NULL, shift_programme_action, 0, 0 },
  { "win.repeat-module", NULL, repeat_module_action, 0, 0 },
  { "window.close", NULL, NULL, GDK_KEY_w, GDK_CONTROL_MASK },
  { "win.open", NULL, open_action, GDK_KEY_o, GDK_CONTROL_MASK },
  { "win.open-recent", "s", open_recent_action, 0, 0 },
  { "win.reload", NULL, reload_action, 0, 0 },
  { "win.merge", NULL, merge_action, 0, 0 },
  { "win.save", NULL, save_action, GDK_KEY_s, GDK_CONTROL_MASK },
  { "win.save-as", NULL, save_as_action, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
  { "win.undo", NULL, undo_action, GDK_KEY_z, GDK_CONTROL_MASK },
  { "win.redo", NULL, redo_action, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
  { "win.redo", NULL, NULL, GDK_KEY_y, GDK_CONTROL_MASK },
  { "win.export-pdf", NULL, export_action, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK },
  { "win.export-ics", NULL, export_ics_action, 0, 0 },
  { "win.print", NULL, print_action, GDK_KEY_p, GDK_CONTROL_MASK },
  { "win.present", NULL, present_action, GDK_KEY_F5, 0 },
  { "win.zoom-in", NULL, zoom_in_action, GDK_KEY_plus, GDK_CONTROL_MASK },
  { "win.zoom-in", NULL, NULL, GDK_KEY_equal, GDK_CONTROL_MASK },
  { "win.zoom-in", NULL, NULL, GDK_KEY_KP_Add, GDK_CONTROL_MASK },
  { "win.zoom-out", NULL, zoom_out_action, GDK_KEY_minus, GDK_CONTROL_MASK },
  { "win.zoom-out", NULL, NULL, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK },
  { "win.zoom-reset", NULL, zoom_reset_action, GDK_KEY_0, GDK_CONTROL_MASK },
  { "win.show-help-overlay", NULL, show_shortcuts_action, 0, 0 },
};

void
_lp_window_class_add_actions (GtkWidgetClass *widget_class)
{
  lp_action_table_install (widget_class, window_actions, G_N_ELEMENTS (window_actions));
  gtk_widget_class_bind_template_callback (widget_class, on_zoom_in_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_zoom_out_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_zoom_reset_clicked_cb);
}
