/* test-overview.c — the overview pages read back with poppler: whole
 * titles, no overlapping text, one page where the period fits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

#include "core/lp-date.h"
#include "core/lp-sample.h"
#include "io/lp-export-document.h"
#include "io/lp-pdf-export.h"
#include "io/lp-reader.h"
#include "../pdf-words.h"
#include "../template-util.h"
#include "../poppler-util.h"


static char *tmpdir;

static char *
export_to (LpTrajectory          *t,
           const LpExportOptions *options,
           const char            *name)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (lp_pdf_export (t, options, path, &error));
  g_assert_no_error (error);
  return path;
}

/* The text of pages [0, n) with every run of white space one space. */
static char *
overview_text (const char *pdf,
               guint       n)
{
  g_autoptr(PopplerDocument) doc = test_open_pdf (pdf);
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint i = 0; i < n && i < (guint) poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, (int) i);
      g_autofree char *text = poppler_page_get_text (page);

      g_string_append_c (all, ' ');
      g_string_append (all, text);
    }
  return pdf_words_normalize (all->str);
}

/* Every shown module's title whole in the text of the overview pages. */
static void
assert_titles_whole (LpTrajectory *t,
                     const char   *text)
{
  GListModel *modules = lp_trajectory_get_modules (t);

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      const char *title = lp_module_get_title (m);
      g_autofree char *want = NULL;

      if (title == NULL || *title == '\0')
        continue;
      want = pdf_words_normalize (title);
      if (strstr (text, want) == NULL)
        g_error ("title “%s” not whole on the overview", want);
    }
  g_assert_null (strstr (text, "…"));
}

/* No two words' boxes on a page overlap (more than half a point each way). */
static void
assert_no_overlap (const char *pdf,
                   guint       n_pages)
{
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autoptr(GArray) words = pdf_words_read (pdf, p);

      pdf_words_assert_apart (words, p);
    }
}

/* Words lie inside the page. */
static void
assert_inside_page (const char *pdf,
                    guint       n_pages,
                    double      page_w)
{
  for (guint p = 1; p <= n_pages; p++)
    {
      g_autoptr(GArray) words = pdf_words_read (pdf, p);

      for (guint i = 0; i < words->len; i++)
        {
          const PdfWord *w = &g_array_index (words, PdfWord, i);

          if (w->x1 > page_w - 35 || w->x0 < 35)
            g_error ("page %u: “%s” runs past the margin (%.1f–%.1f)", p, w->text, w->x0, w->x1);
        }
    }
}

static void
check_overview (LpTrajectory          *t,
                const LpExportOptions *options,
                const char            *name)
{
  g_autoptr(LpExportDocument) doc = lp_export_document_new (t, options);
  guint n = lp_export_document_get_n_overview_pages (doc);
  g_autofree char *pdf = export_to (t, options, name);
  g_autofree char *text = overview_text (pdf, n);
  double w, h;

  lp_export_document_get_page_size (doc, 0, &w, &h);
  assert_titles_whole (t, text);
  assert_no_overlap (pdf, n);
  assert_inside_page (pdf, n, w);
}

