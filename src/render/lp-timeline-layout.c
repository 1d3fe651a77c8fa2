/* lp-timeline-layout.c — geometry of a trajectory on a timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every lane keeps its modules in an array sorted by start date (file order
 * breaks ties) together with a running maximum of the end dates, so that
 * the blocks of a date range are found by two binary searches.  Stacking
 * rows are assigned greedily in that order (interval partitioning): each
 * block goes to the lowest row whose last block ended before it starts.
 *
 * Everything is recomputed lazily.  A module change (a drag step) marks only
 * the lane the module left and the lane it entered; adding or removing
 * modules or tracks, or changing the period, rebuilds everything.
 */
#define G_LOG_DOMAIN "Leerplaats-Render"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "lp-timeline-layout.h"

#define DEFAULT_ROW_HEIGHT   40.0
#define DEFAULT_LANE_PADDING 8.0
#define DEFAULT_SCALE        6.0
#define HARD_MIN_SCALE       0.01
#define HARD_MAX_SCALE       2000.0
#define EDGE_ZONE            6.0
#define MIN_EDGE             2.0    /* narrower resize edges are not offered */
#define MIN_TARGET           8.0    /* px: the least width a block is hit in */
#define MIN_BLOCK_WIDTH      6.0   /* px: short modules stay visible and grabbable */
#define WEEKS_MIN_SCALE      LP_TIMELINE_WEEKS_SCALE

typedef struct {
  LpModule *module;   /* borrowed; the trajectory's modules list owns it */
  LpDate    start;
  LpDate    end;
  guint     seq;      /* file order at the last full rebuild, for stability */
  guint     row;
} Entry;

typedef struct {
  LpTrack *track;     /* borrowed */
  GArray  *entries;   /* Entry, sorted by (start, seq) */
  LpDate  *max_end;   /* running maximum of entries[0..i].end */
  guint    max_end_len;
  guint    max_days;  /* longest module in the lane */
  guint    n_rows;
  double   y;
  double   height;
  gboolean hidden;
  gboolean dirty;     /* entries need sorting and stacking */
} Lane;

/* Where a module is: its lane, and its index in the lane's entries (valid
 * while the lane is not dirty; G_MAXUINT when unknown). */
typedef struct {
  guint lane;
  guint index;
} Where;

struct _LpTimelineLayout
{
  GObject       parent_instance;

  LpTrajectory *trajectory;
  gulong        changed_id;
  gulong        module_changed_id;
  gulong        modules_changed_id;
  gulong        tracks_changed_id;
  GListModel   *modules;
  GListModel   *tracks;

  double        scale;
  double        row_height;
  double        lane_padding;

  LpDate        period_start;   /* as seen at the last rebuild */
  LpDate        period_end;
  LpDate        first;
  LpDate        last;

  GArray       *lanes;          /* Lane */
  GHashTable   *where;          /* LpModule* → Where (owned) */
  GArray       *hidden;         /* gboolean per track index, may be shorter */
  guint         next_seq;

  gboolean      all_dirty;      /* rebuild lanes from scratch */
  gboolean      lanes_dirty;    /* some lane needs re-stacking */
  gboolean      y_dirty;        /* lane offsets need recomputing */
  guint         min_days;       /* days a block occupies at least, at this scale */
  double        height;
};

