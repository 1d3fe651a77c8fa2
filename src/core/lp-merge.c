/* lp-merge.c — planning a three-way merge: which of their changes to take,
 * and where the two sides conflict
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <string.h>

#include "lp-agenda.h"
#include "lp-merge-private.h"

G_DEFINE_FINAL_TYPE (LpMerge, lp_merge, G_TYPE_OBJECT)

static void
step_free (LpMergeStep *step)
{
  g_free (step->id);
  g_free (step->new_id);
  g_free (step->prop);
  g_clear_pointer (&step->comments, g_ptr_array_unref);
  g_free (step);
}

static void
lp_merge_finalize (GObject *object)
{
  LpMerge *self = LP_MERGE (object);

  g_clear_object (&self->base);
  g_clear_object (&self->ours);
  g_clear_object (&self->theirs);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->conflicts, g_array_unref);
  g_clear_pointer (&self->choices, g_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->renamed); i++)
    g_clear_pointer (&self->renamed[i], g_hash_table_unref);
  G_OBJECT_CLASS (lp_merge_parent_class)->finalize (object);
}

static void
lp_merge_class_init (LpMergeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lp_merge_finalize;
}

static void
lp_merge_init (LpMerge *self)
{
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  self->conflicts = g_array_new (FALSE, TRUE, sizeof (LpMergeConflict));
  self->choices = g_array_new (FALSE, TRUE, sizeof (LpMergeChoice));
  self->strings = g_string_chunk_new (256);
  for (guint i = 0; i < G_N_ELEMENTS (self->renamed); i++)
    self->renamed[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static LpMergeStep *
add_step (LpMerge      *self,
          LpStepAction  action,
          GType         type,
          const char   *id,
          const char   *prop,
          int           conflict)
{
  LpMergeStep *step = g_new0 (LpMergeStep, 1);

  step->action = action;
  step->type = type;
  step->id = g_strdup (id);
  step->prop = g_strdup (prop);
  step->conflict = conflict;
  g_ptr_array_add (self->steps, step);
  return step;
}

/* Records a conflict about @item (of ours, else theirs); returns its index. */
static int
add_conflict (LpMerge    *self,
              GType       type,
              const char *id,
              const char *field,
              const char *ours,
              const char *theirs)
{
  LpMergeConflict c = { 0 };
  LpMergeChoice choice = LP_MERGE_OURS;
  gpointer item = lp_trajectory_lookup_item (self->ours, type, id);
  LpTrajectory *owner = item != NULL ? self->ours : self->theirs;
  g_autofree char *name = NULL;

  if (item == NULL)
    item = lp_trajectory_lookup_item (self->theirs, type, id);
  name = lp_merge_item_name (owner, item);
  c.item_type = type;
  c.item_id = id != NULL ? g_string_chunk_insert_const (self->strings, id) : NULL;
  c.item_name = g_string_chunk_insert_const (self->strings, name != NULL ? name : "");
  c.field = g_string_chunk_insert_const (self->strings, field);
  c.ours = g_string_chunk_insert_const (self->strings, ours != NULL ? ours : "");
  c.theirs = g_string_chunk_insert_const (self->strings, theirs != NULL ? theirs : "");
  c.ours_deleted = ours == NULL;
  c.theirs_deleted = theirs == NULL;
  g_array_append_val (self->conflicts, c);
  g_array_append_val (self->choices, choice);
  return (int) self->conflicts->len - 1;
}

/* Whether a track with this id of theirs will be in ours after the merge
 * (without a conflict chosen THEIRS). */
static gboolean
track_will_exist (LpMerge    *self,
                  const char *id)
{
  return lp_trajectory_lookup_track (self->ours, id) != NULL ||
         (lp_trajectory_lookup_track (self->base, id) == NULL &&
          lp_trajectory_lookup_track (self->theirs, id) != NULL);
}

/* Takes their value of one field, unless it names a lane we deleted. */
static void
take_field (LpMerge    *self,
            gpointer    o,
            gpointer    t,
            GParamSpec *pspec)
{
  GType type = G_OBJECT_TYPE (t);
  const char *id = lp_item_get_id (t);
  int conflict = -1;

  if (pspec->value_type == LP_TYPE_TRACK &&
      !track_will_exist (self, lp_track_get_id (lp_module_get_track (t))))
    {
      g_autofree char *ov = lp_merge_field_text (o, pspec, TRUE);
      g_autofree char *tv = lp_merge_field_text (t, pspec, TRUE);
      conflict = add_conflict (self, type, id, pspec->name, ov, tv);
    }
  add_step (self, LP_STEP_SET, type, id, pspec->name, conflict);
}

