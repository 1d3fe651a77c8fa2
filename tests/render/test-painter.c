/* test-painter.c — LpTimelinePainter into Cairo image surfaces, no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "core/lp-sample.h"
#include "render/lp-label-layout.h"
#include "render/lp-timeline-painter.h"
#include "render-test-util.h"
#include "../pdf-words.h"

#define D(d, m, y) lp_date_from_dmy ((d), (m), (y))

static gboolean
pixel_near (Pixel  p,
            double r,
            double g,
            double b,
            int    tolerance)
{
  return abs (p.r - (int) round (r * 255)) <= tolerance
         && abs (p.g - (int) round (g * 255)) <= tolerance
         && abs (p.b - (int) round (b * 255)) <= tolerance;
}

static cairo_surface_t *
draw_body (LpTimelinePainter  *painter,
           int                 width,
           int                 height,
           const LpPaintState *state)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  LpRect visible = { 0, 0, width, height };

  /* a colour the painter never uses, to see what it did not cover */
  cairo_set_source_rgb (cr, 0, 1, 0);
  cairo_paint (cr);
  lp_timeline_painter_draw_body (painter, cr, &visible, state);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

static void
draw_everything (LpTimelinePainter  *painter,
                 const LpPaintState *state)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 900, 500);
  cairo_t *cr = cairo_create (surface);
  double hh = lp_timeline_painter_get_header_height (painter);
  LpRect visible = { 0, 0, 700, 500 - hh };

  g_assert_cmpfloat (hh, >, 20);
  cairo_save (cr);
  cairo_translate (cr, 200, 0);
  lp_timeline_painter_draw_header (painter, cr, 0, 700, hh, state);
  cairo_translate (cr, 0, hh);
  lp_timeline_painter_draw_body (painter, cr, &visible, state);
  cairo_restore (cr);
  cairo_save (cr);
  cairo_translate (cr, 0, hh);
  lp_timeline_painter_draw_lane_names (painter, cr, 0, 500 - hh, 200, state);
  cairo_restore (cr);
  g_assert_cmpfloat (lp_timeline_painter_draw_status_legend (painter, cr, 10, 10, 300, state), >, 10);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_empty (void)
{
  g_autoptr(LpTrajectory) t = lp_trajectory_new ();
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(LpTimelinePainter) painter = lp_timeline_painter_new (layout);
  g_autoptr(LpTimelineLayout) layout2 = lp_timeline_layout_new (NULL);
  g_autoptr(LpTimelinePainter) painter2 = lp_timeline_painter_new (layout2);
  LpPaintState state;

  g_assert_true (lp_timeline_painter_get_layout (painter) == layout);
  lp_paint_state_init (&state);
  g_assert_cmpint (state.preview_track, <, 0);
  g_assert_cmpint (state.cursor_track, <, 0);
  g_assert_null (state.selected);

  draw_everything (painter, &state);
  draw_everything (painter2, &state);
  draw_everything (painter, NULL);
  state.flags = LP_PAINT_PRINT;
  draw_everything (painter, &state);

  /* a trajectory with tracks but no modules; painter and layout go away
   * when dropped, and leave the trajectory usable */
  {
    g_autoptr(LpTrajectory) t3 = render_test_trajectory (D (1, 9, 2026), D (31, 8, 2027), 4);
    LpTimelineLayout *l3 = lp_timeline_layout_new (t3);
    LpTimelinePainter *p3 = lp_timeline_painter_new (l3);
    lp_paint_state_init (&state);
    draw_everything (p3, &state);
    g_assert_finalize_object (p3);
    g_assert_finalize_object (l3);
    render_test_add (t3, "after", 0, D (1, 10, 2026), 2, NULL);
    lp_trajectory_set_span (t3, D (1, 9, 2026), D (31, 12, 2027));
  }
}

