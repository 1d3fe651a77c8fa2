/* test-pdf.c — `leerplaats --export-pdf` as a process, checked with poppler
 * (pdfinfo, pdftotext, pdffonts, pdftoppm) and qpdf
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "core/lp-sample.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"

static char *tmpdir;

static int
run (const char * const *argv,
     char              **out)
{
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = -1;

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               out, &err, &status, &error));
  g_assert_no_error (error);
  if (err != NULL && *err != '\0')
    g_test_message ("%s: %s", argv[0], err);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static int
export (const char *input,
        const char *output,
        const char *extra1,
        const char *extra2)
{
  g_autofree char *opt = g_strdup_printf ("--export-pdf=%s", output);
  const char *argv[] = { g_getenv ("LEERPLAATS"), opt, input, extra1, extra2, NULL };

  if (extra1 == NULL)
    argv[3] = NULL;
  return run (argv, NULL);
}

static char *
tool (const char *name, const char *a, const char *b, const char *c, const char *d)
{
  const char *argv[] = { name, a, b, c, d, NULL };
  char *out = NULL;

  g_assert_cmpint (run (argv, &out), ==, 0);
  return out;
}

static guint
pdf_pages (const char *pdf, char **size)
{
  g_autofree char *info = tool ("pdfinfo", pdf, NULL, NULL, NULL);
  const char *p = strstr (info, "Pages:");
  const char *s = strstr (info, "Page size:");

  g_assert_nonnull (p);
  if (size != NULL)
    {
      g_assert_nonnull (s);
      s += strlen ("Page size:");
      while (*s == ' ')
        s++;
      *size = g_strndup (s, strcspn (s, "\n"));
    }
  return (guint) g_ascii_strtoull (p + 6, NULL, 10);
}

static char *
normalize (const char *text)
{
  GString *s = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        space = TRUE;
      else
        {
          if (space && s->len > 0)
            g_string_append_c (s, ' ');
          space = FALSE;
          g_string_append_c (s, *p);
        }
    }
  return g_string_free (s, FALSE);
}

static void
check_pdf (const char   *pdf,
           LpTrajectory *t,
           gboolean      booklet)
{
  g_autofree char *size = NULL;
  guint n = pdf_pages (pdf, &size);
  g_autofree char *text = tool ("pdftotext", "-enc", "UTF-8", pdf, "-");
  g_autofree char *fonts = tool ("pdffonts", pdf, NULL, NULL, NULL);
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);
  g_autofree char *all = normalize (text);
  g_auto(GStrv) font_lines = g_strsplit (fonts, "\n", -1);
  g_autofree char *qpdf = NULL;
  const char *qpdf_argv[] = { "qpdf", "--check", pdf, NULL };

  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpstr (size, ==, "841.89 x 595.28 pts (A4)");

  /* title and "Page n of m" on every page */
  g_assert_cmpuint (g_strv_length (pages), >=, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", i + 1, n);
      g_autofree char *page = normalize (pages[i]);

      g_assert_nonnull (strstr (page, footer));
      g_assert_nonnull (strstr (page, lp_trajectory_get_title (t)));
    }

  /* every module title in the booklet */
  if (booklet)
    {
      GListModel *modules = lp_trajectory_get_modules (t);

      for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
        {
          g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
          g_autofree char *title = normalize (lp_trajectory_get_module_title (t, m));

          if (strstr (all, title) == NULL)
            g_error ("module title “%s” not in the booklet", title);
        }
    }

  /* all fonts embedded */
  for (guint i = 2; font_lines[i] != NULL && font_lines[i][0] != '\0'; i++)
    {
      gboolean emb_yes = strstr (font_lines[i], " yes ") != NULL;

      g_assert_true (emb_yes);
    }

  g_assert_cmpint (run (qpdf_argv, &qpdf), ==, 0);
}

static void
test_templates (void)
{
  const char *names[] = { "bestuursadvisering", "verdiepingsdag", "ambtelijk-bestuurlijk-samenwerken", "tijdmalen" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *input = g_strdup_printf ("%s/%s.leerplaats", g_getenv ("LEERPLAATS_TEMPLATES"), names[i]);
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", tmpdir, names[i]);
      g_autoptr(GFile) file = g_file_new_for_path (input);
      g_autoptr(LpTrajectory) t = lp_reader_load_file (file, NULL, NULL, NULL);

      g_assert_nonnull (t);
      g_assert_cmpint (export (input, pdf, "--booklet", NULL), ==, 0);
      check_pdf (pdf, t, TRUE);
    }
}

