/* test-command-line.c — files named on the command line: the application
 * run as `leerplaats FILE…` shows each trajectory in a window of its own,
 * and a file it cannot read as an error on a window, with no window left
 * empty beside one that shows a file
 *
 * Each case runs the application (g_application_run with those arguments)
 * in a subprocess of its own: one application per process.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "core/lp-sample.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"
#include "ui/lp-application.h"
#include "widget-test-util.h"

#define WAIT_USEC (20 * G_USEC_PER_SEC)

typedef struct {
  GtkApplication *app;
  GFile          *files[2];     /* what the windows show, in any order */
  guint           n_files;
  gboolean        error_shown;  /* a "Could Not Open “notes.txt”" dialog */
  gint64          deadline;
  gboolean        checked;
} Expect;

static gboolean
shows_file (LpWindow *window,
            GFile    *file)
{
  GFile *shown = lp_window_get_file (window);

  return file == NULL ? shown == NULL : shown != NULL && g_file_equal (shown, file);
}

/* Every window mapped and allocated, and the dialog there if one is due. */
static gboolean
is_settled (Expect *e)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (e->app); l != NULL; l = l->next)
    if (LP_IS_WINDOW (l->data))
      {
        if (!gtk_widget_get_mapped (l->data) || gtk_widget_get_width (l->data) <= 0)
          return FALSE;
        n++;
      }
  return n >= MAX (e->n_files, 1) && (!e->error_shown || find_message_dialog () != NULL);
}

static void
assert_windows (Expect *e)
{
  guint n_windows = count_lp_windows (e->app);
  AdwMessageDialog *dialog = find_message_dialog ();
  LpWindow *first = NULL;

  /* a window per file, or one empty window for the error */
  g_assert_cmpuint (n_windows, ==, MAX (e->n_files, 1));
  for (GList *l = gtk_application_get_windows (e->app); l != NULL; l = l->next)
    {
      LpWindow *window = l->data;
      gboolean known = FALSE;
      int w, h;
      g_autofree guchar *pixels = NULL;

      if (!LP_IS_WINDOW (window))
        continue;
      first = first ? first : window;
      for (guint i = 0; i < MAX (e->n_files, 1); i++)
        known |= shows_file (window, i < e->n_files ? e->files[i] : NULL);
      g_assert_true (known);
      g_assert_true (g_str_has_suffix (gtk_window_get_title (GTK_WINDOW (window)), " — Leerplaats"));
      pixels = render_widget (GTK_WIDGET (window), &w, &h);
      g_assert_cmpuint (count_colours (pixels, w, 0, 0, w, h), >, 2);
    }
  if (e->error_shown)
    {
      g_assert_nonnull (dialog);
      g_assert_true (LP_IS_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog))));
      g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "notes.txt"));
    }
  else
    g_assert_null (dialog);
}

static gboolean
check_cb (gpointer data)
{
  Expect *e = data;

  g_assert_cmpint (g_get_monotonic_time (), <, e->deadline);
  if (!is_settled (e))
    return G_SOURCE_CONTINUE;
  assert_windows (e);
  e->checked = TRUE;
  g_application_quit (G_APPLICATION (e->app));
  return G_SOURCE_REMOVE;
}

/* Runs the application on @paths (NULL-terminated) and checks its windows
 * against @e once they are on screen. */
static void
run_on (const char * const *paths,
        Expect             *e)
{
  g_autoptr(LpApplication) app = lp_application_new ();
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  int status;

  g_application_set_flags (G_APPLICATION (app), g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_ptr_array_add (argv, (gpointer) "leerplaats");
  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) paths[i]);
  g_ptr_array_add (argv, NULL);
  e->app = GTK_APPLICATION (app);
  e->deadline = g_get_monotonic_time () + WAIT_USEC;
  g_timeout_add (20, check_cb, e);
  status = g_application_run (G_APPLICATION (app), (int) argv->len - 1, (char **) argv->pdata);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (e->checked);
}