static void
test_generated (void)
{
  static const double scales[] = { 0.5, 1.5, 3.0, 12.0, 60.0, 200.0 };
  g_autoptr(LpTrajectory) t = render_test_generate (1500, 7, 24, 11);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(LpTimelinePainter) painter = lp_timeline_painter_new (layout);
  g_autoptr(LpModule) first = g_list_model_get_item (lp_trajectory_get_modules (t), 0);
  LpPaintState state;
  g_autoptr(LpMilestone) ms = lp_milestone_new ("e1", D (18, 3, 2026), LP_MILESTONE_ELECTION, "Verkiezingen");
  g_autoptr(LpMilestone) ms2 = lp_milestone_new ("e2", D (1, 11, 2026), LP_MILESTONE_BUDGET, "Begroting ‘27 — “één”");
  g_autoptr(LpPeriod) period = lp_period_new ("b1", D (10, 7, 2027), D (22, 8, 2027), LP_PERIOD_RECESS, "Zomerreces");

  lp_trajectory_load_milestone (t, ms);
  lp_trajectory_load_milestone (t, ms2);
  lp_trajectory_load_period (t, period);

  lp_paint_state_init (&state);
  state.selected = first;
  state.focused = first;
  state.today = D (15, 10, 2026);
  state.preview_track = 2;
  state.preview_start = D (3, 10, 2026);
  state.preview_end = D (5, 10, 2026);
  state.cursor_track = 1;
  state.cursor_date = D (20, 10, 2026);

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      lp_timeline_layout_set_scale (layout, scales[s]);
      state.flags = LP_PAINT_SCREEN;
      draw_everything (painter, &state);
      state.flags = LP_PAINT_DARK;
      draw_everything (painter, &state);
      state.flags = LP_PAINT_PRINT;
      draw_everything (painter, &state);
    }

  /* a scrolled view far into the content */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 300);
    cairo_t *cr = cairo_create (surface);
    LpRect visible = { 1500, 200, 400, 300 };

    lp_timeline_layout_set_scale (layout, 6);
    cairo_translate (cr, -visible.x, -visible.y);
    lp_timeline_painter_draw_body (painter, cr, &visible, &state);
    g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }

  /* the theme legend lists the themes in use */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 600, 200);
    cairo_t *cr = cairo_create (surface);
    g_autoptr(LpTrajectory) empty = lp_trajectory_new ();
    g_autoptr(LpTimelineLayout) empty_layout = lp_timeline_layout_new (empty);
    g_autoptr(LpTimelinePainter) empty_painter = lp_timeline_painter_new (empty_layout);

    g_assert_cmpfloat (lp_timeline_painter_draw_theme_legend (painter, cr, 0, 0, 600, NULL), >, 8);
    g_assert_cmpfloat (lp_timeline_painter_draw_theme_legend (empty_painter, cr, 0, 0, 600, NULL), ==, 0);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }

  /* fonts: a missing family still draws */
  lp_timeline_painter_set_font (painter, "No Such Font Family 9");
  g_assert_cmpfloat (lp_timeline_painter_get_line_height (painter), >, 5);
  draw_everything (painter, &state);
}

/* Titles a page of the PDF must show: a block's rectangle on the page and
 * the title it had when drawn. */
typedef struct {
  guint   page;
  LpRect  rect;
  char   *title;
  char   *id;
} ExpectedTitle;

static void
expected_title_clear (gpointer data)
{
  ExpectedTitle *e = data;

  g_free (e->title);
  g_free (e->id);
}

/* Draws the body of @visible as one PDF page and notes the title each
 * module's label (inside or beside its block, wholly in view) must show,
 * and where. */
