/* lp-sample.c — generated trajectories for tests and benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include "lp-date.h"
#include "lp-library.h"
#include "lp-sample.h"

static const char * const track_names[] = {
  "Gezamenlijk", "College", "Ambtenaren", "Management", "Raad", "Ontwikkelgroep",
};
static const LpTrackGroup track_groups[] = {
  LP_TRACK_GROUP_JOINT, LP_TRACK_GROUP_ADMINISTRATORS, LP_TRACK_GROUP_OFFICIALS,
  LP_TRACK_GROUP_MANAGEMENT, LP_TRACK_GROUP_COUNCIL, LP_TRACK_GROUP_DEVELOPMENT_GROUP,
};
static const char * const titles[] = {
  "Wie beslist?", "Tegenspraak in de praktijk", "Rolbewustzijn: raad én college",
  "Pressurecooker „Woningbouw”", "Tijdmaal met de raad", "Intervisie ronde",
  "Evaluatie eerste half jaar", "Leiderschap in het samenspel", "Politieke antenne",
  "Reflectie ontwikkelgroep", "Café-gesprek over ’t budget", "Coördinatie & regie",
};
static const char * const people[] = {
  "Anne de Vries", "Jeroen Bakker", "Mirjam Smit", "Eloïse Jansen", "Ruud Visser", "Noël Peters",
};
static const char * const locations[] = {
  "Raadzaal", "Gemeentehuis, kamer 2.14", "Het Koetshuis", "Café De Zwaan", "Online",
};

static GPtrArray *
add_tracks (LpTrajectory *self,
            guint         n_tracks)
{
  GPtrArray *tracks = g_ptr_array_new ();

  for (guint i = 0; i < n_tracks; i++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", i + 1);
      g_autofree char *name = i < G_N_ELEMENTS (track_names)
                              ? g_strdup (track_names[i]) : g_strdup_printf ("Groep %u", i + 1);
      g_autoptr(LpTrack) track =
        lp_track_new (id, name, i < G_N_ELEMENTS (track_groups) ? track_groups[i] : LP_TRACK_GROUP_OTHER);
      lp_trajectory_load_track (self, track);
      g_ptr_array_add (tracks, track);
    }
  return tracks;
}

/* Two own kinds, "k1" and "k2". */
static void
add_own_kinds (LpTrajectory *self)
{
  g_autoptr(LpKind) k1 = lp_kind_new ("k1");
  g_autoptr(LpKind) k2 = lp_kind_new ("k2");

  lp_kind_set_name (k1, "Adviesnota schrijven");
  lp_kind_set_theme_id (k1, "communication");
  lp_kind_set_work_form (k1, "workshop");
  lp_kind_set_days (k1, 1);
  lp_kind_set_color (k1, "#c061cb");
  lp_kind_set_description (k1, "Schrijven voor het college: kort, helder, met tegenspraak.");
  lp_trajectory_load_kind (self, k1);

  lp_kind_set_name (k2, "Wandelgesprek");
  lp_kind_set_theme_id (k2, "psychological-sensitivity");
  lp_kind_set_work_form (k2, "other");
  lp_kind_set_days (k2, 1);
  lp_trajectory_load_kind (self, k2);
}

/* Module number @i, every field filled, placed at random between @start
 * and @end. */
