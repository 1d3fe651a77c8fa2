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
#include "io/lp-pdf-export.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"
#include "render/lp-timeline-painter.h"
#include "lp-a11y-names.h"
#include "lp-editor-toggle.h"
#include "lp-second-line.h"
#include "lp-module-editor.h"
#include "lp-palette.h"
#include "lp-pane-keys.h"
#include "lp-properties-dialog.h"
#include "lp-resources.h"
#include "lp-timeline-view.h"
#include "lp-undo-toast.h"
#include "lp-toast-util.h"
#include "lp-window-private.h"


struct _LpWindow
{
  AdwApplicationWindow  parent_instance;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  LpPalette            *palette;
  LpTimelineView       *timeline;
  LpModuleEditor       *editor;
  GtkPaned             *outer_paned;
  GtkPaned             *inner_paned;
  GMenu                *recent_menu;

  LpTrajectory         *trajectory;
  GFile                *file;
  LpFileStamp          *stamp;        /* the bytes loaded or last saved */
  GtkFileChooserNative *chooser;
  GSettings            *settings;     /* NULL when the schema is not installed */
  AdwToast             *progress_toast;
  guint                 progress_id;

  /* crash recovery: a draft of unsaved work, rewritten while modified */
  char                 *draft_id;
  guint                 draft_timeout_id;
  gboolean              close_after_save;
  gboolean              closing;
  gboolean              editor_width_applied;
  LpEditorToggle       *editor_toggle;   /* F9: show or hide the editor */

  /* someone else saving the file while it is open */
  GFileMonitor         *monitor;
  AdwToast             *disk_toast;
  gboolean              disk_changed;
  guint                 disk_events;  /* monitor events handled, for tests */
};

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
  return g_build_filename (g_get_user_data_dir (), APP_ID, "drafts", NULL);
}

static guint
autosave_interval (void)
{
  const char *env = g_getenv ("LEERPLAATS_AUTOSAVE_INTERVAL");
  guint64 seconds = 0;

  if (env != NULL && g_ascii_string_to_unsigned (env, 10, 1, 3600, &seconds, NULL))
    return (guint) seconds;
  return 10;
}

static void
remove_draft (LpWindow *self)
{
  g_autofree char *dir = NULL, *path = NULL, *meta = NULL;

  g_clear_handle_id (&self->draft_timeout_id, g_source_remove);
  if (self->draft_id == NULL)
    return;
  dir = lp_window_get_drafts_dir ();
  path = g_strdup_printf ("%s/%s.leerplaats", dir, self->draft_id);
  meta = g_strdup_printf ("%s/%s.ini", dir, self->draft_id);
  g_unlink (path);
  g_unlink (meta);
}

