/* lp-label-layout.c — every module with a readable label, packed in rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An update walks the modules once: each gets its block, its fitted text
 * (from the measurer's cache), the side of its label and so the horizontal
 * extent of block plus label.  Each lane sorts its items by the left edge
 * of that extent and packs them first-fit into rows (an item whose text
 * needs several lines takes that many consecutive rows); a running maximum
 * of the right edges makes the items of an x range two binary searches.
 * Milestones and periods are packed the same way into the marker band.
 */
#define G_LOG_DOMAIN "Leerplaats-Render"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "lp-label-layout.h"

#define DEFAULT_SCALE   6.0
#define MIN_SCALE       0.01
#define MAX_SCALE       2000.0
#define TEXT_V_PAD      2.0     /* px between a row's edge and its text */
#define MARKER_SIZE     0.8     /* a milestone's diamond, in row heights */

typedef struct {
  LpLabelBox box;     /* first: a box pointer is an item pointer */
  double     x0, x1;  /* horizontal extent of block and label */
  guint      seq;     /* file order: ties keep it */
} Item;

typedef struct {
  LpMarkerBox box;
  double      x0, x1;
  guint       seq;
} Marker;

typedef struct {
  GArray  *items;     /* Item, sorted by (x0, seq) */
  double  *max_x1;    /* running maximum of items[0..i].x1 */
  guint    n_rows;
  double   y;
  double   height;
  gboolean hidden;
} Lane;

struct _LpLabelLayout
{
  GObject          parent_instance;

  LpTrajectory    *trajectory;
  GListModel      *lists[4];      /* modules, tracks, milestones, bands */
  gulong           list_ids[4];
  gulong           changed_id;
  LpLabelMeasurer *measurer;
  gulong           cleared_id;

  LpLabelOptions   options;
  double           scale;
  LpDate           range_first;   /* as set; LP_DATE_NONE: from the period */
  LpDate           range_last;
  GArray          *hidden;        /* gboolean per track index, may be shorter */

  /* computed */
  gboolean         valid;
  LpDate           first;
  LpDate           last;
  double           width;
  double           row_height;
  double           height;
  GArray          *lanes;         /* Lane */
  GHashTable      *boxes;         /* LpModule* → Item* (into a lane's items) */
  GArray          *markers;       /* Marker, sorted by (x0, seq) */
  double          *marker_max_x1;
  double           marker_height;
};

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

/* ---- dates ---- */

static char *
format_day (LpDate date)
{
  guint d, m, y;

  lp_date_to_dmy (date, &d, &m, &y);
  /* Translators: a day on a timeline block: day number, abbreviated month */
  return g_strdup_printf (C_("block date", "%u %s"), d, lp_timeline_month_name (m, TRUE));
}

char *
lp_label_layout_format_dates (LpModule *module)
{
  LpDate start, end;
  int st, et;
  g_autofree char *from = NULL;
  g_autofree char *dates = NULL;

  g_return_val_if_fail (LP_IS_MODULE (module), NULL);

  start = lp_module_get_start (module);
  end = lp_module_get_end (module);
  st = lp_module_get_start_time (module);
  et = lp_module_get_end_time (module);
  from = format_day (start);
  if (end > start)
    {
      g_autofree char *to = format_day (end);
      dates = g_strdup_printf ("%s – %s", from, to);
    }
  else
    dates = g_steal_pointer (&from);

  if (st != LP_TIME_NONE)
    {
      char a[6], b[6];

      if (et != LP_TIME_NONE)
        return g_strdup_printf ("%s · %s–%s", dates, lp_time_format (st, a), lp_time_format (et, b));
      return g_strdup_printf ("%s · %s", dates, lp_time_format (st, a));
    }
  return g_steal_pointer (&dates);
}

/* ---- helpers ---- */

static void
lane_clear (gpointer data)
{
  Lane *lane = data;

  g_clear_pointer (&lane->items, g_array_unref);
  g_clear_pointer (&lane->max_x1, g_free);
}

static gboolean
track_is_hidden (LpLabelLayout *self,
                 guint          index)
{
  return self->hidden != NULL && index < self->hidden->len
         && g_array_index (self->hidden, gboolean, index);
}

static double
date_x (LpLabelLayout *self,
        LpDate         date)
{
  return (double) ((gint64) date - (gint64) self->first) * self->scale;
}

