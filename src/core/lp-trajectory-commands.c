/* lp-trajectory-commands.c — the undo steps of a trajectory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-trajectory-private.h"

static LpCommand *
command_new (const char *label,
             void      (*apply)   (LpCommand *),
             void      (*revert)  (LpCommand *),
             void      (*destroy) (LpCommand *),
             gpointer    data)
{
  LpCommand *cmd = g_new0 (LpCommand, 1);

  cmd->label = g_strdup (label);
  cmd->apply = apply;
  cmd->revert = revert;
  cmd->destroy = destroy;
  cmd->data = data;
  return cmd;
}

static void
plain_destroy (LpCommand *cmd)
{
  g_free (cmd->data);
}

/* ---- set a property ---- */

typedef struct {
  LpTrajectory *self;
  GObject      *object;   /* a reference, unless it is the trajectory */
  GParamSpec   *pspec;
  GValue        old_value;
  GValue        new_value;
} SetValueData;

/* The undo label of a property change: the first row whose type matches
 * and whose property is the changed one or NULL (any property). */
static const struct {
  GType      (*get_type) (void);
  const char  *property;
  const char  *label;
} set_value_labels[] = {
  { lp_module_get_type,     "title",  N_("Change Title") },
  { lp_module_get_type,     "status", N_("Change Status") },
  { lp_module_get_type,     "kind",   N_("Change Kind") },
  { lp_module_get_type,     "agenda", N_("Change Programme") },
  { lp_module_get_type,     NULL,     N_("Edit Module") },
  { lp_track_get_type,      NULL,     N_("Edit Lane") },
  { lp_kind_get_type,       NULL,     N_("Edit Kind") },
  { lp_trajectory_get_type, NULL,     N_("Edit Trajectory Properties") },
};

static const char *
set_value_label (GObject    *object,
                 const char *property)
{
  for (guint i = 0; i < G_N_ELEMENTS (set_value_labels); i++)
    {
      if (!G_TYPE_CHECK_INSTANCE_TYPE (object, set_value_labels[i].get_type ()))
        continue;
      if (set_value_labels[i].property == NULL ||
          g_strcmp0 (set_value_labels[i].property, property) == 0)
        return _(set_value_labels[i].label);
    }
  return _("Change");
}

static void
set_value_to (SetValueData *d,
              const GValue *value)
{
  g_object_set_property (d->object, d->pspec->name, value);
  if (LP_IS_MODULE (d->object))
    lp_trajectory_emit_module_changed (d->self, LP_MODULE (d->object), d->pspec->name);
  lp_trajectory_emit_changed (d->self);
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
  if (d->object != (GObject *) d->self)
    g_clear_object (&d->object);
  g_free (d);
}

/* Equal as the file would store them: an empty string is no string, an
 * empty list no list. */
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
  if (type == LP_TYPE_AGENDA)
    return lp_agenda_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (type == G_TYPE_PTR_ARRAY)
    return lp_comment_array_equal (g_value_get_boxed (a), g_value_get_boxed (b));

  return g_param_values_cmp (pspec, a, b) == 0;
}

LpCommand *
lp_set_value_command_new (LpTrajectory *self,
                          GObject      *object,
                          GParamSpec   *pspec,
                          const GValue *value)
{
  SetValueData *d;
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_auto(GValue) new_value = G_VALUE_INIT;

  g_value_init (&old_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_init (&new_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (object, pspec->name, &old_value);
  if (!g_value_transform (value, &new_value))
    g_return_val_if_reached (NULL);
  g_param_value_validate (pspec, &new_value);

  if (values_equal (pspec, &old_value, &new_value))
    return NULL;

  d = g_new0 (SetValueData, 1);
  d->self = self;
  d->object = object == (GObject *) self ? object : g_object_ref (object);
  d->pspec = pspec;
  g_value_init (&d->old_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_init (&d->new_value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_value_copy (&old_value, &d->old_value);
  g_value_copy (&new_value, &d->new_value);

  return command_new (set_value_label (object, pspec->name),
                      set_value_apply, set_value_revert, set_value_destroy, d);
}

/* ---- the trajectory's period ---- */

typedef struct {
  LpTrajectory *self;
  LpDate        old_start, old_end, new_start, new_end;
} SpanData;

static void
span_apply (LpCommand *cmd)
{
  SpanData *d = cmd->data;
  lp_trajectory_put_span (d->self, d->new_start, d->new_end);
}

static void
span_revert (LpCommand *cmd)
{
  SpanData *d = cmd->data;
  lp_trajectory_put_span (d->self, d->old_start, d->old_end);
}

LpCommand *
lp_span_command_new (LpTrajectory *self,
                       LpDate        start,
                       LpDate        end)
{
  SpanData *d = g_new0 (SpanData, 1);

  d->self = self;
  d->old_start = self->span_start;
  d->old_end = self->span_end;
  d->new_start = start;
  d->new_end = end;
  return command_new (_("Change Dates"), span_apply, span_revert, plain_destroy, d);
}

/* ---- move or resize a module ---- */

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
  lp_trajectory_emit_module_changed (d->self, d->module, "position");
  lp_trajectory_emit_changed (d->self);
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

LpCommand *
lp_move_module_command_new (LpTrajectory *self,
                            LpModule     *module,
                            LpTrack      *track,
                            LpDate        start,
                            LpDate        end)
{
  MoveData *d = g_new0 (MoveData, 1);
  gboolean moved, resized;
  const char *label;

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
  if (resized)
    label = moved ? _("Move and Resize Module") : _("Resize Module");
  else
    label = _("Move Module");

  return command_new (label, move_apply, move_revert, move_destroy, d);
}

/* ---- insert into, remove from or move within a collection ---- */

/* The position of an item that is not in its collection. */
#define NOWHERE G_MAXUINT

typedef struct {
  LpTrajectory *self;
  GObject      *item;
  guint         from;   /* where apply takes the item from, or NOWHERE */
  guint         to;     /* where apply puts it, or NOWHERE */
} ItemData;

static void
item_place (ItemData *d,
            guint     from,
            guint     to)
{
  if (from != NOWHERE)
    lp_trajectory_store_remove (d->self, d->item);
  if (to != NOWHERE)
    lp_trajectory_store_insert (d->self, d->item, to);
  lp_trajectory_emit_changed (d->self);
}

static void
item_apply (LpCommand *cmd)
{
  ItemData *d = cmd->data;
  item_place (d, d->from, d->to);
}

static void
item_revert (LpCommand *cmd)
{
  ItemData *d = cmd->data;
  item_place (d, d->to, d->from);
}

static void
item_destroy (LpCommand *cmd)
{
  ItemData *d = cmd->data;

  g_clear_object (&d->item);
  g_free (d);
}

static LpCommand *
item_command_new (LpTrajectory *self,
                  gpointer      item,
                  guint         from,
                  guint         to,
                  const char   *label)
{
  ItemData *d = g_new0 (ItemData, 1);

  d->self = self;
  d->item = g_object_ref (item);
  d->from = from;
  d->to = to;
  return command_new (label, item_apply, item_revert, item_destroy, d);
}

LpCommand *
lp_item_command_new (LpTrajectory *self,
                     gpointer      item,
                     gboolean      insert,
                     guint         position,
                     const char   *label)
{
  return insert ? item_command_new (self, item, NOWHERE, position, label)
                : item_command_new (self, item, position, NOWHERE, label);
}

LpCommand *
lp_move_track_command_new (LpTrajectory *self,
                           LpTrack      *track,
                           guint         from,
                           guint         to)
{
  return item_command_new (self, track, from, to, _("Move Lane"));
}
