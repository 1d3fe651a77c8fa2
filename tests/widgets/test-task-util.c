/* test-task-util.c — a worker task's last reference goes on the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "ui/lp-task-util.h"
#include "../wait-util.h"

#define WAIT_MS 20000

typedef struct {
  GMutex    lock;
  GCond     cond;
  gboolean  completed;      /* the done callback has returned */
  gboolean  finalized;      /* the task's source object is gone */
  GThread  *finalized_in;
} State;

static State state;

static void
on_completed_cb (GTask      *task,
                 GParamSpec *pspec,
                 gpointer    data)
{
  g_mutex_lock (&state.lock);
  state.completed = TRUE;
  g_cond_broadcast (&state.cond);
  g_mutex_unlock (&state.lock);
}

/* Drops @data (a task) once its done callback has run. */
static gpointer
let_go_last_thread (gpointer data)
{
  GTask *task = data;
  gulong id = g_signal_connect (task, "notify::completed", G_CALLBACK (on_completed_cb), NULL);

  g_mutex_lock (&state.lock);
  state.completed = state.completed || g_task_get_completed (task);
  while (!state.completed)
    g_cond_wait (&state.cond, &state.lock);
  g_mutex_unlock (&state.lock);
  g_signal_handler_disconnect (task, id);
  g_object_unref (task);
  return NULL;
}

static void
worker (GTask        *task,
        gpointer      source,
        gpointer      data,
        GCancellable *cancellable)
{
  g_task_return_boolean (task, TRUE);
  g_thread_unref (g_thread_new ("let-go-last", let_go_last_thread, g_object_ref (task)));
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  g_assert_true (g_task_propagate_boolean (G_TASK (result), NULL));
}

static void
on_source_finalized (gpointer  data,
                     GObject  *where)
{
  state.finalized_in = g_thread_self ();
  state.finalized = TRUE;
}

static gboolean
finalized_cb (gpointer data)
{
  return state.finalized;
}

/* A task whose last reference is dropped by another thread after its done
 * callback has run: its source object is finalized on the main thread. */
static void
test_last_reference_on_main_thread (void)
{
  GObject *source = g_object_new (G_TYPE_OBJECT, NULL);
  GTask *task = g_task_new (source, NULL, done_cb, NULL);

  g_mutex_init (&state.lock);
  g_cond_init (&state.cond);
  g_object_weak_ref (source, on_source_finalized, NULL);
  g_object_unref (source);
  lp_task_run_in_thread (task, worker);
  g_object_unref (task);

  g_assert_true (wait_until (finalized_cb, NULL, WAIT_MS));
  g_assert_true (state.finalized_in == g_thread_self ());
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/task-util/last-reference-on-main-thread", test_last_reference_on_main_thread);

  return g_test_run ();
}