static void
compute_range (LpLabelLayout *self)
{
  LpDate start = self->range_first, end = self->range_last;

  if (start != LP_DATE_NONE && end != LP_DATE_NONE && end >= start)
    {
      self->first = start;
      self->last = end;
      return;
    }

  start = lp_trajectory_get_period_start (self->trajectory);
  end = lp_trajectory_get_period_end (self->trajectory);
  if (start == LP_DATE_NONE)
    start = lp_date_today ();
  if (end == LP_DATE_NONE || end < start)
    end = lp_date_next_month (lp_date_next_month (lp_date_month_start (start))) - 1;
  self->first = lp_date_month_start (start);
  self->last = lp_date_next_month (end) - 1;
}

/* Rows an item with text of that height takes. */
static guint
rows_for_text (LpLabelLayout *self,
               double         text_height)
{
  double need = text_height + 2 * TEXT_V_PAD + self->options.row_spacing;

  return MAX (1, (guint) ceil (need / self->row_height - 1e-6));
}

static double
text_height (LpLabelLayout     *self,
             const LpLabelText *title,
             const LpLabelText *detail)
{
  const LpLabelMetrics *m = lp_label_measurer_get_metrics (self->measurer);
  double h = title != NULL ? title->n_lines * m->line_height[LP_LABEL_FONT_TITLE] : 0;

  if (detail != NULL)
    h += m->line_height[LP_LABEL_FONT_DETAIL];
  return h;
}

static double
max_text_width (LpLabelLayout *self)
{
  return self->options.max_width_em * lp_label_measurer_get_metrics (self->measurer)->em;
}

/* x of a label of width w beside the thing at [x, x + width): to the right
 * when it stays within the range, else to the left when that does, else
 * on the side with more room. */
static double
place_beside (LpLabelLayout    *self,
              double            x,
              double            width,
              double            w,
              LpLabelPlacement *placement)
{
  double pad = self->options.padding;
  double right = x + width + pad;
  double left = x - pad - w;

  if (right + w <= self->width || (left < 0 && self->width - right >= x))
    {
      *placement = LP_LABEL_RIGHT;
      return right;
    }
  *placement = LP_LABEL_LEFT;
  return left;
}

/* Lowest row r with rows r..r+k-1 all free from x0 on (their last item
 * ends at least gap before x0); marks them taken up to x1. */
static guint
pack (GArray *row_ends,
      double  x0,
      double  x1,
      guint   k,
      double  gap)
{
  guint r = 0;

  for (;;)
    {
      guint j;

      for (j = 0; j < k && r + j < row_ends->len; j++)
        if (g_array_index (row_ends, double, r + j) + gap > x0)
          break;
      if (j == k || r + j >= row_ends->len)
        break;
      r += j + 1;   /* row r + j is taken: no run through it */
    }

  while (row_ends->len < r + k)
    {
      double none = -G_MAXDOUBLE;
      g_array_append_val (row_ends, none);
    }
  for (guint j = 0; j < k; j++)
    g_array_index (row_ends, double, r + j) = x1;
  return r;
}

static int
item_compare (gconstpointer a,
              gconstpointer b)
{
  const Item *ia = a, *ib = b;

  if (ia->x0 != ib->x0)
    return ia->x0 < ib->x0 ? -1 : 1;
  return ia->seq < ib->seq ? -1 : ia->seq > ib->seq ? 1 : 0;
}

static int
marker_compare (gconstpointer a,
                gconstpointer b)
{
  const Marker *ma = a, *mb = b;

  if (ma->x0 != mb->x0)
    return ma->x0 < mb->x0 ? -1 : 1;
  return ma->seq < mb->seq ? -1 : ma->seq > mb->seq ? 1 : 0;
}

/* ---- modules ---- */