static void
test_templates (void)
{
  static const char *names[] = { "ambtelijk-bestuurlijk-samenwerken", "bestuursadvisering",
                                 "tijdmalen", "verdiepingsdag" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    for (guint paper = 0; paper < 2; paper++)
      {
        g_autoptr(LpTrajectory) t = test_load_template (names[i]);
        g_autofree char *file = g_strdup_printf ("%s-%u.pdf", names[i], paper);
        LpExportOptions options;

        lp_export_options_init (&options);
        options.paper = paper ? LP_PAPER_A3 : LP_PAPER_A4;
        g_test_message ("%s on %s", names[i], paper ? "A3" : "A4");
        check_overview (t, &options, file);
        options.fit = LP_EXPORT_FIT_MONTHS;
        options.key = TRUE;
        check_overview (t, &options, file);
      }
}

static void
test_generated (void)
{
  for (guint seed = 1; seed <= 3; seed++)
    {
      g_autoptr(LpTrajectory) t = lp_sample_generate (60 * seed, 3 + seed, 6 * seed, seed);
      g_autofree char *file = g_strdup_printf ("generated-%u.pdf", seed);
      LpExportOptions options;

      lp_export_options_init (&options);
      check_overview (t, &options, file);
      /* with the key: numbers before the titles, still whole and apart */
      options.key = TRUE;
      check_overview (t, &options, file);
    }
}

/* The 18-month template fits on one A3 landscape page. */
static void
test_fit_one_page (void)
{
  g_autoptr(LpTrajectory) t = test_load_template ("bestuursadvisering");
  LpExportOptions options;

  lp_export_options_init (&options);
  options.paper = LP_PAPER_A3;
  {
    g_autoptr(LpExportDocument) doc = lp_export_document_new (t, &options);

    g_assert_cmpuint (lp_export_document_get_n_overview_pages (doc), ==, 1);
    g_assert_cmpfloat (lp_export_document_get_label_size (doc), >=, 7.0);
  }
  options.fit = LP_EXPORT_FIT_MONTHS;
  {
    g_autoptr(LpExportDocument) doc = lp_export_document_new (t, &options);

    g_assert_cmpuint (lp_export_document_get_n_overview_pages (doc), >, 1);
    g_assert_cmpfloat (lp_export_document_get_label_size (doc), ==, 10.0);
  }
}

/* --fit=page: one page wide at any height (lanes break, dates do not);
 * by default a chart too tall for 7 pt labels goes by months. */
static void
test_fit_page_one_wide (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (400, 12, 24, 5);
  LpExportOptions options;
  g_autoptr(LpExportDocument) page = NULL;
  g_autoptr(LpExportDocument) auto_doc = NULL;
  LpDate first0, last0;

  lp_export_options_init (&options);
  auto_doc = lp_export_document_new (t, &options);
  options.fit = LP_EXPORT_FIT_PAGE;
  page = lp_export_document_new (t, &options);
  g_assert_cmpuint (lp_export_document_get_n_overview_pages (page), >, 1);
  g_assert_cmpfloat (lp_export_document_get_label_size (page), >=, 7.0);
  lp_export_document_get_page_dates (page, 0, &first0, &last0);
  for (guint i = 1; i < lp_export_document_get_n_overview_pages (page); i++)
    {
      LpDate first, last;

      lp_export_document_get_page_dates (page, i, &first, &last);
      g_assert_cmpuint (first, ==, first0);
      g_assert_cmpuint (last, ==, last0);
    }
  /* automatic: months, at full size */
  g_assert_cmpfloat (lp_export_document_get_label_size (auto_doc), ==, 10.0);
  {
    LpDate first, last;

    lp_export_document_get_page_dates (auto_doc, 0, &first, &last);
    g_assert_cmpuint (last, <, last0);
  }
  check_overview (t, &options, "fit-page.pdf");
}

/* Many modules in one lane of one month: pages break between whole rows
 * of that lane, which continues from page to page. */
static void
test_tall_lane (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (150, 1, 1, 7);
  LpExportOptions options;
  g_autoptr(LpExportDocument) doc = NULL;
  guint n;

  lp_export_options_init (&options);
  doc = lp_export_document_new (t, &options);
  n = lp_export_document_get_n_overview_pages (doc);
  g_assert_cmpuint (n, >, 1);
  for (guint i = 0; i < n; i++)
    {
      guint first, last;

      lp_export_document_get_page_lanes (doc, i, &first, &last);
      g_assert_cmpuint (first, ==, 0);
      g_assert_cmpuint (last, ==, 0);
    }
  {
    g_autofree char *pdf = export_to (t, &options, "tall.pdf");
    g_autofree char *text = overview_text (pdf, n);

    assert_titles_whole (t, text);
    assert_no_overlap (pdf, n);
  }
}

/* Many lanes: pages break between lanes, each lane on one page. */
static void
test_many_lanes_break_between (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (80, 40, 2, 3);
  LpExportOptions options;
  g_autoptr(LpExportDocument) doc = NULL;
  guint n, next = 0;

  lp_export_options_init (&options);
  doc = lp_export_document_new (t, &options);
  n = lp_export_document_get_n_overview_pages (doc);
  g_assert_cmpuint (n, >, 1);
  for (guint i = 0; i < n; i++)
    {
      guint first, last;

      lp_export_document_get_page_lanes (doc, i, &first, &last);
      g_assert_cmpuint (first, ==, next);
      g_assert_cmpuint (last, >=, first);
      next = last + 1;
    }
  g_assert_cmpuint (next, ==, 40);
}

/* The one-month template at day scale: every day of April on the pages. */
static void
test_every_day (void)
{
  g_autoptr(LpTrajectory) t = test_load_template ("verdiepingsdag");
  LpExportOptions options;

  lp_export_options_init (&options);
  options.fit = LP_EXPORT_FIT_MONTHS;
  for (guint paper = 0; paper < 2; paper++)
    for (guint portrait = 0; portrait < 2; portrait++)
      {
        g_autoptr(LpExportDocument) doc = NULL;
        g_autofree char *file = g_strdup_printf ("days-%u-%u.pdf", paper, portrait);
        g_autofree char *pdf = NULL;
        guint n, seen = 0;
        LpDate expected;

        options.paper = paper ? LP_PAPER_A3 : LP_PAPER_A4;
        options.portrait = portrait;
        options.orientation_chosen = TRUE;
        doc = lp_export_document_new (t, &options);
        n = lp_export_document_get_n_overview_pages (doc);
        expected = lp_date_month_start (lp_trajectory_get_span_start (t));
        for (guint i = 0; i < n; i++)
          {
            LpDate first, last;

            lp_export_document_get_page_dates (doc, i, &first, &last);
            g_assert_cmpuint (first, ==, expected);
            expected = last + 1;
          }
        g_assert_cmpuint (expected, ==, lp_date_next_month (lp_trajectory_get_span_end (t)));
        pdf = export_to (t, &options, file);
        for (guint p = 1; p <= n; p++)
          {
            g_autoptr(GArray) words = pdf_words_read (pdf, p);
            double w, h;

            lp_export_document_get_page_size (doc, p - 1, &w, &h);
            for (guint d = 1; d <= 30; d++)
              {
                g_autofree char *day = g_strdup_printf ("%u", d);

                for (guint k = 0; k < words->len; k++)
                  {
                    const PdfWord *word = &g_array_index (words, PdfWord, k);

                    if (g_str_equal (word->text, day) && word->x1 <= w && word->y0 < 140)
                      {
                        seen |= 1u << d;
                        break;
                      }
                  }
              }
          }
        /* every day number of April in the headers */
        g_assert_cmphex (seen, ==, 0x7ffffffeu);
      }
}

/* "Version for" with a selection of lanes (the key: test-key.c). */
static void
test_version_for (void)
{
  g_autoptr(LpTrajectory) t = test_load_template ("bestuursadvisering");
  LpExportOptions options;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree gboolean *hidden = NULL;
  guint n_tracks = g_list_model_get_n_items (lp_trajectory_get_tracks (t));

  /* one lane chosen: "Version for: <its name>" in the overview's header */
  hidden = g_new0 (gboolean, n_tracks);
  for (guint i = 1; i < n_tracks; i++)
    hidden[i] = TRUE;
  lp_export_options_init (&options);
  options.hidden_tracks = hidden;
  options.n_hidden_tracks = n_tracks;
  options.include_joint = FALSE;
  pdf = export_to (t, &options, "version.pdf");
  text = overview_text (pdf, 1);
  g_assert_nonnull (strstr (text, "Version for:"));
}

/* A very long title is whole on paper: wrapped, never cut. */
static void
test_long_title_whole (void)
{
  static const char *title = "Leerplaats groep 9: tegenspraak organiseren tussen raad, college en "
                             "ambtelijke organisatie, met casussen uit de eigen gemeente en een "
                             "terugblik op het eerste halfjaar van de samenwerking";
  g_autoptr(LpTrajectory) t = test_load_template ("bestuursadvisering");
  g_autoptr(LpModule) m = g_list_model_get_item (lp_trajectory_get_modules (t), 0);
  LpExportOptions options;

  lp_module_set_title (m, title);
  lp_export_options_init (&options);
  check_overview (t, &options, "long-title.pdf");
  options.paper = LP_PAPER_A3;
  check_overview (t, &options, "long-title-a3.pdf");
}

/* A long lane name is printed whole, over two lines, in its lane. */
static void
test_lane_names_whole (void)
{
  static const char *name = "Managers en directeuren van de gemeentelijke afdelingen";
  g_autoptr(LpTrajectory) t = test_load_template ("ambtelijk-bestuurlijk-samenwerken");
  g_autoptr(LpTrack) track = g_list_model_get_item (lp_trajectory_get_tracks (t), 0);
  LpExportOptions options;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GArray) words = NULL;
  const PdfWord *first, *last;

  lp_track_set_name (track, name);
  lp_export_options_init (&options);
  pdf = export_to (t, &options, "lanes.pdf");
  text = overview_text (pdf, 1);
  g_assert_nonnull (strstr (text, name));
  g_assert_null (strstr (text, "…"));
  /* in the name column, over two lines */
  words = pdf_words_read (pdf, 1);
  first = pdf_words_find (words, "Managers", 0, 160);
  last = pdf_words_find (words, "afdelingen", 0, 160);
  g_assert_nonnull (first);
  g_assert_nonnull (last);
  g_assert_cmpfloat (last->y0, >, first->y1 - 1);
  g_assert_cmpfloat (last->y0, <, first->y1 + 12);
}

