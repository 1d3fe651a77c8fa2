/* test-export-job.c — a PDF export from the window: its progress, with a
 * Cancel button (Cancel leaves nothing on disk), the progress taking the
 * last result away, and the window's side let go on the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "core/lp-sample.h"
#include "io/lp-reader.h"
#include "ui/lp-export-job.h"
#include "ui/lp-export-job-private.h"
#include "ui/lp-toast-util.h"
#include "ui/lp-window-private.h"
#include "widget-test-util.h"
#include <adwaita.h>

#define WAIT_MS 20000
/* laying out 3000 modules takes seconds, and many more under a sanitizer
 * on a loaded machine; cancelling waits for the layout to end */
#define EXPORT_WAIT_MS 300000

/* Inside one of libadwaita's toast widgets. */
static gboolean
in_toast (GtkWidget *widget)
{
  GType toast_type = g_type_from_name ("AdwToastWidget");

  g_assert_true (toast_type != 0);
  return gtk_widget_get_ancestor (widget, toast_type) != NULL;
}

/* The first button (with a label starting with label) or label (with that
 * text) inside a toast under root. */
static GtkWidget *
find_in_toast (GtkWidget  *root,
               GType       type,
               const char *text)
{
  const char *shown = NULL;

  if (type == GTK_TYPE_BUTTON && GTK_IS_BUTTON (root))
    shown = gtk_button_get_label (GTK_BUTTON (root));
  else if (type == GTK_TYPE_LABEL && GTK_IS_LABEL (root))
    shown = gtk_label_get_text (GTK_LABEL (root));   /* as shown, without markup */
  if (shown != NULL && g_str_has_prefix (shown, text) && in_toast (root) && gtk_widget_get_mapped (root))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_in_toast (c, type, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
cancel_shown_cb (gpointer window)
{
  return find_in_toast (window, GTK_TYPE_BUTTON, "_Cancel") != NULL;
}

/* The toast's label that tells how far the export is. */
static GtkWidget *
find_progress (GtkWidget *window)
{
  GtkWidget *label = find_in_toast (window, GTK_TYPE_LABEL, "Exporting page ");

  return label != NULL ? label : find_in_toast (window, GTK_TYPE_LABEL, "Preparing the pages…");
}

static gboolean
cancelled_told_cb (gpointer window)
{
  return find_in_toast (window, GTK_TYPE_LABEL, "Export cancelled") != NULL;
}

/* Holds the worker at LP_EXPORT_JOB_GATE_WRITTEN until the test lets it
 * go; at LP_EXPORT_JOB_GATE_RETURNED, takes the task to a thread of its
 * own that drops it once the done callback has run on the main thread:
 * that thread lets go of the task last. */
typedef struct {
  GMutex   lock;
  GCond    cond;
  gboolean written;      /* the worker is at WRITTEN */
  gboolean go_on;        /* the test lets it go on */
  gboolean completed;    /* the done callback has returned */
  gboolean passed;       /* the task was dropped after completed */
} Gate;

static void
on_completed_cb (GTask      *task,
                 GParamSpec *pspec,
                 Gate       *gate)
{
  g_mutex_lock (&gate->lock);
  gate->completed = TRUE;
  g_cond_broadcast (&gate->cond);
  g_mutex_unlock (&gate->lock);
}

static gpointer
let_go_last_thread (gpointer data)
{
  GTask *task = data;
  Gate *gate = g_object_get_data (G_OBJECT (task), "gate");
  gulong id = g_signal_connect (task, "notify::completed", G_CALLBACK (on_completed_cb), gate);

  g_mutex_lock (&gate->lock);
  gate->completed = gate->completed || g_task_get_completed (task);
  while (!gate->completed)
    g_cond_wait (&gate->cond, &gate->lock);
  g_mutex_unlock (&gate->lock);
  g_signal_handler_disconnect (task, id);
  g_object_unref (task);
  g_mutex_lock (&gate->lock);
  gate->passed = TRUE;
  g_mutex_unlock (&gate->lock);
  return NULL;
}

static void
gate_cb (LpExportJobGatePoint point,
         GTask               *task,
         gpointer             data)
{
  Gate *gate = data;

  if (point == LP_EXPORT_JOB_GATE_RETURNED)
    {
      g_object_set_data (G_OBJECT (task), "gate", gate);
      g_thread_unref (g_thread_new ("let-go-last", let_go_last_thread, task));
      return;
    }
  g_mutex_lock (&gate->lock);
  gate->written = TRUE;
  g_cond_broadcast (&gate->cond);
  while (!gate->go_on)
    g_cond_wait (&gate->cond, &gate->lock);
  g_mutex_unlock (&gate->lock);
}

static gboolean
gate_written_cb (gpointer data)
{
  Gate *gate = data;
  gboolean written;

  g_mutex_lock (&gate->lock);
  written = gate->written;
  g_mutex_unlock (&gate->lock);
  return written;
}

static gboolean
gate_passed_cb (gpointer data)
{
  Gate *gate = data;
  gboolean passed;

  g_mutex_lock (&gate->lock);
  passed = gate->passed;
  g_mutex_unlock (&gate->lock);
  return passed;
}

static void
set_true (gboolean *flag)
{
  *flag = TRUE;
}

static gboolean
exported_shown_cb (gpointer window)
{
  return find_in_toast (window, GTK_TYPE_LABEL, "Exported “last.pdf”") != NULL;
}

static gboolean
progress_gone_cb (gpointer window)
{
  return find_progress (window) == NULL;
}

/* An export whose task is let go of last off the main thread, after the
 * done callback has run (see Gate): the progress toast shown while the
 * worker is held goes, "Exported “last.pdf”" shows, the PDF is there and the
 * window draws.  The toast is taken away on the main thread only
 * (lp_toast_withdraw refuses other threads with a critical warning, which
 * is fatal here). */
static void
test_worker_lets_go_last (void)
{
  g_autoptr(LpTrajectory) trajectory = lp_sample_generate (20, 3, 6, 1);
  g_autofree char *dir = g_dir_make_tmp ("lp-export-job-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "last.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  Gate gate = { 0 };
  LpWindow *window;
  GtkFileChooser *chooser;

  g_mutex_init (&gate.lock);
  g_cond_init (&gate.cond);
  _lp_export_job_set_gate (gate_cb, &gate);
  window = window_on_document (trajectory);
  chooser = confirm_export_options (window, open_export_options (window));
  chooser_set_folder_and_name (chooser, folder, "last.pdf", WAIT_MS);
  chooser_accept (chooser);

  g_assert_true (wait_until (gate_written_cb, &gate, WAIT_MS));
  g_assert_true (wait_until (cancel_shown_cb, window, WAIT_MS));
  g_mutex_lock (&gate.lock);
  gate.go_on = TRUE;
  g_cond_broadcast (&gate.cond);
  g_mutex_unlock (&gate.lock);

  g_assert_true (wait_until (gate_passed_cb, &gate, WAIT_MS));
  g_assert_true (wait_until (exported_shown_cb, window, WAIT_MS));
  g_assert_true (wait_until (progress_gone_cb, window, WAIT_MS));
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_true (widget_draws (GTK_WIDGET (window)));

  _lp_export_job_set_gate (NULL, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (pdf);
  g_rmdir (dir);
  g_cond_clear (&gate.cond);
  g_mutex_clear (&gate.lock);
}

static gboolean
exported_b_shown_cb (gpointer window)
{
  return find_in_toast (window, GTK_TYPE_LABEL, "Exported “b.pdf”") != NULL;
}

/* The first widget of @type under @root, depth first. */
static GtkWidget *
find_of_type (GtkWidget *root,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_of_type (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
result_set_cb (gpointer overlay)
{
  return g_object_get_data (overlay, LP_EXPORT_JOB_RESULT_TOAST_KEY) != NULL;
}

static gboolean
flag_set_cb (gpointer flag)
{
  return *(gboolean *) flag;
}

/* Export through the window's chooser to @name in @folder. */
static void
export_to (LpWindow   *window,
           GFile      *folder,
           const char *name)
{
  GtkFileChooser *chooser = confirm_export_options (window, open_export_options (window));

  chooser_set_folder_and_name (chooser, folder, name, WAIT_MS);
  chooser_accept (chooser);
}

/* A second export's progress takes the first export's result away.  A
 * toast that stays until taken away is on screen, so "Exported “a.pdf”"
 * waits behind it (and its timeout has not started); the second export,
 * held in its worker, dismisses "Exported “a.pdf”" once its progress is
 * due.  When the first toast goes, the progress shows; then "Exported
 * “b.pdf”" shows, the progress goes and the window draws. */
static void
test_progress_replaces_result (void)
{
  g_autoptr(LpTrajectory) trajectory = lp_sample_generate (20, 3, 6, 1);
  g_autofree char *dir = g_dir_make_tmp ("lp-export-job-XXXXXX", NULL);
  g_autofree char *a = g_build_filename (dir, "a.pdf", NULL);
  g_autofree char *b = g_build_filename (dir, "b.pdf", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  AdwToast *first = adw_toast_new ("first");
  AdwToastOverlay *overlay;
  Gate gate = { 0 };
  gboolean dismissed = FALSE;
  g_autoptr(AdwToast) result = NULL;
  LpWindow *window;

  window = window_on_document (trajectory);
  overlay = ADW_TOAST_OVERLAY (find_of_type (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY));
  adw_toast_set_timeout (first, 0);
  adw_toast_overlay_add_toast (overlay, g_object_ref (first));
  export_to (window, folder, "a.pdf");
  g_assert_true (wait_until (result_set_cb, overlay, WAIT_MS));
  result = g_object_ref (g_object_get_data (G_OBJECT (overlay), LP_EXPORT_JOB_RESULT_TOAST_KEY));
  g_signal_connect_swapped (result, "dismissed", G_CALLBACK (set_true), &dismissed);

  g_mutex_init (&gate.lock);
  g_cond_init (&gate.cond);
  _lp_export_job_set_gate (gate_cb, &gate);
  export_to (window, folder, "b.pdf");
  g_assert_true (wait_until (gate_written_cb, &gate, WAIT_MS));
  g_assert_true (wait_until (flag_set_cb, &dismissed, WAIT_MS));
  lp_toast_withdraw (overlay, first);
  g_assert_true (wait_until (cancel_shown_cb, window, WAIT_MS));
  g_assert_null (find_in_toast (GTK_WIDGET (window), GTK_TYPE_LABEL, "Exported “a.pdf”"));
  g_mutex_lock (&gate.lock);
  gate.go_on = TRUE;
  g_cond_broadcast (&gate.cond);
  g_mutex_unlock (&gate.lock);

  g_assert_true (wait_until (gate_passed_cb, &gate, WAIT_MS));
  g_assert_true (wait_until (exported_b_shown_cb, window, WAIT_MS));
  g_assert_true (wait_until (progress_gone_cb, window, WAIT_MS));
  g_assert_true (widget_draws (GTK_WIDGET (window)));

  _lp_export_job_set_gate (NULL, NULL);
  g_signal_handlers_disconnect_by_data (result, &dismissed);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (first);
  g_unlink (a);
  g_unlink (b);
  g_rmdir (dir);
  g_cond_clear (&gate.cond);
  g_mutex_clear (&gate.lock);
}

static gboolean
markup_name_shown_cb (gpointer window)
{
  return find_in_toast (window, GTK_TYPE_LABEL, "Exported “R&D <1>.ics”") != NULL;
}

/* A result names the file as it is: "&" and "<" in a file name are shown,
 * not read as markup (which would leave the toast's title empty). */
static void
test_result_shows_name (void)
{
  g_autoptr(LpTrajectory) trajectory = lp_sample_generate (5, 2, 2, 1);
  LpWindow *window = window_on_document (trajectory);
  AdwToastOverlay *overlay = ADW_TOAST_OVERLAY (find_of_type (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY));

  lp_export_job_show_result (overlay, "Exported “R&D <1>.ics”");
  g_assert_true (wait_until (markup_name_shown_cb, window, WAIT_MS));
  g_assert_true (widget_draws (GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Export a large trajectory (overview and booklet) through the window's
 * Export as PDF; the toast with Cancel says "Preparing the pages…" or
 * "Exporting page N of M" as soon as it shows; pressing Cancel says
 * "Export cancelled", and the folder stays empty. */
static void
test_cancel_from_window (void)
{
  g_autoptr(LpTrajectory) trajectory = lp_sample_generate (3000, 12, 24, 3);
  g_autofree char *dir = g_dir_make_tmp ("lp-export-job-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "big.pdf", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GDir) listing = NULL;
  LpWindow *window;
  LpExportOptionsWindow *options;
  GtkFileChooser *chooser;
  GtkWidget *cancel, *progress;
  gint64 clicked;

  window = window_on_document (trajectory);

  options = open_export_options (window);
  lp_export_options_window_set_choice (options, "contents", "both");
  chooser = confirm_export_options (window, options);
  chooser_set_folder_and_name (chooser, folder, "big.pdf", WAIT_MS);
  chooser_accept (chooser);

  g_assert_true (wait_until (cancel_shown_cb, window, WAIT_MS));
  progress = find_progress (GTK_WIDGET (window));
  g_assert_nonnull (progress);
  g_test_message ("progress: %s", gtk_label_get_label (GTK_LABEL (progress)));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  cancel = find_in_toast (GTK_WIDGET (window), GTK_TYPE_BUTTON, "_Cancel");
  clicked = g_get_monotonic_time ();
  g_assert_true (gtk_widget_activate (cancel));

  g_assert_true (wait_until (cancelled_told_cb, window, EXPORT_WAIT_MS));
  g_test_message ("cancelled after %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - clicked) / 1000);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  listing = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (listing);
  g_assert_null (g_dir_read_name (listing));
  g_assert_true (widget_draws (GTK_WIDGET (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  char *home = widget_test_init_in_home (&argc, &argv);

  lp_reader_init ();

  g_test_add_func ("/widgets/export/cancel-from-window", test_cancel_from_window);
  g_test_add_func ("/widgets/export/worker-lets-go-last", test_worker_lets_go_last);
  g_test_add_func ("/widgets/export/progress-replaces-result", test_progress_replaces_result);
  g_test_add_func ("/widgets/export/result-shows-name", test_result_shows_name);

  return widget_test_run_in_home (home);
}
