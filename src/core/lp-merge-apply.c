/* lp-merge-apply.c — applying a planned merge to ours, through the
 * trajectory's operations (so it undoes as one step)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <string.h>

#include "lp-library.h"
#include "lp-merge-private.h"

static const char *
mapped (LpMerge    *self,
        guint       table,
        const char *id)
{
  const char *to = g_hash_table_lookup (self->renamed[table], id);

  return to != NULL ? to : id;
}

/* The index in ours after which their new track belongs: after the track
 * before it in theirs, or first. */
static int
position_after_predecessor (LpMerge *self,
                            LpTrack *theirs_track)
{
  GListModel *tracks = lp_trajectory_get_tracks (self->theirs);
  int position = 0;

  for (guint i = 0; i < g_list_model_get_n_items (tracks); i++)
    {
      g_autoptr(LpTrack) t = g_list_model_get_item (tracks, i);
      LpTrack *ours;

      if (t == theirs_track)
        break;
      ours = lp_trajectory_lookup_track (self->ours, mapped (self, 0, lp_track_get_id (t)));
      if (ours != NULL)
        position = lp_trajectory_get_track_index (self->ours, ours) + 1;
    }
  return position;
}

/* Ours's track for their track id, copied from theirs when we lack it. */
static LpTrack *
ensure_track (LpMerge    *self,
              const char *theirs_id)
{
  const char *id = mapped (self, 0, theirs_id);
  LpTrack *track = lp_trajectory_lookup_track (self->ours, id);
  LpTrack *t;

  if (track != NULL)
    return track;
  t = lp_trajectory_lookup_track (self->theirs, theirs_id);
  track = lp_merge_copy_item (self->ours, self->theirs, t, id, NULL, NULL);
  lp_trajectory_add_track (self->ours, track, position_after_predecessor (self, t));
  g_object_unref (track);
  return track;
}

static void
ensure_kind (LpMerge    *self,
             const char *theirs_id)
{
  const char *id = mapped (self, 1, theirs_id);
  LpKind *t = lp_trajectory_lookup_own_kind (self->theirs, theirs_id);
  g_autoptr(LpKind) kind = NULL;

  if (t == NULL || lp_trajectory_lookup_kind (self->ours, id) != NULL)
    return;
  kind = lp_merge_copy_item (self->ours, self->theirs, t, id, NULL, NULL);
  lp_trajectory_add_kind (self->ours, kind);
}

static void
apply_add (LpMerge     *self,
           LpMergeStep *step)
{
  gpointer t = lp_trajectory_lookup_item (self->theirs, step->type, step->id);
  const char *id = step->new_id != NULL ? step->new_id : step->id;
  g_autoptr(GObject) copy = NULL;

  if (step->type == LP_TYPE_TRACK)
    {
      ensure_track (self, step->id);
      return;
    }
  if (step->type == LP_TYPE_KIND)
    {
      ensure_kind (self, step->id);
      return;
    }
  if (step->type == LP_TYPE_MODULE)
    {
      ensure_track (self, lp_track_get_id (lp_module_get_track (t)));
      ensure_kind (self, lp_module_get_kind_id (t));
    }
  copy = lp_merge_copy_item (self->ours, self->theirs, t, id,
                             self->renamed[0], self->renamed[1]);
  if (step->type == LP_TYPE_MODULE)
    lp_trajectory_add_module (self->ours, LP_MODULE (copy));
  else if (step->type == LP_TYPE_MILESTONE)
    lp_trajectory_add_milestone (self->ours, LP_MILESTONE (copy));
  else
    lp_trajectory_add_period (self->ours, LP_PERIOD (copy));
}

static void
apply_set (LpMerge     *self,
           LpMergeStep *step)
{
  gpointer o = lp_trajectory_lookup_item (self->ours, step->type, step->id);
  gpointer t = lp_trajectory_lookup_item (self->theirs, step->type, step->id);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (t), step->prop);
  g_auto(GValue) v = G_VALUE_INIT;

  if (o == NULL)
    return;
  g_value_init (&v, pspec->value_type);
  g_object_get_property (G_OBJECT (t), step->prop, &v);
  if (pspec->value_type == LP_TYPE_TRACK)
    g_value_set_object (&v, ensure_track (self, lp_track_get_id (g_value_get_object (&v))));
  else if (LP_IS_MODULE (o) && strcmp (step->prop, "kind") == 0)
    {
      ensure_kind (self, g_value_get_string (&v));
      g_value_set_string (&v, mapped (self, 1, g_value_get_string (&v)));
    }
  lp_trajectory_set_value (self->ours, o, step->prop, &v);
}

static gboolean
track_in_use (LpTrajectory *t,
              LpTrack      *track)
{
  GListModel *modules = lp_trajectory_get_modules (t);

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);

      if (lp_module_get_track (m) == track)
        return TRUE;
    }
  return FALSE;
}

