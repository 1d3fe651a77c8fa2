/* test-label-numbers.c — the key's numbers in a numbered label layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/lp-date.h"
#include "io/lp-reader.h"
#include "render/lp-label-layout.h"

#include "label-test-util.h"
#include "render-test-util.h"

static LpLabelLayout *
numbered_layout (LpTrajectory *t)
{
  LpLabelLayout *layout = lp_label_layout_new (t);
  g_autoptr(LpLabelMeasurer) measurer = fixed_measurer ();
  LpLabelOptions options;

  lp_label_layout_set_measurer (layout, measurer);
  lp_label_layout_get_options (layout, &options);
  options.numbered = TRUE;
  options.fit = LP_LABEL_FIT_WRAP;
  lp_label_layout_set_options (layout, &options);
  return layout;
}

/* The modules by number: each shown module has one of 1..m (m of them),
 * and the others none.  Returns the modules in number order. */
static GPtrArray *
by_number (LpLabelLayout *layout,
           LpTrajectory  *t,
           guint          expect)
{
  GListModel *modules = lp_trajectory_get_modules (t);
  guint n = g_list_model_get_n_items (modules);
  GPtrArray *order = g_ptr_array_new_full (n, g_object_unref);
  guint numbered = 0;

  g_ptr_array_set_size (order, expect);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      guint k = lp_label_layout_get_number (layout, m);

      if (k == 0)
        continue;
      g_assert_cmpuint (k, <=, expect);
      g_assert_null (order->pdata[k - 1]);
      order->pdata[k - 1] = g_object_ref (m);
      numbered++;
    }
  g_assert_cmpuint (numbered, ==, expect);
  return order;
}

/* In chart order: lane by lane, then by start date and time. */
static void
assert_chart_order (LpTrajectory *t,
                    GPtrArray    *order)
{
  for (guint i = 1; i < order->len; i++)
    {
      LpModule *a = order->pdata[i - 1], *b = order->pdata[i];
      int la = lp_trajectory_get_track_index (t, lp_module_get_track (a));
      int lb = lp_trajectory_get_track_index (t, lp_module_get_track (b));

      g_assert_cmpint (la, <=, lb);
      if (la == lb)
        {
          g_assert_cmpuint (lp_module_get_start (a), <=, lp_module_get_start (b));
          if (lp_module_get_start (a) == lp_module_get_start (b))
            g_assert_cmpint (lp_module_get_start_time (a), <=, lp_module_get_start_time (b));
        }
    }
}

/* Every module of a template numbered once, in chart order; the same
 * number on its box. */
static void
test_template_order (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("LEERPLAATS_SOURCE_DIR"), "data", "templates",
                                            "bestuursadvisering.leerplaats", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LpTrajectory) t = lp_reader_load_file (file, NULL, NULL, NULL);
  g_autoptr(LpLabelLayout) layout = NULL;
  g_autoptr(GPtrArray) order = NULL;

  g_assert_nonnull (t);
  layout = numbered_layout (t);
  order = by_number (layout, t, g_list_model_get_n_items (lp_trajectory_get_modules (t)));
  assert_chart_order (t, order);
  for (guint i = 0; i < order->len; i++)
    g_assert_cmpuint (lp_label_layout_get_box (layout, order->pdata[i])->number, ==, i + 1);
}

/* Without the option nothing is numbered. */
static void
test_off (void)
{
  g_autoptr(LpTrajectory) t = render_test_generate (40, 3, 4, 2);
  g_autoptr(LpLabelLayout) layout = lp_label_layout_new (t);
  GListModel *modules = lp_trajectory_get_modules (t);

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);

      g_assert_cmpuint (lp_label_layout_get_number (layout, m), ==, 0);
      g_assert_cmpuint (lp_label_layout_get_box (layout, m)->number, ==, 0);
      g_assert_cmpfloat (lp_label_layout_get_box (layout, m)->number_width, ==, 0);
    }
}

/* A hidden lane's modules have no number; the others are numbered 1..m
 * with no gap. */
static void
test_hidden_lane (void)
{
  g_autoptr(LpTrajectory) t = render_test_generate (60, 3, 6, 11);
  g_autoptr(LpLabelLayout) layout = numbered_layout (t);
  const gboolean hidden[] = { FALSE, TRUE };
  GListModel *modules = lp_trajectory_get_modules (t);
  guint shown = 0;
  g_autoptr(GPtrArray) order = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);

      shown += lp_module_get_track (m) != render_test_track (t, 1);
    }
  lp_label_layout_set_hidden_tracks (layout, hidden, G_N_ELEMENTS (hidden));
  order = by_number (layout, t, shown);
  assert_chart_order (t, order);
}

/* A module moved to the end of its lane takes the lane's last number and
 * the ones after it move up: the numbers follow edits. */
static void
test_follows_moves (void)
{
  g_autoptr(LpTrajectory) t = render_test_generate (30, 2, 3, 5);
  g_autoptr(LpLabelLayout) layout = numbered_layout (t);
  guint n = g_list_model_get_n_items (lp_trajectory_get_modules (t));
  g_autoptr(GPtrArray) before = by_number (layout, t, n);
  g_autoptr(GPtrArray) after = NULL;
  LpModule *first = before->pdata[0];
  LpDate latest = 0;
  guint last_of_lane = 0;

  for (guint i = 0; i < n; i++)
    if (lp_module_get_track (before->pdata[i]) == lp_module_get_track (first))
      {
        last_of_lane = i + 1;
        latest = MAX (latest, lp_module_get_start (before->pdata[i]));
      }
  g_assert_cmpuint (last_of_lane, >, 1);
  lp_trajectory_move_module (t, first, lp_module_get_track (first), latest + 1, latest + 1);
  g_assert_cmpuint (lp_module_get_start (first), ==, latest + 1);
  after = by_number (layout, t, n);
  assert_chart_order (t, after);
  g_assert_true (after->pdata[last_of_lane - 1] == first);
  g_assert_true (after->pdata[0] == before->pdata[1]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lp_reader_init ();

  g_test_add_func ("/render/label-numbers/template-order", test_template_order);
  g_test_add_func ("/render/label-numbers/off", test_off);
  g_test_add_func ("/render/label-numbers/hidden-lane", test_hidden_lane);
  g_test_add_func ("/render/label-numbers/follows-moves", test_follows_moves);

  return g_test_run ();
}