/* The legend lists each kind used after its theme ("Theme: kind, kind"). */
static void
test_legend_grouped (void)
{
  g_autoptr(LpTrajectory) t = test_load_template ("bestuursadvisering");
  GListModel *modules = lp_trajectory_get_modules (t);
  LpExportOptions options;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  lp_export_options_init (&options);
  pdf = export_to (t, &options, "legend.pdf");
  text = overview_text (pdf, 1);
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      LpKind *kind = lp_trajectory_get_module_kind (t, m);
      g_autofree char *theme = g_strdup_printf ("%s:", lp_theme_get_name (lp_kind_get_theme (kind)));
      const char *group = strstr (text, theme);
      g_autofree char *after = NULL;
      const char *end;

      g_assert_nonnull (group);
      /* up to the next theme's colon */
      end = strchr (group + strlen (theme), ':');
      after = g_strndup (group, end != NULL ? (gsize) (end - group) : strlen (group));
      if (strstr (after, lp_kind_get_name (kind)) == NULL)
        g_error ("kind “%s” not under its theme in “%s”", lp_kind_get_name (kind), after);
    }
}

/* @text without white space and hyphens: a name wrapped over lines, a
 * word broken with a hyphen, read as one. */
static char *
squeezed (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && *p != '-')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* Lane names of any length are printed whole in their lane, never over
 * the next one: a 150-character name, a 60-letter word without a space, an
 * empty lane's long name; each lane grows to hold its name and, under it,
 * its group ("Joint", "Council", …); no two words overlap. */
