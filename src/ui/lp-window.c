/* lp-window.c — one trajectory document window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "core/lp-date.h"
#include "io/lp-file-names.h"
#include "io/lp-file-stamp.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"
#include "lp-a11y-names.h"
#include "lp-draft-store.h"
#include "lp-export-dialog.h"
#include "lp-module-editor.h"
#include "lp-palette.h"
#include "lp-pane-keys.h"
#include "lp-print-operation.h"
#include "lp-properties-dialog.h"
#include "lp-recent-menu.h"
#include "lp-resources.h"
#include "lp-timeline-view.h"
#include "lp-undo-toast.h"
#include "lp-toast-util.h"
#include "lp-window-internal.h"
#include "lp-window-private.h"


G_DEFINE_FINAL_TYPE (LpWindow, lp_window, ADW_TYPE_APPLICATION_WINDOW)

static void lp_window_set_trajectory (LpWindow *self, LpTrajectory *trajectory);

static void
update_title (LpWindow *self)
{
  const char *title = lp_trajectory_get_title (self->trajectory);
  gboolean modified = lp_history_is_modified (lp_trajectory_get_history (self->trajectory));
  g_autofree char *text = NULL;

  if (title == NULL || *title == '\0')
    title = _("Untitled trajectory");
  /* TRANSLATORS: window title of a trajectory with unsaved changes */
  text = modified ? g_strdup_printf (_("• %s — Leerplaats"), title)
                  : g_strdup_printf (_("%s — Leerplaats"), title);
  gtk_window_set_title (GTK_WINDOW (self), text);
}

static void
update_actions (LpWindow *self)
{
  LpHistory *history = lp_trajectory_get_history (self->trajectory);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", lp_history_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", lp_history_can_redo (history));
}

/* ---- drafts (crash recovery) ---- */

char *
lp_window_get_drafts_dir (void)
{
  return lp_draft_store_get_dir ();
}

void
_lp_window_remove_draft (LpWindow *self)
{
  g_clear_handle_id (&self->draft_timeout_id, g_source_remove);
  self->draft_generation++;
  lp_draft_store_remove (self->draft_id);
}

static gboolean write_draft_cb (gpointer data);

static void
on_draft_written_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      data)
{
  g_autoptr(LpWindow) self = data;
  g_autoptr(GError) error = NULL;

  self->draft_writing = FALSE;
  if (!lp_draft_store_write_finish (result, &error))
    g_warning ("Could not write a draft for crash recovery: %s", error->message);
  /* saved or discarded while the draft was being written: it goes */
  if (self->draft_write_generation != self->draft_generation || self->trajectory == NULL ||
      !lp_history_is_modified (lp_trajectory_get_history (self->trajectory)))
    lp_draft_store_remove (self->draft_id);
}

