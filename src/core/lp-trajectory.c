/* lp-trajectory.c — a leerplaats trajectory: the document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lp-date.h"
#include "lp-library.h"
#include "lp-trajectory.h"

/* The five collections, in one table so operations treat them alike. */
typedef enum {
  COLL_TRACKS,
  COLL_KINDS,
  COLL_MODULES,
  COLL_MILESTONES,
  COLL_BANDS,
  N_COLLS
} Collection;

struct _LpTrajectory
{
  GObject     parent_instance;

  char       *title;
  char       *client;
  char       *author;
  char       *description;
  LpDate      period_start;
  LpDate      period_end;

  LpHistory  *history;
  GListStore *stores[N_COLLS];
  GHashTable *ids[N_COLLS];     /* id → object (borrowed from the store) */
  guint       next_id[N_COLLS];

  LpKind     *fallback_kind;

  /* "changed" is held while > 0 and emitted once at the end */
  guint       batch_depth;
  gboolean    changed_pending;
};

G_DEFINE_FINAL_TYPE (LpTrajectory, lp_trajectory, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_CLIENT,
  PROP_AUTHOR,
  PROP_DESCRIPTION,
  PROP_PERIOD_START,
  PROP_PERIOD_END,
  PROP_HISTORY,
  N_PROPS
};

