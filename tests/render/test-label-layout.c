/* test-label-layout.c — LpLabelLayout: every module labelled, nothing overlapping
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measured with a fixed width per character: no fonts needed.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "io/lp-reader.h"
#include "render/lp-label-layout.h"
#include "render-test-util.h"
#include "../template-util.h"

#define D(d, m, y) lp_date_from_dmy ((d), (m), (y))

#include "label-test-util.h"

static LpLabelLayout *
new_layout (LpTrajectory *t)
{
  LpLabelLayout *layout = lp_label_layout_new (t);
  g_autoptr(LpLabelMeasurer) measurer = fixed_measurer ();

  lp_label_layout_set_measurer (layout, measurer);
  return layout;
}

static void
set_fit (LpLabelLayout *layout,
         LpLabelFit     fit,
         LpLabelDetail  detail)
{
  LpLabelOptions options;

  lp_label_layout_get_options (layout, &options);
  options.fit = fit;
  options.detail = detail;
  lp_label_layout_set_options (layout, &options);
}

static void
set_numbered (LpLabelLayout *layout,
              gboolean       numbered)
{
  LpLabelOptions options;

  lp_label_layout_get_options (layout, &options);
  options.numbered = numbered;
  lp_label_layout_set_options (layout, &options);
}

static gboolean
overlap (const LpRect *a,
         const LpRect *b)
{
  return a->x < b->x + b->width - EPS && b->x < a->x + a->width - EPS
         && a->y < b->y + b->height - EPS && b->y < a->y + a->height - EPS;
}

static gboolean
contains (const LpRect *outer,
          const LpRect *inner)
{
  return inner->x >= outer->x - EPS && inner->y >= outer->y - EPS
         && inner->x + inner->width <= outer->x + outer->width + EPS
         && inner->y + inner->height <= outer->y + outer->height + EPS;
}

static GPtrArray *
all_boxes (LpLabelLayout *layout)
{
  LpRect all = { -1e7, -1e7, 2e7, 2e7 };

  return lp_label_layout_query (layout, &all);
}

static void
check_text (LpLabelLayout     *layout,
            const LpLabelText *text,
            guint              max_lines)
{
  LpLabelOptions options;

  lp_label_layout_get_options (layout, &options);
  g_assert_nonnull (text);
  g_assert_cmpuint (text->n_lines, >=, 1);
  g_assert_cmpuint (text->n_lines, <=, max_lines);
  g_assert_cmpuint (g_strv_length (text->lines), ==, text->n_lines);
  g_assert_cmpfloat (text->width, <=, options.max_width_em * EM + EPS);
}

/* One box per module, within its lane; no label overlaps another label or
 * another module's block; an inside label lies within its block; texts
 * within the maximum width; numbered: each box its own number, and its
 * label wide enough for the number before the widest line. */
