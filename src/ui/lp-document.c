/* lp-document.c — a trajectory and its file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include "io/lp-file-error.h"
#include "io/lp-packed-bytes.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"
#include "lp-document.h"
#include "lp-draft-store.h"
#include "lp-ics-dialog.h"
#include "lp-preload.h"
#include "lp-recent-menu.h"
#include "lp-task-util.h"

struct _LpDocument
{
  GObject       parent_instance;

  LpTrajectory *trajectory;
  GFile        *file;
  LpFileStamp  *stamp;            /* the bytes loaded or last saved */
  GBytes       *base;             /* the bytes that document was read from or saved as:
                                   * the merge base; compressed when base_packed */
  gboolean      base_packed;
  guint         pack_source;      /* the pack's start, a moment after the base came */

  GFileMonitor *monitor;
  gboolean      disk_changed;
  guint         disk_events;

  gboolean      saving;
  guint         edits;            /* history changes, to see edits made while saving */

  char         *draft_id;
  guint         draft_timeout_id;
  gboolean      draft_writing;
  guint         draft_generation; /* bumped when the draft is removed */
  guint         draft_write_generation;
  gboolean      draft_failing;    /* the last draft could not be written */
};

G_DEFINE_FINAL_TYPE (LpDocument, lp_document, G_TYPE_OBJECT)

enum { REPLACED, CHANGED_ON_DISK, DRAFT_FAILED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* ---- drafts ---- */

void
lp_document_discard_draft (LpDocument *self)
{
  g_clear_handle_id (&self->draft_timeout_id, g_source_remove);
  self->draft_generation++;
  lp_draft_store_remove (self->draft_id);
  /* nothing unsaved is left to protect */
  if (self->draft_failing)
    {
      self->draft_failing = FALSE;
      g_signal_emit (self, signals[DRAFT_FAILED], 0, NULL);
    }
}

static void
on_draft_written_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      data)
{
  g_autoptr(LpDocument) self = data;
  g_autoptr(GError) error = NULL;

  self->draft_writing = FALSE;
  if (!lp_draft_store_write_finish (result, &error))
    {
      g_message ("Could not write a draft for crash recovery: %s", error->message);
      /* told only while there is unsaved work it was for */
      if (self->draft_write_generation == self->draft_generation && self->trajectory != NULL &&
          lp_document_is_modified (self))
        {
          self->draft_failing = TRUE;
          g_signal_emit (self, signals[DRAFT_FAILED], 0, error->message);
        }
    }
  else if (self->draft_failing)
    {
      self->draft_failing = FALSE;
      g_signal_emit (self, signals[DRAFT_FAILED], 0, NULL);
    }
  /* saved or discarded while the draft was being written: it goes */
  if (self->draft_write_generation != self->draft_generation || self->trajectory == NULL ||
      !lp_document_is_modified (self))
    lp_draft_store_remove (self->draft_id);
}

/* Serialize here (the document lives on this thread), write in a worker. */
static gboolean
write_draft_cb (gpointer data)
{
  LpDocument *self = data;
  g_autoptr(GBytes) bytes = NULL;

  self->draft_timeout_id = 0;
  if (!lp_document_is_modified (self))
    return G_SOURCE_REMOVE;
  if (self->draft_writing)
    {
      /* one write at a time: try again in a moment */
      self->draft_timeout_id = g_timeout_add (lp_draft_store_delay_ms (), write_draft_cb, self);
      return G_SOURCE_REMOVE;
    }
  if (self->draft_id == NULL)
    self->draft_id = g_uuid_string_random ();
  bytes = lp_writer_serialize (self->trajectory);
  self->draft_writing = TRUE;
  self->draft_write_generation = self->draft_generation;
  lp_draft_store_write_async (self->draft_id, bytes, self->file,
                              lp_trajectory_get_title (self->trajectory), self->stamp, self->base,
                              self->base_packed, NULL, on_draft_written_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/* Writes the draft now, on this thread, when there are unsaved changes: at
 * the end of a session, when there is no second to wait for the timer.
 * TRUE when nothing needed writing or the draft was written. */
gboolean
lp_document_write_draft_now (LpDocument  *self,
                             GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (LP_IS_DOCUMENT (self), FALSE);

  g_clear_handle_id (&self->draft_timeout_id, g_source_remove);
  if (self->trajectory == NULL || !lp_document_is_modified (self))
    return TRUE;
  if (self->draft_id == NULL)
    self->draft_id = g_uuid_string_random ();
  bytes = lp_writer_serialize (self->trajectory);
  /* a worker's write that ends after this one must not remove it */
  self->draft_write_generation = self->draft_generation;
  return lp_draft_store_write (self->draft_id, bytes, self->file,
                               lp_trajectory_get_title (self->trajectory), self->stamp, self->base,
                               self->base_packed, error);
}

/* A draft about a second after the last change (debounced). */
static void
on_history_changed_cb (LpHistory  *history,
                       LpDocument *self)
{
  self->edits++;
  g_clear_handle_id (&self->draft_timeout_id, g_source_remove);
  if (lp_document_is_modified (self))
    self->draft_timeout_id = g_timeout_add (lp_draft_store_delay_ms (), write_draft_cb, self);
  else
    lp_document_discard_draft (self);
}

/* ---- the file on disk ---- */

static void
on_monitor_changed_cb (GFileMonitor      *monitor,
                       GFile             *file,
                       GFile             *other,
                       GFileMonitorEvent  event,
                       LpDocument        *self)
{
  self->disk_events++;
  /* while our own save runs, the stamp is that of the bytes before it */
  if (self->saving || self->file == NULL || self->stamp == NULL || self->disk_changed ||
      event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED)
    return;
  /* by content: a save within the same time stamp tick keeps the mtime */
  if (lp_file_stamp_check_file (self->stamp, self->file, NULL, NULL) != LP_FILE_STAMP_CHANGED)
    return;
  self->disk_changed = TRUE;
  g_signal_emit (self, signals[CHANGED_ON_DISK], 0);
}

static void
stop_watching (LpDocument *self)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
}

static void
watch_file (LpDocument *self)
{
  stop_watching (self);
  self->disk_changed = FALSE;
  if (self->file == NULL)
    return;
  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_NONE, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_monitor_changed_cb), self);
}