static void
draw_page_noting_titles (LpTimelinePainter  *painter,
                         cairo_surface_t    *pdf,
                         const LpRect       *visible,
                         const LpPaintState *state,
                         guint               page,
                         GArray             *expected)
{
  LpTimelineLayout *layout = lp_timeline_painter_get_layout (painter);
  LpLabelLayout *labels = lp_timeline_layout_get_label_layout (layout);
  LpTrajectory *t = lp_timeline_layout_get_trajectory (layout);
  g_autoptr(GArray) blocks = lp_timeline_layout_query (layout, visible);
  cairo_t *cr;

  cairo_pdf_surface_set_size (pdf, visible->width, visible->height);
  cr = cairo_create (pdf);
  cairo_translate (cr, -visible->x, -visible->y);
  lp_timeline_painter_draw_body (painter, cr, visible, state);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_show_page (cr);
  cairo_destroy (cr);

  for (guint i = 0; i < blocks->len; i++)
    {
      const LpBlock *b = &g_array_index (blocks, LpBlock, i);
      const LpLabelBox *box = lp_label_layout_get_box (labels, b->module);
      ExpectedTitle e = { page, { 0 }, NULL, NULL };

      g_assert_nonnull (box);
      if (box->label.x < visible->x || box->label.x + box->label.width > visible->x + visible->width ||
          box->label.y < visible->y || box->label.y + box->label.height > visible->y + visible->height)
        continue;
      e.rect = box->label;
      e.rect.x -= visible->x;
      e.rect.y -= visible->y;
      e.title = g_strdup (lp_trajectory_get_module_title (t, b->module));
      e.id = g_strdup (lp_module_get_id (b->module));
      g_array_append_val (expected, e);
    }
}

/* The widest block in view, to retitle. */
static LpModule *
widest_block (LpTimelineLayout *layout,
              const LpRect     *visible)
{
  g_autoptr(GArray) blocks = lp_timeline_layout_query (layout, visible);
  LpModule *widest = NULL;
  double width = 0;

  for (guint i = 0; i < blocks->len; i++)
    {
      const LpBlock *b = &g_array_index (blocks, LpBlock, i);

      if (b->rect.width > width && b->rect.x >= visible->x &&
          b->rect.x + b->rect.width <= visible->x + visible->width)
        {
          width = b->rect.width;
          widest = b->module;
        }
    }
  return widest;
}

/* The core's sample: every field filled, own kinds, times, milestones and
 * periods.  At each zoom, every module whose label is in view shows its title
 * in its label's rectangle (whole, or its beginning and an ellipsis), read
 * back from a PDF of the drawing; after a title changes the next frame
 * shows the new title, and after undo the old one again. */
static void
test_sample (void)
{
  static const double scales[] = { 0.5, 4.0, 30.0 };
  g_autoptr(LpTrajectory) t = lp_sample_generate (400, 5, 18, 5);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(LpTimelinePainter) painter = lp_timeline_painter_new (layout);
  g_autoptr(LpModule) first = g_list_model_get_item (lp_trajectory_get_modules (t), 0);
  g_autofree char *dir = g_dir_make_tmp ("lp-painter-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sample.pdf", NULL);
  g_autoptr(GArray) expected = g_array_new (FALSE, TRUE, sizeof (ExpectedTitle));
  cairo_surface_t *pdf = cairo_pdf_surface_create (path, 100, 100);
  const char *new_title = "Wie beslist? “Tegenspraak” één";
  guint page = 0, retitled = 0, checked = 0;
  LpPaintState state;

  g_array_set_clear_func (expected, expected_title_clear);
  lp_paint_state_init (&state);
  state.selected = first;
  state.today = lp_trajectory_get_span_start (t) + 40;
  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      LpRect visible = { 0, 0, 1400, 0 };
      LpModule *target;

      lp_timeline_layout_set_scale (layout, scales[s]);
      visible.height = lp_timeline_layout_get_height (layout);
      draw_everything (painter, &state);
      draw_page_noting_titles (painter, pdf, &visible, &state, ++page, expected);

      /* edits between frames: the label cache follows */
      target = widest_block (layout, &visible);
      g_assert_nonnull (target);
      lp_trajectory_set_string (t, target, "title", new_title);
      lp_trajectory_move_module (t, target, NULL, lp_module_get_start (target) + 1, lp_module_get_end (target) + 1);
      draw_everything (painter, &state);
      draw_page_noting_titles (painter, pdf, &visible, &state, ++page, expected);
      lp_history_undo (lp_trajectory_get_history (t));
      lp_history_undo (lp_trajectory_get_history (t));
      draw_page_noting_titles (painter, pdf, &visible, &state, ++page, expected);
    }
  state.flags = LP_PAINT_PRINT;
  draw_everything (painter, &state);
  cairo_surface_finish (pdf);
  g_assert_cmpint (cairo_surface_status (pdf), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (pdf);

  for (guint p = 1; p <= page; p++)
    {
      g_autoptr(GArray) words = pdf_words_read (path, p);

      for (guint i = 0; i < expected->len; i++)
        {
          const ExpectedTitle *e = &g_array_index (expected, ExpectedTitle, i);
          g_autofree char *shown = NULL;

          if (e->page != p)
            continue;
          shown = pdf_words_top_line (words, e->rect.x, e->rect.y, e->rect.width, e->rect.height);
          if (!pdf_words_shows_title (shown, e->title))
            g_error ("page %u, module %s: shows “%s”, not its title “%s”", p, e->id, shown, e->title);
          if (g_str_equal (e->title, new_title))
            retitled++;
          checked++;
        }
    }
  g_test_message ("%u titles checked, %u of them changed ones", checked, retitled);
  /* at 30 px per day the retitled (widest) block has room for its title */
  g_assert_cmpuint (retitled, >=, 1);
  g_assert_cmpuint (checked, >=, 15);

  g_unlink (path);
  g_rmdir (dir);
}

