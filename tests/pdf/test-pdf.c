/* test-pdf.c — `leerplaats --export-pdf` as a process, checked with poppler
 * (pdfinfo, pdftotext, pdffonts, pdftoppm) and qpdf
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/wait.h>

#include "core/lp-date.h"
#include "core/lp-library.h"
#include "core/lp-sample.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"
#include "../pdf-words.h"

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
  g_autofree char *all = pdf_words_normalize (text);
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
      g_autofree char *page = pdf_words_normalize (pages[i]);

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
          g_autofree char *title = pdf_words_normalize (lp_trajectory_get_module_title (t, m));

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

/* ---- the overview checked without the golden image ---- */

/* An RGB image from `pdftoppm -r DPI` (binary PPM). */
static guchar *
read_ppm (const char *path, int *w, int *h)
{
  g_autofree char *data = NULL;
  gsize len;
  int maxval, consumed = 0;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpint (sscanf (data, "P6 %d %d %d%n", w, h, &maxval, &consumed), ==, 3);
  g_assert_cmpint (maxval, ==, 255);
  consumed++;
  g_assert_cmpuint (len, >=, (gsize) consumed + (gsize) (*w * *h * 3));
  return g_memdup2 (data + consumed, (gsize) (*w * *h * 3));
}

#define OVERVIEW_DPI 144

typedef struct {
  GArray *words;
  guchar *rgb;
  int     w, h;
  double  x_origin;   /* x of the start of day 0 (the period's first day) */
  double  per_day;    /* points per day */
  LpDate  day0;
} Overview;

static double
x_of (const Overview *o,
      LpDate          date)
{
  return o->x_origin + ((double) date - (double) o->day0) * o->per_day;
}

static const guchar *
pixel_at (const Overview *o,
          double          x_pt,
          double          y_pt)
{
  int x = (int) (x_pt * OVERVIEW_DPI / 72.0);
  int y = (int) (y_pt * OVERVIEW_DPI / 72.0);

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, o->w);
  g_assert_cmpint (y, <, o->h);
  return o->rgb + (y * o->w + x) * 3;
}

static gboolean
near_rgb (const guchar *p,
          const double  rgb[3],
          int           tolerance)
{
  for (int i = 0; i < 3; i++)
    if (ABS ((int) p[i] - (int) (rgb[i] * 255 + 0.5)) > tolerance)
      return FALSE;
  return TRUE;
}

/* The time axis from the week numbers in the header row between @top and
 * @bottom: each stands centred on its ISO week, Monday to Sunday.  A
 * least-squares line through them (the first and last, perhaps cut off at
 * the edges, left out); every one must lie on it. */
static void
fit_time_axis (Overview *o,
               double    top,
               double    bottom)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (double));
  double sx = 0, sy = 0, sxx = 0, sxy = 0;
  LpDate monday = o->day0 - (lp_date_get_weekday (o->day0) - 1);
  guint n;

  for (guint i = 0; i < o->words->len; i++)
    {
      PdfWord *w = &g_array_index (o->words, PdfWord, i);
      guint64 week;

      if (w->y0 >= top && w->y1 <= bottom &&
          g_ascii_string_to_unsigned (w->text, 10, 1, 53, &week, NULL))
        g_ptr_array_add (labels, w);
    }
  g_ptr_array_sort (labels, pdf_words_compare_x);
  g_assert_cmpuint (labels->len, >=, 20);

  for (guint i = 0; i < labels->len; i++)
    {
      const PdfWord *w = labels->pdata[i];
      guint64 week = g_ascii_strtoull (w->text, NULL, 10);
      double day;

      while (lp_date_get_iso_week (monday) != week)
        monday += 7;
      day = (double) monday - (double) o->day0 + 3.5;
      g_array_append_val (days, day);
      monday += 7;
    }
  n = labels->len - 2;
  for (guint i = 1; i + 1 < labels->len; i++)
    {
      const PdfWord *w = labels->pdata[i];
      double x = g_array_index (days, double, i), y = (w->x0 + w->x1) / 2;

      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
  o->per_day = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  o->x_origin = (sy - o->per_day * sx) / n;
  g_test_message ("time axis: day 0 at %.2f pt, %.3f pt per day", o->x_origin, o->per_day);
  g_assert_cmpfloat (o->per_day, >, 1.0);
  for (guint i = 1; i + 1 < labels->len; i++)
    {
      const PdfWord *w = labels->pdata[i];
      double expected = o->x_origin + g_array_index (days, double, i) * o->per_day;

      g_assert_cmpfloat (fabs (expected - (w->x0 + w->x1) / 2), <, 1.0);
    }
}