static void
test_generated_500 (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (500, 6, 24, 77);
  g_autofree char *input = g_build_filename (tmpdir, "sample.leerplaats", NULL);
  g_autofree char *pdf = g_build_filename (tmpdir, "sample.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (input);

  g_assert_true (lp_writer_save_file (t, file, NULL, NULL, NULL, NULL));
  g_assert_cmpint (export (input, pdf, "--booklet", NULL), ==, 0);
  check_pdf (pdf, t, TRUE);
}

static void
test_paper_and_orientation (void)
{
  g_autofree char *input = g_strdup_printf ("%s/tijdmalen.leerplaats", g_getenv ("LEERPLAATS_TEMPLATES"));
  g_autofree char *a3 = g_build_filename (tmpdir, "a3.pdf", NULL);
  g_autofree char *portrait = g_build_filename (tmpdir, "portrait.pdf", NULL);
  g_autofree char *size = NULL;

  g_assert_cmpint (export (input, a3, "--paper=a3", NULL), ==, 0);
  pdf_pages (a3, &size);
  g_assert_cmpstr (size, ==, "1190.55 x 841.89 pts (A3)");
  g_free (size);
  g_assert_cmpint (export (input, portrait, "--orientation=portrait", NULL), ==, 0);
  pdf_pages (portrait, &size);
  g_assert_cmpstr (size, ==, "595.28 x 841.89 pts (A4)");
}

static void
test_one_track (void)
{
  g_autofree char *input = g_strdup_printf ("%s/bestuursadvisering.leerplaats", g_getenv ("LEERPLAATS_TEMPLATES"));
  g_autofree char *all = g_build_filename (tmpdir, "all.pdf", NULL);
  g_autofree char *dev = g_build_filename (tmpdir, "dev.pdf", NULL);
  g_autofree char *text = NULL;

  g_assert_cmpint (export (input, all, "--booklet", NULL), ==, 0);
  g_assert_cmpint (export (input, dev, "--booklet", "--tracks=dev"), ==, 0);
  g_assert_cmpuint (pdf_pages (dev, NULL), <, pdf_pages (all, NULL));
  text = tool ("pdftotext", "-enc", "UTF-8", dev, "-");
  g_assert_nonnull (strstr (text, "Ontwikkelgroep 1"));
  g_assert_null (strstr (text, "Leerplaats groep 1"));
  /* the joint lanes come along, and the pages say whom they are for */
  g_assert_nonnull (strstr (text, "Aftrap"));
  g_assert_nonnull (strstr (text, "Version for: Ontwikkelgroep"));
  g_assert_cmpint (export (input, dev, "--tracks=nobody", NULL), ==, 2);

  {
    g_autofree char *opt = g_strdup_printf ("--export-pdf=%s", dev);
    const char *argv[] = { g_getenv ("LEERPLAATS"), opt, input, "--booklet", "--tracks=dev", "--no-joint", NULL };
    g_autofree char *alone = NULL;

    g_assert_cmpint (run (argv, NULL), ==, 0);
    alone = tool ("pdftotext", "-enc", "UTF-8", dev, "-");
    g_assert_nonnull (strstr (alone, "Ontwikkelgroep 1"));
    g_assert_null (strstr (alone, "Aftrap"));
  }
  g_assert_cmpint (export (input, dev, "--no-joint", NULL), ==, 0);
}

static void
test_dutch_text (void)
{
  g_autoptr(LpTrajectory) t = lp_sample_generate (20, 3, 6, 3);
  g_autofree char *input = g_build_filename (tmpdir, "dutch.leerplaats", NULL);
  g_autofree char *pdf = g_build_filename (tmpdir, "dutch.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (input);
  g_autofree char *text = NULL;
  const char *expected[] = { "één", "„Het zwembad”", "’s ochtends", "Eloïse", "Noël", "Café" };

  g_assert_true (lp_writer_save_file (t, file, NULL, NULL, NULL, NULL));
  g_assert_cmpint (export (input, pdf, "--booklet", NULL), ==, 0);
  text = tool ("pdftotext", "-enc", "UTF-8", pdf, "-");
  /* é ë ï ’ „ ” come out as themselves, as selectable text */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("“%s” is not in the PDF text", expected[i]);
}

static void
test_failures_leave_nothing (void)
{
  g_autofree char *bad = g_build_filename (tmpdir, "bad.leerplaats", NULL);
  g_autofree char *out = g_build_filename (tmpdir, "bad.pdf", NULL);
  g_autofree char *good = g_strdup_printf ("%s/tijdmalen.leerplaats", g_getenv ("LEERPLAATS_TEMPLATES"));
  g_autofree char *existing = g_build_filename (tmpdir, "existing.pdf", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_true (g_file_set_contents (bad, "<trajectory>kapot", -1, NULL));
  g_assert_cmpint (export (bad, out, NULL, NULL), ==, 1);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* an existing file stays as it was when the input is bad */
  g_assert_true (g_file_set_contents (existing, "oud", -1, NULL));
  g_assert_cmpint (export (bad, existing, NULL, NULL), ==, 1);
  g_assert_true (g_file_get_contents (existing, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "oud");

  g_assert_cmpint (export (good, "/nonexistent-directory/x.pdf", NULL, NULL), ==, 1);
  g_assert_false (g_file_test ("/nonexistent-directory/x.pdf", G_FILE_TEST_EXISTS));

  g_assert_cmpint (export (good, out, "--paper=a5", NULL), ==, 2);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  /* no temporary files left in the directory */
  dir = g_dir_open (tmpdir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (strstr (name, ".pdf.") != NULL);
}

/* Golden image of the first overview page at low resolution, compared with
 * a tolerance so that drawing regressions are caught but font hinting is
 * not. */
static guchar *
read_pgm (const char *path, int *w, int *h)
{
  g_autofree char *data = NULL;
  gsize len;
  int maxval, consumed = 0;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpint (sscanf (data, "P5 %d %d %d%n", w, h, &maxval, &consumed), ==, 3);
  g_assert_cmpint (maxval, ==, 255);
  consumed++; /* the single whitespace after maxval */
  g_assert_cmpuint (len, >=, (gsize) consumed + (gsize) (*w * *h));
  return g_memdup2 (data + consumed, (gsize) (*w * *h));
}

static void
test_golden_overview (void)
{
  g_autofree char *input = g_strdup_printf ("%s/bestuursadvisering.leerplaats", g_getenv ("LEERPLAATS_TEMPLATES"));
  g_autofree char *pdf = g_build_filename (tmpdir, "golden.pdf", NULL);
  g_autofree char *prefix = g_build_filename (tmpdir, "golden", NULL);
  g_autofree char *png_path = g_build_filename (tmpdir, "golden.pgm", NULL);
  g_autofree char *golden_path = g_test_build_filename (G_TEST_DIST, "golden", "bestuursadvisering-p1.pgm", NULL);
  const char *argv[] = { "pdftoppm", "-r", "30", "-gray", "-f", "1", "-l", "1", "-singlefile", pdf, prefix, NULL };
  g_autofree guchar *got = NULL;
  g_autofree guchar *want = NULL;
  int w1, h1, w2, h2;
  guint64 total = 0;
  guint far = 0;

  g_assert_cmpint (export (input, pdf, NULL, NULL), ==, 0);
  g_assert_cmpint (run (argv, NULL), ==, 0);
  got = read_pgm (png_path, &w1, &h1);
  if (g_getenv ("LEERPLAATS_UPDATE_GOLDEN"))
    {
      g_autofree char *data = NULL;
      gsize len;
      g_assert_true (g_file_get_contents (png_path, &data, &len, NULL));
      g_assert_true (g_file_set_contents (golden_path, data, (gssize) len, NULL));
    }
  want = read_pgm (golden_path, &w2, &h2);
  g_assert_cmpint (w1, ==, w2);
  g_assert_cmpint (h1, ==, h2);
  for (int i = 0; i < w1 * h1; i++)
    {
      int d = ABS ((int) got[i] - (int) want[i]);
      total += (guint64) d;
      if (d > 96)
        far++;
    }
  g_test_message ("mean difference %.2f, %u pixels far off of %d", (double) total / (w1 * h1), far, w1 * h1);
  g_assert_cmpfloat ((double) total / (w1 * h1), <, 4.0);
  g_assert_cmpuint (far, <, (guint) (w1 * h1) / 100);
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  lp_reader_init ();
  tmpdir = g_dir_make_tmp ("lp-pdf-XXXXXX", NULL);

  g_test_add_func ("/pdf/export/templates", test_templates);
  g_test_add_func ("/pdf/export/generated-500", test_generated_500);
  g_test_add_func ("/pdf/export/paper-and-orientation", test_paper_and_orientation);
  g_test_add_func ("/pdf/export/dutch-text", test_dutch_text);
  g_test_add_func ("/pdf/export/one-track", test_one_track);
  g_test_add_func ("/pdf/export/failures-leave-nothing", test_failures_leave_nothing);
  g_test_add_func ("/pdf/export/golden-overview", test_golden_overview);

  status = g_test_run ();
  if (status == 0)
    {
      g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmpdir);
      (void) system (cmd);
    }
  g_free (tmpdir);
  return status;
}
