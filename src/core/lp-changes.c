/* lp-changes.c — what changed between two versions of a trajectory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-changes-private.h"
#include "lp-item-index.h"
#include "lp-library.h"
#include "lp-module-text.h"

typedef struct {
  LpTrajectory *old_version;
  LpTrajectory *new_version;
  GPtrArray    *out;
  GHashTable   *unmoved_tracks;  /* ids of the lanes that kept their order */
} Diff;

/* What a comparison does with the items of one type, matched by id. */
typedef struct {
  void (*added)   (Diff *d, gpointer item);  /* an item of the new version only */
  void (*removed) (Diff *d, gpointer item);  /* an item of the old version only */
  void (*compare) (Diff *d, gpointer old_item, gpointer new_item);
} ItemWalk;

/* The items of one type added, changed and removed, in the new version's
 * order, then the old one's. */
static void
compare_by_id (Diff           *d,
               GType           type,
               const ItemWalk *walk)
{
  GListModel *news = lp_trajectory_items_of_type (d->new_version, type);
  GListModel *olds = lp_trajectory_items_of_type (d->old_version, type);

  for (guint i = 0; i < g_list_model_get_n_items (news); i++)
    {
      g_autoptr(GObject) n = g_list_model_get_item (news, i);
      gpointer o = lp_trajectory_lookup_item (d->old_version, type, lp_item_get_id (n));

      if (o == NULL)
        walk->added (d, n);
      else
        walk->compare (d, o, n);
    }
  for (guint i = 0; i < g_list_model_get_n_items (olds); i++)
    {
      g_autoptr(GObject) o = g_list_model_get_item (olds, i);

      if (lp_trajectory_lookup_item (d->new_version, type, lp_item_get_id (o)) == NULL)
        walk->removed (d, o);
    }
}

/* The item a change is about. */
typedef struct {
  GType       type;
  const char *id;
  const char *name;
  LpDate      date;
} Item;

void
lp_change_free (LpChange *change)
{
  if (change == NULL)
    return;
  g_free (change->id);
  g_free (change->name);
  g_free (change->field);
  g_free (change->old_text);
  g_free (change->new_text);
  g_free (change->old_track_id);
  g_free (change);
}

static LpChange *
add_change (Diff           *d,
            LpChangeAction  action,
            const Item     *item)
{
  LpChange *change = g_new0 (LpChange, 1);

  change->action = action;
  change->item_type = item->type;
  change->id = g_strdup (item->id);
  change->name = lp_changes_name_text (item->name);
  change->date = item->date;
  g_ptr_array_add (d->out, change);
  return change;
}

/* An "edited" change when @differs; takes the texts either way. */
static void
edit_if (Diff       *d,
         const Item *item,
         const char *field,
         gboolean    differs,
         char       *old_text,
         char       *new_text)
{
  LpChange *change;

  if (!differs)
    {
      g_free (old_text);
      g_free (new_text);
      return;
    }
  change = add_change (d, LP_CHANGE_EDITED, item);
  change->field = g_strdup (field);
  change->old_text = old_text;
  change->new_text = new_text;
}

/* Compares two strings (NULL as ""), shown cut to one line. */
static void
edit_string (Diff       *d,
             const Item *item,
             const char *field,
             const char *old_value,
             const char *new_value)
{
  if (g_strcmp0 (old_value ? old_value : "", new_value ? new_value : "") != 0)
    edit_if (d, item, field, TRUE, lp_changes_value_text (old_value), lp_changes_value_text (new_value));
}

/* ---- modules ---- */

/* The module's string fields, compared without copying. */
static const struct {
  const char  *field;
  const char *(*get) (LpModule *module);
} module_strings[] = {
  { "title",        lp_module_get_title },
  { "participants", lp_module_get_participants },
  { "location",     lp_module_get_location },
  { "goals",        lp_module_get_goals },
  { "preparation",  lp_module_get_preparation },
  { "description",  lp_module_get_description },
  { "notes",        lp_module_get_notes },
};

