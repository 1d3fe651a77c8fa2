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

/* Run the main loop until condition (data) holds or timeout_ms passed;
 * returns whether it holds. */
static inline gboolean
wait_until (gboolean  (*condition) (gpointer data),
            gpointer    data,
            guint       timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!condition (data) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  return condition (data);
}

/* The first widget named name (gtk_widget_set_name) in root's tree, or NULL. */
static inline GtkWidget *
find_widget_by_name (GtkWidget  *root,
                     const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_by_name (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static inline gboolean
widget_test_on_tick (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static inline gboolean
widget_test_flag_set (gpointer data)
{
  return *(gboolean *) data;
}

/* Runs the main loop until the widget's next frame (layout done); FALSE
 * when none came within 5 s. */
static inline gboolean
wait_for_frame (GtkWidget *widget)
{
  gboolean ticked = FALSE;

  gtk_widget_queue_draw (widget);
  gtk_widget_add_tick_callback (widget, widget_test_on_tick, &ticked, NULL);
  return wait_until (widget_test_flag_set, &ticked, 5000);
}

/* After the next frame: the widget has a size and renders something. */
static inline gboolean
widget_draws (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  GtkSnapshot *snapshot;
  GskRenderNode *node;
  gboolean drawn;

  if (!wait_for_frame (widget))
    return FALSE;
  if (gtk_widget_get_width (widget) <= 0 || gtk_widget_get_height (widget) <= 0)
    return FALSE;
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (snapshot);
  drawn = node != NULL;
  g_clear_pointer (&node, gsk_render_node_unref);
  return drawn;
}