/* A merge base from this size on is compressed in a worker while it waits:
 * 10,000 modules are 9 MB of XML, under 1 MB packed.  It starts a moment
 * after the base came, so that it does not take a processor from the
 * window being built and drawn for the file just opened. */
#define PACK_BASE_MIN      (256 * 1024)
#define PACK_BASE_DELAY_MS 300

static void
pack_base_thread (GTask        *task,
                  gpointer      source,
                  gpointer      data,
                  GCancellable *cancellable)
{
  /* NULL when zlib failed: the base stays as it is */
  g_task_return_pointer (task, lp_packed_bytes_pack (data), (GDestroyNotify) g_bytes_unref);
}

static void
on_base_packed_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  LpDocument *self = LP_DOCUMENT (source);
  GBytes *packed = g_task_propagate_pointer (G_TASK (result), NULL);

  /* the base it packed is still the base */
  if (packed != NULL && !self->base_packed && self->base == g_task_get_task_data (G_TASK (result)))
    {
      g_bytes_unref (self->base);
      self->base = packed;
      self->base_packed = TRUE;
      lp_memory_trim ();
    }
  else
    g_clear_pointer (&packed, g_bytes_unref);
}

static gboolean
pack_base_cb (gpointer data)
{
  LpDocument *self = data;
  g_autoptr(GTask) task = g_task_new (self, NULL, on_base_packed_cb, NULL);

  self->pack_source = 0;
  g_task_set_task_data (task, g_bytes_ref (self->base), (GDestroyNotify) g_bytes_unref);
  lp_task_run_in_thread (task, pack_base_thread);
  return G_SOURCE_REMOVE;
}

/* Takes base (may be NULL) as the merge base. */
static void
set_base (LpDocument *self,
          GBytes     *base)
{
  g_clear_pointer (&self->base, g_bytes_unref);
  g_clear_handle_id (&self->pack_source, g_source_remove);
  self->base = base;
  self->base_packed = FALSE;
  if (base != NULL && g_bytes_get_size (base) >= PACK_BASE_MIN)
    self->pack_source = g_timeout_add_full (G_PRIORITY_LOW, PACK_BASE_DELAY_MS, pack_base_cb, self, NULL);
}

/* Shows trajectory of file (may be NULL) with stamp and base (both taken,
 * may be NULL). */
static void
replace (LpDocument   *self,
         LpTrajectory *trajectory,
         GFile        *file,
         LpFileStamp  *stamp,
         GBytes       *base)
{
  set_base (self, base);
  if (self->trajectory != NULL)
    g_signal_handlers_disconnect_by_data (lp_trajectory_get_history (self->trajectory), self);
  g_set_object (&self->trajectory, trajectory);
  g_set_object (&self->file, file);
  g_clear_pointer (&self->stamp, lp_file_stamp_free);
  self->stamp = stamp;
  g_signal_connect (lp_trajectory_get_history (trajectory), "changed",
                    G_CALLBACK (on_history_changed_cb), self);
  watch_file (self);
  g_signal_emit (self, signals[REPLACED], 0);
}

void
lp_document_set_trajectory (LpDocument   *self,
                            LpTrajectory *trajectory)
{
  g_return_if_fail (LP_IS_DOCUMENT (self));
  replace (self, trajectory, NULL, NULL, NULL);
}