G_DEFINE_FINAL_TYPE (LpTimelineLayout, lp_timeline_layout, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TRAJECTORY,
  PROP_SCALE,
  PROP_ROW_HEIGHT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- static helpers ---- */

static void
lane_clear (gpointer data)
{
  Lane *lane = data;

  g_clear_pointer (&lane->entries, g_array_unref);
  g_clear_pointer (&lane->max_end, g_free);
}

static int
entry_compare (gconstpointer a,
               gconstpointer b)
{
  const Entry *ea = a;
  const Entry *eb = b;

  if (ea->start != eb->start)
    return ea->start < eb->start ? -1 : 1;
  if (ea->seq != eb->seq)
    return ea->seq < eb->seq ? -1 : 1;
  return 0;
}

static gboolean
track_is_hidden (LpTimelineLayout *self,
                 guint             index)
{
  return self->hidden != NULL && index < self->hidden->len
         && g_array_index (self->hidden, gboolean, index);
}

static void
emit_changed (LpTimelineLayout *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
compute_range (LpTimelineLayout *self)
{
  LpDate start = LP_DATE_NONE, end = LP_DATE_NONE;

  if (self->trajectory != NULL)
    {
      start = lp_trajectory_get_period_start (self->trajectory);
      end = lp_trajectory_get_period_end (self->trajectory);
    }
  self->period_start = start;
  self->period_end = end;

  if (start == LP_DATE_NONE)
    start = lp_date_today ();
  if (end == LP_DATE_NONE || end < start)
    end = lp_date_next_month (lp_date_next_month (lp_date_month_start (start))) - 1;

  self->first = lp_date_month_start (start);
  self->last = lp_date_next_month (end) - 1;
}

/* The last day a block occupies on screen: short modules are widened to
 * MIN_BLOCK_WIDTH so they stay visible when zoomed out; stacking and the
 * query use this extent so that widened blocks never overlap. */
static inline LpDate
entry_visual_end (LpTimelineLayout *self,
                  const Entry      *e)
{
  return MAX (e->end, e->start + self->min_days - 1);
}

static guint
compute_min_days (double scale)
{
  return (guint) MAX (1.0, ceil (MIN_BLOCK_WIDTH / scale - 1e-9));
}

static void
set_where (LpTimelineLayout *self,
           LpModule         *module,
           guint             lane)
{
  Where *w = g_hash_table_lookup (self->where, module);

  if (w == NULL)
    {
      w = g_new (Where, 1);
      g_hash_table_insert (self->where, module, w);
    }
  w->lane = lane;
  w->index = G_MAXUINT;
}

/* Index of module in lane li's entries, or G_MAXUINT. */
static guint
find_entry (LpTimelineLayout *self,
            const Where      *w,
            LpModule         *module)
{
  const Lane *lane = &g_array_index (self->lanes, Lane, w->lane);

  if (!lane->dirty && w->index < lane->entries->len
      && g_array_index (lane->entries, Entry, w->index).module == module)
    return w->index;

  for (guint i = 0; i < lane->entries->len; i++)
    if (g_array_index (lane->entries, Entry, i).module == module)
      return i;
  return G_MAXUINT;
}

static void
restack_lane (LpTimelineLayout *self,
              Lane             *lane)
{
  g_autoptr(GArray) row_ends = g_array_new (FALSE, FALSE, sizeof (LpDate));
  guint n = lane->entries->len;
  LpDate running = 0;

  g_array_sort (lane->entries, entry_compare);

  if (lane->max_end_len < n || lane->max_end == NULL)
    {
      g_free (lane->max_end);
      lane->max_end_len = MAX (n, 8);
      lane->max_end = g_new (LpDate, lane->max_end_len);
    }

  lane->max_days = 0;
  for (guint i = 0; i < n; i++)
    {
      Entry *e = &g_array_index (lane->entries, Entry, i);
      guint row;

      LpDate end = entry_visual_end (self, e);

      /* lowest row whose last block ended before this one starts */
      for (row = 0; row < row_ends->len; row++)
        if (g_array_index (row_ends, LpDate, row) < e->start)
          break;
      if (row == row_ends->len)
        g_array_append_val (row_ends, end);
      else
        g_array_index (row_ends, LpDate, row) = end;
      e->row = row;

      running = MAX (running, end);
      lane->max_end[i] = running;

      {
        Where *w = g_hash_table_lookup (self->where, e->module);
        if (w != NULL)
          w->index = i;
      }
      lane->max_days = MAX (lane->max_days, end - e->start + 1);
    }

  lane->n_rows = row_ends->len;
  lane->dirty = FALSE;
}

static void
rebuild_all (LpTimelineLayout *self)
{
  guint n_tracks, n_modules;

  g_array_set_size (self->lanes, 0);
  g_hash_table_remove_all (self->where);
  compute_range (self);

  if (self->trajectory == NULL)
    {
      self->all_dirty = FALSE;
      self->lanes_dirty = FALSE;
      self->y_dirty = TRUE;
      return;
    }

  n_tracks = g_list_model_get_n_items (self->tracks);
  g_array_set_size (self->lanes, n_tracks);
  for (guint i = 0; i < n_tracks; i++)
    {
      Lane *lane = &g_array_index (self->lanes, Lane, i);
      g_autoptr(LpTrack) track = g_list_model_get_item (self->tracks, i);

      memset (lane, 0, sizeof *lane);
      lane->track = track;
      lane->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
      lane->dirty = TRUE;
      lane->hidden = track_is_hidden (self, i);
    }

  n_modules = g_list_model_get_n_items (self->modules);
  for (guint i = 0; i < n_modules; i++)
    {
      g_autoptr(LpModule) module = g_list_model_get_item (self->modules, i);
      LpTrack *track = lp_module_get_track (module);
      Entry e = { 0, };
      guint li;

      /* Tracks are few: a linear scan beats a hash here. */
      for (li = 0; li < n_tracks; li++)
        if (g_array_index (self->lanes, Lane, li).track == track)
          break;
      if (li == n_tracks)
        continue;

      e.module = module;
      e.start = lp_module_get_start (module);
      e.end = MAX (lp_module_get_end (module), e.start);
      e.seq = i;
      g_array_append_val (g_array_index (self->lanes, Lane, li).entries, e);
      set_where (self, module, li);
    }
  self->next_seq = n_modules;

  self->all_dirty = FALSE;
  self->lanes_dirty = TRUE;
  self->y_dirty = TRUE;
}

static void
ensure_layout (LpTimelineLayout *self)
{
  if (self->all_dirty)
    rebuild_all (self);

  if (self->lanes_dirty)
    {
      for (guint i = 0; i < self->lanes->len; i++)
        {
          Lane *lane = &g_array_index (self->lanes, Lane, i);
          if (lane->dirty)
            restack_lane (self, lane);
        }
      self->lanes_dirty = FALSE;
      self->y_dirty = TRUE;
    }

  if (self->y_dirty)
    {
      double y = 0;

      for (guint i = 0; i < self->lanes->len; i++)
        {
          Lane *lane = &g_array_index (self->lanes, Lane, i);

          lane->y = y;
          if (lane->hidden)
            lane->height = 0;
          else
            lane->height = MAX (1, lane->n_rows) * self->row_height + self->lane_padding;
          y += lane->height;
        }
      self->height = y;
      self->y_dirty = FALSE;
    }
}

static guint
lane_index_of_track (LpTimelineLayout *self,
                     LpTrack          *track)
{
  for (guint i = 0; i < self->lanes->len; i++)
    if (g_array_index (self->lanes, Lane, i).track == track)
      return i;
  return G_MAXUINT;
}

static void
block_from_entry (LpTimelineLayout *self,
                  guint             lane_index,
                  const Lane       *lane,
                  const Entry      *e,
                  LpBlock          *out)
{
  out->module = e->module;
  out->track = lane_index;
  out->row = e->row;
  out->rect.x = (double) ((gint64) e->start - (gint64) self->first) * self->scale;
  out->rect.width = MAX ((double) (e->end - e->start + 1) * self->scale, MIN_BLOCK_WIDTH);
  out->rect.y = lane->y + self->lane_padding / 2 + e->row * self->row_height + 2;
  out->rect.height = self->row_height - 4;
}

/* Entries of a lane intersecting the days [d0, d1]: indices [*lo, *hi). */
static void
lane_find_range (const Lane *lane,
                 gint64      d0,
                 gint64      d1,
                 guint      *lo_out,
                 guint      *hi_out)
{
  guint n = lane->entries->len;
  guint lo = 0, hi = n;
  guint a, b;

  /* hi: first entry starting after d1 */
  a = 0; b = n;
  while (a < b)
    {
      guint mid = a + (b - a) / 2;
      if ((gint64) g_array_index (lane->entries, Entry, mid).start > d1)
        b = mid;
      else
        a = mid + 1;
    }
  hi = a;

  /* lo: first entry whose running max end reaches d0 (nothing before it
   * can intersect), tightened by the longest module: nothing starting
   * before d0 - max_days + 1 can reach d0. */
  a = 0; b = hi;
  while (a < b)
    {
      guint mid = a + (b - a) / 2;
      if ((gint64) lane->max_end[mid] < d0)
        a = mid + 1;
      else
        b = mid;
    }
  lo = a;

  a = lo; b = hi;
  while (a < b)
    {
      guint mid = a + (b - a) / 2;
      if ((gint64) g_array_index (lane->entries, Entry, mid).start < d0 - (gint64) lane->max_days + 1)
        a = mid + 1;
      else
        b = mid;
    }
  lo = a;

  *lo_out = lo;
  *hi_out = hi;
}

/* ---- signal callbacks ---- */

static void
on_trajectory_changed_cb (LpTrajectory     *trajectory,
                          LpTimelineLayout *self)
{
  /* The period is the only geometry that has no finer signal. */
  if (lp_trajectory_get_period_start (trajectory) != self->period_start
      || lp_trajectory_get_period_end (trajectory) != self->period_end)
    {
      self->all_dirty = TRUE;
      emit_changed (self);
    }
}

static void
on_module_changed_cb (LpTrajectory     *trajectory,
                      LpModule         *module,
                      const char       *property,
                      LpTimelineLayout *self)
{
  guint old_lane, new_lane, index;
  Lane *lane;
  Entry e = { 0, };
  Where *w;

  /* Whatever the property is called ("start", "end", "track", or
   * "position" for a move), only a change of dates or track matters:
   * compare with what the lane holds. */
  if (self->all_dirty)
    return;

  w = g_hash_table_lookup (self->where, module);
  index = w != NULL ? find_entry (self, w, module) : G_MAXUINT;
  if (index == G_MAXUINT)
    {
      /* Not known (yet): rebuild. */
      self->all_dirty = TRUE;
      emit_changed (self);
      return;
    }

  old_lane = w->lane;
  new_lane = lane_index_of_track (self, lp_module_get_track (module));
  lane = &g_array_index (self->lanes, Lane, old_lane);
  e = g_array_index (lane->entries, Entry, index);
  if (old_lane == new_lane
      && e.start == lp_module_get_start (module)
      && e.end == MAX (lp_module_get_end (module), e.start))
    return;

  g_array_remove_index (lane->entries, index);
  lane->dirty = TRUE;

  e.start = lp_module_get_start (module);
  e.end = MAX (lp_module_get_end (module), e.start);

  if (new_lane == G_MAXUINT)
    g_hash_table_remove (self->where, module);
  else
    {
      Lane *target = &g_array_index (self->lanes, Lane, new_lane);
      g_array_append_val (target->entries, e);
      target->dirty = TRUE;
      set_where (self, module, new_lane);
    }

  self->lanes_dirty = TRUE;
  emit_changed (self);
}

static void
on_collection_items_changed_cb (GListModel       *model,
                                guint             position,
                                guint             removed,
                                guint             added,
                                LpTimelineLayout *self)
{
  self->all_dirty = TRUE;
  emit_changed (self);
}

static void
on_modules_items_changed_cb (GListModel       *model,
                             guint             position,
                             guint             removed,
                             guint             added,
                             LpTimelineLayout *self)
{
  /* A few modules added (a drop from the palette, a duplicate, undoing a
   * delete): put them in their lanes instead of rebuilding everything.
   * They sort after modules with the same start date. */
  if (!self->all_dirty && removed == 0 && added > 0 && added <= 16)
    {
      for (guint i = position; i < position + added; i++)
        {
          g_autoptr(LpModule) module = g_list_model_get_item (model, i);
          guint li = lane_index_of_track (self, lp_module_get_track (module));
          Entry e = { 0, };
          Lane *lane;

          if (li == G_MAXUINT)
            continue;
          e.module = module;
          e.start = lp_module_get_start (module);
          e.end = MAX (lp_module_get_end (module), e.start);
          e.seq = self->next_seq++;
          lane = &g_array_index (self->lanes, Lane, li);
          g_array_append_val (lane->entries, e);
          lane->dirty = TRUE;
          set_where (self, module, li);
        }
      self->lanes_dirty = TRUE;
      emit_changed (self);
      return;
    }

  on_collection_items_changed_cb (model, position, removed, added, self);
}

/* ---- overrides ---- */

static void
lp_timeline_layout_set_trajectory (LpTimelineLayout *self,
                                   LpTrajectory     *trajectory)
{
  g_assert (self->trajectory == NULL);

  if (trajectory == NULL)
    return;

  self->trajectory = g_object_ref (trajectory);
  self->modules = g_object_ref (lp_trajectory_get_modules (trajectory));
  self->tracks = g_object_ref (lp_trajectory_get_tracks (trajectory));

  self->changed_id = g_signal_connect (trajectory, "changed",
                                       G_CALLBACK (on_trajectory_changed_cb), self);
  self->module_changed_id = g_signal_connect (trajectory, "module-changed",
                                              G_CALLBACK (on_module_changed_cb), self);
  self->modules_changed_id = g_signal_connect (self->modules, "items-changed",
                                               G_CALLBACK (on_modules_items_changed_cb), self);
  self->tracks_changed_id = g_signal_connect (self->tracks, "items-changed",
                                              G_CALLBACK (on_collection_items_changed_cb), self);
  self->all_dirty = TRUE;
}

static void
lp_timeline_layout_dispose (GObject *object)
{
  LpTimelineLayout *self = LP_TIMELINE_LAYOUT (object);

  if (self->trajectory != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->trajectory);
      g_clear_signal_handler (&self->module_changed_id, self->trajectory);
      g_clear_signal_handler (&self->modules_changed_id, self->modules);
      g_clear_signal_handler (&self->tracks_changed_id, self->tracks);
    }
  g_clear_object (&self->modules);
  g_clear_object (&self->tracks);
  g_clear_object (&self->trajectory);

  G_OBJECT_CLASS (lp_timeline_layout_parent_class)->dispose (object);
}

static void
lp_timeline_layout_finalize (GObject *object)
{
  LpTimelineLayout *self = LP_TIMELINE_LAYOUT (object);

  g_clear_pointer (&self->lanes, g_array_unref);
  g_clear_pointer (&self->where, g_hash_table_unref);
  g_clear_pointer (&self->hidden, g_array_unref);

  G_OBJECT_CLASS (lp_timeline_layout_parent_class)->finalize (object);
}

static void
lp_timeline_layout_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LpTimelineLayout *self = LP_TIMELINE_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_TRAJECTORY:
      g_value_set_object (value, self->trajectory);
      break;
    case PROP_SCALE:
      g_value_set_double (value, self->scale);
      break;
    case PROP_ROW_HEIGHT:
      g_value_set_double (value, self->row_height);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_timeline_layout_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LpTimelineLayout *self = LP_TIMELINE_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_TRAJECTORY:
      lp_timeline_layout_set_trajectory (self, g_value_get_object (value));
      break;
    case PROP_SCALE:
      lp_timeline_layout_set_scale (self, g_value_get_double (value));
      break;
    case PROP_ROW_HEIGHT:
      lp_timeline_layout_set_row_height (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_timeline_layout_class_init (LpTimelineLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lp_timeline_layout_dispose;
  object_class->finalize = lp_timeline_layout_finalize;
  object_class->get_property = lp_timeline_layout_get_property;
  object_class->set_property = lp_timeline_layout_set_property;

  properties[PROP_TRAJECTORY] =
    g_param_spec_object ("trajectory", NULL, NULL, LP_TYPE_TRAJECTORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCALE] =
    g_param_spec_double ("scale", NULL, NULL, HARD_MIN_SCALE, HARD_MAX_SCALE, DEFAULT_SCALE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROW_HEIGHT] =
    g_param_spec_double ("row-height", NULL, NULL, 4.0, 1000.0, DEFAULT_ROW_HEIGHT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LpTimelineLayout::changed:
   *
   * The geometry changed (or will be recomputed on the next query): a
   * module moved, modules or tracks were added or removed, the period,
   * scale, row height or hidden tracks changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
lp_timeline_layout_init (LpTimelineLayout *self)
{
  self->scale = DEFAULT_SCALE;
  self->row_height = DEFAULT_ROW_HEIGHT;
  self->lane_padding = DEFAULT_LANE_PADDING;
  self->lanes = g_array_new (FALSE, TRUE, sizeof (Lane));
  g_array_set_clear_func (self->lanes, lane_clear);
  self->where = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->min_days = compute_min_days (self->scale);
  self->all_dirty = TRUE;
}

/* ---- public API ---- */

LpTimelineLayout *
lp_timeline_layout_new (LpTrajectory *trajectory)
{
  g_return_val_if_fail (trajectory == NULL || LP_IS_TRAJECTORY (trajectory), NULL);

  return g_object_new (LP_TYPE_TIMELINE_LAYOUT, "trajectory", trajectory, NULL);
}

LpTrajectory *
lp_timeline_layout_get_trajectory (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), NULL);

  return self->trajectory;
}

double
lp_timeline_layout_get_scale (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), DEFAULT_SCALE);

  return self->scale;
}

