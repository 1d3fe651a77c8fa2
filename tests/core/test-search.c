/* test-search.c — library search: names, descriptions, themes, work forms,
 * search words in both languages, case and accents ignored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "core/lp-kind.h"
#include "core/lp-library.h"

static gboolean
matches (const char *kind_id,
         const char *query)
{
  return lp_library_kind_matches (lp_library_lookup_builtin (kind_id), query);
}

static guint
count_matches (const char *query)
{
  GListModel *kinds = lp_library_get_builtin_kinds ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(LpKind) kind = g_list_model_get_item (kinds, i);
      n += lp_library_kind_matches (kind, query);
    }
  return n;
}

static void
test_meal_both_languages (void)
{
  const char *queries[] = { "maaltijd", "diner", "meal", "dinner", "Tijdmaal", "MAALTIJD", "tijdmáál",
                            "Diner ", "meal conversation", "council" /* its theme */, NULL };

  for (guint i = 0; queries[i] != NULL; i++)
    {
      g_test_message ("query “%s”", queries[i]);
      g_assert_true (matches ("meal-conversation", queries[i]));
    }
  /* every word must occur */
  g_assert_false (matches ("meal-conversation", "maaltijd actors"));
  g_assert_false (matches ("intervision", "maaltijd"));
}

static void
test_fields (void)
{
  /* the description */
  g_assert_true (matches ("pressure-cooker", "time pressure"));
  /* the work form label */
  g_assert_true (matches ("role-play-actors", "role play"));
  /* the theme */
  g_assert_true (matches ("empathy", "psychological"));
  /* the Dutch name when the UI is in English */
  g_assert_true (matches ("intervision", "intervisie"));
  g_assert_true (matches ("deep-dive-day", "verdiepingsdag"));
}

static void
test_own_kind (void)
{
  g_autoptr(LpKind) kind = lp_kind_new ("k1");

  lp_kind_set_name (kind, "Adviesnota schrijven");
  lp_kind_set_description (kind, "Een nota voor het college, in één middag");
  lp_kind_set_theme_id (kind, "communication");
  lp_kind_set_work_form (kind, "workshop");
  g_assert_true (lp_library_kind_matches (kind, "adviesnota"));
  g_assert_true (lp_library_kind_matches (kind, "EEN MIDDAG"));
  g_assert_true (lp_library_kind_matches (kind, "contradiction"));
  g_assert_true (lp_library_kind_matches (kind, "workshop"));
  g_assert_false (lp_library_kind_matches (kind, "maaltijd"));
}

static void
test_empty_and_none (void)
{
  guint n = g_list_model_get_n_items (lp_library_get_builtin_kinds ());

  g_assert_cmpuint (count_matches (NULL), ==, n);
  g_assert_cmpuint (count_matches (""), ==, n);
  g_assert_cmpuint (count_matches ("  "), ==, n);
  g_assert_cmpuint (count_matches ("xyzzy"), ==, 0);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/library/search/meal-both-languages", test_meal_both_languages);
  g_test_add_func ("/library/search/fields", test_fields);
  g_test_add_func ("/library/search/own-kind", test_own_kind);
  g_test_add_func ("/library/search/empty-and-none", test_empty_and_none);
  return g_test_run ();
}