enum {
  CHANGED,
  MODULE_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- helpers ---- */

static const char *
object_id (gpointer object)
{
  if (LP_IS_MODULE (object))
    return lp_module_get_id (object);
  if (LP_IS_TRACK (object))
    return lp_track_get_id (object);
  if (LP_IS_KIND (object))
    return lp_kind_get_id (object);
  if (LP_IS_MILESTONE (object))
    return lp_milestone_get_id (object);
  if (LP_IS_BAND (object))
    return lp_band_get_id (object);
  g_return_val_if_reached (NULL);
}

static Collection
object_collection (gpointer object)
{
  if (LP_IS_MODULE (object))
    return COLL_MODULES;
  if (LP_IS_TRACK (object))
    return COLL_TRACKS;
  if (LP_IS_KIND (object))
    return COLL_KINDS;
  if (LP_IS_MILESTONE (object))
    return COLL_MILESTONES;
  if (LP_IS_BAND (object))
    return COLL_BANDS;
  g_return_val_if_reached (N_COLLS);
}

static void
emit_changed (LpTrajectory *self)
{
  if (self->batch_depth > 0)
    {
      self->changed_pending = TRUE;
      return;
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
begin_batch (LpTrajectory *self)
{
  self->batch_depth++;
}

static void
end_batch (LpTrajectory *self)
{
  g_assert (self->batch_depth > 0);
  if (--self->batch_depth == 0 && self->changed_pending)
    {
      self->changed_pending = FALSE;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

static void
on_history_replay (gpointer user_data,
                   gboolean begin)
{
  LpTrajectory *self = user_data;

  if (begin)
    begin_batch (self);
  else
    end_batch (self);
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static gboolean
find_position (LpTrajectory *self,
               Collection    coll,
               gpointer      item,
               guint        *position)
{
  return g_list_store_find (self->stores[coll], item, position);
}

static void
store_insert (LpTrajectory *self,
              gpointer      item,
              guint         position)
{
  Collection coll = object_collection (item);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->stores[coll]));

  g_hash_table_insert (self->ids[coll], (gpointer) object_id (item), item);
  g_list_store_insert (self->stores[coll], MIN (position, n), item);
}

static void
store_remove (LpTrajectory *self,
              gpointer      item)
{
  Collection coll = object_collection (item);
  guint position;

  if (!find_position (self, coll, item, &position))
    g_return_if_reached ();
  g_hash_table_remove (self->ids[coll], object_id (item));
  g_list_store_remove (self->stores[coll], position);
}

/* ---- commands ---- */

static LpCommand *
command_new (const char *label)
{
  LpCommand *cmd = g_new0 (LpCommand, 1);

  cmd->label = g_strdup (label);
  return cmd;
}

static void
record (LpTrajectory *self,
        LpCommand    *cmd)
{
  cmd->apply (cmd);
  lp_history_push (self->history, cmd);
}

/* set-value */

typedef struct {
  LpTrajectory *self;   /* not a reference: the trajectory owns the history */
  GObject      *object;
  GParamSpec   *pspec;
  GValue        old_value;
  GValue        new_value;
} SetValueData;

static void
set_value_to (SetValueData *d,
              const GValue *value)
{
  g_object_set_property (d->object, d->pspec->name, value);
  if (LP_IS_MODULE (d->object))
    g_signal_emit (d->self, signals[MODULE_CHANGED], 0, d->object, d->pspec->name);
  emit_changed (d->self);
}

static void
set_value_apply (LpCommand *cmd)
{
  SetValueData *d = cmd->data;
  set_value_to (d, &d->new_value);
}

static void
set_value_revert (LpCommand *cmd)
{
  SetValueData *d = cmd->data;
  set_value_to (d, &d->old_value);
}

static void
set_value_destroy (LpCommand *cmd)
{
  SetValueData *d = cmd->data;

  g_value_unset (&d->old_value);
  g_value_unset (&d->new_value);
  /* the trajectory itself is not referenced: it owns the history */
  if (d->object != (GObject *) d->self)
    g_clear_object (&d->object);
  g_free (d);
}

static gboolean
comment_arrays_equal (GPtrArray *a,
                      GPtrArray *b)
{
  guint na = a ? a->len : 0;
  guint nb = b ? b->len : 0;

  if (na != nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    {
      const LpComment *x = g_ptr_array_index (a, i);
      const LpComment *y = g_ptr_array_index (b, i);
      if (x->date != y->date || g_strcmp0 (x->author, y->author) != 0 ||
          g_strcmp0 (x->text, y->text) != 0)
        return FALSE;
    }
  return TRUE;
}

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (type == G_TYPE_STRING)
    {
      const char *sa = g_value_get_string (a);
      const char *sb = g_value_get_string (b);
      if (sa != NULL && *sa == '\0')
        sa = NULL;
      if (sb != NULL && *sb == '\0')
        sb = NULL;
      return g_strcmp0 (sa, sb) == 0;
    }
  if (type == G_TYPE_STRV)
    {
      const char * const *va = g_value_get_boxed (a);
      const char * const *vb = g_value_get_boxed (b);
      gboolean ea = va == NULL || va[0] == NULL;
      gboolean eb = vb == NULL || vb[0] == NULL;
      if (ea || eb)
        return ea == eb;
      return g_strv_equal (va, vb);
    }
  if (type == G_TYPE_PTR_ARRAY)
    return comment_arrays_equal (g_value_get_boxed (a), g_value_get_boxed (b));

  return g_param_values_cmp (pspec, a, b) == 0;
}

void
lp_trajectory_set_value (LpTrajectory *self,
                         gpointer      object,
                         const char   *property,
                         const GValue *value)
{
  GParamSpec *pspec;
  SetValueData *d;
  LpCommand *cmd;
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_auto(GValue) new_value = G_VALUE_INIT;

  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (property != NULL);
  g_return_if_fail (G_IS_VALUE (value));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_if_fail (pspec != NULL);
  g_return_if_fail ((pspec->flags & G_PARAM_WRITABLE) && !(pspec->flags & G_PARAM_CONSTRUCT_ONLY));

  g_value_init (&old_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_init (&new_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (object, property, &old_value);
  if (!g_value_transform (value, &new_value))
    g_return_if_reached ();
  g_param_value_validate (pspec, &new_value);

  if (values_equal (pspec, &old_value, &new_value))
    return;

  d = g_new0 (SetValueData, 1);
  d->self = self;
  d->object = object == (gpointer) self ? object : g_object_ref (object);
  d->pspec = pspec;
  g_value_init (&d->old_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_init (&d->new_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_copy (&old_value, &d->old_value);
  g_value_copy (&new_value, &d->new_value);

  cmd = command_new (_("Change"));
  cmd->apply = set_value_apply;
  cmd->revert = set_value_revert;
  cmd->destroy = set_value_destroy;
  cmd->data = d;

  if (LP_IS_MODULE (object))
    {
      g_free (cmd->label);
      if (strcmp (property, "title") == 0)
        cmd->label = g_strdup (_("Change Title"));
      else if (strcmp (property, "status") == 0)
        cmd->label = g_strdup (_("Change Status"));
      else if (strcmp (property, "kind") == 0)
        cmd->label = g_strdup (_("Change Kind"));
      else
        cmd->label = g_strdup (_("Edit Module"));
    }
  else if (LP_IS_TRACK (object))
    {
      g_free (cmd->label);
      cmd->label = g_strdup (_("Edit Lane"));
    }
  else if (LP_IS_KIND (object))
    {
      g_free (cmd->label);
      cmd->label = g_strdup (_("Edit Kind"));
    }
  else if (LP_IS_TRAJECTORY (object))
    {
      g_free (cmd->label);
      cmd->label = g_strdup (_("Edit Trajectory Properties"));
    }

  record (self, cmd);
}

void
lp_trajectory_set_string (LpTrajectory *self,
                          gpointer      object,
                          const char   *property,
                          const char   *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  lp_trajectory_set_value (self, object, property, &v);
}

void
lp_trajectory_set_uint (LpTrajectory *self,
                        gpointer      object,
                        const char   *property,
                        guint         value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_UINT);
  g_value_set_uint (&v, value);
  lp_trajectory_set_value (self, object, property, &v);
}

void
lp_trajectory_set_int (LpTrajectory *self,
                       gpointer      object,
                       const char   *property,
                       int           value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_INT);
  g_value_set_int (&v, value);
  lp_trajectory_set_value (self, object, property, &v);
}

void
lp_trajectory_set_enum (LpTrajectory *self,
                        gpointer      object,
                        const char   *property,
                        int           value)
{
  GParamSpec *pspec;
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (G_IS_OBJECT (object));
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_if_fail (pspec != NULL && G_IS_PARAM_SPEC_ENUM (pspec));

  g_value_init (&v, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_set_enum (&v, value);
  lp_trajectory_set_value (self, object, property, &v);
}

/* period */

typedef struct {
  LpTrajectory *self;
  LpDate        old_start, old_end, new_start, new_end;
} PeriodData;

static void
period_set (LpTrajectory *self,
            LpDate        start,
            LpDate        end)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (self->period_start != start)
    {
      self->period_start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD_START]);
    }
  if (self->period_end != end)
    {
      self->period_end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD_END]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  emit_changed (self);
}

static void
period_apply (LpCommand *cmd)
{
  PeriodData *d = cmd->data;
  period_set (d->self, d->new_start, d->new_end);
}

static void
period_revert (LpCommand *cmd)
{
  PeriodData *d = cmd->data;
  period_set (d->self, d->old_start, d->old_end);
}

static void
plain_destroy (LpCommand *cmd)
{
  g_free (cmd->data);
}

void
lp_trajectory_set_period (LpTrajectory *self,
                          LpDate        start,
                          LpDate        end)
{
  PeriodData *d;
  LpCommand *cmd;

  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (start <= end);

  if (start == self->period_start && end == self->period_end)
    return;

  d = g_new0 (PeriodData, 1);
  d->self = self;
  d->old_start = self->period_start;
  d->old_end = self->period_end;
  d->new_start = start;
  d->new_end = end;

  cmd = command_new (_("Change Period"));
  cmd->apply = period_apply;
  cmd->revert = period_revert;
  cmd->destroy = plain_destroy;
  cmd->data = d;
  record (self, cmd);
}

/* move module */

typedef struct {
  LpTrajectory *self;
  LpModule     *module;
  LpTrack      *old_track, *new_track;
  LpDate        old_start, old_end, new_start, new_end;
} MoveData;

static void
move_to (MoveData *d,
         LpTrack  *track,
         LpDate    start,
         LpDate    end)
{
  g_object_freeze_notify (G_OBJECT (d->module));
  lp_module_set_track (d->module, track);
  lp_module_set_start (d->module, start);
  lp_module_set_end (d->module, end);
  g_object_thaw_notify (G_OBJECT (d->module));
  g_signal_emit (d->self, signals[MODULE_CHANGED], 0, d->module, "position");
  emit_changed (d->self);
}

static void
move_apply (LpCommand *cmd)
{
  MoveData *d = cmd->data;
  move_to (d, d->new_track, d->new_start, d->new_end);
}

static void
move_revert (LpCommand *cmd)
{
  MoveData *d = cmd->data;
  move_to (d, d->old_track, d->old_start, d->old_end);
}

static void
move_destroy (LpCommand *cmd)
{
  MoveData *d = cmd->data;

  g_clear_object (&d->module);
  g_clear_object (&d->old_track);
  g_clear_object (&d->new_track);
  g_free (d);
}

void
lp_trajectory_move_module (LpTrajectory *self,
                           LpModule     *module,
                           LpTrack      *track,
                           LpDate        start,
                           LpDate        end)
{
  MoveData *d;
  LpCommand *cmd;
  gboolean moved, resized;

  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_MODULE (module));
  g_return_if_fail (track == NULL || LP_IS_TRACK (track));
  g_return_if_fail (start <= end);

  if (track == NULL)
    track = lp_module_get_track (module);

  if (track == lp_module_get_track (module) &&
      start == lp_module_get_start (module) &&
      end == lp_module_get_end (module))
    return;

  d = g_new0 (MoveData, 1);
  d->self = self;
  d->module = g_object_ref (module);
  d->old_track = g_object_ref (lp_module_get_track (module));
  d->new_track = g_object_ref (track);
  d->old_start = lp_module_get_start (module);
  d->old_end = lp_module_get_end (module);
  d->new_start = start;
  d->new_end = end;

  moved = track != d->old_track || start != d->old_start;
  resized = (end - start) != (d->old_end - d->old_start);

  cmd = command_new (resized && !moved ? _("Resize Module")
                                       : (resized ? _("Move and Resize Module") : _("Move Module")));
  cmd->apply = move_apply;
  cmd->revert = move_revert;
  cmd->destroy = move_destroy;
  cmd->data = d;
  record (self, cmd);
}

/* insert / remove in a collection */

typedef struct {
  LpTrajectory *self;
  GObject      *item;
  guint         position;
  gboolean      insert;   /* apply inserts (TRUE) or removes (FALSE) */
} ItemData;

static void
item_do (ItemData *d,
         gboolean  insert)
{
  if (insert)
    store_insert (d->self, d->item, d->position);
  else
    store_remove (d->self, d->item);
  emit_changed (d->self);
}

static void
item_apply (LpCommand *cmd)
{
  ItemData *d = cmd->data;
  item_do (d, d->insert);
}

static void
item_revert (LpCommand *cmd)
{
  ItemData *d = cmd->data;
  item_do (d, !d->insert);
}

static void
item_destroy (LpCommand *cmd)
{
  ItemData *d = cmd->data;

  g_clear_object (&d->item);
  g_free (d);
}

static void
record_item (LpTrajectory *self,
             gpointer      item,
             gboolean      insert,
             int           position,
             const char   *label)
{
  Collection coll = object_collection (item);
  ItemData *d;
  LpCommand *cmd;

  d = g_new0 (ItemData, 1);
  d->self = self;
  d->item = g_object_ref (item);
  d->insert = insert;
  if (insert)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->stores[coll]));
      d->position = (position < 0 || (guint) position > n) ? n : (guint) position;
    }
  else if (!find_position (self, coll, item, &d->position))
    {
      item_destroy (&(LpCommand) { .data = d });
      g_return_if_reached ();
    }

