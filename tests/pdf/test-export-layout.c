/* test-export-layout.c — how the overview is split across pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>

#include "core/lp-date.h"
#include "core/lp-sample.h"
#include "io/lp-export-document.h"
#include "../pdf-words.h"

/* Pages cover the whole range in order, each page whole months. */
static void
assert_whole_months (LpExportDocument *doc,
                     LpTrajectory     *t)
{
  guint n = lp_export_document_get_n_overview_pages (doc);
  LpDate expected_first = lp_date_month_start (lp_trajectory_get_span_start (t));
  LpDate range_end = lp_date_next_month (lp_trajectory_get_span_end (t)) - 1;
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
  options.fit = LP_EXPORT_FIT_MONTHS;
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
  options.fit = LP_EXPORT_FIT_MONTHS;
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

/* Draws every page of @doc into a PDF and reads it back: each page says
 * "Page N of M" and the trajectory's title, and the booklet holds the title
 * of every module (of @only_track, when given). */
static void
assert_pages_text (LpExportDocument *doc,
                   LpTrajectory     *t,
                   LpTrack          *only_track)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-layout-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pages.pdf", NULL);
  guint total = lp_export_document_get_n_pages (doc);
  cairo_surface_t *pdf = cairo_pdf_surface_create (path, 100, 100);
  GString *all = g_string_new (NULL);
  g_autofree char *booklet = NULL;
  GListModel *modules = lp_trajectory_get_modules (t);
  guint shown = 0;

  for (guint i = 0; i < total; i++)
    {
      double w, h;
      cairo_t *cr;

      lp_export_document_get_page_size (doc, i, &w, &h);
      cairo_pdf_surface_set_size (pdf, w, h);
      cr = cairo_create (pdf);
      lp_export_document_draw_page (doc, cr, i);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_show_page (cr);
      cairo_destroy (cr);
    }
  cairo_surface_finish (pdf);
  g_assert_cmpint (cairo_surface_status (pdf), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (pdf);

  for (guint i = 0; i < total; i++)
    {
      g_autoptr(GArray) words = pdf_words_read (path, i + 1);
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", i + 1, total);
      g_autofree char *page = NULL;
      GString *text = g_string_new (NULL);

      for (guint j = 0; j < words->len; j++)
        g_string_append_printf (text, "%s ", g_array_index (words, PdfWord, j).text);
      page = g_string_free (text, FALSE);
      if (strstr (page, footer) == NULL || strstr (page, lp_trajectory_get_title (t)) == NULL)
        g_error ("page %u lacks “%s” or the title: %s", i + 1, footer, page);
      if (i >= lp_export_document_get_n_overview_pages (doc))
        g_string_append (all, page);
    }
  booklet = g_string_free (all, FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      g_autofree char *title = pdf_words_normalize (lp_trajectory_get_module_title (t, m));

      if (only_track != NULL && lp_module_get_track (m) != only_track)
        continue;
      if (strstr (booklet, title) == NULL)
        g_error ("module %s: “%s” is not in the booklet", lp_module_get_id (m), title);
      shown++;
    }
  g_assert_cmpuint (shown, >, 0);

  g_unlink (path);
  g_rmdir (dir);
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
  /* the overview A4 landscape, the booklet after it A4 portrait */
  for (guint i = 0; i < total; i++)
    {
      lp_export_document_get_page_size (doc, i, &w, &h);
      g_assert_cmpfloat_with_epsilon (w, i < overview ? 841.89 : 595.28, 0.01);
      g_assert_cmpfloat_with_epsilon (h, i < overview ? 595.28 : 841.89, 0.01);
    }

  /* only one group's track: a shorter booklet */
  options.hidden_tracks = hidden;
  options.n_hidden_tracks = 4;
  fewer = lp_export_document_new (t, &options);
  g_assert_cmpuint (lp_export_document_get_n_pages (fewer), <, total);

  /* every page draws, as PDF text: its footer and the trajectory's title on
   * each page, and every module of the shown track in the booklet */
  assert_pages_text (doc, t, NULL);
  assert_pages_text (fewer, t, lp_trajectory_lookup_track (t, "t4"));
}

static void
assert_all_pages (LpExportDocument *doc,
                  double            width,
                  double            height)
{
  g_assert_cmpuint (lp_export_document_get_n_pages (doc), >, 0);
  for (guint i = 0; i < lp_export_document_get_n_pages (doc); i++)
    {
      double w, h;

      lp_export_document_get_page_size (doc, i, &w, &h);
      g_assert_cmpfloat_with_epsilon (w, width, 0.01);
      g_assert_cmpfloat_with_epsilon (h, height, 0.01);
    }
}

/* The overview's pages, then the booklet's, have these sizes. */
static void
assert_overview_and_booklet (LpExportDocument *doc,
                             double            overview_width,
                             double            overview_height,
                             double            booklet_width,
                             double            booklet_height)
{
  guint n_overview = lp_export_document_get_n_overview_pages (doc);

  g_assert_cmpuint (n_overview, >, 0);
  g_assert_cmpuint (lp_export_document_get_n_pages (doc), >, n_overview);
  for (guint i = 0; i < lp_export_document_get_n_pages (doc); i++)
    {
      double w, h;

      lp_export_document_get_page_size (doc, i, &w, &h);
      g_assert_cmpfloat_with_epsilon (w, i < n_overview ? overview_width : booklet_width, 0.01);
      g_assert_cmpfloat_with_epsilon (h, i < n_overview ? overview_height : booklet_height, 0.01);
    }
}

/* The overview has the chosen paper and orientation (landscape unless
 * chosen); the booklet after it is portrait unless landscape is asked
 * for it; a booklet alone is portrait unless landscape is chosen. */
static void
test_booklet_paper (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (60, 4, 12, 1);
  LpExportOptions options;

  lp_export_options_init (&options);
  options.booklet = TRUE;
  options.paper = LP_PAPER_A3;
  {
    g_autoptr(LpExportDocument) doc = lp_export_document_new (t, &options);
    assert_overview_and_booklet (doc, 1190.55, 841.89, 841.89, 1190.55);
  }
  options.booklet_landscape = TRUE;
  {
    g_autoptr(LpExportDocument) doc = lp_export_document_new (t, &options);
    assert_all_pages (doc, 1190.55, 841.89);
  }
  options.booklet_landscape = FALSE;
  options.orientation_chosen = TRUE;
  options.portrait = TRUE;
  {
    g_autoptr(LpExportDocument) doc = lp_export_document_new (t, &options);
    assert_all_pages (doc, 841.89, 1190.55);
  }
  options.overview = FALSE;
  {
    g_autoptr(LpExportDocument) doc = lp_export_document_new (t, &options);
    assert_all_pages (doc, 841.89, 1190.55);
  }
  options.paper = LP_PAPER_A4;
  options.orientation_chosen = FALSE;
  options.portrait = FALSE;
  {
    g_autoptr(LpExportDocument) doc = lp_export_document_new (t, &options);
    assert_all_pages (doc, 595.28, 841.89);
  }
  options.orientation_chosen = TRUE;
  {
    g_autoptr(LpExportDocument) doc = lp_export_document_new (t, &options);
    assert_all_pages (doc, 841.89, 595.28);
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
  g_test_add_func ("/pdf/layout/booklet-paper", test_booklet_paper);

  return g_test_run ();
}
