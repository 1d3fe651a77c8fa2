/* lp-timeline-painter.c — draws a timeline layout with Cairo and Pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One drawing code for the screen, PDF and print.  The painter owns its
 * own PangoContext (96 dpi, unhinted metrics) so that text measures the same
 * on every surface: what you see is what you print.
 *
 * This file holds the object, its fonts, the lane-name column, the corner
 * and the frame of four panes; lp-timeline-painter-private.h lists the
 * others.  A frame costs what is visible: blocks come from
 * lp_timeline_layout_query () for the visible rectangle, grid lines from
 * the month/week ticks of the visible x range.
 */
#define G_LOG_DOMAIN "Leerplaats-Render"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "lp-timeline-painter-private.h"

/* the lane names pane: the room around a name's text, and the narrowest
 * text worth drawing, in points */
#define NAME_TEXT_MARGIN    20.0
#define NAME_TEXT_MIN_WIDTH 10.0
/* on paper: the whole name from the lane's top, the group under it */
#define NAME_WHOLE_MARGIN   20.0
#define NAME_WHOLE_TOP      4.0
#define NAME_WHOLE_BOTTOM   4.0
/* the keyboard cursor's bar at the left of its lane: width and the gap
 * above and below it, in points */
#define CURSOR_BAR_WIDTH    4.0
#define CURSOR_BAR_INSET    2.0

G_DEFINE_FINAL_TYPE (LpTimelinePainter, lp_timeline_painter, G_TYPE_OBJECT)

gboolean
lp_painter_track_hidden (LpTimelinePainter  *self,
                         const LpPaintState *state,
                         guint               track)
{
  if (lp_timeline_layout_is_track_hidden (self->layout, track))
    return TRUE;
  return is_print (state) && state->hidden_tracks != NULL && state->hidden_tracks[track];
}

void
lp_lane_walk_init (LpLaneWalk *walk,
                   guint       n)
{
  *walk = (LpLaneWalk) { .index = G_MAXUINT, .n = n };
}

gboolean
lp_painter_next_lane (LpTimelinePainter  *self,
                      const LpPaintState *state,
                      LpLaneWalk         *walk,
                      double              y0,
                      double              y1)
{
  for (walk->index++; walk->index < walk->n; walk->index++)
    {
      lp_timeline_layout_get_lane (self->layout, walk->index, &walk->y, &walk->height);
      if (walk->height <= 0 || lp_painter_track_hidden (self, state, walk->index))
        continue;
      walk->shown++;
      if (walk->y + walk->height <= y0)
        continue;
      return walk->y < y1;
    }
  return FALSE;
}

static void
update_metrics (LpTimelinePainter *self)
{
  const LpLabelMetrics *metrics = lp_label_measurer_get_metrics (self->measurer);

  /* the line heights the label layout packs rows with */
  self->line_height = metrics->line_height[LP_LABEL_FONT_TITLE];
  self->small_line_height = metrics->line_height[LP_LABEL_FONT_DETAIL];

  pango_layout_set_font_description (self->scratch, self->font_small);
  pango_layout_set_width (self->scratch, -1);
  self->max_month_full = 0;
  self->max_month_abbr = 0;
  for (guint m = 1; m <= 12; m++)
    {
      int w;

      pango_layout_set_text (self->scratch, lp_timeline_month_name (m, FALSE), -1);
      pango_layout_get_size (self->scratch, &w, NULL);
      self->max_month_full = MAX (self->max_month_full, w);
      pango_layout_set_text (self->scratch, lp_timeline_month_name (m, TRUE), -1);
      pango_layout_get_size (self->scratch, &w, NULL);
      self->max_month_abbr = MAX (self->max_month_abbr, w);
    }
}

/* A one-line layout of the scratch kind: font, text, ellipsize width (px,
 * < 0 for none). */
PangoLayout *
lp_painter_scratch_layout (LpTimelinePainter          *self,
                           const PangoFontDescription *font,
                           const char                 *text,
                           double                      width)
{
  pango_layout_set_font_description (self->scratch, font);
  pango_layout_set_text (self->scratch, text, -1);
  if (width >= 0)
    {
      pango_layout_set_width (self->scratch, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (self->scratch, PANGO_ELLIPSIZE_END);
    }
  else
    {
      pango_layout_set_width (self->scratch, -1);
      pango_layout_set_ellipsize (self->scratch, PANGO_ELLIPSIZE_NONE);
    }
  return self->scratch;
}

/* ---- overrides ---- */

static void
lp_timeline_painter_dispose (GObject *object)
{
  LpTimelinePainter *self = LP_TIMELINE_PAINTER (object);

  g_clear_pointer (&self->labels[0], g_hash_table_unref);
  g_clear_pointer (&self->labels[1], g_hash_table_unref);
  g_clear_object (&self->measurer);
  g_clear_object (&self->scratch);
  g_clear_object (&self->context);
  g_clear_object (&self->layout);
  lp_painter_forget_series (self);
  self->trajectory = NULL;

  G_OBJECT_CLASS (lp_timeline_painter_parent_class)->dispose (object);
}

static void
lp_timeline_painter_finalize (GObject *object)
{
  LpTimelinePainter *self = LP_TIMELINE_PAINTER (object);

  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->font_small, pango_font_description_free);
  g_clear_pointer (&self->font_bold, pango_font_description_free);
  g_clear_pointer (&self->stamps, lp_stamp_cache_free);
  g_string_free (self->stamp_key, TRUE);

  G_OBJECT_CLASS (lp_timeline_painter_parent_class)->finalize (object);
}