void
lp_timeline_layout_set_scale (LpTimelineLayout *self,
                              double            px_per_day)
{
  g_return_if_fail (LP_IS_TIMELINE_LAYOUT (self));
  g_return_if_fail (!isnan (px_per_day));

  px_per_day = CLAMP (px_per_day, HARD_MIN_SCALE, HARD_MAX_SCALE);
  if (px_per_day == self->scale)
    return;

  self->scale = px_per_day;
  if (compute_min_days (px_per_day) != self->min_days)
    {
      /* widened short blocks stack differently at this zoom */
      self->min_days = compute_min_days (px_per_day);
      for (guint i = 0; i < self->lanes->len; i++)
        g_array_index (self->lanes, Lane, i).dirty = TRUE;
      self->lanes_dirty = TRUE;
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
  emit_changed (self);
}

void
lp_timeline_layout_set_row_height (LpTimelineLayout *self,
                                   double            row_height)
{
  g_return_if_fail (LP_IS_TIMELINE_LAYOUT (self));
  g_return_if_fail (!isnan (row_height));

  row_height = CLAMP (row_height, 4.0, 1000.0);
  if (row_height == self->row_height)
    return;

  self->row_height = row_height;
  self->lane_padding = row_height * DEFAULT_LANE_PADDING / DEFAULT_ROW_HEIGHT;
  self->y_dirty = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW_HEIGHT]);
  emit_changed (self);
}