/* One long confirmed block of an own kind with a known colour. */
static LpTrajectory *
one_block_trajectory (LpModule **out,
                      LpStatus   status)
{
  LpTrajectory *t = render_test_trajectory (D (1, 1, 2027), D (31, 3, 2027), 2);
  g_autoptr(LpKind) kind = lp_kind_new ("k1");
  LpModule *m;

  lp_kind_set_name (kind, "Adviesnota");
  lp_kind_set_theme_id (kind, "communication");
  lp_kind_set_color (kind, "#c061cb");
  lp_trajectory_load_kind (t, kind);
  m = render_test_add (t, "m1", 0, D (5, 1, 2027), 30, "k1");
  lp_module_set_status (m, status);
  *out = m;
  return t;
}

static void
test_block_colour (void)
{
  LpModule *m;
  g_autoptr(LpTrajectory) t = one_block_trajectory (&m, LP_STATUS_CONFIRMED);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(LpTimelinePainter) painter = lp_timeline_painter_new (layout);
  LpPaintState state;
  LpBlock b;
  cairo_surface_t *surface;
  Pixel p;
  int px, py;

  lp_timeline_layout_set_scale (layout, 6);
  g_assert_true (lp_timeline_layout_get_block (layout, m, &b));
  /* right part of the block: no text there */
  px = (int) (b.rect.x + b.rect.width - 12);
  py = (int) (b.rect.y + b.rect.height / 2);

  lp_paint_state_init (&state);
  surface = draw_body (painter, 800, 300, &state);
  p = get_pixel (surface, px, py);
  g_assert_true (pixel_near (p, 0xc0 / 255.0, 0x61 / 255.0, 0xcb / 255.0, 2));
  /* left of the block: the lane background, white on screen */
  p = get_pixel (surface, (int) b.rect.x - 9, py);
  g_assert_true (pixel_near (p, 1, 1, 1, 2));
  /* nothing left unpainted */
  p = get_pixel (surface, 799, 299);
  g_assert_false (p.r == 0 && p.g == 255 && p.b == 0);
  cairo_surface_destroy (surface);

  /* draft: lighter than confirmed */
  lp_trajectory_set_enum (t, m, "status", LP_STATUS_DRAFT);
  surface = draw_body (painter, 800, 300, &state);
  p = get_pixel (surface, px, py);
  g_assert_cmpint (p.g, >, 0x61 + 40);
  cairo_surface_destroy (surface);

  /* a changed colour shows up (the kind changed, not the module) */
  lp_trajectory_set_enum (t, m, "status", LP_STATUS_CONFIRMED);
  lp_kind_set_color (lp_trajectory_lookup_kind (t, "k1"), "#2ec27e");
  surface = draw_body (painter, 800, 300, &state);
  p = get_pixel (surface, px, py);
  g_assert_true (pixel_near (p, 0x2e / 255.0, 0xc2 / 255.0, 0x7e / 255.0, 2));
  cairo_surface_destroy (surface);

  /* moved: the old place is empty, the new place is coloured */
  lp_trajectory_move_module (t, m, render_test_track (t, 1), D (10, 2, 2027), D (11, 3, 2027));
  surface = draw_body (painter, 800, 300, &state);
  p = get_pixel (surface, px, py);
  g_assert_false (pixel_near (p, 0x2e / 255.0, 0xc2 / 255.0, 0x7e / 255.0, 10));
  g_assert_true (lp_timeline_layout_get_block (layout, m, &b));
  p = get_pixel (surface, (int) (b.rect.x + b.rect.width - 12), (int) (b.rect.y + b.rect.height / 2));
  g_assert_true (pixel_near (p, 0x2e / 255.0, 0xc2 / 255.0, 0x7e / 255.0, 2));
  cairo_surface_destroy (surface);
}

