/* lp-window-problems.c — the Problems pane and the problem marks of a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include "lp-window-internal.h"

static void
on_problem_chosen_cb (LpProblemsPane *pane,
                      LpModule       *module,
                      LpWindow       *self)
{
  /* the list may lag a quarter of a second behind an edit */
  if (lp_trajectory_lookup_module (self->trajectory, lp_module_get_id (module)) != module)
    return;
  lp_timeline_view_set_selected_module (self->timeline, module);
  lp_timeline_view_scroll_to_module (self->timeline, module);
}

void
_lp_window_watch_problems (LpWindow     *self,
                           LpTrajectory *trajectory)
{
  g_autoptr(LpProblemWatch) watch = trajectory ? lp_problem_watch_new (trajectory) : NULL;

  g_signal_handlers_disconnect_by_func (self->problems_pane, on_problem_chosen_cb, self);
  g_signal_connect (self->problems_pane, "module-activated", G_CALLBACK (on_problem_chosen_cb), self);
  lp_timeline_view_set_problem_watch (self->timeline, watch);
  lp_problems_pane_set_watch (self->problems_pane, watch);
}
