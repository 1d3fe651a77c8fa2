/* lp-task-util.c — worker tasks whose last reference goes on the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lp-task-util.h"

static void toggle_cb (gpointer  data,
                       GObject  *task,
                       gboolean  is_last_ref);

static gboolean
drop_cb (gpointer task)
{
  g_object_remove_toggle_ref (task, toggle_cb, NULL);
  return G_SOURCE_REMOVE;
}

/* Any thread: the toggle reference is the only one left.  Nothing else
 * holds the task then, so nothing takes a reference again. */
static void
toggle_cb (gpointer  data,
           GObject  *task,
           gboolean  is_last_ref)
{
  if (is_last_ref)
    g_idle_add_full (G_PRIORITY_DEFAULT, drop_cb, task, NULL);
}

void
lp_task_run_in_thread (GTask           *task,
                       GTaskThreadFunc  func)
{
  g_return_if_fail (G_IS_TASK (task));

  g_object_add_toggle_ref (G_OBJECT (task), toggle_cb, NULL);
  g_task_run_in_thread (task, func);
}