double
lp_timeline_layout_get_row_height (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), DEFAULT_ROW_HEIGHT);

  return self->row_height;
}

void
lp_timeline_layout_set_hidden_tracks (LpTimelineLayout *self,
                                      const gboolean   *hidden,
                                      guint             n_tracks)
{
  g_return_if_fail (LP_IS_TIMELINE_LAYOUT (self));

  g_clear_pointer (&self->hidden, g_array_unref);
  if (hidden != NULL && n_tracks > 0)
    {
      self->hidden = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), n_tracks);
      g_array_append_vals (self->hidden, hidden, n_tracks);
    }

  for (guint i = 0; i < self->lanes->len; i++)
    g_array_index (self->lanes, Lane, i).hidden = track_is_hidden (self, i);
  self->y_dirty = TRUE;
  emit_changed (self);
}

gboolean
lp_timeline_layout_is_track_hidden (LpTimelineLayout *self,
                                    guint             track)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), FALSE);

  return track_is_hidden (self, track);
}

guint
lp_timeline_layout_get_n_lanes (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), 0);

  ensure_layout (self);
  return self->lanes->len;
}

guint
lp_timeline_layout_get_n_rows (LpTimelineLayout *self,
                               guint             track)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), 0);

  ensure_layout (self);
  if (track >= self->lanes->len)
    return 0;
  return g_array_index (self->lanes, Lane, track).n_rows;
}