static void
check_boxes (LpLabelLayout *layout,
             LpTrajectory  *t)
{
  GListModel *modules = lp_trajectory_get_modules (t);
  guint n = g_list_model_get_n_items (modules);
  g_autoptr(GPtrArray) boxes = all_boxes (layout);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  LpLabelOptions options;
  double width = lp_label_layout_get_width (layout);

  lp_label_layout_get_options (layout, &options);
  g_assert_cmpuint (boxes->len, ==, n);
  for (guint i = 0; i < boxes->len; i++)
    {
      const LpLabelBox *a = g_ptr_array_index (boxes, i);
      double lane_y, lane_h;
      guint n_rows;

      g_assert_false (g_hash_table_contains (seen, a->module));
      g_hash_table_add (seen, a->module);
      g_assert_true (lp_label_layout_get_box (layout, a->module) == a);
      check_text (layout, a->title, options.fit == LP_LABEL_FIT_WRAP ? options.max_lines : 1);
      if (a->detail != NULL)
        check_text (layout, a->detail, 1);
      g_assert_cmpuint (a->number, ==, lp_label_layout_get_number (layout, a->module));
      g_assert_true ((a->number > 0) == options.numbered);
      g_assert_true ((a->number_width > 0) == options.numbered);
      g_assert_cmpfloat (a->label.width + EPS, >=,
                         a->number_width + MAX (a->title->width, a->detail ? a->detail->width : 0));

      g_assert_true (lp_label_layout_get_lane (layout, a->track, &lane_y, &lane_h, &n_rows));
      g_assert_cmpuint (a->row + a->n_rows, <=, n_rows);
      g_assert_cmpfloat (a->block.y, >=, lane_y);
      g_assert_cmpfloat (a->block.y + a->block.height, <=, lane_y + lane_h);
      g_assert_true (contains (&a->block, &(LpRect) { a->block.x, a->label.y, a->block.width, a->label.height }));
      if (a->placement == LP_LABEL_INSIDE)
        g_assert_true (contains (&a->block, &a->label));
      else if (a->placement == LP_LABEL_RIGHT)
        g_assert_cmpfloat (a->label.x, >=, a->block.x + a->block.width);
      else
        g_assert_cmpfloat (a->label.x + a->label.width, <=, a->block.x);
      if (a->label.width <= width / 2)
        {
          /* a label narrower than half the range always fits on one side */
          g_assert_cmpfloat (a->label.x, >=, -EPS);
          g_assert_cmpfloat (a->label.x + a->label.width, <=, width + EPS);
        }

      for (guint j = i + 1; j < boxes->len; j++)
        {
          const LpLabelBox *b = g_ptr_array_index (boxes, j);

          if (a->track != b->track)
            continue;
          g_assert_false (overlap (&a->label, &b->label));
          g_assert_false (overlap (&a->label, &b->block));
          g_assert_false (overlap (&a->block, &b->label));
          g_assert_false (overlap (&a->block, &b->block));
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      const LpLabelBox *box = lp_label_layout_get_box (layout, m);
      const char *title = lp_trajectory_get_module_title (t, m);

      g_assert_nonnull (box);
      if (!box->title->shortened && box->title->n_lines == 1)
        g_assert_cmpstr (box->title->lines[0], ==, title);
    }
}

/* Lanes follow each other; each is its rows plus padding. */
static void
check_lanes (LpLabelLayout *layout)
{
  LpLabelOptions options;
  double rh = lp_label_layout_get_row_height (layout);
  double expect_y = 0;

  lp_label_layout_get_options (layout, &options);
  for (guint i = 0; i < lp_label_layout_get_n_lanes (layout); i++)
    {
      double y, h;
      guint rows;

      g_assert_true (lp_label_layout_get_lane (layout, i, &y, &h, &rows));
      g_assert_cmpfloat_with_epsilon (y, expect_y, EPS);
      g_assert_cmpfloat_with_epsilon (h, MAX (1, rows) * rh + options.lane_padding, EPS);
      expect_y += h;
    }
  g_assert_cmpfloat_with_epsilon (lp_label_layout_get_height (layout), expect_y, EPS);
}

/* Markers and their labels do not overlap each other (a period's own label
 * lies inside its span or beside it); all within the period. */
static void
check_markers (LpLabelLayout *layout)
{
  g_autoptr(GPtrArray) markers = lp_label_layout_query_markers (layout, -1e7, 1e7);
  double period = lp_label_layout_get_marker_height (layout);

  g_assert_cmpfloat (period, >, 0);
  for (guint i = 0; i < markers->len; i++)
    {
      const LpMarkerBox *a = g_ptr_array_index (markers, i);

      g_assert_cmpfloat (a->marker.y, >=, 0);
      g_assert_cmpfloat (a->marker.y + a->marker.height, <=, period);
      if (a->text != NULL)
        {
          g_assert_cmpfloat (a->label.y, >=, 0);
          g_assert_cmpfloat (a->label.y + a->label.height, <=, period);
          if (a->placement == LP_LABEL_INSIDE)
            g_assert_true (contains (&a->marker, &a->label));
          else
            g_assert_false (overlap (&a->marker, &a->label));
        }
      for (guint j = i + 1; j < markers->len; j++)
        {
          const LpMarkerBox *b = g_ptr_array_index (markers, j);

          g_assert_false (overlap (&a->marker, &b->marker));
          g_assert_false (overlap (&a->marker, &b->label));
          g_assert_false (overlap (&a->label, &b->marker));
          g_assert_false (overlap (&a->label, &b->label));
        }
    }
}

static void
check_all (LpLabelLayout *layout,
           LpTrajectory  *t)
{
  check_boxes (layout, t);
  check_lanes (layout);
  if (g_list_model_get_n_items (lp_trajectory_get_milestones (t)) > 0)
    check_markers (layout);
}

/* Scale at which the range fills a width. */
static double
fit_scale (LpLabelLayout *layout,
           double         width)
{
  return width / (lp_label_layout_get_last_date (layout) - lp_label_layout_get_first_date (layout) + 1);
}

static void
check_modes (LpLabelLayout *layout,
             LpTrajectory  *t)
{
  const double scales[] = { fit_scale (layout, 1720), fit_scale (layout, 1000), 6.0, 40.0 };

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    for (int fit = LP_LABEL_FIT_ELLIPSIZE; fit <= LP_LABEL_FIT_WRAP; fit++)
      for (int detail = LP_LABEL_DETAIL_NONE; detail <= LP_LABEL_DETAIL_LOCATION; detail++)
        for (int numbered = FALSE; numbered <= TRUE; numbered++)
          {
            lp_label_layout_set_scale (layout, scales[s]);
            set_fit (layout, fit, detail);
            set_numbered (layout, numbered);
            check_all (layout, t);
          }
}

static void
test_templates (void)
{
  g_autoptr(GPtrArray) paths = test_template_paths ();

  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (g_ptr_array_index (paths, i));
      g_autoptr(GError) error = NULL;
      g_autoptr(LpTrajectory) t = lp_reader_load_file (file, NULL, NULL, &error);
      g_autoptr(LpLabelLayout) layout = NULL;

      g_assert_no_error (error);
      layout = new_layout (t);
      check_modes (layout, t);
    }
}

