/* lp-label-layout.c — every module with a readable label, packed in rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The object: it follows the trajectory and invalidates itself; the next
 * query rebuilds the geometry (lp-label-packing.c) and then reads it:
 * lanes by y, boxes within a lane by two binary searches over the left
 * edges and their running maximum of right edges.
 */
#define G_LOG_DOMAIN "Leerplaats-Render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "core/lp-date.h"
#include "lp-label-layout-private.h"

#define DEFAULT_SCALE   6.0
#define MIN_SCALE       0.01
#define MAX_SCALE       2000.0

G_DEFINE_FINAL_TYPE (LpLabelLayout, lp_label_layout, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- options ---- */

void
lp_label_options_init (LpLabelOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->max_width_em = 28.0;
  options->fit = LP_LABEL_FIT_ELLIPSIZE;
  options->max_lines = 2;
  options->detail = LP_LABEL_DETAIL_NONE;
  options->min_block_width = 6.0;
  options->padding = 4.0;
  options->row_spacing = 2.0;
  options->lane_padding = 8.0;
}


/* ---- updating ---- */

/* The measurer keeps about this many texts (edits leave old ones behind). */
static guint
cache_limit (LpLabelLayout *self)
{
  return 4 * (g_list_model_get_n_items (self->lists[0])
              + g_list_model_get_n_items (self->lists[2])
              + g_list_model_get_n_items (self->lists[3])) + 1024;
}

/* The measurer: one of its own (the default font) unless one was set
 * before the first layout, as the timeline painter sets its own. */
static LpLabelMeasurer *
ensure_measurer (LpLabelLayout *self)
{
  if (self->measurer == NULL)
    {
      g_autoptr(LpLabelMeasurer) measurer = lp_label_measurer_new_pango (NULL);

      lp_label_layout_set_measurer (self, measurer);
    }
  return self->measurer;
}

static void
ensure_layout (LpLabelLayout *self)
{
  if (self->valid)
    return;

  ensure_measurer (self);
  /* a moved module may renumber others: numbered layouts build whole */
  if (!self->need_full && !self->options.numbered && lp_label_measurer_get_n_cached (self->measurer) <= cache_limit (self)
      && lp_label_layout_build_partial (self))
    {
      g_hash_table_remove_all (self->dirty);
      self->valid = TRUE;
      return;
    }

  g_array_set_size (self->lanes, 0);
  g_hash_table_remove_all (self->boxes);
  g_array_set_size (self->markers, 0);
  self->height = 0;
  self->marker_height = 0;

  g_signal_handler_block (self->measurer, self->cleared_id);
  lp_label_measurer_trim (self->measurer, cache_limit (self));
  g_signal_handler_unblock (self->measurer, self->cleared_id);

  lp_label_layout_build (self);
  g_hash_table_remove_all (self->dirty);
  self->need_full = FALSE;
  self->valid = TRUE;
}

static void
invalidate_partly (LpLabelLayout *self)
{
  if (!self->valid)
    return;
  self->valid = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
invalidate (LpLabelLayout *self)
{
  self->need_full = TRUE;
  invalidate_partly (self);
}

/* After any operation.  Modules report their own changes (below); what
 * else matters is the period, a renamed kind (module titles) and the
 * milestones and periods (rebuilt on every change: they are few). */
static void
on_changed_cb (LpTrajectory  *trajectory,
               LpLabelLayout *self)
{
  g_autofree char *kinds = NULL;

  if (self->need_full)
    return;   /* invalid already, and rebuilt whole */
  kinds = lp_label_layout_describe_kinds (self);
  if (lp_trajectory_get_span_start (trajectory) != self->span_start
      || lp_trajectory_get_span_end (trajectory) != self->span_end
      || g_strcmp0 (kinds, self->kinds_seen) != 0)
    invalidate (self);
  else
    invalidate_partly (self);
}

static void
on_module_changed_cb (LpTrajectory  *trajectory,
                      LpModule      *module,
                      const char    *property,
                      LpLabelLayout *self)
{
  g_hash_table_add (self->dirty, module);
  invalidate_partly (self);
}

static void
on_cleared_cb (LpLabelMeasurer *measurer,
               LpLabelLayout   *self)
{
  invalidate (self);
}

static void
on_items_changed_cb (GListModel    *model,
                     guint          position,
                     guint          removed,
                     guint          added,
                     LpLabelLayout *self)
{
  invalidate (self);
}

/* ---- GObject ---- */

static void
lp_label_layout_dispose (GObject *object)
{
  LpLabelLayout *self = LP_LABEL_LAYOUT (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->lists); i++)
    {
      if (self->lists[i] != NULL)
        g_clear_signal_handler (&self->list_ids[i], self->lists[i]);
      g_clear_object (&self->lists[i]);
    }
  if (self->trajectory != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->trajectory);
      g_clear_signal_handler (&self->module_changed_id, self->trajectory);
    }
  g_clear_object (&self->trajectory);
  if (self->measurer != NULL)
    g_clear_signal_handler (&self->cleared_id, self->measurer);
  g_clear_object (&self->measurer);
  /* boxes point into the measurer's texts */
  self->valid = FALSE;
  g_hash_table_remove_all (self->boxes);
  g_hash_table_remove_all (self->numbers);
  g_array_set_size (self->lanes, 0);
  g_array_set_size (self->markers, 0);

  G_OBJECT_CLASS (lp_label_layout_parent_class)->dispose (object);
}

