/* test-pdf-changes.c — the "Changes since …" pages of the PDF, read back with
 * poppler-glib
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <poppler.h>
#include <string.h>

#include "core/lp-changes.h"
#include "core/lp-sample.h"
#include "io/lp-pdf-export.h"
#include "../pdf-words.h"

#ifndef POPPLER_CHECK_VERSION
#define POPPLER_CHECK_VERSION(a, b, c) 0
#endif
#if !POPPLER_CHECK_VERSION(23, 0, 0)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
#endif

static char *tmpdir;

static PopplerDocument *
export (LpTrajectory          *t,
        const LpExportOptions *options)
{
  g_autofree char *path = g_build_filename (tmpdir, "changes.pdf", NULL);
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;
  PopplerDocument *doc;

  g_assert_true (lp_pdf_export (t, options, path, &error));
  g_assert_no_error (error);
  uri = g_filename_to_uri (path, NULL, NULL);
  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  return doc;
}

static char *
page_text (PopplerDocument *doc,
           int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (doc, index);
  g_autofree char *text = poppler_page_get_text (page);

  return pdf_words_normalize (text);
}

/* A version of the sample with one module moved, one removed and one edited. */
static LpTrajectory *
changed_sample (void)
{
  LpTrajectory *t = lp_sample_generate (10, 2, 6, 3);
  LpModule *m1 = lp_trajectory_lookup_module (t, "m1");

  lp_trajectory_move_module (t, m1, lp_module_get_track (m1), lp_module_get_start (m1) + 2, lp_module_get_end (m1) + 2);
  lp_trajectory_remove_module (t, lp_trajectory_lookup_module (t, "m2"));
  lp_trajectory_set_string (t, lp_trajectory_lookup_module (t, "m3"), "location", "Zaal Veertien");
  return t;
}

static void
test_page (void)
{
  g_autoptr(LpTrajectory) old = lp_sample_generate (10, 2, 6, 3);
  g_autoptr(LpTrajectory) t = changed_sample ();
  g_autoptr(PopplerDocument) plain = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) changes = lp_changes_compare (old, t);
  g_autofree char *text = NULL;
  LpExportOptions options;
  int n;

  lp_export_options_init (&options);
  plain = export (t, &options);
  options.baseline = old;
  options.baseline_name = "15 March 2028";
  doc = export (t, &options);

  /* one page more than without, after the overview */
  n = poppler_document_get_n_pages (doc);
  g_assert_cmpint (n, ==, poppler_document_get_n_pages (plain) + 1);
  text = page_text (doc, n - 1);
  g_assert_nonnull (strstr (text, "Changes since 15 March 2028"));
  g_assert_cmpuint (changes->len, ==, 3);
  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *line = lp_change_describe (changes->pdata[i]);
      g_autofree char *norm = pdf_words_normalize (line);

      g_test_message ("looking for %s", norm);
      g_assert_nonnull (strstr (text, norm));
    }
  g_assert_nonnull (strstr (text, "Zaal Veertien"));
}

static void
test_none_and_booklet (void)
{
  g_autoptr(LpTrajectory) old = lp_sample_generate (10, 2, 6, 3);
  g_autoptr(LpTrajectory) t = lp_sample_generate (10, 2, 6, 3);
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  LpExportOptions options;

  lp_export_options_init (&options);
  options.booklet = TRUE;
  options.baseline = old;       /* no name: the baseline's title */
  doc = export (t, &options);

  /* the changes page comes before the booklet's cover: find it */
  for (int i = 0; i < poppler_document_get_n_pages (doc) && text == NULL; i++)
    {
      g_autofree char *page = page_text (doc, i);
      if (strstr (page, "Changes since") != NULL)
        text = g_steal_pointer (&page);
      else
        g_assert_true (i < 3);   /* not in the booklet */
    }
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "Changes since Leerplaats bestuursadvisering (proef)"));
  g_assert_nonnull (strstr (text, "No changes."));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("test-pdf-changes-XXXXXX", NULL);

  g_test_add_func ("/pdf/changes/page", test_page);
  g_test_add_func ("/pdf/changes/none-and-booklet", test_none_and_booklet);
  status = g_test_run ();
  {
    g_autofree char *pdf = g_build_filename (tmpdir, "changes.pdf", NULL);
    g_unlink (pdf);
    g_rmdir (tmpdir);
  }
  g_free (tmpdir);
  return status;
}