/* The centre of a lane's row: its two-line label (name, group) stands
 * centred in the row, in the name column left of @x_max. */
static double
lane_centre (GArray     *words,
             const char *name,
             double      x_max)
{
  g_autofree char *first = g_strndup (name, strcspn (name, " "));
  const PdfWord *label = pdf_words_find (words, first, 0, x_max);

  g_assert_nonnull (label);
  for (guint i = 0; i < words->len; i++)
    {
      const PdfWord *w = &g_array_index (words, PdfWord, i);

      if (fabs (w->x0 - label->x0) < 0.5 && w->y0 > label->y1 - 1 && w->y0 < label->y1 + 4)
        return (label->y0 + w->y1) / 2;
    }
  g_assert_not_reached ();
}

/* A shade of @rgb: @rgb darkened by at most 40 % (a narrow block is
 * mostly its outline, a darker shade of the fill). */
static gboolean
is_shade_of (const guchar *p,
             const double  rgb[3])
{
  double dot = 0, norm = 0, k;
  double shaded[3];

  for (int i = 0; i < 3; i++)
    {
      dot += (p[i] / 255.0) * rgb[i];
      norm += rgb[i] * rgb[i];
    }
  k = dot / norm;
  if (k < 0.6 || k > 1.05)
    return FALSE;
  for (int i = 0; i < 3; i++)
    shaded[i] = rgb[i] * k;
  return near_rgb (p, shaded, 24);
}

/* The coloured theme @p is a shade of, or NULL.  Grey themes are left out:
 * labels written beside blocks cross empty days, and their grey letters
 * cannot be told from a grey block. */
static const LpTheme *
theme_near (const guchar *p)
{
  for (guint i = 0; i < lp_library_get_n_themes (); i++)
    {
      const LpTheme *theme = lp_library_get_theme_nth (i);
      double lo = MIN (theme->rgb[0], MIN (theme->rgb[1], theme->rgb[2]));
      double hi = MAX (theme->rgb[0], MAX (theme->rgb[1], theme->rgb[2]));

      if (hi - lo > 0.15 && is_shade_of (p, theme->rgb))
        return theme;
    }
  return NULL;
}

/* A day of @track that is more than two days from any of its modules. */
static gboolean
lane_is_empty_around (LpTrajectory *t,
                      LpTrack      *track,
                      LpDate        day)
{
  GListModel *modules = lp_trajectory_get_modules (t);

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);

      if (lp_module_get_track (m) == track &&
          day + 2 >= lp_module_get_start (m) && day <= lp_module_get_end (m) + 2)
        return FALSE;
    }
  return TRUE;
}

/* The first overview page of a template read back as positioned text and
 * as pixels, against positions computed from the file's dates: the week
 * numbers lie on one straight time axis; each month's name starts just
 * after its first day; the lanes are named top to bottom in the file's
 * order; the milestone's label starts at its date and the period's label
 * lies within its dates; every confirmed block shows its theme's colour
 * (or the darker shade of its outline) within its dates on its lane's row,
 * and empty days of a lane show no theme colour. */
