/* test-label-measurer.c — LpLabelMeasurer: widths once per text, fitting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <pango/pangocairo.h>

#include "label-test-util.h"


static const char *long_title =
  "Leerplaats groep 1: Wie beslist? Rollen van raad, college en ambtenaren in het samenspel";

/* The Pango measurer: real widths, cached; fitting keeps to the width. */
static void
test_pango_measurer (void)
{
  g_autoptr(LpLabelMeasurer) measurer = lp_label_measurer_new_pango ("Cantarell 10");
  const LpLabelMetrics *metrics = lp_label_measurer_get_metrics (measurer);
  double short_w = lp_label_measurer_measure (measurer, LP_LABEL_FONT_TITLE, "Intervisie");
  double long_w = lp_label_measurer_measure (measurer, LP_LABEL_FONT_TITLE, long_title);
  double detail_w = lp_label_measurer_measure (measurer, LP_LABEL_FONT_DETAIL, long_title);
  double max_w = 28 * metrics->em;
  const LpLabelText *ellipsized, *wrapped;

  g_assert_cmpfloat_with_epsilon (metrics->em, 10 * 96 / 72.0, EPS);
  g_assert_cmpfloat (metrics->line_height[LP_LABEL_FONT_TITLE], >, 10);
  g_assert_cmpfloat (metrics->line_height[LP_LABEL_FONT_DETAIL], <, metrics->line_height[LP_LABEL_FONT_TITLE]);
  g_assert_cmpfloat (short_w, >, 30);
  g_assert_cmpfloat (long_w, >, max_w);
  g_assert_cmpfloat (detail_w, <, long_w);
  g_assert_cmpuint (lp_label_measurer_get_n_cached (measurer), ==, 3);
  g_assert_cmpfloat (lp_label_measurer_measure (measurer, LP_LABEL_FONT_TITLE, "Intervisie"), ==, short_w);
  g_assert_cmpuint (lp_label_measurer_get_n_cached (measurer), ==, 3);

  ellipsized = lp_label_measurer_fit (measurer, LP_LABEL_FONT_TITLE, long_title, max_w, LP_LABEL_FIT_ELLIPSIZE, 2);
  g_assert_cmpuint (ellipsized->n_lines, ==, 1);
  g_assert_true (ellipsized->shortened);
  g_assert_cmpfloat (ellipsized->width, <=, max_w);
  g_assert_cmpfloat (ellipsized->width, >, max_w - metrics->em * 2);
  g_assert_true (ellipsized == lp_label_measurer_fit (measurer, LP_LABEL_FONT_TITLE, long_title, max_w,
                                                      LP_LABEL_FIT_ELLIPSIZE, 2));

  wrapped = lp_label_measurer_fit (measurer, LP_LABEL_FONT_TITLE, long_title, max_w, LP_LABEL_FIT_WRAP, 2);
  g_assert_cmpuint (wrapped->n_lines, ==, 2);
  g_assert_false (wrapped->shortened);
  g_assert_cmpfloat (wrapped->width, <=, max_w);
  for (guint i = 0; i < 2; i++)
    g_assert_cmpfloat (lp_label_measurer_measure (measurer, LP_LABEL_FONT_TITLE, wrapped->lines[i]), <=, max_w);
}

/* The Pango measurer's line heights are what Pango's own font metrics give
 * for its title and detail fonts (96 dpi, unhinted metrics), for fonts that
 * are there, a missing family, bold and a pixel size. */
static void
test_pango_line_heights (void)
{
  static const char *fonts[] = { "Cantarell 10", "Cantarell 8.5", "Sans 12", "DejaVu Serif 11",
                                 "Cantarell Bold 10", "No Such Family 9", "Cantarell 13px" };
  g_autoptr(GObject) context = G_OBJECT (lp_label_pango_context_new ());

  for (guint i = 0; i < G_N_ELEMENTS (fonts); i++)
    {
      g_autoptr(LpLabelMeasurer) measurer = lp_label_measurer_new_pango (fonts[i]);
      const LpLabelMetrics *metrics = lp_label_measurer_get_metrics (measurer);

      for (LpLabelFont f = 0; f < LP_N_LABEL_FONTS; f++)
        {
          const PangoFontDescription *desc = lp_label_measurer_get_font (measurer, f);
          PangoFontMetrics *reference = pango_context_get_metrics (PANGO_CONTEXT (context), desc, NULL);
          double expected = pango_font_metrics_get_height (reference) / (double) PANGO_SCALE;

          g_test_message ("%s, font %d: %g (Pango: %g)", fonts[i], f, metrics->line_height[f], expected);
          g_assert_cmpfloat (expected, >, 5);
          g_assert_cmpfloat_with_epsilon (metrics->line_height[f], expected, 1e-6);
          pango_font_metrics_unref (reference);
        }
    }
}