/* A field as compared: a first or last day together with the other, so
 * that their start and our end never make a stretch that ends before it
 * starts (both days conflict instead). */
static char *
compare_text (gpointer    item,
              GParamSpec *pspec)
{
  static const char *const pairs[][2] = { { "start", "end" }, { "span-start", "span-end" } };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    if (strcmp (pspec->name, pairs[i][0]) == 0 || strcmp (pspec->name, pairs[i][1]) == 0)
      {
        GObjectClass *klass = G_OBJECT_GET_CLASS (item);
        g_autofree char *a = lp_merge_field_text (item, g_object_class_find_property (klass, pairs[i][0]), FALSE);
        g_autofree char *b = lp_merge_field_text (item, g_object_class_find_property (klass, pairs[i][1]), FALSE);
        return g_strconcat (a, "..", b, NULL);
      }
  return lp_merge_field_text (item, pspec, FALSE);
}

/* The side the merge takes a module's @prop from: theirs when a step from
 * @first on takes it without a conflict, else ours. */
static LpModule *
merged_from (LpMerge    *self,
             guint       first,
             LpModule   *o,
             LpModule   *t,
             const char *prop)
{
  for (guint i = first; i < self->steps->len; i++)
    {
      LpMergeStep *step = g_ptr_array_index (self->steps, i);

      if (step->action == LP_STEP_SET && step->conflict < 0 && strcmp (step->prop, prop) == 0 &&
          g_strcmp0 (step->id, lp_module_get_id (o)) == 0)
        return t;
    }
  return o;
}

/* Makes the steps of @o's item, from @first on (where its steps start,
 * one after the other), that take their value of one of @props one
 * conflict (ours kept), named after the first of them. */
static void
conflict_on (LpMerge            *self,
             guint               first,
             gpointer            o,
             gpointer            t,
             const char * const *props)
{
  const char *id = lp_item_get_id (o);
  int c = -1;

  for (guint i = first; i < self->steps->len; i++)
    {
      LpMergeStep *step = g_ptr_array_index (self->steps, i);

      if (step->type != G_OBJECT_TYPE (o) || g_strcmp0 (step->id, id) != 0)
        break;
      if (step->action != LP_STEP_SET || step->conflict >= 0 || !g_strv_contains (props, step->prop))
        continue;
      if (c < 0)
        {
          GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (o), step->prop);
          g_autofree char *od = lp_merge_field_text (o, pspec, TRUE);
          g_autofree char *td = lp_merge_field_text (t, pspec, TRUE);

          c = add_conflict (self, G_OBJECT_TYPE (o), id, step->prop, od, td);
        }
      step->conflict = c;
    }
}

static gboolean
outside (LpModule     *m,
         LpTrajectory *span)
{
  return lp_module_get_start (m) < lp_trajectory_get_span_start (span) ||
         lp_module_get_end (m) > lp_trajectory_get_span_end (span);
}

/* Their period taken while one of our modules (at our dates) lies outside
 * it: the period a conflict.  Then their dates of a module outside the
 * period: those dates a conflict.  Ours kept in both. */