LpDate
lp_timeline_layout_get_first_date (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), LP_DATE_NONE);

  ensure_layout (self);
  return self->first;
}

LpDate
lp_timeline_layout_get_last_date (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), LP_DATE_NONE);

  ensure_layout (self);
  return self->last;
}

double
lp_timeline_layout_get_width (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), 0);

  ensure_layout (self);
  return (double) (self->last - self->first + 1) * self->scale;
}

double
lp_timeline_layout_get_height (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), 0);

  ensure_layout (self);
  return self->height;
}

double
lp_timeline_layout_date_to_x (LpTimelineLayout *self,
                              LpDate            date)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), 0);

  ensure_layout (self);
  return (double) ((gint64) date - (gint64) self->first) * self->scale;
}

LpDate
lp_timeline_layout_x_to_date (LpTimelineLayout *self,
                              double            x)
{
  double day;

  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), LP_DATE_NONE);

  ensure_layout (self);
  if (isnan (x))
    return self->first;

  /* A tiny epsilon so that date_to_x(d) maps back to d despite rounding. */
  day = floor (x / self->scale + 1e-9);
  if (day <= 0)
    return self->first;
  if (day >= (double) (self->last - self->first))
    return self->last;
  return self->first + (LpDate) day;
}

gboolean
lp_timeline_layout_get_lane (LpTimelineLayout *self,
                             guint             track,
                             double           *y,
                             double           *height)
{
  const Lane *lane;

  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), FALSE);

  ensure_layout (self);
  if (track >= self->lanes->len)
    return FALSE;

  lane = &g_array_index (self->lanes, Lane, track);
  if (y != NULL)
    *y = lane->y;
  if (height != NULL)
    *height = lane->height;
  return TRUE;
}

