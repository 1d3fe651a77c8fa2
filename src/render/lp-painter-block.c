/* lp-painter-block.c — module blocks: labels, decorations, selection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Render"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "lp-timeline-painter-private.h"

/* The cached labels of one block. */
typedef struct {
  char        *title;        /* text the layout holds */
  PangoLayout *title_layout;
  int          title_width;  /* Pango units, the ellipsize width */
  PangoLayout *sub_layout;   /* dates / times; NULL until needed */
  LpDate       sub_start, sub_end;
  int          sub_start_time, sub_end_time;
  int          sub_width;
} LabelCache;

/* ---- static helpers ---- */

void
lp_painter_label_cache_free (gpointer data)
{
  LabelCache *lc = data;

  g_free (lc->title);
  g_clear_object (&lc->title_layout);
  g_clear_object (&lc->sub_layout);
  g_free (lc);
}

static char *
format_day (LpDate date)
{
  guint d, m, y;

  lp_date_to_dmy (date, &d, &m, &y);
  /* Translators: a day on a timeline block: day number, abbreviated month */
  return g_strdup_printf (C_("block date", "%u %s"), d, lp_timeline_month_name (m, TRUE));
}

static char *
format_block_dates (LpModule *module)
{
  LpDate start = lp_module_get_start (module);
  LpDate end = lp_module_get_end (module);
  int st = lp_module_get_start_time (module);
  int et = lp_module_get_end_time (module);
  g_autofree char *from = format_day (start);
  g_autofree char *dates = NULL;

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

static LabelCache *
get_labels (LpTimelinePainter *self,
            LpModule          *module,
            double             text_width,
            gboolean           want_sub)
{
  LabelCache *lc = g_hash_table_lookup (self->labels, module);
  const char *title = lp_trajectory_get_module_title (self->trajectory, module);
  int width = (int) (text_width * PANGO_SCALE);

  if (title == NULL)
    title = "";

  if (lc == NULL)
    {
      if (g_hash_table_size (self->labels) >= MAX_CACHED)
        g_hash_table_remove_all (self->labels);
      lc = g_new0 (LabelCache, 1);
      lc->title_layout = pango_layout_new (self->context);
      pango_layout_set_font_description (lc->title_layout, self->font);
      pango_layout_set_ellipsize (lc->title_layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (lc->title_layout, TRUE);
      lc->title_width = -2;
      g_hash_table_insert (self->labels, module, lc);
    }

  if (lc->title == NULL || strcmp (lc->title, title) != 0)
    {
      g_free (lc->title);
      lc->title = g_strdup (title);
      pango_layout_set_text (lc->title_layout, title, -1);
    }
  if (lc->title_width != width)
    {
      lc->title_width = width;
      pango_layout_set_width (lc->title_layout, width);
    }

  if (want_sub)
    {
      LpDate s = lp_module_get_start (module), e = lp_module_get_end (module);
      int st = lp_module_get_start_time (module), et = lp_module_get_end_time (module);

      if (lc->sub_layout == NULL)
        {
          lc->sub_layout = pango_layout_new (self->context);
          pango_layout_set_font_description (lc->sub_layout, self->font_small);
          pango_layout_set_ellipsize (lc->sub_layout, PANGO_ELLIPSIZE_END);
          pango_layout_set_single_paragraph_mode (lc->sub_layout, TRUE);
          lc->sub_width = -2;
          lc->sub_start = LP_DATE_NONE;
        }
      if (lc->sub_start != s || lc->sub_end != e
          || lc->sub_start_time != st || lc->sub_end_time != et)
        {
          g_autofree char *text = format_block_dates (module);

          pango_layout_set_text (lc->sub_layout, text, -1);
          lc->sub_start = s;
          lc->sub_end = e;
          lc->sub_start_time = st;
          lc->sub_end_time = et;
        }
      if (lc->sub_width != width)
        {
          lc->sub_width = width;
          pango_layout_set_width (lc->sub_layout, width);
        }
    }

  return lc;
}

void
lp_painter_prepare_block (LpTimelinePainter *self,
                          const Palette     *pal,
                          const LpBlock     *block,
                          PreparedBlock     *pb)
{
  LpKind *kind = lp_trajectory_get_module_kind (self->trajectory, block->module);
  double rgb[3];

  lp_kind_get_rgb (kind, rgb);
  lp_painter_block_style (pal, rgb, lp_module_get_status (block->module), &pb->st);
  pb->block = block;

  /* a one-pixel gap between touching blocks, snapped to whole units */
  pb->x = round (block->rect.x) + 1;
  pb->w = round (block->rect.x + block->rect.width) - 1 - pb->x;
  pb->y = round (block->rect.y);
  pb->h = round (block->rect.y + block->rect.height) - pb->y;
  if (pb->w < 1)
    pb->w = 1;
}

/* Labels and check marks of a block whose shape is drawn. */
void
lp_painter_draw_block_decorations (LpTimelinePainter   *self,
                                   cairo_t             *cr,
                                   const Palette       *pal,
                                   const PreparedBlock *pb,
                                   const LpRect        *visible,
                                   const LpPaintState  *state)
{
  const LpBlock *block = pb->block;
  BlockStyle st = pb->st;
  double x = pb->x, y = pb->y, w = pb->w, h = pb->h;
  double text_x, text_w, check_size;
  gboolean two_lines;

  /* labels: skip entirely when there is no room for even an ellipsis.
   * A block that starts left of the view keeps its title in view. */
  check_size = MIN (12.0, h - 6);
  text_x = MAX (x, floor (visible->x)) + BLOCK_PAD_X;
  text_w = x + w - BLOCK_PAD_X - text_x - (st.checks ? CHECK_SPACE + (st.checks - 1) * 5 : 0);
  if (text_w < 20 || h < self->line_height * 0.75)
    {
      /* still show a done mark on narrow blocks when it fits */
      if (st.checks && w >= check_size + 4 && check_size >= 6)
        {
          guint checks = w >= check_size * 1.5 + 4 ? st.checks : 1;
          double cx = x + (w - check_size) / 2 + (checks > 1 ? check_size * 0.21 : 0);

          lp_painter_draw_checks (cr, st.text, checks, cx, y + (h - check_size) / 2, check_size);
        }
      return;
    }

  two_lines = h >= self->line_height + self->small_line_height + 4;

  {
    LabelCache *lc = get_labels (self, block->module, text_w, two_lines);
    double ty;
    gboolean clip = h < self->line_height + 2;

    if (clip)
      {
        cairo_save (cr);
        cairo_rectangle (cr, x, y, w, h);
        cairo_clip (cr);
      }

    cairo_set_source_rgb (cr, st.text[0], st.text[1], st.text[2]);
    if (two_lines)
      {
        double total = self->line_height + self->small_line_height;
        ty = y + (h - total) / 2;
        show_layout_at (cr, lc->title_layout, text_x, ty);
        cairo_set_source_rgba (cr, st.text[0], st.text[1], st.text[2], 0.78);
        show_layout_at (cr, lc->sub_layout, text_x, ty + self->line_height);
      }
    else
      {
        ty = y + (h - self->line_height) / 2;
        show_layout_at (cr, lc->title_layout, text_x, ty);
      }

    if (clip)
      cairo_restore (cr);

    if (st.checks && check_size >= 6)
      lp_painter_draw_checks (cr, st.text, st.checks,
                   x + w - BLOCK_PAD_X - check_size + 2,
                   two_lines ? y + 4 : y + (h - check_size) / 2,
                   check_size);
  }
}

/* Selection outline and focus ring, over the blocks around (screen only). */
void
lp_painter_draw_block_rings (LpTimelinePainter  *self,
                             cairo_t            *cr,
                             const Palette      *pal,
                             const LpRect       *visible,
                             const LpPaintState *state)
{
  LpBlock block;
  PreparedBlock pb;

  if (state->selected != NULL
      && lp_timeline_layout_get_block (self->layout, state->selected, &block))
    {
      lp_painter_prepare_block (self, pal, &block, &pb);
      cairo_set_source_rgb (cr, pal->selected.r, pal->selected.g, pal->selected.b);
      cairo_set_line_width (cr, 2.5);
      lp_painter_rounded_rect (cr, pb.x - 1.25, pb.y - 1.25, pb.w + 2.5, pb.h + 2.5, BLOCK_RADIUS + 1);
      cairo_stroke (cr);
    }

  if (state->focused != NULL
      && lp_timeline_layout_get_block (self->layout, state->focused, &block))
    {
      lp_painter_prepare_block (self, pal, &block, &pb);
      cairo_set_source_rgba (cr, pal->accent.r, pal->accent.g, pal->accent.b, 0.6);
      cairo_set_line_width (cr, 2.0);
      lp_painter_rounded_rect (cr, pb.x - 3.5, pb.y - 3.5, pb.w + 7, pb.h + 7, BLOCK_RADIUS + 3);
      cairo_stroke (cr);
    }
}
