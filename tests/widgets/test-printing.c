/* test-printing.c — Print and Export on paper: the print operation's
 * choices reach the pages, preview shows the pages in the application,
 * the export dialog remembers every choice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <poppler.h>
#include <string.h>


#include "io/lp-reader.h"
#include "render/lp-label-layout.h"
#include "ui/lp-export-choices.h"
#include "ui/lp-export-dialog.h"
#include "ui/lp-print-operation.h"
#include "ui/lp-window-private.h"
#include "widget-test-util.h"
#include "../template-util.h"
#include "../poppler-util.h"
#include <adwaita.h>

#define WAIT_MS 30000
#define A3_SHORT 841.89
#define A3_LONG 1190.55

/* A trajectory whose first module has an internal note. */
static LpTrajectory *
trajectory_with_note (void)
{
  LpTrajectory *trajectory = test_load_template ("tijdmalen");
  g_autoptr(LpModule) module = g_list_model_get_item (lp_trajectory_get_modules (trajectory), 0);

  g_assert_nonnull (module);
  lp_module_set_notes (module, "INTERN: budget wethouder nog niet rond");
  return trajectory;
}

/* Prints to a PDF through GtkPrintOperation (no dialog) and opens it. */
static PopplerDocument *
print_to_pdf (LpTrajectory          *trajectory,
              const LpExportChoices *choices,
              const char            *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) operation = lp_print_operation_new (trajectory, choices, &error);

  g_assert_no_error (error);
  g_assert_nonnull (operation);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  return test_open_pdf (path);
}

static char *
all_text (PopplerDocument *doc)
{
  GString *text = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *t = poppler_page_get_text (page);
      g_string_append (text, t);
    }
  return g_string_free (text, FALSE);
}

/* Every page is A3 (either way round). */
static void
assert_a3 (PopplerDocument *doc)
{
  g_assert_cmpint (poppler_document_get_n_pages (doc), >, 0);
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      double w, h;

      poppler_page_get_size (page, &w, &h);
      g_assert_cmpfloat_with_epsilon (MIN (w, h), A3_SHORT, 2.0);
      g_assert_cmpfloat_with_epsilon (MAX (w, h), A3_LONG, 2.0);
    }
}

/* Print with the overview and booklet on A3: the internal note is printed
 * in the full version and not in the participant version; every page is A3. */
static void
test_print_participant (void)
{
  g_autoptr(LpTrajectory) trajectory = trajectory_with_note ();
  g_autofree char *dir = g_dir_make_tmp ("lp-print-XXXXXX", NULL);
  g_autofree char *full_path = g_build_filename (dir, "full.pdf", NULL);
  g_autofree char *part_path = g_build_filename (dir, "participant.pdf", NULL);
  LpExportChoices choices = { 0 };
  g_autoptr(PopplerDocument) full = NULL, participant = NULL;
  g_autofree char *full_text = NULL, *part_text = NULL;

  lp_export_options_init (&choices.options);
  choices.options.paper = LP_PAPER_A3;
  choices.options.orientation_chosen = TRUE;
  choices.options.booklet = TRUE;
  full = print_to_pdf (trajectory, &choices, full_path);
  choices.options.participant_version = TRUE;
  participant = print_to_pdf (trajectory, &choices, part_path);

  full_text = all_text (full);
  part_text = all_text (participant);
  g_assert_nonnull (strstr (full_text, "INTERN"));
  g_assert_null (strstr (part_text, "INTERN"));
  assert_a3 (full);
  assert_a3 (participant);
  g_unlink (full_path);
  g_unlink (part_path);
  g_rmdir (dir);
}

static GtkWindow *
find_preview (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      const char *title = gtk_window_get_title (l->data);
      if (title != NULL && g_str_has_prefix (title, "Print Preview") && gtk_widget_get_visible (l->data))
        return l->data;
    }
  return NULL;
}

static gboolean
preview_shown_cb (gpointer data)
{
  return find_preview () != NULL;
}

static guint
count_pictures (GtkWidget *root)
{
  guint n = GTK_IS_PICTURE (root) && gtk_picture_get_paintable (GTK_PICTURE (root)) != NULL;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += count_pictures (c);
  return n;
}