static char *
detail_text (LpLabelLayout *self,
             LpModule      *module)
{
  const char * const *facilitators;
  const char *text = NULL;

  switch (self->options.detail)
    {
    case LP_LABEL_DETAIL_DATES:
      return lp_label_layout_format_dates (module);
    case LP_LABEL_DETAIL_FACILITATOR:
      facilitators = lp_module_get_facilitators (module);
      text = facilitators[0];
      break;
    case LP_LABEL_DETAIL_LOCATION:
      text = lp_module_get_location (module);
      break;
    case LP_LABEL_DETAIL_NONE:
    default:
      break;
    }
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

/* Everything of an item but its row and y. */
static void
make_item (LpLabelLayout *self,
           LpModule      *module,
           guint          track,
           guint          seq,
           Item          *item)
{
  LpLabelBox *box = &item->box;
  const char *title = lp_trajectory_get_module_title (self->trajectory, module);
  g_autofree char *detail = detail_text (self, module);
  LpDate start = lp_module_get_start (module);
  LpDate end = MAX (lp_module_get_end (module), start);
  double max_w = max_text_width (self);
  double text_w, inner;

  memset (item, 0, sizeof *item);
  item->seq = seq;
  box->module = module;
  box->track = track;
  box->title = lp_label_measurer_fit (self->measurer, LP_LABEL_FONT_TITLE, title != NULL ? title : "",
                                      max_w, self->options.fit, self->options.max_lines);
  if (detail != NULL)
    box->detail = lp_label_measurer_fit (self->measurer, LP_LABEL_FONT_DETAIL, detail,
                                         max_w, LP_LABEL_FIT_ELLIPSIZE, 1);

  box->block.x = date_x (self, start);
  box->block.width = MAX ((double) (end - start + 1) * self->scale, self->options.min_block_width);
  box->n_rows = rows_for_text (self, text_height (self, box->title, box->detail));
  box->block.height = box->n_rows * self->row_height - self->options.row_spacing;
  box->label.height = text_height (self, box->title, box->detail);

  text_w = box->title->width;
  if (box->detail != NULL)
    text_w = MAX (text_w, box->detail->width);
  box->label.width = text_w;
  inner = box->block.width - 2 * self->options.padding;
  if (text_w <= inner)
    {
      box->placement = LP_LABEL_INSIDE;
      box->label.x = box->block.x + self->options.padding;
    }
  else
    box->label.x = place_beside (self, box->block.x, box->block.width, text_w, &box->placement);

  item->x0 = MIN (box->block.x, box->label.x);
  item->x1 = MAX (box->block.x + box->block.width, box->label.x + box->label.width);
}

/* Sorts, packs and indexes a lane whose items are made; sets its rows. */
static void
pack_lane (LpLabelLayout *self,
           Lane          *lane)
{
  g_autoptr(GArray) row_ends = g_array_new (FALSE, FALSE, sizeof (double));
  guint n = lane->items->len;
  double running = -G_MAXDOUBLE;

  g_array_sort (lane->items, item_compare);
  lane->max_x1 = g_new (double, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      Item *item = &g_array_index (lane->items, Item, i);

      item->box.row = pack (row_ends, item->x0, item->x1, item->box.n_rows, self->options.padding);
      running = MAX (running, item->x1);
      lane->max_x1[i] = running;
    }
  lane->n_rows = row_ends->len;
}

static void
place_lane_rows (LpLabelLayout *self,
                 Lane          *lane)
{
  for (guint i = 0; i < lane->items->len; i++)
    {
      Item *item = &g_array_index (lane->items, Item, i);
      LpLabelBox *box = &item->box;

      box->block.y = lane->y + self->options.lane_padding / 2 + box->row * self->row_height
                     + self->options.row_spacing / 2;
      box->label.y = box->block.y + (box->block.height - box->label.height) / 2;
      g_hash_table_insert (self->boxes, box->module, item);
    }
}

static void
build_lanes (LpLabelLayout *self)
{
  GListModel *tracks = self->lists[1], *modules = self->lists[0];
  guint n_tracks = g_list_model_get_n_items (tracks);
  guint n_modules = g_list_model_get_n_items (modules);
  g_autoptr(GHashTable) track_index = g_hash_table_new (NULL, NULL);
  double y = 0;

  g_array_set_size (self->lanes, n_tracks);
  for (guint i = 0; i < n_tracks; i++)
    {
      Lane *lane = &g_array_index (self->lanes, Lane, i);
      g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);

      memset (lane, 0, sizeof *lane);
      lane->items = g_array_new (FALSE, FALSE, sizeof (Item));
      lane->hidden = track_is_hidden (self, i);
      g_hash_table_insert (track_index, track, GUINT_TO_POINTER (i + 1));
    }

  for (guint i = 0; i < n_modules; i++)
    {
      g_autoptr(LpModule) module = g_list_model_get_item (modules, i);
      guint li = GPOINTER_TO_UINT (g_hash_table_lookup (track_index, lp_module_get_track (module)));
      Lane *lane;
      Item item;

      if (li == 0)
        continue;
      lane = &g_array_index (self->lanes, Lane, li - 1);
      if (lane->hidden)
        continue;
      make_item (self, module, li - 1, i, &item);
      g_array_append_val (lane->items, item);
    }

  for (guint i = 0; i < n_tracks; i++)
    {
      Lane *lane = &g_array_index (self->lanes, Lane, i);

      pack_lane (self, lane);
      lane->y = y;
      lane->height = lane->hidden ? 0
                     : MAX (1, lane->n_rows) * self->row_height + self->options.lane_padding;
      place_lane_rows (self, lane);
      y += lane->height;
    }
  self->height = y;
}