static void
check_period (LpMerge *self)
{
  static const char * const span[] = { "span-start", "span-end", NULL };
  static const char * const dates[] = { "start", "end", NULL };
  g_autoptr(GHashTable) moved = g_hash_table_new (g_str_hash, g_str_equal);  /* id → first step */
  gboolean their_span = FALSE;
  GListModel *modules = lp_trajectory_get_modules (self->ours);

  for (guint i = 0; i < self->steps->len; i++)
    {
      LpMergeStep *step = g_ptr_array_index (self->steps, i);

      if (step->action != LP_STEP_SET || step->conflict >= 0)
        continue;
      if (step->type == LP_TYPE_TRAJECTORY && g_strv_contains (span, step->prop))
        their_span = TRUE;
      else if (step->type == LP_TYPE_MODULE && g_strv_contains (dates, step->prop) &&
               !g_hash_table_contains (moved, step->id))
        g_hash_table_insert (moved, step->id, GUINT_TO_POINTER (i));
    }
  for (guint i = 0; their_span && i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);

      if (!g_hash_table_contains (moved, lp_module_get_id (m)) && outside (m, self->theirs))
        {
          conflict_on (self, 0, self->ours, self->theirs, span);
          their_span = FALSE;
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      gpointer first;
      LpModule *t;

      if (!g_hash_table_lookup_extended (moved, lp_module_get_id (m), NULL, &first))
        continue;
      t = lp_trajectory_lookup_module (self->theirs, lp_module_get_id (m));
      if (outside (t, their_span ? self->theirs : self->ours))
        conflict_on (self, GPOINTER_TO_UINT (first), m, t, dates);
    }
}

/* Their programme in our days (or ours in theirs) with an item on a day
 * the module would not have; then their times on one day that would end
 * before they start: each a conflict, so that the module stays as one
 * side had it. */
static void
check_merged_module (LpMerge  *self,
                     guint     first,
                     LpModule *o,
                     LpModule *t)
{
  static const char * const days[] = { "start", "end", "agenda", NULL };
  static const char * const times[] = { "start", "end", "start-time", "end-time", NULL };
  LpModule *dates = merged_from (self, first, o, t, "start") == t ||
                    merged_from (self, first, o, t, "end") == t ? t : o;
  LpModule *agenda = merged_from (self, first, o, t, "agenda");
  int start, end;

  if (lp_agenda_get_last_day (lp_module_get_agenda (agenda)) > lp_module_get_n_days (dates))
    conflict_on (self, first, o, t, days);

  dates = merged_from (self, first, o, t, "start") == t ||
          merged_from (self, first, o, t, "end") == t ? t : o;
  start = lp_module_get_start_time (merged_from (self, first, o, t, "start-time"));
  end = lp_module_get_end_time (merged_from (self, first, o, t, "end-time"));
  if (lp_module_get_start (dates) == lp_module_get_end (dates) &&
      start != LP_TIME_NONE && end != LP_TIME_NONE && end < start)
    conflict_on (self, first, o, t, times);
}

static void
merge_fields (LpMerge *self,
              gpointer b,
              gpointer o,
              gpointer t)
{
  guint n = 0;
  g_autofree GParamSpec **fields = lp_merge_fields (o, &n);
  const char *id = lp_item_get_id (o);
  guint first = self->steps->len;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *bv = compare_text (b, fields[i]);
      g_autofree char *ov = compare_text (o, fields[i]);
      g_autofree char *tv = compare_text (t, fields[i]);
      g_autofree char *own_o = lp_merge_field_text (o, fields[i], FALSE);
      g_autofree char *own_t = lp_merge_field_text (t, fields[i], FALSE);

      if (strcmp (ov, tv) == 0 || strcmp (tv, bv) == 0)
        continue;
      if (strcmp (ov, bv) == 0)
        {
          if (strcmp (own_o, own_t) != 0)
            take_field (self, o, t, fields[i]);
        }
      else if (strcmp (own_o, own_t) != 0)
        {
          /* (a first day both sides have alike is no conflict, even when
           * their last days differ: only the last day is) */
          g_autofree char *od = lp_merge_field_text (o, fields[i], TRUE);
          g_autofree char *td = lp_merge_field_text (t, fields[i], TRUE);
          int c = add_conflict (self, G_OBJECT_TYPE (o), id, fields[i]->name, od, td);
          add_step (self, LP_STEP_SET, G_OBJECT_TYPE (o), id, fields[i]->name, c);
        }
    }
  if (LP_IS_MODULE (o))
    {
      g_autoptr(GPtrArray) merged = lp_merge_comments (b, o, t);

      check_merged_module (self, first, o, t);

      if (!lp_comment_array_equal (merged, lp_module_get_comments (o)))
        add_step (self, LP_STEP_COMMENTS, LP_TYPE_MODULE, id, NULL, -1)->comments =
          g_steal_pointer (&merged);
    }
}

static char *
fresh_id (LpMerge *self,
          GType    type)
{
  for (;;)
    {
      char *id = lp_trajectory_make_id (self->ours, type);

      if (lp_trajectory_lookup_item (self->theirs, type, id) == NULL &&
          lp_trajectory_lookup_item (self->base, type, id) == NULL)
        return id;
      g_free (id);
    }
}

