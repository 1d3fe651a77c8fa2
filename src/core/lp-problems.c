/* lp-problems.c — what may be wrong with a module's dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lp-date.h"
#include "lp-holidays.h"
#include "lp-problems-private.h"

#define SATURDAY 6

void
lp_problem_free (LpProblem *problem)
{
  if (problem == NULL)
    return;
  g_clear_object (&problem->module);
  for (guint i = 0; i < problem->n_others; i++)
    g_object_unref (problem->others[i]);
  g_free (problem);   /* the others' array with it */
}

/* detail is interned (or NULL).  Room for @room others follows the problem
 * in the same block: one allocation for a double booking, however many
 * modules it names. */
LpProblem *
_lp_problem_new (LpProblemKind  kind,
                 LpModule      *module,
                 LpDate         date,
                 const char    *detail,
                 guint          room)
{
  LpProblem *p = g_malloc0 (sizeof (LpProblem) + room * sizeof (LpModule *));

  p->kind = kind;
  p->module = g_object_ref (module);
  p->others = room > 0 ? (LpModule **) (p + 1) : NULL;
  p->date = date;
  p->detail = detail;
  return p;
}

static void
add (GPtrArray     *problems,
     LpProblemKind  kind,
     LpModule      *module,
     LpDate         date,
     const char    *detail)
{
  g_ptr_array_add (problems, _lp_problem_new (kind, module, date, detail, 0));
}

/* The first weekend day and every holiday of the module's days. */
static void
find_in_days (GPtrArray *problems,
              LpModule  *module)
{
  LpDate start = lp_module_get_start (module), end = lp_module_get_end (module);
  gboolean weekend = FALSE;

  for (LpDate d = start; d <= end && d >= start; d++)
    {
      const char *holiday = lp_holidays_name (d);

      if (!weekend && lp_date_get_weekday (d) >= SATURDAY)
        {
          add (problems, LP_PROBLEM_WEEKEND, module, d, NULL);
          weekend = TRUE;
        }
      if (holiday != NULL)
        add (problems, LP_PROBLEM_HOLIDAY, module, d, g_intern_string (holiday));
    }
}

static void
find_in_recesses (GPtrArray    *problems,
                  LpTrajectory *t,
                  LpModule     *module)
{
  GListModel *periods = lp_trajectory_get_periods (t);

  for (guint i = 0; i < g_list_model_get_n_items (periods); i++)
    {
      g_autoptr(LpPeriod) period = g_list_model_get_item (periods, i);
      LpDate from = MAX (lp_period_get_start (period), lp_module_get_start (module));

      if (lp_period_get_kind (period) == LP_PERIOD_RECESS &&
          from <= MIN (lp_period_get_end (period), lp_module_get_end (module)))
        add (problems, LP_PROBLEM_RECESS, module, from, g_intern_string (lp_period_get_label (period)));
    }
}

/* What lp_agenda_find_problems finds, on the module's first day. */
static void
find_in_agenda (GPtrArray *problems,
                LpModule  *module)
{
  g_autoptr(GPtrArray) found = lp_agenda_find_problems (lp_module_get_agenda (module),
                                                        lp_module_get_n_days (module),
                                                        lp_module_get_start_time (module),
                                                        lp_module_get_end_time (module));

  for (guint i = 0; i < found->len; i++)
    add (problems, LP_PROBLEM_AGENDA, module, lp_module_get_start (module),
         g_intern_string (g_ptr_array_index (found, i)));
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const LpProblem *pa = *(LpProblem **) a, *pb = *(LpProblem **) b;

  return (pa->date > pb->date) - (pa->date < pb->date);
}

GPtrArray *
lp_problems_find (LpTrajectory *t)
{
  return lp_problems_find_full (t, NULL);
}

GPtrArray *
lp_problems_find_full (LpTrajectory *t,
                       GHashTable   *concerned)
{
  GListModel *modules = lp_trajectory_get_modules (t);
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_problem_free);

  g_return_val_if_fail (LP_IS_TRAJECTORY (t), problems);
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) module = g_list_model_get_item (modules, i);

      find_in_days (problems, module);
      find_in_recesses (problems, t, module);
      find_in_agenda (problems, module);
    }
  _lp_problems_find_clashes (problems, modules, concerned);
  for (guint i = 0; concerned != NULL && i < problems->len; i++)
    g_hash_table_add (concerned, g_object_ref (((LpProblem *) g_ptr_array_index (problems, i))->module));
  g_ptr_array_sort (problems, compare_problems);
  return problems;
}

