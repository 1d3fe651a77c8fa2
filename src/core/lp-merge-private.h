/* lp-merge-private.h — what the merge's files share: items by type, fields
 * as text, and the planned steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-item-index.h"
#include "lp-merge.h"

G_BEGIN_DECLS

typedef enum {
  LP_STEP_ADD,        /* copy their item into ours */
  LP_STEP_REMOVE,     /* remove the item from ours */
  LP_STEP_SET,        /* their value of one field */
  LP_STEP_COMMENTS,   /* the merged comments of a module */
} LpStepAction;

typedef struct {
  LpStepAction action;
  GType        type;
  char        *id;        /* in ours (and theirs) */
  char        *new_id;    /* ADD: the id in ours when theirs clashes */
  char        *prop;      /* SET */
  GPtrArray   *comments;  /* COMMENTS */
  int          conflict;  /* -1, or taken only when that conflict is THEIRS */
} LpMergeStep;

struct _LpMerge
{
  GObject       parent_instance;
  LpTrajectory *base, *ours, *theirs;
  GPtrArray    *steps;      /* LpMergeStep */
  GArray       *conflicts;  /* LpMergeConflict, strings owned below */
  GArray       *choices;    /* LpMergeChoice */
  GStringChunk *strings;
  GHashTable   *renamed[2]; /* theirs id → ours id: tracks, kinds */
  gboolean      reorder;    /* lane order follows theirs */
  gboolean      widened;    /* applying widened the period */
};

/* The five collections, in the order steps apply. */
#define LP_MERGE_N_TYPES 5
GType       lp_merge_item_type   (guint index);
char       *lp_merge_item_name   (LpTrajectory *t, gpointer item);
/* Writable, not construct-only properties, except "comments"; free with g_free. */
GParamSpec **lp_merge_fields     (gpointer item, guint *n);
/* A field as text: for comparing (@display FALSE) or showing. */
char       *lp_merge_field_text  (gpointer item, GParamSpec *pspec, gboolean display);
gboolean    lp_merge_items_equal (gpointer a, gpointer b);
/* A copy of @item (of theirs) to add to @target, with @new_id. */
gpointer    lp_merge_copy_item   (LpTrajectory *target, LpTrajectory *source,
                                  gpointer item, const char *new_id,
                                  GHashTable *track_ids, GHashTable *kind_ids);
/* Comments of ours plus those only theirs added, less those theirs removed;
 * each resolved or open as the side that changed that from the base has it. */
GPtrArray  *lp_merge_comments    (LpModule *base, LpModule *ours, LpModule *theirs);

void        lp_merge_apply_steps (LpMerge *self);

G_END_DECLS
