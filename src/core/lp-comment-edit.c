/* lp-comment-edit.c — review comments as undoable operations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-comment-edit.h"

void
lp_trajectory_add_comment (LpTrajectory *self,
                           LpModule     *module,
                           const char   *author,
                           LpDate        date,
                           const char   *text)
{
  g_autoptr(GPtrArray) comments = NULL;
  g_autofree char *stripped = NULL;

  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_MODULE (module));
  stripped = g_strstrip (g_strdup (text ? text : ""));
  if (*stripped == '\0')
    return;
  comments = lp_comment_array_copy (lp_module_get_comments (module));
  g_ptr_array_add (comments, lp_comment_new (author, date, stripped));
  lp_trajectory_set_boxed (self, module, "comments", comments, _("Add Comment"));
}

void
lp_trajectory_set_comment_resolved (LpTrajectory *self,
                                    LpModule     *module,
                                    guint         index,
                                    gboolean      resolved)
{
  g_autoptr(GPtrArray) comments = NULL;
  LpComment *comment;

  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_MODULE (module));
  g_return_if_fail (index < lp_module_get_comments (module)->len);
  comments = lp_comment_array_copy (lp_module_get_comments (module));
  comment = g_ptr_array_index (comments, index);
  if (comment->resolved == !!resolved)
    return;
  comment->resolved = !!resolved;
  lp_trajectory_set_boxed (self, module, "comments", comments, resolved ? _("Resolve Comment") : _("Reopen Comment"));
}

void
lp_trajectory_remove_comment (LpTrajectory *self,
                              LpModule     *module,
                              guint         index)
{
  g_autoptr(GPtrArray) comments = NULL;

  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_MODULE (module));
  g_return_if_fail (index < lp_module_get_comments (module)->len);
  comments = lp_comment_array_copy (lp_module_get_comments (module));
  g_ptr_array_remove_index (comments, index);
  lp_trajectory_set_boxed (self, module, "comments", comments, _("Delete Comment"));
}

guint
lp_module_count_open_comments (LpModule *module)
{
  GPtrArray *comments = lp_module_get_comments (module);
  guint n = 0;

  for (guint i = 0; i < comments->len; i++)
    if (!((LpComment *) g_ptr_array_index (comments, i))->resolved)
      n++;
  return n;
}

typedef struct {
  LpOpenComment item;
  guint         module_pos;
} Sortable;

static int
compare_open (gconstpointer a,
              gconstpointer b)
{
  const Sortable *x = a, *y = b;
  LpDate dx = x->item.comment->date, dy = y->item.comment->date;

  if (dx != dy)
    {
      if (dx == LP_DATE_NONE || dy == LP_DATE_NONE)
        return dx == LP_DATE_NONE ? 1 : -1;
      return dx < dy ? -1 : 1;
    }
  if (x->module_pos != y->module_pos)
    return x->module_pos < y->module_pos ? -1 : 1;
  return x->item.index < y->item.index ? -1 : (x->item.index > y->item.index);
}

GArray *
lp_trajectory_list_open_comments (LpTrajectory *self)
{
  GListModel *modules = lp_trajectory_get_modules (self);
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (Sortable));
  GArray *out = g_array_new (FALSE, FALSE, sizeof (LpOpenComment));

  for (guint m = 0; m < g_list_model_get_n_items (modules); m++)
    {
      g_autoptr(LpModule) module = g_list_model_get_item (modules, m);
      GPtrArray *comments = lp_module_get_comments (module);

      for (guint i = 0; i < comments->len; i++)
        {
          Sortable s = { { module, g_ptr_array_index (comments, i), i }, m };
          if (!s.item.comment->resolved)
            g_array_append_val (all, s);
        }
    }
  g_array_sort (all, compare_open);
  for (guint i = 0; i < all->len; i++)
    g_array_append_val (out, g_array_index (all, Sortable, i).item);
  return out;
}
