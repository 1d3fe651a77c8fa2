/* lp-preload.c — files named on the command line, read while the
 * interface starts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One worker reads the files in order, each as lp_reader_load_file() does
 * (with its content stamp), while the main thread starts GTK (display,
 * renderer, styles); each window then takes what was read instead of
 * reading it again, and is built once, for that file.
 * Reading is the same either way: a file changed in between is caught by
 * its stamp, as it is for any change after loading.
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#ifdef HAVE_MALLOC_TRIM
#include <malloc.h>
#endif

#include "io/lp-reader.h"
#include "lp-preload.h"

typedef struct {
  GFile        *file;
  LpTrajectory *trajectory;
  LpFileStamp  *stamp;
  GBytes       *bytes;
  GError       *error;
  gboolean      done;
} Preload;

static GMutex     lock;
static GCond      done_cond;
static GPtrArray *preloads;   /* Preload not yet taken; main thread only */
static GThread   *worker;

static void
preload_free (Preload *p)
{
  g_object_unref (p->file);
  g_clear_object (&p->trajectory);
  g_clear_pointer (&p->stamp, lp_file_stamp_free);
  g_clear_pointer (&p->bytes, g_bytes_unref);
  g_clear_error (&p->error);
  g_free (p);
}

/* Gives the heap that reading freed (the XML tree, the parser's buffers)
 * back to the system: glibc keeps it otherwise, tens of MB for a large file. */
void
lp_memory_trim (void)
{
#ifdef HAVE_MALLOC_TRIM
  malloc_trim (0);
#endif
}

static gpointer
preload_thread (gpointer data)
{
  GPtrArray *list = data;

  for (guint i = 0; i < list->len; i++)
    {
      Preload *p = g_ptr_array_index (list, i);
      LpFileStamp *stamp = NULL;
      GBytes *bytes = NULL;
      GError *error = NULL;
      LpTrajectory *trajectory = lp_reader_load_file_bytes (p->file, &stamp, &bytes, NULL, &error);

      g_mutex_lock (&lock);
      p->trajectory = trajectory;
      p->stamp = stamp;
      p->bytes = bytes;
      p->error = error;
      p->done = TRUE;
      g_cond_broadcast (&done_cond);
      g_mutex_unlock (&lock);
      /* after the window has what it waits for, while it builds itself */
      lp_memory_trim ();
    }
  g_ptr_array_unref (list);
  return NULL;
}

/* Starts reading files (main thread only; once at a time). */
void
lp_preload_start (GFile **files,
                  guint   n_files)
{
  GPtrArray *list;

  g_return_if_fail (worker == NULL);

  preloads = g_ptr_array_new_with_free_func ((GDestroyNotify) preload_free);
  list = g_ptr_array_new ();
  for (guint i = 0; i < n_files; i++)
    {
      Preload *p = g_new0 (Preload, 1);

      p->file = g_object_ref (files[i]);
      g_ptr_array_add (preloads, p);
      g_ptr_array_add (list, p);
    }
  /* the worker has its own list: taking removes from preloads meanwhile,
   * and never one that the worker has still to finish */
  worker = g_thread_new ("lp-preload", preload_thread, list);
}

/* What was read of file, waiting for it when it is still being read: FALSE
 * when file was not among those started (or was taken already); otherwise
 * the trajectory, its stamp and the bytes read, or NULL and the reader's
 * error. */
gboolean
lp_preload_take (GFile         *file,
                 LpTrajectory **trajectory,
                 LpFileStamp  **stamp,
                 GBytes       **bytes,
                 GError       **error)
{
  Preload *found = NULL;
  guint index = 0;

  if (preloads == NULL)
    return FALSE;
  for (guint i = 0; i < preloads->len && found == NULL; i++)
    if (g_file_equal (((Preload *) g_ptr_array_index (preloads, i))->file, file))
      {
        found = g_ptr_array_index (preloads, i);
        index = i;
      }
  if (found == NULL)
    return FALSE;

  g_mutex_lock (&lock);
  while (!found->done)
    g_cond_wait (&done_cond, &lock);
  g_mutex_unlock (&lock);

  *trajectory = g_steal_pointer (&found->trajectory);
  if (stamp != NULL)
    *stamp = g_steal_pointer (&found->stamp);
  if (bytes != NULL)
    *bytes = g_steal_pointer (&found->bytes);
  if (found->error != NULL)
    g_propagate_error (error, g_steal_pointer (&found->error));
  g_ptr_array_remove_index (preloads, index);
  return TRUE;
}

/* Whether file was started and has been read (well or not) already, so
 * that taking it would not wait. */
gboolean
lp_preload_is_read (GFile *file)
{
  gboolean read = FALSE;

  if (preloads == NULL)
    return FALSE;
  g_mutex_lock (&lock);
  for (guint i = 0; i < preloads->len; i++)
    {
      Preload *p = g_ptr_array_index (preloads, i);

      if (g_file_equal (p->file, file))
        {
          read = p->done;
          break;
        }
    }
  g_mutex_unlock (&lock);
  return read;
}

/* Waits for the worker and drops what nobody took. */
void
lp_preload_discard (void)
{
  if (worker != NULL)
    g_thread_join (g_steal_pointer (&worker));
  g_clear_pointer (&preloads, g_ptr_array_unref);
}