static double
extent_start (const LpLabelBox *b)
{
  return MIN (b->block.x, b->label.x);
}

static double
extent_end (const LpLabelBox *b)
{
  return MAX (b->block.x + b->block.width, b->label.x + b->label.width);
}

/* Most one-row boxes whose extents (plus the gap after them) meet at the
 * left edge of one of them. */
static guint
max_depth (LpLabelLayout *layout)
{
  g_autoptr(GPtrArray) boxes = all_boxes (layout);
  LpLabelOptions options;
  guint depth = 0;

  lp_label_layout_get_options (layout, &options);
  for (guint i = 0; i < boxes->len; i++)
    {
      double x = extent_start (g_ptr_array_index (boxes, i));
      guint n = 0;

      for (guint j = 0; j < boxes->len; j++)
        {
          const LpLabelBox *b = g_ptr_array_index (boxes, j);

          g_assert_cmpuint (b->n_rows, ==, 1);
          if (extent_start (b) <= x && x < extent_end (b) + options.padding)
            n++;
        }
      depth = MAX (depth, n);
    }
  return depth;
}

/* 40 one-day modules in one month on one lane: they stack into rows and
 * the lane grows to hold them. */
static void
test_crowded_month (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 9, 2026), D (31, 8, 2027), 2);
  g_autoptr(LpLabelLayout) layout = new_layout (t);
  double rh, y, h;
  guint rows;

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *id = g_strdup_printf ("m%u", i);
      LpModule *m = render_test_add (t, id, 0, D (1 + (i * 29) / 40, 10, 2026), 1 + i % 2, NULL);
      g_autofree char *title = g_strdup_printf ("Leerplaats %u", i);

      lp_module_set_title (m, title);
    }
  lp_label_layout_set_scale (layout, fit_scale (layout, 1720));
  check_modes (layout, t);

  lp_label_layout_set_scale (layout, fit_scale (layout, 1720));
  set_fit (layout, LP_LABEL_FIT_ELLIPSIZE, LP_LABEL_DETAIL_NONE);
  rh = lp_label_layout_get_row_height (layout);
  g_assert_true (lp_label_layout_get_lane (layout, 0, &y, &h, &rows));
  /* as many rows as items meet at one point (with the gap): no more */
  g_assert_cmpuint (rows, ==, max_depth (layout));
  g_assert_cmpuint (rows, >, 20);
  g_assert_cmpfloat_with_epsilon (h, rows * rh + 8.0, EPS);
  g_assert_true (lp_label_layout_get_lane (layout, 1, &y, NULL, &rows));
  g_assert_cmpfloat (y, ==, h);
  g_assert_cmpuint (rows, ==, 0);
}

static void
add_markers (LpTrajectory *t,
             GRand        *rand,
             LpDate        start,
             guint         span)
{
  static const char *labels[] = { "Verkiezingen", "Coalitieakkoord", "Begroting", "", "Kadernota",
                                  "Een heel lange naam voor een mijlpaal die niet op één regel past" };
  guint n = g_rand_int_range (rand, 1, 8);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);
      g_autofree char *bid = g_strdup_printf ("b%u", i);
      LpDate d = start + g_rand_int_range (rand, 0, span);
      g_autoptr(LpMilestone) ms = lp_milestone_new (id, d, LP_MILESTONE_BUDGET,
                                                    labels[g_rand_int_range (rand, 0, G_N_ELEMENTS (labels))]);
      g_autoptr(LpPeriod) period = lp_period_new (bid, d, d + g_rand_int_range (rand, 0, 60), LP_PERIOD_RECESS,
                                            labels[g_rand_int_range (rand, 0, G_N_ELEMENTS (labels))]);

      lp_trajectory_load_milestone (t, ms);
      if (g_rand_boolean (rand))
        lp_trajectory_load_period (t, period);
    }
}