/* Preview shows the pages in a window of the application, one picture per
 * page, that draws; no external previewer is needed. */
static void
test_print_preview (void)
{
  g_autoptr(LpTrajectory) trajectory = test_load_template ("tijdmalen");
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) operation = lp_print_operation_new (trajectory, NULL, &error);
  GtkWindow *preview;
  int w, h;
  g_autofree guchar *pixels = NULL;

  g_assert_no_error (error);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PREVIEW, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (wait_until (preview_shown_cb, NULL, WAIT_MS));
  preview = find_preview ();
  g_assert_cmpuint (count_pictures (GTK_WIDGET (preview)), >, 0);
  wait_for_allocation (GTK_WIDGET (preview));
  pixels = render_widget (GTK_WIDGET (preview), &w, &h);
  g_assert_cmpuint (count_colours (pixels, w, 0, 0, w, h), >, 2);
  gtk_window_destroy (preview);
}

static GtkCheckButton *
find_check (GtkWidget  *root,
            const char *label)
{
  if (GTK_IS_CHECK_BUTTON (root) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (root)), label) == 0)
    return GTK_CHECK_BUTTON (root);
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkCheckButton *found = find_check (c, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Prints trajectory with the Printout tab's choices as the user left them:
 * fit (a label of its drop-down), second line (likewise), key. */
static PopplerDocument *
print_with_tab (LpTrajectory *trajectory,
                const char   *fit,
                const char   *second_line,
                gboolean      key,
                const char   *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) operation = lp_print_operation_new (trajectory, NULL, &error);
  GObject *tab = NULL;
  GtkCheckButton *check;

  g_assert_no_error (error);
  g_signal_emit_by_name (operation, "create-custom-widget", &tab);
  g_assert_true (GTK_IS_WIDGET (tab));
  g_object_ref_sink (tab);
  g_assert_true (choose_in_drop_down (GTK_WIDGET (tab), fit));
  g_assert_true (choose_in_drop_down (GTK_WIDGET (tab), second_line));
  check = find_check (GTK_WIDGET (tab), "_Key with numbered modules");
  g_assert_nonnull (check);
  gtk_check_button_set_active (check, key);
  g_signal_emit_by_name (operation, "custom-widget-apply", tab);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_object_unref (tab);
  return test_open_pdf (path);
}

/* Where poppler finds text on a page: the first match's top and bottom,
 * in points from the page's bottom; FALSE when it is not there. */
static gboolean
find_on_page (PopplerPage *page,
              const char  *text,
              double      *top,
              double      *bottom)
{
  GList *found = poppler_page_find_text (page, text);
  PopplerRectangle *r = found != NULL ? found->data : NULL;

  if (r != NULL)
    {
      *top = MAX (r->y1, r->y2);
      *bottom = MIN (r->y1, r->y2);
    }
  g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
  return r != NULL;
}

/* The earliest module of the first lane: number 1 of the key. */
static LpModule *
first_of_first_lane (LpTrajectory *trajectory)
{
  GListModel *modules = lp_trajectory_get_modules (trajectory);
  g_autoptr(LpTrack) lane = g_list_model_get_item (lp_trajectory_get_tracks (trajectory), 0);
  LpModule *first = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);

      if (lp_module_get_track (m) == lane
          && (first == NULL || lp_module_get_start (m) < lp_module_get_start (first)))
        first = m;
    }
  g_assert_nonnull (first);
  return first;
}

/* The Printout tab's overview choices reach the paper: "Whole trajectory on one
 * page" prints the 18-month template's overview as one page where whole
 * months take several pages; with the key each module's number stands
 * before its title (number 1 before the first lane's earliest module) and
 * the key follows: on A4 the 18-month chart leaves too little room below
 * it, so its heading "Key" begins the second page; the 7-module template's
 * key is below its chart's legend on its one page; without the key "Key"
 * is not printed; with "Title and dates" a module's dates are printed under
 * its title. */