  cmd = command_new (label);
  cmd->apply = item_apply;
  cmd->revert = item_revert;
  cmd->destroy = item_destroy;
  cmd->data = d;
  record (self, cmd);
}

void
lp_trajectory_add_module (LpTrajectory *self,
                          LpModule     *module)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_MODULE (module));
  g_return_if_fail (lp_trajectory_lookup_module (self, lp_module_get_id (module)) == NULL);
  g_return_if_fail (LP_IS_TRACK (lp_module_get_track (module)));

  record_item (self, module, TRUE, -1, _("Add Module"));
}

void
lp_trajectory_remove_module (LpTrajectory *self,
                             LpModule     *module)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_MODULE (module));

  record_item (self, module, FALSE, 0, _("Delete Module"));
}

LpModule *
lp_trajectory_duplicate_module (LpTrajectory *self,
                                LpModule     *module)
{
  g_autoptr(LpModule) copy = NULL;
  g_autofree char *id = NULL;
  guint position;

  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  g_return_val_if_fail (LP_IS_MODULE (module), NULL);

  if (!find_position (self, COLL_MODULES, module, &position))
    g_return_val_if_reached (NULL);

  id = lp_trajectory_make_id (self, "m");
  copy = lp_module_copy (module, id);
  record_item (self, copy, TRUE, (int) position + 1, _("Duplicate Module"));
  return copy;
}