static void
test_random (void)
{
  static const char *titles[] = { NULL, "Wie beslist?", "Intervisie", "Tijdmaal met de raad",
    "Leerplaats groep 1: Wie beslist? Rollen van raad, college en ambtenaren in het samenspel",
    "Pressurecooker", "Aftrap: wat verwachten bestuur en organisatie van elkaar?" };
  static const char *people[] = { NULL, "Anne de Vries", "Trainer leerplaats" };

  for (guint32 seed = 1; seed <= 40; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      guint n_months = g_rand_int_range (rand, 2, 25);   /* modules up to 40 days */
      g_autoptr(LpTrajectory) t = render_test_generate (g_rand_int_range (rand, 0, 250),
                                                        g_rand_int_range (rand, 1, 7), n_months, seed);
      g_autoptr(LpLabelLayout) layout = new_layout (t);
      GListModel *modules = lp_trajectory_get_modules (t);
      LpDate start = lp_trajectory_get_span_start (t);

      for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
        {
          g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
          const char *facilitators[] = { people[g_rand_int_range (rand, 0, 3)], NULL };

          lp_module_set_title (m, titles[g_rand_int_range (rand, 0, G_N_ELEMENTS (titles))]);
          lp_module_set_facilitators (m, facilitators);
          if (g_rand_boolean (rand))
            lp_module_set_start_time (m, 9 * 60);
        }
      add_markers (t, rand, start, lp_trajectory_get_span_end (t) - start + 1);
      lp_label_layout_invalidate (layout);

      lp_label_layout_set_scale (layout, g_rand_double_range (rand, 0.3, 60));
      set_fit (layout, g_rand_int_range (rand, 0, 2), g_rand_int_range (rand, 0, 4));
      check_all (layout, t);
      lp_label_layout_set_scale (layout, fit_scale (layout, 1720));
      check_all (layout, t);
    }
}

/* Overlapping modules push the lane down: later lanes move by as much. */
static void
test_lanes_grow (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 1, 2027), D (31, 3, 2027), 3);
  g_autoptr(LpLabelLayout) layout = new_layout (t);
  double rh, h0, h1, y2_before, y2_after;
  guint rows;

  lp_label_layout_set_scale (layout, 10);
  render_test_add (t, "a", 1, D (5, 1, 2027), 2, NULL);
  lp_label_layout_invalidate (layout);
  rh = lp_label_layout_get_row_height (layout);
  lp_label_layout_get_lane (layout, 1, NULL, &h0, &rows);
  g_assert_cmpuint (rows, ==, 1);
  lp_label_layout_get_lane (layout, 2, &y2_before, NULL, NULL);

  render_test_add (t, "b", 1, D (6, 1, 2027), 2, NULL);
  render_test_add (t, "c", 1, D (7, 1, 2027), 2, NULL);
  lp_label_layout_invalidate (layout);
  lp_label_layout_get_lane (layout, 1, NULL, &h1, &rows);
  g_assert_cmpuint (rows, ==, 3);
  g_assert_cmpfloat_with_epsilon (h1 - h0, 2 * rh, EPS);
  lp_label_layout_get_lane (layout, 2, &y2_after, NULL, NULL);
  g_assert_cmpfloat_with_epsilon (y2_after - y2_before, 2 * rh, EPS);
  check_all (layout, t);
}

/* A hidden lane is empty and flat; the others keep their boxes. */
static void
test_hidden_lanes (void)
{
  g_autoptr(LpTrajectory) t = render_test_generate (60, 3, 6, 11);
  g_autoptr(LpLabelLayout) layout = new_layout (t);
  const gboolean hidden[] = { FALSE, TRUE };
  GListModel *modules = lp_trajectory_get_modules (t);
  double y1, h1, y2, h0;
  guint n_hidden = 0;

  lp_label_layout_set_scale (layout, 4);
  lp_label_layout_get_lane (layout, 0, NULL, &h0, NULL);
  lp_label_layout_set_hidden_tracks (layout, hidden, G_N_ELEMENTS (hidden));
  g_assert_true (lp_label_layout_get_lane (layout, 1, &y1, &h1, NULL));
  g_assert_cmpfloat (h1, ==, 0);
  g_assert_true (lp_label_layout_get_lane (layout, 2, &y2, NULL, NULL));
  g_assert_cmpfloat (y2, ==, h0);
  g_assert_cmpint (lp_label_layout_track_at_y (layout, y1), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      gboolean in_hidden = lp_module_get_track (m) == render_test_track (t, 1);

      n_hidden += in_hidden;
      g_assert_true ((lp_label_layout_get_box (layout, m) == NULL) == in_hidden);
    }
  g_assert_cmpuint (n_hidden, >, 0);

  lp_label_layout_set_hidden_tracks (layout, NULL, 0);
  check_all (layout, t);
}