/* Serialize here (the document lives on this thread), write in a worker. */
static gboolean
write_draft_cb (gpointer data)
{
  LpWindow *self = data;
  g_autoptr(GBytes) bytes = NULL;

  self->draft_timeout_id = 0;
  if (!lp_history_is_modified (lp_trajectory_get_history (self->trajectory)))
    return G_SOURCE_REMOVE;
  if (self->draft_writing)
    {
      /* one write at a time: try again in a moment */
      self->draft_timeout_id = g_timeout_add (lp_draft_store_delay_ms (), write_draft_cb, self);
      return G_SOURCE_REMOVE;
    }
  if (self->draft_id == NULL)
    self->draft_id = g_uuid_string_random ();
  bytes = lp_writer_serialize (self->trajectory);
  self->draft_writing = TRUE;
  self->draft_write_generation = self->draft_generation;
  lp_draft_store_write_async (self->draft_id, bytes, self->file,
                              lp_trajectory_get_title (self->trajectory), self->stamp,
                              NULL, on_draft_written_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/* A draft about a second after the last change (debounced). */
static void
schedule_draft (LpWindow *self)
{
  g_clear_handle_id (&self->draft_timeout_id, g_source_remove);
  if (lp_history_is_modified (lp_trajectory_get_history (self->trajectory)))
    self->draft_timeout_id = g_timeout_add (lp_draft_store_delay_ms (), write_draft_cb, self);
  else
    _lp_window_remove_draft (self);
}


static void
on_history_changed_cb (LpHistory *history,
                       LpWindow  *self)
{
  self->edits++;
  update_title (self);
  update_actions (self);
  schedule_draft (self);
  /* Reload is offered only while nothing unsaved would be lost */
  if (self->disk_changed && self->disk_toast_reload == lp_window_is_modified (self))
    _lp_window_show_disk_toast (self);
}

static void
on_trajectory_changed_cb (LpTrajectory *trajectory,
                          LpWindow     *self)
{
  update_title (self);
}

static void
on_recent_changed_cb (GtkRecentManager *manager,
                      LpWindow         *self)
{
  lp_recent_menu_rebuild (self->recent_menu);
}

/* The editor panel keeps its width when the window is resized (the paned
 * does not resize it); remember that width rather than the divider position. */
static void
on_inner_paned_notify_cb (GtkPaned   *paned,
                          GParamSpec *pspec,
                          LpWindow   *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (paned));
  int position = gtk_paned_get_position (paned);

  if (self->settings == NULL || width <= 0)
    return;
  if (!self->editor_width_applied)
    {
      int editor_width = g_settings_get_int (self->settings, "editor-width");

      self->editor_width_applied = TRUE;
      gtk_paned_set_position (paned, MAX (width - editor_width, 0));
      return;
    }
  if (g_str_equal (pspec->name, "position"))
    g_settings_set_int (self->settings, "editor-width", MAX (width - position, 0));
}

static void
on_kind_activated_cb (LpPalette *palette,
                      LpKind    *kind,
                      LpWindow  *self)
{
  if (lp_timeline_view_place_kind (self->timeline, kind) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->timeline));
}

static void
on_module_activated_cb (LpTimelineView *view,
                        LpModule       *module,
                        LpWindow       *self)
{
  lp_module_editor_focus_first (self->editor);
}

static void
on_close_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      LpWindow         *self)
{
  if (g_str_equal (response, "discard"))
    {
      _lp_window_remove_draft (self);
      self->closing = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      gtk_widget_activate_action (GTK_WIDGET (self), "win.save", NULL);
    }
}

