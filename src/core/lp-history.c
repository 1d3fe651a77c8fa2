/* lp-history.c — undo and redo as a stack of commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include "lp-history.h"

struct _LpHistory
{
  GObject              parent_instance;

  GPtrArray           *undo_stack;   /* LpCommand*, top is last */
  GPtrArray           *redo_stack;
  GPtrArray           *open_groups;  /* LpCommand* of kind group, innermost last */
  /* Position in the undo stack that matches the saved file, or -1 when the
   * saved state can no longer be reached. */
  gint64               saved_depth;
  gboolean             replaying;

  LpHistoryReplayFunc  replay_func;
  gpointer             replay_data;

  /* last values notified, to notify only on real change */
  gboolean             last_can_undo;
  gboolean             last_can_redo;
  gboolean             last_modified;
};

G_DEFINE_FINAL_TYPE (LpHistory, lp_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
command_free (LpCommand *cmd)
{
  if (cmd == NULL)
    return;
  if (cmd->destroy)
    cmd->destroy (cmd);
  g_free (cmd->label);
  g_free (cmd);
}

/* ---- group command ---- */

static void
group_apply (LpCommand *cmd)
{
  GPtrArray *children = cmd->data;

  for (guint i = 0; i < children->len; i++)
    {
      LpCommand *child = g_ptr_array_index (children, i);
      child->apply (child);
    }
}

static void
group_revert (LpCommand *cmd)
{
  GPtrArray *children = cmd->data;

  for (guint i = children->len; i > 0; i--)
    {
      LpCommand *child = g_ptr_array_index (children, i - 1);
      child->revert (child);
    }
}

static void
group_destroy (LpCommand *cmd)
{
  g_clear_pointer ((GPtrArray **) &cmd->data, g_ptr_array_unref);
}

static LpCommand *
group_new (const char *label)
{
  LpCommand *cmd = g_new0 (LpCommand, 1);

  cmd->label = g_strdup (label);
  cmd->apply = group_apply;
  cmd->revert = group_revert;
  cmd->destroy = group_destroy;
  cmd->data = g_ptr_array_new_with_free_func ((GDestroyNotify) command_free);
  return cmd;
}

/* ---- state notification ---- */

static void
update_state (LpHistory *self)
{
  gboolean can_undo = lp_history_can_undo (self);
  gboolean can_redo = lp_history_can_redo (self);
  gboolean modified = lp_history_is_modified (self);

  g_object_freeze_notify (G_OBJECT (self));
  if (can_undo != self->last_can_undo)
    {
      self->last_can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (can_redo != self->last_can_redo)
    {
      self->last_can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
  if (modified != self->last_modified)
    {
      self->last_modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
  g_object_thaw_notify (G_OBJECT (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
lp_history_finalize (GObject *object)
{
  LpHistory *self = (LpHistory *) object;

  g_clear_pointer (&self->open_groups, g_ptr_array_unref);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);

  G_OBJECT_CLASS (lp_history_parent_class)->finalize (object);
}

static void
lp_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LpHistory *self = LP_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO: g_value_set_boolean (value, lp_history_can_undo (self)); break;
    case PROP_CAN_REDO: g_value_set_boolean (value, lp_history_can_redo (self)); break;
    case PROP_UNDO_LABEL: g_value_set_string (value, lp_history_get_undo_label (self)); break;
    case PROP_REDO_LABEL: g_value_set_string (value, lp_history_get_redo_label (self)); break;
    case PROP_MODIFIED: g_value_set_boolean (value, lp_history_is_modified (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_history_class_init (LpHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = lp_history_finalize;
  object_class->get_property = lp_history_get_property;

  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, ro);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, ro);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
lp_history_init (LpHistory *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) command_free);
  self->redo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) command_free);
  self->open_groups = g_ptr_array_new ();
  self->saved_depth = 0;
}

LpHistory *
lp_history_new (void)
{
  return g_object_new (LP_TYPE_HISTORY, NULL);
}

void
lp_history_set_replay_func (LpHistory           *self,
                            LpHistoryReplayFunc  func,
                            gpointer             user_data)
{
  g_return_if_fail (LP_IS_HISTORY (self));
  self->replay_func = func;
  self->replay_data = user_data;
}

void
lp_history_push (LpHistory *self,
                 LpCommand *cmd)
{
  g_return_if_fail (LP_IS_HISTORY (self));
  g_return_if_fail (cmd != NULL && cmd->apply != NULL && cmd->revert != NULL);
  g_return_if_fail (!self->replaying);

  if (self->open_groups->len > 0)
    {
      LpCommand *group = g_ptr_array_index (self->open_groups, self->open_groups->len - 1);
      g_ptr_array_add (group->data, cmd);
      return;
    }

  /* A new edit forgets what could be redone; if the saved state was in the
   * redo stack it can no longer be reached. */
  if (self->redo_stack->len > 0)
    {
      if (self->saved_depth > (gint64) self->undo_stack->len)
        self->saved_depth = -1;
      g_ptr_array_set_size (self->redo_stack, 0);
    }
  g_ptr_array_add (self->undo_stack, cmd);
  update_state (self);
}

void
lp_history_begin_group (LpHistory  *self,
                        const char *label)
{
  g_return_if_fail (LP_IS_HISTORY (self));
  g_ptr_array_add (self->open_groups, group_new (label));
}

void
lp_history_end_group (LpHistory *self)
{
  LpCommand *group;
  GPtrArray *children;

  g_return_if_fail (LP_IS_HISTORY (self));
  g_return_if_fail (self->open_groups->len > 0);

  group = g_ptr_array_steal_index (self->open_groups, self->open_groups->len - 1);
  children = group->data;

  if (children->len == 0)
    {
      command_free (group);
      return;
    }

  /* A group of one is that one command, under the group's label. */
  if (children->len == 1)
    {
      LpCommand *only = g_ptr_array_steal_index (children, 0);

      if (group->label != NULL)
        {
          g_free (only->label);
          only->label = g_steal_pointer (&group->label);
        }
      command_free (group);
      group = only;
    }

  lp_history_push (self, group);
}

static void
replay (LpHistory *self,
        LpCommand *cmd,
        gboolean   undo)
{
  self->replaying = TRUE;
  if (self->replay_func)
    self->replay_func (self->replay_data, TRUE);
  if (undo)
    cmd->revert (cmd);
  else
    cmd->apply (cmd);
  if (self->replay_func)
    self->replay_func (self->replay_data, FALSE);
  self->replaying = FALSE;
}

/* Replays the last command of @from (reverting it when @undo) and moves it
 * onto @to. */
static gboolean
step (LpHistory *self,
      GPtrArray *from,
      GPtrArray *to,
      gboolean   undo)
{
  LpCommand *cmd = g_ptr_array_steal_index (from, from->len - 1);

  replay (self, cmd, undo);
  g_ptr_array_add (to, cmd);
  update_state (self);
  return TRUE;
}

gboolean
lp_history_undo (LpHistory *self)
{
  g_return_val_if_fail (LP_IS_HISTORY (self), FALSE);
  return lp_history_can_undo (self) && step (self, self->undo_stack, self->redo_stack, TRUE);
}

gboolean
lp_history_redo (LpHistory *self)
{
  g_return_val_if_fail (LP_IS_HISTORY (self), FALSE);
  return lp_history_can_redo (self) && step (self, self->redo_stack, self->undo_stack, FALSE);
}

gboolean
lp_history_retract (LpHistory *self)
{
  g_return_val_if_fail (LP_IS_HISTORY (self), FALSE);

  if (!lp_history_undo (self))
    return FALSE;
  /* a saved state only that step reached cannot be reached again */
  if (self->saved_depth > (gint64) self->undo_stack->len)
    self->saved_depth = -1;
  g_ptr_array_set_size (self->redo_stack, self->redo_stack->len - 1);
  update_state (self);
  return TRUE;
}

gboolean
lp_history_can_undo (LpHistory *self)
{
  g_return_val_if_fail (LP_IS_HISTORY (self), FALSE);
  return self->undo_stack->len > 0 && self->open_groups->len == 0;
}

gboolean
lp_history_can_redo (LpHistory *self)
{
  g_return_val_if_fail (LP_IS_HISTORY (self), FALSE);
  return self->redo_stack->len > 0 && self->open_groups->len == 0;
}

const char *
lp_history_get_undo_label (LpHistory *self)
{
  g_return_val_if_fail (LP_IS_HISTORY (self), NULL);
  if (self->undo_stack->len == 0)
    return NULL;
  return ((LpCommand *) g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1))->label;
}

const char *
lp_history_get_redo_label (LpHistory *self)
{
  g_return_val_if_fail (LP_IS_HISTORY (self), NULL);
  if (self->redo_stack->len == 0)
    return NULL;
  return ((LpCommand *) g_ptr_array_index (self->redo_stack, self->redo_stack->len - 1))->label;
}

void
lp_history_clear (LpHistory *self)
{
  g_return_if_fail (LP_IS_HISTORY (self));

  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  self->saved_depth = 0;
  update_state (self);
}

void
lp_history_mark_saved (LpHistory *self)
{
  g_return_if_fail (LP_IS_HISTORY (self));

  self->saved_depth = self->undo_stack->len;
  update_state (self);
}

void
lp_history_mark_unsaved (LpHistory *self)
{
  g_return_if_fail (LP_IS_HISTORY (self));

  self->saved_depth = -1;
  update_state (self);
}

gboolean
lp_history_is_modified (LpHistory *self)
{
  g_return_val_if_fail (LP_IS_HISTORY (self), FALSE);
  return self->saved_depth != (gint64) self->undo_stack->len;
}

gboolean
lp_history_is_replaying (LpHistory *self)
{
  g_return_val_if_fail (LP_IS_HISTORY (self), FALSE);
  return self->replaying;
}