static void
test_paper_and_today (void)
{
  LpModule *m;
  g_autoptr(LpTrajectory) t = one_block_trajectory (&m, LP_STATUS_CONFIRMED);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(LpTimelinePainter) painter = lp_timeline_painter_new (layout);
  LpPaintState state;
  cairo_surface_t *screen, *paper;
  double tx, ly, lh;
  int px, py;
  Pixel p;

  lp_timeline_layout_set_scale (layout, 6);
  lp_paint_state_init (&state);
  state.today = D (20, 2, 2027);
  state.selected = m;
  tx = lp_timeline_layout_date_to_x (layout, state.today) + 3;
  lp_timeline_layout_get_lane (layout, 1, &ly, &lh);   /* an empty lane */
  px = (int) floor (tx);
  py = (int) (ly + lh / 2);

  screen = draw_body (painter, 800, 300, &state);
  p = get_pixel (screen, px, py);
  g_assert_cmpint (p.r, >, 180);
  g_assert_cmpint (p.g, <, 100);
  g_assert_cmpint (p.b, <, 100);

  state.flags = LP_PAINT_PRINT;
  paper = draw_body (painter, 800, 300, &state);
  p = get_pixel (paper, px, py);
  g_assert_false (p.r > 180 && p.g < 100 && p.b < 100);
  /* white paper in the first lane and below the lanes */
  p = get_pixel (paper, px, 3);
  g_assert_true (pixel_near (p, 1, 1, 1, 0));
  p = get_pixel (paper, px, 299);
  g_assert_true (pixel_near (p, 1, 1, 1, 0));
  /* no selection outline on paper: just above the block */
  {
    LpBlock b;
    Pixel ps, pp;
    lp_timeline_layout_get_block (layout, m, &b);
    ps = get_pixel (screen, (int) (b.rect.x + b.rect.width / 2), (int) b.rect.y - 1);
    pp = get_pixel (paper, (int) (b.rect.x + b.rect.width / 2), (int) b.rect.y - 1);
    g_assert_true (pixel_near (pp, 1, 1, 1, 0));
    g_assert_false (pixel_near (ps, 1, 1, 1, 30));
  }

  cairo_surface_destroy (screen);
  cairo_surface_destroy (paper);

  /* hidden tracks on paper: the block's lane is not drawn */
  {
    const gboolean hidden[] = { TRUE, FALSE };
    LpBlock b;

    lp_timeline_layout_get_block (layout, m, &b);
    state.hidden_tracks = hidden;
    paper = draw_body (painter, 800, 300, &state);
    p = get_pixel (paper, (int) (b.rect.x + b.rect.width - 12), (int) (b.rect.y + b.rect.height / 2));
    g_assert_true (pixel_near (p, 1, 1, 1, 0));
    cairo_surface_destroy (paper);
  }
}

