/* lp-trajectory-edit.c — changing a trajectory, each change one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-date.h"
#include "lp-library.h"
#include "lp-trajectory-private.h"

static void
record (LpTrajectory *self,
        LpCommand    *cmd)
{
  if (cmd == NULL)
    return;
  cmd->apply (cmd);
  lp_history_push (self->history, cmd);
}

void
lp_trajectory_set_value (LpTrajectory *self,
                         gpointer      object,
                         const char   *property,
                         const GValue *value)
{
  GParamSpec *pspec;

  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (property != NULL);
  g_return_if_fail (G_IS_VALUE (value));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_if_fail (pspec != NULL);
  g_return_if_fail ((pspec->flags & G_PARAM_WRITABLE) && !(pspec->flags & G_PARAM_CONSTRUCT_ONLY));

  record (self, lp_set_value_command_new (self, object, pspec, value));
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

/* Initialises @v to the type of @object's @property when that property's
 * spec is of @pspec_type; FALSE (after a critical) otherwise. */
static gboolean
init_value_for (GValue     *v,
                gpointer    object,
                const char *property,
                GType       pspec_type)
{
  GParamSpec *pspec;

  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_val_if_fail (pspec != NULL && G_TYPE_CHECK_INSTANCE_TYPE (pspec, pspec_type), FALSE);

  g_value_init (v, G_PARAM_SPEC_VALUE_TYPE (pspec));
  return TRUE;
}

void
lp_trajectory_set_enum (LpTrajectory *self,
                        gpointer      object,
                        const char   *property,
                        int           value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  if (!init_value_for (&v, object, property, G_TYPE_PARAM_ENUM))
    return;
  g_value_set_enum (&v, value);
  lp_trajectory_set_value (self, object, property, &v);
}

void
lp_trajectory_set_boxed (LpTrajectory *self,
                         gpointer      object,
                         const char   *property,
                         gconstpointer value,
                         const char   *label)
{
  g_auto(GValue) v = G_VALUE_INIT;

  if (!init_value_for (&v, object, property, G_TYPE_PARAM_BOXED))
    return;
  g_value_set_boxed (&v, value);
  lp_trajectory_begin_group (self, label);
  lp_trajectory_set_value (self, object, property, &v);
  lp_trajectory_end_group (self);
}

gboolean
lp_span_is_allowed (LpDate start,
                    LpDate end)
{
  guint d, m, y;

  if (start == LP_DATE_NONE || end < start)
    return FALSE;
  lp_date_to_dmy (start, &d, &m, &y);
  /* past year 9999 no later date exists to be too far */
  if (y + LP_MAX_SPAN_YEARS > 9999)
    return TRUE;
  return end < lp_date_from_dmy (d > 28 && m == 2 ? 28 : d, m, y + LP_MAX_SPAN_YEARS);
}

void
lp_trajectory_set_span (LpTrajectory *self,
                          LpDate        start,
                          LpDate        end)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (start <= end);

  if (start == self->span_start && end == self->span_end)
    return;
  record (self, lp_span_command_new (self, start, end));
}

void
lp_trajectory_move_module (LpTrajectory *self,
                           LpModule     *module,
                           LpTrack      *track,
                           LpDate        start,
                           LpDate        end)
{
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

  record (self, lp_move_module_command_new (self, module, track, start, end));
}

static void
record_item (LpTrajectory *self,
             gpointer      item,
             gboolean      insert,
             int           position,
             const char   *label)
{
  Collection coll = lp_trajectory_collection_of (item);
  guint at;

  if (insert)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->stores[coll]));
      at = (position < 0 || (guint) position > n) ? n : (guint) position;
    }
  else if (!lp_trajectory_find_position (self, coll, item, &at))
    g_return_if_reached ();

  record (self, lp_item_command_new (self, item, insert, at, label));
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

  if (!lp_trajectory_find_position (self, COLL_MODULES, module, &position))
    g_return_val_if_reached (NULL);

  id = lp_trajectory_make_id (self, LP_TYPE_MODULE);
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

  lp_trajectory_begin_batch (self);
  lp_history_begin_group (self->history, _("Delete Lane"));
  /* Last first, so that undo puts each back at its own position. */
  for (guint i = doomed->len; i > 0; i--)
    record_item (self, g_ptr_array_index (doomed, i - 1), FALSE, 0, NULL);
  record_item (self, track, FALSE, 0, NULL);
  lp_history_end_group (self->history);
  lp_trajectory_end_batch (self);
}

void
lp_trajectory_move_track (LpTrajectory *self,
                          LpTrack      *track,
                          guint         new_position)
{
  guint from, n;

  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_TRACK (track));

  if (!lp_trajectory_find_position (self, COLL_TRACKS, track, &from))
    g_return_if_reached ();
  n = g_list_model_get_n_items (G_LIST_MODEL (self->stores[COLL_TRACKS]));
  new_position = MIN (new_position, n - 1);
  if (new_position == from)
    return;

  record (self, lp_move_track_command_new (self, track, from, new_position));
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
lp_trajectory_add_period (LpTrajectory *self,
                        LpPeriod       *period)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_PERIOD (period));
  g_return_if_fail (lp_trajectory_lookup_period (self, lp_period_get_id (period)) == NULL);

  record_item (self, period, TRUE, -1, _("Add Period"));
}

void
lp_trajectory_remove_period (LpTrajectory *self,
                           LpPeriod       *period)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_PERIOD (period));

  record_item (self, period, FALSE, 0, _("Delete Period"));
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
