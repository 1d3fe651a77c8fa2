/* lp-window-file.c — the window's file on disk: someone else changing it,
 * a read-only file, saving
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "io/lp-file-error.h"
#include "io/lp-file-lock.h"
#include "io/lp-writer.h"
#include "lp-confirm.h"
#include "lp-export-dialog.h"
#include "lp-replace-question.h"
#include "lp-toast-util.h"
#include "lp-window-internal.h"

/* Take the "changed on disk" toast away. */
static void
dismiss_disk_toast (LpWindow *self)
{
  g_autoptr(AdwToast) toast = g_steal_pointer (&self->disk_toast);

  if (toast != NULL)
    lp_toast_withdraw (self->toast_overlay, toast);
}

/* Say that someone else changed the file: with Reload while there is
 * nothing unsaved to lose, else why there is none.  Save asks in any case. */
void
_lp_window_show_disk_toast (LpWindow *self)
{
  g_autofree char *basename = g_file_get_basename (self->file);
  g_autofree char *name = g_markup_escape_text (basename, -1);   /* a toast's title is markup */
  g_autofree char *title = NULL;

  self->disk_toast_reload = !lp_window_is_modified (self);
  if (self->disk_toast_reload)
    title = g_strdup_printf (_("Someone else changed “%s”"), name);
  else
    title = g_strdup_printf (_("Someone else changed “%s”; you have edited it since, so it cannot be "
                               "reloaded without losing your changes. Saving will ask before overwriting"),
                             name);
  dismiss_disk_toast (self);
  self->disk_toast = adw_toast_new (title);
  adw_toast_set_timeout (self->disk_toast, 0);
  adw_toast_set_button_label (self->disk_toast, self->disk_toast_reload ? _("_Reload") : _("_Merge"));
  adw_toast_set_action_name (self->disk_toast, self->disk_toast_reload ? "win.reload" : "win.merge");
  lp_toast_show (self->toast_overlay, g_object_ref (self->disk_toast));
}

void
_lp_window_forget_disk_change (LpWindow *self)
{
  lp_document_forget_disk_change (self->document);
  dismiss_disk_toast (self);
}

static void
on_changed_on_disk_response_cb (AdwMessageDialog *dialog,
                                const char       *response,
                                LpWindow         *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "lp-file");

  if (g_str_equal (response, "overwrite"))
    _lp_window_save_to (self, file, FALSE);
  else if (g_str_equal (response, "merge"))
    _lp_window_merge (self);
  else if (g_str_equal (response, "save-as"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
  else
    self->close_after_save = FALSE;
}

/* Someone else saved the file after we opened it: ask, never overwrite
 * silently. */
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
  lp_confirm_set_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", "save-as", "overwrite",
                            "cancel", _("_Cancel"),
                            "save-as", _("Save _As…"),
                            "overwrite", _("_Overwrite"),
                            NULL);
  if (self->file != NULL && g_file_equal (file, self->file))
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "merge", _("_Merge"));
  g_object_set_data_full (G_OBJECT (dialog), "lp-file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_changed_on_disk_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_read_only_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          LpWindow         *self)
{
  if (g_str_equal (response, "save-as"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
  else
    self->close_after_save = FALSE;
}

/* A dialog saying why the file was not written, offering Save As (Cancel
 * also stops a close that waited for the save). */
static void
offer_save_as (LpWindow   *self,
               const char *heading,
               const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  lp_confirm_set_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", "save-as", NULL,
                            "cancel", _("_Cancel"),
                            "save-as", _("Save _As…"),
                            NULL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_read_only_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The file may not be changed by this user: say so and offer Save As, as
 * GNOME Text Editor does, instead of replacing it. */
static void
ask_read_only (LpWindow *self,
               GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("“%s” Is Read-Only"), name);

  offer_save_as (self, heading, _("You may not change this file. Save your work under another name with "
                                  "“Save As…”."));
}

/* A save failed (a full disk, a folder gone, a name too long): say why,
 * and offer to save the work elsewhere, as for a read-only file. */
static void
ask_save_failed (LpWindow   *self,
                 const char *message)
{
  offer_save_as (self, _("Could Not Save"), message);
}

/* FALSE only when the file exists and this user may not write it (a new
 * file, or one that cannot be asked about, is left to the writer). */
static gboolean
may_replace (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info == NULL || !g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE) ||
         g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE);
}

static void
set_saving (LpWindow *self,
            gboolean  saving)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", !saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", !saving);
  g_clear_handle_id (&self->saving_toast_id, g_source_remove);
  if (self->saving_toast != NULL)
    lp_toast_withdraw (self->toast_overlay, self->saving_toast);
  g_clear_object (&self->saving_toast);
}

static gboolean
show_saving_cb (gpointer data)
{
  LpWindow *self = data;

  self->saving_toast_id = 0;
  self->saving_toast = adw_toast_new (_("Saving…"));
  adw_toast_set_timeout (self->saving_toast, 0);
  lp_toast_show (self->toast_overlay, g_object_ref (self->saving_toast));
  return G_SOURCE_REMOVE;
}

typedef struct {
  LpWindow *window;
  GFile    *file;
} Saving;

static void
saving_free (Saving *saving)
{
  g_object_unref (saving->window);
  g_object_unref (saving->file);
  g_free (saving);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Saving, saving_free)