/* ---- milestones and periods ---- */

static gboolean
make_milestone (LpLabelLayout *self,
                LpMilestone   *milestone,
                Marker        *m)
{
  LpMarkerBox *box = &m->box;
  LpDate date = lp_milestone_get_date (milestone);
  const char *label = lp_milestone_get_label (milestone);
  double size = MARKER_SIZE * (self->row_height - self->options.row_spacing);

  if (date < self->first || date > self->last)
    return FALSE;

  box->kind = LP_MARKER_MILESTONE;
  box->object = milestone;
  box->marker.x = date_x (self, date) + self->scale / 2 - size / 2;
  box->marker.width = size;
  box->marker.height = size;
  box->label.x = box->marker.x + size;
  if (label != NULL && *label != '\0')
    {
      box->text = lp_label_measurer_fit (self->measurer, LP_LABEL_FONT_TITLE, label,
                                         max_text_width (self), self->options.fit,
                                         self->options.max_lines);
      box->label.width = box->text->width;
      box->label.height = text_height (self, box->text, NULL);
      box->label.x = place_beside (self, box->marker.x, size, box->label.width, &box->placement);
    }
  else
    box->placement = LP_LABEL_RIGHT;
  return TRUE;
}

static gboolean
make_period (LpLabelLayout *self,
             LpBand        *band,
             Marker        *m)
{
  LpMarkerBox *box = &m->box;
  const char *label = lp_band_get_label (band);
  double x0 = MAX (0.0, date_x (self, lp_band_get_start (band)));
  double x1 = MIN (self->width, date_x (self, MAX (lp_band_get_end (band), lp_band_get_start (band)) + 1));

  if (x1 <= x0)
    return FALSE;

  box->kind = LP_MARKER_PERIOD;
  box->object = band;
  box->marker.x = x0;
  box->marker.width = x1 - x0;
  box->label.x = x0;
  box->placement = LP_LABEL_INSIDE;
  if (label != NULL && *label != '\0')
    {
      box->text = lp_label_measurer_whole (self->measurer, LP_LABEL_FONT_TITLE, label);
      box->label.width = box->text->width;
      box->label.height = text_height (self, box->text, NULL);
      if (box->label.width + 2 * self->options.padding <= box->marker.width)
        box->label.x = x0 + self->options.padding;
      else
        box->label.x = place_beside (self, x0, box->marker.width, box->label.width, &box->placement);
    }
  return TRUE;
}

static void
build_markers (LpLabelLayout *self)
{
  g_autoptr(GArray) row_ends = g_array_new (FALSE, FALSE, sizeof (double));
  GListModel *milestones = self->lists[2], *bands = self->lists[3];
  guint n_ms = g_list_model_get_n_items (milestones);
  guint n_bands = g_list_model_get_n_items (bands);
  double running = -G_MAXDOUBLE;

  g_array_set_size (self->markers, 0);
  for (guint i = 0; i < n_bands + n_ms; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (i < n_bands ? bands : milestones,
                                                         i < n_bands ? i : i - n_bands);
      Marker m = { 0, };
      gboolean shown = i < n_bands ? make_period (self, LP_BAND (object), &m)
                                   : make_milestone (self, LP_MILESTONE (object), &m);
      guint k;

      if (!shown)
        continue;
      k = rows_for_text (self, m.box.label.height);
      m.box.marker.height = m.box.kind == LP_MARKER_PERIOD
                            ? k * self->row_height - self->options.row_spacing
                            : m.box.marker.height;
      m.seq = i;
      m.x0 = MIN (m.box.marker.x, m.box.label.x);
      m.x1 = MAX (m.box.marker.x + m.box.marker.width, m.box.label.x + m.box.label.width);
      g_array_append_val (self->markers, m);
    }

  g_array_sort (self->markers, marker_compare);
  g_free (self->marker_max_x1);
  self->marker_max_x1 = g_new (double, MAX (self->markers->len, 1));
  for (guint i = 0; i < self->markers->len; i++)
    {
      Marker *m = &g_array_index (self->markers, Marker, i);
      LpMarkerBox *box = &m->box;
      guint k = rows_for_text (self, box->label.height);
      double row_y, row_h;

      box->row = pack (row_ends, m->x0, m->x1, k, self->options.padding);
      row_y = self->options.lane_padding / 2 + box->row * self->row_height + self->options.row_spacing / 2;
      row_h = k * self->row_height - self->options.row_spacing;
      box->marker.y = row_y + (row_h - box->marker.height) / 2;
      box->label.y = row_y + (row_h - box->label.height) / 2;
      running = MAX (running, m->x1);
      self->marker_max_x1[i] = running;
    }
  self->marker_height = row_ends->len == 0 ? 0
                        : row_ends->len * self->row_height + self->options.lane_padding;
}

