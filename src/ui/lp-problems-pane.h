/* lp-problems-pane.h — the list of the trajectory's problems under the timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "core/lp-problem-watch.h"

G_BEGIN_DECLS

#define LP_TYPE_PROBLEMS_PANE (lp_problems_pane_get_type ())
G_DECLARE_FINAL_TYPE (LpProblemsPane, lp_problems_pane, LP, PROBLEMS_PANE, GtkBox)

/* Signal "module-activated" (LpModule*): a problem was chosen. */
GtkWidget *lp_problems_pane_new       (void);
/* Lists @watch's problems (one row each: date, title, reason; at most 200
 * and a count of the rest) and follows its changes while shown; NULL
 * empties the list. */
void       lp_problems_pane_set_watch (LpProblemsPane *self,
                                       LpProblemWatch *watch);
/* The rows' text, in order, as last built (for tests); free with g_strfreev. */
char     **lp_problems_pane_get_texts (LpProblemsPane *self);
/* Activates row @index as a click would. */
void       lp_problems_pane_activate  (LpProblemsPane *self,
                                       guint           index);

G_END_DECLS