static void
lp_timeline_painter_class_init (LpTimelinePainterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lp_timeline_painter_dispose;
  object_class->finalize = lp_timeline_painter_finalize;
}

static void
lp_timeline_painter_init (LpTimelinePainter *self)
{
  self->context = lp_label_pango_context_new ();

  self->scratch = pango_layout_new (self->context);
  pango_layout_set_single_paragraph_mode (self->scratch, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (self->labels); i++)
    self->labels[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  self->stamps = lp_stamp_cache_new (STAMP_BYTES);
  self->stamp_scale = -1;
  self->stamp_key = g_string_sized_new (128);
  self->font = NULL;
  lp_timeline_painter_set_font (self, DEFAULT_FONT);
  self->name_column = LP_TIMELINE_NAME_COLUMN;
}

/* ---- public API ---- */

void
lp_paint_state_init (LpPaintState *state)
{
  g_return_if_fail (state != NULL);

  memset (state, 0, sizeof *state);
  state->flags = LP_PAINT_SCREEN;
  state->today = LP_DATE_NONE;
  state->preview_track = -1;
  state->preview_start = LP_DATE_NONE;
  state->preview_end = LP_DATE_NONE;
  state->cursor_track = -1;
  state->cursor_date = LP_DATE_NONE;
}

const LpPaintState *
lp_painter_resolve_state (const LpPaintState *state)
{
  static LpPaintState defaults;
  static gsize initialized;

  if (state != NULL)
    return state;
  if (g_once_init_enter (&initialized))
    {
      lp_paint_state_init (&defaults);
      g_once_init_leave (&initialized, 1);
    }
  return &defaults;
}

LpTimelinePainter *
lp_timeline_painter_new (LpTimelineLayout *layout)
{
  LpTimelinePainter *self;

  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (layout), NULL);

  self = g_object_new (LP_TYPE_TIMELINE_PAINTER, NULL);
  self->layout = g_object_ref (layout);
  self->trajectory = lp_timeline_layout_get_trajectory (layout);
  if (self->trajectory != NULL)
    g_signal_connect_object (self->trajectory, "changed",
                             G_CALLBACK (lp_painter_forget_series), self, G_CONNECT_SWAPPED);
  if (lp_timeline_layout_get_label_layout (layout) != NULL)
    lp_label_layout_set_measurer (lp_timeline_layout_get_label_layout (layout), self->measurer);

  return self;
}

LpTimelineLayout *
lp_timeline_painter_get_layout (LpTimelinePainter *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_PAINTER (self), NULL);

  return self->layout;
}

void
lp_timeline_painter_set_font (LpTimelinePainter *self,
                              const char        *font)
{
  PangoFontDescription *desc;

  g_return_if_fail (LP_IS_TIMELINE_PAINTER (self));

  /* labels are drawn in the fonts they were measured in */
  g_clear_object (&self->measurer);
  self->measurer = lp_label_measurer_new_pango (font != NULL ? font : DEFAULT_FONT);
  desc = pango_font_description_copy (lp_label_measurer_get_font (self->measurer, LP_LABEL_FONT_TITLE));

  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->font_small, pango_font_description_free);
  g_clear_pointer (&self->font_bold, pango_font_description_free);
  self->font = desc;
  self->font_small = pango_font_description_copy (lp_label_measurer_get_font (self->measurer,
                                                                              LP_LABEL_FONT_DETAIL));
  self->font_bold = pango_font_description_copy (desc);
  pango_font_description_set_weight (self->font_bold, PANGO_WEIGHT_BOLD);

  g_hash_table_remove_all (self->labels[0]);
  g_hash_table_remove_all (self->labels[1]);
  lp_stamp_cache_clear (self->stamps);
  update_metrics (self);
  if (self->layout != NULL && lp_timeline_layout_get_label_layout (self->layout) != NULL)
    lp_label_layout_set_measurer (lp_timeline_layout_get_label_layout (self->layout), self->measurer);
}

double
lp_timeline_painter_get_line_height (LpTimelinePainter *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_PAINTER (self), 0);

  return self->line_height;
}

