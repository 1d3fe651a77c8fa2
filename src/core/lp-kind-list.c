/* lp-kind-list.c — every kind a trajectory offers, as one list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include "lp-kind-list.h"
#include "lp-library.h"

struct _LpKindList
{
  GObject       parent_instance;

  LpTrajectory *trajectory;
  GListModel   *own;       /* the trajectory's own kinds, or NULL */
  GPtrArray    *items;     /* LpKind, owned */
};

static void lp_kind_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LpKindList, lp_kind_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, lp_kind_list_model_init))

static GType
lp_kind_list_get_item_type (GListModel *model)
{
  return LP_TYPE_KIND;
}

static guint
lp_kind_list_get_n_items (GListModel *model)
{
  return LP_KIND_LIST (model)->items->len;
}

static gpointer
lp_kind_list_get_item (GListModel *model,
                       guint       position)
{
  LpKindList *self = LP_KIND_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
lp_kind_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = lp_kind_list_get_item_type;
  iface->get_n_items = lp_kind_list_get_n_items;
  iface->get_item = lp_kind_list_get_item;
}

static void
on_own_kind_notify_cb (LpKind     *kind,
                       GParamSpec *pspec,
                       LpKindList *self)
{
  guint position;

  /* "display-name" always comes with "name": one change, one signal */
  if (g_strcmp0 (pspec->name, "display-name") == 0)
    return;
  if (g_ptr_array_find (self->items, kind, &position))
    g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
}

/* Own kinds first, then the built-in kinds they do not replace. */
static GPtrArray *
collect (LpKindList *self)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_own = self->own ? g_list_model_get_n_items (self->own) : 0;

  for (guint i = 0; i < n_own; i++)
    g_ptr_array_add (items, g_list_model_get_item (self->own, i));
  /* by index: a trajectory is also made in the worker that reads a file */
  for (guint i = 0; i < lp_library_get_n_builtin (); i++)
    {
      LpKind *kind = g_object_ref (lp_library_get_builtin (i));

      if (self->trajectory != NULL &&
          lp_trajectory_lookup_own_kind (self->trajectory, lp_kind_get_id (kind)) != NULL)
        g_object_unref (kind);
      else
        g_ptr_array_add (items, kind);
    }
  return items;
}

static void
watch_own_kinds (LpKindList *self,
                 gboolean    watch)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      LpKind *kind = g_ptr_array_index (self->items, i);

      if (lp_kind_is_builtin (kind))
        continue;
      if (watch)
        g_signal_connect_object (kind, "notify", G_CALLBACK (on_own_kind_notify_cb), self, 0);
      else
        g_signal_handlers_disconnect_by_func (kind, on_own_kind_notify_cb, self);
    }
}

/* Takes the new list and announces the part that differs from the old. */
static void
update (LpKindList *self)
{
  g_autoptr(GPtrArray) old = self->items;
  GPtrArray *new;
  guint start = 0, end = 0;

  watch_own_kinds (self, FALSE);
  self->items = new = collect (self);
  watch_own_kinds (self, TRUE);

  while (start < old->len && start < new->len && old->pdata[start] == new->pdata[start])
    start++;
  while (end < old->len - start && end < new->len - start &&
         old->pdata[old->len - 1 - end] == new->pdata[new->len - 1 - end])
    end++;
  if (old->len - start - end > 0 || new->len - start - end > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), start, old->len - start - end, new->len - start - end);
}

static void
on_own_items_changed_cb (GListModel *own,
                         guint       position,
                         guint       removed,
                         guint       added,
                         LpKindList *self)
{
  update (self);
}

static void
lp_kind_list_dispose (GObject *object)
{
  LpKindList *self = LP_KIND_LIST (object);

  if (self->items != NULL)
    watch_own_kinds (self, FALSE);
  if (self->own != NULL)
    g_signal_handlers_disconnect_by_func (self->own, on_own_items_changed_cb, self);
  g_clear_object (&self->own);
  g_clear_object (&self->trajectory);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  G_OBJECT_CLASS (lp_kind_list_parent_class)->dispose (object);
}

static void
lp_kind_list_class_init (LpKindListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = lp_kind_list_dispose;
}

static void
lp_kind_list_init (LpKindList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

LpKindList *
lp_kind_list_new (LpTrajectory *trajectory)
{
  LpKindList *self;

  g_return_val_if_fail (trajectory == NULL || LP_IS_TRAJECTORY (trajectory), NULL);

  self = g_object_new (LP_TYPE_KIND_LIST, NULL);
  if (trajectory != NULL)
    {
      self->trajectory = g_object_ref (trajectory);
      self->own = g_object_ref (lp_trajectory_get_kinds (trajectory));
      g_signal_connect (self->own, "items-changed", G_CALLBACK (on_own_items_changed_cb), self);
    }
  g_ptr_array_unref (self->items);
  self->items = collect (self);
  watch_own_kinds (self, TRUE);
  return self;
}

LpTrajectory *
lp_kind_list_get_trajectory (LpKindList *self)
{
  g_return_val_if_fail (LP_IS_KIND_LIST (self), NULL);
  return self->trajectory;
}

/* A name as compared: without surrounding white space, normalized, case folded. */
static char *
fold_name (const char *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name ? name : ""));
  g_autofree char *normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normal ? normal : stripped, -1);
}

LpKind *
lp_kind_list_find_name (LpKindList *self,
                        const char *name,
                        LpKind     *except)
{
  g_autofree char *wanted = NULL;

  g_return_val_if_fail (LP_IS_KIND_LIST (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  wanted = fold_name (name);
  for (guint i = 0; i < self->items->len; i++)
    {
      LpKind *kind = g_ptr_array_index (self->items, i);
      g_autofree char *folded = NULL;

      if (kind == except)
        continue;
      folded = fold_name (lp_kind_get_name (kind));
      if (g_strcmp0 (folded, wanted) == 0)
        return kind;
    }
  return NULL;
}
