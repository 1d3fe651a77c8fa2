/* lp-clashes.c — double bookings: modules that overlap and share a
 * facilitator or a location
 *
 * Counted per facilitator and per location, with sorted starts and ends
 * and, for the timed sessions of one day, counts by minute: a file that
 * books twenty thousand sessions on one day with one facilitator costs
 * n log n, not the two hundred million pairs it holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lp-problems-private.h"

#define MINUTES (24 * 60)

/* A module with its comparable facilitators and location, made once. */
typedef struct {
  LpModule    *module;
  LpDate       start, end;
  int          t0, t1;         /* minutes; both -1 unless timed (below) */
  const char **facilitators;   /* keys or NULL, parallel to the module's
                                * facilitators, n_facilitators of them */
  const char **names;          /* those facilitators as written, interned */
  guint        n_facilitators;
  const char  *location;       /* key or NULL */
  const char  *place;          /* the location as written, interned */
} Booking;

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

static void
booking_clear (gpointer data)
{
  Booking *b = data;

  g_free (b->facilitators);
  g_free (b->names);
  g_object_unref (b->module);
}

/* A session on one day with times that can be compared: both set, within
 * the day, the end not before the start.  Any other module takes its
 * whole days. */
static gboolean
is_timed (const Booking *b)
{
  return b->t0 >= 0;
}

/* Two bookings whose days overlap clash unless both are timed and their
 * times do not overlap. */
static gboolean
times_overlap (const Booking *a,
               const Booking *b)
{
  return !is_timed (a) || !is_timed (b) || (a->t0 < b->t1 && b->t0 < a->t1);
}

static int
compare_start (gconstpointer a,
               gconstpointer b)
{
  const Booking *ba = a, *bb = b;

  return (ba->start > bb->start) - (ba->start < bb->start);
}

static Booking
booking_new (LpModule *m)
{
  const char * const *names = lp_module_get_facilitators (m);
  guint k = names ? g_strv_length ((char **) names) : 0;
  int t0 = lp_module_get_start_time (m), t1 = lp_module_get_end_time (m);
  Booking b = { m, lp_module_get_start (m), lp_module_get_end (m), -1, -1, g_new0 (const char *, k),
                g_new0 (const char *, k), k, key (lp_module_get_location (m)), NULL };

  if (b.end < b.start)
    b.end = b.start;   /* being edited: its first day */
  if (b.start == b.end && t0 >= 0 && t0 <= t1 && t1 <= MINUTES)
    b.t0 = t0, b.t1 = t1;
  for (guint f = 0; f < k; f++)
    {
      b.facilitators[f] = key (names[f]);   /* NULL (empty) never matches */
      b.names[f] = g_intern_string (names[f]);
    }
  if (b.location != NULL)
    b.place = g_intern_string (lp_module_get_location (m));
  return b;
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
      Booking b = booking_new (g_list_model_get_item (modules, i));

      if (b.n_facilitators == 0 && b.location == NULL)
        booking_clear (&b);
      else
        g_array_append_val (all, b);
    }
  g_array_sort (all, compare_start);   /* stable */
  return all;
}

/* Counts of timed sessions by minute, for one day of one facilitator or
 * location: Fenwick trees over end times and start times, and the
 * sessions of no length at each minute. */
typedef struct {
  guint n;
  guint by_end[MINUTES + 2];
  guint by_start[MINUTES + 2];
  guint empty[MINUTES + 1];
} Minutes;

static void
tree_add (guint *tree,
          int    minute,
          int    delta)
{
  for (int i = minute + 1; i <= MINUTES + 1; i += i & -i)
    tree[i] += delta;
}

/* How many have a minute of at most @minute. */
static guint
tree_count (const guint *tree,
            int          minute)
{
  guint sum = 0;

  for (int i = MIN (minute, MINUTES) + 1; i > 0; i -= i & -i)
    sum += tree[i];
  return sum;
}

static void
minutes_add (Minutes       *m,
             const Booking *b,
             int            delta)
{
  m->n += delta;
  tree_add (m->by_end, b->t1, delta);
  tree_add (m->by_start, b->t0, delta);
  if (b->t0 == b->t1)
    m->empty[b->t0] += delta;
}

/* How many of the sessions counted in @m do not overlap the timed @a:
 * those ending by its start, and those starting at or after its end
 * (a session of no length at its minute is both). */
