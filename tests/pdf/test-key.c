/* test-key.c — the numbered key (--key) read back from the PDF: numbers
 * before the titles on the chart, the key below the chart when it fits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "io/lp-export-document.h"
#include "io/lp-pdf-export.h"
#include "io/lp-reader.h"
#include "../pdf-words.h"
#include "../template-util.h"

#define MARGIN    36.0
#define FOOTER_Y  50.0     /* the footer's words lie this close to the bottom */

static char *tmpdir;

typedef struct {
  guint  number;
  char  *title;      /* the title column of its line */
} KeyRow;

static void
key_row_clear (gpointer data)
{
  g_free (((KeyRow *) data)->title);
}

static gboolean
is_number (const char *text)
{
  if (*text == '\0')
    return FALSE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isdigit (*text))
      return FALSE;
  return TRUE;
}

static gboolean
same_line (const PdfWord *a,
           const PdfWord *b)
{
  double ca = (a->y0 + a->y1) / 2, cb = (b->y0 + b->y1) / 2;

  return ABS (ca - cb) < 2.5;
}

/* The key's heading on a page: "Key" at the left margin, larger than the
 * rest (15 pt); NULL when there is none. */
static const PdfWord *
find_heading (GArray *words)
{
  for (guint i = 0; i < words->len; i++)
    {
      const PdfWord *w = &g_array_index (words, PdfWord, i);

      if (g_str_equal (w->text, "Key") && w->x0 < MARGIN + 2 && w->y1 - w->y0 > 12)
        return w;
    }
  return NULL;
}

/* The key's lines below heading: a number in the first column (the first
 * 4 % of the width), the words of the title column after it.  Every other
 * word below the heading is the heading's own line, the column names'
 * line or the footer: nothing of the chart lies below the heading. */
static void
read_key_rows (GArray        *words,
               const PdfWord *heading,
               double         page_w,
               double         page_h,
               GArray        *rows)
{
  double content_w = page_w - 2 * MARGIN;
  double title_x0 = MARGIN + 0.04 * content_w - 1, title_x1 = MARGIN + 0.52 * content_w - 1;
  const PdfWord *columns = NULL;
  g_autoptr(GPtrArray) numbers = g_ptr_array_new ();

  for (guint i = 0; i < words->len; i++)
    {
      const PdfWord *w = &g_array_index (words, PdfWord, i);

      if (w->y0 < heading->y0 - 0.5 || w->y0 > page_h - FOOTER_Y)
        continue;
      if (g_str_equal (w->text, "No.") && w->x0 < title_x0)
        columns = w;
      else if (is_number (w->text) && w->x0 < title_x0)
        g_ptr_array_add (numbers, (gpointer) w);
    }
  g_assert_nonnull (columns);
  g_assert_cmpfloat (columns->y0, >, heading->y1 - 1);
  for (guint n = 0; n < numbers->len; n++)
    {
      const PdfWord *number = numbers->pdata[n];
      g_autoptr(GPtrArray) title = g_ptr_array_new ();
      g_autoptr(GString) s = g_string_new (NULL);
      KeyRow row = { (guint) g_ascii_strtoull (number->text, NULL, 10), NULL };

      g_assert_cmpfloat (number->y0, >, columns->y1 - 1);
      for (guint i = 0; i < words->len; i++)
        {
          const PdfWord *w = &g_array_index (words, PdfWord, i);

          if (same_line (w, number) && w->x0 >= title_x0 && w->x0 < title_x1)
            g_ptr_array_add (title, (gpointer) w);
        }
      g_ptr_array_sort (title, pdf_words_compare_x);
      for (guint i = 0; i < title->len; i++)
        g_string_append_printf (s, "%s%s", i > 0 ? " " : "", ((PdfWord *) title->pdata[i])->text);
      row.title = g_strdup (s->str);
      g_array_append_val (rows, row);
    }

  /* every word below the heading is on the heading's line, the column
   * names' line, a numbered line, or the footer */
  for (guint i = 0; i < words->len; i++)
    {
      const PdfWord *w = &g_array_index (words, PdfWord, i);
      gboolean known = same_line (w, heading) || same_line (w, columns);

      if (w->y0 < heading->y0 - 0.5 || w->y0 > page_h - FOOTER_Y)
        continue;
      for (guint n = 0; n < numbers->len && !known; n++)
        known = same_line (w, numbers->pdata[n]);
      if (!known)
        g_error ("“%s” (%.1f,%.1f) lies below the key's heading but is not a line of the key",
                 w->text, w->x0, w->y0);
    }
}

/* The title's first word right after the number, on the same line: a
 * word "number" on the chart with the word first_word beginning at most
 * 12 points to its right. */