void
lp_trajectory_add_track (LpTrajectory *self,
                         LpTrack      *track,
                         int           position)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_TRACK (track));
  g_return_if_fail (lp_trajectory_lookup_track (self, lp_track_get_id (track)) == NULL);

  record_item (self, track, TRUE, position, _("Add Lane"));
}

void
lp_trajectory_remove_track (LpTrajectory *self,
                            LpTrack      *track)
{
  GListModel *modules;
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_TRACK (track));

  modules = G_LIST_MODEL (self->stores[COLL_MODULES]);
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      LpModule *module = g_list_model_get_item (modules, i);
      if (lp_module_get_track (module) == track)
        g_ptr_array_add (doomed, module);
      else
        g_object_unref (module);
    }

  begin_batch (self);
  lp_history_begin_group (self->history, _("Delete Lane"));
  /* Last first, so that undo puts each back at its own position. */
  for (guint i = doomed->len; i > 0; i--)
    record_item (self, g_ptr_array_index (doomed, i - 1), FALSE, 0, NULL);
  record_item (self, track, FALSE, 0, NULL);
  lp_history_end_group (self->history);
  end_batch (self);
}

typedef struct {
  LpTrajectory *self;
  LpTrack      *track;
  guint         from, to;
} MoveTrackData;

static void
move_track_do (MoveTrackData *d,
               guint          from,
               guint          to)
{
  GListStore *store = d->self->stores[COLL_TRACKS];

  g_list_store_remove (store, from);
  g_list_store_insert (store, to, d->track);
  emit_changed (d->self);
}

