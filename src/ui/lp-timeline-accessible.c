/* lp-timeline-accessible.c — the timeline's items for assistive technologies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "core/lp-comment-edit.h"
#include "lp-timeline-accessible.h"
#include "lp-timeline-block.h"

#define MAX_BLOCKS  400   /* blocks in view that get a child */
#define MAX_MARKERS 200   /* milestones and periods that get a child */

struct _LpTimelineAccessible
{
  GtkWidget *view;      /* borrowed: it owns this */
  GPtrArray *lanes;     /* LpTimelineBlock, in this order among the view's children */
  GPtrArray *markers;
  GPtrArray *blocks;
};

LpTimelineAccessible *
lp_timeline_accessible_new (GtkWidget *view)
{
  LpTimelineAccessible *self = g_new0 (LpTimelineAccessible, 1);

  self->view = view;
  self->lanes = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_widget_unparent);
  self->markers = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_widget_unparent);
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_widget_unparent);
  return self;
}

void
lp_timeline_accessible_free (LpTimelineAccessible *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->lanes);
  g_ptr_array_unref (self->markers);
  g_ptr_array_unref (self->blocks);
  g_free (self);
}

/* Grows or shrinks a pool to n children, keeping the pools in order among
 * the view's children: new ones go after the last of this pool, else after
 * the last child of the pools before it. */
static void
resize_pool (LpTimelineAccessible *self,
             GPtrArray            *pool,
             guint                 n,
             GtkAccessibleRole     role)
{
  GPtrArray *pools[] = { self->lanes, self->markers, self->blocks };

  if (pool->len > n)
    g_ptr_array_remove_range (pool, n, pool->len - n);
  while (pool->len < n)
    {
      GtkWidget *after = NULL;
      GtkWidget *child = lp_timeline_block_new_for_role (role);

      for (guint i = 0; i < G_N_ELEMENTS (pools) && pools[i] != pool; i++)
        if (pools[i]->len > 0)
          after = g_ptr_array_index (pools[i], pools[i]->len - 1);
      if (pool->len > 0)
        after = g_ptr_array_index (pool, pool->len - 1);
      gtk_widget_insert_after (child, self->view, after);
      gtk_widget_set_child_visible (child, FALSE);
      gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      g_ptr_array_add (pool, child);
    }
}

void
lp_timeline_accessible_sync (LpTimelineAccessible *self,
                             LpTrajectory         *trajectory)
{
  guint lanes = 0, markers = 0, blocks = 0;

  if (trajectory != NULL)
    {
      lanes = g_list_model_get_n_items (lp_trajectory_get_tracks (trajectory));
      markers = g_list_model_get_n_items (lp_trajectory_get_milestones (trajectory))
                + g_list_model_get_n_items (lp_trajectory_get_periods (trajectory));
      blocks = g_list_model_get_n_items (lp_trajectory_get_modules (trajectory));
    }
  resize_pool (self, self->lanes, lanes, GTK_ACCESSIBLE_ROLE_GROUP);
  resize_pool (self, self->markers, MIN (markers, MAX_MARKERS), GTK_ACCESSIBLE_ROLE_IMG);
  resize_pool (self, self->blocks, MIN (blocks, MAX_BLOCKS), GTK_ACCESSIBLE_ROLE_BUTTON);
}

/* ---- names ---- */

static char *
dates_text (LpDate start,
            LpDate end)
{
  g_autofree char *first = lp_date_format_display (start);
  g_autofree char *last = NULL;

  if (start == end)
    return g_steal_pointer (&first);
  last = lp_date_format_display (end);
  /* TRANSLATORS: a span of dates for screen readers: first – last */
  return g_strdup_printf (_("%s – %s"), first, last);
}

