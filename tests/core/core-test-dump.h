/* core-test-dump.h — a canonical text dump of a trajectory, for comparing
 * states in tests (undo must restore exactly what was there).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/lp-trajectory.h"

static inline char *
core_test_dump (LpTrajectory *t)
{
  GString *s = g_string_new (NULL);
  GListModel *m;

  g_string_append_printf (s, "title=%s client=%s author=%s desc=%s period=%u..%u\n",
                          lp_trajectory_get_title (t), lp_trajectory_get_client (t),
                          lp_trajectory_get_author (t), lp_trajectory_get_description (t),
                          lp_trajectory_get_span_start (t), lp_trajectory_get_span_end (t));
  m = lp_trajectory_get_tracks (t);
  for (guint i = 0; i < g_list_model_get_n_items (m); i++)
    {
      g_autoptr(LpTrack) x = g_list_model_get_item (m, i);
      g_string_append_printf (s, "track %s %s %d\n", lp_track_get_id (x), lp_track_get_name (x),
                              lp_track_get_group (x));
    }
  m = lp_trajectory_get_kinds (t);
  for (guint i = 0; i < g_list_model_get_n_items (m); i++)
    {
      g_autoptr(LpKind) x = g_list_model_get_item (m, i);
      g_string_append_printf (s, "kind %s %s %s %s %u %s %s\n", lp_kind_get_id (x), lp_kind_get_name (x),
                              lp_kind_get_theme_id (x), lp_kind_get_work_form (x), lp_kind_get_days (x),
                              lp_kind_get_color (x), lp_kind_get_description (x));
    }
  m = lp_trajectory_get_modules (t);
  for (guint i = 0; i < g_list_model_get_n_items (m); i++)
    {
      g_autoptr(LpModule) x = g_list_model_get_item (m, i);
      g_autofree char *fac = g_strjoinv ("|", (char **) lp_module_get_facilitators (x));
      GPtrArray *c = lp_module_get_comments (x);

      g_string_append_printf (s, "module %s kind=%s track=%s %u..%u %d-%d st=%d title=%s fac=%s n=%d "
                              "p=%s loc=%s goals=%s prep=%s desc=%s notes=%s\n",
                              lp_module_get_id (x), lp_module_get_kind_id (x),
                              lp_track_get_id (lp_module_get_track (x)),
                              lp_module_get_start (x), lp_module_get_end (x),
                              lp_module_get_start_time (x), lp_module_get_end_time (x),
                              lp_module_get_status (x), lp_module_get_title (x), fac,
                              lp_module_get_participants_count (x), lp_module_get_participants (x),
                              lp_module_get_location (x), lp_module_get_goals (x),
                              lp_module_get_preparation (x), lp_module_get_description (x),
                              lp_module_get_notes (x));
      for (guint j = 0; j < c->len; j++)
        {
          const LpComment *cm = g_ptr_array_index (c, j);
          g_string_append_printf (s, "  comment %s %u %s\n", cm->author, cm->date, cm->text);
        }
    }
  m = lp_trajectory_get_milestones (t);
  for (guint i = 0; i < g_list_model_get_n_items (m); i++)
    {
      g_autoptr(LpMilestone) x = g_list_model_get_item (m, i);
      g_string_append_printf (s, "milestone %s %u %d %s\n", lp_milestone_get_id (x),
                              lp_milestone_get_date (x), lp_milestone_get_kind (x),
                              lp_milestone_get_label (x));
    }
  m = lp_trajectory_get_periods (t);
  for (guint i = 0; i < g_list_model_get_n_items (m); i++)
    {
      g_autoptr(LpPeriod) x = g_list_model_get_item (m, i);
      g_string_append_printf (s, "period %s %u..%u %d %s\n", lp_period_get_id (x), lp_period_get_start (x),
                              lp_period_get_end (x), lp_period_get_kind (x), lp_period_get_label (x));
    }
  return g_string_free (s, FALSE);
}