static void
lp_label_layout_finalize (GObject *object)
{
  LpLabelLayout *self = LP_LABEL_LAYOUT (object);

  g_clear_pointer (&self->lanes, g_array_unref);
  g_clear_pointer (&self->lane_min, g_array_unref);
  g_clear_pointer (&self->boxes, g_hash_table_unref);
  g_clear_pointer (&self->numbers, g_hash_table_unref);
  g_clear_pointer (&self->markers, g_array_unref);
  g_clear_pointer (&self->marker_max_x1, g_free);
  g_clear_pointer (&self->hidden, g_array_unref);
  g_clear_pointer (&self->dirty, g_hash_table_unref);
  g_clear_pointer (&self->track_index, g_hash_table_unref);
  g_clear_pointer (&self->kinds_seen, g_free);

  G_OBJECT_CLASS (lp_label_layout_parent_class)->finalize (object);
}

static void
lp_label_layout_class_init (LpLabelLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lp_label_layout_dispose;
  object_class->finalize = lp_label_layout_finalize;

  /**
   * LpLabelLayout::changed:
   *
   * The geometry is invalid: it is recomputed on the next query.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
lp_label_layout_init (LpLabelLayout *self)
{
  lp_label_options_init (&self->options);
  self->scale = DEFAULT_SCALE;
  self->lanes = g_array_new (FALSE, TRUE, sizeof (Lane));
  self->lane_min = g_array_new (FALSE, FALSE, sizeof (double));
  g_array_set_clear_func (self->lanes, lp_label_layout_lane_clear);
  self->boxes = g_hash_table_new (NULL, NULL);
  self->numbers = g_hash_table_new (NULL, NULL);
  self->markers = g_array_new (FALSE, TRUE, sizeof (Marker));
  self->dirty = g_hash_table_new (NULL, NULL);
  self->track_index = g_hash_table_new (NULL, NULL);
  self->need_full = TRUE;
}

/* ---- public API ---- */

LpLabelLayout *
lp_label_layout_new (LpTrajectory *trajectory)
{
  LpLabelLayout *self;
  GListModel *lists[4];

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), NULL);

  self = g_object_new (LP_TYPE_LABEL_LAYOUT, NULL);
  self->trajectory = g_object_ref (trajectory);
  self->changed_id = g_signal_connect (trajectory, "changed", G_CALLBACK (on_changed_cb), self);
  self->module_changed_id = g_signal_connect (trajectory, "module-changed",
                                              G_CALLBACK (on_module_changed_cb), self);

  lists[0] = lp_trajectory_get_modules (trajectory);
  lists[1] = lp_trajectory_get_tracks (trajectory);
  lists[2] = lp_trajectory_get_milestones (trajectory);
  lists[3] = lp_trajectory_get_periods (trajectory);
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      self->lists[i] = g_object_ref (lists[i]);
      self->list_ids[i] = g_signal_connect (lists[i], "items-changed",
                                            G_CALLBACK (on_items_changed_cb), self);
    }

  /* the measurer is made when first needed (ensure_measurer) */
  return self;
}

LpTrajectory *
lp_label_layout_get_trajectory (LpLabelLayout *self)
{
  g_return_val_if_fail (LP_IS_LABEL_LAYOUT (self), NULL);

  return self->trajectory;
}