/* Inside when the block holds the label; right of a narrow block; left of
 * one near the end of the range; the kind's name when there is no title. */
static void
test_placement (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 1, 2027), D (31, 3, 2027), 1);
  g_autoptr(LpLabelLayout) layout = new_layout (t);
  LpModule *wide = render_test_add (t, "wide", 0, D (1, 1, 2027), 30, NULL);
  LpModule *narrow = render_test_add (t, "narrow", 0, D (1, 2, 2027), 1, NULL);
  LpModule *late = render_test_add (t, "late", 0, D (30, 3, 2027), 1, NULL);
  const LpLabelBox *box;
  double width;

  lp_module_set_title (wide, "Tegenspraak");
  lp_module_set_title (late, "Eindevaluatie met de raad");
  lp_label_layout_set_scale (layout, 10);
  lp_label_layout_invalidate (layout);
  width = lp_label_layout_get_width (layout);

  box = lp_label_layout_get_box (layout, wide);
  g_assert_cmpint (box->placement, ==, LP_LABEL_INSIDE);
  g_assert_cmpfloat_with_epsilon (box->label.width, strlen ("Tegenspraak") * CHAR_W, EPS);

  box = lp_label_layout_get_box (layout, narrow);
  g_assert_cmpint (box->placement, ==, LP_LABEL_RIGHT);
  g_assert_cmpstr (box->title->lines[0], ==,
                   lp_kind_get_name (lp_trajectory_get_module_kind (t, narrow)));

  box = lp_label_layout_get_box (layout, late);
  g_assert_cmpint (box->placement, ==, LP_LABEL_LEFT);
  g_assert_cmpfloat (box->label.x + box->label.width, <=, box->block.x);
  g_assert_cmpfloat (box->block.x + box->block.width, <=, width);
  g_assert_cmpfloat (box->label.x, >=, 0);
  check_all (layout, t);
}

static const char *medium_title = "Leerplaats groep 1: Wie beslist? Rollen van raad en college";

/* A title longer than the maximum width: one line ending in "…" on screen;
 * on paper two lines that together are the whole title, in two rows. */
static void
test_long_title (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 1, 2027), D (31, 3, 2027), 1);
  g_autoptr(LpLabelLayout) layout = new_layout (t);
  LpModule *m = render_test_add (t, "m", 0, D (1, 2, 2027), 1, NULL);
  double max_w = 28 * EM;
  const LpLabelBox *box;
  g_autofree char *joined = NULL;

  lp_module_set_title (m, medium_title);
  g_assert_cmpfloat (strlen (medium_title) * CHAR_W, >, max_w);
  g_assert_cmpfloat (strlen (medium_title) * CHAR_W, <=, 2 * max_w);
  /* room for the whole maximum width right of the block within the range */
  lp_label_layout_set_scale (layout, 6);
  lp_label_layout_invalidate (layout);

  box = lp_label_layout_get_box (layout, m);
  g_assert_cmpuint (box->title->n_lines, ==, 1);
  g_assert_true (box->title->shortened);
  g_assert_true (g_str_has_suffix (box->title->lines[0], "…"));
  g_assert_true (strncmp (box->title->lines[0], medium_title, strlen (box->title->lines[0]) - strlen ("…")) == 0);
  g_assert_cmpfloat (box->title->width, <=, max_w);
  g_assert_cmpfloat (box->title->width, >, max_w - 2 * CHAR_W);
  g_assert_cmpfloat (box->label.width, <=, max_w);
  g_assert_cmpuint (box->n_rows, ==, 1);

  set_fit (layout, LP_LABEL_FIT_WRAP, LP_LABEL_DETAIL_NONE);
  box = lp_label_layout_get_box (layout, m);
  g_assert_cmpuint (box->title->n_lines, ==, 2);
  g_assert_false (box->title->shortened);
  joined = g_strjoinv (" ", box->title->lines);
  g_assert_cmpstr (joined, ==, medium_title);
  g_assert_cmpfloat (box->title->width, <=, max_w);
  g_assert_cmpuint (box->n_rows, ==, 2);
  g_assert_cmpfloat (box->label.height, ==, 2 * 16.0);
  check_all (layout, t);
}

/* Milestones and periods are packed in their own period: labels whole for
 * periods, none over another marker. */
