/* lp-cli-check.c — leerplaats --check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "core/lp-problems.h"
#include "lp-cli.h"
#include "lp-cli-check.h"
#include "lp-reader.h"

static void
print_problems (const char   *file,
                LpTrajectory *trajectory)
{
  g_autoptr(GPtrArray) problems = lp_problems_find (trajectory);
  g_autoptr(GArray) lines = NULL;

  if (problems->len == 0)
    {
      /* TRANSLATORS: "FILE: no problems" */
      g_print (_("%s: no problems\n"), file);
      return;
    }
  /* a double booking once for each of its other modules */
  lines = lp_problems_lines (trajectory, problems);
  for (guint i = 0; i < lines->len; i++)
    {
      const LpProblemLine *line = &g_array_index (lines, LpProblemLine, i);
      const LpProblem *p = g_ptr_array_index (problems, line->problem);
      g_autofree char *date = lp_date_format_short (line->date);
      g_autofree char *reason = p->n_others > 0 ? lp_problem_describe_other (trajectory, p, line->other)
                                                : lp_problem_describe (trajectory, p);

      /* FILE: DATE: TITLE: REASON */
      g_print ("%s: %s: %s: %s\n", file, date, lp_trajectory_get_module_title (trajectory, p->module), reason);
    }
}

int
lp_cli_check (const char * const *files)
{
  return lp_cli_each_file (files, _("--check needs at least one file"), print_problems);
}