static gboolean
write_draft_cb (gpointer data)
{
  LpWindow *self = data;
  g_autofree char *dir = lp_window_get_drafts_dir ();
  g_autofree char *path = NULL, *meta = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *keys_data = NULL;

  self->draft_timeout_id = 0;
  if (!lp_history_is_modified (lp_trajectory_get_history (self->trajectory)))
    return G_SOURCE_REMOVE;

  if (self->draft_id == NULL)
    self->draft_id = g_uuid_string_random ();
  if (g_mkdir_with_parents (dir, 0700) != 0)
    return G_SOURCE_REMOVE;
  path = g_strdup_printf ("%s/%s.leerplaats", dir, self->draft_id);
  meta = g_strdup_printf ("%s/%s.ini", dir, self->draft_id);
  bytes = lp_writer_serialize (self->trajectory);
  if (self->file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);
      g_key_file_set_string (keys, "draft", "file", uri);
    }
  g_key_file_set_string (keys, "draft", "title", lp_trajectory_get_title (self->trajectory)
                                                 ? lp_trajectory_get_title (self->trajectory) : "");
  g_key_file_set_int64 (keys, "draft", "time", g_get_real_time () / G_USEC_PER_SEC);
  keys_data = g_key_file_to_data (keys, NULL, NULL);
  if (!g_file_set_contents_full (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error) ||
      !g_file_set_contents_full (meta, keys_data, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_warning ("Could not write a draft for crash recovery: %s", error->message);
  return G_SOURCE_REMOVE;
}

static void
schedule_draft (LpWindow *self)
{
  if (lp_history_is_modified (lp_trajectory_get_history (self->trajectory)))
    {
      if (self->draft_timeout_id == 0)
        self->draft_timeout_id = g_timeout_add_seconds (autosave_interval (), write_draft_cb, self);
    }
  else
    remove_draft (self);
}

static void
on_history_changed_cb (LpHistory *history,
                       LpWindow  *self)
{
  update_title (self);
  update_actions (self);
  schedule_draft (self);
}

static void
on_trajectory_changed_cb (LpTrajectory *trajectory,
                          LpWindow     *self)
{
  update_title (self);
}

static void
show_error (LpWindow   *self,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Take the "changed on disk" toast away. */
static void
dismiss_disk_toast (LpWindow *self)
{
  g_autoptr(AdwToast) toast = g_steal_pointer (&self->disk_toast);

  if (toast != NULL)
    lp_toast_withdraw (self->toast_overlay, toast);
}

/* The open file changed on disk and it is not our save: say so once, with
 * Reload when there is nothing unsaved to lose; Save will ask in any case. */
static void
on_file_monitor_changed_cb (GFileMonitor      *monitor,
                            GFile             *file,
                            GFile             *other,
                            GFileMonitorEvent  event,
                            LpWindow          *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  self->disk_events++;
  if (self->file == NULL || self->stamp == NULL || self->disk_changed ||
      event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED)
    return;
  /* by content: a save within the same time stamp tick keeps the mtime */
  if (lp_file_stamp_check_file (self->stamp, self->file, NULL, NULL) != LP_FILE_STAMP_CHANGED)
    return;

  self->disk_changed = TRUE;
  name = g_file_get_basename (self->file);
  if (lp_window_is_modified (self))
    title = g_strdup_printf (_("Someone else changed “%s”; saving will ask before overwriting"), name);
  else
    title = g_strdup_printf (_("Someone else changed “%s”"), name);
  dismiss_disk_toast (self);
  self->disk_toast = adw_toast_new (title);
  adw_toast_set_timeout (self->disk_toast, 0);
  if (!lp_window_is_modified (self))
    {
      adw_toast_set_button_label (self->disk_toast, _("_Reload"));
      adw_toast_set_action_name (self->disk_toast, "win.reload");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->disk_toast));
}

static void
forget_disk_change (LpWindow *self)
{
  self->disk_changed = FALSE;
  dismiss_disk_toast (self);
}

/* Watch the file this window shows (after open, save, recovery). */
static void
watch_file (LpWindow *self)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  forget_disk_change (self);
  if (self->file == NULL)
    return;
  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_NONE, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_monitor_changed_cb), self);
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

static gboolean save_to (LpWindow *self, GFile *file, gboolean check);