/* The milestone's diamond (reddish) in the marker period under the scale. */
static void
assert_milestone_in_header (LpTimelinePainter  *painter,
                            LpTimelineLayout   *layout,
                            double              mx,
                            const LpPaintState *state)
{
  LpLabelLayout *labels = lp_timeline_layout_get_label_layout (layout);
  g_autoptr(GPtrArray) markers = lp_label_layout_query_markers (labels, 0, 800);
  double header_h = lp_timeline_painter_get_header_height (painter);
  double period_y = header_h - ceil (lp_timeline_layout_get_marker_height (layout));
  const LpMarkerBox *diamond = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  Pixel p;

  for (guint i = 0; i < markers->len; i++)
    if (((const LpMarkerBox *) g_ptr_array_index (markers, i))->kind == LP_MARKER_MILESTONE)
      diamond = g_ptr_array_index (markers, i);
  g_assert_nonnull (diamond);
  g_assert_cmpfloat (fabs (diamond->marker.x + diamond->marker.width / 2 - mx), <, 2);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, (int) ceil (header_h));
  cr = cairo_create (surface);
  lp_timeline_painter_draw_header (painter, cr, 0, 800, header_h, state);
  cairo_destroy (cr);
  p = get_pixel (surface, (int) mx, (int) (period_y + diamond->marker.y + diamond->marker.height / 2));
  g_assert_cmpint (p.r, >, 150);
  g_assert_cmpint (p.g, <, 80);
  cairo_surface_destroy (surface);
}

static void
test_markers (void)
{
  LpModule *m;
  g_autoptr(LpTrajectory) t = one_block_trajectory (&m, LP_STATUS_CONFIRMED);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(LpTimelinePainter) painter = lp_timeline_painter_new (layout);
  g_autoptr(LpMilestone) ms = lp_milestone_new ("e1", D (10, 2, 2027), LP_MILESTONE_ELECTION, "Verkiezingen");
  g_autoptr(LpPeriod) period = lp_period_new ("b1", D (1, 3, 2027), D (14, 3, 2027), LP_PERIOD_HOLIDAY, "Voorjaarsvakantie");
  LpPaintState state;
  cairo_surface_t *surface;
  double mx, bx, ly, lh, cx;
  Pixel p;

  lp_trajectory_load_milestone (t, ms);
  lp_trajectory_load_period (t, period);
  lp_timeline_layout_set_scale (layout, 6);
  lp_timeline_layout_get_lane (layout, 1, &ly, &lh);
  mx = lp_timeline_layout_date_to_x (layout, D (10, 2, 2027)) + 3;
  bx = lp_timeline_layout_date_to_x (layout, D (5, 3, 2027)) + 3;   /* a Friday */

  lp_paint_state_init (&state);
  state.cursor_track = 1;
  state.cursor_date = D (20, 3, 2027);
  state.preview_track = 1;
  state.preview_start = D (24, 3, 2027);
  state.preview_end = D (28, 3, 2027);
  cx = lp_timeline_layout_date_to_x (layout, state.cursor_date);

  for (guint print = 0; print < 2; print++)
    {
      state.flags = print ? LP_PAINT_PRINT : LP_PAINT_SCREEN;
      surface = draw_body (painter, 800, 300, &state);

      /* the milestone diamond is no longer over the lanes */
      p = get_pixel (surface, (int) mx, 9);
      g_assert_false (p.r > 150 && p.g < 80);
      assert_milestone_in_header (painter, layout, mx, &state);
      /* the period: a tint in the empty lane, not white */
      p = get_pixel (surface, (int) bx, (int) (ly + lh / 2));
      g_assert_false (pixel_near (p, 1, 1, 1, 3));
      g_assert_cmpint (p.b, <, p.r);   /* yellowish */

      /* cursor and preview only on screen */
      p = get_pixel (surface, (int) cx, (int) (ly + lh / 2));
      if (print)
        g_assert_cmpint (p.b, <=, p.r + 5);
      else
        g_assert_cmpint (p.b, >, p.r + 60);
      p = get_pixel (surface, (int) lp_timeline_layout_date_to_x (layout, D (26, 3, 2027)), (int) (ly + lh / 2));
      if (print)
        g_assert_cmpint (p.b, <=, p.r + 5);
      else
        g_assert_cmpint (p.b, >, p.r + 20);
      cairo_surface_destroy (surface);
    }

  /* dark mode: a dark background */
  state.flags = LP_PAINT_DARK;
  surface = draw_body (painter, 800, 300, &state);
  p = get_pixel (surface, 799, 299);
  g_assert_cmpint (p.r, <, 80);
  cairo_surface_destroy (surface);
}