static void
test_print_overview_choices (void)
{
  g_autoptr(LpTrajectory) trajectory = test_load_template ("bestuursadvisering");
  g_autoptr(LpTrajectory) small = test_load_template ("tijdmalen");
  g_autofree char *dir = g_dir_make_tmp ("lp-print-XXXXXX", NULL);
  g_autofree char *months_path = g_build_filename (dir, "months.pdf", NULL);
  g_autofree char *page_path = g_build_filename (dir, "page.pdf", NULL);
  g_autofree char *small_path = g_build_filename (dir, "small.pdf", NULL);
  g_autoptr(PopplerDocument) months = NULL, page = NULL, small_doc = NULL;
  g_autofree char *months_text = NULL, *page_text = NULL;
  g_autoptr(LpModule) module = g_list_model_get_item (lp_trajectory_get_modules (trajectory), 0);
  g_autofree char *dates = lp_label_layout_format_dates (module);
  g_autofree char *numbered = g_strdup_printf ("1 %s", lp_module_get_title (first_of_first_lane (trajectory)));

  months = print_with_tab (trajectory, "Whole months per page", "Title and dates", FALSE, months_path);
  page = print_with_tab (trajectory, "Whole trajectory on one page", "Title only", TRUE, page_path);
  small_doc = print_with_tab (small, "Whole trajectory on one page", "Title only", TRUE, small_path);
  g_assert_cmpint (poppler_document_get_n_pages (months), >, 1);
  {
    g_autoptr(PopplerPage) first = poppler_document_get_page (page, 0);
    g_autoptr(PopplerPage) second = poppler_document_get_page (page, 1);
    g_autofree char *text = poppler_page_get_text (first);
    g_autofree char *next = poppler_page_get_text (second);

    /* the overview is the first page, numbered; the key starts on the second */
    g_assert_nonnull (strstr (text, numbered));
    g_assert_null (strstr (text, "Key"));
    g_assert_true (g_str_has_prefix (g_strchug (next), "Key"));
  }
  {
    g_autoptr(PopplerPage) only = poppler_document_get_page (small_doc, 0);
    double key_top, key_bottom, legend_top, legend_bottom;

    /* the key below the legend's last line ("Evaluated"), on the one page */
    g_assert_cmpint (poppler_document_get_n_pages (small_doc), ==, 1);
    g_assert_true (find_on_page (only, "Evaluated", &legend_top, &legend_bottom));
    g_assert_true (find_on_page (only, "Key", &key_top, &key_bottom));
    g_assert_cmpfloat (key_top, <, legend_bottom);
  }
  months_text = all_text (months);
  page_text = all_text (page);
  g_assert_null (strstr (months_text, "Key"));
  g_assert_nonnull (strstr (page_text, "Key"));
  g_assert_nonnull (strstr (months_text, dates));
  g_assert_null (strstr (page_text, dates));
  g_unlink (months_path);
  g_unlink (page_path);
  g_unlink (small_path);
  g_rmdir (dir);
}

/* Export with every choice changed from its default; the next export
 * dialog (of an untitled trajectory) starts with all of them, in the folder
 * of the last export. */