static void
test_markers (void)
{
  g_autoptr(LpTrajectory) t = render_test_trajectory (D (1, 1, 2027), D (31, 12, 2027), 1);
  g_autoptr(LpLabelLayout) layout = new_layout (t);
  const char *long_label = "Zomerreces van de gemeenteraad en het college, met vakantie van alle ambtenaren";
  g_autoptr(LpMilestone) e1 = lp_milestone_new ("e1", D (10, 3, 2027), LP_MILESTONE_ELECTION, "Verkiezingen");
  g_autoptr(LpMilestone) e2 = lp_milestone_new ("e2", D (12, 3, 2027), LP_MILESTONE_OTHER, "Coalitieakkoord");
  g_autoptr(LpMilestone) e3 = lp_milestone_new ("e3", D (31, 12, 2027), LP_MILESTONE_EVALUATION, "Eindevaluatie");
  g_autoptr(LpPeriod) b1 = lp_period_new ("b1", D (10, 7, 2027), D (22, 8, 2027), LP_PERIOD_RECESS, long_label);
  g_autoptr(LpPeriod) b2 = lp_period_new ("b2", D (1, 3, 2027), D (14, 3, 2027), LP_PERIOD_HOLIDAY, "Voorjaarsvakantie");
  g_autoptr(GPtrArray) markers = NULL;
  guint n_shortened = 0;

  lp_trajectory_load_milestone (t, e1);
  lp_trajectory_load_milestone (t, e2);
  lp_trajectory_load_milestone (t, e3);
  lp_trajectory_load_period (t, b1);
  lp_trajectory_load_period (t, b2);
  render_test_add (t, "m", 0, D (10, 3, 2027), 1, NULL);
  lp_label_layout_set_scale (layout, fit_scale (layout, 1720));

  markers = lp_label_layout_query_markers (layout, -1e7, 1e7);
  g_assert_cmpuint (markers->len, ==, 5);
  for (guint i = 0; i < markers->len; i++)
    {
      const LpMarkerBox *mb = g_ptr_array_index (markers, i);

      g_assert_nonnull (mb->text);
      n_shortened += mb->text->shortened;
      if (mb->object == b1)
        {
          g_assert_cmpuint (mb->text->n_lines, ==, 1);
          g_assert_cmpstr (mb->text->lines[0], ==, long_label);
        }
      if (mb->object == e3)
        g_assert_cmpint (mb->placement, ==, LP_LABEL_LEFT);
    }
  g_assert_cmpuint (n_shortened, ==, 0);
  check_markers (layout);
  /* three markers meet around 10 March: three rows */
  g_assert_cmpfloat (lp_label_layout_get_marker_height (layout), >=, 3 * lp_label_layout_get_row_height (layout));
}

/* The query returns exactly what meets the rectangle; hit-testing finds
 * blocks and labels beside them. */
static void
test_query_and_hit (void)
{
  g_autoptr(LpTrajectory) t = render_test_generate (400, 4, 12, 99);
  g_autoptr(LpLabelLayout) layout = new_layout (t);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);

  lp_label_layout_set_scale (layout, 8);
  all = all_boxes (layout);
  for (guint q = 0; q < 50; q++)
    {
      LpRect r = { g_rand_double_range (rand, -100, lp_label_layout_get_width (layout)),
                   g_rand_double_range (rand, -100, lp_label_layout_get_height (layout)),
                   g_rand_double_range (rand, 1, 800), g_rand_double_range (rand, 1, 600) };
      g_autoptr(GPtrArray) got = lp_label_layout_query (layout, &r);
      guint expected = 0;

      for (guint i = 0; i < all->len; i++)
        {
          const LpLabelBox *b = g_ptr_array_index (all, i);
          gboolean meets = overlap (&b->block, &r) || overlap (&b->label, &r);

          if (meets)
            {
              expected++;
              g_assert_true (g_ptr_array_find (got, b, NULL));
            }
        }
      g_assert_cmpuint (got->len, >=, expected);
    }

  for (guint i = 0; i < all->len; i++)
    {
      const LpLabelBox *b = g_ptr_array_index (all, i);
      LpLabelHit hit;

      g_assert_true (lp_label_layout_hit_test (layout, b->block.x + b->block.width / 2,
                                               b->block.y + b->block.height / 2, &hit) == b);
      g_assert_cmpint (hit, ==, LP_LABEL_HIT_BLOCK);
      if (b->placement != LP_LABEL_INSIDE)
        {
          g_assert_true (lp_label_layout_hit_test (layout, b->label.x + b->label.width / 2,
                                                   b->label.y + b->label.height / 2, &hit) == b);
          g_assert_cmpint (hit, ==, LP_LABEL_HIT_LABEL);
        }
    }
  g_assert_null (lp_label_layout_hit_test (layout, 10, -5, NULL));
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