static void
apply_remove (LpMerge     *self,
              LpMergeStep *step)
{
  gpointer o = lp_trajectory_lookup_item (self->ours, step->type, step->id);

  if (o == NULL)
    return;
  if (step->type == LP_TYPE_TRACK)
    {
      /* a lane our kept modules use stays, unless its deletion was chosen */
      if (step->conflict >= 0 || !track_in_use (self->ours, o))
        lp_trajectory_remove_track (self->ours, o);
    }
  else if (step->type == LP_TYPE_KIND)
    lp_trajectory_remove_kind (self->ours, o);  /* refuses a kind in use */
  else if (step->type == LP_TYPE_MODULE)
    lp_trajectory_remove_module (self->ours, o);
  else if (step->type == LP_TYPE_MILESTONE)
    lp_trajectory_remove_milestone (self->ours, o);
  else
    lp_trajectory_remove_period (self->ours, o);
}

/* 0 lanes and kinds added, 1 their fields and the trajectory's, 2 other
 * items added, 3 their fields, 4 other items removed, 5 kinds and lanes. */
static int
step_phase (const LpMergeStep *step)
{
  gboolean outer = step->type == LP_TYPE_TRACK || step->type == LP_TYPE_KIND ||
                   step->type == LP_TYPE_TRAJECTORY;

  switch (step->action)
    {
    case LP_STEP_ADD: return outer ? 0 : 2;
    case LP_STEP_SET: return outer ? 1 : 3;
    case LP_STEP_COMMENTS: return 3;
    case LP_STEP_REMOVE: default: return outer ? 5 : 4;
    }
}

/* Their lane order, with lanes only we have after the lane before them in ours. */
static void
apply_order (LpMerge *self)
{
  GListModel *theirs = lp_trajectory_get_tracks (self->theirs);
  GListModel *ours = lp_trajectory_get_tracks (self->ours);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (theirs); i++)
    {
      g_autoptr(LpTrack) t = g_list_model_get_item (theirs, i);
      LpTrack *o = lp_trajectory_lookup_track (self->ours, mapped (self, 0, lp_track_get_id (t)));

      if (o != NULL)
        g_ptr_array_add (order, g_object_ref (o));
    }
  for (guint i = 0; i < g_list_model_get_n_items (ours); i++)
    {
      LpTrack *o = g_list_model_get_item (ours, i);
      guint at = 0;

      if (g_ptr_array_find (order, o, NULL))
        {
          g_object_unref (o);
          continue;
        }
      if (i > 0)
        {
          g_autoptr(LpTrack) before = g_list_model_get_item (ours, i - 1);
          g_ptr_array_find (order, before, &at);
          at++;
        }
      g_ptr_array_insert (order, (int) at, o);
    }
  for (guint i = 0; i < order->len; i++)
    lp_trajectory_move_track (self->ours, g_ptr_array_index (order, i), i);
}

/* The period, widened where a module lies outside it: their module in a
 * part of the period we cut, their dates or period chosen against ours.
 * Nothing merged is dropped, and no file is written that its reader would
 * refuse (a module outside the period).  TRUE when it widened. */
static gboolean
widen_period (LpMerge *self)
{
  GListModel *modules = lp_trajectory_get_modules (self->ours);
  LpDate start = lp_trajectory_get_span_start (self->ours);
  LpDate end = lp_trajectory_get_span_end (self->ours);

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);

      start = MIN (start, lp_module_get_start (m));
      end = MAX (end, lp_module_get_end (m));
    }
  if (start == lp_trajectory_get_span_start (self->ours) && end == lp_trajectory_get_span_end (self->ours))
    return FALSE;
  lp_trajectory_set_span (self->ours, start, end);
  return TRUE;
}

void
lp_merge_apply_steps (LpMerge *self)
{
  for (int phase = 0; phase <= 5; phase++)
    for (guint i = 0; i < self->steps->len; i++)
      {
        LpMergeStep *step = g_ptr_array_index (self->steps, i);

        if (step_phase (step) != phase ||
            (step->conflict >= 0 && lp_merge_get_choice (self, step->conflict) != LP_MERGE_THEIRS))
          continue;
        if (step->action == LP_STEP_ADD)
          apply_add (self, step);
        else if (step->action == LP_STEP_SET)
          apply_set (self, step);
        else if (step->action == LP_STEP_REMOVE)
          apply_remove (self, step);
        else
          {
            g_auto(GValue) v = G_VALUE_INIT;
            g_value_init (&v, G_TYPE_PTR_ARRAY);
            g_value_set_boxed (&v, step->comments);
            lp_trajectory_set_value (self->ours, lp_trajectory_lookup_item (self->ours, LP_TYPE_MODULE, step->id),
                                     "comments", &v);
          }
      }
  if (self->reorder)
    apply_order (self);
  self->widened = widen_period (self);
}