static void
test_export_remembers (void)
{
  g_autoptr(LpTrajectory) trajectory = test_load_template ("tijdmalen");
  g_autofree char *dir = g_dir_make_tmp ("lp-export-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(LpTrack) track = g_list_model_get_item (lp_trajectory_get_tracks (trajectory), 1);
  LpWindow *window;
  LpExportOptionsWindow *options;
  GtkFileChooser *chooser;
  g_autoptr(GFile) start = NULL;

  g_assert_nonnull (track);
  window = window_on_document (trajectory);

  options = open_export_options (window);
  g_assert_cmpstr (lp_export_options_window_get_choice (options, "joint"), ==, "true");
  lp_export_options_window_set_choice (options, "paper", "a3");
  lp_export_options_window_set_choice (options, "orientation", "portrait");
  lp_export_options_window_set_choice (options, "contents", "booklet");
  lp_export_options_window_set_choice (options, "tracks", lp_track_get_id (track));
  lp_export_options_window_set_choice (options, "participant", "true");
  lp_export_options_window_set_choice (options, "joint", "false");
  lp_export_options_window_set_choice (options, "fit", "months");
  lp_export_options_window_set_choice (options, "second-line", "facilitator");
  lp_export_options_window_set_choice (options, "key", "true");
  lp_export_options_window_set_choice (options, "holidays", "true");
  chooser = confirm_export_options (window, options);
  chooser_set_folder_and_name (chooser, folder, "out.pdf", WAIT_MS);
  chooser_accept (chooser);
  g_assert_true (wait_until (file_exists_cb, pdf, WAIT_MS));

  options = open_export_options (window);
  g_assert_cmpstr (lp_export_options_window_get_choice (options, "paper"), ==, "a3");
  g_assert_cmpstr (lp_export_options_window_get_choice (options, "orientation"), ==, "portrait");
  g_assert_cmpstr (lp_export_options_window_get_choice (options, "contents"), ==, "booklet");
  g_assert_cmpstr (lp_export_options_window_get_choice (options, "participant"), ==, "true");
  g_assert_cmpstr (lp_export_options_window_get_choice (options, "tracks"), ==, lp_track_get_id (track));
  g_assert_cmpstr (lp_export_options_window_get_choice (options, "joint"), ==, "false");
  g_assert_cmpstr (lp_export_options_window_get_choice (options, "fit"), ==, "months");
  g_assert_cmpstr (lp_export_options_window_get_choice (options, "second-line"), ==, "facilitator");
  g_assert_cmpstr (lp_export_options_window_get_choice (options, "key"), ==, "true");
  g_assert_cmpstr (lp_export_options_window_get_choice (options, "holidays"), ==, "true");
  chooser = confirm_export_options (window, options);
  start = wait_for_chooser_folder (chooser);
  g_assert_nonnull (start);
  g_assert_true (g_file_equal (start, folder));
  gtk_native_dialog_hide (GTK_NATIVE_DIALOG (chooser));
  {
    int w, h;
    g_autofree guchar *pixels = render_widget (GTK_WIDGET (window), &w, &h);
    g_assert_cmpuint (count_colours (pixels, w, 0, 0, w, h), >, 2);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (pdf);
  g_rmdir (dir);
}

/* How many pixels of the two PDFs' first pages differ, drawn at 1 px/pt. */
static guint
first_pages_differ (PopplerDocument *a,
                    PopplerDocument *b)
{
  PopplerDocument *docs[] = { a, b };
  cairo_surface_t *surfaces[2];
  guint n = 0;
  int w, h;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (docs[i], 0);
      double pw, ph;
      cairo_t *cr;

      poppler_page_get_size (page, &pw, &ph);
      w = (int) pw, h = (int) ph;
      surfaces[i] = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
      cr = cairo_create (surfaces[i]);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      poppler_page_render (page, cr);
      cairo_destroy (cr);
      cairo_surface_flush (surfaces[i]);
    }
  g_assert_cmpint (cairo_image_surface_get_width (surfaces[0]), ==, cairo_image_surface_get_width (surfaces[1]));
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 *pa = (guint32 *) (cairo_image_surface_get_data (surfaces[0]) + y * cairo_image_surface_get_stride (surfaces[0]));
        guint32 *pb = (guint32 *) (cairo_image_surface_get_data (surfaces[1]) + y * cairo_image_surface_get_stride (surfaces[1]));
        n += (pa[x] & 0xffffff) != (pb[x] & 0xffffff);
      }
  cairo_surface_destroy (surfaces[0]);
  cairo_surface_destroy (surfaces[1]);
  return n;
}

/* Prints trajectory's overview with the Printout tab's "Public holidays" set. */
static PopplerDocument *
print_holidays (LpTrajectory *trajectory,
                gboolean      holidays,
                const char   *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) operation = lp_print_operation_new (trajectory, NULL, &error);
  GObject *tab = NULL;
  GtkCheckButton *check;

  g_assert_no_error (error);
  g_signal_emit_by_name (operation, "create-custom-widget", &tab);
  g_object_ref_sink (tab);
  g_assert_true (choose_in_drop_down (GTK_WIDGET (tab), "Overview"));
  g_assert_true (choose_in_drop_down (GTK_WIDGET (tab), "Whole trajectory on one page"));
  check = find_check (GTK_WIDGET (tab), "Public _holidays");
  g_assert_nonnull (check);
  gtk_check_button_set_active (check, holidays);
  g_signal_emit_by_name (operation, "custom-widget-apply", tab);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_object_unref (tab);
  return test_open_pdf (path);
}

