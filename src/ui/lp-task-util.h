/* lp-task-util.h — worker tasks whose last reference goes on the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Runs @func for @task in a worker thread as g_task_run_in_thread () does,
 * and makes the main thread drop the last reference to @task.  GTask frees
 * its source object and its task data with that reference, in whichever
 * thread drops it; under load that can be the worker, after the done
 * callback has run.  Here it is an idle of the default main context, after
 * the done callback.  Call on the main thread. */
void lp_task_run_in_thread (GTask           *task,
                            GTaskThreadFunc  func);

G_END_DECLS