static void
test_overview_positions (void)
{
  static const char *months[] = { "January", "February", "March", "April", "May", "June", "July",
                                  "August", "September", "October", "November", "December" };
  g_autofree char *input = g_strdup_printf ("%s/bestuursadvisering.leerplaats", g_getenv ("LEERPLAATS_TEMPLATES"));
  g_autofree char *pdf = g_build_filename (tmpdir, "positions.pdf", NULL);
  g_autofree char *prefix = g_build_filename (tmpdir, "positions", NULL);
  g_autofree char *ppm = g_build_filename (tmpdir, "positions.ppm", NULL);
  g_autofree char *dpi = g_strdup_printf ("%d", OVERVIEW_DPI);
  const char *argv[] = { "pdftoppm", "-r", dpi, "-f", "1", "-l", "1", "-singlefile", pdf, prefix, NULL };
  g_autoptr(GFile) file = g_file_new_for_path (input);
  g_autoptr(LpTrajectory) t = lp_reader_load_file (file, NULL, NULL, NULL);
  GListModel *tracks = lp_trajectory_get_tracks (t);
  GListModel *modules = lp_trajectory_get_modules (t);
  guint n_tracks = g_list_model_get_n_items (tracks);
  g_autofree double *centres = g_new0 (double, n_tracks);
  Overview o = { 0 };
  const PdfWord *september, *first_lane, *w;
  double name_column, right = 0, pad = -1;
  guint checked = 0, empty_checked = 0;
  LpDate day;

  g_assert_nonnull (t);
  /* month by month: full month names at the day scale these checks need */
  g_assert_cmpint (export (input, pdf, "--fit=months", NULL), ==, 0);
  g_assert_cmpint (run (argv, NULL), ==, 0);
  o.words = pdf_words_read (pdf, 1);
  g_assert_cmpuint (o.words->len, >, 0);
  o.rgb = read_ppm (ppm, &o.w, &o.h);
  o.day0 = lp_trajectory_get_span_start (t);

  /* the time axis, from the header between the month names and the lanes */
  september = pdf_words_find (o.words, "September", 0, G_MAXDOUBLE);
  g_assert_nonnull (september);
  name_column = september->x0;
  {
      g_autoptr(LpTrack) track0 = g_list_model_get_item (tracks, 0);
      first_lane = pdf_words_find (o.words, lp_track_get_name (track0), 0, name_column);
  }
  g_assert_nonnull (first_lane);
  fit_time_axis (&o, september->y1, first_lane->y0);
  for (guint i = 0; i < o.words->len; i++)
    {
      w = &g_array_index (o.words, PdfWord, i);
      if (w->y0 > september->y1 && w->y1 < first_lane->y0)
        right = MAX (right, w->x1);
    }

  /* month names at their first days */
  for (day = lp_date_month_start (o.day0); x_of (&o, day) + 40 < right; day = lp_date_next_month (day))
    {
      guint d, m, y;

      lp_date_to_dmy (day, &d, &m, &y);
      w = pdf_words_find (o.words, months[m - 1], x_of (&o, day) - 1, x_of (&o, day) + 10);
      if (w == NULL)
        g_error ("no “%s” at %.1f pt", months[m - 1], x_of (&o, day));
      if (pad < 0)
        pad = w->x0 - x_of (&o, day);
      g_assert_cmpfloat (fabs (w->x0 - x_of (&o, day) - pad), <, 1.0);
    }

  /* lanes in order, each below the previous */
  for (guint i = 0; i < n_tracks; i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);

      centres[i] = lane_centre (o.words, lp_track_get_name (track), name_column);
      if (i > 0)
        g_assert_cmpfloat (centres[i], >, centres[i - 1] + 10);
    }

  /* a milestone and a period, by their labels (a period's label is whole:
   * inside the period, or just beside it when the period is too short) */
  w = pdf_words_find (o.words, "Begrotingsbehandeling", 0, G_MAXDOUBLE);
  g_assert_nonnull (w);
  g_assert_cmpfloat (w->x0, >=, x_of (&o, lp_date_from_dmy (5, 11, 2026)));
  g_assert_cmpfloat (w->x0, <, x_of (&o, lp_date_from_dmy (5, 11, 2026)) + 15);
  w = pdf_words_find (o.words, "Kerstreces", 0, G_MAXDOUBLE);
  g_assert_nonnull (w);
  g_assert_cmpfloat (w->x0, >=, x_of (&o, lp_date_from_dmy (19, 12, 2026)));
  g_assert_cmpfloat (w->x0, <, x_of (&o, lp_date_from_dmy (4, 1, 2027)) + 6);

  /* confirmed blocks in their theme's colour, within their lane's period
   * (from its name down to the next lane's name): which row of the lane a
   * block takes is the layout's choice */
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      const LpTheme *theme = lp_kind_get_theme (lp_trajectory_get_module_kind (t, m));
      double x0 = x_of (&o, lp_module_get_start (m)) - 0.5;
      double x1 = x_of (&o, lp_module_get_end (m) + 1) + 1.5;
      guint lane = lp_trajectory_get_track_index (t, lp_module_get_track (m));
      double y0 = centres[lane] - 10;
      double y1 = lane + 1 < n_tracks ? centres[lane + 1] - 10 : y0 + 60;
      guint hits = 0;

      if (lp_module_get_status (m) != LP_STATUS_CONFIRMED || x1 > right)
        continue;
      /* a block may be drawn a little wider than its days, to stay visible */
      for (double y = y0; y < y1; y += 1.0)
        for (double x = x0; x < x1; x += 72.0 / OVERVIEW_DPI)
          if (is_shade_of (pixel_at (&o, x, y), theme->rgb))
            hits++;
      if (hits < 2)
        g_error ("module %s: no shade of its theme colour %s between %.1f and %.1f pt in lane %u",
                 lp_module_get_id (m), theme->color, x0, x1, lane);
      checked++;
    }
  g_test_message ("%u confirmed blocks in their theme colour", checked);
  g_assert_cmpuint (checked, >=, 8);

  /* and empty days in none */
  for (guint i = 0; i < n_tracks; i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);

      for (day = o.day0 + 3; x_of (&o, day + 1) < right; day += 5)
        if (lane_is_empty_around (t, track, day))
          {
            double x = (x_of (&o, day) + x_of (&o, day + 1)) / 2;
            const guchar *p = pixel_at (&o, x, centres[i]);
            const LpTheme *theme = theme_near (p);

            if (theme != NULL)
              g_error ("an empty day of lane %u at %.1f pt has the colour of %s", i, x, theme->id);
            empty_checked++;
          }
    }
  g_assert_cmpuint (empty_checked, >=, 40);

  g_array_unref (o.words);
  g_free (o.rgb);
}