static void
add_module (LpTrajectory *self,
            GRand        *rand,
            guint         i,
            GPtrArray    *tracks,
            LpDate        start,
            LpDate        end)
{
  guint n_builtins = lp_library_get_n_builtin ();
  guint n_days = end - start + 1;
  g_autofree char *id = g_strdup_printf ("m%u", i + 1);
  g_autoptr(LpModule) module = lp_module_new (id);
  guint len = (guint) g_rand_int_range (rand, 1, 4);
  guint offset = (guint) g_rand_int_range (rand, 0, (gint32) MAX (n_days - len + 1, 1));
  const char *facilitators[3];
  g_autoptr(GPtrArray) comments = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_comment_free);
  guint r = (guint) g_rand_int (rand);

  if (r % 7 == 0)
    lp_module_set_kind_id (module, (r % 2) ? "k1" : "k2");
  else
    {
      LpKind *kind = lp_library_get_builtin (r % n_builtins);
      lp_module_set_kind_id (module, lp_kind_get_id (kind));
    }
  lp_module_set_track (module, g_ptr_array_index (tracks, (r / 7) % tracks->len));
  lp_module_set_start (module, start + offset);
  lp_module_set_end (module, MIN (start + offset + len - 1, end));
  lp_module_set_start_time (module, 9 * LP_MINUTES_PER_HOUR + (int) (r % 3) * 30);
  lp_module_set_end_time (module, 16 * LP_MINUTES_PER_HOUR + 30);
  lp_module_set_status (module, (LpStatus) (r % LP_N_STATUSES));
  lp_module_set_title (module, titles[(r / 3) % G_N_ELEMENTS (titles)]);
  facilitators[0] = people[r % G_N_ELEMENTS (people)];
  facilitators[1] = people[(r + 1) % G_N_ELEMENTS (people)];
  facilitators[2] = NULL;
  lp_module_set_facilitators (module, facilitators);
  lp_module_set_participants_count (module, 8 + (int) (r % 17));
  lp_module_set_participants (module, "Beleidsmedewerkers en één wethouder als gast");
  lp_module_set_location (module, locations[r % G_N_ELEMENTS (locations)]);
  lp_module_set_goals (module, "Deelnemers herkennen de rolverdeling en oefenen met tegenspraak.");
  lp_module_set_preparation (module, "Lees de casus „Het zwembad” en neem een eigen voorbeeld mee.");
  lp_module_set_description (module, "Ochtend: casus en rollenspel. Middag: reflectie en afspraken.\nTweede regel.");
  lp_module_set_notes (module, "Acteurs bevestigd; zaal ’s ochtends vanaf 8:30 open.");
  g_ptr_array_add (comments, lp_comment_new (people[(r + 2) % G_N_ELEMENTS (people)],
                                             start + offset / 2, "Graag een extra pauze."));
  if (r % 2)
    g_ptr_array_add (comments, lp_comment_new (NULL, LP_DATE_NONE, "Zonder auteur en datum."));
  lp_module_set_comments (module, comments);

  lp_trajectory_load_module (self, module);
}

/* Milestones before, in and at the end of the period; periods in it and
 * one after it. */
static void
add_markers (LpTrajectory *self,
             LpDate        start,
             LpDate        end)
{
  guint n_days = end - start + 1;
  g_autoptr(LpMilestone) e1 = lp_milestone_new ("e1", start - 30, LP_MILESTONE_ELECTION, "Gemeenteraadsverkiezingen");
  g_autoptr(LpMilestone) e2 = lp_milestone_new ("e2", start + 20, LP_MILESTONE_COALITION_AGREEMENT, "Coalitieakkoord");
  g_autoptr(LpMilestone) e3 = lp_milestone_new ("e3", start + MIN (60, n_days - 1), LP_MILESTONE_BUDGET, "Begrotingsbehandeling");
  g_autoptr(LpMilestone) e4 = lp_milestone_new ("e4", end, LP_MILESTONE_EVALUATION, "Eindevaluatie");
  g_autoptr(LpPeriod) b1 = lp_period_new ("b1", start + MIN (100, n_days - 1), start + MIN (114, n_days - 1), LP_PERIOD_HOLIDAY, "Kerstreces");
  g_autoptr(LpPeriod) b2 = lp_period_new ("b2", start + MIN (310, n_days - 1), start + MIN (352, n_days - 1), LP_PERIOD_RECESS, "Zomerreces");
  g_autoptr(LpPeriod) b3 = lp_period_new ("b3", end + 1, end + 10, LP_PERIOD_OTHER, "Na afloop");

  lp_trajectory_load_milestone (self, e1);
  lp_trajectory_load_milestone (self, e2);
  lp_trajectory_load_milestone (self, e3);
  lp_trajectory_load_milestone (self, e4);
  lp_trajectory_load_period (self, b1);
  lp_trajectory_load_period (self, b2);
  lp_trajectory_load_period (self, b3);
}

LpTrajectory *
lp_sample_generate (guint   n_modules,
                    guint   n_tracks,
                    guint   n_months,
                    guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  LpTrajectory *self = lp_trajectory_new ();
  g_autoptr(GPtrArray) tracks = NULL;
  LpDate start = lp_date_from_dmy (1, 9, 2026);
  LpDate end = start;

  n_tracks = MAX (n_tracks, 1);
  n_months = MAX (n_months, 1);
  for (guint i = 0; i < n_months; i++)
    end = lp_date_next_month (end);
  end -= 1;

  lp_trajectory_load_set_header (self,
                                 "Leerplaats bestuursadvisering (proef)",
                                 "Gemeente Voorbeeld",
                                 "Anne de Vries",
                                 "Een gegenereerd traject met één regel „beschrijving” en ‘quotes’.",
                                 start, end);
  tracks = add_tracks (self, n_tracks);
  add_own_kinds (self);
  for (guint i = 0; i < n_modules; i++)
    add_module (self, rand, i, tracks, start, end);
  add_markers (self, start, end);
  return self;
}
