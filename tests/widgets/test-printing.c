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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

#include "io/lp-reader.h"
#include "render/lp-label-layout.h"
#include "ui/lp-export-choices.h"
#include "ui/lp-export-dialog.h"
#include "ui/lp-print-operation.h"
#include "ui/lp-window-private.h"
#include "widget-test-util.h"
#include <adwaita.h>

#define WAIT_MS 10000
#define A3_SHORT 841.89
#define A3_LONG 1190.55

static LpTrajectory *
load_template (const char *name)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.leerplaats", g_getenv ("LEERPLAATS_TEMPLATES"), name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LpTrajectory *trajectory = lp_reader_load_file (file, NULL, NULL, NULL);

  g_assert_nonnull (trajectory);
  return trajectory;
}

/* A trajectory whose first module has an internal note. */
static LpTrajectory *
trajectory_with_note (void)
{
  LpTrajectory *trajectory = load_template ("tijdmalen");
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
  g_autofree char *uri = NULL;
  PopplerDocument *doc;

  g_assert_no_error (error);
  g_assert_nonnull (operation);
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  uri = g_filename_to_uri (path, NULL, NULL);
  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  return doc;
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
  g_autoptr(LpTrajectory) trajectory = load_template ("tijdmalen");
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

static gboolean
file_exists_cb (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
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
  g_autofree char *uri = NULL;
  GObject *tab = NULL;
  GtkCheckButton *check;
  PopplerDocument *doc;

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
  uri = g_filename_to_uri (path, NULL, NULL);
  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  return doc;
}

/* The Printout tab's overview choices reach the paper: "Whole period on one
 * page" prints the 18-month template's overview as one page (the key's
 * heading "Key" begins the second) where whole months take several pages;
 * without the key "Key" is not printed; with
 * "Title and dates" a module's dates are printed under its title. */
static void
test_print_overview_choices (void)
{
  g_autoptr(LpTrajectory) trajectory = load_template ("bestuursadvisering");
  g_autofree char *dir = g_dir_make_tmp ("lp-print-XXXXXX", NULL);
  g_autofree char *months_path = g_build_filename (dir, "months.pdf", NULL);
  g_autofree char *page_path = g_build_filename (dir, "page.pdf", NULL);
  g_autoptr(PopplerDocument) months = NULL, page = NULL;
  g_autofree char *months_text = NULL, *page_text = NULL;
  g_autoptr(LpModule) module = g_list_model_get_item (lp_trajectory_get_modules (trajectory), 0);
  g_autofree char *dates = lp_label_layout_format_dates (module);

  months = print_with_tab (trajectory, "Whole months per page", "Title only", FALSE, months_path);
  page = print_with_tab (trajectory, "Whole period on one page", "Title and dates", TRUE, page_path);
  g_assert_cmpint (poppler_document_get_n_pages (months), >, 1);
  {
    g_autoptr(PopplerPage) first = poppler_document_get_page (page, 0);
    g_autoptr(PopplerPage) second = poppler_document_get_page (page, 1);
    g_autofree char *text = poppler_page_get_text (first);
    g_autofree char *next = poppler_page_get_text (second);

    /* the overview is the first page; the key starts on the second */
    g_assert_null (strstr (text, "Key"));
    g_assert_true (g_str_has_prefix (g_strchug (next), "Key"));
  }
  months_text = all_text (months);
  page_text = all_text (page);
  g_assert_null (strstr (months_text, "Key"));
  g_assert_nonnull (strstr (page_text, "Key"));
  g_assert_null (strstr (months_text, dates));
  g_assert_nonnull (strstr (page_text, dates));
  g_unlink (months_path);
  g_unlink (page_path);
  g_rmdir (dir);
}

/* Export with every choice changed from its default; the next export
 * dialog (of an untitled trajectory) starts with all of them, in the folder
 * of the last export. */
static void
test_export_remembers (void)
{
  g_autoptr(LpTrajectory) trajectory = load_template ("tijdmalen");
  g_autofree char *dir = g_dir_make_tmp ("lp-export-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(LpTrack) track = g_list_model_get_item (lp_trajectory_get_tracks (trajectory), 1);
  LpWindow *window = lp_window_new (NULL);
  g_autoptr(GFile) start = NULL;
  GtkFileChooser *chooser, *shown;
  ChooserFolder expected;

  g_assert_nonnull (track);
  lp_window_set_document (window, trajectory);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_allocation (GTK_WIDGET (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", NULL));
  chooser = _lp_window_get_chooser (window);
  g_assert_nonnull (chooser);
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "joint"), ==, "true");
  start = wait_for_chooser_folder (chooser);
  g_assert_nonnull (start);
  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
  expected = (ChooserFolder) { chooser, folder };
  g_assert_true (wait_until (chooser_in_folder_cb, &expected, WAIT_MS));
  gtk_file_chooser_set_current_name (chooser, "out.pdf");
  /* as the user does: in the dialog on screen */
  shown = find_chooser_dialog ();
  g_assert_true (choose_in_drop_down (GTK_WIDGET (shown), "A3"));
  g_assert_true (choose_in_drop_down (GTK_WIDGET (shown), "Portrait"));
  g_assert_true (choose_in_drop_down (GTK_WIDGET (shown), "Programme booklet"));
  g_assert_true (choose_in_drop_down (GTK_WIDGET (shown), lp_track_get_name (track)));
  gtk_file_chooser_set_choice (shown, "participant", "true");
  gtk_file_chooser_set_choice (shown, "joint", "false");
  g_assert_true (choose_in_drop_down (GTK_WIDGET (shown), "Whole months per page"));
  g_assert_true (choose_in_drop_down (GTK_WIDGET (shown), "Title and facilitator"));
  gtk_file_chooser_set_choice (shown, "key", "true");
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_ACCEPT);
  gtk_native_dialog_hide (GTK_NATIVE_DIALOG (chooser));
  g_assert_true (wait_until (file_exists_cb, pdf, WAIT_MS));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", NULL));
  chooser = _lp_window_get_chooser (window);
  g_clear_object (&start);
  start = wait_for_chooser_folder (chooser);
  g_assert_nonnull (start);
  g_assert_true (g_file_equal (start, folder));
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "orientation"), ==, "portrait");
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "contents"), ==, "booklet");
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "participant"), ==, "true");
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "tracks"), ==, lp_track_get_id (track));
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "joint"), ==, "false");
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "fit"), ==, "months");
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "second-line"), ==, "facilitator");
  g_assert_cmpstr (gtk_file_chooser_get_choice (chooser, "key"), ==, "true");
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

int
main (int argc, char *argv[])
{
  char *home = widget_test_init_in_home (&argc, &argv);

  lp_reader_init ();

  g_test_add_func ("/widgets/print/participant-version-on-chosen-paper", test_print_participant);
  g_test_add_func ("/widgets/print/preview-in-application", test_print_preview);
  g_test_add_func ("/widgets/print/overview-choices", test_print_overview_choices);
  g_test_add_func ("/widgets/export/remembers-every-choice", test_export_remembers);

  return widget_test_run_in_home (home);
}