/* --fit, --key and --second-line on the command line */
static void
test_fit_options (void)
{
  g_autofree char *input = g_strdup_printf ("%s/bestuursadvisering.leerplaats", g_getenv ("LEERPLAATS_TEMPLATES"));
  g_autofree char *out = g_build_filename (tmpdir, "fit.pdf", NULL);
  guint months, page, key;

  g_assert_cmpint (export (input, out, "--paper=a3", NULL), ==, 0);
  g_assert_cmpuint (pdf_pages (out, NULL), ==, 1);
  g_assert_cmpint (export (input, out, "--fit=page", NULL), ==, 0);
  page = pdf_pages (out, NULL);
  g_assert_cmpint (export (input, out, "--fit=months", NULL), ==, 0);
  months = pdf_pages (out, NULL);
  g_assert_cmpuint (page, ==, 1);
  g_assert_cmpuint (months, >, page);
  g_assert_cmpint (export (input, out, "--key", NULL), ==, 0);
  key = pdf_pages (out, NULL);
  g_assert_cmpuint (key, >, page);
  g_assert_cmpint (export (input, out, NULL, NULL), ==, 0);
  {
    g_autofree char *plain = tool ("pdftotext", "-layout", out, "-", NULL);
    g_autofree char *text = NULL;

    g_assert_cmpint (export (input, out, "--second-line=dates", NULL), ==, 0);
    text = tool ("pdftotext", "-layout", out, "-", NULL);
    /* module m2 is on 17 September 2026: its date under its title */
    g_assert_null (strstr (plain, "17 Sep"));
    g_assert_nonnull (strstr (text, "17 Sep"));
  }
  g_remove (out);
  g_assert_cmpint (export (input, out, "--fit=wide", NULL), ==, 2);
  g_assert_cmpint (export (input, out, "--second-line=notes", NULL), ==, 2);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* --participant leaves the notes and review comments out of the booklet;
 * without it the booklet has both.  With --diff it is wrong usage. */
static void
test_participant (void)
{
  g_autofree char *input = g_build_filename (g_getenv ("LEERPLAATS_SOURCE_DIR"), "tests", "fuzz", "corpus",
                                             "full.leerplaats", NULL);
  g_autofree char *full = g_build_filename (tmpdir, "full.pdf", NULL);
  g_autofree char *theirs = g_build_filename (tmpdir, "participant.pdf", NULL);
  g_autofree char *full_text = NULL, *participant_text = NULL;
  const char *argv[] = { g_getenv ("LEERPLAATS"), "--diff", "--participant", input, input, NULL };

  g_assert_cmpint (export (input, full, "--booklet", NULL), ==, 0);
  g_assert_cmpint (export (input, theirs, "--booklet", "--participant"), ==, 0);
  full_text = tool ("pdftotext", "-enc", "UTF-8", full, "-");
  participant_text = tool ("pdftotext", "-enc", "UTF-8", theirs, "-");
  g_assert_nonnull (strstr (full_text, "Zaal ’s ochtends open vanaf 8:30."));
  g_assert_nonnull (strstr (full_text, "Graag een extra pauze."));
  g_assert_null (strstr (participant_text, "Zaal ’s ochtends open vanaf 8:30."));
  g_assert_null (strstr (participant_text, "Graag een extra pauze."));
  /* the module itself is there */
  g_assert_nonnull (strstr (participant_text, "Wie beslist?"));
  g_assert_cmpint (run (argv, NULL), ==, 2);
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
  g_test_add_func ("/pdf/export/participant", test_participant);
  g_test_add_func ("/pdf/export/failures-leave-nothing", test_failures_leave_nothing);
  g_test_add_func ("/pdf/export/golden-overview", test_golden_overview);
  g_test_add_func ("/pdf/export/overview-positions", test_overview_positions);
  g_test_add_func ("/pdf/export/fit-options", test_fit_options);

  status = g_test_run ();
  if (status == 0)
    {
      g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmpdir);
      (void) system (cmd);
    }
  g_free (tmpdir);
  return status;
}