typedef struct {
  char *dir;
  char *good;
  char *other;
  char *bad;
} Files;

static void
files_make (Files *f)
{
  f->dir = g_dir_make_tmp ("lp-command-line-XXXXXX", NULL);
  f->good = copy_template (f->dir, "good.leerplaats", "tijdmalen");
  f->other = copy_template (f->dir, "other.leerplaats", "verdiepingsdag");
  f->bad = g_build_filename (f->dir, "notes.txt", NULL);
  g_assert_true (g_file_set_contents (f->bad, "Boodschappen: brood, kaas\n", -1, NULL));
}

static void
files_clear (Files *f)
{
  const char *names[] = { f->good, f->other, f->bad };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *backup = g_strconcat (names[i], "~", NULL);

      g_remove (backup);
      g_remove (names[i]);
      g_free ((char *) names[i]);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

/* A good file and one that is not a trajectory: one window, showing the
 * good file, with the error on it. */
static void
child_good_and_bad (void)
{
  Files f;
  g_autoptr(GFile) good = NULL;

  files_make (&f);
  good = g_file_new_for_path (f.good);
  run_on ((const char *[]) { f.bad, f.good, NULL }, &(Expect) { .files = { good }, .n_files = 1, .error_shown = TRUE });
  files_clear (&f);
}

/* A large file first (still being read when the interface is up, so its
 * window is built ahead, while it is read), then one that is not a
 * trajectory: one window, showing the large file, with the error on it. */
static void
child_large_and_bad (void)
{
  Files f;
  g_autofree char *large = NULL;
  g_autoptr(GFile) large_file = NULL;
  g_autoptr(LpTrajectory) sample = lp_sample_generate (3000, 12, 24, 3);
  g_autoptr(GError) error = NULL;

  files_make (&f);
  large = g_build_filename (f.dir, "large.leerplaats", NULL);
  large_file = g_file_new_for_path (large);
  g_assert_true (lp_writer_save_file (sample, large_file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  run_on ((const char *[]) { large, f.bad, NULL }, &(Expect) { .files = { large_file }, .n_files = 1, .error_shown = TRUE });
  g_assert_cmpint (g_remove (large), ==, 0);
  files_clear (&f);
}

/* Only a file that is not a trajectory: one empty window with the error. */
static void
child_bad_alone (void)
{
  Files f;

  files_make (&f);
  run_on ((const char *[]) { f.bad, NULL }, &(Expect) { .n_files = 0, .error_shown = TRUE });
  files_clear (&f);
}

/* Two good files: a window each, and no other. */
static void
child_two_files (void)
{
  Files f;
  g_autoptr(GFile) good = NULL, other = NULL;

  files_make (&f);
  good = g_file_new_for_path (f.good);
  other = g_file_new_for_path (f.other);
  run_on ((const char *[]) { f.good, f.other, NULL }, &(Expect) { .files = { good, other }, .n_files = 2 });
  files_clear (&f);
}

/* Runs @child in a subprocess of its own (one application per process). */
static void
in_subprocess (void (*child) (void))
{
  if (g_test_subprocess ())
    {
      child ();
      return;
    }
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void test_good_and_bad (void) { in_subprocess (child_good_and_bad); }
static void test_large_and_bad (void) { in_subprocess (child_large_and_bad); }
static void test_bad_alone (void) { in_subprocess (child_bad_alone); }
static void test_two_files (void) { in_subprocess (child_two_files); }

int
main (int argc, char *argv[])
{
  char *home = widget_test_init_in_home (&argc, &argv);

  lp_reader_init ();
  g_test_add_func ("/widgets/command-line/good-and-bad", test_good_and_bad);
  g_test_add_func ("/widgets/command-line/large-and-bad", test_large_and_bad);
  g_test_add_func ("/widgets/command-line/bad-alone", test_bad_alone);
  g_test_add_func ("/widgets/command-line/two-files", test_two_files);
  return widget_test_run_in_home (home);
}
