/* lp-trajectory.c — a leerplaats trajectory: the document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-date.h"
#include "lp-library.h"
#include "lp-trajectory-private.h"
#include "lp-object-private.h"

G_DEFINE_FINAL_TYPE (LpTrajectory, lp_trajectory, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_CLIENT,
  PROP_AUTHOR,
  PROP_DESCRIPTION,
  PROP_SPAN_START,
  PROP_SPAN_END,
  PROP_HISTORY,
  PROP_UID,
  PROP_SCHOOL_REGION,
  N_PROPS
};

enum {
  CHANGED,
  MODULE_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- helpers ---- */

static const char *
object_id (gpointer object)
{
  if (LP_IS_MODULE (object))
    return lp_module_get_id (object);
  if (LP_IS_TRACK (object))
    return lp_track_get_id (object);
  if (LP_IS_KIND (object))
    return lp_kind_get_id (object);
  if (LP_IS_MILESTONE (object))
    return lp_milestone_get_id (object);
  if (LP_IS_PERIOD (object))
    return lp_period_get_id (object);
  g_return_val_if_reached (NULL);
}

Collection
lp_trajectory_collection_of (gpointer object)
{
  if (LP_IS_MODULE (object))
    return COLL_MODULES;
  if (LP_IS_TRACK (object))
    return COLL_TRACKS;
  if (LP_IS_KIND (object))
    return COLL_KINDS;
  if (LP_IS_MILESTONE (object))
    return COLL_MILESTONES;
  if (LP_IS_PERIOD (object))
    return COLL_PERIODS;
  g_return_val_if_reached (N_COLLS);
}

void
lp_trajectory_emit_changed (LpTrajectory *self)
{
  if (self->batch_depth > 0)
    {
      self->changed_pending = TRUE;
      return;
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

void
lp_trajectory_emit_module_changed (LpTrajectory *self,
                                   LpModule     *module,
                                   const char   *what)
{
  g_signal_emit (self, signals[MODULE_CHANGED], 0, module, what);
}

void
lp_trajectory_put_span (LpTrajectory *self,
                          LpDate        start,
                          LpDate        end)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (self->span_start != start)
    {
      self->span_start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPAN_START]);
    }
  if (self->span_end != end)
    {
      self->span_end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPAN_END]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  lp_trajectory_emit_changed (self);
}

void
lp_trajectory_begin_batch (LpTrajectory *self)
{
  self->batch_depth++;
}

void
lp_trajectory_end_batch (LpTrajectory *self)
{
  g_assert (self->batch_depth > 0);
  if (--self->batch_depth == 0 && self->changed_pending)
    {
      self->changed_pending = FALSE;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

static void
on_history_replay (gpointer user_data,
                   gboolean begin)
{
  LpTrajectory *self = user_data;

  if (begin)
    lp_trajectory_begin_batch (self);
  else
    lp_trajectory_end_batch (self);
}

gboolean
lp_trajectory_find_position (LpTrajectory *self,
               Collection    coll,
               gpointer      item,
               guint        *position)
{
  return g_list_store_find (self->stores[coll], item, position);
}

void
lp_trajectory_store_insert (LpTrajectory *self,
              gpointer      item,
              guint         position)
{
  Collection coll = lp_trajectory_collection_of (item);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->stores[coll]));

  g_hash_table_insert (self->ids[coll], (gpointer) object_id (item), item);
  if (coll == COLL_TRACKS)
    g_clear_pointer (&self->track_places, g_hash_table_unref);
  g_list_store_insert (self->stores[coll], MIN (position, n), item);
}

void
lp_trajectory_store_remove (LpTrajectory *self,
              gpointer      item)
{
  Collection coll = lp_trajectory_collection_of (item);
  guint position;

  if (!lp_trajectory_find_position (self, coll, item, &position))
    g_return_if_reached ();
  g_hash_table_remove (self->ids[coll], object_id (item));
  if (coll == COLL_TRACKS)
    g_clear_pointer (&self->track_places, g_hash_table_unref);
  g_list_store_remove (self->stores[coll], position);
}

/* ---- GObject ---- */