/* Widths are measured once per text: a new scale at which every label
 * fits within the range re-packs without measuring (at tinier zooms, a
 * label wider than its room is fitted to it, once per em of room); an edit
 * through the trajectory invalidates the layout (one "changed" until the
 * next query). */
static void
test_cache_and_changes (void)
{
  g_autoptr(LpTrajectory) t = render_test_generate (300, 4, 12, 3);
  g_autoptr(LpLabelLayout) layout = new_layout (t);
  g_autoptr(LpModule) m = g_list_model_get_item (lp_trajectory_get_modules (t), 0);
  guint measured, changed = 0;
  double x_before;

  g_signal_connect (layout, "changed", G_CALLBACK (count_cb), &changed);
  lp_label_layout_update (layout);
  measured = n_measured;
  g_assert_cmpuint (measured, >, 0);
  for (double s = 3; s < 60; s *= 1.5)
    {
      lp_label_layout_set_scale (layout, s);
      lp_label_layout_update (layout);
    }
  g_assert_cmpuint (n_measured, ==, measured);

  x_before = lp_label_layout_get_box (layout, m)->block.x;
  changed = 0;
  lp_trajectory_move_module (t, m, lp_module_get_track (m), lp_module_get_start (m) + 3,
                             lp_module_get_end (m) + 3);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpfloat_with_epsilon (lp_label_layout_get_box (layout, m)->block.x,
                                  x_before + 3 * lp_label_layout_get_scale (layout), EPS);
  g_assert_cmpuint (n_measured, ==, measured);

  lp_trajectory_set_string (t, m, "title", "Een nieuwe titel");
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpstr (lp_label_layout_get_box (layout, m)->title->lines[0], ==, "Een nieuwe titel");
  g_assert_cmpuint (n_measured, >, measured);
}

static void
assert_same_rect (const LpRect *a,
                  const LpRect *b)
{
  g_assert_cmpfloat_with_epsilon (a->x, b->x, EPS);
  g_assert_cmpfloat_with_epsilon (a->y, b->y, EPS);
  g_assert_cmpfloat_with_epsilon (a->width, b->width, EPS);
  g_assert_cmpfloat_with_epsilon (a->height, b->height, EPS);
}

/* layout (kept up to date through changes) equals a layout made afresh. */
static void
assert_same_as_fresh (LpLabelLayout *layout,
                      LpTrajectory  *t)
{
  g_autoptr(LpLabelLayout) fresh = lp_label_layout_new (t);
  g_autoptr(GPtrArray) boxes = all_boxes (layout);
  g_autoptr(GPtrArray) fresh_boxes = NULL;
  g_autoptr(GPtrArray) markers = lp_label_layout_query_markers (layout, -1e7, 1e7);
  g_autoptr(GPtrArray) fresh_markers = NULL;
  LpLabelOptions options;

  lp_label_layout_set_measurer (fresh, lp_label_layout_get_measurer (layout));
  lp_label_layout_get_options (layout, &options);
  lp_label_layout_set_options (fresh, &options);
  lp_label_layout_set_scale (fresh, lp_label_layout_get_scale (layout));
  fresh_boxes = all_boxes (fresh);
  fresh_markers = lp_label_layout_query_markers (fresh, -1e7, 1e7);

  g_assert_cmpuint (boxes->len, ==, fresh_boxes->len);
  for (guint i = 0; i < boxes->len; i++)
    {
      const LpLabelBox *a = g_ptr_array_index (boxes, i);
      const LpLabelBox *b = g_ptr_array_index (fresh_boxes, i);
      g_autofree char *ta = g_strjoinv ("\n", a->title->lines);
      g_autofree char *tb = g_strjoinv ("\n", b->title->lines);

      g_assert_true (a->module == b->module);
      g_assert_cmpuint (a->track, ==, b->track);
      g_assert_cmpuint (a->row, ==, b->row);
      g_assert_cmpuint (a->n_rows, ==, b->n_rows);
      g_assert_cmpint (a->placement, ==, b->placement);
      assert_same_rect (&a->block, &b->block);
      assert_same_rect (&a->label, &b->label);
      g_assert_cmpstr (ta, ==, tb);
      g_assert_true ((a->detail == NULL) == (b->detail == NULL));
      if (a->detail != NULL)
        g_assert_cmpstr (a->detail->lines[0], ==, b->detail->lines[0]);
    }
  for (guint i = 0; i < lp_label_layout_get_n_lanes (layout); i++)
    {
      double y, h, fy, fh;
      guint rows, frows;

      lp_label_layout_get_lane (layout, i, &y, &h, &rows);
      lp_label_layout_get_lane (fresh, i, &fy, &fh, &frows);
      g_assert_cmpfloat_with_epsilon (y, fy, EPS);
      g_assert_cmpfloat_with_epsilon (h, fh, EPS);
      g_assert_cmpuint (rows, ==, frows);
    }
  g_assert_cmpfloat_with_epsilon (lp_label_layout_get_height (layout), lp_label_layout_get_height (fresh), EPS);
  g_assert_cmpuint (markers->len, ==, fresh_markers->len);
  for (guint i = 0; i < markers->len; i++)
    {
      const LpMarkerBox *a = g_ptr_array_index (markers, i);
      const LpMarkerBox *b = g_ptr_array_index (fresh_markers, i);

      g_assert_true (a->object == b->object);
      assert_same_rect (&a->marker, &b->marker);
      assert_same_rect (&a->label, &b->label);
    }
}

