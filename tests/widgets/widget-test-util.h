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

static void
widget_test_count_paint (GdkFrameClock *clock,
                         guint         *count)
{
  (*count)++;
}

static gboolean
widget_test_deadline_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Run the main loop until the widget's window has been through one more
 * frame (layout and paint of whatever was queued; nothing is redrawn that
 * was not), or fail after 10 s. */
static inline void
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean timed_out = FALSE;
  guint painted = 0, timeout;
  gulong handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (widget_test_count_paint), &painted);
  timeout = g_timeout_add_seconds (10, widget_test_deadline_cb, &timed_out);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  while (painted == 0 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  if (!timed_out)
    g_source_remove (timeout);
  g_assert_false (timed_out);
}