/* Both sides added an item with this id: once when equal, else theirs under
 * a new id. */
static void
both_added (LpMerge  *self,
            gpointer  o,
            gpointer  t)
{
  GType type = G_OBJECT_TYPE (t);
  LpMergeStep *step;

  if (lp_merge_items_equal (o, t))
    return;
  step = add_step (self, LP_STEP_ADD, type, lp_item_get_id (t), NULL, -1);
  step->new_id = fresh_id (self, type);
  if (type == LP_TYPE_TRACK || type == LP_TYPE_KIND)
    g_hash_table_insert (self->renamed[type == LP_TYPE_TRACK ? 0 : 1],
                         g_strdup (step->id), g_strdup (step->new_id));
}

/* They added a module: a conflict when its lane is one we deleted. */
static void
their_new_item (LpMerge  *self,
                gpointer  t)
{
  const char *id = lp_item_get_id (t);
  int conflict = -1;

  if (LP_IS_MODULE (t))
    {
      LpTrack *track = lp_module_get_track (t);

      if (!track_will_exist (self, lp_track_get_id (track)))
        conflict = add_conflict (self, LP_TYPE_MODULE, id, "track", NULL, lp_track_get_name (track));
    }
  add_step (self, LP_STEP_ADD, G_OBJECT_TYPE (t), id, NULL, conflict);
}

static void
plan_theirs (LpMerge *self,
             GType    type)
{
  GListModel *items = lp_trajectory_items_of_type (self->theirs, type);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) t = g_list_model_get_item (items, i);
      const char *id = lp_item_get_id (t);
      gpointer b = lp_trajectory_lookup_item (self->base, type, id);
      gpointer o = lp_trajectory_lookup_item (self->ours, type, id);

      if (b == NULL && o == NULL)
        their_new_item (self, t);
      else if (b == NULL)
        both_added (self, o, t);
      else if (o != NULL)
        merge_fields (self, b, o, t);
      else if (!lp_merge_items_equal (b, t))
        {
          /* we deleted, they edited: re-added only when chosen */
          g_autofree char *name = lp_merge_item_name (self->theirs, t);
          int c = add_conflict (self, type, id, "", NULL, name);
          add_step (self, LP_STEP_ADD, type, id, NULL, c);
        }
    }
}

/* They deleted items we still have: taken unless we changed them. */
static void
plan_deletions (LpMerge *self,
                GType    type)
{
  GListModel *items = lp_trajectory_items_of_type (self->base, type);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) b = g_list_model_get_item (items, i);
      const char *id = lp_item_get_id (b);
      gpointer o = lp_trajectory_lookup_item (self->ours, type, id);
      int c = -1;

      if (o == NULL || lp_trajectory_lookup_item (self->theirs, type, id) != NULL)
        continue;
      if (!lp_merge_items_equal (b, o))
        {
          g_autofree char *name = lp_merge_item_name (self->ours, o);
          c = add_conflict (self, type, id, "", name, NULL);
        }
      add_step (self, LP_STEP_REMOVE, type, id, NULL, c);
    }
}

/* Our modules in lanes they deleted (moved or added there by us, so not
 * deleted with the lane): each a conflict; THEIRS removes the module. */
static void
plan_lanes_gone (LpMerge *self)
{
  GListModel *modules = lp_trajectory_get_modules (self->ours);

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      LpTrack *track = lp_module_get_track (m);
      const char *track_id = lp_track_get_id (track);
      const char *id = lp_module_get_id (m);
      int c;

      LpModule *bm = lp_trajectory_lookup_module (self->base, id);

      if (lp_trajectory_lookup_track (self->base, track_id) == NULL ||
          lp_trajectory_lookup_track (self->theirs, track_id) != NULL)
        continue;
      /* in that lane already: they deleted or moved it, planned above */
      if (bm != NULL && lp_module_get_track (bm) != NULL &&
          strcmp (lp_track_get_id (lp_module_get_track (bm)), track_id) == 0)
        continue;
      c = add_conflict (self, LP_TYPE_MODULE, id, "track", lp_track_get_name (track), NULL);
      add_step (self, LP_STEP_REMOVE, LP_TYPE_MODULE, id, NULL, c);
    }
}