/* A field whose value lp_module_property_to_text writes, when it differs. */
static void
edit_as_text (Diff       *d,
              const Item *item,
              const char *field,
              gboolean    differs,
              LpModule   *o,
              LpModule   *n)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (!differs)
    return;
  a = lp_module_property_to_text (o, field);
  b = lp_module_property_to_text (n, field);
  edit_if (d, item, field, TRUE, lp_changes_value_text (a), lp_changes_value_text (b));
}

static const char *
track_id (LpModule *module)
{
  LpTrack *track = lp_module_get_track (module);

  return track != NULL ? lp_track_get_id (track) : NULL;
}

/* "5 Oct 2026 – 7 Oct 2026, Lane" with the parts asked for. */
static char *
place_text (LpModule *module,
            gboolean  dates,
            gboolean  lane)
{
  g_autofree char *span = lp_changes_span_text (lp_module_get_start (module), lp_module_get_end (module));
  LpTrack *track = lp_module_get_track (module);
  const char *lane_name = track != NULL ? lp_track_get_name (track) : "";

  if (dates && lane)
    return g_strdup_printf ("%s, %s", span, lane_name);
  return g_strdup (dates ? span : lane_name);
}

static char *
comments_text (LpModule *module)
{
  return g_strdup_printf ("%u", lp_module_get_comments (module)->len);
}

static void
compare_module_place (Diff       *d,
                      const Item *item,
                      LpModule   *o,
                      LpModule   *n)
{
  gboolean dates = lp_module_get_start (o) != lp_module_get_start (n) ||
                   lp_module_get_end (o) != lp_module_get_end (n);
  gboolean lane = g_strcmp0 (track_id (o), track_id (n)) != 0;
  LpChange *change;

  if (!dates && !lane)
    return;
  change = add_change (d, LP_CHANGE_MOVED, item);
  change->old_text = place_text (o, dates, lane);
  change->new_text = place_text (n, dates, lane);
  change->old_track_id = g_strdup (track_id (o));
  change->old_start = lp_module_get_start (o);
  change->old_end = lp_module_get_end (o);
}

static gboolean
strv_differ (const char * const *a,
             const char * const *b)
{
  return !g_strv_equal (a != NULL ? a : (const char * const[]) { NULL },
                        b != NULL ? b : (const char * const[]) { NULL });
}

/* Every field but the place, in the order the editor shows them. */
static void
compare_module (Diff     *d,
                gpointer  old_module,
                gpointer  new_module)
{
  LpModule *o = old_module, *n = new_module;
  Item item = { LP_TYPE_MODULE, lp_module_get_id (n),
                lp_trajectory_get_module_title (d->new_version, n), lp_module_get_start (n) };

  compare_module_place (d, &item, o, n);
  if (g_strcmp0 (lp_module_get_kind_id (o), lp_module_get_kind_id (n)) != 0)
    edit_if (d, &item, "kind", TRUE,
             g_strdup (lp_kind_get_name (lp_trajectory_get_module_kind (d->old_version, o))),
             g_strdup (lp_kind_get_name (lp_trajectory_get_module_kind (d->new_version, n))));
  if (lp_module_get_status (o) != lp_module_get_status (n))
    edit_if (d, &item, "status", TRUE, g_strdup (lp_status_get_label (lp_module_get_status (o))),
             g_strdup (lp_status_get_label (lp_module_get_status (n))));
  edit_as_text (d, &item, "start-time", lp_module_get_start_time (o) != lp_module_get_start_time (n), o, n);
  edit_as_text (d, &item, "end-time", lp_module_get_end_time (o) != lp_module_get_end_time (n), o, n);
  edit_as_text (d, &item, "facilitators",
                strv_differ (lp_module_get_facilitators (o), lp_module_get_facilitators (n)), o, n);
  edit_as_text (d, &item, "participants-count",
                lp_module_get_participants_count (o) != lp_module_get_participants_count (n), o, n);
  for (guint i = 0; i < G_N_ELEMENTS (module_strings); i++)
    edit_string (d, &item, module_strings[i].field, module_strings[i].get (o), module_strings[i].get (n));
  if (!lp_comment_array_equal (lp_module_get_comments (o), lp_module_get_comments (n)))
    edit_if (d, &item, "comments", TRUE, comments_text (o), comments_text (n));
}

