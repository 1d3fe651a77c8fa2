/* lp-painter-series.c — members of a series linked on the timeline: a thin
 * line in the module's colour from each member's block to the next member's,
 * where both are in the same lane and row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Render"

#include "config.h"

#include <math.h>

#include "core/lp-series.h"
#include "lp-timeline-painter-private.h"

/* the line's width in pixels */
#define LINK_WIDTH 2.0

static void
add_pairs (gpointer key,
           gpointer value,
           gpointer user_data)
{
  GPtrArray *members = value;
  GPtrArray *links = user_data;

  lp_series_sort_by_start (members);
  for (guint i = 0; i + 1 < members->len; i++)
    {
      g_ptr_array_add (links, g_ptr_array_index (members, i));
      g_ptr_array_add (links, g_ptr_array_index (members, i + 1));
    }
}

/* Pairs (a, b) of modules, b the next member of a's series by start date;
 * borrowed from the trajectory, made again after any change of it. */
static GPtrArray *
series_links (LpTimelinePainter *self)
{
  g_autoptr(GHashTable) series = NULL;
  GListModel *modules;

  if (self->series_links != NULL)
    return self->series_links;

  series = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  modules = lp_trajectory_get_modules (self->trajectory);
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      const char *id = lp_module_get_series (m);
      GPtrArray *members;

      if (id == NULL)
        continue;
      members = g_hash_table_lookup (series, id);
      if (members == NULL)
        {
          members = g_ptr_array_new ();
          g_hash_table_insert (series, (gpointer) id, members);
        }
      g_ptr_array_add (members, m);
    }
  self->series_links = g_ptr_array_new ();
  g_hash_table_foreach (series, add_pairs, self->series_links);
  return self->series_links;
}

void
lp_painter_forget_series (LpTimelinePainter *self)
{
  g_clear_pointer (&self->series_links, g_ptr_array_unref);
}

static void
draw_link (LpTimelinePainter *self,
           cairo_t           *cr,
           const LpBlock     *a,
           const LpBlock     *b)
{
  LpKind *kind = lp_trajectory_get_module_kind (self->trajectory, a->module);
  double rgb[3];
  double y = round (a->rect.y + a->rect.height / 2);

  lp_kind_get_rgb (kind, rgb);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_set_line_width (cr, LINK_WIDTH);
  cairo_move_to (cr, a->rect.x + a->rect.width, y);
  cairo_line_to (cr, b->rect.x, y);
  cairo_stroke (cr);
}

/* Under the blocks: each link whose line crosses the visible rectangle. */
void
lp_painter_draw_series_links (LpTimelinePainter  *self,
                              cairo_t            *cr,
                              const LpRect       *visible,
                              const LpPaintState *state)
{
  GPtrArray *links;

  if (self->trajectory == NULL)
    return;
  links = series_links (self);
  cairo_save (cr);
  for (guint i = 0; i + 1 < links->len; i += 2)
    {
      LpBlock a, b;

      if (!lp_timeline_layout_get_block (self->layout, g_ptr_array_index (links, i), &a) ||
          !lp_timeline_layout_get_block (self->layout, g_ptr_array_index (links, i + 1), &b))
        continue;
      if (a.track != b.track || a.row != b.row || b.rect.x <= a.rect.x + a.rect.width)
        continue;
      if (is_print (state) && lp_painter_track_hidden (self, state, a.track))
        continue;
      if (b.rect.x < visible->x || a.rect.x + a.rect.width > visible->x + visible->width ||
          a.rect.y + a.rect.height < visible->y || a.rect.y > visible->y + visible->height)
        continue;
      draw_link (self, cr, &a, &b);
    }
  cairo_restore (cr);
}