int
lp_timeline_layout_track_at_y (LpTimelineLayout *self,
                               double            y)
{
  guint a, b;

  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), -1);

  ensure_layout (self);
  if (isnan (y) || y < 0 || y >= self->height)
    return -1;

  /* last lane with lane.y <= y and a height (hidden lanes have none) */
  a = 0; b = self->lanes->len;
  while (a < b)
    {
      guint mid = a + (b - a) / 2;
      if (g_array_index (self->lanes, Lane, mid).y <= y)
        a = mid + 1;
      else
        b = mid;
    }
  while (a > 0)
    {
      const Lane *lane = &g_array_index (self->lanes, Lane, a - 1);
      if (lane->height > 0 && y < lane->y + lane->height)
        return (int) (a - 1);
      if (lane->height > 0)
        break;
      a--;
    }
  return -1;
}

gboolean
lp_timeline_layout_get_block (LpTimelineLayout *self,
                              LpModule         *module,
                              LpBlock          *out)
{
  const Where *w;
  guint index;

  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), FALSE);
  g_return_val_if_fail (LP_IS_MODULE (module), FALSE);

  ensure_layout (self);
  w = g_hash_table_lookup (self->where, module);
  if (w == NULL || (index = find_entry (self, w, module)) == G_MAXUINT)
    return FALSE;

  if (out != NULL)
    {
      const Lane *lane = &g_array_index (self->lanes, Lane, w->lane);
      block_from_entry (self, w->lane, lane, &g_array_index (lane->entries, Entry, index), out);
    }
  return TRUE;
}

