/* lp-session-end.c — ending well when the system ends the application
 *
 * Without this, SIGTERM at logout kills the process at once: the last
 * second of changes (before the debounced draft) is lost, and each open
 * file's lock stays behind, telling colleagues on a shared folder that the
 * file is still open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib-unix.h>
#include <signal.h>

#include "lp-session-end.h"
#include "lp-window.h"

static gboolean
on_end_signal_cb (gpointer data)
{
  GtkApplication *application = data;
  GList *windows;

  if (g_object_get_data (G_OBJECT (application), "lp-session-ending") != NULL)
    return G_SOURCE_CONTINUE;
  g_object_set_data (G_OBJECT (application), "lp-session-ending", GINT_TO_POINTER (1));

  /* each window held while others go (a dialog goes with its parent) */
  windows = g_list_copy (gtk_application_get_windows (application));
  for (GList *it = windows; it != NULL; it = it->next)
    g_object_ref (it->data);
  for (GList *it = windows; it != NULL; it = it->next)
    if (LP_IS_WINDOW (it->data) && !gtk_widget_in_destruction (it->data))
      lp_window_end_session (it->data);
  g_list_free_full (windows, g_object_unref);
  g_application_quit (G_APPLICATION (application));
  return G_SOURCE_CONTINUE;
}

static void
on_shutdown_cb (GApplication *application,
                GArray       *sources)
{
  for (guint i = 0; i < sources->len; i++)
    g_source_remove (g_array_index (sources, guint, i));
  g_array_set_size (sources, 0);
}

static void
free_sources (gpointer data,
              GClosure *closure)
{
  g_array_unref (data);
}

void
lp_session_end_install (GtkApplication *application)
{
  static const int signals[] = { SIGTERM, SIGHUP, SIGINT };
  GArray *sources = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_if_fail (GTK_IS_APPLICATION (application));

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      guint id = g_unix_signal_add_full (G_PRIORITY_HIGH, signals[i], on_end_signal_cb, application, NULL);

      g_array_append_val (sources, id);
    }
  /* the sources go with the application's run */
  g_signal_connect_data (application, "shutdown", G_CALLBACK (on_shutdown_cb), sources,
                         free_sources, 0);
}
