/* lp-painter-block.c — module blocks: shape, label, selection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Blocks and their labels come from the label layout (LpLabelLayout): the
 * label's lines are drawn at the label box as measured, with no Pango width
 * or ellipsizing of their own, so what is drawn is exactly what was packed.
 * A label inside its block takes the on-block text colour, one beside it
 * the normal text colour.  PangoLayouts of label lines are kept per text.
 */
#define G_LOG_DOMAIN "Leerplaats-Render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "lp-timeline-painter-private.h"

/* A PangoLayout holding one line of text in font, kept across frames. */
PangoLayout *
lp_painter_text_layout (LpTimelinePainter          *self,
                        const PangoFontDescription *font,
                        gboolean                    detail,
                        const char                 *text)
{
  GHashTable *cache = self->labels[detail ? 1 : 0];
  PangoLayout *layout = g_hash_table_lookup (cache, text);

  if (layout != NULL)
    return layout;
  if (g_hash_table_size (cache) >= MAX_CACHED)
    g_hash_table_remove_all (cache);
  layout = pango_layout_new (self->context);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_text (layout, text, -1);
  g_hash_table_insert (cache, g_strdup (text), layout);
  return layout;
}

void
lp_painter_prepare_block (LpTimelinePainter *self,
                          const Palette     *pal,
                          const LpRect      *rect,
                          LpModule          *module,
                          PreparedBlock     *pb)
{
  LpKind *kind = lp_trajectory_get_module_kind (self->trajectory, module);
  double rgb[3];

  lp_kind_get_rgb (kind, rgb);
  lp_painter_block_style (pal, rgb, lp_module_get_status (module), &pb->st);
  pb->mark = lp_painter_theme_mark (kind);

  /* a one-pixel gap between touching blocks, snapped to whole units */
  pb->x = round (rect->x) + 1;
  pb->w = round (rect->x + rect->width) - 1 - pb->x;
  pb->y = round (rect->y);
  pb->h = round (rect->y + rect->height) - pb->y;
  if (pb->w < 1)
    pb->w = 1;
  pb->open_comments = 0;
  pb->dimmed = FALSE;
}

static void
draw_label_lines (LpTimelinePainter *self,
                  cairo_t           *cr,
                  const LpLabelBox  *box)
{
  double y = box->label.y;
  double title_h = self->line_height;
  double x = box->label.x + box->number_width;

  if (box->number > 0)
    {
      char number[16];

      /* the key's number in bold, then the title's lines beside it */
      g_snprintf (number, sizeof number, "%u", box->number);
      show_layout_at (cr, lp_painter_scratch_layout (self, self->font_bold, number, -1), box->label.x, y);
    }
  for (guint i = 0; i < box->title->n_lines; i++, y += title_h)
    show_layout_at (cr, lp_painter_text_layout (self, self->font, FALSE, box->title->lines[i]), x, y);
  if (box->detail != NULL)
    {
      double r, g, b, a;

      cairo_pattern_get_rgba (cairo_get_source (cr), &r, &g, &b, &a);
      cairo_set_source_rgba (cr, r, g, b, a * 0.78);
      for (guint i = 0; i < box->detail->n_lines; i++, y += self->small_line_height)
        show_layout_at (cr, lp_painter_text_layout (self, self->font_small, TRUE, box->detail->lines[i]),
                        x, y);
    }
}

/* The theme's mark: after an inside label when there is room, in the
 * middle of a narrow block whose label is beside it. */
static void
draw_block_mark (cairo_t             *cr,
                 const PreparedBlock *pb,
                 const LpLabelBox    *box)
{
  double size = MIN (9.0, pb->h - 8);
  double checks = pb->st.checks ? CHECK_SPACE + (pb->st.checks - 1) * 5 : 0;
  double cy = pb->y + pb->h / 2;

  if (size < 5)
    return;
  if (box->placement == LP_LABEL_INSIDE)
    {
      double x = box->label.x + box->label.width + 5;

      if (x + size + BLOCK_PAD_X + checks <= pb->x + pb->w)
        lp_painter_draw_mark (cr, pb->mark, x + size / 2, cy, size, pb->st.text);
    }
  else if (pb->w >= size + 4 && checks == 0)
    lp_painter_draw_mark (cr, pb->mark, pb->x + pb->w / 2, cy, MIN (size, pb->w - 4), pb->st.text);
}