/* ---- updating ---- */

static void
ensure_layout (LpLabelLayout *self)
{
  const LpLabelMetrics *metrics;
  guint n_texts;

  if (self->valid)
    return;

  g_array_set_size (self->lanes, 0);
  g_hash_table_remove_all (self->boxes);
  g_array_set_size (self->markers, 0);
  self->height = 0;
  self->marker_height = 0;

  /* texts left behind by edits: keep the cache near what is shown */
  n_texts = 2 * (g_list_model_get_n_items (self->lists[0])
                 + g_list_model_get_n_items (self->lists[2])
                 + g_list_model_get_n_items (self->lists[3]));
  g_signal_handler_block (self->measurer, self->cleared_id);
  lp_label_measurer_trim (self->measurer, 2 * n_texts + 1024);
  g_signal_handler_unblock (self->measurer, self->cleared_id);

  metrics = lp_label_measurer_get_metrics (self->measurer);
  self->row_height = ceil (metrics->line_height[LP_LABEL_FONT_TITLE] + 2 * TEXT_V_PAD
                           + self->options.row_spacing);
  compute_range (self);
  self->width = (double) (self->last - self->first + 1) * self->scale;

  build_lanes (self);
  build_markers (self);
  self->valid = TRUE;
}

static void
invalidate (LpLabelLayout *self)
{
  if (!self->valid)
    return;
  self->valid = FALSE;
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_changed_cb (gpointer       source,
               LpLabelLayout *self)
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
    g_clear_signal_handler (&self->changed_id, self->trajectory);
  g_clear_object (&self->trajectory);
  if (self->measurer != NULL)
    g_clear_signal_handler (&self->cleared_id, self->measurer);
  g_clear_object (&self->measurer);
  /* boxes point into the measurer's texts */
  self->valid = FALSE;
  g_hash_table_remove_all (self->boxes);
  g_array_set_size (self->lanes, 0);
  g_array_set_size (self->markers, 0);

  G_OBJECT_CLASS (lp_label_layout_parent_class)->dispose (object);
}

static void
lp_label_layout_finalize (GObject *object)
{
  LpLabelLayout *self = LP_LABEL_LAYOUT (object);

  g_clear_pointer (&self->lanes, g_array_unref);
  g_clear_pointer (&self->boxes, g_hash_table_unref);
  g_clear_pointer (&self->markers, g_array_unref);
  g_clear_pointer (&self->marker_max_x1, g_free);
  g_clear_pointer (&self->hidden, g_array_unref);

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
  g_array_set_clear_func (self->lanes, lane_clear);
  self->boxes = g_hash_table_new (NULL, NULL);
  self->markers = g_array_new (FALSE, TRUE, sizeof (Marker));
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

  lists[0] = lp_trajectory_get_modules (trajectory);
  lists[1] = lp_trajectory_get_tracks (trajectory);
  lists[2] = lp_trajectory_get_milestones (trajectory);
  lists[3] = lp_trajectory_get_bands (trajectory);
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      self->lists[i] = g_object_ref (lists[i]);
      self->list_ids[i] = g_signal_connect (lists[i], "items-changed",
                                            G_CALLBACK (on_items_changed_cb), self);
    }

  self->measurer = lp_label_measurer_new_pango (NULL);
  self->cleared_id = g_signal_connect (self->measurer, "cleared", G_CALLBACK (on_changed_cb), self);
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

void
lp_label_layout_set_options (LpLabelLayout        *self,
                             const LpLabelOptions *options)
{
  g_return_if_fail (LP_IS_LABEL_LAYOUT (self));
  g_return_if_fail (options != NULL);

  if (memcmp (&self->options, options, sizeof *options) == 0)
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
  self->cleared_id = g_signal_connect (measurer, "cleared", G_CALLBACK (on_changed_cb), self);
}

LpLabelMeasurer *
lp_label_layout_get_measurer (LpLabelLayout *self)
{
  g_return_val_if_fail (LP_IS_LABEL_LAYOUT (self), NULL);

  return self->measurer;
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