/* The Pango measurer's widths are those of a PangoLayout as the painter
 * makes them (96 dpi, unhinted metrics). */
static void
test_pango_widths (void)
{
  static const char *texts[] = { "Intervisie", "Café-gesprek over ’t budget", "Coördinatie & regie",
                                 "Pressurecooker „Woningbouw”", "AV Wa To fi fl", "14 sep – 15 sep · 09:00–17:00" };
  g_autoptr(LpLabelMeasurer) measurer = lp_label_measurer_new_pango ("Cantarell 10");
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (context, 96.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_SLIGHT);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  for (guint f = 0; f < LP_N_LABEL_FONTS; f++)
    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        g_autoptr(PangoLayout) layout = pango_layout_new (context);
        int w;

        pango_layout_set_font_description (layout, lp_label_measurer_get_font (measurer, f));
        pango_layout_set_text (layout, texts[i], -1);
        pango_layout_get_size (layout, &w, NULL);
        g_assert_cmpfloat_with_epsilon (lp_label_measurer_measure (measurer, f, texts[i]),
                                        w / (double) PANGO_SCALE, 0.01);
      }
  g_object_unref (context);
}

/* A word longer than a line is cut inside; a third line that does not fit
 * ends in "…". */
static void
test_wrap_edges (void)
{
  g_autoptr(LpLabelMeasurer) measurer = fixed_measurer ();
  const LpLabelText *text;

  text = lp_label_measurer_fit (measurer, LP_LABEL_FONT_TITLE, "Onderwijsvernieuwingsprogramma", 10 * CHAR_W,
                                LP_LABEL_FIT_WRAP, 3);
  g_assert_cmpuint (text->n_lines, ==, 3);
  g_assert_cmpstr (text->lines[0], ==, "Onderwijsv");
  g_assert_cmpstr (text->lines[1], ==, "ernieuwing");
  g_assert_cmpstr (text->lines[2], ==, "sprogramma");
  g_assert_false (text->shortened);

  text = lp_label_measurer_fit (measurer, LP_LABEL_FONT_TITLE, "een twee drie vier vijf zes zeven acht",
                                10 * CHAR_W, LP_LABEL_FIT_WRAP, 2);
  g_assert_cmpuint (text->n_lines, ==, 2);
  g_assert_cmpstr (text->lines[0], ==, "een twee");
  g_assert_cmpstr (text->lines[1], ==, "drie vier…");
  g_assert_true (text->shortened);

  text = lp_label_measurer_fit (measurer, LP_LABEL_FONT_TITLE, "raad/college-overleg", 14 * CHAR_W,
                                LP_LABEL_FIT_WRAP, 2);
  g_assert_cmpstr (text->lines[0], ==, "raad/college-");
  g_assert_cmpstr (text->lines[1], ==, "overleg");

  text = lp_label_measurer_fit (measurer, LP_LABEL_FONT_TITLE, "kort", 10 * CHAR_W, LP_LABEL_FIT_WRAP, 2);
  g_assert_cmpuint (text->n_lines, ==, 1);
  g_assert_cmpstr (text->lines[0], ==, "kort");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/label-measurer/pango", test_pango_measurer);
  g_test_add_func ("/render/label-measurer/pango-widths", test_pango_widths);
  g_test_add_func ("/render/label-measurer/pango-line-heights", test_pango_line_heights);
  g_test_add_func ("/render/label-measurer/wrap-edges", test_wrap_edges);

  return g_test_run ();
}