/* The lane's group ("Civil servants") under its name, starting at y. */
static void
draw_group_label (LpTimelinePainter *self,
                  cairo_t           *cr,
                  const Palette     *pal,
                  LpTrack           *track,
                  double             text_w,
                  double             y)
{
  set_rgba (cr, &pal->text_dim);
  show_layout_at (cr, lp_painter_scratch_layout (self, self->font_small,
                                                 lp_track_group_get_label (lp_track_get_group (track)),
                                                 text_w),
                  12, y);
}

/* On paper a lane's name is whole: in bold over up to two lines, else in
 * the smaller font over as many as it needs; the scratch layout set so,
 * @width wide (the column's).  Its height in *text_h. */
static PangoLayout *
whole_name_layout (LpTimelinePainter *self,
                   LpTrack           *track,
                   double             width,
                   double            *text_h)
{
  PangoLayout *pl = lp_painter_scratch_layout (self, self->font_bold, lp_track_get_name (track), -1);
  int h;

  pango_layout_set_width (pl, (int) ((width - NAME_WHOLE_MARGIN) * PANGO_SCALE));
  pango_layout_set_wrap (pl, PANGO_WRAP_WORD_CHAR);
  if (pango_layout_get_line_count (pl) > 2)
    pango_layout_set_font_description (pl, self->font_small);
  pango_layout_get_size (pl, NULL, &h);
  *text_h = (double) h / PANGO_SCALE;
  return pl;
}

double
lp_timeline_painter_get_lane_name_height (LpTimelinePainter *self,
                                          LpTrack           *track,
                                          double             width)
{
  double text_h;

  g_return_val_if_fail (LP_IS_TIMELINE_PAINTER (self), 0);
  whole_name_layout (self, track, width, &text_h);
  pango_layout_set_wrap (self->scratch, PANGO_WRAP_WORD);
  return NAME_WHOLE_TOP + text_h + self->small_line_height + NAME_WHOLE_BOTTOM;
}

/* On paper: the whole name, and the group under it when there is room
 * (the overview makes each lane as tall as
 * lp_timeline_painter_get_lane_name_height () asks). */
static void
draw_lane_name_whole (LpTimelinePainter *self,
                      cairo_t           *cr,
                      const Palette     *pal,
                      LpTrack           *track,
                      double             ly,
                      double             lh,
                      double             width)
{
  double text_h;
  PangoLayout *pl = whole_name_layout (self, track, width, &text_h);

  cairo_save (cr);
  set_rgba (cr, &pal->text);
  show_layout_at (cr, pl, 12, ly + NAME_WHOLE_TOP);
  if (lh >= NAME_WHOLE_TOP + text_h + self->small_line_height + NAME_WHOLE_BOTTOM - 0.5)
    draw_group_label (self, cr, pal, track, width - NAME_WHOLE_MARGIN, ly + NAME_WHOLE_TOP + text_h);
  pango_layout_set_wrap (self->scratch, PANGO_WRAP_WORD);
  cairo_restore (cr);
}

/* A lane's name and group in the column: centred in a one-row lane, at
 * the top of a taller one. */
static void
draw_lane_name (LpTimelinePainter *self,
                cairo_t           *cr,
                const Palette     *pal,
                LpTrack           *track,
                double             ly,
                double             lh,
                double             width)
{
  double row_h = lp_timeline_layout_get_row_height (self->layout) * 1.2;
  double total = self->line_height + self->small_line_height;
  double text_w = width - NAME_TEXT_MARGIN;
  double ty;

  cairo_save (cr);
  cairo_rectangle (cr, 0, ly, width, lh);
  cairo_clip (cr);
  if (lh < total + 2)
    ty = ly + (lh - self->line_height) / 2;
  else
    ty = ly + (MIN (lh, row_h) - total) / 2;
  set_rgba (cr, &pal->text);
  show_layout_at (cr, lp_painter_scratch_layout (self, self->font_bold, lp_track_get_name (track), text_w),
                  12, ty);
  if (lh >= total + 2)
    draw_group_label (self, cr, pal, track, text_w, ty + self->line_height);
  cairo_restore (cr);
}