static gboolean
chart_has_number_before (GArray     *words,
                         double      bottom,
                         guint       number,
                         const char *first_word)
{
  g_autofree char *text = g_strdup_printf ("%u", number);

  for (guint i = 0; i < words->len; i++)
    {
      const PdfWord *n = &g_array_index (words, PdfWord, i);

      if (n->y1 > bottom || !g_str_equal (n->text, text))
        continue;
      for (guint j = 0; j < words->len; j++)
        {
          const PdfWord *w = &g_array_index (words, PdfWord, j);

          if (g_str_equal (w->text, first_word) && same_line (n, w)
              && w->x0 >= n->x1 - 0.1 && w->x0 - n->x1 < 12)
            return TRUE;
        }
    }
  return FALSE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The key's titles are the modules' titles, each once. */
static void
assert_titles_are_modules (LpTrajectory *t,
                           GArray       *rows)
{
  GListModel *modules = lp_trajectory_get_modules (t);
  guint n = g_list_model_get_n_items (modules);
  g_autoptr(GPtrArray) want = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) got = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);

      g_ptr_array_add (want, pdf_words_normalize (lp_module_get_title (m)));
    }
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (got, g_array_index (rows, KeyRow, i).title);
  g_ptr_array_sort (want, compare_strings);
  g_ptr_array_sort (got, compare_strings);
  g_assert_cmpuint (got->len, ==, want->len);
  for (guint i = 0; i < want->len; i++)
    g_assert_cmpstr (got->pdata[i], ==, want->pdata[i]);
}

/* One template on one paper with the key: every module's number before
 * its title on the one overview page, each number once in the key with
 * that title; the key below the chart on page 1 when below is TRUE (else
 * from page 2); every page of the key's own starts with its heading; no
 * two words overlap on any page. */
static void
check_template (const char *name,
                LpPaper     paper,
                gboolean    below)
{
  g_autoptr(LpTrajectory) t = test_load_template (name);
  g_autoptr(LpExportDocument) doc = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (KeyRow));
  g_autoptr(GArray) chart = NULL;
  g_autofree char *pdf = g_strdup_printf ("%s/%s-%d.pdf", tmpdir, name, paper);
  g_autoptr(GError) error = NULL;
  LpExportOptions options;
  guint n_pages, n_modules = g_list_model_get_n_items (lp_trajectory_get_modules (t));
  double page_w, page_h, chart_bottom = 0;

  g_test_message ("%s on %s", name, paper == LP_PAPER_A3 ? "A3" : "A4");
  lp_export_options_init (&options);
  options.paper = paper;
  options.key = TRUE;
  doc = lp_export_document_new (t, &options);
  g_assert_cmpuint (lp_export_document_get_n_overview_pages (doc), ==, 1);
  g_assert_cmpfloat (lp_export_document_get_label_size (doc), >=, 7.0);
  n_pages = lp_export_document_get_n_pages (doc);
  lp_export_document_get_page_size (doc, 0, &page_w, &page_h);
  g_assert_true (lp_pdf_export (t, &options, pdf, &error));
  g_assert_no_error (error);
  g_array_set_clear_func (rows, key_row_clear);

  for (guint p = 1; p <= n_pages; p++)
    {
      g_autoptr(GArray) words = pdf_words_read (pdf, p);
      const PdfWord *heading = find_heading (words);

      pdf_words_assert_apart (words, p);
      if (p == 1)
        {
          g_assert_true ((heading != NULL) == below);
          chart_bottom = heading != NULL ? heading->y0 : page_h - FOOTER_Y;
          chart = g_array_ref (words);
        }
      else
        {
          /* the heading first on every page of the key's own; "(continued)"
           * after a page that had the key's beginning */
          const PdfWord *top = &g_array_index (words, PdfWord, 0);

          g_assert_nonnull (heading);
          for (guint i = 0; i < words->len; i++)
            if (g_array_index (words, PdfWord, i).y0 < top->y0)
              top = &g_array_index (words, PdfWord, i);
          g_assert_true (top->y0 >= heading->y0 - 0.5);
          g_assert_true ((pdf_words_find (words, "(continued)", heading->x1, heading->x1 + 20) != NULL)
                         == (below || p > 2));
        }
      if (heading != NULL)
        read_key_rows (words, heading, page_w, page_h, rows);
    }

  /* the numbers 1..n, each once, with the modules' titles */
  g_assert_cmpuint (rows->len, ==, n_modules);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpuint (g_array_index (rows, KeyRow, i).number, ==, i + 1);
  assert_titles_are_modules (t, rows);

  /* on the chart, each number left of its title's first word */
  for (guint i = 0; i < rows->len; i++)
    {
      const KeyRow *row = &g_array_index (rows, KeyRow, i);
      g_auto(GStrv) title_words = g_strsplit (row->title, " ", 2);

      if (!chart_has_number_before (chart, chart_bottom, row->number, title_words[0]))
        g_error ("%s: number %u not before “%s” on the chart", name, row->number, row->title);
    }
}

/* The four templates on A4 and A3 landscape.  The key begins below the
 * chart on page 1, except for the 18-month template on A4, whose chart
 * leaves room for fewer than three of its 42 lines. */
static void
test_templates (void)
{
  static const char *names[] = { "ambtelijk-bestuurlijk-samenwerken", "bestuursadvisering",
                                 "tijdmalen", "verdiepingsdag" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      check_template (names[i], LP_PAPER_A4, !g_str_equal (names[i], "bestuursadvisering"));
      check_template (names[i], LP_PAPER_A3, TRUE);
    }
}

int
main (int argc, char *argv[])
{
  int status;

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);
  lp_reader_init ();
  tmpdir = g_dir_make_tmp ("lp-key-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);

  g_test_add_func ("/pdf/key/templates", test_templates);
  status = g_test_run ();
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmpdir);
    (void) !system (cmd);
  }
  g_free (tmpdir);
  return status;
}