static void
move_track_apply (LpCommand *cmd)
{
  MoveTrackData *d = cmd->data;
  move_track_do (d, d->from, d->to);
}

static void
move_track_revert (LpCommand *cmd)
{
  MoveTrackData *d = cmd->data;
  move_track_do (d, d->to, d->from);
}

static void
move_track_destroy (LpCommand *cmd)
{
  MoveTrackData *d = cmd->data;

  g_clear_object (&d->track);
  g_free (d);
}

void
lp_trajectory_move_track (LpTrajectory *self,
                          LpTrack      *track,
                          guint         new_position)
{
  MoveTrackData *d;
  LpCommand *cmd;
  guint from, n;

  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_TRACK (track));

  if (!find_position (self, COLL_TRACKS, track, &from))
    g_return_if_reached ();
  n = g_list_model_get_n_items (G_LIST_MODEL (self->stores[COLL_TRACKS]));
  new_position = MIN (new_position, n - 1);
  if (new_position == from)
    return;

  d = g_new0 (MoveTrackData, 1);
  d->self = self;
  d->track = g_object_ref (track);
  d->from = from;
  d->to = new_position;

  cmd = command_new (_("Move Lane"));
  cmd->apply = move_track_apply;
  cmd->revert = move_track_revert;
  cmd->destroy = move_track_destroy;
  cmd->data = d;
  record (self, cmd);
}

void
lp_trajectory_add_kind (LpTrajectory *self,
                        LpKind       *kind)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_KIND (kind));
  g_return_if_fail (!lp_kind_is_builtin (kind));
  g_return_if_fail (lp_trajectory_lookup_own_kind (self, lp_kind_get_id (kind)) == NULL);

  record_item (self, kind, TRUE, -1, _("Add Kind"));
}

guint
lp_trajectory_count_kind_uses (LpTrajectory *self,
                               const char   *kind_id)
{
  GListModel *modules;
  guint count = 0;

  g_return_val_if_fail (LP_IS_TRAJECTORY (self), 0);

  modules = G_LIST_MODEL (self->stores[COLL_MODULES]);
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) module = g_list_model_get_item (modules, i);
      if (g_strcmp0 (lp_module_get_kind_id (module), kind_id) == 0)
        count++;
    }
  return count;
}

