/* test-templates.c — the templates look like real programmes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/lp-date.h"
#include "core/lp-trajectory-shift.h"
#include "io/lp-reader.h"
#include "../template-util.h"

static const char *names[] = {
  "bestuursadvisering", "verdiepingsdag", "ambtelijk-bestuurlijk-samenwerken", "tijdmalen",
};

static void
check_template (LpTrajectory *t,
                const char   *name)
{
  GListModel *modules = lp_trajectory_get_modules (t);
  GListModel *periods = lp_trajectory_get_periods (t);
  GListModel *milestones = lp_trajectory_get_milestones (t);
  LpDate first = lp_trajectory_get_span_start (t);
  LpDate last = lp_trajectory_get_span_end (t);

  g_assert_cmpuint (g_list_model_get_n_items (modules), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      const char *title = lp_module_get_title (m);

      if (title == NULL || *title == '\0')
        g_error ("%s: module %s has no title", name, lp_module_get_id (m));
      if (lp_module_get_start (m) < first || lp_module_get_end (m) > last)
        g_error ("%s: module “%s” outside the period", name, title);
      for (guint b = 0; b < g_list_model_get_n_items (periods); b++)
        {
          g_autoptr(LpPeriod) period = g_list_model_get_item (periods, b);
          LpPeriodKind kind = lp_period_get_kind (period);

          if (kind != LP_PERIOD_RECESS && kind != LP_PERIOD_HOLIDAY)
            continue;
          if (lp_module_get_start (m) <= lp_period_get_end (period) && lp_module_get_end (m) >= lp_period_get_start (period))
            g_error ("%s: module “%s” in the period “%s”", name, title, lp_period_get_label (period));
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(LpMilestone) ms = g_list_model_get_item (milestones, i);

      if (lp_milestone_get_date (ms) < first || lp_milestone_get_date (ms) > last)
        g_error ("%s: milestone “%s” outside the period", name, lp_milestone_get_label (ms));
    }
}

/* Every template: modules with titles, inside the period, never in a recess
 * or holiday; milestones inside the period. */
static void
test_templates_real (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(LpTrajectory) t = test_load_template (names[i]);

      g_test_message ("%s", names[i]);
      check_template (t, names[i]);
    }
}

/* New from Template: each starts in the first week of next month, on the
 * template's weekday, in draft, and is still a real programme. */
static void
test_new_from_template (void)
{
  LpDate today = lp_date_from_dmy (2, 12, 2026);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(LpTrajectory) t = test_load_template (names[i]);
      LpDate old_start = lp_trajectory_get_span_start (t);
      GListModel *modules = lp_trajectory_get_modules (t);
      guint day, month, year;

      lp_trajectory_start_from_template (t, today);
      lp_date_to_dmy (lp_trajectory_get_span_start (t), &day, &month, &year);
      g_assert_cmpuint (month, ==, 1);
      g_assert_cmpuint (year, ==, 2027);
      g_assert_cmpuint (day, <=, 7);
      g_assert_cmpuint (lp_date_get_weekday (lp_trajectory_get_span_start (t)), ==,
                        lp_date_get_weekday (old_start));
      for (guint m = 0; m < g_list_model_get_n_items (modules); m++)
        {
          g_autoptr(LpModule) module = g_list_model_get_item (modules, m);
          g_assert_cmpint (lp_module_get_status (module), ==, LP_STATUS_DRAFT);
        }
      check_template (t, names[i]);
    }
}

/* The number of items of the module titled @title, after checking that
 * its programme has no overlaps and lies within the module's times. */
static guint
programme_items (LpTrajectory *t,
                 const char   *title)
{
  GListModel *modules = lp_trajectory_get_modules (t);

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      const LpAgenda *agenda = lp_module_get_agenda (m);
      g_autoptr(GPtrArray) problems = NULL;

      if (g_strcmp0 (lp_module_get_title (m), title) != 0)
        continue;
      problems = lp_agenda_find_problems (agenda, lp_module_get_n_days (m), lp_module_get_start_time (m),
                                          lp_module_get_end_time (m));
      if (problems->len > 0)
        g_error ("%s: %s", title, (char *) problems->pdata[0]);
      return lp_agenda_get_n_items (agenda);
    }
  g_error ("no module “%s”", title);
}

/* The deep-dive day, each meal conversation and a two-day session have a
 * day programme that fits their times. */
static void
test_day_programmes (void)
{
  g_autoptr(LpTrajectory) deep = test_load_template ("verdiepingsdag");
  g_autoptr(LpTrajectory) meals = test_load_template ("tijdmalen");
  g_autoptr(LpTrajectory) learning = test_load_template ("bestuursadvisering");
  const LpAgenda *two_days;

  g_assert_cmpuint (programme_items (deep, "De tango van wethouder en ambtenaar"), >=, 8);
  for (guint i = 1; i <= 6; i++)
    {
      g_autofree char *id = g_strdup_printf ("m%u", i);
      LpModule *m = lp_trajectory_lookup_module (meals, id);
      g_assert_cmpuint (programme_items (meals, lp_module_get_title (m)), ==, 5);
    }
  g_assert_cmpuint (programme_items (learning, "Leerplaats groep 1: Wie beslist? Rollen van raad, college en ambtenaren"),
                    >=, 10);
  two_days = lp_module_get_agenda (lp_trajectory_lookup_module (learning, "m3"));
  g_assert_cmpuint (lp_agenda_get_last_day (two_days), ==, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/templates/real", test_templates_real);
  g_test_add_func ("/io/templates/new-from-template", test_new_from_template);
  g_test_add_func ("/io/templates/day-programmes", test_day_programmes);

  return g_test_run ();
}