LpHitKind
lp_timeline_layout_hit_test (LpTimelineLayout *self,
                             double            x,
                             double            y,
                             LpModule        **module,
                             int              *track)
{
  /* blocks narrower than MIN_TARGET are hit within MIN_TARGET around their middle */
  LpRect probe = { x - MIN_TARGET / 2, y, MIN_TARGET, 0.001 };
  g_autoptr(GArray) blocks = NULL;
  const LpBlock *best = NULL;
  double best_distance = G_MAXDOUBLE;
  double edge;
  int t;

  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), LP_HIT_NONE);

  if (module != NULL)
    *module = NULL;
  if (track != NULL)
    *track = -1;

  t = lp_timeline_layout_track_at_y (self, y);
  if (t < 0 || isnan (x) || x < 0 || x >= lp_timeline_layout_get_width (self))
    return LP_HIT_NONE;

  if (track != NULL)
    *track = t;

  /* the block under x, else the nearest small block whose target takes x */
  blocks = lp_timeline_layout_query (self, &probe);
  for (guint i = 0; i < blocks->len; i++)
    {
      const LpBlock *b = &g_array_index (blocks, LpBlock, i);
      double middle = b->rect.x + b->rect.width / 2;
      double half = MAX (b->rect.width, MIN_TARGET) / 2;
      double distance;

      if (y < b->rect.y || y >= b->rect.y + b->rect.height || x < middle - half || x >= middle + half)
        continue;
      distance = (x >= b->rect.x && x < b->rect.x + b->rect.width) ? -1 : fabs (x - middle);
      if (distance < best_distance)
        {
          best = b;
          best_distance = distance;
        }
    }
  if (best == NULL)
    return LP_HIT_LANE;

  if (module != NULL)
    *module = best->module;
  /* resize edges only where they leave MIN_TARGET in the middle to move by */
  edge = MIN (EDGE_ZONE, (best->rect.width - MIN_TARGET) / 2);
  if (edge >= MIN_EDGE && x < best->rect.x + edge)
    return LP_HIT_BLOCK_START_EDGE;
  if (edge >= MIN_EDGE && x >= best->rect.x + best->rect.width - edge)
    return LP_HIT_BLOCK_END_EDGE;
  return LP_HIT_BLOCK;
}