gboolean
lp_trajectory_remove_kind (LpTrajectory *self,
                           LpKind       *kind)
{
  const char *id;

  g_return_val_if_fail (LP_IS_TRAJECTORY (self), FALSE);
  g_return_val_if_fail (LP_IS_KIND (kind), FALSE);

  id = lp_kind_get_id (kind);
  if (lp_trajectory_lookup_own_kind (self, id) != kind)
    return FALSE;
  if (lp_library_lookup_builtin (id) == NULL &&
      lp_trajectory_count_kind_uses (self, id) > 0)
    return FALSE;

  record_item (self, kind, FALSE, 0, _("Delete Kind"));
  return TRUE;
}

void
lp_trajectory_add_milestone (LpTrajectory *self,
                             LpMilestone  *milestone)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_MILESTONE (milestone));
  g_return_if_fail (lp_trajectory_lookup_milestone (self, lp_milestone_get_id (milestone)) == NULL);

  record_item (self, milestone, TRUE, -1, _("Add Milestone"));
}

void
lp_trajectory_remove_milestone (LpTrajectory *self,
                                LpMilestone  *milestone)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_MILESTONE (milestone));

  record_item (self, milestone, FALSE, 0, _("Delete Milestone"));
}

void
lp_trajectory_add_band (LpTrajectory *self,
                        LpBand       *band)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_BAND (band));
  g_return_if_fail (lp_trajectory_lookup_band (self, lp_band_get_id (band)) == NULL);

  record_item (self, band, TRUE, -1, _("Add Period"));
}

void
lp_trajectory_remove_band (LpTrajectory *self,
                           LpBand       *band)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_BAND (band));

  record_item (self, band, FALSE, 0, _("Delete Period"));
}

void
lp_trajectory_begin_group (LpTrajectory *self,
                           const char   *label)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  lp_history_begin_group (self->history, label);
}

void
lp_trajectory_end_group (LpTrajectory *self)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  lp_history_end_group (self->history);
}

/* ---- GObject ---- */

static void
lp_trajectory_dispose (GObject *object)
{
  LpTrajectory *self = (LpTrajectory *) object;

  if (self->history)
    lp_history_set_replay_func (self->history, NULL, NULL);
  /* Commands hold references to items, not to us: clear them first. */
  g_clear_object (&self->history);
  for (guint i = 0; i < N_COLLS; i++)
    {
      g_clear_pointer (&self->ids[i], g_hash_table_unref);
      g_clear_object (&self->stores[i]);
    }
  g_clear_object (&self->fallback_kind);

  G_OBJECT_CLASS (lp_trajectory_parent_class)->dispose (object);
}