void
lp_label_layout_set_scale (LpLabelLayout *self,
                           double         px_per_day)
{
  g_return_if_fail (LP_IS_LABEL_LAYOUT (self));
  g_return_if_fail (!isnan (px_per_day));

  px_per_day = CLAMP (px_per_day, MIN_SCALE, MAX_SCALE);
  if (px_per_day == self->scale)
    return;
  self->scale = px_per_day;
  invalidate (self);
}

double
lp_label_layout_get_scale (LpLabelLayout *self)
{
  g_return_val_if_fail (LP_IS_LABEL_LAYOUT (self), DEFAULT_SCALE);

  return self->scale;
}

void
lp_label_layout_set_range (LpLabelLayout *self,
                           LpDate         first,
                           LpDate         last)
{
  g_return_if_fail (LP_IS_LABEL_LAYOUT (self));

  self->range_first = first;
  self->range_last = last;
  invalidate (self);
}

LpDate
lp_label_layout_get_first_date (LpLabelLayout *self)
{
  g_return_val_if_fail (LP_IS_LABEL_LAYOUT (self), LP_DATE_NONE);

  ensure_layout (self);
  return self->first;
}

LpDate
lp_label_layout_get_last_date (LpLabelLayout *self)
{
  g_return_val_if_fail (LP_IS_LABEL_LAYOUT (self), LP_DATE_NONE);

  ensure_layout (self);
  return self->last;
}

double
lp_label_layout_get_width (LpLabelLayout *self)
{
  g_return_val_if_fail (LP_IS_LABEL_LAYOUT (self), 0);

  ensure_layout (self);
  return self->width;
}

static gboolean
options_equal (const LpLabelOptions *a,
               const LpLabelOptions *b)
{
  return a->max_width_em == b->max_width_em && a->fit == b->fit && a->max_lines == b->max_lines
         && a->detail == b->detail && a->min_block_width == b->min_block_width
         && a->padding == b->padding && a->row_spacing == b->row_spacing
         && a->lane_padding == b->lane_padding && a->numbered == b->numbered;
}

void
lp_label_layout_set_options (LpLabelLayout        *self,
                             const LpLabelOptions *options)
{
  g_return_if_fail (LP_IS_LABEL_LAYOUT (self));
  g_return_if_fail (options != NULL);

  if (options_equal (&self->options, options))
    return;
  self->options = *options;
  self->options.max_lines = MAX (1, self->options.max_lines);
  self->options.max_width_em = MAX (1.0, self->options.max_width_em);
  self->options.padding = MAX (0.0, self->options.padding);
  self->options.row_spacing = MAX (0.0, self->options.row_spacing);
  self->options.lane_padding = MAX (0.0, self->options.lane_padding);
  invalidate (self);
}

void
lp_label_layout_set_lane_min_heights (LpLabelLayout *self,
                                      const double  *heights,
                                      guint          n)
{
  g_return_if_fail (LP_IS_LABEL_LAYOUT (self));

  if (self->lane_min->len == n && (n == 0 || memcmp (self->lane_min->data, heights, n * sizeof (double)) == 0))
    return;
  g_array_set_size (self->lane_min, 0);
  g_array_append_vals (self->lane_min, heights, n);
  invalidate (self);
}

void
lp_label_layout_get_options (LpLabelLayout  *self,
                             LpLabelOptions *options)
{
  g_return_if_fail (LP_IS_LABEL_LAYOUT (self));
  g_return_if_fail (options != NULL);

  *options = self->options;
}

void
lp_label_layout_set_measurer (LpLabelLayout   *self,
                              LpLabelMeasurer *measurer)
{
  g_return_if_fail (LP_IS_LABEL_LAYOUT (self));
  g_return_if_fail (LP_IS_LABEL_MEASURER (measurer));

  if (measurer == self->measurer)
    return;
  /* the old measurer's texts go with it: forget the boxes first */
  invalidate (self);
  g_hash_table_remove_all (self->boxes);
  g_array_set_size (self->lanes, 0);
  g_array_set_size (self->markers, 0);
  g_clear_signal_handler (&self->cleared_id, self->measurer);
  g_set_object (&self->measurer, measurer);
  self->cleared_id = g_signal_connect (measurer, "cleared", G_CALLBACK (on_cleared_cb), self);
}

LpLabelMeasurer *
lp_label_layout_get_measurer (LpLabelLayout *self)
{
  g_return_val_if_fail (LP_IS_LABEL_LAYOUT (self), NULL);

  return ensure_measurer (self);
}

