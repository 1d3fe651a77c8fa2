/* lp-problem-watch.c — the problems of a trajectory, kept current
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lp-problem-watch.h"

struct _LpProblemWatch
{
  GObject       parent_instance;

  LpTrajectory *trajectory;
  GPtrArray    *problems;   /* NULL: to be found again */
  GHashTable   *modules;    /* LpModule* set, owned references */
  guint         timeout_id; /* finding again after a burst of changes */
  guint         idle_id;    /* finding for the first time, after drawing */
};

/* Wait this long after the last change before looking again: a search of
 * thousands of modules should not follow every keystroke. */
#define SETTLE_MS 250

G_DEFINE_FINAL_TYPE (LpProblemWatch, lp_problem_watch, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static gboolean
refresh_cb (gpointer data)
{
  LpProblemWatch *self = data;
  gboolean asked = self->problems != NULL || self->idle_id != 0;

  self->timeout_id = 0;
  g_clear_pointer (&self->modules, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  /* what was shown is replaced at once, never left blank for a frame */
  if (asked)
    lp_problem_watch_get_modules (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return G_SOURCE_REMOVE;
}

static gboolean
find_later_cb (gpointer data)
{
  LpProblemWatch *self = data;

  self->idle_id = 0;
  lp_problem_watch_get_modules (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return G_SOURCE_REMOVE;
}

static void
on_changed_cb (LpTrajectory   *trajectory,
               LpProblemWatch *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (SETTLE_MS, refresh_cb, self);
}

static void
lp_problem_watch_dispose (GObject *object)
{
  LpProblemWatch *self = LP_PROBLEM_WATCH (object);

  if (self->trajectory != NULL)
    g_signal_handlers_disconnect_by_data (self->trajectory, self);
  g_clear_object (&self->trajectory);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_pointer (&self->modules, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  G_OBJECT_CLASS (lp_problem_watch_parent_class)->dispose (object);
}

static void
lp_problem_watch_class_init (LpProblemWatchClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = lp_problem_watch_dispose;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
lp_problem_watch_init (LpProblemWatch *self)
{
}

LpProblemWatch *
lp_problem_watch_new (LpTrajectory *trajectory)
{
  LpProblemWatch *self;

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), NULL);
  self = g_object_new (LP_TYPE_PROBLEM_WATCH, NULL);
  self->trajectory = g_object_ref (trajectory);
  g_signal_connect (trajectory, "changed", G_CALLBACK (on_changed_cb), self);
  return self;
}

LpTrajectory *
lp_problem_watch_get_trajectory (LpProblemWatch *self)
{
  g_return_val_if_fail (LP_IS_PROBLEM_WATCH (self), NULL);
  return self->trajectory;
}

GPtrArray *
lp_problem_watch_get_problems (LpProblemWatch *self)
{
  g_return_val_if_fail (LP_IS_PROBLEM_WATCH (self), NULL);
  if (self->problems == NULL)
    {
      g_clear_pointer (&self->modules, g_hash_table_unref);
      self->modules = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
      self->problems = lp_problems_find_full (self->trajectory, self->modules);
    }
  return self->problems;
}

GHashTable *
lp_problem_watch_get_modules (LpProblemWatch *self)
{
  lp_problem_watch_get_problems (self);
  return self->modules;
}

GHashTable *
lp_problem_watch_peek_modules (LpProblemWatch *self)
{
  g_return_val_if_fail (LP_IS_PROBLEM_WATCH (self), NULL);
  if (self->problems != NULL)
    return lp_problem_watch_get_modules (self);
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_LOW, find_later_cb, self, NULL);
  return NULL;
}