static void
test_header (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 1, 2027), D (31, 12, 2027), 1);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(LpTimelinePainter) painter = lp_timeline_painter_new (layout);
  static const double scales[] = { 0.5, 2, 5, 50 };

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      double hh = lp_timeline_painter_get_header_height (painter);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 600, (int) hh);
      cairo_t *cr = cairo_create (surface);
      guint dark = 0;

      lp_timeline_layout_set_scale (layout, scales[s]);
      lp_timeline_painter_draw_header (painter, cr, 0, 600, hh, NULL);
      cairo_destroy (cr);

      /* some text was drawn in the top (year) row */
      for (int y = 0; y < hh / 3; y++)
        for (int x = 0; x < 200; x++)
          if (get_pixel (surface, x, y).r < 100)
            dark++;
      g_assert_cmpuint (dark, >, 10);
      cairo_surface_destroy (surface);
    }

  /* the whole trajectory on a small screen (~33 px a month): the month row
   * still says which month is which (initials) */
  {
    double hh = lp_timeline_painter_get_header_height (painter);
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 600, (int) hh);
    cairo_t *cr = cairo_create (surface);
    guint dark = 0;

    lp_timeline_layout_set_scale (layout, 1.1);
    lp_timeline_painter_draw_header (painter, cr, 0, 600, hh, NULL);
    cairo_destroy (cr);
    for (int y = (int) (hh / 2); y < (int) hh - 1; y++)
      for (int x = 0; x < 600; x++)
        if (get_pixel (surface, x, y).r < 100)
          dark++;
    g_assert_cmpuint (dark, >, 30);
    cairo_surface_destroy (surface);
  }
}

/* A trajectory from Friday 1 January 2027: its first week is ISO week 53 of
 * 2026, cut by the left edge of the view.  Its number is drawn whole inside
 * the visible part of that week (no ink in the edge column, as many inked
 * columns as the two digits of week 10 have), at each zoom with week numbers. */
static guint
ink_columns (cairo_surface_t *surface,
             int              x0,
             int              x1,
             int              y0,
             int              y1,
             gboolean        *at_edge)
{
  guint n = 0;

  for (int x = x0; x < x1; x++)
    {
      gboolean ink = FALSE;

      for (int y = y0; y < y1 && !ink; y++)
        ink = get_pixel (surface, x, y).r < 150;
      if (ink)
        {
          n++;
          if (at_edge != NULL && x == x0)
            *at_edge = TRUE;
        }
    }
  return n;
}

static void
test_week_53 (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 1, 2027), D (31, 12, 2027), 1);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(LpTimelinePainter) painter = lp_timeline_painter_new (layout);
  static const double scales[] = { 5, 8, 12 };

  g_assert_cmpuint (lp_date_get_iso_week (D (1, 1, 2027)), ==, 53);
  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      double hh;
      cairo_surface_t *surface;
      cairo_t *cr;
      int row, w10;
      /* Friday 1 January to Sunday 3 January: three days of week 53 in view */
      int cut = (int) (3 * scales[s]);
      gboolean at_edge = FALSE;
      guint w53_ink, w10_ink;

      g_test_message ("scale %g", scales[s]);
      lp_timeline_layout_set_scale (layout, scales[s]);
      hh = lp_timeline_painter_get_header_height (painter);
      row = (int) (hh * 2 / 3) + 1;
      /* week 10 begins on Monday 8 March 2027 */
      w10 = (int) lp_timeline_layout_date_to_x (layout, D (8, 3, 2027));
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1000, (int) hh);
      cr = cairo_create (surface);
      g_assert_true (lp_timeline_layout_shows_weeks (layout));
      g_assert_cmpfloat (7 * scales[s], <, 90);   /* the bare-number style */
      lp_timeline_painter_draw_header (painter, cr, 0, 1000, hh, NULL);
      cairo_destroy (cr);

      w53_ink = ink_columns (surface, 0, cut, row, (int) hh - 1, &at_edge);
      w10_ink = ink_columns (surface, w10 + 1, w10 + (int) (7 * scales[s]) - 1, row, (int) hh - 1, NULL);
      g_assert_cmpuint (w10_ink, >=, 6);
      g_assert_false (at_edge);
      g_assert_cmpuint (w53_ink, >=, w10_ink * 3 / 4);
      cairo_surface_destroy (surface);
    }
}

