/* lp-comparison.c — the timeline compared with an earlier version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <math.h>

#include "lp-comparison.h"

#define GHOST_DASH   4.0
#define MARK_RADIUS  5.0
#define MIN_GHOST_W  6.0

struct _LpComparison
{
  GObject         parent_instance;

  LpTimelineView *view;
  LpTrajectory   *baseline;
  char           *since;
  LpTrajectory   *shown;      /* the view's trajectory we follow */
  GPtrArray      *changes;
  gboolean        drawing;
};

G_DEFINE_FINAL_TYPE (LpComparison, lp_comparison, G_TYPE_OBJECT)

enum { SIGNAL_CHANGES_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Without a trajectory (the view is going away) the list is left empty
 * and nobody is told. */
static void
recompute (LpComparison *self)
{
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  if (self->shown == NULL)
    {
      self->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_change_free);
      return;
    }
  self->changes = lp_changes_compare (self->baseline, self->shown);
  gtk_widget_queue_draw (GTK_WIDGET (self->view));
  g_signal_emit (self, signals[SIGNAL_CHANGES_CHANGED], 0);
}

static void
on_trajectory_changed_cb (LpComparison *self)
{
  recompute (self);
}

static void
follow_trajectory (LpComparison *self)
{
  LpTrajectory *now = lp_timeline_view_get_trajectory (self->view);

  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_data (self->shown, self);
  g_set_object (&self->shown, now);
  if (now != NULL)
    g_signal_connect_swapped (now, "changed", G_CALLBACK (on_trajectory_changed_cb), self);
  recompute (self);
}

/* ---- drawing ---- */

static const LpChange *
find_module_change (LpComparison *self,
                    const char   *id,
                    gboolean      place)
{
  for (guint i = 0; i < self->changes->len; i++)
    {
      const LpChange *c = self->changes->pdata[i];

      if (c->item_type == LP_TYPE_MODULE && g_strcmp0 (c->id, id) == 0 &&
          (!place || c->action == LP_CHANGE_MOVED || c->action == LP_CHANGE_REMOVED))
        return c;
    }
  return NULL;
}

static gboolean
ghost_rect (LpComparison   *self,
            const LpChange *c,
            LpRect         *out)
{
  LpTimelineLayout *layout = lp_timeline_view_get_layout (self->view);
  LpTrack *track = c->old_track_id != NULL ? lp_trajectory_lookup_track (self->shown, c->old_track_id) : NULL;
  LpModule *module = lp_trajectory_lookup_module (self->shown, c->id);
  double ly, lh, row = layout != NULL ? lp_timeline_layout_get_row_height (layout) : 0;
  LpBlock block;
  int index;

  if (track == NULL || layout == NULL)
    return FALSE;
  index = lp_trajectory_get_track_index (self->shown, track);
  if (index < 0 || !lp_timeline_layout_get_lane (layout, (guint) index, &ly, &lh))
    return FALSE;
  out->x = lp_timeline_layout_date_to_x (layout, c->old_start);
  out->width = MAX (lp_timeline_layout_date_to_x (layout, c->old_end + 1) - out->x, MIN_GHOST_W);
  out->y = ly + 2;
  out->height = MAX (MIN (row - 4, lh - 4), 4);
  if (module != NULL && lp_timeline_layout_get_block (layout, module, &block))
    {
      double by, bh;

      out->height = block.rect.height;
      if (lp_timeline_layout_get_lane (layout, block.track, &by, &bh) &&
          block.rect.y - by + block.rect.height <= lh)
        out->y = ly + (block.rect.y - by);
    }
  return TRUE;
}

