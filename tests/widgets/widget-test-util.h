/* widget-test-util.h — small helpers shared by the widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

/* Run the main loop until the widget has a size, then a little more. */
static inline void
wait_for_allocation (GtkWidget *widget)
{
  for (int i = 0; i < 200 && gtk_widget_get_width (widget) <= 0; i++)
    g_main_context_iteration (NULL, TRUE);
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

typedef gboolean (*WaitCondition) (gpointer data);

static inline gboolean
wait_wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Run the main loop until condition (data) holds or timeout_ms have passed,
 * and return whether it holds.  The loop blocks for events; a 10 ms timer
 * wakes it so that the deadline is kept when nothing else happens. */
static inline gboolean
wait_for_condition (WaitCondition condition,
                    gpointer      data,
                    guint         timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  guint wake = g_timeout_add (10, wait_wake_cb, NULL);
  gboolean holds;

  while (!(holds = condition (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  return holds;
}

/* The message dialog on screen (the last one opened), or NULL. */
static inline AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  return found;
}
