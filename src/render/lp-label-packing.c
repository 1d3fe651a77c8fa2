/* lp-label-packing.c — building the labelled layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A build walks the modules once: each gets its block, its fitted text
 * (from the measurer's cache), the side of its label and so the horizontal
 * extent of block plus label.  Each lane sorts its items by the left edge
 * of that extent and packs them first-fit into rows (an item whose text
 * needs several lines takes that many consecutive rows); a running maximum
 * of the right edges makes the items of an x range two binary searches.
 * Milestones and periods are packed the same way into the marker period.
 */
#define G_LOG_DOMAIN "Leerplaats-Render"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "lp-label-layout-private.h"
#include "lp-row-packer.h"

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

void
lp_label_layout_lane_clear (gpointer data)
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

  start = lp_trajectory_get_span_start (self->trajectory);
  end = lp_trajectory_get_span_end (self->trajectory);
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

/* Left to right; ties keep the file order. */
static int
compare_left_then_order (double x0a,
                         guint  seqa,
                         double x0b,
                         guint  seqb)
{
  if (x0a != x0b)
    return x0a < x0b ? -1 : 1;
  return seqa < seqb ? -1 : seqa > seqb ? 1 : 0;
}

static int
item_compare (gconstpointer a,
              gconstpointer b)
{
  const Item *ia = a, *ib = b;

  return compare_left_then_order (ia->x0, ia->seq, ib->x0, ib->seq);
}