void
lp_label_layout_set_hidden_tracks (LpLabelLayout  *self,
                                   const gboolean *hidden,
                                   guint           n_tracks)
{
  g_return_if_fail (LP_IS_LABEL_LAYOUT (self));

  g_clear_pointer (&self->hidden, g_array_unref);
  if (hidden != NULL && n_tracks > 0)
    {
      self->hidden = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), n_tracks);
      g_array_append_vals (self->hidden, hidden, n_tracks);
    }
  invalidate (self);
}

void
lp_label_layout_invalidate (LpLabelLayout *self)
{
  g_return_if_fail (LP_IS_LABEL_LAYOUT (self));

  invalidate (self);
}

void
lp_label_layout_update (LpLabelLayout *self)
{
  g_return_if_fail (LP_IS_LABEL_LAYOUT (self));

  ensure_layout (self);
}

double
lp_label_layout_get_row_height (LpLabelLayout *self)
{
  g_return_val_if_fail (LP_IS_LABEL_LAYOUT (self), 0);

  ensure_layout (self);
  return self->row_height;
}

double
lp_label_layout_get_height (LpLabelLayout *self)
{
  g_return_val_if_fail (LP_IS_LABEL_LAYOUT (self), 0);

  ensure_layout (self);
  return self->height;
}

guint
lp_label_layout_get_n_lanes (LpLabelLayout *self)
{
  g_return_val_if_fail (LP_IS_LABEL_LAYOUT (self), 0);

  ensure_layout (self);
  return self->lanes->len;
}

gboolean
lp_label_layout_get_lane (LpLabelLayout *self,
                          guint          track,
                          double        *y,
                          double        *height,
                          guint         *n_rows)
{
  const Lane *lane;

  g_return_val_if_fail (LP_IS_LABEL_LAYOUT (self), FALSE);

  ensure_layout (self);
  if (track >= self->lanes->len)
    return FALSE;
  lane = &g_array_index (self->lanes, Lane, track);
  if (y != NULL)
    *y = lane->y;
  if (height != NULL)
    *height = lane->height;
  if (n_rows != NULL)
    *n_rows = lane->n_rows;
  return TRUE;
}

int
lp_label_layout_track_at_y (LpLabelLayout *self,
                            double         y)
{
  guint a, b;

  g_return_val_if_fail (LP_IS_LABEL_LAYOUT (self), -1);

  ensure_layout (self);
  if (isnan (y) || y < 0 || y >= self->height)
    return -1;

  /* the last lane starting at or above y that has a height */
  a = 0;
  b = self->lanes->len;
  while (a < b)
    {
      guint mid = a + (b - a) / 2;
      if (g_array_index (self->lanes, Lane, mid).y <= y)
        a = mid + 1;
      else
        b = mid;
    }
  for (; a > 0; a--)
    {
      const Lane *lane = &g_array_index (self->lanes, Lane, a - 1);
      if (lane->height > 0)
        return y < lane->y + lane->height ? (int) (a - 1) : -1;
    }
  return -1;
}

const LpLabelBox *
lp_label_layout_get_box (LpLabelLayout *self,
                         LpModule      *module)
{
  const Item *item;

  g_return_val_if_fail (LP_IS_LABEL_LAYOUT (self), NULL);

  ensure_layout (self);
  item = g_hash_table_lookup (self->boxes, module);
  return item != NULL ? &item->box : NULL;
}

guint
lp_label_layout_get_number (LpLabelLayout *self,
                            LpModule      *module)
{
  g_return_val_if_fail (LP_IS_LABEL_LAYOUT (self), 0);

  ensure_layout (self);
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->numbers, module));
}

/* Indices [*lo, *hi) of the items (x0 ascending, running max max_x1) whose
 * extent may meet [x0, x1). */
static void
find_range (const double *item_x0,
            gsize         stride,
            const double *max_x1,
            guint         n,
            double        x0,
            double        x1,
            guint        *lo,
            guint        *hi)
{
  guint a = 0, b = n;

#define X0_AT(i) (*(const double *) ((const char *) item_x0 + (gsize) (i) * stride))
  while (a < b)
    {
      guint mid = a + (b - a) / 2;
      if (X0_AT (mid) < x1)
        a = mid + 1;
      else
        b = mid;
    }
#undef X0_AT
  *hi = a;

  a = 0;
  b = *hi;
  while (a < b)
    {
      guint mid = a + (b - a) / 2;
      if (max_x1[mid] <= x0)
        a = mid + 1;
      else
        b = mid;
    }
  *lo = a;
}