static void
test_long_lane_names (void)
{
  static const char managers[] = "Managers en directeuren van de ambtelijke organisatie, inclusief de "
                                 "concerncontroller, de gemeentesecretaris en alle afdelingshoofden van het "
                                 "sociaal domein";
  const char *names[] = {
    managers,
    "Raadsledenencommissieledenenfractieassistentenzonderspatiesinheelnaam",
    "Leeg spoor met een lange naam dat geen enkele module bevat maar wel zichtbaar moet zijn",
  };
  g_autoptr(LpTrajectory) t = test_load_template ("bestuursadvisering");
  GListModel *tracks = lp_trajectory_get_tracks (t);
  LpExportOptions options;
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL, *unhyphenated = NULL;
  g_autoptr(GArray) words = NULL;
  double previous_group_y = 0;

  g_assert_cmpuint (g_list_model_get_n_items (tracks), >=, G_N_ELEMENTS (names) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);

      lp_track_set_name (track, names[i]);
    }
  lp_export_options_init (&options);
  options.fit = LP_EXPORT_FIT_PAGE;
  pdf = export_to (t, &options, "long-lanes.pdf");
  text = overview_text (pdf, 1);
  unhyphenated = squeezed (text);
  words = pdf_words_read (pdf, 1);
  pdf_words_assert_apart (words, 1);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);
      g_autofree char *want = squeezed (names[i]);
      const char *group = lp_track_group_get_label (lp_track_get_group (track));
      g_autofree char *group_word = g_strndup (group, strcspn (group, " "));
      g_autofree char *first_word = g_strndup (names[i], MIN (strcspn (names[i], " "), 12));
      const PdfWord *first = NULL;
      const PdfWord *label = NULL;

      /* the name's first word (its start, when it is broken) */
      for (guint w = 0; w < words->len && first == NULL; w++)
        {
          const PdfWord *pw = &g_array_index (words, PdfWord, w);

          if (g_str_has_prefix (pw->text, first_word) && pw->x0 < 220)
            first = pw;
        }

      if (strstr (unhyphenated, want) == NULL)
        g_error ("lane name “%s” not whole", names[i]);
      g_assert_nonnull (first);
      /* the lane's group is the first word with its name under the name's
       * first line, in the name column */
      for (guint w = 0; w < words->len && label == NULL; w++)
        {
          const PdfWord *pw = &g_array_index (words, PdfWord, w);

          if (g_str_equal (pw->text, group_word) && pw->x0 < 220 && pw->y0 > first->y0 &&
              pw->y0 > previous_group_y)
            label = pw;
        }
      if (label == NULL)
        g_error ("no group “%s” under the lane name “%s”", group, names[i]);
      previous_group_y = label->y0;
    }
}

int
main (int argc, char *argv[])
{
  int status;

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);
  lp_reader_init ();
  tmpdir = g_dir_make_tmp ("lp-overview-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/pdf/overview/templates", test_templates);
  g_test_add_func ("/pdf/overview/generated", test_generated);
  g_test_add_func ("/pdf/overview/fit-one-page", test_fit_one_page);
  g_test_add_func ("/pdf/overview/tall-lane", test_tall_lane);
  g_test_add_func ("/pdf/overview/fit-page-one-wide", test_fit_page_one_wide);
  g_test_add_func ("/pdf/overview/many-lanes-break-between", test_many_lanes_break_between);
  g_test_add_func ("/pdf/overview/every-day", test_every_day);
  g_test_add_func ("/pdf/overview/version-for", test_version_for);
  g_test_add_func ("/pdf/overview/lane-names-whole", test_lane_names_whole);
  g_test_add_func ("/pdf/overview/long-lane-names", test_long_lane_names);
  g_test_add_func ("/pdf/overview/legend-grouped", test_legend_grouped);
  g_test_add_func ("/pdf/overview/long-title-whole", test_long_title_whole);
  status = g_test_run ();
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmpdir);
    (void) !system (cmd);
  }
  g_free (tmpdir);
  return status;
}
