/* test-kind-i18n.c — built-in kinds show their names in the interface language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "core/lp-library.h"
#include "core/lp-kind.h"
#include "dutch-session.h"

/* In a Dutch session (LANGUAGE=nl, the build tree's catalogue) a built-in
 * kind's "display-name" is the Dutch name, its "name" stays the stored one,
 * and renaming notifies "display-name" too. */
static void
test_display_name_dutch (void)
{
  gboolean dutch;
  g_autofree char *old = begin_dutch_session (&dutch);
  g_autofree char *shown = NULL;
  g_autofree char *stored = NULL;
  g_autoptr(LpKind) own = NULL;
  LpKind *meal;
  guint notified = 0;

  if (!dutch)
    return;

  meal = lp_library_lookup_builtin ("meal-conversation");
  g_assert_nonnull (meal);
  g_object_get (meal, "display-name", &shown, "name", &stored, NULL);
  g_assert_cmpstr (stored, ==, "Meal conversation");
  g_assert_cmpstr (shown, ==, "Tijdmaal");
  g_assert_cmpstr (shown, ==, lp_kind_get_name (meal));

  own = lp_kind_new ("own");
  g_signal_connect_swapped (own, "notify::display-name", G_CALLBACK (g_atomic_int_inc), &notified);
  lp_kind_set_name (own, "Eigen werkvorm");
  g_assert_cmpuint (notified, ==, 1);
  end_dutch_session (old);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/kind/display-name-dutch", test_display_name_dutch);
  return g_test_run ();
}