GArray *
lp_timeline_layout_query (LpTimelineLayout *self,
                          const LpRect     *visible)
{
  GArray *result;
  gint64 d0, d1;
  double y0, y1;

  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), NULL);
  g_return_val_if_fail (visible != NULL, NULL);

  result = g_array_new (FALSE, FALSE, sizeof (LpBlock));
  ensure_layout (self);

  if (visible->width <= 0 || visible->height <= 0)
    return result;

  /* Days whose columns intersect [x0, x1). */
  d0 = (gint64) self->first + (gint64) floor (visible->x / self->scale);
  d1 = (gint64) self->first + (gint64) ceil ((visible->x + visible->width) / self->scale) - 1;
  y0 = visible->y;
  y1 = visible->y + visible->height;

  for (guint li = 0; li < self->lanes->len; li++)
    {
      const Lane *lane = &g_array_index (self->lanes, Lane, li);
      guint lo, hi;

      if (lane->hidden || lane->y + lane->height <= y0)
        continue;
      if (lane->y >= y1)
        break;
      if (lane->entries->len == 0)
        continue;

      lane_find_range (lane, d0, d1, &lo, &hi);
      for (guint i = lo; i < hi; i++)
        {
          const Entry *e = &g_array_index (lane->entries, Entry, i);
          LpBlock block;

          if ((gint64) entry_visual_end (self, e) < d0)
            continue;

          block_from_entry (self, li, lane, e, &block);
          if (block.rect.y + block.rect.height <= y0 || block.rect.y >= y1)
            continue;
          if (block.rect.x + block.rect.width <= visible->x
              || block.rect.x >= visible->x + visible->width)
            continue;
          g_array_append_val (result, block);
        }
    }

  return result;
}

GArray *
lp_timeline_layout_get_month_ticks (LpTimelineLayout *self,
                                    double            x0,
                                    double            x1)
{
  GArray *ticks;
  LpDate date;

  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), NULL);

  ticks = g_array_new (FALSE, FALSE, sizeof (LpTick));
  ensure_layout (self);
  if (!(x1 > x0))
    return ticks;

  date = lp_date_month_start (lp_timeline_layout_x_to_date (self, x0));
  while (date <= self->last)
    {
      LpDate next = lp_date_next_month (date);
      LpTick tick;
      guint d, m, y;

      tick.date = date;
      tick.x = (double) ((gint64) date - (gint64) self->first) * self->scale;
      tick.width = (double) (next - date) * self->scale;
      if (tick.x >= x1)
        break;
      lp_date_to_dmy (date, &d, &m, &y);
      tick.number = m;
      tick.year = y;
      if (tick.x + tick.width > x0)
        g_array_append_val (ticks, tick);
      date = next;
    }

  return ticks;
}

GArray *
lp_timeline_layout_get_week_ticks (LpTimelineLayout *self,
                                   double            x0,
                                   double            x1)
{
  GArray *ticks;
  LpDate date;

  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), NULL);

  ticks = g_array_new (FALSE, FALSE, sizeof (LpTick));
  ensure_layout (self);
  if (!(x1 > x0))
    return ticks;

  date = lp_timeline_layout_x_to_date (self, x0);
  date -= lp_date_get_weekday (date) - 1;   /* back to Monday */
  while (date <= self->last)
    {
      LpTick tick;
      LpDate thursday = date + 3;            /* ISO: the week's year is its Thursday's */
      guint d, m, y;

      tick.date = date;
      tick.x = (double) ((gint64) date - (gint64) self->first) * self->scale;
      tick.width = 7.0 * self->scale;
      if (tick.x >= x1)
        break;
      lp_date_to_dmy (thursday, &d, &m, &y);
      tick.number = lp_date_get_iso_week (date);
      tick.year = y;
      if (tick.x + tick.width > x0)
        g_array_append_val (ticks, tick);
      date += 7;
    }

  return ticks;
}

gboolean
lp_timeline_layout_shows_weeks (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), FALSE);

  return self->scale >= WEEKS_MIN_SCALE;
}

static const char * const month_names[12] = {
  N_("January"), N_("February"), N_("March"), N_("April"),
  N_("May"), N_("June"), N_("July"), N_("August"),
  N_("September"), N_("October"), N_("November"), N_("December"),
};

static const char * const month_abbreviations[12] = {
  /* Translators: abbreviated month names on the timeline header */
  NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"), NC_("month", "Apr"),
  NC_("month", "May"), NC_("month", "Jun"), NC_("month", "Jul"), NC_("month", "Aug"),
  NC_("month", "Sep"), NC_("month", "Oct"), NC_("month", "Nov"), NC_("month", "Dec"),
};

const char *
lp_timeline_month_name (guint    month,
                        gboolean abbreviated)
{
  g_return_val_if_fail (month >= 1 && month <= 12, "");

  if (abbreviated)
    return g_dpgettext2 (GETTEXT_PACKAGE, "month", month_abbreviations[month - 1]);
  return _(month_names[month - 1]);
}