static gboolean
rect_meets (const LpRect *r,
            double        x0,
            double        y0,
            double        x1,
            double        y1)
{
  return r->x < x1 && r->x + r->width > x0 && r->y < y1 && r->y + r->height > y0;
}

GPtrArray *
lp_label_layout_query (LpLabelLayout *self,
                       const LpRect  *visible)
{
  GPtrArray *result;
  double x0, y0, x1, y1;

  g_return_val_if_fail (LP_IS_LABEL_LAYOUT (self), NULL);
  g_return_val_if_fail (visible != NULL, NULL);

  ensure_layout (self);
  result = g_ptr_array_new ();
  if (!(visible->width > 0 && visible->height > 0))
    return result;
  x0 = visible->x;
  y0 = visible->y;
  x1 = x0 + visible->width;
  y1 = y0 + visible->height;

  for (guint li = 0; li < self->lanes->len; li++)
    {
      const Lane *lane = &g_array_index (self->lanes, Lane, li);
      guint lo, hi;

      if (lane->items->len == 0 || lane->y + lane->height <= y0)
        continue;
      if (lane->y >= y1)
        break;
      find_range (&g_array_index (lane->items, Item, 0).x0, sizeof (Item), lane->max_x1,
                  lane->items->len, x0, x1, &lo, &hi);
      for (guint i = lo; i < hi; i++)
        {
          const Item *item = &g_array_index (lane->items, Item, i);

          if (rect_meets (&item->box.block, x0, y0, x1, y1)
              || rect_meets (&item->box.label, x0, y0, x1, y1))
            g_ptr_array_add (result, (gpointer) &item->box);
        }
    }
  return result;
}

static gboolean
rect_holds (const LpRect *r,
            double        x,
            double        y)
{
  return x >= r->x && x < r->x + r->width && y >= r->y && y < r->y + r->height;
}

const LpLabelBox *
lp_label_layout_hit_test (LpLabelLayout *self,
                          double         x,
                          double         y,
                          LpLabelHit    *hit)
{
  int track;
  const Lane *lane;
  guint lo, hi;

  g_return_val_if_fail (LP_IS_LABEL_LAYOUT (self), NULL);

  if (hit != NULL)
    *hit = LP_LABEL_HIT_NONE;
  track = lp_label_layout_track_at_y (self, y);
  if (track < 0 || isnan (x))
    return NULL;
  lane = &g_array_index (self->lanes, Lane, track);
  if (lane->items->len == 0)
    return NULL;

  /* blocks and labels of different boxes never overlap: the first wins */
  find_range (&g_array_index (lane->items, Item, 0).x0, sizeof (Item), lane->max_x1,
              lane->items->len, x, nextafter (x, G_MAXDOUBLE), &lo, &hi);
  for (guint i = lo; i < hi; i++)
    {
      const LpLabelBox *box = &g_array_index (lane->items, Item, i).box;

      if (rect_holds (&box->block, x, y) || rect_holds (&box->label, x, y))
        {
          if (hit != NULL)
            *hit = rect_holds (&box->block, x, y) ? LP_LABEL_HIT_BLOCK : LP_LABEL_HIT_LABEL;
          return box;
        }
    }
  return NULL;
}

double
lp_label_layout_get_marker_height (LpLabelLayout *self)
{
  g_return_val_if_fail (LP_IS_LABEL_LAYOUT (self), 0);

  ensure_layout (self);
  return self->marker_height;
}

GPtrArray *
lp_label_layout_query_markers (LpLabelLayout *self,
                               double         x0,
                               double         x1)
{
  GPtrArray *result;
  guint lo, hi;

  g_return_val_if_fail (LP_IS_LABEL_LAYOUT (self), NULL);

  ensure_layout (self);
  result = g_ptr_array_new ();
  if (!(x1 > x0) || self->markers->len == 0)
    return result;

  find_range (&g_array_index (self->markers, Marker, 0).x0, sizeof (Marker), self->marker_max_x1,
              self->markers->len, x0, x1, &lo, &hi);
  for (guint i = lo; i < hi; i++)
    {
      const Marker *m = &g_array_index (self->markers, Marker, i);

      if (m->x1 > x0)
        g_ptr_array_add (result, (gpointer) &m->box);
    }
  return result;
}
