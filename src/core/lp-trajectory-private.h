/* lp-trajectory-private.h — what the trajectory and its undo commands share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-history.h"
#include "lp-trajectory.h"

G_BEGIN_DECLS

/* The five collections, in one table so operations treat them alike. */
typedef enum {
  COLL_TRACKS,
  COLL_KINDS,
  COLL_MODULES,
  COLL_MILESTONES,
  COLL_PERIODS,
  N_COLLS
} Collection;

struct _LpTrajectory
{
  GObject     parent_instance;

  char       *title;
  char       *client;
  char       *author;
  char       *description;
  char       *uid;            /* NULL until first saved */
  char       *school_region;  /* "noord", "midden", "zuid" or NULL */
  LpDate      span_start;
  LpDate      span_end;

  LpHistory  *history;
  GListStore *stores[N_COLLS];
  GHashTable *ids[N_COLLS];     /* id → object (borrowed from the store) */
  guint       next_id[N_COLLS];
  GHashTable *track_places;     /* LpTrack → its index + 1; NULL until asked, and
                                 * after the lanes change */

  LpKind     *fallback_kind;

  /* "changed" is held while > 0 and emitted once at the end */
  guint       batch_depth;
  gboolean    changed_pending;
};

/* lp-trajectory.c, for editing and the commands */
Collection lp_trajectory_collection_of      (gpointer      object);
void       lp_trajectory_emit_changed        (LpTrajectory *self);
void       lp_trajectory_emit_module_changed (LpTrajectory *self,
                                              LpModule     *module,
                                              const char   *what);
gboolean   lp_trajectory_find_position       (LpTrajectory *self,
                                              Collection    coll,
                                              gpointer      item,
                                              guint        *position);
void       lp_trajectory_store_insert        (LpTrajectory *self,
                                              gpointer      item,
                                              guint         position);
void       lp_trajectory_store_remove        (LpTrajectory *self,
                                              gpointer      item);
/* "changed" is held from the outermost begin to its end, then emitted once. */
void       lp_trajectory_begin_batch         (LpTrajectory *self);
void       lp_trajectory_end_batch           (LpTrajectory *self);
/* Sets the period and notifies, without history. */
void       lp_trajectory_put_span          (LpTrajectory *self,
                                              LpDate        start,
                                              LpDate        end);

/* lp-trajectory-commands.c: the five kinds of undo step.  Each returns a
 * command that has not been applied yet.  Commands hold references to the
 * items they change, never to the trajectory (it owns the history). */

/* NULL when @value (transformed to the property's type and validated)
 * equals the current value. */
LpCommand *lp_set_value_command_new   (LpTrajectory *self,
                                       GObject      *object,
                                       GParamSpec   *pspec,
                                       const GValue *value);
LpCommand *lp_span_command_new      (LpTrajectory *self,
                                       LpDate        start,
                                       LpDate        end);
LpCommand *lp_move_module_command_new (LpTrajectory *self,
                                       LpModule     *module,
                                       LpTrack      *track,
                                       LpDate        start,
                                       LpDate        end);
/* Inserts @item at @position when @insert, removes it from @position
 * otherwise; undo does the opposite. */
LpCommand *lp_item_command_new        (LpTrajectory *self,
                                       gpointer      item,
                                       gboolean      insert,
                                       guint         position,
                                       const char   *label);
LpCommand *lp_move_track_command_new  (LpTrajectory *self,
                                       LpTrack      *track,
                                       guint         from,
                                       guint         to);

G_END_DECLS