static guint
minutes_apart (const Minutes *m,
               const Booking *a)
{
  guint before = tree_count (m->by_end, a->t0);
  guint after = m->n - (a->t1 > 0 ? tree_count (m->by_start, a->t1 - 1) : 0);

  return before + after - (a->t0 == a->t1 ? m->empty[a->t0] : 0);
}

/* What one module's double booking of one facilitator or location found. */
typedef struct {
  guint          booking;     /* index in the bookings */
  guint          order;       /* its place among the module's problems */
  LpProblemKind  kind;
  const char    *detail;      /* interned */
  guint          n;           /* later modules that clash */
} Found;

/* One facilitator's or location's bookings (indices, by start). */
typedef struct {
  LpProblemKind  kind;
  GArray        *members;     /* guint */
} Group;

/* Index of the first of @values[0..n) greater than @v (sorted ascending). */
static guint
upper_bound (const LpDate *values,
             guint         n,
             LpDate        v)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (values[mid] <= v)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  LpDate da = *(const LpDate *) a, db = *(const LpDate *) b;

  return (da > db) - (da < db);
}

/* The written name of the facilitator @key in @a, and its place in @a's list. */
static const char *
facilitator_named (const Booking *a,
                   const char    *key_,
                   guint         *order)
{
  for (guint f = 0; f < a->n_facilitators; f++)
    if (a->facilitators[f] == key_)
      {
        *order = f;
        return a->names[f];
      }
  g_return_val_if_reached (NULL);
}

/* The problem of the group's member @k, which clashes with @n later
 * members: it names the first LP_PROBLEM_MAX_OTHERS of them and counts
 * the rest, dated on the first one's start. */
static LpProblem *
problem_new (GArray       *all,
             const guint  *members,
             guint         n_members,
             guint         k,
             LpProblemKind kind,
             const char   *detail,
             guint         n)
{
  const Booking *a = &g_array_index (all, Booking, members[k]);
  guint named = MIN (n, LP_PROBLEM_MAX_OTHERS);
  LpProblem *p = _lp_problem_new (kind, a->module, a->start, detail, named);

  for (guint j = k + 1; j < n_members && p->n_others < named; j++)
    {
      const Booking *b = &g_array_index (all, Booking, members[j]);

      if (b->start > a->end)
        break;
      if (!times_overlap (a, b))
        continue;
      if (p->n_others == 0)
        p->date = b->start;
      p->others[p->n_others++] = g_object_ref (b->module);
    }
  g_warn_if_fail (p->n_others == named);
  p->n_more = n - p->n_others;
  return p;
}

typedef struct {
  GArray    *all;
  GArray    *found;      /* Found, with its problem in `problems` */
  GPtrArray *problems;   /* parallel to found */
  gboolean  *involved;   /* per booking */
  Minutes   *minutes;    /* empty between blocks */
} Counting;

static void
found_add (Counting     *c,
           const Group  *g,
           const char   *group_key,
           const guint  *members,
           guint         k,
           guint         n)
{
  const Booking *a = &g_array_index (c->all, Booking, members[k]);
  Found f = { members[k], a->n_facilitators, g->kind, a->place, n };

  if (g->kind == LP_PROBLEM_SAME_FACILITATOR)
    f.detail = facilitator_named (a, group_key, &f.order);
  g_array_append_val (c->found, f);
  g_ptr_array_add (c->problems, problem_new (c->all, members, g->members->len, k, g->kind, f.detail, n));
}

/* One facilitator's or location's members, a block of equal starts at a
 * time from the last: for each, the later members it clashes with
 * (those starting by its end, less the timed ones of its day whose
 * times are apart), and whether it clashes with any member at all. */