char *
lp_timeline_accessible_block_label (LpTrajectory *trajectory,
                                    LpModule     *module)
{
  g_autofree char *dates = dates_text (lp_module_get_start (module), lp_module_get_end (module));
  LpTrack *track = lp_module_get_track (module);
  LpKind *kind = lp_trajectory_get_module_kind (trajectory, module);
  guint open = lp_module_count_open_comments (module);
  g_autofree char *label = NULL;

  /* TRANSLATORS: accessible name of a block on the timeline:
   * title, dates, lane, kind, status */
  label = g_strdup_printf (_("%s, %s, %s, %s, %s"),
                           lp_trajectory_get_module_title (trajectory, module), dates,
                           track ? lp_track_get_name (track) : "",
                           kind ? lp_kind_get_name (kind) : lp_module_get_kind_id (module),
                           lp_status_get_label (lp_module_get_status (module)));
  if (open == 0)
    return g_steal_pointer (&label);
  /* TRANSLATORS: the block's name, then its badge: "…, 2 open comments" */
  return g_strdup_printf (ngettext ("%s, %u open comment", "%s, %u open comments", open), label, open);
}

char *
lp_timeline_accessible_cursor_label (LpTrajectory *trajectory,
                                     int           track,
                                     LpDate        date)
{
  GListModel *tracks = lp_trajectory_get_tracks (trajectory);
  g_autoptr(LpTrack) lane = NULL;
  g_autofree char *day = lp_date_format_display (date);

  if (track < 0 || (guint) track >= g_list_model_get_n_items (tracks))
    return g_steal_pointer (&day);
  lane = g_list_model_get_item (tracks, (guint) track);
  /* TRANSLATORS: the keyboard cursor on the timeline, for screen readers: lane, date */
  return g_strdup_printf (_("%s, %s"), lp_track_get_name (lane), day);
}

/* ---- placing ---- */

/* Shows child over the rectangle (widget coordinates) clipped to clip, or
 * hides it when nothing of it is left. */
static void
place (GtkWidget    *child,
       gpointer      item,
       const char   *label,
       const char   *description,
       double        x0,
       double        y0,
       double        x1,
       double        y1,
       const LpRect *clip)
{
  x0 = MAX (x0, clip->x);
  y0 = MAX (y0, clip->y);
  x1 = MIN (x1, clip->x + clip->width);
  y1 = MIN (y1, clip->y + clip->height);
  if (item == NULL || x1 <= x0 || y1 <= y0)
    {
      lp_timeline_block_set_item (LP_TIMELINE_BLOCK (child), NULL, NULL, NULL);
      gtk_widget_set_child_visible (child, FALSE);
      /* a spare child stands for nothing: not in the accessible tree */
      gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      return;
    }
  lp_timeline_block_set_item (LP_TIMELINE_BLOCK (child), item, label, description);
  gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN, FALSE, -1);
  gtk_widget_set_child_visible (child, TRUE);
  gtk_widget_size_allocate (child,
                            &(GtkAllocation) { (int) x0, (int) y0,
                                               MAX (1, (int) (x1 - x0)), MAX (1, (int) (y1 - y0)) },
                            -1);
}

static void
allocate_lanes (LpTimelineAccessible     *self,
                LpTrajectory             *trajectory,
                LpTimelineLayout         *layout,
                const LpTimelineViewport *vp)
{
  GListModel *tracks = lp_trajectory_get_tracks (trajectory);
  LpRect clip = { 0, vp->header, vp->name_column, vp->height - vp->header };

  for (guint i = 0; i < self->lanes->len; i++)
    {
      g_autoptr(LpTrack) track = i < g_list_model_get_n_items (tracks) ? g_list_model_get_item (tracks, i) : NULL;
      double ly = 0, lh = 0;

      if (track == NULL || !lp_timeline_layout_get_lane (layout, i, &ly, &lh))
        {
          place (g_ptr_array_index (self->lanes, i), NULL, NULL, NULL, 0, 0, 0, 0, &clip);
          continue;
        }
      place (g_ptr_array_index (self->lanes, i), track, lp_track_get_name (track),
             lp_track_group_get_label (lp_track_get_group (track)),
             0, vp->header + ly - vp->scroll_y, vp->name_column, vp->header + ly + lh - vp->scroll_y, &clip);
    }
}

