/* lp-sample.h — generated trajectories for tests and benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-trajectory.h"

G_BEGIN_DECLS

/* A deterministic trajectory (same seed, same document): title, client,
 * author, description, a period of n_months from 2026-09-01, n_tracks tracks
 * (t1…), two own kinds (k1, k2), n_modules modules (m1…) with every field
 * filled, 1–3 days long, inside the period, some overlapping in a lane,
 * 4 milestones and 3 periods.  History empty. */
LpTrajectory *lp_sample_generate (guint   n_modules,
                                  guint   n_tracks,
                                  guint   n_months,
                                  guint32 seed);

G_END_DECLS