static gboolean
lp_window_close_request (GtkWindow *window)
{
  LpWindow *self = LP_WINDOW (window);
  GtkWidget *dialog;
  const char *title;
  g_autofree char *heading = NULL;

  if (self->closing || !lp_window_is_modified (self))
    {
      _lp_window_remove_draft (self);
      return GTK_WINDOW_CLASS (lp_window_parent_class)->close_request (window);
    }

  title = lp_trajectory_get_title (self->trajectory);
  heading = g_strdup_printf (_("Save Changes to “%s”?"), title && *title ? title : _("Untitled trajectory"));
  dialog = adw_message_dialog_new (window, heading,
                                   _("If you close without saving, your changes are lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
lp_window_dispose (GObject *object)
{
  LpWindow *self = (LpWindow *) object;

  if (self->chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_handle_id (&self->draft_timeout_id, g_source_remove);
  g_clear_object (&self->settings);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_object (&self->disk_toast);
  g_clear_handle_id (&self->saving_toast_id, g_source_remove);
  g_clear_object (&self->saving_toast);
  g_clear_object (&self->trajectory);
  g_clear_object (&self->file);
  g_clear_pointer (&self->stamp, lp_file_stamp_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), LP_TYPE_WINDOW);

  G_OBJECT_CLASS (lp_window_parent_class)->dispose (object);
}

/* The draft's id stays until the end: a draft write still running when the
 * window goes finds it, and removes the draft of a document closed meanwhile. */
static void
lp_window_finalize (GObject *object)
{
  LpWindow *self = (LpWindow *) object;

  g_clear_pointer (&self->draft_id, g_free);
  G_OBJECT_CLASS (lp_window_parent_class)->finalize (object);
}

static void
lp_window_class_init (LpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lp_window_dispose;
  object_class->finalize = lp_window_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = lp_window_close_request;

  lp_ui_ensure_resources ();
  g_type_ensure (LP_TYPE_PALETTE);
  g_type_ensure (LP_TYPE_TIMELINE_VIEW);
  g_type_ensure (LP_TYPE_MODULE_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, LP_UI_RESOURCE_PREFIX "/lp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, palette);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, editor);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, outer_paned);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, inner_paned);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, recent_menu);
  _lp_window_class_add_actions (widget_class);
}

static void
lp_window_init (LpWindow *self)
{
  g_autoptr(LpTrajectory) trajectory = lp_trajectory_new_default ();

  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  lp_pane_keys_install_escape (GTK_WIDGET (self->editor), GTK_WIDGET (self->timeline));
  lp_a11y_name_split_buttons (GTK_WIDGET (self));
  g_object_bind_property (self->timeline, "selected-module", self->editor, "module", G_BINDING_SYNC_CREATE);
  g_signal_connect (self->palette, "kind-activated", G_CALLBACK (on_kind_activated_cb), self);
  g_signal_connect (self->timeline, "module-activated", G_CALLBACK (on_module_activated_cb), self);
  if (schema != NULL)
    {
      self->settings = g_settings_new (APP_ID);
      g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "palette-width", self->outer_paned, "position", G_SETTINGS_BIND_DEFAULT);
      g_signal_connect (self->inner_paned, "notify::position", G_CALLBACK (on_inner_paned_notify_cb), self);
      g_signal_connect (self->inner_paned, "notify::max-position", G_CALLBACK (on_inner_paned_notify_cb), self);
    }
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (on_recent_changed_cb), self, 0);
  lp_recent_menu_rebuild (self->recent_menu);
  lp_window_set_trajectory (self, trajectory);
}

static void
lp_window_set_trajectory (LpWindow     *self,
                          LpTrajectory *trajectory)
{
  if (self->trajectory != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->trajectory, self);
      g_signal_handlers_disconnect_by_data (lp_trajectory_get_history (self->trajectory), self);
    }
  g_set_object (&self->trajectory, trajectory);
  lp_timeline_view_set_trajectory (self->timeline, trajectory);
  lp_palette_set_trajectory (self->palette, trajectory);
  lp_module_editor_set_trajectory (self->editor, trajectory);

  g_signal_connect (trajectory, "changed", G_CALLBACK (on_trajectory_changed_cb), self);
  g_signal_connect (lp_trajectory_get_history (trajectory), "changed",
                    G_CALLBACK (on_history_changed_cb), self);
  update_title (self);
  update_actions (self);
}

void
lp_window_set_document (LpWindow     *self,
                        LpTrajectory *trajectory)
{
  g_return_if_fail (LP_IS_WINDOW (self));
  g_clear_object (&self->file);
  g_clear_pointer (&self->stamp, lp_file_stamp_free);
  _lp_window_watch_file (self);
  lp_window_set_trajectory (self, trajectory);
}

LpWindow *
lp_window_new (GtkApplication *application)
{
  return g_object_new (LP_TYPE_WINDOW, "application", application, NULL);
}

LpTrajectory *
lp_window_get_trajectory (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), NULL);
  return self->trajectory;
}

GFile *
lp_window_get_file (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), NULL);
  return self->file;
}