/* The keyboard cursor's lane and day are marked outside the body too: an
 * accent bar at the left of its lane's name cell and along the bottom of the
 * header at its day; nothing there without a cursor. */
static void
test_cursor_marks (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 1, 2027), D (30, 6, 2027), 3);
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(LpTimelinePainter) painter = lp_timeline_painter_new (layout);
  const double accent[3] = { 0.208, 0.518, 0.894 };
  LpPaintState state;
  double ly, lh, hh, cx;

  lp_timeline_layout_set_scale (layout, 6);
  hh = lp_timeline_painter_get_header_height (painter);
  g_assert_true (lp_timeline_layout_get_lane (layout, 1, &ly, &lh));
  cx = lp_timeline_layout_date_to_x (layout, D (10, 2, 2027));
  lp_paint_state_init (&state);

  for (int with_cursor = 0; with_cursor <= 1; with_cursor++)
    {
      cairo_surface_t *names = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 170, 400);
      cairo_surface_t *header = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 600, (int) hh);
      cairo_t *cr;

      state.cursor_track = with_cursor ? 1 : -1;
      state.cursor_date = with_cursor ? D (10, 2, 2027) : LP_DATE_NONE;
      cr = cairo_create (names);
      lp_timeline_painter_draw_lane_names (painter, cr, 0, 400, 170, &state);
      cairo_destroy (cr);
      cr = cairo_create (header);
      lp_timeline_painter_draw_header (painter, cr, 0, 600, hh, &state);
      cairo_destroy (cr);

      g_assert_true (pixel_near (get_pixel (names, 1, (int) (ly + lh / 2)), accent[0], accent[1], accent[2], 3)
                     == with_cursor);
      g_assert_false (pixel_near (get_pixel (names, 1, (int) (ly + lh + lh / 2)), accent[0], accent[1], accent[2], 3));
      g_assert_true (pixel_near (get_pixel (header, (int) cx + 3, (int) hh - 3), accent[0], accent[1], accent[2], 3)
                     == with_cursor);
      cairo_surface_destroy (names);
      cairo_surface_destroy (header);
    }
}

static void
test_status_sample (void)
{
  g_autoptr(LpTrajectory) t = lp_trajectory_new ();
  g_autoptr(LpTimelineLayout) layout = lp_timeline_layout_new (t);
  g_autoptr(LpTimelinePainter) painter = lp_timeline_painter_new (layout);
  static const double rgb[3] = { 0.2, 0.4, 0.8 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 300, 40);
  cairo_t *cr = cairo_create (surface);
  Pixel idea, confirmed;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  lp_timeline_painter_draw_status_sample (painter, cr, LP_STATUS_IDEA, rgb, &(LpRect) { 10, 10, 40, 20 }, NULL);
  lp_timeline_painter_draw_status_sample (painter, cr, LP_STATUS_CONFIRMED, rgb, &(LpRect) { 60, 10, 40, 20 }, NULL);
  lp_timeline_painter_draw_status_sample (painter, cr, LP_STATUS_EVALUATED, rgb, &(LpRect) { 110, 10, 40, 20 }, NULL);
  cairo_destroy (cr);

  idea = get_pixel (surface, 18, 20);
  confirmed = get_pixel (surface, 68, 20);
  g_assert_true (pixel_near (confirmed, 0.2, 0.4, 0.8, 2));
  g_assert_cmpint (idea.r, >, confirmed.r + 50);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/painter/empty", test_empty);
  g_test_add_func ("/render/painter/generated", test_generated);
  g_test_add_func ("/render/painter/sample", test_sample);
  g_test_add_func ("/render/painter/block-colour", test_block_colour);
  g_test_add_func ("/render/painter/paper-and-today", test_paper_and_today);
  g_test_add_func ("/render/painter/markers", test_markers);
  g_test_add_func ("/render/painter/header", test_header);
  g_test_add_func ("/render/painter/week-53", test_week_53);
  g_test_add_func ("/render/painter/cursor-marks", test_cursor_marks);
  g_test_add_func ("/render/painter/status-sample", test_status_sample);

  return g_test_run ();
}
