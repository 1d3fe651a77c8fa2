/* lp-window-lock.c — the lock file beside the window's file, and the
 * notice "Also open by NAME on HOST since 14:05" when someone else has one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "io/lp-file-lock.h"
#include "lp-window-internal.h"

/* How often a window showing someone else's lock looks whether their
 * process has gone (a crash leaves its lock behind, and says nothing). */
#define LOCK_CHECK_SECONDS 3

static void
on_lock_bar_response_cb (GtkInfoBar *bar,
                         int         response,
                         LpWindow   *self)
{
  gtk_widget_set_visible (GTK_WIDGET (bar), FALSE);
}

/* The bar under the header bar, made when first needed. */
static GtkLabel *
lock_bar_label (LpWindow *self)
{
  GtkWidget *box = adw_application_window_get_content (ADW_APPLICATION_WINDOW (self));
  GtkWidget *label;

  if (self->lock_bar != NULL)
    return GTK_LABEL (g_object_get_data (G_OBJECT (self->lock_bar), "lp-label"));
  self->lock_bar = gtk_info_bar_new ();
  gtk_widget_set_name (self->lock_bar, "lock-bar");
  gtk_info_bar_set_message_type (GTK_INFO_BAR (self->lock_bar), GTK_MESSAGE_INFO);
  gtk_info_bar_set_show_close_button (GTK_INFO_BAR (self->lock_bar), TRUE);
  label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_info_bar_add_child (GTK_INFO_BAR (self->lock_bar), label);
  g_object_set_data (G_OBJECT (self->lock_bar), "lp-label", label);
  g_signal_connect (self->lock_bar, "response", G_CALLBACK (on_lock_bar_response_cb), self);
  gtk_box_insert_child_after (GTK_BOX (box), self->lock_bar, gtk_widget_get_first_child (box));
  return GTK_LABEL (label);
}

static void
show_other_lock (LpWindow *self)
{
  g_autofree char *name = NULL, *host = NULL, *text = NULL, *time = NULL;
  g_autoptr(GDateTime) since = NULL;

  if (self->file == NULL || !lp_file_lock_read (self->file, &name, &host, &since))
    {
      if (self->lock_bar != NULL)
        gtk_widget_set_visible (self->lock_bar, FALSE);
      return;
    }
  if (since != NULL)
    {
      time = g_date_time_format (since, "%H:%M");
      /* TRANSLATORS: "Also open by NAME on HOST since 14:05" (another person has the file open) */
      text = g_strdup_printf (_("Also open by %s on %s since %s"), name, host, time);
    }
  else
    /* TRANSLATORS: "Also open by NAME on HOST" */
    text = g_strdup_printf (_("Also open by %s on %s"), name, host);
  gtk_label_set_text (lock_bar_label (self), text);
  gtk_widget_set_visible (self->lock_bar, TRUE);
}

void
_lp_window_release_lock (LpWindow *self)
{
  if (self->locked_file != NULL && self->lock_held)
    lp_file_lock_release (self->locked_file);
  g_clear_object (&self->locked_file);
  self->lock_held = FALSE;
  if (self->lock_monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->lock_monitor, self);
      g_file_monitor_cancel (self->lock_monitor);
      g_clear_object (&self->lock_monitor);
    }
  g_clear_handle_id (&self->lock_check_id, g_source_remove);
}

static gboolean check_lock_cb (gpointer data);

/* Takes the lock when nobody else holds it (any more: they closed the
 * file, or their process has gone), and says who does. */
static void
check_lock (LpWindow *self)
{
  if (!self->lock_held)
    self->lock_held = lp_file_lock_take (self->locked_file);
  show_other_lock (self);
  if (self->lock_held)
    g_clear_handle_id (&self->lock_check_id, g_source_remove);
  else if (self->lock_check_id == 0)
    self->lock_check_id = g_timeout_add_seconds (LOCK_CHECK_SECONDS, check_lock_cb, self);
}

static gboolean
check_lock_cb (gpointer data)
{
  LpWindow *self = data;

  self->lock_check_id = 0;
  check_lock (self);
  return G_SOURCE_REMOVE;
}

static void
on_lock_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    LpWindow          *self)
{
  if (event == G_FILE_MONITOR_EVENT_DELETED || event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT ||
      event == G_FILE_MONITOR_EVENT_CREATED || event == G_FILE_MONITOR_EVENT_MOVED_IN ||
      event == G_FILE_MONITOR_EVENT_MOVED_OUT || event == G_FILE_MONITOR_EVENT_RENAMED)
    check_lock (self);
}

void
_lp_window_update_lock (LpWindow *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) lock = NULL;

  if (self->file != NULL && self->locked_file != NULL && g_file_equal (self->file, self->locked_file))
    return;
  _lp_window_release_lock (self);
  if (self->file == NULL || (path = lp_file_lock_path (self->file)) == NULL)
    {
      show_other_lock (self);
      return;
    }
  self->locked_file = g_object_ref (self->file);
  lock = g_file_new_for_path (path);
  self->lock_monitor = g_file_monitor_file (lock, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->lock_monitor != NULL)
    g_signal_connect (self->lock_monitor, "changed", G_CALLBACK (on_lock_changed_cb), self);
  check_lock (self);
}