static void
on_changed_on_disk_response_cb (AdwMessageDialog *dialog,
                                const char       *response,
                                LpWindow         *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "lp-file");

  if (g_str_equal (response, "overwrite"))
    save_to (self, file, FALSE);
  else if (g_str_equal (response, "save-as"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
  else
    self->close_after_save = FALSE;
}

/* Someone else saved the file after we opened it: ask, never overwrite
 * silently (SPEC section 3). */
static void
ask_changed_on_disk (LpWindow *self,
                     GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The File Changed on Disk"), NULL);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Someone else saved “%s” after you opened it. Overwriting "
                                    "replaces their version with yours; “Save As…” keeps both."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save-as", _("Save _As…"),
                                    "overwrite", _("_Overwrite"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save-as",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-as");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "lp-file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_changed_on_disk_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *) "application/x-leerplaats",
    .app_name = (char *) "Leerplaats",
    .app_exec = (char *) "leerplaats %u",
    .groups = NULL,
    .is_private = FALSE,
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/* check: refuse (and ask) when the file no longer holds the bytes we
 * loaded or last saved. */
static gboolean
save_to (LpWindow *self,
         GFile    *file,
         gboolean  check)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LpFileStamp) new_stamp = NULL;
  gboolean same_file = self->file != NULL && g_file_equal (file, self->file);

  if (!lp_writer_save_file (self->trajectory, file, check ? self->stamp : NULL,
                            &new_stamp, NULL, &error))
    {
      if (g_error_matches (error, LP_FILE_ERROR, LP_FILE_ERROR_CHANGED))
        ask_changed_on_disk (self, file);
      else
        show_error (self, _("Could Not Save"), error->message);
      return FALSE;
    }

  g_set_object (&self->file, file);
  lp_file_stamp_free (self->stamp);
  self->stamp = g_steal_pointer (&new_stamp);
  lp_history_mark_saved (lp_trajectory_get_history (self->trajectory));
  /* the same monitor goes on: the events of our own write find our bytes */
  if (same_file && self->monitor != NULL)
    forget_disk_change (self);
  else
    watch_file (self);
  add_to_recent (file);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Saved")));
  remove_draft (self);
  if (self->close_after_save)
    {
      self->closing = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
    }
  return TRUE;
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

#define MAX_RECENT 10

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo **) a, *ib = *(GtkRecentInfo **) b;
  GDateTime *ma = gtk_recent_info_get_modified (ia);  /* owned by the info */
  GDateTime *mb = gtk_recent_info_get_modified (ib);

  if (ma == NULL || mb == NULL)
    return (ma == NULL) - (mb == NULL);
  return -g_date_time_compare (ma, mb);
}

/* The "Open" split button's menu: the last trajectories opened or saved. */
static void
rebuild_recent_menu (LpWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  guint shown = 0;

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);

      if (g_str_has_suffix (uri, ".leerplaats") && gtk_recent_info_exists (info))
        g_ptr_array_add (found, info);
    }
  g_ptr_array_sort (found, compare_recent);

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; i < found->len && shown < MAX_RECENT; i++, shown++)
    {
      GtkRecentInfo *info = g_ptr_array_index (found, i);
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = NULL;
      const char *name = gtk_recent_info_get_display_name (info);

      /* the file name without its extension; underscores shown as typed */
      label = g_str_has_suffix (name, ".leerplaats")
              ? g_strndup (name, strlen (name) - strlen (".leerplaats")) : g_strdup (name);
      item = g_menu_item_new (NULL, NULL);
      g_menu_item_set_label (item, label);
      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (gtk_recent_info_get_uri (info)));
      g_menu_append_item (self->recent_menu, item);
    }
  if (shown == 0)
    g_menu_append (self->recent_menu, _("No Recent Trajectories"), "win.no-recent");
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
on_recent_changed_cb (GtkRecentManager *manager,
                      LpWindow         *self)
{
  rebuild_recent_menu (self);
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
on_open_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     LpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      open_here_or_elsewhere (self, file);
    }
  g_clear_object (&self->chooser);
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
      save_to (self, file, self->file != NULL && g_file_equal (file, self->file));
    }
  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = new_filter ();

  g_clear_object (&self->chooser);
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

  g_clear_object (&self->chooser);
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
  else
    save_to (self, self->file, TRUE);
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

/* ---- export and print ---- */

static LpTrajectory *
copy_trajectory (LpTrajectory *trajectory)
{
  g_autoptr(GBytes) bytes = lp_writer_serialize (trajectory);

  /* a private copy, so the export thread never sees edits in progress */
  return lp_reader_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "copy", NULL);
}