static void
lp_trajectory_dispose (GObject *object)
{
  LpTrajectory *self = (LpTrajectory *) object;

  if (self->history)
    lp_history_set_replay_func (self->history, NULL, NULL);
  /* Commands hold references to items, not to us: clear them first. */
  g_clear_object (&self->history);
  for (guint i = 0; i < N_COLLS; i++)
    {
      g_clear_pointer (&self->ids[i], g_hash_table_unref);
      g_clear_object (&self->stores[i]);
    }
  g_clear_object (&self->fallback_kind);
  g_clear_pointer (&self->track_places, g_hash_table_unref);

  G_OBJECT_CLASS (lp_trajectory_parent_class)->dispose (object);
}

static void
lp_trajectory_finalize (GObject *object)
{
  LpTrajectory *self = (LpTrajectory *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->client, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->school_region, g_free);

  G_OBJECT_CLASS (lp_trajectory_parent_class)->finalize (object);
}

static void
lp_trajectory_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LpTrajectory *self = LP_TRAJECTORY (object);

  switch (prop_id)
    {
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_CLIENT: g_value_set_string (value, self->client); break;
    case PROP_AUTHOR: g_value_set_string (value, self->author); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_SPAN_START: g_value_set_uint (value, self->span_start); break;
    case PROP_SPAN_END: g_value_set_uint (value, self->span_end); break;
    case PROP_HISTORY: g_value_set_object (value, self->history); break;
    case PROP_UID: g_value_set_string (value, self->uid); break;
    case PROP_SCHOOL_REGION: g_value_set_string (value, self->school_region); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_string_prop (LpTrajectory *self,
                 char        **field,
                 const char   *value,
                 guint         prop)
{
  if (lp_replace_string (field, value, TRUE))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
lp_trajectory_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LpTrajectory *self = LP_TRAJECTORY (object);

  switch (prop_id)
    {
    case PROP_TITLE: set_string_prop (self, &self->title, g_value_get_string (value), prop_id); break;
    case PROP_CLIENT: set_string_prop (self, &self->client, g_value_get_string (value), prop_id); break;
    case PROP_AUTHOR: set_string_prop (self, &self->author, g_value_get_string (value), prop_id); break;
    case PROP_DESCRIPTION: set_string_prop (self, &self->description, g_value_get_string (value), prop_id); break;
    case PROP_UID: set_string_prop (self, &self->uid, g_value_get_string (value), prop_id); break;
    case PROP_SCHOOL_REGION: set_string_prop (self, &self->school_region, g_value_get_string (value), prop_id); break;
    case PROP_SPAN_START:
      if (self->span_start != g_value_get_uint (value))
        {
          self->span_start = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_SPAN_END:
      if (self->span_end != g_value_get_uint (value))
        {
          self->span_end = g_value_get_uint (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_trajectory_class_init (LpTrajectoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = LP_PARAM_EDITABLE;

  object_class->dispose = lp_trajectory_dispose;
  object_class->finalize = lp_trajectory_finalize;
  object_class->get_property = lp_trajectory_get_property;
  object_class->set_property = lp_trajectory_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);
  properties[PROP_CLIENT] = g_param_spec_string ("client", NULL, NULL, NULL, rw);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, rw);
  properties[PROP_SPAN_START] = lp_param_spec_date ("span-start");
  properties[PROP_SPAN_END] = lp_param_spec_date ("span-end");
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, LP_TYPE_HISTORY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, rw);
  properties[PROP_SCHOOL_REGION] = g_param_spec_string ("school-region", NULL, NULL, NULL, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[MODULE_CHANGED] =
    g_signal_new ("module-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                  LP_TYPE_MODULE, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
lp_trajectory_init (LpTrajectory *self)
{
  GType item_types[N_COLLS] = {
    LP_TYPE_TRACK, LP_TYPE_KIND, LP_TYPE_MODULE, LP_TYPE_MILESTONE, LP_TYPE_PERIOD,
  };

  for (guint i = 0; i < N_COLLS; i++)
    {
      self->stores[i] = g_list_store_new (item_types[i]);
      self->ids[i] = g_hash_table_new (g_str_hash, g_str_equal);
      self->next_id[i] = 1;
    }

  self->history = lp_history_new ();
  lp_history_set_replay_func (self->history, on_history_replay, self);
}

/* ---- public API ---- */

LpTrajectory *
lp_trajectory_new (void)
{
  return g_object_new (LP_TYPE_TRAJECTORY, NULL);
}

LpTrajectory *
lp_trajectory_new_default (void)
{
  LpTrajectory *self = lp_trajectory_new ();
  g_autoptr(LpTrack) track = NULL;
  LpDate today = lp_date_today ();
  LpDate start = lp_date_next_month (today);
  LpDate end = start;

  for (guint i = 0; i < LP_MONTHS_PER_YEAR; i++)
    end = lp_date_next_month (end);
  end -= 1;

  lp_trajectory_load_set_header (self, _("New trajectory"), NULL, NULL, NULL, start, end);
  track = lp_track_new ("t1", _("Joint"), LP_TRACK_GROUP_JOINT);
  lp_trajectory_load_track (self, track);
  return self;
}

LpHistory *
lp_trajectory_get_history (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return self->history;
}

const char *
lp_trajectory_get_title (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return self->title;
}

const char *
lp_trajectory_get_client (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return self->client;
}

const char *
lp_trajectory_get_author (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return self->author;
}

const char *
lp_trajectory_get_description (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return self->description;
}

const char *
lp_trajectory_get_uid (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return self->uid;
}

void
lp_trajectory_load_uid (LpTrajectory *self,
                        const char   *uid)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  set_string_prop (self, &self->uid, uid, PROP_UID);
}

const char *
lp_trajectory_get_school_region (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return self->school_region;
}

void
lp_trajectory_load_school_region (LpTrajectory *self,
                                  const char   *region)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  set_string_prop (self, &self->school_region, region, PROP_SCHOOL_REGION);
}

LpDate
lp_trajectory_get_span_start (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), LP_DATE_NONE);
  return self->span_start;
}

LpDate
lp_trajectory_get_span_end (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), LP_DATE_NONE);
  return self->span_end;
}