/* The Printout tab's "Public holidays" changes the printed overview; the
 * same choices twice print the same page. */
static void
test_print_holidays (void)
{
  g_autoptr(LpTrajectory) trajectory = test_load_template ("bestuursadvisering");
  g_autofree char *dir = g_dir_make_tmp ("lp-print-XXXXXX", NULL);
  g_autofree char *off_path = g_build_filename (dir, "off.pdf", NULL);
  g_autofree char *again_path = g_build_filename (dir, "again.pdf", NULL);
  g_autofree char *on_path = g_build_filename (dir, "on.pdf", NULL);
  g_autoptr(PopplerDocument) off = print_holidays (trajectory, FALSE, off_path);
  g_autoptr(PopplerDocument) again = print_holidays (trajectory, FALSE, again_path);
  g_autoptr(PopplerDocument) on = print_holidays (trajectory, TRUE, on_path);

  g_assert_cmpuint (first_pages_differ (off, again), ==, 0);
  g_assert_cmpuint (first_pages_differ (off, on), >, 0);
  g_unlink (off_path);
  g_unlink (again_path);
  g_unlink (on_path);
  g_rmdir (dir);
}

/* Exports trajectory's overview on one page through the export dialog of
 * a window of its own, with "Public holidays" as given; the window still
 * draws afterwards.  (One dialog a window: with GTK 4.8 under X11, an
 * event can reach the window of a replaced chooser dialog after it is
 * gone.) */
static PopplerDocument *
export_holidays (LpTrajectory *trajectory,
                 const char   *dir,
                 const char   *name,
                 gboolean      holidays)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *pdf = g_build_filename (dir, name, NULL);
  LpWindow *window = window_on_document (trajectory);
  LpExportOptionsWindow *options = open_export_options (window);
  GtkFileChooser *chooser;

  lp_export_options_window_set_choice (options, "contents", "overview");
  lp_export_options_window_set_choice (options, "fit", "page");
  lp_export_options_window_set_choice (options, "holidays", holidays ? "true" : "false");
  chooser = confirm_export_options (window, options);
  chooser_set_folder_and_name (chooser, folder, name, WAIT_MS);
  chooser_accept (chooser);
  g_assert_true (wait_until (file_exists_cb, pdf, WAIT_MS));
  {
    int w, h;
    g_autofree guchar *pixels = render_widget (GTK_WIDGET (window), &w, &h);
    g_assert_cmpuint (count_colours (pixels, w, 0, 0, w, h), >, 2);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  return test_open_pdf (pdf);
}

/* The export dialog's "Public holidays" changes the exported overview; the
 * same choices twice export the same page. */