static void
read_export_options (LpWindow        *self,
                     LpExportOptions *options)
{
  lp_export_options_init (options);
  if (self->settings == NULL)
    return;
  options->paper = g_settings_get_enum (self->settings, "export-paper") == 1 ? LP_PAPER_A3 : LP_PAPER_A4;
  options->portrait = g_settings_get_enum (self->settings, "export-orientation") == 1;
  options->orientation_chosen = TRUE;
  options->overview = g_settings_get_boolean (self->settings, "export-overview");
  options->booklet = g_settings_get_boolean (self->settings, "export-booklet");
  options->participant_version = g_settings_get_boolean (self->settings, "export-participant-version");
  if (!options->overview && !options->booklet)
    options->overview = TRUE;
}

typedef struct {
  LpTrajectory    *trajectory;
  LpExportOptions  options;
  gboolean        *hidden;
  char            *path;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->hidden);
  g_clear_object (&job->trajectory);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ExportJob *job = data;
  GError *error = NULL;

  if (lp_pdf_export (job->trajectory, &job->options, job->path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static gboolean
show_progress_cb (gpointer data)
{
  LpWindow *self = data;

  self->progress_id = 0;
  self->progress_toast = adw_toast_new (_("Exporting PDF…"));
  adw_toast_set_timeout (self->progress_toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->progress_toast));
  return G_SOURCE_REMOVE;
}

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  LpWindow *self = LP_WINDOW (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (self->progress_toast != NULL)
    {
      lp_toast_withdraw (self->toast_overlay, self->progress_toast);
      g_clear_object (&self->progress_toast);
    }

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    show_error (self, _("Could Not Export"), error->message);
  else
    {
      g_autofree char *name = g_path_get_basename (job->path);
      g_autofree char *text = g_strdup_printf (_("Exported “%s”"), name);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
    }
}

static void
on_export_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       LpWindow        *self)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
      g_autoptr(GTask) task = NULL;
      const char *paper = gtk_file_chooser_get_choice (chooser, "paper");
      const char *orientation = gtk_file_chooser_get_choice (chooser, "orientation");
      const char *contents = gtk_file_chooser_get_choice (chooser, "contents");
      const char *participant = gtk_file_chooser_get_choice (chooser, "participant");
      ExportJob *job;

      if (self->settings != NULL)
        {
          if (paper)
            g_settings_set_string (self->settings, "export-paper", paper);
          if (orientation)
            g_settings_set_string (self->settings, "export-orientation", orientation);
          if (contents)
            {
              g_settings_set_boolean (self->settings, "export-overview", g_strcmp0 (contents, "booklet") != 0);
              g_settings_set_boolean (self->settings, "export-booklet", g_strcmp0 (contents, "overview") != 0);
            }
          if (participant)
            g_settings_set_boolean (self->settings, "export-participant-version",
                                    g_strcmp0 (participant, "true") == 0);
        }

      job = g_new0 (ExportJob, 1);
      read_export_options (self, &job->options);
      if (self->settings == NULL)
        {
          LpPaper p;
          if (lp_paper_from_string (paper, &p))
            job->options.paper = p;
          job->options.portrait = g_strcmp0 (orientation, "portrait") == 0;
          job->options.booklet = g_strcmp0 (contents, "overview") != 0;
          job->options.overview = g_strcmp0 (contents, "booklet") != 0;
          job->options.participant_version = g_strcmp0 (participant, "true") == 0;
        }
      job->trajectory = copy_trajectory (self->trajectory);
      job->path = g_file_get_path (file);
      {
        const char *only = gtk_file_chooser_get_choice (chooser, "tracks");
        GListModel *tracks = lp_trajectory_get_tracks (self->trajectory);
        guint n = g_list_model_get_n_items (tracks);

        if (only != NULL && g_strcmp0 (only, "all") != 0 && n > 0)
          {
            job->hidden = g_new0 (gboolean, n);
            for (guint i = 0; i < n; i++)
              {
                g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);
                job->hidden[i] = g_strcmp0 (lp_track_get_id (track), only) != 0;
              }
            job->options.hidden_tracks = job->hidden;
            job->options.n_hidden_tracks = n;
          }
      }

      if (job->trajectory == NULL || job->path == NULL)
        {
          export_job_free (job);
          show_error (self, _("Could Not Export"), _("Choose a folder on this computer."));
        }
      else
        {
          /* show that something happens when it takes longer than half a second */
          g_clear_handle_id (&self->progress_id, g_source_remove);
          self->progress_id = g_timeout_add (500, show_progress_cb, self);
          task = g_task_new (self, NULL, on_export_done_cb, NULL);
          g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
          g_task_run_in_thread (task, export_thread);
        }
    }
  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);
  const char *paper_ids[] = { "a4", "a3", NULL };
  const char *paper_labels[] = { "A4", "A3", NULL };
  const char *orientation_ids[] = { "landscape", "portrait", NULL };
  const char *orientation_labels[] = { _("Landscape"), _("Portrait"), NULL };
  const char *contents_ids[] = { "overview", "both", "booklet", NULL };
  const char *contents_labels[] = { _("Overview"), _("Overview and programme booklet"), _("Programme booklet"), NULL };
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  LpExportOptions options;

  read_export_options (self, &options);
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export as PDF"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  start_chooser_at_document (self, ".pdf");

  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (self->chooser), "paper", _("Paper"), paper_ids, paper_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (self->chooser), "paper", options.paper == LP_PAPER_A3 ? "a3" : "a4");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (self->chooser), "orientation", _("Orientation"),
                               orientation_ids, orientation_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (self->chooser), "orientation",
                               options.portrait ? "portrait" : "landscape");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (self->chooser), "contents", _("Contents"),
                               contents_ids, contents_labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (self->chooser), "contents",
                               options.booklet ? (options.overview ? "both" : "booklet") : "overview");
  {
    GListModel *tracks = lp_trajectory_get_tracks (self->trajectory);
    guint n = g_list_model_get_n_items (tracks);
    g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

    /* all tracks, or one group's own printout */
    g_ptr_array_add (ids, g_strdup ("all"));
    g_ptr_array_add (labels, g_strdup (_("All lanes")));
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);
        g_ptr_array_add (ids, g_strdup (lp_track_get_id (track)));
        g_ptr_array_add (labels, g_strdup (lp_track_get_name (track)));
      }
    g_ptr_array_add (ids, NULL);
    g_ptr_array_add (labels, NULL);
    gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (self->chooser), "tracks", _("Lanes"),
                                 (const char **) ids->pdata, (const char **) labels->pdata);
    gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (self->chooser), "tracks", "all");
  }
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (self->chooser), "participant",
                               _("Participant version (without notes and comments)"), NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (self->chooser), "participant",
                               options.participant_version ? "true" : "false");

  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   LpExportDocument  *doc)
{
  gtk_print_operation_set_n_pages (operation, (int) lp_export_document_get_n_pages (doc));
}

