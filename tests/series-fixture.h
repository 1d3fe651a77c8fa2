/* series-fixture.h — the trajectory the series tests start from, built in
 * code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/lp-date.h"
#include "core/lp-trajectory.h"

/* Span 1 Sep 2026 – 31 Jan 2027, lanes t1 "Raad" and t2 "College";
 * workshop m1 on Tue 13–14 Oct 2026 in t1, workshop m2 on 1 Sep 2026 in
 * t2; no times, titles or series. */
static inline LpTrajectory *
series_fixture_new (void)
{
  LpTrajectory *t = lp_trajectory_new ();
  g_autoptr(LpTrack) t1 = lp_track_new ("t1", "Raad", LP_TRACK_GROUP_COUNCIL);
  g_autoptr(LpTrack) t2 = lp_track_new ("t2", "College", LP_TRACK_GROUP_ADMINISTRATORS);
  g_autoptr(LpModule) m1 = lp_module_new ("m1");
  g_autoptr(LpModule) m2 = lp_module_new ("m2");

  lp_trajectory_load_set_header (t, "Test", NULL, NULL, NULL,
                                 lp_date_from_dmy (1, 9, 2026), lp_date_from_dmy (31, 1, 2027));
  lp_trajectory_load_track (t, t1);
  lp_trajectory_load_track (t, t2);
  lp_module_set_kind_id (m1, "workshop");
  lp_module_set_track (m1, t1);
  lp_module_set_start (m1, lp_date_from_dmy (13, 10, 2026));
  lp_module_set_end (m1, lp_date_from_dmy (14, 10, 2026));
  lp_trajectory_load_module (t, m1);
  lp_module_set_kind_id (m2, "workshop");
  lp_module_set_track (m2, t2);
  lp_module_set_start (m2, lp_date_from_dmy (1, 9, 2026));
  lp_module_set_end (m2, lp_date_from_dmy (1, 9, 2026));
  lp_trajectory_load_module (t, m2);
  return t;
}