static void
add_module_whole (Diff           *d,
                  LpTrajectory   *trajectory,
                  LpModule       *module,
                  LpChangeAction  action)
{
  Item item = { LP_TYPE_MODULE, lp_module_get_id (module),
                lp_trajectory_get_module_title (trajectory, module), lp_module_get_start (module) };
  LpChange *change = add_change (d, action, &item);

  if (action == LP_CHANGE_ADDED)
    {
      change->new_text = place_text (module, TRUE, TRUE);
      return;
    }
  change->old_text = place_text (module, TRUE, TRUE);
  change->old_track_id = g_strdup (track_id (module));
  change->old_start = lp_module_get_start (module);
  change->old_end = lp_module_get_end (module);
}

static void
module_added (Diff *d, gpointer module)
{
  add_module_whole (d, d->new_version, module, LP_CHANGE_ADDED);
}

static void
module_removed (Diff *d, gpointer module)
{
  add_module_whole (d, d->old_version, module, LP_CHANGE_REMOVED);
}

static const ItemWalk module_walk = { module_added, module_removed, compare_module };

/* ---- lanes ---- */

/* The ids of @list's lanes that @other has too, in @list's order. */
static GPtrArray *
common_track_ids (GListModel   *list,
                  LpTrajectory *other)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (list, i);

      if (lp_trajectory_lookup_track (other, lp_track_get_id (track)) != NULL)
        g_ptr_array_add (ids, (gpointer) lp_track_get_id (track));
    }
  return ids;
}

/* The lanes that keep their order: a longest common subsequence of the two
 * orders (lanes are few).  Returns a set of ids. */
static GHashTable *
unmoved_tracks (GPtrArray *a,
                GPtrArray *b)
{
  guint rows = a->len + 1, cols = b->len + 1;
  g_autofree guint *len = g_new0 (guint, rows * cols);
  GHashTable *kept = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = a->len; i-- > 0;)
    for (guint j = b->len; j-- > 0;)
      len[i * cols + j] = g_str_equal (a->pdata[i], b->pdata[j])
                            ? len[(i + 1) * cols + j + 1] + 1
                            : MAX (len[(i + 1) * cols + j], len[i * cols + j + 1]);
  for (guint i = 0, j = 0; i < a->len && j < b->len;)
    {
      if (g_str_equal (a->pdata[i], b->pdata[j]))
        {
          g_hash_table_add (kept, a->pdata[i]);
          i++, j++;
        }
      else if (len[(i + 1) * cols + j] >= len[i * cols + j + 1])
        i++;
      else
        j++;
    }
  return kept;
}

/* A lane or an own kind added or removed: named, without a date. */
static void
add_named_whole (Diff           *d,
                 gpointer        item,
                 LpChangeAction  action)
{
  Item it = { G_OBJECT_TYPE (item), lp_item_get_id (item),
              LP_IS_TRACK (item) ? lp_track_get_name (item) : lp_kind_get_name (item), LP_DATE_NONE };

  add_change (d, action, &it);
}

static void
named_added (Diff *d, gpointer item)
{
  add_named_whole (d, item, LP_CHANGE_ADDED);
}

static void
named_removed (Diff *d, gpointer item)
{
  add_named_whole (d, item, LP_CHANGE_REMOVED);
}

static void
compare_track (Diff     *d,
               gpointer  old_track,
               gpointer  new_track)
{
  LpTrack *o = old_track, *n = new_track;
  Item item = { LP_TYPE_TRACK, lp_track_get_id (n), lp_track_get_name (n), LP_DATE_NONE };

  if (!g_hash_table_contains (d->unmoved_tracks, lp_track_get_id (o)))
    {
      LpChange *change = add_change (d, LP_CHANGE_MOVED, &item);

      change->old_text = g_strdup_printf ("%d", lp_trajectory_get_track_index (d->old_version, o) + 1);
      change->new_text = g_strdup_printf ("%d", lp_trajectory_get_track_index (d->new_version, n) + 1);
    }
  edit_string (d, &item, "name", lp_track_get_name (o), lp_track_get_name (n));
  edit_if (d, &item, "group", lp_track_get_group (o) != lp_track_get_group (n),
           g_strdup (lp_track_group_get_label (lp_track_get_group (o))),
           g_strdup (lp_track_group_get_label (lp_track_get_group (n))));
}