GListModel *
lp_trajectory_get_tracks (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return G_LIST_MODEL (self->stores[COLL_TRACKS]);
}

GListModel *
lp_trajectory_get_kinds (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return G_LIST_MODEL (self->stores[COLL_KINDS]);
}

GListModel *
lp_trajectory_get_modules (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return G_LIST_MODEL (self->stores[COLL_MODULES]);
}

GListModel *
lp_trajectory_get_milestones (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return G_LIST_MODEL (self->stores[COLL_MILESTONES]);
}

GListModel *
lp_trajectory_get_periods (LpTrajectory *self)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  return G_LIST_MODEL (self->stores[COLL_PERIODS]);
}

static gpointer
lookup (LpTrajectory *self,
        Collection    coll,
        const char   *id)
{
  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->ids[coll], id);
}

LpTrack *
lp_trajectory_lookup_track (LpTrajectory *self, const char *id)
{
  return lookup (self, COLL_TRACKS, id);
}

LpModule *
lp_trajectory_lookup_module (LpTrajectory *self, const char *id)
{
  return lookup (self, COLL_MODULES, id);
}

LpMilestone *
lp_trajectory_lookup_milestone (LpTrajectory *self, const char *id)
{
  return lookup (self, COLL_MILESTONES, id);
}

LpPeriod *
lp_trajectory_lookup_period (LpTrajectory *self, const char *id)
{
  return lookup (self, COLL_PERIODS, id);
}

LpKind *
lp_trajectory_lookup_own_kind (LpTrajectory *self, const char *id)
{
  return lookup (self, COLL_KINDS, id);
}

LpKind *
lp_trajectory_lookup_kind (LpTrajectory *self,
                           const char   *id)
{
  LpKind *kind = lp_trajectory_lookup_own_kind (self, id);

  if (kind == NULL)
    kind = lp_library_lookup_builtin (id);
  return kind;
}

LpKind *
lp_trajectory_get_module_kind (LpTrajectory *self,
                               LpModule     *module)
{
  LpKind *kind;

  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  g_return_val_if_fail (LP_IS_MODULE (module), NULL);

  kind = lp_trajectory_lookup_kind (self, lp_module_get_kind_id (module));
  if (kind != NULL)
    return kind;

  if (self->fallback_kind == NULL)
    {
      self->fallback_kind = lp_kind_new ("unknown");
      lp_kind_set_name (self->fallback_kind, _("Unknown kind"));
      lp_kind_set_theme_id (self->fallback_kind, "other");
    }
  return self->fallback_kind;
}