static void
on_request_page_setup_cb (GtkPrintOperation *operation,
                          GtkPrintContext   *context,
                          int                page,
                          GtkPageSetup      *setup,
                          LpExportDocument  *doc)
{
  double w, h;

  lp_export_document_get_page_size (doc, (guint) page, &w, &h);
  gtk_page_setup_set_orientation (setup, w > h ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 LpExportDocument  *doc)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double w, h, cw, ch, scale;

  /* the same pages as the PDF, scaled to the printable area */
  lp_export_document_get_page_size (doc, (guint) page, &w, &h);
  cw = gtk_print_context_get_width (context);
  ch = gtk_print_context_get_height (context);
  scale = MIN (cw / w, ch / h);
  cairo_scale (cr, scale, scale);
  lp_export_document_draw_page (doc, cr, (guint) page);
}

static void
print_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) copy = copy_trajectory (self->trajectory);
  LpExportOptions options;
  LpExportDocument *doc;

  if (copy == NULL)
    return;
  read_export_options (self, &options);
  doc = lp_export_document_new (copy, &options);
  gtk_page_setup_set_orientation (setup, options.portrait ? GTK_PAGE_ORIENTATION_PORTRAIT
                                                          : GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, FALSE);
  gtk_print_operation_set_job_name (operation, lp_trajectory_get_title (copy) ? lp_trajectory_get_title (copy) : "Leerplaats");
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), doc);
  g_signal_connect (operation, "request-page-setup", G_CALLBACK (on_request_page_setup_cb), doc);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), doc);
  g_object_set_data_full (G_OBJECT (operation), "lp-document", doc, (GDestroyNotify) lp_export_document_free);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Could Not Print"), error->message);
}