static void
on_saved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(Saving) saving = data;
  LpWindow *self = saving->window;
  GFile *file = saving->file;
  g_autoptr(GError) error = NULL;
  gboolean ok = lp_document_save_finish (LP_DOCUMENT (source), result, &error);

  if (self->document == NULL)
    return;   /* the window is gone */
  set_saving (self, FALSE);
  if (!ok && g_error_matches (error, LP_FILE_ERROR, LP_FILE_ERROR_CHANGED))
    ask_changed_on_disk (self, file);
  else if (!ok)
    {
      /* closing waits: Save As may still keep the work (Cancel stops it) */
      ask_save_failed (self, error->message);
    }
  else
    {
      g_set_object (&self->file, lp_document_get_file (self->document));
      _lp_window_update_lock (self);
      dismiss_disk_toast (self);
      lp_toast_show (self->toast_overlay, adw_toast_new (_("Saved")));
      if (self->close_after_save && !lp_window_is_modified (self))
        {
          self->closing = TRUE;
          gtk_window_destroy (GTK_WINDOW (self));
          return;
        }
      /* edited while the save ran: closing asks again */
      self->close_after_save = FALSE;
    }
}

/* check: refuse (and ask) when the file no longer holds the bytes we
 * loaded or last saved.  The document serializes here and writes in a
 * worker; Save is insensitive until it is done (a toast says so after half
 * a second). */
void
_lp_window_save_to (LpWindow *self,
                    GFile    *file,
                    gboolean  check)
{
  Saving *saving;

  if (lp_document_is_saving (self->document))
    return;
  if (!may_replace (file))
    {
      ask_read_only (self, file);
      return;
    }
  set_saving (self, TRUE);
  self->saving_toast_id = g_timeout_add (500, show_saving_cb, self);
  saving = g_new0 (Saving, 1);
  saving->window = g_object_ref (self);
  saving->file = g_object_ref (file);
  lp_document_save_async (self->document, file, check, on_saved_cb, saving);
}

static void
on_draft_toast_dismissed_cb (AdwToast *toast,
                             LpWindow *self)
{
  if (self->draft_toast == toast)
    g_clear_object (&self->draft_toast);
}

/* Work that is not saved is kept as a draft for crash recovery; when that
 * cannot be written (a full disk), the user is told to save, until a
 * draft can be written again. */
void
_lp_window_on_draft_failed (LpDocument *document,
                            const char *message,
                            LpWindow   *self)
{
  if (message == NULL)
    {
      if (self->draft_toast != NULL)
        lp_toast_withdraw (self->toast_overlay, self->draft_toast);
      g_clear_object (&self->draft_toast);
      return;
    }
  if (self->draft_toast == NULL)
    {
      g_autofree char *reason = g_markup_escape_text (message, -1);   /* a toast's title is markup */
      g_autofree char *title = g_strdup_printf (_("Your unsaved changes cannot be kept for recovery after a "
                                                  "crash (%s). Save them now."), reason);

      self->draft_toast = adw_toast_new (title);
      adw_toast_set_timeout (self->draft_toast, 0);
      adw_toast_set_button_label (self->draft_toast, _("_Save"));
      adw_toast_set_action_name (self->draft_toast, "win.save");
      g_signal_connect_object (self->draft_toast, "dismissed", G_CALLBACK (on_draft_toast_dismissed_cb), self, 0);
      /* before any other toast of the window, without libadwaita's high priority */
      lp_toast_show_urgent (self->toast_overlay, g_object_ref (self->draft_toast));
    }
}

static void
on_open_elsewhere_response_cb (AdwMessageDialog *dialog,
                               const char       *response,
                               LpWindow         *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "lp-file");

  if (g_str_equal (response, "save"))
    _lp_window_save_to (self, file, FALSE);
  else
    self->close_after_save = FALSE;
}

/* Save As onto a file someone else has open: their next save would
 * replace ours, or they would go on with a version that is no longer there. */
static gboolean
ask_open_elsewhere (LpWindow *self,
                    GFile    *file)
{
  g_autofree char *who = NULL, *host = NULL, *name = NULL;
  GtkWidget *dialog;

  if (!lp_file_lock_read (file, &who, &host, NULL))
    return FALSE;
  name = g_file_get_basename (file);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
  /* TRANSLATORS: "“plan.leerplaats” Is Open Elsewhere"; %s is a file name */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("“%s” Is Open Elsewhere"), name);
  /* TRANSLATORS: "NAME has it open on HOST. …" */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s has it open on %s. If you save over it, their next save "
                                    "replaces your version."), who, host);
  lp_confirm_set_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", NULL, "save",
                            "cancel", _("_Cancel"),
                            "save", _("_Save Anyway"),
                            NULL);
  g_object_set_data_full (G_OBJECT (dialog), "lp-file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_open_elsewhere_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
on_save_as_file_cb (GFile    *file,
                    gpointer  data)
{
  LpWindow *self = data;
  gboolean same = self->file != NULL && file != NULL && g_file_equal (file, self->file);

  if (file == NULL)
    self->close_after_save = FALSE;
  else if (same || !ask_open_elsewhere (self, file))
    _lp_window_save_to (self, file, same);
}

void
_lp_window_save_as_chosen (LpWindow *self,
                           GFile    *chosen)
{
  lp_replace_question_ask (GTK_WINDOW (self), chosen, ".leerplaats", on_save_as_file_cb,
                           g_object_ref (self), g_object_unref);
}