/* Edits through the trajectory (moves within and between lanes, titles,
 * times, a renamed kind, a moved milestone) update only what they touch,
 * and the result is what a fresh layout gives. */
static void
test_updates_match_fresh (void)
{
  g_autoptr(LpTrajectory) t = render_test_generate (150, 4, 6, 21);
  g_autoptr(LpLabelLayout) layout = new_layout (t);
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);
  g_autoptr(LpKind) kind = lp_kind_new ("own");
  g_autoptr(LpMilestone) ms = lp_milestone_new ("e1", D (1, 10, 2026), LP_MILESTONE_BUDGET, "Begroting");
  GListModel *modules = lp_trajectory_get_modules (t);
  guint n = g_list_model_get_n_items (modules);
  LpDate start = lp_trajectory_get_span_start (t);

  lp_kind_set_name (kind, "Eigen soort");
  lp_trajectory_load_kind (t, kind);
  lp_trajectory_load_milestone (t, ms);
  for (guint i = 0; i < n; i += 5)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      lp_module_set_kind_id (m, "own");
    }
  set_fit (layout, LP_LABEL_FIT_WRAP, LP_LABEL_DETAIL_DATES);
  lp_label_layout_set_scale (layout, 5);
  lp_label_layout_invalidate (layout);
  assert_same_as_fresh (layout, t);

  for (guint step = 0; step < 60; step++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, g_rand_int_range (rand, 0, n));
      LpTrack *track = render_test_track (t, g_rand_int_range (rand, 0, 4));
      int shift = g_rand_int_range (rand, -20, 21);
      LpDate s = CLAMP ((gint64) lp_module_get_start (m) + shift, start, start + 150);

      switch (step % 6)
        {
        case 0:
        case 1:
          lp_trajectory_move_module (t, m, lp_module_get_track (m), s, s + lp_module_get_n_days (m) - 1);
          break;
        case 2:
          lp_trajectory_move_module (t, m, track, s, s + lp_module_get_n_days (m) - 1);
          break;
        case 3:
          lp_trajectory_set_string (t, m, "title", step % 4 ? NULL : medium_title);
          break;
        case 4:
          lp_trajectory_set_int (t, m, "start-time", g_rand_int_range (rand, 0, 24 * 60));
          break;
        default:
          lp_trajectory_set_string (t, kind, "name", step % 4 ? "Kort" : "Een soort met een lange naam");
          lp_trajectory_set_uint (t, ms, "date", s);
          break;
        }
      assert_same_as_fresh (layout, t);
    }
  check_all (layout, t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lp_reader_init ();

  g_test_add_func ("/render/label-layout/templates", test_templates);
  g_test_add_func ("/render/label-layout/crowded-month", test_crowded_month);
  g_test_add_func ("/render/label-layout/random", test_random);
  g_test_add_func ("/render/label-layout/lanes-grow", test_lanes_grow);
  g_test_add_func ("/render/label-layout/hidden-lanes", test_hidden_lanes);
  g_test_add_func ("/render/label-layout/placement", test_placement);
  g_test_add_func ("/render/label-layout/long-title", test_long_title);
  g_test_add_func ("/render/label-layout/markers", test_markers);
  g_test_add_func ("/render/label-layout/query-and-hit", test_query_and_hit);
  g_test_add_func ("/render/label-layout/cache-and-changes", test_cache_and_changes);
  g_test_add_func ("/render/label-layout/updates-match-fresh", test_updates_match_fresh);

  return g_test_run ();
}