/* The ids of @t's tracks that are in all three, in @t's order. */
static GPtrArray *
common_order (LpMerge      *self,
              LpTrajectory *t)
{
  GListModel *tracks = lp_trajectory_get_tracks (t);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (tracks); i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);
      const char *id = lp_track_get_id (track);

      if (lp_trajectory_lookup_track (self->base, id) != NULL &&
          lp_trajectory_lookup_track (self->ours, id) != NULL &&
          lp_trajectory_lookup_track (self->theirs, id) != NULL)
        g_ptr_array_add (ids, (gpointer) id);
    }
  return ids;
}

static gboolean
same_order (GPtrArray *a,
            GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (strcmp (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;
  return TRUE;
}

LpMerge *
lp_merge_new (LpTrajectory *base,
              LpTrajectory *ours,
              LpTrajectory *theirs)
{
  LpMerge *self;
  g_autoptr(GPtrArray) order_b = NULL;
  g_autoptr(GPtrArray) order_o = NULL;
  g_autoptr(GPtrArray) order_t = NULL;

  g_return_val_if_fail (LP_IS_TRAJECTORY (base), NULL);
  g_return_val_if_fail (LP_IS_TRAJECTORY (ours), NULL);
  g_return_val_if_fail (LP_IS_TRAJECTORY (theirs), NULL);

  self = g_object_new (LP_TYPE_MERGE, NULL);
  self->base = g_object_ref (base);
  self->ours = g_object_ref (ours);
  self->theirs = g_object_ref (theirs);

  merge_fields (self, base, ours, theirs);
  for (guint i = 0; i < LP_MERGE_N_TYPES; i++)
    {
      plan_theirs (self, lp_merge_item_type (i));
      plan_deletions (self, lp_merge_item_type (i));
    }
  plan_lanes_gone (self);
  check_period (self);

  order_b = common_order (self, base);
  order_o = common_order (self, ours);
  order_t = common_order (self, theirs);
  self->reorder = !same_order (order_b, order_t) && !same_order (order_o, order_t);
  return self;
}

guint
lp_merge_get_n_conflicts (LpMerge *self)
{
  g_return_val_if_fail (LP_IS_MERGE (self), 0);
  return self->conflicts->len;
}

const LpMergeConflict *
lp_merge_get_conflict (LpMerge *self,
                       guint    index)
{
  g_return_val_if_fail (LP_IS_MERGE (self), NULL);
  g_return_val_if_fail (index < self->conflicts->len, NULL);
  return &g_array_index (self->conflicts, LpMergeConflict, index);
}

void
lp_merge_set_choice (LpMerge       *self,
                     guint          index,
                     LpMergeChoice  choice)
{
  g_return_if_fail (LP_IS_MERGE (self));
  g_return_if_fail (index < self->choices->len);
  g_array_index (self->choices, LpMergeChoice, index) = choice;
}

LpMergeChoice
lp_merge_get_choice (LpMerge *self,
                     guint    index)
{
  g_return_val_if_fail (LP_IS_MERGE (self), LP_MERGE_OURS);
  g_return_val_if_fail (index < self->choices->len, LP_MERGE_OURS);
  return g_array_index (self->choices, LpMergeChoice, index);
}

gboolean
lp_merge_has_changes (LpMerge *self)
{
  g_return_val_if_fail (LP_IS_MERGE (self), FALSE);

  if (self->reorder)
    return TRUE;
  for (guint i = 0; i < self->steps->len; i++)
    {
      LpMergeStep *step = g_ptr_array_index (self->steps, i);

      if (step->conflict < 0 || lp_merge_get_choice (self, step->conflict) == LP_MERGE_THEIRS)
        return TRUE;
    }
  return FALSE;
}

void
lp_merge_apply (LpMerge    *self,
                const char *label)
{
  g_return_if_fail (LP_IS_MERGE (self));

  lp_trajectory_begin_group (self->ours, label);
  lp_merge_apply_steps (self);
  lp_trajectory_end_group (self->ours);
}

gboolean
lp_merge_get_widened (LpMerge *self)
{
  g_return_val_if_fail (LP_IS_MERGE (self), FALSE);
  return self->widened;
}