/* The label of a block, inside it or beside it, and its check marks. */
void
lp_painter_draw_block_label (LpTimelinePainter   *self,
                             cairo_t             *cr,
                             const Palette       *pal,
                             const PreparedBlock *pb,
                             const LpLabelBox    *box)
{
  const BlockStyle *st = &pb->st;
  double check_size = MIN (12.0, pb->h - 6);

  if (box->placement == LP_LABEL_INSIDE)
    cairo_set_source_rgb (cr, st->text[0], st->text[1], st->text[2]);
  else
    {
      /* a label beside its block stays readable over grid and milestone lines */
      set_rgba (cr, &pal->pill);
      lp_painter_rounded_rect (cr, box->label.x - 2, box->label.y, box->label.width + 4,
                               box->label.height, 3);
      cairo_fill (cr);
      set_rgba (cr, &pal->text);
    }
  draw_label_lines (self, cr, box);

  draw_block_mark (cr, pb, box);
  if (st->checks == 0 || check_size < 6)
    return;
  if (box->placement == LP_LABEL_INSIDE
      && pb->x + pb->w - BLOCK_PAD_X - check_size >= box->label.x + box->label.width)
    lp_painter_draw_checks (cr, st->text, st->checks,
                            pb->x + pb->w - BLOCK_PAD_X - check_size + 2,
                            pb->y + (pb->h - check_size) / 2, check_size);
  else if (pb->w >= check_size + 4)
    {
      guint checks = pb->w >= check_size * 1.5 + 4 ? st->checks : 1;
      double cx = pb->x + (pb->w - check_size) / 2 + (checks > 1 ? check_size * 0.21 : 0);

      lp_painter_draw_checks (cr, st->text, checks, cx, pb->y + (pb->h - check_size) / 2, check_size);
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
      lp_painter_prepare_block (self, pal, &block.rect, block.module, &pb);
      cairo_set_source_rgb (cr, pal->selected.r, pal->selected.g, pal->selected.b);
      cairo_set_line_width (cr, 2.5);
      lp_painter_rounded_rect (cr, pb.x - 1.25, pb.y - 1.25, pb.w + 2.5, pb.h + 2.5, BLOCK_RADIUS + 1);
      cairo_stroke (cr);
    }

  if (state->focused != NULL
      && lp_timeline_layout_get_block (self->layout, state->focused, &block))
    {
      lp_painter_prepare_block (self, pal, &block.rect, block.module, &pb);
      cairo_set_source_rgba (cr, pal->accent.r, pal->accent.g, pal->accent.b, 0.6);
      cairo_set_line_width (cr, 2.0);
      lp_painter_rounded_rect (cr, pb.x - 3.5, pb.y - 3.5, pb.w + 7, pb.h + 7, BLOCK_RADIUS + 3);
      cairo_stroke (cr);
    }
}

/* Blocks and labels in the visible rectangle: all shapes first, then all
 * labels, so that a label beside its block is never covered by the next
 * block's shape. */
void
lp_painter_draw_blocks (LpTimelinePainter  *self,
                        cairo_t            *cr,
                        const Palette      *pal,
                        const LpRect       *visible,
                        const LpPaintState *state)
{
  LpLabelLayout *labels = lp_timeline_layout_get_label_layout (self->layout);
  g_autoptr(GPtrArray) boxes = NULL;
  g_autofree PreparedBlock *prepared = NULL;

  if (labels == NULL)
    return;
  boxes = lp_label_layout_query (labels, visible);
  prepared = g_new (PreparedBlock, MAX (boxes->len, 1));
  for (guint i = 0; i < boxes->len; i++)
    {
      const LpLabelBox *box = g_ptr_array_index (boxes, i);
      PreparedBlock *pb = &prepared[i];

      if (is_print (state) && lp_painter_track_hidden (self, state, box->track))
        {
          pb->w = 0;
          continue;
        }

      lp_painter_prepare_block (self, pal, &box->block, box->module, pb);
      lp_painter_review_prepare (self, state, box->module, pb);
      lp_painter_begin_dim (cr, pb);
      lp_painter_draw_block_shape (cr, &pb->st, pb->x, pb->y, pb->w, pb->h);
      lp_painter_end_dim (cr, pb);
    }
  for (guint i = 0; i < boxes->len; i++)
    if (prepared[i].w > 0)
      {
        const LpLabelBox *box = g_ptr_array_index (boxes, i);

        lp_painter_begin_dim (cr, &prepared[i]);
        lp_painter_draw_block_label (self, cr, pal, &prepared[i], box);
        lp_painter_draw_comment_badge (self, cr, &prepared[i]);
        if (state->problem_modules != NULL && g_hash_table_contains (state->problem_modules, box->module))
          lp_painter_draw_problem_mark (cr, &prepared[i]);
        lp_painter_end_dim (cr, &prepared[i]);
      }
}