static void
test_export_holidays (void)
{
  g_autoptr(LpTrajectory) trajectory = test_load_template ("bestuursadvisering");
  g_autofree char *dir = g_dir_make_tmp ("lp-export-XXXXXX", NULL);
  const char *names[] = { "off.pdf", "again.pdf", "on.pdf" };
  g_autoptr(PopplerDocument) off = export_holidays (trajectory, dir, names[0], FALSE);
  g_autoptr(PopplerDocument) again = export_holidays (trajectory, dir, names[1], FALSE);
  g_autoptr(PopplerDocument) on = export_holidays (trajectory, dir, names[2], TRUE);

  g_assert_cmpuint (first_pages_differ (off, again), ==, 0);
  g_assert_cmpuint (first_pages_differ (off, on), >, 0);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* A trajectory the reader refuses once written: its period lasts longer
 * than the file format allows (the editor does not make one; the model
 * takes it), so the private copy Print and Export work from cannot be
 * made. */
static LpTrajectory *
trajectory_that_cannot_be_copied (void)
{
  LpTrajectory *trajectory = test_load_template ("tijdmalen");
  LpDate start = lp_trajectory_get_span_start (trajectory);

  lp_trajectory_set_span (trajectory, start, start + 11 * 366);
  g_assert_false (lp_span_is_allowed (lp_trajectory_get_span_start (trajectory),
                                      lp_trajectory_get_span_end (trajectory)));
  return trajectory;
}

/* The message dialog on screen has heading and a body that says the copy
 * failed and why (the reader's words about the period's length). */
static void
assert_copy_failure_told (const char *heading)
{
  AdwMessageDialog *dialog = find_message_dialog ();
  const char *body;

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "could not be copied"));
  g_assert_nonnull (strstr (body, "longer than 10 years"));
  g_assert_null (strstr (body, "folder"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Print of a trajectory that cannot be copied says so in a message dialog,
 * with the reason. */
static void
test_print_copy_failure (void)
{
  g_autoptr(LpTrajectory) trajectory = trajectory_that_cannot_be_copied ();
  LpWindow *window;

  window = window_on_document (trajectory);
  g_assert_null (find_message_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  assert_copy_failure_told ("Could Not Print");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Export of a trajectory that cannot be copied into a folder on this
 * computer says the copy failed and why, not that the folder is wrong; no
 * PDF is written. */
static void
test_export_copy_failure (void)
{
  g_autoptr(LpTrajectory) trajectory = trajectory_that_cannot_be_copied ();
  g_autofree char *dir = g_dir_make_tmp ("lp-export-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  LpWindow *window;
  GtkFileChooser *chooser;

  window = window_on_document (trajectory);
  chooser = confirm_export_options (window, open_export_options (window));
  chooser_set_folder_and_name (chooser, folder, "out.pdf", WAIT_MS);
  g_assert_null (find_message_dialog ());
  chooser_accept (chooser);
  assert_copy_failure_told ("Could Not Export");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (window));
  g_rmdir (dir);
}

/* Export as PDF's choices fit a 1366×768 laptop screen: the window they
 * are in needs at most 700 × 700 pixels (the file chooser's own row of
 * twelve choices needed 2,466 pixels in width), and Cancel closes it
 * without a file chooser. */
static void
test_export_options_fit (void)
{
  g_autoptr(LpTrajectory) trajectory = test_load_template ("bestuursadvisering");
  LpWindow *window = window_on_document (trajectory);
  LpExportOptionsWindow *options = open_export_options (window);
  int min_w, min_h;

  gtk_widget_measure (GTK_WIDGET (options), GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (options), GTK_ORIENTATION_VERTICAL, min_w, &min_h, NULL, NULL, NULL);
  g_test_message ("options window at least %d × %d", min_w, min_h);
  g_assert_cmpint (min_w, <=, 700);
  g_assert_cmpint (min_h, <=, 700);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (options)), <=, 1366);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (options)), <=, 768);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (options), "window.close", NULL));
  g_assert_null (_lp_window_get_export_options (window));
  g_assert_null (_lp_window_get_chooser (window));
  g_assert_true (widget_draws (GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  char *home = widget_test_init_in_home (&argc, &argv);

  lp_reader_init ();

  g_test_add_func ("/widgets/print/participant-version-on-chosen-paper", test_print_participant);
  g_test_add_func ("/widgets/print/preview-in-application", test_print_preview);
  g_test_add_func ("/widgets/print/overview-choices", test_print_overview_choices);
  g_test_add_func ("/widgets/export/remembers-every-choice", test_export_remembers);
  g_test_add_func ("/widgets/export/options-fit-laptop", test_export_options_fit);
  g_test_add_func ("/widgets/print/public-holidays", test_print_holidays);
  g_test_add_func ("/widgets/export/public-holidays", test_export_holidays);
  g_test_add_func ("/widgets/print/copy-failure-says-why", test_print_copy_failure);
  g_test_add_func ("/widgets/export/copy-failure-says-why", test_export_copy_failure);

  return widget_test_run_in_home (home);
}