/* A double booking with one other module, or with @rest more besides it. */
static char *
describe_clash (const LpProblem *p,
                const char      *other,
                guint            rest)
{
  if (p->kind == LP_PROBLEM_SAME_FACILITATOR && rest == 0)
    /* TRANSLATORS: "Anna is also facilitating “Intervision” then" */
    return g_strdup_printf (_("%s is also facilitating “%s” then"), p->detail, other);
  if (p->kind == LP_PROBLEM_SAME_FACILITATOR)
    /* TRANSLATORS: "Anna is also facilitating “Intervision” and 2 other
     * sessions then": a facilitator, the first of the other modules and
     * how many more there are */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s is also facilitating “%s” and %u other session then",
                                         "%s is also facilitating “%s” and %u other sessions then", rest),
                            p->detail, other, rest);
  if (rest == 0)
    return g_strdup_printf (_("“%s” is also booked for “%s” then"), p->detail, other);
  /* TRANSLATORS: "“Zaal 1” is also booked for “Intervision” and 2 other
   * sessions then": a location, the first of the other modules and how
   * many more there are */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "“%s” is also booked for “%s” and %u other session then",
                                       "“%s” is also booked for “%s” and %u other sessions then", rest),
                          p->detail, other, rest);
}

char *
lp_problem_describe (LpTrajectory    *t,
                     const LpProblem *p)
{
  const char *other = p->n_others > 0 ? lp_trajectory_get_module_title (t, p->others[0]) : "";

  switch (p->kind)
    {
    case LP_PROBLEM_WEEKEND:
      /* TRANSLATORS: %s is a weekday: "Saturday" or "Sunday" */
      return g_strdup_printf (_("falls on a %s"), lp_date_get_weekday_name (lp_date_get_weekday (p->date)));
    case LP_PROBLEM_HOLIDAY:
      /* TRANSLATORS: %s is a public holiday, "King’s Day" */
      return g_strdup_printf (_("falls on a public holiday: %s"), p->detail);
    case LP_PROBLEM_RECESS:
      return g_strdup_printf (_("falls in the recess “%s”"), p->detail ? p->detail : "");
    case LP_PROBLEM_SAME_FACILITATOR:
    case LP_PROBLEM_SAME_LOCATION:
      return describe_clash (p, other, p->n_others > 0 ? p->n_others - 1 + p->n_more : 0);
    case LP_PROBLEM_AGENDA:
      return g_strdup (p->detail);
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
lp_problem_describe_other (LpTrajectory    *t,
                           const LpProblem *p,
                           guint            i)
{
  g_return_val_if_fail (i < p->n_others, NULL);
  return describe_clash (p, lp_trajectory_get_module_title (t, p->others[i]), i + 1 == p->n_others ? p->n_more : 0);
}

gboolean
lp_problems_concern (GPtrArray *problems,
                     LpModule  *module)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      const LpProblem *p = g_ptr_array_index (problems, i);

      if (p->module == module)
        return TRUE;
      for (guint j = 0; j < p->n_others; j++)
        if (p->others[j] == module)
          return TRUE;
    }
  return FALSE;
}

/* A line with what orders it as lp_problems_find ordered module pairs. */
typedef struct {
  LpProblemLine line;
  LpDate        start;     /* of the problem's module */
  guint         index;     /* the module's, in file order */
  guint         other;     /* the other's, in file order; 0 when none */
  LpDate        other_start;
  int           kind;      /* 0 for a problem of one module, else its kind */
} Line;

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  const Line *la = a, *lb = b;

#define CMP(field) if (la->field != lb->field) return la->field < lb->field ? -1 : 1
  CMP (line.date);
  if (la->kind == 0 || lb->kind == 0)
    {
      CMP (kind);
      CMP (line.problem);
      return 0;
    }
  CMP (start);
  CMP (index);
  CMP (other_start);
  CMP (other);
  CMP (kind);
#undef CMP
  return 0;
}

static GHashTable *
file_order (LpTrajectory *t)
{
  GListModel *modules = lp_trajectory_get_modules (t);
  GHashTable *order = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);

      g_hash_table_insert (order, m, GUINT_TO_POINTER (i));
    }
  return order;
}

static guint
position (GHashTable *order,
          LpModule   *module)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (order, module));
}

GArray *
lp_problems_lines (LpTrajectory *t,
                   GPtrArray    *problems)
{
  g_autoptr(GHashTable) order = file_order (t);
  g_autoptr(GArray) lines = g_array_sized_new (FALSE, FALSE, sizeof (Line), problems->len);
  GArray *result;

  for (guint i = 0; i < problems->len; i++)
    {
      const LpProblem *p = g_ptr_array_index (problems, i);
      Line l = { { i, 0, p->date }, lp_module_get_start (p->module), position (order, p->module), 0, 0, 0 };

      if (p->n_others == 0)
        g_array_append_val (lines, l);
      l.kind = 1 + p->kind;
      for (guint j = 0; j < p->n_others; j++)
        {
          l.line.other = j;
          l.other = position (order, p->others[j]);
          l.other_start = lp_module_get_start (p->others[j]);
          l.line.date = MAX (l.start, l.other_start);
          g_array_append_val (lines, l);
        }
    }
  g_array_sort (lines, compare_lines);
  result = g_array_sized_new (FALSE, FALSE, sizeof (LpProblemLine), lines->len);
  for (guint i = 0; i < lines->len; i++)
    g_array_append_val (result, g_array_index (lines, Line, i).line);
  return result;
}