static void
allocate_markers (LpTimelineAccessible     *self,
                  LpTrajectory             *trajectory,
                  LpTimelineLayout         *layout,
                  const LpTimelineViewport *vp)
{
  GListModel *milestones = lp_trajectory_get_milestones (trajectory);
  GListModel *periods = lp_trajectory_get_periods (trajectory);
  guint n_milestones = g_list_model_get_n_items (milestones);
  double scale = lp_timeline_layout_get_scale (layout);
  double dx = vp->name_column - vp->scroll_x;
  LpRect clip = { vp->name_column, vp->header, vp->width - vp->name_column, vp->height - vp->header };

  for (guint i = 0; i < self->markers->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->markers, i);
      g_autofree char *label = NULL;
      g_autofree char *dates = NULL;
      LpDate start, end;
      const char *name, *kind;
      gpointer item;

      if (i < n_milestones)
        {
          g_autoptr(LpMilestone) e = g_list_model_get_item (milestones, i);

          start = end = lp_milestone_get_date (e);
          name = lp_milestone_get_label (e);
          kind = lp_milestone_kind_get_label (lp_milestone_get_kind (e));
          item = e;
        }
      else
        {
          g_autoptr(LpPeriod) b = g_list_model_get_item (periods, i - n_milestones);

          if (b == NULL)
            {
              place (child, NULL, NULL, NULL, 0, 0, 0, 0, &clip);
              continue;
            }
          start = lp_period_get_start (b);
          end = lp_period_get_end (b);
          name = lp_period_get_label (b);
          kind = lp_period_kind_get_label (lp_period_get_kind (b));
          item = b;
        }
      dates = dates_text (start, end);
      /* TRANSLATORS: accessible name of a milestone or period: name, date(s) */
      label = g_strdup_printf (_("%s, %s"), name, dates);
      /* the trajectory keeps the item alive: the references taken above are gone */
      place (child, item, label, kind,
             dx + lp_timeline_layout_date_to_x (layout, start), vp->header,
             dx + lp_timeline_layout_date_to_x (layout, end) + MAX (scale, 2), vp->height, &clip);
    }
}

static void
allocate_blocks (LpTimelineAccessible     *self,
                 LpTrajectory             *trajectory,
                 LpTimelineLayout         *layout,
                 const LpTimelineViewport *vp)
{
  g_autoptr(GArray) blocks = NULL;
  LpRect visible = { vp->scroll_x, vp->scroll_y,
                     MAX (0, vp->width - vp->name_column), MAX (0, vp->height - vp->header) };
  LpRect clip = { vp->name_column, vp->header, visible.width, visible.height };
  double dx = vp->name_column - vp->scroll_x, dy = vp->header - vp->scroll_y;
  guint n = 0;

  if (visible.width > 0 && visible.height > 0)
    {
      blocks = lp_timeline_layout_query (layout, &visible);
      n = blocks->len;
    }
  for (guint i = 0; i < self->blocks->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->blocks, i);
      const LpBlock *b;
      LpRect extent;
      g_autofree char *label = NULL;

      if (i >= n)
        {
          place (child, NULL, NULL, NULL, 0, 0, 0, 0, &clip);
          continue;
        }
      b = &g_array_index (blocks, LpBlock, i);
      /* the block with its label, named with the whole title */
      if (!lp_timeline_layout_get_extent (layout, b->module, &extent))
        extent = b->rect;
      label = lp_timeline_accessible_block_label (trajectory, b->module);
      place (child, b->module, label, NULL,
             dx + extent.x, dy + extent.y,
             dx + extent.x + extent.width, dy + extent.y + extent.height, &clip);
    }
}

void
lp_timeline_accessible_allocate (LpTimelineAccessible     *self,
                                 LpTrajectory             *trajectory,
                                 LpTimelineLayout         *layout,
                                 const LpTimelineViewport *viewport)
{
  if (trajectory == NULL || layout == NULL)
    {
      LpRect none = { 0, 0, 0, 0 };
      GPtrArray *pools[] = { self->lanes, self->markers, self->blocks };

      for (guint p = 0; p < G_N_ELEMENTS (pools); p++)
        for (guint i = 0; i < pools[p]->len; i++)
          place (g_ptr_array_index (pools[p], i), NULL, NULL, NULL, 0, 0, 0, 0, &none);
      return;
    }
  allocate_lanes (self, trajectory, layout, viewport);
  allocate_markers (self, trajectory, layout, viewport);
  allocate_blocks (self, trajectory, layout, viewport);
}