static void
properties_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);
  lp_properties_dialog_present (GTK_WINDOW (self), self->trajectory);
}

static void
zoom_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);

  if (g_str_equal (action_name, "win.zoom-in"))
    lp_timeline_view_zoom_in (self->timeline);
  else if (g_str_equal (action_name, "win.zoom-out"))
    lp_timeline_view_zoom_out (self->timeline);
  else
    lp_timeline_view_zoom_reset (self->timeline);
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
  lp_editor_toggle_reveal (self->editor_toggle);
  lp_module_editor_focus_first (self->editor);
}

static void
on_close_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      LpWindow         *self)
{
  if (g_str_equal (response, "discard"))
    {
      remove_draft (self);
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
      remove_draft (self);
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
  g_clear_pointer (&self->draft_id, g_free);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_object (&self->progress_toast);
  g_clear_object (&self->editor_toggle);
  g_clear_object (&self->settings);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_object (&self->disk_toast);
  g_clear_object (&self->trajectory);
  g_clear_object (&self->file);
  g_clear_pointer (&self->stamp, lp_file_stamp_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), LP_TYPE_WINDOW);

  G_OBJECT_CLASS (lp_window_parent_class)->dispose (object);
}

static void
lp_window_class_init (LpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lp_window_dispose;
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
  gtk_widget_class_install_action (widget_class, "win.properties", NULL, properties_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_ALT_MASK, "win.properties", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
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
  self->editor_toggle = lp_editor_toggle_new (GTK_WINDOW (self), GTK_WIDGET (self->editor), self->settings);
  lp_second_line_install (GTK_WINDOW (self), self->timeline, self->settings);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (on_recent_changed_cb), self, 0);
  rebuild_recent_menu (self);
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
  watch_file (self);
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
lp_window_recover_draft (LpWindow     *self,
                         LpTrajectory *trajectory,
                         GFile        *original,
                         const char   *draft_id)
{
  g_return_if_fail (LP_IS_WINDOW (self));

  g_set_object (&self->file, original);
  g_clear_pointer (&self->stamp, lp_file_stamp_free);
  g_free (self->draft_id);
  self->draft_id = g_strdup (draft_id);
  lp_window_set_trajectory (self, trajectory);
  lp_history_mark_unsaved (lp_trajectory_get_history (trajectory));
}

gboolean
lp_window_is_modified (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), FALSE);
  return lp_history_is_modified (lp_trajectory_get_history (self->trajectory));
}

gboolean
lp_window_load_file (LpWindow  *self,
                     GFile     *file,
                     GError   **error)
{
  g_autoptr(LpTrajectory) trajectory = NULL;
  g_autoptr(LpFileStamp) stamp = NULL;

  g_return_val_if_fail (LP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  trajectory = lp_reader_load_file (file, &stamp, NULL, error);
  if (trajectory == NULL)
    return FALSE;

  g_set_object (&self->file, file);
  lp_file_stamp_free (self->stamp);
  self->stamp = g_steal_pointer (&stamp);
  lp_window_set_trajectory (self, trajectory);
  watch_file (self);
  add_to_recent (file);
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
  show_error (self, heading, error->message);
}

void
lp_window_open_file (LpWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;

  if (!lp_window_load_file (self, file, &error) && error != NULL)
    lp_window_show_open_error (self, file, error);
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