gboolean
lp_document_load (LpDocument  *self,
                  GFile       *file,
                  GError     **error)
{
  g_autoptr(LpTrajectory) trajectory = NULL;
  LpFileStamp *stamp = NULL;
  GBytes *bytes = NULL;

  g_return_val_if_fail (LP_IS_DOCUMENT (self), FALSE);
  if (!lp_preload_take (file, &trajectory, &stamp, &bytes, error))
    {
      trajectory = lp_reader_load_file_bytes (file, &stamp, &bytes, NULL, error);
      lp_memory_trim ();
    }
  if (trajectory == NULL)
    return FALSE;
  replace (self, trajectory, file, stamp, bytes);
  lp_recent_menu_add (file);
  return TRUE;
}

typedef struct {
  GFile        *file;
  LpTrajectory *trajectory;
  LpFileStamp  *stamp;
  GBytes       *base;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_object_unref (job->file);
  g_clear_object (&job->trajectory);
  g_clear_pointer (&job->stamp, lp_file_stamp_free);
  g_clear_pointer (&job->base, g_bytes_unref);
  g_free (job);
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  LoadJob *job = data;
  GError *error = NULL;

  job->trajectory = lp_reader_load_file_bytes (job->file, &job->stamp, &job->base, cancellable, &error);
  lp_memory_trim ();
  if (job->trajectory == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
lp_document_load_async (LpDocument          *self,
                        GFile               *file,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, callback, user_data);
  LoadJob *job = g_new0 (LoadJob, 1);

  job->file = g_object_ref (file);
  g_task_set_source_tag (task, lp_document_load_async);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  lp_task_run_in_thread (task, load_thread);
}

gboolean
lp_document_load_finish (LpDocument    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  LoadJob *job = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  replace (self, job->trajectory, job->file, g_steal_pointer (&job->stamp), g_steal_pointer (&job->base));
  lp_recent_menu_add (job->file);
  return TRUE;
}

typedef struct {
  GBytes      *bytes;
  GFile       *file;
  LpFileStamp *expected;
  LpFileStamp *stamp;       /* of the bytes written */
  guint        edits;       /* the edit count when serialized */
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_bytes_unref (job->bytes);
  g_object_unref (job->file);
  g_clear_pointer (&job->expected, lp_file_stamp_free);
  g_clear_pointer (&job->stamp, lp_file_stamp_free);
  g_free (job);
}

/* The worker writes a private copy of the document, made from the bytes
 * serialized on the main thread: the document can be edited meanwhile. */
static void
save_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  SaveJob *job = data;
  GError *error = NULL;
  g_autoptr(LpTrajectory) copy = lp_reader_load_data (g_bytes_get_data (job->bytes, NULL),
                                                      g_bytes_get_size (job->bytes), "save", &error);

  if (copy == NULL ||
      !lp_writer_save_file (copy, job->file, job->expected, &job->stamp, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
lp_document_save_async (LpDocument          *self,
                        GFile               *file,
                        gboolean             check,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, callback, user_data);
  SaveJob *job = g_new0 (SaveJob, 1);

  /* the uid of stable calendar UIDs: the one exports used so far */
  lp_ics_dialog_ensure_uid (self->trajectory, self->file);
  job->bytes = lp_writer_serialize (self->trajectory);
  job->file = g_object_ref (file);
  job->expected = check && self->stamp ? lp_file_stamp_copy (self->stamp) : NULL;
  job->edits = self->edits;
  self->saving = TRUE;
  g_task_set_source_tag (task, lp_document_save_async);
  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  lp_task_run_in_thread (task, save_thread);
}

gboolean
lp_document_save_finish (LpDocument    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  SaveJob *job = g_task_get_task_data (G_TASK (result));
  gboolean same_file = self->file != NULL && g_file_equal (job->file, self->file);

  self->saving = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  g_set_object (&self->file, job->file);
  g_clear_pointer (&self->stamp, lp_file_stamp_free);
  self->stamp = g_steal_pointer (&job->stamp);
  set_base (self, g_bytes_ref (job->bytes));
  if (self->edits == job->edits)
    {
      lp_history_mark_saved (lp_trajectory_get_history (self->trajectory));
      lp_document_discard_draft (self);
    }
  /* the same monitor goes on: the events of our own write find our bytes */
  if (same_file && self->monitor != NULL)
    self->disk_changed = FALSE;
  else
    watch_file (self);
  lp_recent_menu_add (job->file);
  return TRUE;
}

void
lp_document_recover (LpDocument        *self,
                     LpTrajectory      *trajectory,
                     GFile             *original,
                     const char        *draft_id,
                     const LpFileStamp *base,
                     GBytes            *base_bytes)
{
  g_return_if_fail (LP_IS_DOCUMENT (self));

  g_free (self->draft_id);
  self->draft_id = g_strdup (draft_id);
  replace (self, trajectory, original, base ? lp_file_stamp_copy (base) : NULL,
           base_bytes ? g_bytes_ref (base_bytes) : NULL);
  lp_history_mark_unsaved (lp_trajectory_get_history (trajectory));
  /* someone saved the file after the draft's base: the same question as
   * for a change seen while open */
  if (self->file != NULL && self->stamp != NULL &&
      lp_file_stamp_check_file (self->stamp, self->file, NULL, NULL) == LP_FILE_STAMP_CHANGED)
    {
      self->disk_changed = TRUE;
      g_signal_emit (self, signals[CHANGED_ON_DISK], 0);
    }
}

LpTrajectory *
lp_document_get_trajectory (LpDocument *self)
{
  g_return_val_if_fail (LP_IS_DOCUMENT (self), NULL);
  return self->trajectory;
}

GFile *
lp_document_get_file (LpDocument *self)
{
  g_return_val_if_fail (LP_IS_DOCUMENT (self), NULL);
  return self->file;
}

gboolean
lp_document_is_modified (LpDocument *self)
{
  g_return_val_if_fail (LP_IS_DOCUMENT (self), FALSE);
  return self->trajectory != NULL && lp_history_is_modified (lp_trajectory_get_history (self->trajectory));
}

gboolean
lp_document_is_saving (LpDocument *self)
{
  g_return_val_if_fail (LP_IS_DOCUMENT (self), FALSE);
  return self->saving;
}

gboolean
lp_document_get_disk_changed (LpDocument *self)
{
  g_return_val_if_fail (LP_IS_DOCUMENT (self), FALSE);
  return self->disk_changed;
}

void
lp_document_forget_disk_change (LpDocument *self)
{
  g_return_if_fail (LP_IS_DOCUMENT (self));
  self->disk_changed = FALSE;
}

guint
lp_document_get_disk_events (LpDocument *self)
{
  g_return_val_if_fail (LP_IS_DOCUMENT (self), 0);
  return self->disk_events;
}

static void
lp_document_dispose (GObject *object)
{
  LpDocument *self = (LpDocument *) object;

  g_clear_handle_id (&self->draft_timeout_id, g_source_remove);
  g_clear_handle_id (&self->pack_source, g_source_remove);
  stop_watching (self);
  if (self->trajectory != NULL)
    g_signal_handlers_disconnect_by_data (lp_trajectory_get_history (self->trajectory), self);
  g_clear_object (&self->trajectory);
  g_clear_object (&self->file);
  g_clear_pointer (&self->stamp, lp_file_stamp_free);
  g_clear_pointer (&self->base, g_bytes_unref);
  G_OBJECT_CLASS (lp_document_parent_class)->dispose (object);
}

/* The draft's id stays until the end: a draft write still running when the
 * document goes finds it, and removes the draft of a document closed meanwhile. */
static void
lp_document_finalize (GObject *object)
{
  LpDocument *self = (LpDocument *) object;

  g_free (self->draft_id);
  G_OBJECT_CLASS (lp_document_parent_class)->finalize (object);
}

static void
lp_document_class_init (LpDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lp_document_dispose;
  object_class->finalize = lp_document_finalize;
  signals[REPLACED] = g_signal_new ("replaced", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CHANGED_ON_DISK] = g_signal_new ("changed-on-disk", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* a draft could not be written (the reason), or could again (NULL) */
  signals[DRAFT_FAILED] = g_signal_new ("draft-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
lp_document_init (LpDocument *self)
{
}

LpDocument *
lp_document_new (void)
{
  LpDocument *self = g_object_new (LP_TYPE_DOCUMENT, NULL);
  g_autoptr(LpTrajectory) trajectory = lp_trajectory_new_default ();

  replace (self, trajectory, NULL, NULL, NULL);
  return self;
}

GBytes *
lp_document_get_base (LpDocument *self)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  g_return_val_if_fail (LP_IS_DOCUMENT (self), NULL);
  if (self->base == NULL || !self->base_packed)
    return self->base != NULL ? g_bytes_ref (self->base) : NULL;
  bytes = lp_packed_bytes_unpack (self->base, &error);
  if (bytes == NULL)
    g_warning ("The merge base could not be unpacked: %s", error->message);
  return bytes;
}

gboolean
_lp_document_base_is_packed (LpDocument *self)
{
  g_return_val_if_fail (LP_IS_DOCUMENT (self), FALSE);
  return self->base_packed;
}

void
lp_document_set_merged (LpDocument  *self,
                        LpFileStamp *stamp,
                        GBytes      *bytes)
{
  g_return_if_fail (LP_IS_DOCUMENT (self));
  g_clear_pointer (&self->stamp, lp_file_stamp_free);
  self->stamp = stamp;
  set_base (self, g_bytes_ref (bytes));
  self->disk_changed = FALSE;
}
