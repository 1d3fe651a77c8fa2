/* lp-problems.c — what may be wrong with a module's dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lp-date.h"
#include "lp-holidays.h"
#include "lp-problems.h"

#define SATURDAY 6

void
lp_problem_free (LpProblem *problem)
{
  if (problem == NULL)
    return;
  g_clear_object (&problem->module);
  g_clear_object (&problem->other);
  g_free (problem);
}

/* detail is interned (or NULL). */
static void
add (GPtrArray     *problems,
     LpProblemKind  kind,
     LpModule      *module,
     LpModule      *other,
     LpDate         date,
     const char    *detail)
{
  LpProblem *p = g_new0 (LpProblem, 1);

  p->kind = kind;
  p->module = g_object_ref (module);
  p->other = other ? g_object_ref (other) : NULL;
  p->date = date;
  p->detail = detail;
  g_ptr_array_add (problems, p);
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
          add (problems, LP_PROBLEM_WEEKEND, module, NULL, d, NULL);
          weekend = TRUE;
        }
      if (holiday != NULL)
        add (problems, LP_PROBLEM_HOLIDAY, module, NULL, d, g_intern_string (holiday));
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
        add (problems, LP_PROBLEM_RECESS, module, NULL, from, g_intern_string (lp_period_get_label (period)));
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
    add (problems, LP_PROBLEM_AGENDA, module, NULL, lp_module_get_start (module),
         g_intern_string (g_ptr_array_index (found, i)));
}

/* Comparable form of a name or place: trimmed and case-folded, interned
 * (equal keys are the same pointer); NULL when empty. */
static const char *
key (const char *text)
{
  g_autofree char *copy = NULL;
  g_autofree char *folded = NULL;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    return NULL;
  folded = g_utf8_casefold (copy, -1);
  return g_intern_string (folded);
}

/* A module with its comparable facilitators and location, made once. */
typedef struct {
  LpModule    *module;
  LpDate       start, end;
  const char **facilitators;   /* keys or NULL, parallel to the module's
                                * facilitators, n_facilitators of them */
  const char **names;          /* those facilitators as written, interned */
  guint        n_facilitators;
  const char  *location;       /* key or NULL */
  const char  *place;          /* the location as written, interned */
} Booking;

static void
booking_clear (gpointer data)
{
  Booking *b = data;

  g_free (b->facilitators);
  g_free (b->names);
  g_object_unref (b->module);
}

static gboolean
times_overlap (LpModule *a,
               LpModule *b)
{
  int a0 = lp_module_get_start_time (a), a1 = lp_module_get_end_time (a);
  int b0 = lp_module_get_start_time (b), b1 = lp_module_get_end_time (b);

  if (lp_module_get_start (a) != lp_module_get_end (a) || lp_module_get_start (b) != lp_module_get_end (b) ||
      a0 == LP_TIME_NONE || a1 == LP_TIME_NONE || b0 == LP_TIME_NONE || b1 == LP_TIME_NONE)
    return TRUE;
  return a0 < b1 && b0 < a1;
}

/* The facilitator the two share (as @a's module writes it, interned), or NULL. */
static const char *
shared_facilitator (const Booking *a,
                    const Booking *b)
{
  for (guint i = 0; i < a->n_facilitators; i++)
    for (guint j = 0; a->facilitators[i] != NULL && j < b->n_facilitators; j++)
      if (a->facilitators[i] == b->facilitators[j])
        return a->names[i];
  return NULL;
}

static void
find_clash (GPtrArray     *problems,
            const Booking *a,
            const Booking *b)
{
  LpDate from = MAX (a->start, b->start);
  const char *facilitator = shared_facilitator (a, b);
  gboolean same_place = a->location != NULL && a->location == b->location;

  if ((facilitator == NULL && !same_place) || !times_overlap (a->module, b->module))
    return;
  if (facilitator != NULL)
    add (problems, LP_PROBLEM_SAME_FACILITATOR, a->module, b->module, from, facilitator);
  if (same_place)
    add (problems, LP_PROBLEM_SAME_LOCATION, a->module, b->module, from, a->place);
}

static int
compare_start (gconstpointer a,
               gconstpointer b)
{
  const Booking *ba = a, *bb = b;

  return (ba->start > bb->start) - (ba->start < bb->start);
}

/* The modules with a facilitator or a location, by start (file order among equals). */
static GArray *
bookings (GListModel *modules)
{
  guint n = g_list_model_get_n_items (modules);
  GArray *all = g_array_sized_new (FALSE, FALSE, sizeof (Booking), n);

  g_array_set_clear_func (all, booking_clear);
  for (guint i = 0; i < n; i++)
    {
      LpModule *m = g_list_model_get_item (modules, i);
      const char * const *names = lp_module_get_facilitators (m);
      guint k = names ? g_strv_length ((char **) names) : 0;
      Booking b = { m, lp_module_get_start (m), lp_module_get_end (m), g_new0 (const char *, k),
                    g_new0 (const char *, k), k, key (lp_module_get_location (m)), NULL };

      for (guint f = 0; f < k; f++)
        {
          b.facilitators[f] = key (names[f]);   /* NULL (empty) never matches */
          b.names[f] = g_intern_string (names[f]);
        }
      if (b.location != NULL)
        b.place = g_intern_string (lp_module_get_location (m));
      if (k == 0 && b.location == NULL)
        booking_clear (&b);
      else
        g_array_append_val (all, b);
    }
  g_array_sort (all, compare_start);   /* stable */
  return all;
}

/* By start, each module meets only those that start before it ends. */
static void
find_clashes (GPtrArray  *problems,
              GListModel *modules)
{
  g_autoptr(GArray) all = bookings (modules);

  for (guint i = 0; i < all->len; i++)
    {
      const Booking *a = &g_array_index (all, Booking, i);

      for (guint j = i + 1; j < all->len; j++)
        {
          const Booking *b = &g_array_index (all, Booking, j);

          if (b->start > a->end)
            break;
          find_clash (problems, a, b);
        }
    }
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
  find_clashes (problems, modules);
  g_ptr_array_sort (problems, compare_problems);
  return problems;
}

char *
lp_problem_describe (LpTrajectory    *t,
                     const LpProblem *p)
{
  const char *other = p->other ? lp_trajectory_get_module_title (t, p->other) : "";

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
      /* TRANSLATORS: "Anna is also facilitating “Intervision” then" */
      return g_strdup_printf (_("%s is also facilitating “%s” then"), p->detail, other);
    case LP_PROBLEM_SAME_LOCATION:
      return g_strdup_printf (_("“%s” is also booked for “%s” then"), p->detail, other);
    case LP_PROBLEM_AGENDA:
      return g_strdup (p->detail);
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
lp_problems_concern (GPtrArray *problems,
                     LpModule  *module)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      const LpProblem *p = g_ptr_array_index (problems, i);
      if (p->module == module || p->other == module)
        return TRUE;
    }
  return FALSE;
}
