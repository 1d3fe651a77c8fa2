/* test-painter-labels.c — every module's label is drawn, for the templates;
 * theme colours that differ without colour vision
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each template is painted whole at the scale that fits it in 1,700 px (the
 * body of a 1920 px window); inside each module's label box there must be
 * ink: pixels other than the box's most common colour, more than grid lines
 * alone would give.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/lp-library.h"
#include "io/lp-reader.h"
#include "render/lp-label-layout.h"
#include "render/lp-timeline-painter.h"
#include "../template-util.h"

/* Share of the pixels in [x0, x1) × [y0, y1) that differ from the most
 * common colour there. */
static double
ink_share (cairo_surface_t *surface,
           int              x0,
           int              y0,
           int              x1,
           int              y1)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  guint32 modal = 0;
  guint best = 0, total = 0, other;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        guint32 v;
        guint n;

        memcpy (&v, data + y * stride + x * 4, 4);
        v &= 0xffffff;
        n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (v + 1))) + 1;
        g_hash_table_insert (counts, GUINT_TO_POINTER (v + 1), GUINT_TO_POINTER (n));
        if (n > best)
          {
            best = n;
            modal = v;
          }
        total++;
      }
  (void) modal;
  other = total - best;
  return total > 0 ? other / (double) total : 0;
}

/* The template at path, laid out with its painter so that the whole
 * period is width px wide. */
static LpTimelineLayout *
layout_template (const char         *path,
                 double              width,
                 LpTrajectory      **t,
                 LpTimelinePainter **painter)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LpTimelineLayout *layout;
  double days;

  *t = lp_reader_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  layout = lp_timeline_layout_new (*t);
  *painter = lp_timeline_painter_new (layout);
  days = lp_timeline_layout_get_last_date (layout) - lp_timeline_layout_get_first_date (layout) + 1;
  lp_timeline_layout_set_scale (layout, width / days);
  return layout;
}

static void
check_template (const char *path)
{
  g_autoptr(LpTrajectory) t = NULL;
  g_autoptr(LpTimelinePainter) painter = NULL;
  g_autoptr(LpTimelineLayout) layout = layout_template (path, 1700.0, &t, &painter);
  LpLabelLayout *labels = lp_timeline_layout_get_label_layout (layout);
  cairo_surface_t *surface;
  cairo_t *cr;
  GListModel *modules;
  LpRect all;

  all = (LpRect) { 0, 0, ceil (lp_timeline_layout_get_width (layout)),
                   ceil (lp_timeline_layout_get_height (layout)) };

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) all.width, (int) all.height);
  cr = cairo_create (surface);
  lp_timeline_painter_draw_body (painter, cr, &all, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  modules = lp_trajectory_get_modules (t);
  g_assert_cmpuint (g_list_model_get_n_items (modules), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      const LpLabelBox *box = lp_label_layout_get_box (labels, m);
      int x0, y0, x1, y1;

      g_assert_nonnull (box);
      g_assert_cmpuint (box->title->n_lines, >=, 1);
      g_assert_cmpstr (box->title->lines[0], !=, "");
      x0 = (int) floor (box->label.x);
      y0 = (int) floor (box->label.y);
      x1 = MIN ((int) ceil (box->label.x + box->label.width), (int) all.width);
      y1 = MIN ((int) ceil (box->label.y + box->label.height), (int) all.height);
      g_assert_cmpint (x0, >=, 0);
      g_assert_cmpint (y0, >=, 0);
      g_assert_cmpint (x1 - x0, >, 4);
      if (ink_share (surface, x0, y0, x1, y1) < 0.08)
        g_error ("%s: no text drawn for \"%s\" in %d,%d–%d,%d (%.3f)", path, box->title->lines[0],
                 x0, y0, x1, y1, ink_share (surface, x0, y0, x1, y1));
    }
  cairo_surface_destroy (surface);
}

/* On a laptop (about 590 px for the whole period) no label runs past the
 * range, even a title wider than half of it. */
static void
check_within_range (const char *path)
{
  g_autoptr(LpTrajectory) t = NULL;
  g_autoptr(LpTimelinePainter) painter = NULL;
  g_autoptr(LpTimelineLayout) layout = layout_template (path, 590.0, &t, &painter);
  LpLabelLayout *labels = lp_timeline_layout_get_label_layout (layout);
  GListModel *modules;
  double width;

  width = lp_timeline_layout_get_width (layout);
  modules = lp_trajectory_get_modules (t);
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      const LpLabelBox *box = lp_label_layout_get_box (labels, m);

      g_assert_nonnull (box);
      g_assert_cmpfloat (box->label.x, >=, -0.5);
      g_assert_cmpfloat (box->label.x + box->label.width, <=, width + 0.5);
    }
}

static void
test_templates (void)
{
  g_autoptr(GPtrArray) paths = test_template_paths ();

  for (guint i = 0; i < paths->len; i++)
    {
      check_template (g_ptr_array_index (paths, i));
      check_within_range (g_ptr_array_index (paths, i));
    }
}

static double
grey (const double rgb[3])
{
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

/* Theme colours come from the Okabe–Ito palette (told apart with the
 * common colour-vision deficiencies), each used once, and the two blues
 * differ in grey (black-and-white print). */
static void
test_theme_colours (void)
{
  static const char * const okabe_ito[] = {
    "#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", NULL
  };
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  const LpTheme *communication = lp_library_get_theme ("communication");
  const LpTheme *council = lp_library_get_theme ("council-college");

  for (guint i = 0; i < lp_library_get_n_themes (); i++)
    {
      const LpTheme *theme = lp_library_get_theme_nth (i);

      if (g_strcmp0 (theme->id, "other") == 0)
        continue;
      g_assert_true (g_strv_contains (okabe_ito, theme->color));
      g_assert_false (g_hash_table_contains (used, theme->color));
      g_hash_table_add (used, (gpointer) theme->color);
    }
  g_assert_nonnull (communication);
  g_assert_nonnull (council);
  g_assert_cmpfloat (fabs (grey (communication->rgb) - grey (council->rgb)), >, 0.15);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lp_reader_init ();

  g_test_add_func ("/render/painter-labels/templates", test_templates);
  g_test_add_func ("/render/painter-labels/theme-colours", test_theme_colours);
  return g_test_run ();
}
