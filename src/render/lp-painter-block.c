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

void
lp_painter_stamp (LpTimelinePainter *self,
                  cairo_t           *cr,
                  double             x,
                  double             y,
                  double             w,
                  double             h,
                  LpStampDrawFunc    draw,
                  gconstpointer      data)
{
  if (self->stamp_scale < 0)
    draw (cr, data);
  else
    lp_stamp_cache_draw (self->stamps, cr, self->stamp_scale, self->stamp_key->str, x, y, w, h, draw, data);
}

static void
append_rgb (GString      *key,
            const double  rgb[3],
            double        alpha)
{
  g_string_append_printf (key, "%.3f,%.3f,%.3f,%.3f|", rgb[0], rgb[1], rgb[2], alpha);
}

typedef struct {
  LpTimelinePainter *self;
  const Palette     *pal;
  const BlockStyle  *st;
  const LpLabelBox  *box;
} LabelJob;

/* A label's lines: the key's number in bold, then the title's lines
 * beside it, then the detail lines a little lighter. */
static void
draw_label_lines (cairo_t       *cr,
                  gconstpointer  data)
{
  const LabelJob *job = data;
  LpTimelinePainter *self = job->self;
  const LpLabelBox *box = job->box;
  double y = box->label.y;
  double x = box->label.x + box->number_width;

  if (box->placement == LP_LABEL_INSIDE)
    cairo_set_source_rgb (cr, job->st->text[0], job->st->text[1], job->st->text[2]);
  else
    {
      /* a label beside its block stays readable over grid and milestone lines */
      set_rgba (cr, &job->pal->pill);
      lp_painter_rounded_rect (cr, box->label.x - 2, box->label.y, box->label.width + 4,
                               box->label.height, 3);
      cairo_fill (cr);
      set_rgba (cr, &job->pal->text);
    }
  if (box->number > 0)
    {
      char number[16];

      g_snprintf (number, sizeof number, "%u", box->number);
      show_layout_at (cr, lp_painter_scratch_layout (self, self->font_bold, number, -1), box->label.x, y);
    }
  for (guint i = 0; i < box->title->n_lines; i++, y += self->line_height)
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

/* The label as a stamp: its key names colours, size and every line. */
static void
draw_label (const LabelJob *job,
            cairo_t        *cr)
{
  const LpLabelBox *box = job->box;
  GString *key = job->self->stamp_key;

  g_string_assign (key, "label|");
  if (box->placement == LP_LABEL_INSIDE)
    append_rgb (key, job->st->text, 1);
  else
    {
      append_rgb (key, (double[]) { job->pal->pill.r, job->pal->pill.g, job->pal->pill.b }, job->pal->pill.a);
      append_rgb (key, (double[]) { job->pal->text.r, job->pal->text.g, job->pal->text.b }, job->pal->text.a);
    }
  g_string_append_printf (key, "%u|%.2f|%.2f|%.2f", box->number, box->number_width,
                          box->label.width, box->label.height);
  for (guint i = 0; i < box->title->n_lines; i++)
    g_string_append_printf (key, "\x1e%s", box->title->lines[i]);
  for (guint i = 0; box->detail != NULL && i < box->detail->n_lines; i++)
    g_string_append_printf (key, "\x1d%s", box->detail->lines[i]);
  lp_painter_stamp (job->self, cr, box->label.x - 4, box->label.y - 2, box->label.width + 8,
                    box->label.height + 4, draw_label_lines, job);
}

typedef struct {
  guint         mark;
  double        cx, cy, size;
  const double *rgb;
} MarkJob;

static void
draw_mark_cb (cairo_t       *cr,
              gconstpointer  data)
{
  const MarkJob *job = data;

  lp_painter_draw_mark (cr, job->mark, job->cx, job->cy, job->size, job->rgb);
}

static void
draw_mark (LpTimelinePainter *self,
           cairo_t           *cr,
           const MarkJob     *job)
{
  g_string_printf (self->stamp_key, "mark|%u|%.2f|", job->mark, job->size);
  append_rgb (self->stamp_key, job->rgb, 1);
  lp_painter_stamp (self, cr, job->cx - job->size / 2 - 2, job->cy - job->size / 2 - 2,
                    job->size + 4, job->size + 4, draw_mark_cb, job);
}

/* The theme's mark: after an inside label when there is room, in the
 * middle of a narrow block whose label is beside it. */
static void
draw_block_mark (LpTimelinePainter   *self,
                 cairo_t             *cr,
                 const PreparedBlock *pb,
                 const LpLabelBox    *box)
{
  double size = MIN (9.0, pb->h - 8);
  double checks = pb->st.checks ? CHECK_SPACE + (pb->st.checks - 1) * 5 : 0;
  double cy = pb->y + pb->h / 2;

  if (size < 5 || pb->mark == G_MAXUINT)
    return;
  if (box->placement == LP_LABEL_INSIDE)
    {
      double x = box->label.x + box->label.width + 5;

      if (x + size + BLOCK_PAD_X + checks <= pb->x + pb->w)
        draw_mark (self, cr, &(MarkJob) { pb->mark, x + size / 2, cy, size, pb->st.text });
    }
  else if (pb->w >= size + 4 && checks == 0)
    draw_mark (self, cr, &(MarkJob) { pb->mark, pb->x + pb->w / 2, cy, MIN (size, pb->w - 4), pb->st.text });
}

typedef struct {
  const double *rgb;
  guint         checks;
  double        x, y, size;
} ChecksJob;

static void
draw_checks_cb (cairo_t       *cr,
                gconstpointer  data)
{
  const ChecksJob *job = data;

  lp_painter_draw_checks (cr, job->rgb, job->checks, job->x, job->y, job->size);
}

static void
draw_checks (LpTimelinePainter *self,
             cairo_t           *cr,
             const ChecksJob   *job)
{
  g_string_printf (self->stamp_key, "checks|%u|%.2f|", job->checks, job->size);
  append_rgb (self->stamp_key, job->rgb, 1);
  lp_painter_stamp (self, cr, job->x - job->size * 0.5 - 2, job->y - 2, job->size * 1.5 + 4,
                    job->size + 4, draw_checks_cb, job);
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

  draw_label (&(LabelJob) { self, pal, st, box }, cr);
  draw_block_mark (self, cr, pb, box);
  if (st->checks == 0 || check_size < 6)
    return;
  if (box->placement == LP_LABEL_INSIDE
      && pb->x + pb->w - BLOCK_PAD_X - check_size >= box->label.x + box->label.width)
    draw_checks (self, cr, &(ChecksJob) { st->text, st->checks, pb->x + pb->w - BLOCK_PAD_X - check_size + 2,
                                          pb->y + (pb->h - check_size) / 2, check_size });
  else if (pb->w >= check_size + 4)
    {
      guint checks = pb->w >= check_size * 1.5 + 4 ? st->checks : 1;
      double cx = pb->x + (pb->w - check_size) / 2 + (checks > 1 ? check_size * 0.21 : 0);

      draw_checks (self, cr, &(ChecksJob) { st->text, checks, cx, pb->y + (pb->h - check_size) / 2,
                                            check_size });
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
  /* a full screen copies its labels and marks from bitmaps */
  self->stamp_scale = !is_print (state) && boxes->len >= STAMP_MIN_BOXES ? state->pixel_scale : -1;
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
          lp_painter_draw_problem_mark (self, cr, &prepared[i]);
        lp_painter_end_dim (cr, &prepared[i]);
      }
  self->stamp_scale = -1;
}
