/* lp-draft-store.c — drafts of unsaved work, kept for crash recovery
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "io/lp-process.h"
#include "lp-draft-store.h"

void
lp_draft_free (LpDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->id);
  g_free (draft->title);
  g_free (draft->uri);
  g_free (draft->base_sha256);
  g_free (draft);
}

char *
lp_draft_store_get_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, "drafts", NULL);
}

static char *
draft_file (const char *id,
            const char *extension)
{
  g_autofree char *dir = lp_draft_store_get_dir ();
  g_autofree char *name = g_strconcat (id, extension, NULL);

  return g_build_filename (dir, name, NULL);
}

char *
lp_draft_store_get_path (const char *id)
{
  return draft_file (id, ".leerplaats");
}

GPtrArray *
lp_draft_store_list (void)
{
  g_autofree char *dir = lp_draft_store_get_dir ();
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_draft_free);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *meta = NULL, *owner = NULL;
      g_autoptr(GKeyFile) keys = g_key_file_new ();
      LpDraft *d;

      if (!g_str_has_suffix (name, ".leerplaats"))
        continue;
      d = g_new0 (LpDraft, 1);
      d->id = g_strndup (name, strlen (name) - strlen (".leerplaats"));
      meta = draft_file (d->id, ".ini");
      if (g_key_file_load_from_file (keys, meta, G_KEY_FILE_NONE, NULL))
        {
          d->title = g_key_file_get_string (keys, "draft", "title", NULL);
          d->uri = g_key_file_get_string (keys, "draft", "file", NULL);
          d->base_sha256 = g_key_file_get_string (keys, "draft", "base-sha256", NULL);
          d->base_size = g_key_file_get_uint64 (keys, "draft", "base-size", NULL);
          owner = g_key_file_get_string (keys, "draft", "owner", NULL);
          d->live = lp_process_identity_runs (owner);
        }
      g_ptr_array_add (drafts, d);
    }
  return drafts;
}

GPtrArray *
lp_draft_store_list_left (void)
{
  GPtrArray *drafts = lp_draft_store_list ();

  for (guint i = drafts->len; i > 0; i--)
    if (((LpDraft *) g_ptr_array_index (drafts, i - 1))->live)
      g_ptr_array_remove_index (drafts, i - 1);
  return drafts;
}

void
lp_draft_store_remove (const char *id)
{
  g_autofree char *path = NULL, *meta = NULL;

  if (id == NULL)
    return;
  path = draft_file (id, ".leerplaats");
  meta = draft_file (id, ".ini");
  g_unlink (path);
  g_unlink (meta);
}

/* Paths are taken when the write is asked for: the directory is that of
 * the moment, not of whenever the worker runs. */
typedef struct {
  char    *id;
  guint64  seq;         /* the order in which drafts were made */
  char    *dir;
  char    *path;
  char    *meta_path;
  GBytes  *bytes;
  char    *meta;
} DraftJob;

/* Writes go one at a time, and a draft never replaces a newer one of the
 * same document: a worker still writing when the application writes its
 * last draft on the main thread (at the end of the session) finds it. */
static GMutex      store_lock;
static GMutex      seq_lock;
static guint64     jobs_made;        /* under seq_lock */
static GHashTable *newest_written;   /* id → seq of the draft on disk; under store_lock */

static void
draft_job_free (DraftJob *job)
{
  g_free (job->id);
  g_free (job->dir);
  g_free (job->path);
  g_free (job->meta_path);
  g_bytes_unref (job->bytes);
  g_free (job->meta);
  g_free (job);
}

static LpDraftWriteHook write_hook;
static gpointer         write_hook_data;

void
_lp_draft_store_set_write_hook (LpDraftWriteHook hook,
                                gpointer         user_data)
{
  write_hook = hook;
  write_hook_data = user_data;
}

static gboolean
write_job (DraftJob *job,
           GError  **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  gpointer newest;

  if (write_hook != NULL && !write_hook (write_hook_data, error))
    return FALSE;
  locker = g_mutex_locker_new (&store_lock);
  if (newest_written == NULL)
    newest_written = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  newest = g_hash_table_lookup (newest_written, job->id);
  if (newest != NULL && *(guint64 *) newest > job->seq)
    return TRUE;
  if (g_mkdir_with_parents (job->dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   "%s: %s", job->dir, g_strerror (saved));
      return FALSE;
    }
  /* the description first: a draft document is never without it */
  if (!g_file_set_contents_full (job->meta_path, job->meta, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error) ||
      !g_file_set_contents_full (job->path, g_bytes_get_data (job->bytes, NULL),
                                 (gssize) g_bytes_get_size (job->bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;
  g_hash_table_insert (newest_written, g_strdup (job->id), g_memdup2 (&job->seq, sizeof job->seq));
  return TRUE;
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (write_job (data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static DraftJob *
draft_job_new (const char        *id,
               GBytes            *bytes,
               GFile             *original,
               const char        *title,
               const LpFileStamp *base)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *owner = lp_process_identity ();
  DraftJob *job = g_new0 (DraftJob, 1);

  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);
      g_key_file_set_string (keys, "draft", "file", uri);
    }
  if (base != NULL)
    {
      g_key_file_set_string (keys, "draft", "base-sha256", lp_file_stamp_get_sha256 (base));
      g_key_file_set_uint64 (keys, "draft", "base-size", lp_file_stamp_get_size (base));
    }
  g_key_file_set_string (keys, "draft", "title", title ? title : "");
  g_key_file_set_int64 (keys, "draft", "time", g_get_real_time () / G_USEC_PER_SEC);
  g_key_file_set_string (keys, "draft", "owner", owner);
  job->id = g_strdup (id);
  g_mutex_lock (&seq_lock);
  job->seq = ++jobs_made;
  g_mutex_unlock (&seq_lock);
  job->dir = lp_draft_store_get_dir ();
  job->path = draft_file (id, ".leerplaats");
  job->meta_path = draft_file (id, ".ini");
  job->bytes = g_bytes_ref (bytes);
  job->meta = g_key_file_to_data (keys, NULL, NULL);
  return job;
}

void
lp_draft_store_write_async (const char          *id,
                            GBytes              *bytes,
                            GFile               *original,
                            const char          *title,
                            const LpFileStamp   *base,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, lp_draft_store_write_async);
  g_task_set_task_data (task, draft_job_new (id, bytes, original, title, base),
                        (GDestroyNotify) draft_job_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
lp_draft_store_write (const char         *id,
                      GBytes             *bytes,
                      GFile              *original,
                      const char         *title,
                      const LpFileStamp  *base,
                      GError            **error)
{
  DraftJob *job = draft_job_new (id, bytes, original, title, base);
  gboolean ok = write_job (job, error);

  draft_job_free (job);
  return ok;
}

gboolean
lp_draft_store_write_finish (GAsyncResult  *result,
                             GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
lp_draft_base_matches (const LpDraft     *draft,
                       const LpFileStamp *on_disk)
{
  if (draft->base_sha256 == NULL || *draft->base_sha256 == '\0')
    return TRUE;
  return on_disk != NULL && lp_file_stamp_get_size (on_disk) == draft->base_size &&
         g_strcmp0 (lp_file_stamp_get_sha256 (on_disk), draft->base_sha256) == 0;
}

guint
lp_draft_store_delay_ms (void)
{
  const char *env = g_getenv ("LEERPLAATS_AUTOSAVE_INTERVAL");
  guint64 seconds = 0;

  if (env != NULL && g_ascii_string_to_unsigned (env, 10, 1, 3600, &seconds, NULL))
    return (guint) seconds * 1000;
  return 1000;
}
