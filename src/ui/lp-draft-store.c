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
#include "io/lp-packed-bytes.h"
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

/* The file that keeps the bytes a draft was based on, for a merge with
 * the file on disk after recovery: ID.base-SHA (the first 16 digits of
 * their SHA-256), packed. */
static char *
base_file (const char *id,
           const char *sha256)
{
  g_autofree char *extension = g_strdup_printf (".base-%.16s", sha256);

  return draft_file (id, extension);
}

/* Removes the base files of draft @id except @keep (a path, may be NULL). */
static void
remove_bases (const char *id,
              const char *keep)
{
  g_autofree char *dir = lp_draft_store_get_dir ();
  g_autofree char *prefix = g_strconcat (id, ".base-", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, prefix))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        if (g_strcmp0 (path, keep) != 0)
          g_unlink (path);
      }
}

GBytes *
lp_draft_store_read_base (const LpDraft *draft)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GBytes) packed = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LpFileStamp) stamp = NULL;

  g_return_val_if_fail (draft != NULL, NULL);
  if (draft->base_sha256 == NULL || strlen (draft->base_sha256) < 16 ||
      !g_file_get_contents ((path = base_file (draft->id, draft->base_sha256)), &contents, &length, NULL))
    return NULL;
  packed = g_bytes_new_take (g_steal_pointer (&contents), length);
  bytes = lp_packed_bytes_unpack (packed, NULL);
  if (bytes == NULL)
    return NULL;
  /* only the very bytes the draft names */
  stamp = lp_file_stamp_new (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (!lp_draft_base_matches (draft, stamp))
    return NULL;
  return g_steal_pointer (&bytes);
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
  remove_bases (id, NULL);
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
  GBytes  *base;        /* the bytes it was based on, or NULL */
  gboolean base_packed;
  char    *base_path;
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
  g_clear_pointer (&job->base, g_bytes_unref);
  g_free (job->base_path);
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

/* Keeps the base once per draft and base (a later draft of the same base
 * finds it there).  Without it the draft still recovers; only a merge
 * after recovery does not: so a failure is told, not returned. */
static void
write_base (DraftJob *job)
{
  g_autoptr(GBytes) packed = NULL;
  g_autoptr(GError) error = NULL;

  if (job->base == NULL || g_file_test (job->base_path, G_FILE_TEST_EXISTS))
    return;
  packed = job->base_packed ? g_bytes_ref (job->base) : lp_packed_bytes_pack (job->base);
  if (packed == NULL ||
      !g_file_set_contents_full (job->base_path, g_bytes_get_data (packed, NULL), (gssize) g_bytes_get_size (packed),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_message ("Could not keep the base of a draft for crash recovery: %s",
               error ? error->message : "zlib");
  else
    remove_bases (job->id, job->base_path);
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
  write_base (job);
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
               const LpFileStamp *base,
               GBytes            *base_bytes,
               gboolean           base_packed)
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
  if (base != NULL && base_bytes != NULL)
    {
      job->base = g_bytes_ref (base_bytes);
      job->base_packed = base_packed;
      job->base_path = base_file (id, lp_file_stamp_get_sha256 (base));
    }
  return job;
}

void
lp_draft_store_write_async (const char          *id,
                            GBytes              *bytes,
                            GFile               *original,
                            const char          *title,
                            const LpFileStamp   *base,
                            GBytes              *base_bytes,
                            gboolean             base_packed,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, lp_draft_store_write_async);
  g_task_set_task_data (task, draft_job_new (id, bytes, original, title, base, base_bytes, base_packed),
                        (GDestroyNotify) draft_job_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
lp_draft_store_write (const char         *id,
                      GBytes             *bytes,
                      GFile              *original,
                      const char         *title,
                      const LpFileStamp  *base,
                      GBytes             *base_bytes,
                      gboolean            base_packed,
                      GError            **error)
{
  DraftJob *job = draft_job_new (id, bytes, original, title, base, base_bytes, base_packed);
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