static void
draw_ghost (cairo_t      *cr,
            const LpRect *r,
            gboolean      removed)
{
  const double dash[] = { GHOST_DASH, GHOST_DASH };

  cairo_save (cr);
  cairo_rectangle (cr, r->x + 0.5, r->y + 0.5, r->width - 1, r->height - 1);
  cairo_set_source_rgba (cr, 0.45, 0.45, 0.5, 0.18);
  cairo_fill_preserve (cr);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_set_line_width (cr, 1.5);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.4);
  cairo_stroke (cr);
  if (removed)
    {
      double cx = r->x + r->width / 2, cy = r->y + r->height / 2, s = MIN (r->height, r->width) / 4;

      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_source_rgb (cr, 0.75, 0.11, 0.16);
      cairo_set_line_width (cr, 2);
      cairo_move_to (cr, cx - s, cy - s);
      cairo_line_to (cr, cx + s, cy + s);
      cairo_move_to (cr, cx + s, cy - s);
      cairo_line_to (cr, cx - s, cy + s);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

/* A line from the ghost's middle to the block's, with an arrow head. */
static void
draw_move_line (cairo_t      *cr,
                const LpRect *from,
                const LpRect *to)
{
  double x0 = from->x + from->width / 2, y0 = from->y + from->height / 2;
  double x1 = to->x + to->width / 2, y1 = to->y + to->height / 2;
  double angle = atan2 (y1 - y0, x1 - x0);

  if (hypot (x1 - x0, y1 - y0) < 1)
    return;
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.11, 0.44, 0.85);
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
  cairo_move_to (cr, x1, y1);
  cairo_line_to (cr, x1 - 8 * cos (angle - 0.4), y1 - 8 * sin (angle - 0.4));
  cairo_line_to (cr, x1 - 8 * cos (angle + 0.4), y1 - 8 * sin (angle + 0.4));
  cairo_close_path (cr);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* "+" in a green disc for an added block, an orange dot for an edited one. */
static void
draw_mark (cairo_t      *cr,
           const LpRect *block,
           gboolean      added)
{
  double x = added ? block->x : block->x + block->width, y = block->y;

  cairo_save (cr);
  cairo_arc (cr, x, y, MARK_RADIUS, 0, 2 * G_PI);
  if (added)
    cairo_set_source_rgb (cr, 0.15, 0.64, 0.25);
  else
    cairo_set_source_rgb (cr, 0.90, 0.50, 0.05);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  if (added)
    {
      cairo_set_line_width (cr, 1.5);
      cairo_move_to (cr, x - 3, y);
      cairo_line_to (cr, x + 3, y);
      cairo_move_to (cr, x, y - 3);
      cairo_line_to (cr, x, y + 3);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static void
draw_change (LpComparison   *self,
             cairo_t        *cr,
             const LpChange *c,
             const LpChange *previous)
{
  LpTimelineLayout *layout = lp_timeline_view_get_layout (self->view);
  LpModule *module = lp_trajectory_lookup_module (self->shown, c->id);
  LpBlock block;
  LpRect ghost;
  gboolean has_block = module != NULL && lp_timeline_layout_get_block (layout, module, &block);

  if (c->action == LP_CHANGE_REMOVED || c->action == LP_CHANGE_MOVED)
    {
      if (ghost_rect (self, c, &ghost))
        {
          draw_ghost (cr, &ghost, c->action == LP_CHANGE_REMOVED);
          if (has_block)
            draw_move_line (cr, &ghost, &block.rect);
        }
    }
  else if (has_block && c->action == LP_CHANGE_ADDED)
    draw_mark (cr, &block.rect, TRUE);
  /* one dot per edited module, however many fields changed */
  else if (has_block && c->action == LP_CHANGE_EDITED &&
           !(previous != NULL && previous->action == LP_CHANGE_EDITED && g_strcmp0 (previous->id, c->id) == 0))
    draw_mark (cr, &block.rect, FALSE);
}

static void
draw_overlay (LpTimelineView *view,
              cairo_t        *cr,
              gpointer        data)
{
  LpComparison *self = data;
  const LpChange *previous = NULL;

  if (self->shown == NULL || lp_timeline_view_get_layout (view) == NULL)
    return;
  for (guint i = 0; i < self->changes->len; i++)
    {
      const LpChange *c = self->changes->pdata[i];

      if (c->item_type != LP_TYPE_MODULE)
        continue;
      draw_change (self, cr, c, previous);
      previous = c;
    }
}

/* ---- public ---- */

LpTrajectory *
lp_comparison_get_baseline (LpComparison *self)
{
  g_return_val_if_fail (LP_IS_COMPARISON (self), NULL);
  return self->baseline;
}

const char *
lp_comparison_get_since (LpComparison *self)
{
  g_return_val_if_fail (LP_IS_COMPARISON (self), NULL);
  return self->since;
}

GPtrArray *
lp_comparison_get_changes (LpComparison *self)
{
  g_return_val_if_fail (LP_IS_COMPARISON (self), NULL);
  return self->changes;
}

gboolean
lp_comparison_get_ghost (LpComparison *self,
                         const char   *module_id,
                         LpRect       *out)
{
  const LpChange *c;

  g_return_val_if_fail (LP_IS_COMPARISON (self), FALSE);
  c = find_module_change (self, module_id, TRUE);
  return c != NULL && self->shown != NULL && ghost_rect (self, c, out);
}

void
lp_comparison_stop (LpComparison *self)
{
  g_return_if_fail (LP_IS_COMPARISON (self));
  if (!self->drawing)
    return;
  self->drawing = FALSE;
  lp_timeline_view_set_overlay (self->view, NULL, NULL, NULL);
}

static void
lp_comparison_dispose (GObject *object)
{
  LpComparison *self = LP_COMPARISON (object);

  if (self->view != NULL)
    {
      lp_comparison_stop (self);
      g_signal_handlers_disconnect_by_data (self->view, self);
    }
  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_data (self->shown, self);
  g_clear_object (&self->shown);
  g_clear_object (&self->view);
  g_clear_object (&self->baseline);
  g_clear_pointer (&self->since, g_free);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  G_OBJECT_CLASS (lp_comparison_parent_class)->dispose (object);
}

static void
lp_comparison_class_init (LpComparisonClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = lp_comparison_dispose;
  signals[SIGNAL_CHANGES_CHANGED] =
    g_signal_new ("changes-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
lp_comparison_init (LpComparison *self)
{
}

LpComparison *
lp_comparison_new (LpTimelineView *view,
                   LpTrajectory   *baseline,
                   const char     *since)
{
  LpComparison *self;

  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (view), NULL);
  g_return_val_if_fail (LP_IS_TRAJECTORY (baseline), NULL);

  self = g_object_new (LP_TYPE_COMPARISON, NULL);
  self->view = g_object_ref (view);
  self->baseline = g_object_ref (baseline);
  self->since = g_strdup (since);
  g_signal_connect_swapped (view, "notify::trajectory", G_CALLBACK (follow_trajectory), self);
  follow_trajectory (self);
  self->drawing = TRUE;
  lp_timeline_view_set_overlay (view, draw_overlay, self, NULL);
  return self;
}
