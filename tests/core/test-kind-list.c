/* test-kind-list.c — the one list of kinds a trajectory offers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/lp-kind-list.h"
#include "core/lp-library.h"

typedef struct {
  guint calls;
  guint position, removed, added;
} Changes;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Changes    *changes)
{
  changes->calls++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
}

static LpKind *
item (LpKindList *list, guint i)
{
  g_autoptr(LpKind) kind = g_list_model_get_item (G_LIST_MODEL (list), i);

  return kind;   /* the list keeps its reference */
}

static guint
n_items (LpKindList *list)
{
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static guint
n_builtins (void)
{
  return g_list_model_get_n_items (lp_library_get_builtin_kinds ());
}

/* An own kind of that id and name, in the "other" theme. */
static LpKind *
own_kind (const char *id, const char *name)
{
  LpKind *kind = lp_kind_new (id);

  lp_kind_set_name (kind, name);
  lp_kind_set_theme_id (kind, "other");
  return kind;
}

static void
test_builtins_only (void)
{
  g_autoptr(LpKindList) list = lp_kind_list_new (NULL);

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == LP_TYPE_KIND);
  g_assert_cmpuint (n_items (list), ==, n_builtins ());
  g_assert_cmpuint (n_items (list), >, 0);
  for (guint i = 0; i < n_items (list); i++)
    g_assert_true (lp_kind_is_builtin (item (list, i)));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), n_items (list)));
}

static void
test_add_remove (void)
{
  g_autoptr(LpTrajectory) t = lp_trajectory_new_default ();
  g_autoptr(LpKindList) list = lp_kind_list_new (t);
  g_autoptr(LpKind) kind = own_kind ("own-a", "Eigen");
  Changes changes = { 0 };

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);
  g_assert_cmpuint (n_items (list), ==, n_builtins ());

  lp_trajectory_add_kind (t, kind);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 0);
  g_assert_cmpuint (changes.added, ==, 1);
  g_assert_cmpuint (n_items (list), ==, n_builtins () + 1);
  g_assert_true (item (list, 0) == kind);

  g_assert_true (lp_trajectory_remove_kind (t, kind));
  g_assert_cmpuint (changes.calls, ==, 2);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 0);
  g_assert_cmpuint (n_items (list), ==, n_builtins ());

  /* undo brings it back, and the list with it */
  g_assert_true (lp_history_undo (lp_trajectory_get_history (t)));
  g_assert_cmpuint (changes.calls, ==, 3);
  g_assert_true (item (list, 0) == kind);
}

static void
test_rename (void)
{
  g_autoptr(LpTrajectory) t = lp_trajectory_new_default ();
  g_autoptr(LpKind) a = own_kind ("own-a", "Eerste");
  g_autoptr(LpKind) b = own_kind ("own-b", "Tweede");
  g_autoptr(LpKindList) list = NULL;
  Changes changes = { 0 };

  lp_trajectory_add_kind (t, a);
  lp_trajectory_add_kind (t, b);
  list = lp_kind_list_new (t);
  g_assert_true (item (list, 1) == b);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);

  lp_trajectory_set_string (t, b, "name", "Derde");
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);
  g_assert_cmpstr (lp_kind_get_name (item (list, 1)), ==, "Derde");

  /* a removed kind is no longer followed */
  g_assert_true (lp_trajectory_remove_kind (t, b));
  changes.calls = 0;
  lp_kind_set_name (b, "Vierde");
  g_assert_cmpuint (changes.calls, ==, 0);
}

static void
test_own_replaces_builtin (void)
{
  g_autoptr(LpTrajectory) t = lp_trajectory_new_default ();
  g_autoptr(LpKindList) list = lp_kind_list_new (t);
  g_autoptr(LpKind) builtin = g_list_model_get_item (lp_library_get_builtin_kinds (), 0);
  g_autoptr(LpKind) replacement = own_kind (lp_kind_get_id (builtin), "Vervanger");
  Changes changes = { 0 };
  guint n = n_builtins ();

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);
  lp_trajectory_load_kind (t, replacement);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (n_items (list), ==, n);
  g_assert_true (item (list, 0) == replacement);
  for (guint i = 0; i < n_items (list); i++)
    g_assert_false (item (list, i) == builtin);
  g_assert_true (lp_trajectory_lookup_kind (t, lp_kind_get_id (builtin)) == replacement);
}

static void
test_find_name (void)
{
  g_autoptr(LpTrajectory) t = lp_trajectory_new_default ();
  g_autoptr(LpKind) own = own_kind ("own-a", "Intervisie Plus");
  g_autoptr(LpKindList) list = NULL;
  g_autoptr(LpKind) builtin = g_list_model_get_item (lp_library_get_builtin_kinds (), 0);
  g_autofree char *upper = g_utf8_strup (lp_kind_get_name (builtin), -1);
  g_autofree char *padded = g_strconcat ("  ", upper, " ", NULL);

  lp_trajectory_add_kind (t, own);
  list = lp_kind_list_new (t);
  g_assert_true (lp_kind_list_find_name (list, "intervisie plus", NULL) == own);
  g_assert_true (lp_kind_list_find_name (list, " INTERVISIE PLUS ", NULL) == own);
  g_assert_null (lp_kind_list_find_name (list, "Intervisie Plus", own));
  g_assert_true (lp_kind_list_find_name (list, padded, NULL) == builtin);
  g_assert_null (lp_kind_list_find_name (list, "Bestaat niet", NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kind-list/builtins-only", test_builtins_only);
  g_test_add_func ("/kind-list/add-remove", test_add_remove);
  g_test_add_func ("/kind-list/rename", test_rename);
  g_test_add_func ("/kind-list/own-replaces-builtin", test_own_replaces_builtin);
  g_test_add_func ("/kind-list/find-name", test_find_name);
  return g_test_run ();
}