static const ItemWalk track_walk = { named_added, named_removed, compare_track };

static void
compare_tracks (Diff *d)
{
  g_autoptr(GPtrArray) old_order = common_track_ids (lp_trajectory_get_tracks (d->old_version), d->new_version);
  g_autoptr(GPtrArray) new_order = common_track_ids (lp_trajectory_get_tracks (d->new_version), d->old_version);
  g_autoptr(GHashTable) kept = unmoved_tracks (old_order, new_order);

  d->unmoved_tracks = kept;
  compare_by_id (d, LP_TYPE_TRACK, &track_walk);
  d->unmoved_tracks = NULL;
}

/* ---- own kinds ---- */

static char *
theme_text (LpKind *kind)
{
  return g_strdup (lp_theme_get_name (lp_kind_get_theme (kind)));
}

static char *
work_form_text (LpKind *kind)
{
  const char *form = lp_kind_get_work_form (kind);
  const char *label = form != NULL ? lp_library_get_work_form_label (form) : NULL;

  return lp_changes_value_text (label != NULL ? label : form);
}

static void
compare_kind (Diff     *d,
              gpointer  old_kind,
              gpointer  new_kind)
{
  LpKind *o = old_kind, *n = new_kind;
  Item item = { LP_TYPE_KIND, lp_kind_get_id (n), lp_kind_get_name (n), LP_DATE_NONE };

  edit_string (d, &item, "name", lp_kind_get_name (o), lp_kind_get_name (n));
  edit_if (d, &item, "theme", g_strcmp0 (lp_kind_get_theme_id (o), lp_kind_get_theme_id (n)) != 0,
           theme_text (o), theme_text (n));
  edit_if (d, &item, "work-form", g_strcmp0 (lp_kind_get_work_form (o), lp_kind_get_work_form (n)) != 0,
           work_form_text (o), work_form_text (n));
  edit_if (d, &item, "days", lp_kind_get_days (o) != lp_kind_get_days (n),
           g_strdup_printf ("%u", lp_kind_get_days (o)), g_strdup_printf ("%u", lp_kind_get_days (n)));
  edit_string (d, &item, "color", lp_kind_get_color (o), lp_kind_get_color (n));
  edit_string (d, &item, "description", lp_kind_get_description (o), lp_kind_get_description (n));
}

static const ItemWalk kind_walk = { named_added, named_removed, compare_kind };

/* ---- milestones and periods ---- */

/* What a milestone or a period shows to a comparison: a milestone is a
 * period of one day. */
typedef struct {
  Item        item;
  LpDate      end;
  int         kind;
  const char *kind_label;
  const char *label;
} Marker;

static void
marker_of (gpointer  object,
           Marker   *m)
{
  if (LP_IS_MILESTONE (object))
    {
      LpMilestone *ms = object;

      m->item.type = LP_TYPE_MILESTONE;
      m->item.id = lp_milestone_get_id (ms);
      m->item.date = m->end = lp_milestone_get_date (ms);
      m->kind = lp_milestone_get_kind (ms);
      m->kind_label = lp_milestone_kind_get_label (lp_milestone_get_kind (ms));
      m->label = lp_milestone_get_label (ms);
    }
  else
    {
      LpPeriod *p = object;

      m->item.type = LP_TYPE_PERIOD;
      m->item.id = lp_period_get_id (p);
      m->item.date = lp_period_get_start (p);
      m->end = lp_period_get_end (p);
      m->kind = lp_period_get_kind (p);
      m->kind_label = lp_period_kind_get_label (lp_period_get_kind (p));
      m->label = lp_period_get_label (p);
    }
  m->item.name = *m->label != '\0' ? m->label : m->kind_label;
}

/* ADDED or REMOVED @item, at @start..@end. */
static void
add_marker_whole (Diff           *d,
                  const Item     *item,
                  LpChangeAction  action,
                  LpDate          start,
                  LpDate          end)
{
  LpChange *change = add_change (d, action, item);
  char *text = lp_changes_span_text (start, end);

  if (action == LP_CHANGE_ADDED)
    change->new_text = text;
  else
    change->old_text = text;
}