static void
count_group (Counting   *c,
             const char *group_key,
             Group      *g)
{
  const guint *members = (const guint *) g->members->data;
  guint n = g->members->len;
  g_autofree LpDate *starts = g_new (LpDate, n);
  g_autofree LpDate *ends = g_new (LpDate, n);

  for (guint k = 0; k < n; k++)
    {
      starts[k] = g_array_index (c->all, Booking, members[k]).start;
      ends[k] = g_array_index (c->all, Booking, members[k]).end;
    }
  qsort (ends, n, sizeof (LpDate), compare_dates);
  for (guint e = n, s; e > 0; e = s)
    {
      for (s = e - 1; s > 0 && starts[s - 1] == starts[e - 1]; s--)
        ;
      for (guint k = e; k-- > s;)
        {
          const Booking *a = &g_array_index (c->all, Booking, members[k]);
          guint later = upper_bound (starts, n, a->end) - k - 1;

          if (is_timed (a))
            {
              later -= minutes_apart (c->minutes, a);
              minutes_add (c->minutes, a, +1);
            }
          if (later > 0)
            found_add (c, g, group_key, members, k, later);
        }
      for (guint k = s; k < e; k++)
        {
          const Booking *a = &g_array_index (c->all, Booking, members[k]);
          guint before = a->start > 0 ? upper_bound (ends, n, a->start - 1) : 0;
          guint any = upper_bound (starts, n, a->end) - before - 1;

          if (is_timed (a))
            any -= minutes_apart (c->minutes, a) - (a->t0 == a->t1);
          c->involved[members[k]] |= any > 0;
        }
      for (guint k = s; k < e; k++)
        if (is_timed (&g_array_index (c->all, Booking, members[k])))
          minutes_add (c->minutes, &g_array_index (c->all, Booking, members[k]), -1);
    }
}

static void
group_free (gpointer data)
{
  Group *g = data;

  g_array_unref (g->members);
  g_free (g);
}

static void
group_add (GHashTable    *groups,
           const char    *group_key,
           LpProblemKind  kind,
           guint          booking)
{
  Group *g = g_hash_table_lookup (groups, group_key);

  if (g == NULL)
    {
      g = g_new0 (Group, 1);
      g->kind = kind;
      g->members = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (groups, (gpointer) group_key, g);
    }
  g_array_append_val (g->members, booking);
}

/* Each facilitator's and each location's bookings, in booking order; a
 * module that names one facilitator twice is a member once. */
static void
make_groups (GArray     *all,
             GHashTable *by_facilitator,
             GHashTable *by_location)
{
  for (guint i = 0; i < all->len; i++)
    {
      const Booking *b = &g_array_index (all, Booking, i);

      for (guint f = 0; f < b->n_facilitators; f++)
        {
          gboolean again = b->facilitators[f] == NULL;

          for (guint e = 0; e < f && !again; e++)
            again = b->facilitators[e] == b->facilitators[f];
          if (!again)
            group_add (by_facilitator, b->facilitators[f], LP_PROBLEM_SAME_FACILITATOR, i);
        }
      if (b->location != NULL)
        group_add (by_location, b->location, LP_PROBLEM_SAME_LOCATION, i);
    }
}

static void
count_groups (Counting   *c,
              GHashTable *groups)
{
  GHashTableIter iter;
  gpointer group_key, g;

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &group_key, &g))
    if (((Group *) g)->members->len > 1)
      count_group (c, group_key, g);
}

/* Problems in booking order, a module's facilitators in its order, then its location. */
static int
compare_found (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const Found *fa = &((const Found *) user_data)[*(const guint *) a];
  const Found *fb = &((const Found *) user_data)[*(const guint *) b];

  if (fa->booking != fb->booking)
    return fa->booking < fb->booking ? -1 : 1;
  return (fa->order > fb->order) - (fa->order < fb->order);
}

void
_lp_problems_find_clashes (GPtrArray  *problems,
                           GListModel *modules,
                           GHashTable *concerned)
{
  g_autoptr(GArray) all = bookings (modules);
  g_autoptr(GHashTable) by_facilitator = g_hash_table_new_full (NULL, NULL, NULL, group_free);
  g_autoptr(GHashTable) by_location = g_hash_table_new_full (NULL, NULL, NULL, group_free);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Found));
  g_autoptr(GPtrArray) made = g_ptr_array_new ();
  g_autofree gboolean *involved = g_new0 (gboolean, all->len + 1);
  g_autofree Minutes *minutes = g_new0 (Minutes, 1);
  g_autofree guint *order = NULL;
  Counting c = { all, found, made, involved, minutes };

  make_groups (all, by_facilitator, by_location);
  count_groups (&c, by_facilitator);
  count_groups (&c, by_location);
  order = g_new (guint, found->len + 1);
  for (guint i = 0; i < found->len; i++)
    order[i] = i;
  g_qsort_with_data (order, found->len, sizeof (guint), compare_found, found->data);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (problems, g_ptr_array_index (made, order[i]));
  for (guint i = 0; concerned != NULL && i < all->len; i++)
    if (involved[i])
      g_hash_table_add (concerned, g_object_ref (g_array_index (all, Booking, i).module));
}