void
lp_timeline_painter_draw_lane_names (LpTimelinePainter  *self,
                                     cairo_t            *cr,
                                     double              y0,
                                     double              y1,
                                     double              width,
                                     const LpPaintState *state)
{
  const Palette *pal;
  GListModel *tracks;
  LpLaneWalk walk;
  double text_w = width - NAME_TEXT_MARGIN;

  g_return_if_fail (LP_IS_TIMELINE_PAINTER (self));
  g_return_if_fail (cr != NULL);

  state = lp_painter_resolve_state (state);
  pal = lp_painter_get_palette (state);
  if (!(y1 > y0) || width <= 0)
    return;

  cairo_save (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  set_rgba (cr, &pal->header_background);
  cairo_rectangle (cr, 0, y0, width, y1 - y0);
  cairo_fill (cr);

  if (self->trajectory == NULL)
    goto border;

  tracks = lp_trajectory_get_tracks (self->trajectory);
  lp_lane_walk_init (&walk, MIN (g_list_model_get_n_items (tracks), lp_timeline_layout_get_n_lanes (self->layout)));
  while (lp_painter_next_lane (self, state, &walk, y0, y1))
    {
      g_autoptr(LpTrack) track = NULL;
      double ly = walk.y, lh = walk.height;

      if (walk.shown % 2 == 0)
        {
          set_rgba (cr, &pal->lane_alt);
          cairo_rectangle (cr, 0, ly, width, lh);
          cairo_fill (cr);
        }
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, 0, round (ly + lh) - 0.5);
      cairo_line_to (cr, width, round (ly + lh) - 0.5);
      set_rgba (cr, &pal->lane_separator);
      cairo_stroke (cr);
      /* the keyboard cursor's lane: an accent bar at the left */
      if ((int) walk.index == state->cursor_track && state->cursor_date != LP_DATE_NONE)
        {
          set_rgba (cr, &pal->accent);
          cairo_rectangle (cr, 0, ly + CURSOR_BAR_INSET, CURSOR_BAR_WIDTH,
                           MAX (lh - 2 * CURSOR_BAR_INSET, 1));
          cairo_fill (cr);
        }

      if (text_w < NAME_TEXT_MIN_WIDTH)
        continue;

      track = g_list_model_get_item (tracks, walk.index);
      if (is_print (state))
        draw_lane_name_whole (self, cr, pal, track, ly, lh, width);
      else
        draw_lane_name (self, cr, pal, track, ly, lh, width);
    }

border:
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, round (width) - 0.5, y0);
  cairo_line_to (cr, round (width) - 0.5, y1);
  set_rgba (cr, &pal->header_separator);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
lp_timeline_painter_draw_corner (LpTimelinePainter  *self,
                                 cairo_t            *cr,
                                 double              width,
                                 double              height,
                                 const LpPaintState *state)
{
  const Palette *pal;

  g_return_if_fail (LP_IS_TIMELINE_PAINTER (self));
  g_return_if_fail (cr != NULL);

  state = lp_painter_resolve_state (state);
  pal = lp_painter_get_palette (state);

  cairo_save (cr);
  set_rgba (cr, &pal->header_background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  set_rgba (cr, &pal->header_separator);
  cairo_rectangle (cr, 0, round (height) - 1, width, 1);
  cairo_rectangle (cr, round (width) - 1, 0, 1, height);
  cairo_fill (cr);
  cairo_restore (cr);
}

void
lp_timeline_painter_set_name_column_width (LpTimelinePainter *self,
                                           double             width)
{
  g_return_if_fail (LP_IS_TIMELINE_PAINTER (self));
  g_return_if_fail (width > 0);

  self->name_column = width;
}

double
lp_timeline_painter_get_name_column_width (LpTimelinePainter *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_PAINTER (self), LP_TIMELINE_NAME_COLUMN);

  return self->name_column;
}

void
lp_timeline_painter_draw_frame (LpTimelinePainter  *self,
                                cairo_t            *cr,
                                double              width,
                                double              height,
                                double              scroll_x,
                                double              scroll_y,
                                const LpPaintState *state)
{
  double header, name_w;
  LpRect visible;

  g_return_if_fail (LP_IS_TIMELINE_PAINTER (self));
  g_return_if_fail (cr != NULL);

  name_w = self->name_column;

  header = lp_timeline_painter_get_header_height (self);
  visible.x = scroll_x;
  visible.y = scroll_y;
  visible.width = MAX (0, width - name_w);
  visible.height = MAX (0, height - header);

  cairo_save (cr);
  cairo_rectangle (cr, name_w, header, visible.width, visible.height);
  cairo_clip (cr);
  cairo_translate (cr, name_w - scroll_x, header - scroll_y);
  lp_timeline_painter_draw_body (self, cr, &visible, state);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_rectangle (cr, name_w, 0, visible.width, header);
  cairo_clip (cr);
  cairo_translate (cr, name_w - scroll_x, 0);
  lp_timeline_painter_draw_header (self, cr, scroll_x, scroll_x + visible.width, header, state);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_rectangle (cr, 0, header, name_w, visible.height);
  cairo_clip (cr);
  cairo_translate (cr, 0, header - scroll_y);
  lp_timeline_painter_draw_lane_names (self, cr, scroll_y, scroll_y + visible.height, name_w, state);
  cairo_restore (cr);

  cairo_save (cr);
  lp_timeline_painter_draw_corner (self, cr, name_w, header, state);
  cairo_restore (cr);
}