static void
add_moved (Diff       *d,
           const Item *item,
           LpDate      old_start,
           LpDate      old_end,
           LpDate      new_start,
           LpDate      new_end)
{
  LpChange *change;

  if (old_start == new_start && old_end == new_end)
    return;
  change = add_change (d, LP_CHANGE_MOVED, item);
  change->old_text = lp_changes_span_text (old_start, old_end);
  change->new_text = lp_changes_span_text (new_start, new_end);
}

static void
compare_marker (Diff         *d,
                const Marker *o,
                const Marker *n)
{
  add_moved (d, &n->item, o->item.date, o->end, n->item.date, n->end);
  edit_if (d, &n->item, "kind", o->kind != n->kind,
           g_strdup (o->kind_label), g_strdup (n->kind_label));
  edit_string (d, &n->item, "label", o->label, n->label);
}

static void
marker_added (Diff *d, gpointer marker)
{
  Marker n;

  marker_of (marker, &n);
  add_marker_whole (d, &n.item, LP_CHANGE_ADDED, n.item.date, n.end);
}

static void
marker_removed (Diff *d, gpointer marker)
{
  Marker o;

  marker_of (marker, &o);
  add_marker_whole (d, &o.item, LP_CHANGE_REMOVED, o.item.date, o.end);
}

static void
compare_markers (Diff     *d,
                 gpointer  old_marker,
                 gpointer  new_marker)
{
  Marker o, n;

  marker_of (old_marker, &o);
  marker_of (new_marker, &n);
  compare_marker (d, &o, &n);
}

static const ItemWalk marker_walk = { marker_added, marker_removed, compare_markers };

/* ---- the trajectory itself ---- */

static void
compare_header (Diff *d)
{
  LpTrajectory *o = d->old_version, *n = d->new_version;
  Item item = { LP_TYPE_TRAJECTORY, NULL, lp_trajectory_get_title (n), LP_DATE_NONE };

  edit_string (d, &item, "title", lp_trajectory_get_title (o), lp_trajectory_get_title (n));
  edit_string (d, &item, "client", lp_trajectory_get_client (o), lp_trajectory_get_client (n));
  edit_string (d, &item, "author", lp_trajectory_get_author (o), lp_trajectory_get_author (n));
  edit_string (d, &item, "description", lp_trajectory_get_description (o), lp_trajectory_get_description (n));
  edit_if (d, &item, "dates",
           lp_trajectory_get_span_start (o) != lp_trajectory_get_span_start (n) ||
           lp_trajectory_get_span_end (o) != lp_trajectory_get_span_end (n),
           lp_changes_span_text (lp_trajectory_get_span_start (o), lp_trajectory_get_span_end (o)),
           lp_changes_span_text (lp_trajectory_get_span_start (n), lp_trajectory_get_span_end (n)));
}

static int
by_date (gconstpointer a,
         gconstpointer b)
{
  const LpChange *x = *(const LpChange * const *) a;
  const LpChange *y = *(const LpChange * const *) b;

  return (x->date > y->date) - (x->date < y->date);
}

GPtrArray *
lp_changes_compare (LpTrajectory *old_version,
                    LpTrajectory *new_version)
{
  Diff d = { old_version, new_version, NULL, NULL };

  g_return_val_if_fail (LP_IS_TRAJECTORY (old_version), NULL);
  g_return_val_if_fail (LP_IS_TRAJECTORY (new_version), NULL);

  d.out = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_change_free);
  compare_header (&d);
  compare_tracks (&d);
  compare_by_id (&d, LP_TYPE_KIND, &kind_walk);
  compare_by_id (&d, LP_TYPE_MODULE, &module_walk);
  compare_by_id (&d, LP_TYPE_MILESTONE, &marker_walk);
  compare_by_id (&d, LP_TYPE_PERIOD, &marker_walk);
  /* stable: one day's changes keep the order above */
  g_ptr_array_sort (d.out, by_date);
  return d.out;
}