const char *
lp_trajectory_get_module_title (LpTrajectory *self,
                                LpModule     *module)
{
  const char *title;

  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);
  g_return_val_if_fail (LP_IS_MODULE (module), NULL);

  title = lp_module_get_title (module);
  if (title != NULL && *title != '\0')
    return title;
  return lp_kind_get_name (lp_trajectory_get_module_kind (self, module));
}

int
lp_trajectory_get_track_index (LpTrajectory *self,
                               LpTrack      *track)
{
  GListModel *tracks;

  g_return_val_if_fail (LP_IS_TRAJECTORY (self), -1);

  if (track == NULL)
    return -1;
  /* asked for every module on every page: a list search made exports
   * of many lanes slow (lanes × modules × pages) */
  if (self->track_places == NULL)
    {
      tracks = G_LIST_MODEL (self->stores[COLL_TRACKS]);
      self->track_places = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (tracks); i++)
        {
          LpTrack *t = g_list_model_get_item (tracks, i);

          g_hash_table_insert (self->track_places, t, GUINT_TO_POINTER (i + 1));
          g_object_unref (t);   /* the store keeps it */
        }
    }
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->track_places, track)) - 1;
}

char *
lp_trajectory_make_id (LpTrajectory *self,
                       GType         item_type)
{
  /* Ids begin with a letter or two naming their collection: t1, k1, m1, ms1, p1. */
  static const char *const prefixes[N_COLLS] = { "t", "k", "m", "ms", "p" };
  Collection coll = N_COLLS;

  g_return_val_if_fail (LP_IS_TRAJECTORY (self), NULL);

  for (guint i = 0; i < N_COLLS; i++)
    if (g_list_model_get_item_type (G_LIST_MODEL (self->stores[i])) == item_type)
      coll = i;
  g_return_val_if_fail (coll != N_COLLS, NULL);

  for (;;)
    {
      char *id = g_strdup_printf ("%s%u", prefixes[coll], self->next_id[coll]++);

      if (!g_hash_table_contains (self->ids[coll], id) &&
          (coll != COLL_KINDS || lp_library_lookup_builtin (id) == NULL))
        return id;
      g_free (id);
    }
}

/* ---- building without history ---- */

void
lp_trajectory_load_set_header (LpTrajectory *self,
                               const char   *title,
                               const char   *client,
                               const char   *author,
                               const char   *description,
                               LpDate        span_start,
                               LpDate        span_end)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_string_prop (self, &self->title, title, PROP_TITLE);
  set_string_prop (self, &self->client, client, PROP_CLIENT);
  set_string_prop (self, &self->author, author, PROP_AUTHOR);
  set_string_prop (self, &self->description, description, PROP_DESCRIPTION);
  g_object_set (self, "span-start", span_start, "span-end", span_end, NULL);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
load_item (LpTrajectory *self,
           gpointer      item)
{
  Collection coll = lp_trajectory_collection_of (item);

  g_return_if_fail (object_id (item) != NULL);
  g_return_if_fail (!g_hash_table_contains (self->ids[coll], object_id (item)));

  g_hash_table_insert (self->ids[coll], (gpointer) object_id (item), item);
  if (coll == COLL_TRACKS)
    g_clear_pointer (&self->track_places, g_hash_table_unref);
  g_list_store_append (self->stores[coll], item);
}

void
lp_trajectory_load_track (LpTrajectory *self, LpTrack *track)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_TRACK (track));
  load_item (self, track);
}

void
lp_trajectory_load_kind (LpTrajectory *self, LpKind *kind)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_KIND (kind));
  load_item (self, kind);
}

void
lp_trajectory_load_module (LpTrajectory *self, LpModule *module)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_MODULE (module));
  load_item (self, module);
}

void
lp_trajectory_load_milestone (LpTrajectory *self, LpMilestone *milestone)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_MILESTONE (milestone));
  load_item (self, milestone);
}

void
lp_trajectory_load_period (LpTrajectory *self, LpPeriod *period)
{
  g_return_if_fail (LP_IS_TRAJECTORY (self));
  g_return_if_fail (LP_IS_PERIOD (period));
  load_item (self, period);
}
