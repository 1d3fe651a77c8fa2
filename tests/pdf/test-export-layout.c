/* test-export-layout.c — how the overview is split across pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/lp-date.h"
#include "core/lp-sample.h"
#include "io/lp-export-document.h"

/* Pages cover the whole range in order, each page whole months. */
static void
assert_whole_months (LpExportDocument *doc,
                     LpTrajectory     *t)
{
  guint n = lp_export_document_get_n_overview_pages (doc);
  LpDate expected_first = lp_date_month_start (lp_trajectory_get_period_start (t));
  LpDate range_end = lp_date_next_month (lp_trajectory_get_period_end (t)) - 1;
  LpDate column_first = LP_DATE_NONE;

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      LpDate first, last;
      guint day;

      lp_export_document_get_page_dates (doc, i, &first, &last);
      /* tall charts: more pages of the same months, lanes further down */
      if (first == column_first)
        continue;
      column_first = first;
      lp_date_to_dmy (first, &day, NULL, NULL);
      g_assert_cmpuint (day, ==, 1);
      g_assert_cmpuint (first, ==, expected_first);
      /* the day after the last is the first of a month: no month cut */
      lp_date_to_dmy (last + 1, &day, NULL, NULL);
      g_assert_cmpuint (day, ==, 1);
      g_assert_cmpuint (last, >=, first);
      expected_first = last + 1;
    }
  g_assert_cmpuint (expected_first - 1, ==, range_end);
}

/* Columns of pages: distinct month ranges side by side. */
static guint
n_columns (LpExportDocument *doc)
{
  guint n = 0;
  LpDate previous = LP_DATE_NONE;

  for (guint i = 0; i < lp_export_document_get_n_overview_pages (doc); i++)
    {
      LpDate first, last;

      lp_export_document_get_page_dates (doc, i, &first, &last);
      if (first != previous)
        n++;
      previous = first;
    }
  return n;
}

static void
test_36_months_a4 (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (200, 4, 36, 1);
  LpExportOptions options;
  g_autoptr(LpExportDocument) doc = NULL;
  double w, h;

  lp_export_options_init (&options);
  doc = lp_export_document_new (t, &options);
  assert_whole_months (doc, t);
  /* A4 landscape: 769.9 pt wide less the lane names is 642.4 pt for the
   * timeline; at the smallest legible 14 pt a week (2 pt a day) that holds
   * 321 days, so whole months of 36 (1096 days) need 4 pages. */
  g_assert_cmpuint (n_columns (doc), ==, 4);
  g_assert_cmpuint (lp_export_document_get_n_pages (doc), ==, lp_export_document_get_n_overview_pages (doc));
  lp_export_document_get_page_size (doc, 0, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 841.89, 0.01);
  g_assert_cmpfloat_with_epsilon (h, 595.28, 0.01);
}

static void
test_a3_and_portrait (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (200, 4, 36, 1);
  LpExportOptions options;
  g_autoptr(LpExportDocument) a3 = NULL;
  g_autoptr(LpExportDocument) portrait = NULL;
  double w, h;

  lp_export_options_init (&options);
  options.paper = LP_PAPER_A3;
  a3 = lp_export_document_new (t, &options);
  assert_whole_months (a3, t);
  g_assert_cmpuint (n_columns (a3), ==, 3);
  lp_export_document_get_page_size (a3, 0, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 1190.55, 0.01);

  options.paper = LP_PAPER_A4;
  options.portrait = TRUE;
  portrait = lp_export_document_new (t, &options);
  assert_whole_months (portrait, t);
  g_assert_cmpuint (n_columns (portrait), >, 4);
  lp_export_document_get_page_size (portrait, 0, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 595.28, 0.01);
}

static void
test_short_fits_one_page (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (20, 3, 1, 1);
  LpExportOptions options;
  g_autoptr(LpExportDocument) doc = NULL;

  lp_export_options_init (&options);
  doc = lp_export_document_new (t, &options);
  g_assert_cmpuint (lp_export_document_get_n_overview_pages (doc), ==, 1);
  assert_whole_months (doc, t);
}

static void
test_many_lanes_more_rows (void)
{
  g_autoptr(LpTrajectory) few = lp_sample_generate (50, 3, 6, 1);
  g_autoptr(LpTrajectory) many = lp_sample_generate (50, 40, 6, 1);
  LpExportOptions options;
  g_autoptr(LpExportDocument) a = NULL;
  g_autoptr(LpExportDocument) b = NULL;

  lp_export_options_init (&options);
  a = lp_export_document_new (few, &options);
  b = lp_export_document_new (many, &options);
  /* 40 lanes do not fit under one header: more pages, same months */
  g_assert_cmpuint (lp_export_document_get_n_overview_pages (b), >, lp_export_document_get_n_overview_pages (a));
}

static void
test_booklet_pages (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (100, 4, 12, 1);
  LpExportOptions options;
  g_autoptr(LpExportDocument) doc = NULL;
  g_autoptr(LpExportDocument) fewer = NULL;
  gboolean hidden[4] = { TRUE, TRUE, TRUE, FALSE };
  guint overview, total;
  double w, h;

  lp_export_options_init (&options);
  options.booklet = TRUE;
  doc = lp_export_document_new (t, &options);
  overview = lp_export_document_get_n_overview_pages (doc);
  total = lp_export_document_get_n_pages (doc);
  g_assert_cmpuint (total, >, overview + 10);
  lp_export_document_get_page_size (doc, overview, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (h, 841.89, 0.01);

  /* only one group's track: a shorter booklet */
  options.hidden_tracks = hidden;
  options.n_hidden_tracks = 4;
  fewer = lp_export_document_new (t, &options);
  g_assert_cmpuint (lp_export_document_get_n_pages (fewer), <, total);

  /* every page draws */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 100, 100);
    cairo_t *cr = cairo_create (surface);

    for (guint i = 0; i < total; i++)
      lp_export_document_draw_page (doc, cr, i);
    g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf/layout/36-months-a4", test_36_months_a4);
  g_test_add_func ("/pdf/layout/a3-and-portrait", test_a3_and_portrait);
  g_test_add_func ("/pdf/layout/short-fits-one-page", test_short_fits_one_page);
  g_test_add_func ("/pdf/layout/many-lanes-more-rows", test_many_lanes_more_rows);
  g_test_add_func ("/pdf/layout/booklet-pages", test_booklet_pages);

  return g_test_run ();
}
