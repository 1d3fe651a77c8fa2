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
  for (guint i = 0; i < problem->n_others; i++)
    g_object_unref (problem->others[i]);
  g_free (problem);   /* the others' array with it */
}

/* detail is interned (or NULL).  Room for @room others follows the problem
 * in the same block: one allocation for a double booking, however many
 * modules it names. */
static LpProblem *
add_with_room (GPtrArray     *problems,
               LpProblemKind  kind,
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
  g_ptr_array_add (problems, p);
  return p;
}

static void
add (GPtrArray     *problems,
     LpProblemKind  kind,
     LpModule      *module,
     LpDate         date,
     const char    *detail)
{
  add_with_room (problems, kind, module, date, detail, 0);
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
  int          t0, t1;         /* times, or LP_TIME_NONE */
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

/* Two bookings overlap when their days do, unless both lie on one day
 * with times that do not. */
static gboolean
times_overlap (const Booking *a,
               const Booking *b)
{
  if (a->start != a->end || b->start != b->end ||
      a->t0 == LP_TIME_NONE || a->t1 == LP_TIME_NONE || b->t0 == LP_TIME_NONE || b->t1 == LP_TIME_NONE)
    return TRUE;
  return a->t0 < b->t1 && b->t0 < a->t1;
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

/* A module's double bookings of one kind and one facilitator or location
 * with later modules, while they are found: how many, and the first. */
typedef struct {
  LpProblemKind  kind;
  const char    *detail;   /* interned */
  LpDate         date;     /* of the first */
  guint          n;
  LpModule      *named[LP_PROBLEM_MAX_OTHERS];   /* borrowed from the bookings */
} Group;

static void
count_in (GArray        *groups,
          LpProblemKind  kind,
          const char    *detail,
          LpDate         date,
          LpModule      *other,
          guint          n)
{
  Group *g = NULL;

  for (guint i = 0; i < groups->len && g == NULL; i++)
    if (g_array_index (groups, Group, i).kind == kind && g_array_index (groups, Group, i).detail == detail)
      g = &g_array_index (groups, Group, i);
  if (g == NULL)
    {
      Group fresh = { kind, detail, date, 0, { NULL } };

      g_array_append_val (groups, fresh);
      g = &g_array_index (groups, Group, groups->len - 1);
    }
  if (g->n < LP_PROBLEM_MAX_OTHERS && other != NULL)
    g->named[g->n] = other;
  g->n += n;
}

/* Counts the double booking of @a with the later @b; TRUE when there is one. */
static gboolean
find_clash (GArray        *groups,
            const Booking *a,
            const Booking *b)
{
  const char *facilitator = shared_facilitator (a, b);
  gboolean same_place = a->location != NULL && a->location == b->location;
  LpDate date = MAX (a->start, b->start);

  if ((facilitator == NULL && !same_place) || !times_overlap (a, b))
    return FALSE;
  if (facilitator != NULL)
    count_in (groups, LP_PROBLEM_SAME_FACILITATOR, facilitator, date, b->module, 1);
  if (same_place)
    count_in (groups, LP_PROBLEM_SAME_LOCATION, a->place, date, b->module, 1);
  return TRUE;
}

/* One problem for each of the module's groups, naming the first
 * LP_PROBLEM_MAX_OTHERS later modules and counting the rest. */
static void
add_groups (GPtrArray *problems,
            LpModule  *module,
            GArray    *groups)
{
  for (guint i = 0; i < groups->len; i++)
    {
      const Group *g = &g_array_index (groups, Group, i);
      guint named = MIN (g->n, LP_PROBLEM_MAX_OTHERS);
      LpProblem *p = add_with_room (problems, g->kind, module, g->date, g->detail, named);

      for (guint j = 0; j < named; j++)
        p->others[j] = g_object_ref (g->named[j]);
      p->n_others = named;
      p->n_more = g->n - named;
    }
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
      Booking b = { m, lp_module_get_start (m), lp_module_get_end (m),
                    lp_module_get_start_time (m), lp_module_get_end_time (m), g_new0 (const char *, k),
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

/* TRUE when @a and @b double-book the same later modules in the same words. */
static gboolean
same_booking (const Booking *a,
              const Booking *b)
{
  if (a->start != b->start || a->end != b->end || a->t0 != b->t0 || a->t1 != b->t1 ||
      a->n_facilitators != b->n_facilitators || a->location != b->location || a->place != b->place)
    return FALSE;
  for (guint i = 0; i < a->n_facilitators; i++)
    if (a->facilitators[i] != b->facilitators[i] || a->names[i] != b->names[i])
      return FALSE;
  return TRUE;
}

/* The problems of the run of same bookings all[first..end): each member
 * double-books the members after it, then what @tail counts (the
 * modules after the run, the same for every member). */
static void
add_run (GPtrArray *problems,
         GArray    *all,
         guint      first,
         guint      end,
         GArray    *tail,
         gboolean  *involved)
{
  g_autoptr(GArray) groups = g_array_new (FALSE, FALSE, sizeof (Group));
  const Booking *a = &g_array_index (all, Booking, first);

  for (guint q = first; q < end; q++)
    {
      /* with the next member, the pattern of the rest of the run */
      if (q + 1 < end && find_clash (groups, a, &g_array_index (all, Booking, q + 1)))
        {
          for (guint i = 0; i < groups->len; i++)
            {
              Group *g = &g_array_index (groups, Group, i);

              for (guint k = 1; k < MIN (end - q - 1, LP_PROBLEM_MAX_OTHERS); k++)
                g->named[k] = g_array_index (all, Booking, q + 1 + k).module;
              g->n = end - q - 1;
            }
          involved[q] = involved[q + 1] = TRUE;
        }
      for (guint i = 0; i < tail->len; i++)
        {
          const Group *t = &g_array_index (tail, Group, i);

          for (guint k = 0; k < MIN (t->n, LP_PROBLEM_MAX_OTHERS); k++)
            count_in (groups, t->kind, t->detail, t->date, t->named[k], 1);
          count_in (groups, t->kind, t->detail, t->date, NULL, t->n - MIN (t->n, LP_PROBLEM_MAX_OTHERS));
          involved[q] = TRUE;
        }
      add_groups (problems, g_array_index (all, Booking, q).module, groups);
      g_array_set_size (groups, 0);
    }
}

/* By start, each module meets only those that start before it ends.  A
 * run of same bookings (a file that books hundreds of copies of a module
 * in one slot) meets the modules after it once. */
static void
find_clashes (GPtrArray  *problems,
              GListModel *modules,
              GHashTable *concerned)
{
  g_autoptr(GArray) all = bookings (modules);
  g_autoptr(GArray) tail = g_array_new (FALSE, FALSE, sizeof (Group));
  g_autofree gboolean *involved = g_new0 (gboolean, all->len + 1);

  for (guint i = 0, end; i < all->len; i = end)
    {
      const Booking *a = &g_array_index (all, Booking, i);

      for (end = i + 1; end < all->len && same_booking (a, &g_array_index (all, Booking, end)); end++)
        ;
      for (guint j = end; j < all->len; j++)
        {
          const Booking *b = &g_array_index (all, Booking, j);

          if (b->start > a->end)
            break;
          involved[j] |= find_clash (tail, a, b);
        }
      add_run (problems, all, i, end, tail, involved);
      g_array_set_size (tail, 0);
    }
  for (guint i = 0; concerned != NULL && i < all->len; i++)
    if (involved[i])
      g_hash_table_add (concerned, g_object_ref (g_array_index (all, Booking, i).module));
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
  find_clashes (problems, modules, concerned);
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