static void
lp_trajectory_finalize (GObject *object)
{
  LpTrajectory *self = (LpTrajectory *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->client, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (lp_trajectory_parent_class)->finalize (object);
}

static void
lp_trajectory_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LpTrajectory *self = LP_TRAJECTORY (object);

  switch (prop_id)
    {
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_CLIENT: g_value_set_string (value, self->client); break;
    case PROP_AUTHOR: g_value_set_string (value, self->author); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_PERIOD_START: g_value_set_uint (value, self->period_start); break;
    case PROP_PERIOD_END: g_value_set_uint (value, self->period_end); break;
    case PROP_HISTORY: g_value_set_object (value, self->history); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_string_prop (LpTrajectory *self,
                 char        **field,
                 const char   *value,
                 guint         prop)
{
  if (set_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
lp_trajectory_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LpTrajectory *self = LP_TRAJECTORY (object);

  switch (prop_id)
    {
    case PROP_TITLE: set_string_prop (self, &self->title, g_value_get_string (value), prop_id); break;
    case PROP_CLIENT: set_string_prop (self, &self->client, g_value_get_string (value), prop_id); break;
    case PROP_AUTHOR: set_string_prop (self, &self->author, g_value_get_string (value), prop_id); break;
    case PROP_DESCRIPTION: set_string_prop (self, &self->description, g_value_get_string (value), prop_id); break;
    case PROP_PERIOD_START:
      if (self->period_start != g_value_get_uint (value))
        {
          self->period_start = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_PERIOD_END:
      if (self->period_end != g_value_get_uint (value))
        {
          self->period_end = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_trajectory_class_init (LpTrajectoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = lp_trajectory_dispose;
  object_class->finalize = lp_trajectory_finalize;
  object_class->get_property = lp_trajectory_get_property;
  object_class->set_property = lp_trajectory_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);
  properties[PROP_CLIENT] = g_param_spec_string ("client", NULL, NULL, NULL, rw);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, rw);
  properties[PROP_PERIOD_START] = g_param_spec_uint ("period-start", NULL, NULL, 0, G_MAXUINT32, 0, rw);
  properties[PROP_PERIOD_END] = g_param_spec_uint ("period-end", NULL, NULL, 0, G_MAXUINT32, 0, rw);
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, LP_TYPE_HISTORY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[MODULE_CHANGED] =
    g_signal_new ("module-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                  LP_TYPE_MODULE, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
lp_trajectory_init (LpTrajectory *self)
{
  GType item_types[N_COLLS] = {
    LP_TYPE_TRACK, LP_TYPE_KIND, LP_TYPE_MODULE, LP_TYPE_MILESTONE, LP_TYPE_BAND,
  };

  for (guint i = 0; i < N_COLLS; i++)
    {
      self->stores[i] = g_list_store_new (item_types[i]);
      self->ids[i] = g_hash_table_new (g_str_hash, g_str_equal);
      self->next_id[i] = 1;
    }

  self->history = lp_history_new ();
  lp_history_set_replay_func (self->history, on_history_replay, self);
}

/* ---- public API ---- */

LpTrajectory *
lp_trajectory_new (void)
{
  return g_object_new (LP_TYPE_TRAJECTORY, NULL);
}

LpTrajectory *
lp_trajectory_new_default (void)
{
  LpTrajectory *self = lp_trajectory_new ();
  g_autoptr(LpTrack) track = NULL;
  LpDate today = lp_date_today ();
  LpDate start = lp_date_next_month (today);
  LpDate end = start;

  for (guint i = 0; i < 12; i++)
    end = lp_date_next_month (end);
  end -= 1;

  lp_trajectory_load_set_header (self, _("New trajectory"), NULL, NULL, NULL, start, end);
  track = lp_track_new ("t1", _("Joint"), LP_TRACK_GROUP_JOINT);
  lp_trajectory_load_track (self, track);
  return self;
}

LpHistory *
lp_trajectory_get_history (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return self->history;
}

const char *
lp_trajectory_get_title (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return self->title;
}

const char *
lp_trajectory_get_client (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return self->client;
}

const char *
lp_trajectory_get_author (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return self->author;
}

const char *
lp_trajectory_get_description (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return self->description;
}

LpDate
lp_trajectory_get_period_start (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), LP_DATE_NONE);
  return self->period_start;
}

LpDate
lp_trajectory_get_period_end (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), LP_DATE_NONE);
  return self->period_end;
}

GListModel *
lp_trajectory_get_tracks (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return G_LIST_MODEL (self->stores[COLL_TRACKS]);
}

GListModel *
lp_trajectory_get_kinds (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return G_LIST_MODEL (self->stores[COLL_KINDS]);
}

GListModel *
lp_trajectory_get_modules (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return G_LIST_MODEL (self->stores[COLL_MODULES]);
}

GListModel *
lp_trajectory_get_milestones (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return G_LIST_MODEL (self->stores[COLL_MILESTONES]);
}

GListModel *
lp_trajectory_get_bands (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return G_LIST_MODEL (self->stores[COLL_BANDS]);
}

static gpointer
lookup (LpTrajectory *self,
        Collection    coll,
        const char   *id)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->ids[coll], id);
}

LpTrack *
lp_trajectory_lookup_track (LpTrajectory *self, const char *id)
{
  return lookup (self, COLL_TRACKS, id);
}

LpModule *
lp_trajectory_lookup_module (LpTrajectory *self, const char *id)
{
  return lookup (self, COLL_MODULES, id);
}

LpMilestone *
lp_trajectory_lookup_milestone (LpTrajectory *self, const char *id)
{
  return lookup (self, COLL_MILESTONES, id);
}

LpBand *
lp_trajectory_lookup_band (LpTrajectory *self, const char *id)
{
  return lookup (self, COLL_BANDS, id);
}

LpKind *
lp_trajectory_lookup_own_kind (LpTrajectory *self, const char *id)
{
  return lookup (self, COLL_KINDS, id);
}

LpKind *
lp_trajectory_lookup_kind (LpTrajectory *self,
                           const char   *id)
{
  LpKind *kind = lp_trajectory_lookup_own_kind (self, id);

  if (kind == NULL)
    kind = lp_library_lookup_builtin (id);
  return kind;
}

LpKind *
lp_trajectory_get_module_kind (LpTrajectory *self,
                               LpModule     *module)
{
  LpKind *kind;

  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  g_return_val_if_fail (LP_IS_MODULE (module), NULL);

  kind = lp_trajectory_lookup_kind (self, lp_module_get_kind_id (module));
  if (kind != NULL)
    return kind;

  if (self->fallback_kind == NULL)
    {
      self->fallback_kind = lp_kind_new ("unknown");
      lp_kind_set_name (self->fallback_kind, _("Unknown kind"));
      lp_kind_set_theme_id (self->fallback_kind, "other");
    }
  return self->fallback_kind;
}

const char *
lp_trajectory_get_module_title (LpTrajectory *self,
                                LpModule     *module)
{
  const char *title;

  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  g_return_val_if_fail (LP_IS_MODULE (module), NULL);

  title = lp_module_get_title (module);
  if (title != NULL && *title != '\0')
    return title;
  return lp_kind_get_name (lp_trajectory_get_module_kind (self, module));
}

int
lp_trajectory_get_track_index (LpTrajectory *self,
                               LpTrack      *track)
{
  guint position;

  g_return_val_if_fail (LP_IS_TRAJECTORY (self), -1);

  if (track == NULL || !find_position (self, COLL_TRACKS, track, &position))
    return -1;
  return (int) position;
}

char *
lp_trajectory_make_id (LpTrajectory *self,
                       const char   *prefix)
{
  Collection coll;

  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  g_return_val_if_fail (prefix != NULL && *prefix != '\0', NULL);

  switch (prefix[0])
    {
    case 't': coll = COLL_TRACKS; break;
    case 'k': coll = COLL_KINDS; break;
    case 'e': coll = COLL_MILESTONES; break;
    case 'b': coll = COLL_BANDS; break;
    default: coll = COLL_MODULES; break;
    }

  for (;;)
    {
      char *id = g_strdup_printf ("%s%u", prefix, self->next_id[coll]++);

      if (!g_hash_table_contains (self->ids[coll], id) &&
          (coll != COLL_KINDS || lp_library_lookup_builtin (id) == NULL))
        return id;
      g_free (id);
    }
}

/* ---- building without history ---- */

void
lp_trajectory_load_set_header (LpTrajectory *self,
                               const char   *title,
                               const char   *client,
                               const char   *author,
                               const char   *description,
                               LpDate        period_start,
                               LpDate        period_end)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_string_prop (self, &self->title, title, PROP_TITLE);
  set_string_prop (self, &self->client, client, PROP_CLIENT);
  set_string_prop (self, &self->author, author, PROP_AUTHOR);
  set_string_prop (self, &self->description, description, PROP_DESCRIPTION);
  g_object_set (self, "period-start", period_start, "period-end", period_end, NULL);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
load_item (LpTrajectory *self,
           gpointer      item)
{
  Collection coll = object_collection (item);

  g_return_if_fail (object_id (item) != NULL);
  g_return_if_fail (!g_hash_table_contains (self->ids[coll], object_id (item)));

  g_hash_table_insert (self->ids[coll], (gpointer) object_id (item), item);
  g_list_store_append (self->stores[coll], item);
}

void
lp_trajectory_load_track (LpTrajectory *self, LpTrack *track)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_TRACK (track));
  load_item (self, track);
}

void
lp_trajectory_load_kind (LpTrajectory *self, LpKind *kind)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_KIND (kind));
  load_item (self, kind);
}

void
lp_trajectory_load_module (LpTrajectory *self, LpModule *module)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_MODULE (module));
  load_item (self, module);
}

void
lp_trajectory_load_milestone (LpTrajectory *self, LpMilestone *milestone)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_MILESTONE (milestone));
  load_item (self, milestone);
}

void
lp_trajectory_load_band (LpTrajectory *self, LpBand *band)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_BAND (band));
  load_item (self, band);
}