void
lp_window_recover_draft (LpWindow          *self,
                         LpTrajectory      *trajectory,
                         GFile             *original,
                         const char        *draft_id,
                         const LpFileStamp *base)
{
  g_return_if_fail (LP_IS_WINDOW (self));

  g_set_object (&self->file, original);
  g_clear_pointer (&self->stamp, lp_file_stamp_free);
  self->stamp = base ? lp_file_stamp_copy (base) : NULL;
  g_free (self->draft_id);
  self->draft_id = g_strdup (draft_id);
  lp_window_set_trajectory (self, trajectory);
  lp_history_mark_unsaved (lp_trajectory_get_history (trajectory));
  _lp_window_watch_file (self);
  /* someone saved the file after the draft's base: the same question as
   * for a change seen while open */
  if (self->file != NULL && self->stamp != NULL &&
      lp_file_stamp_check_file (self->stamp, self->file, NULL, NULL) == LP_FILE_STAMP_CHANGED)
    {
      self->disk_changed = TRUE;
      _lp_window_show_disk_toast (self);
    }
}

gboolean
lp_window_is_modified (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), FALSE);
  return lp_history_is_modified (lp_trajectory_get_history (self->trajectory));
}

/* Shows trajectory, read from file with stamp. */
static void
show_loaded (LpWindow     *self,
             GFile        *file,
             LpTrajectory *trajectory,
             LpFileStamp  *stamp)
{
  g_set_object (&self->file, file);
  lp_file_stamp_free (self->stamp);
  self->stamp = stamp;
  lp_window_set_trajectory (self, trajectory);
  _lp_window_watch_file (self);
  lp_recent_menu_add (file);
}

gboolean
lp_window_load_file (LpWindow  *self,
                     GFile     *file,
                     GError   **error)
{
  g_autoptr(LpTrajectory) trajectory = NULL;
  LpFileStamp *stamp = NULL;

  g_return_val_if_fail (LP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  trajectory = lp_reader_load_file (file, &stamp, NULL, error);
  if (trajectory == NULL)
    return FALSE;
  show_loaded (self, file, trajectory, stamp);
  return TRUE;
}

void
lp_window_show_open_error (LpWindow     *self,
                           GFile        *file,
                           const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

  g_return_if_fail (LP_IS_WINDOW (self));
  lp_show_error (GTK_WINDOW (self), heading, error->message);
}

typedef struct {
  GFile        *file;
  LpTrajectory *trajectory;
  LpFileStamp  *stamp;
} OpenJob;

static void
open_job_free (OpenJob *job)
{
  g_object_unref (job->file);
  g_clear_object (&job->trajectory);
  g_clear_pointer (&job->stamp, lp_file_stamp_free);
  g_free (job);
}

static void
open_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  OpenJob *job = data;
  GError *error = NULL;

  job->trajectory = lp_reader_load_file (job->file, &job->stamp, cancellable, &error);
  if (job->trajectory == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_opened_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  LpWindow *self = LP_WINDOW (source);
  OpenJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (self->trajectory == NULL)
    return;   /* the window is gone */
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    lp_window_show_open_error (self, job->file, error);
  else
    show_loaded (self, job->file, job->trajectory, g_steal_pointer (&job->stamp));
}

void
lp_window_open_file (LpWindow *self,
                     GFile    *file)
{
  g_autoptr(GTask) task = NULL;
  OpenJob *job;

  g_return_if_fail (LP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (OpenJob, 1);
  job->file = g_object_ref (file);
  task = g_task_new (self, NULL, on_opened_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) open_job_free);
  g_task_run_in_thread (task, open_thread);
}

GMenuModel *
_lp_window_get_recent_menu (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), NULL);
  return G_MENU_MODEL (self->recent_menu);
}

GtkWidget *
_lp_window_get_editor (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->editor);
}

gboolean
_lp_window_get_disk_changed (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), FALSE);
  return self->disk_changed;
}

guint
_lp_window_get_disk_events (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), 0);
  return self->disk_events;
}

GtkFileChooser *
_lp_window_get_chooser (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), NULL);
  return self->chooser ? GTK_FILE_CHOOSER (self->chooser) : NULL;
}

AdwToast *
_lp_window_get_disk_toast (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), NULL);
  return self->disk_toast;
}

gboolean
_lp_window_is_saving (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), FALSE);
  return self->saving;
}
