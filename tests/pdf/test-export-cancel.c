/* test-export-cancel.c — a PDF export tells its progress page by page and
 * can be cancelled between pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "core/lp-sample.h"
#include "io/lp-pdf-export.h"

typedef struct {
  GArray       *done;        /* guint: pages done, as told */
  guint         n_pages;
  GCancellable *cancel_after_first;
} Progress;

static void
progress_cb (guint    done,
             guint    n_pages,
             gpointer data)
{
  Progress *p = data;

  g_array_append_val (p->done, done);
  p->n_pages = n_pages;
  if (p->cancel_after_first != NULL && done == 1)
    g_cancellable_cancel (p->cancel_after_first);
}

/* Several pages: the overview by months and the booklet. */
static void
options_many_pages (LpExportOptions *options)
{
  lp_export_options_init (options);
  options->fit = LP_EXPORT_FIT_MONTHS;
  options->booklet = TRUE;
}

/* Names in dir, other than keep. */
static guint
count_others (const char *dir,
              const char *keep)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_strcmp0 (name, keep) != 0)
      {
        g_test_message ("left: %s", name);
        n++;
      }
  return n;
}

/* Without cancelling: pages done 1, 2, … up to the total, then the file. */
static void
test_progress_counts_pages (void)
{
  g_autoptr(LpTrajectory) trajectory = lp_sample_generate (60, 4, 12, 7);
  g_autofree char *dir = g_dir_make_tmp ("lp-export-cancel-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Progress p = { g_array_new (FALSE, FALSE, sizeof (guint)), 0, NULL };
  LpExportOptions options;

  options_many_pages (&options);
  g_assert_true (lp_pdf_export_full (trajectory, &options, pdf, cancellable, progress_cb, &p, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (p.n_pages, >, 2);
  g_assert_cmpuint (p.done->len, ==, p.n_pages);
  for (guint i = 0; i < p.done->len; i++)
    g_assert_cmpuint (g_array_index (p.done, guint, i), ==, i + 1);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_array_unref (p.done);
  g_unlink (pdf);
  g_rmdir (dir);
}

/* Cancelled from the progress callback after page 1: G_IO_ERROR_CANCELLED,
 * no more pages drawn, the existing target keeps its bytes and nothing
 * else is left in its folder; with no target, no file appears. */
static void
test_cancel_after_first_page (void)
{
  g_autoptr(LpTrajectory) trajectory = lp_sample_generate (60, 4, 12, 7);
  g_autofree char *dir = g_dir_make_tmp ("lp-export-cancel-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *fresh = g_build_filename (dir, "new.pdf", NULL);
  g_autofree char *after = NULL;
  const char *before = "%PDF-1.4 an earlier export\n";
  LpExportOptions options;
  gsize length = 0;

  options_many_pages (&options);
  g_assert_true (g_file_set_contents (pdf, before, -1, NULL));
  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GError) error = NULL;
      Progress p = { g_array_new (FALSE, FALSE, sizeof (guint)), 0, cancellable };

      g_assert_false (lp_pdf_export_full (trajectory, &options, round == 0 ? pdf : fresh, cancellable,
                                          progress_cb, &p, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_cmpuint (p.n_pages, >, 2);
      g_assert_cmpuint (p.done->len, ==, 1);
      g_array_unref (p.done);
    }
  g_assert_true (g_file_get_contents (pdf, &after, &length, NULL));
  g_assert_cmpuint (length, ==, strlen (before));
  g_assert_cmpstr (after, ==, before);
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_others (dir, "out.pdf"), ==, 0);
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pdf/cancel/progress-counts-pages", test_progress_counts_pages);
  g_test_add_func ("/pdf/cancel/after-first-page", test_cancel_after_first_page);
  return g_test_run ();
}
