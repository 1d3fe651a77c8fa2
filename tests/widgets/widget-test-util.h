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

/* Run the main loop until cond (data) holds or timeout_ms have passed;
 * returns whether it holds.  The one wait of these tests: never a fixed
 * sleep or a fixed number of iterations. */
typedef gboolean (*WaitCondition) (gpointer data);

static inline gboolean
wait_timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static inline gboolean
wait_until (WaitCondition cond,
            gpointer      data,
            guint         timeout_ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (timeout_ms, wait_timeout_cb, &timed_out);

  while (!cond (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  return cond (data);
}