static int
marker_compare (gconstpointer a,
                gconstpointer b)
{
  const Marker *ma = a, *mb = b;

  return compare_left_then_order (ma->x0, ma->seq, mb->x0, mb->seq);
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

/* A label beside its block that would still run past the range (wider
 * than the room on either side: a long title at a small zoom) is fitted to
 * the room on its side, when that leaves a few letters; the whole title
 * stays in the tooltip and the accessible name. */
static void
fit_beside_to_range (LpLabelLayout *self,
                     LpLabelBox    *box,
                     const char    *title,
                     const char    *detail)
{
  double pad = self->options.padding;
  double em = lp_label_measurer_get_metrics (self->measurer)->em;
  double room = box->placement == LP_LABEL_RIGHT ? self->width - box->label.x : box->block.x - pad;
  double text_w;

  if (box->label.width <= room || room < 3 * em)
    return;
  /* whole ems: a text is fitted (measured) once per em of room, not once
   * per zoom step */
  room = floor (room / em) * em - box->number_width;
  box->title = lp_label_measurer_fit (self->measurer, LP_LABEL_FONT_TITLE, title, room,
                                      self->options.fit, self->options.max_lines);
  if (detail != NULL)
    box->detail = lp_label_measurer_fit (self->measurer, LP_LABEL_FONT_DETAIL, detail, room,
                                         LP_LABEL_FIT_ELLIPSIZE, 1);
  text_w = box->title->width;
  if (box->detail != NULL)
    text_w = MAX (text_w, box->detail->width);
  text_w += box->number_width;
  box->label.width = text_w;
  box->label.height = text_height (self, box->title, box->detail);
  box->n_rows = rows_for_text (self, box->label.height);
  box->block.height = box->n_rows * self->row_height - self->options.row_spacing;
  if (box->placement == LP_LABEL_LEFT)
    box->label.x = box->block.x - pad - text_w;
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
  double text_w, inner, visible_x, visible_w;

  memset (item, 0, sizeof *item);
  item->seq = seq;
  box->module = module;
  box->track = track;
  lp_label_layout_number_box (self, box);
  max_w = MAX (max_w - box->number_width, max_w / 2);
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
  text_w += box->number_width;
  box->label.width = text_w;
  /* a range of its own (a page): a module outside it is left to its own
   * page, out of sight; one that starts before it is labelled within it */
  if (self->range_first != LP_DATE_NONE && (end < self->first || start > self->last))
    {
      box->block.x = box->label.x = -1e9 + (double) seq * 16;
      box->block.width = 1;
      box->label.width = 0;
      box->placement = LP_LABEL_RIGHT;
      box->n_rows = 1;
      box->block.height = self->row_height - self->options.row_spacing;
      item->x0 = box->block.x;
      item->x1 = box->block.x + 1;
      return;
    }
  visible_x = self->range_first != LP_DATE_NONE ? MAX (box->block.x, 0) : box->block.x;
  visible_w = box->block.x + box->block.width - visible_x;
  inner = visible_w - 2 * self->options.padding;
  if (text_w <= inner)
    {
      box->placement = LP_LABEL_INSIDE;
      box->label.x = visible_x + self->options.padding;
    }
  else
    {
      box->label.x = place_beside (self, visible_x, visible_w, text_w, &box->placement);
      fit_beside_to_range (self, box, title != NULL ? title : "", detail);
    }

  item->x0 = MIN (box->block.x, box->label.x);
  item->x1 = MAX (box->block.x + box->block.width, box->label.x + box->label.width);
}

/* Sorts, packs and indexes a lane whose items are made; sets its rows. */
static void
pack_lane (LpLabelLayout *self,
           Lane          *lane)
{
  guint n = lane->items->len;
  double running = -G_MAXDOUBLE;
  LpRowPacker rows;

  lp_row_packer_init (&rows);
  g_array_sort (lane->items, item_compare);
  g_free (lane->max_x1);
  lane->max_x1 = g_new (double, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      Item *item = &g_array_index (lane->items, Item, i);

      item->box.row = lp_row_packer_pack (&rows, item->x0, item->x1, item->box.n_rows, self->options.padding);
      running = MAX (running, item->x1);
      lane->max_x1[i] = running;
    }
  lane->n_rows = rows.n_rows;
  lp_row_packer_clear (&rows);
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

static double
lane_height (LpLabelLayout *self,
             const Lane    *lane)
{
  guint i = (guint) (lane - &g_array_index (self->lanes, Lane, 0));
  double least = i < self->lane_min->len ? g_array_index (self->lane_min, double, i) : 0;

  return lane->hidden ? 0 : MAX (MAX (1, lane->n_rows) * self->row_height + self->options.lane_padding, least);
}

static void
build_lanes (LpLabelLayout *self)
{
  GListModel *tracks = self->lists[1], *modules = self->lists[0];
  guint n_tracks = g_list_model_get_n_items (tracks);
  guint n_modules = g_list_model_get_n_items (modules);
  GHashTable *track_index = self->track_index;
  double y = 0;

  g_hash_table_remove_all (track_index);

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
      lane->height = lane_height (self, lane);
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
             LpPeriod        *period,
             Marker        *m)
{
  LpMarkerBox *box = &m->box;
  const char *label = lp_period_get_label (period);
  double x0 = MAX (0.0, date_x (self, lp_period_get_start (period)));
  double x1 = MIN (self->width, date_x (self, MAX (lp_period_get_end (period), lp_period_get_start (period)) + 1));

  if (x1 <= x0)
    return FALSE;

  box->kind = LP_MARKER_PERIOD;
  box->object = period;
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
  GListModel *milestones = self->lists[2], *periods = self->lists[3];
  guint n_ms = g_list_model_get_n_items (milestones);
  guint n_periods = g_list_model_get_n_items (periods);
  double running = -G_MAXDOUBLE;
  LpRowPacker rows;

  g_array_set_size (self->markers, 0);
  for (guint i = 0; i < n_periods + n_ms; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (i < n_periods ? periods : milestones,
                                                         i < n_periods ? i : i - n_periods);
      Marker m = { 0, };
      gboolean shown = i < n_periods ? make_period (self, LP_PERIOD (object), &m)
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
  lp_row_packer_init (&rows);
  for (guint i = 0; i < self->markers->len; i++)
    {
      Marker *m = &g_array_index (self->markers, Marker, i);
      LpMarkerBox *box = &m->box;
      guint k = rows_for_text (self, box->label.height);
      double row_y, row_h;

      box->row = lp_row_packer_pack (&rows, m->x0, m->x1, k, self->options.padding);
      row_y = self->options.lane_padding / 2 + box->row * self->row_height + self->options.row_spacing / 2;
      row_h = k * self->row_height - self->options.row_spacing;
      box->marker.y = row_y + (row_h - box->marker.height) / 2;
      box->label.y = row_y + (row_h - box->label.height) / 2;
      running = MAX (running, m->x1);
      self->marker_max_x1[i] = running;
    }
  self->marker_height = rows.n_rows == 0 ? 0
                        : rows.n_rows * self->row_height + self->options.lane_padding;
  lp_row_packer_clear (&rows);
}

void
lp_label_layout_build (LpLabelLayout *self)
{
  const LpLabelMetrics *metrics = lp_label_measurer_get_metrics (self->measurer);

  self->row_height = ceil (metrics->line_height[LP_LABEL_FONT_TITLE] + 2 * TEXT_V_PAD
                           + self->options.row_spacing);
  compute_range (self);
  self->width = (double) (self->last - self->first + 1) * self->scale;

  self->span_start = lp_trajectory_get_span_start (self->trajectory);
  self->span_end = lp_trajectory_get_span_end (self->trajectory);
  g_free (self->kinds_seen);
  self->kinds_seen = lp_label_layout_describe_kinds (self);

  lp_label_layout_number_modules (self);
  build_lanes (self);
  build_markers (self);
}

char *
lp_label_layout_describe_kinds (LpLabelLayout *self)
{
  GListModel *kinds = lp_trajectory_get_kinds (self->trajectory);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(LpKind) kind = g_list_model_get_item (kinds, i);
      const char *name = lp_kind_get_name (kind);

      g_string_append_printf (out, "%s\x1f%s\x1e", lp_kind_get_id (kind), name != NULL ? name : "");
    }
  return g_string_free (out, FALSE);
}

/* Takes the dirty modules' items out of their lanes (marking those lanes)
 * and returns their file order; FALSE when a dirty module has no item
 * (it was in a hidden lane, or is new). */
static gboolean
take_out_dirty (LpLabelLayout *self,
                GHashTable    *seqs,
                gboolean      *lane_dirty)
{
  GHashTableIter iter;
  gpointer module;

  g_hash_table_iter_init (&iter, self->dirty);
  while (g_hash_table_iter_next (&iter, &module, NULL))
    {
      Item *item = g_hash_table_lookup (self->boxes, module);

      if (item == NULL)
        return FALSE;
      g_hash_table_insert (seqs, module, GUINT_TO_POINTER (item->seq));
      lane_dirty[item->box.track] = TRUE;
      item->box.module = NULL;   /* removed below */
      g_hash_table_remove (self->boxes, module);
    }
  return TRUE;
}

gboolean
lp_label_layout_build_partial (LpLabelLayout *self)
{
  g_autofree gboolean *lane_dirty = g_new0 (gboolean, MAX (self->lanes->len, 1));
  g_autoptr(GHashTable) seqs = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer module, seq;
  double y = 0;

  /* every module must still have a lane that is shown */
  g_hash_table_iter_init (&iter, self->dirty);
  while (g_hash_table_iter_next (&iter, &module, NULL))
    {
      guint li = GPOINTER_TO_UINT (g_hash_table_lookup (self->track_index, lp_module_get_track (module)));

      if (li == 0 || li > self->lanes->len || g_array_index (self->lanes, Lane, li - 1).hidden)
        return FALSE;
    }
  if (!take_out_dirty (self, seqs, lane_dirty))
    return FALSE;

  for (guint i = 0; i < self->lanes->len; i++)
    if (lane_dirty[i])
      {
        GArray *items = g_array_index (self->lanes, Lane, i).items;

        for (guint j = items->len; j > 0; j--)
          if (g_array_index (items, Item, j - 1).box.module == NULL)
            g_array_remove_index (items, j - 1);
      }

  g_hash_table_iter_init (&iter, seqs);
  while (g_hash_table_iter_next (&iter, &module, &seq))
    {
      guint li = GPOINTER_TO_UINT (g_hash_table_lookup (self->track_index, lp_module_get_track (module))) - 1;
      Item item;

      make_item (self, module, li, GPOINTER_TO_UINT (seq), &item);
      g_array_append_val (g_array_index (self->lanes, Lane, li).items, item);
      lane_dirty[li] = TRUE;
    }

  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = &g_array_index (self->lanes, Lane, i);
      double dy = y - lane->y;

      if (lane_dirty[i])
        {
          pack_lane (self, lane);
          lane->y = y;
          lane->height = lane_height (self, lane);
          place_lane_rows (self, lane);
        }
      else if (dy != 0)
        {
          lane->y = y;
          for (guint j = 0; j < lane->items->len; j++)
            {
              Item *item = &g_array_index (lane->items, Item, j);

              item->box.block.y += dy;
              item->box.label.y += dy;
            }
        }
      y += lane->height;
    }
  self->height = y;

  build_markers (self);
  return TRUE;
}
