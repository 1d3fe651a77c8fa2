/* lp-presets.c — milestones and periods of the municipal year, ready to add
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lp-date.h"
#include "lp-presets.h"

/* The municipal council elections: "De gemeenteraadsverkiezingen vinden plaats op woensdag 18 maart 2026"
 * (Kiesraad, https://www.kiesraad.nl/verkiezingen/gemeenteraden).  The
 * provincial and water board elections of March 2027 go on the day the user
 * chooses until their date, as the Kiesraad publishes it, has been checked
 * against that source; a date is never guessed. */
#define COUNCIL_ELECTIONS_2026 "2026-03-18"
#define SUMMER_RECESS_DAYS 42   /* six weeks, adjusted by the user */

static const LpPreset presets[] = {
  { "council-elections-2026", N_("Municipal council elections"), FALSE, LP_MILESTONE_ELECTION,
    COUNCIL_ELECTIONS_2026, 0 },
  { "provincial-elections", N_("Provincial and water board elections"), FALSE, LP_MILESTONE_ELECTION, NULL, 0 },
  { "budget-debate", N_("Budget debate"), FALSE, LP_MILESTONE_BUDGET, NULL, 0 },
  { "kadernota", N_("Spring memorandum (kadernota)"), FALSE, LP_MILESTONE_BUDGET, NULL, 0 },
  { "summer-recess", N_("Summer recess"), TRUE, LP_PERIOD_RECESS, NULL, SUMMER_RECESS_DAYS },
};

guint
lp_presets_get_n (void)
{
  return G_N_ELEMENTS (presets);
}

const LpPreset *
lp_presets_get_nth (guint index)
{
  return index < G_N_ELEMENTS (presets) ? &presets[index] : NULL;
}

const LpPreset *
lp_presets_lookup (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    if (g_strcmp0 (presets[i].id, id) == 0)
      return &presets[i];
  return NULL;
}

gpointer
lp_presets_add (LpTrajectory   *t,
                const LpPreset *preset,
                LpDate          day)
{
  LpDate date = day;
  g_autofree char *id = lp_trajectory_make_id (t, preset->is_period ? LP_TYPE_PERIOD : LP_TYPE_MILESTONE);

  if (preset->date != NULL && !lp_date_parse (preset->date, &date))
    g_return_val_if_reached (NULL);

  if (preset->is_period)
    {
      LpDate end = MAX (date, MIN (date + preset->days - 1, lp_trajectory_get_span_end (t)));
      g_autoptr(LpPeriod) period = lp_period_new (id, date, end, (LpPeriodKind) preset->kind, _(preset->label));

      lp_trajectory_add_period (t, period);
      return period;
    }
  else
    {
      g_autoptr(LpMilestone) milestone = lp_milestone_new (id, date, (LpMilestoneKind) preset->kind,
                                                           _(preset->label));

      lp_trajectory_add_milestone (t, milestone);
      return milestone;
    }
}
