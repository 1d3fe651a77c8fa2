/* lp-export-job.c — a PDF export in a worker thread, with its progress
 * and a Cancel button on the window's toast overlay
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "io/lp-pdf-export.h"
#include "lp-view-filter.h"
#include "lp-export-dialog.h"
#include "lp-export-job.h"
#include "lp-export-job-private.h"
#include "lp-toast-util.h"

/* the progress shows once the export takes longer than this */
#define SHOW_AFTER_USEC (500 * G_TIME_SPAN_MILLISECOND)
#define TICK_MS         100

/* What the worker reads and writes.  GTask frees it with the task, in
 * whichever thread lets go of the task last, which can be the worker: so it
 * holds nothing of GTK. */
typedef struct {
  LpTrajectory    *trajectory;
  LpExportChoices  choices;
  char            *path;
  /* written by the worker, read by the main thread */
  guint            done;
  guint            n_pages;
} ExportWork;

/* The window's side of the export, made and let go on the main thread. */
typedef struct {
  GtkWindow       *parent;
  AdwToastOverlay *overlay;
  GCancellable    *cancellable;
  AdwToast        *progress_toast;
  gboolean         progress_dismissed;
  guint            tick_id;
  gint64           started;
  ExportWork      *work;      /* the task's, alive until the done callback returns */
} ExportJob;

static LpExportJobGate test_gate;
static gpointer        test_gate_data;

void
_lp_export_job_set_gate (LpExportJobGate gate,
                         gpointer        data)
{
  test_gate = gate;
  test_gate_data = data;
}

static void
export_work_free (ExportWork *work)
{
  lp_export_choices_clear (&work->choices);
  g_clear_object (&work->trajectory);
  g_free (work->path);
  g_free (work);
}

static void
export_job_free (ExportJob *job)
{
  g_clear_handle_id (&job->tick_id, g_source_remove);
  if (job->progress_toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (job->progress_toast, job);
      if (!job->progress_dismissed)
        lp_toast_withdraw (job->overlay, job->progress_toast);
    }
  g_clear_object (&job->progress_toast);
  g_clear_object (&job->overlay);
  g_clear_object (&job->parent);
  g_clear_object (&job->cancellable);
  g_free (job);
}

static void
progress_cb (guint    done,
             guint    n_pages,
             gpointer data)
{
  ExportWork *work = data;

  g_atomic_int_set (&work->n_pages, n_pages);
  g_atomic_int_set (&work->done, done);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ExportWork *work = data;
  LpExportJobGate gate = test_gate;
  GError *error = NULL;
  gboolean written = lp_pdf_export_full (work->trajectory, &work->choices.options, work->path, cancellable,
                                         progress_cb, work, &error);

  if (gate != NULL)
    gate (LP_EXPORT_JOB_GATE_WRITTEN, task, test_gate_data);
  if (written)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
  if (gate != NULL)
    gate (LP_EXPORT_JOB_GATE_RETURNED, g_object_ref (task), test_gate_data);
}

static void
on_cancel_clicked_cb (AdwToast  *toast,
                      ExportJob *job)
{
  g_cancellable_cancel (job->cancellable);
}

static void
on_progress_dismissed_cb (AdwToast  *toast,
                          ExportJob *job)
{
  job->progress_dismissed = TRUE;
}

static void
show_progress (ExportJob *job)
{
  AdwToast *last = g_object_get_data (G_OBJECT (job->overlay), LP_EXPORT_JOB_RESULT_TOAST_KEY);

  /* until the worker has laid out and counted the pages (seconds for a
   * large trajectory), the toast says it is preparing them */
  job->progress_toast = adw_toast_new (_("Preparing the pages…"));
  adw_toast_set_timeout (job->progress_toast, 0);
  adw_toast_set_button_label (job->progress_toast, _("_Cancel"));
  g_signal_connect (job->progress_toast, "button-clicked", G_CALLBACK (on_cancel_clicked_cb), job);
  g_signal_connect (job->progress_toast, "dismissed", G_CALLBACK (on_progress_dismissed_cb), job);
  /* Not ADW_TOAST_PRIORITY_HIGH: libadwaita 1.2 fails an assertion when a
   * toast of high priority goes before the one it pushed aside has finished
   * hiding.  The last export's result, still on screen, makes room instead. */
  if (last != NULL)   /* withdrawing one already gone does nothing */
    {
      lp_toast_withdraw (job->overlay, last);
      g_object_set_data (G_OBJECT (job->overlay), LP_EXPORT_JOB_RESULT_TOAST_KEY, NULL);
    }
  lp_toast_show (job->overlay, g_object_ref (job->progress_toast));
}

void
lp_export_job_show_result (AdwToastOverlay *overlay,
                           const char      *text)
{
  g_autofree char *markup = NULL;
  AdwToast *toast;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));

  markup = g_markup_escape_text (text, -1);   /* a toast's title is markup */
  toast = adw_toast_new (markup);

  g_object_set_data_full (G_OBJECT (overlay), LP_EXPORT_JOB_RESULT_TOAST_KEY, g_object_ref (toast), g_object_unref);
  lp_toast_show (overlay, toast);
}

static gboolean
tick_cb (gpointer data)
{
  ExportJob *job = data;
  guint n_pages = g_atomic_int_get (&job->work->n_pages);
  guint done = g_atomic_int_get (&job->work->done);

  if (g_get_monotonic_time () - job->started < SHOW_AFTER_USEC || job->progress_dismissed)
    return G_SOURCE_CONTINUE;
  if (job->progress_toast == NULL)
    show_progress (job);
  if (n_pages > 0 && !g_cancellable_is_cancelled (job->cancellable))
    {
      g_autofree char *title = g_strdup_printf (_("Exporting page %u of %u"), MIN (done + 1, n_pages), n_pages);

      if (g_strcmp0 (adw_toast_get_title (job->progress_toast), title) != 0)
        adw_toast_set_title (job->progress_toast, title);
    }
  return G_SOURCE_CONTINUE;
}

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  ExportJob *job = data;
  ExportWork *work = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&job->tick_id, g_source_remove);
  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *name = g_path_get_basename (work->path);
      g_autofree char *text = g_strdup_printf (_("Exported “%s”"), name);

      lp_export_job_show_result (job->overlay, text);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    lp_export_job_show_result (job->overlay, _("Export cancelled"));
  else
    lp_show_error (job->parent, _("Could Not Export"), error->message);
  export_job_free (job);
}

void
lp_export_job_start (GtkWindow       *parent,
                     AdwToastOverlay *overlay,
                     LpTrajectory    *trajectory,
                     LpExportChoices *choices,
                     const char      *path)
{
  g_autoptr(GTask) task = NULL;
  ExportWork *work = g_new0 (ExportWork, 1);
  ExportJob *job = g_new0 (ExportJob, 1);

  work->trajectory = trajectory;
  work->choices = *choices;
  memset (choices, 0, sizeof *choices);
  work->choices.options.filter = lp_view_filter_get (trajectory);   /* the copy's */
  work->path = g_strdup (path);
  job->parent = g_object_ref (parent);
  job->overlay = g_object_ref (overlay);
  job->cancellable = g_cancellable_new ();
  job->started = g_get_monotonic_time ();
  job->work = work;
  job->tick_id = g_timeout_add (TICK_MS, tick_cb, job);
  /* no source object: the worker may let go of the task last */
  task = g_task_new (NULL, job->cancellable, on_export_done_cb, job);
  /* the done callback says "Export cancelled" itself */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, work, (GDestroyNotify) export_work_free);
  g_task_run_in_thread (task, export_thread);
}
