/* lp-file-lock.c — the LibreOffice-style lock file beside an open file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "lp-file-lock.h"
#include "lp-process.h"

char *
lp_file_lock_path (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *lock_name = g_strdup_printf (".~lock.%s#", base);
  g_autoptr(GFile) parent = g_file_get_parent (file);

  if (parent == NULL || g_file_peek_path (parent) == NULL)
    return NULL;
  return g_build_filename (g_file_peek_path (parent), lock_name, NULL);
}

static const char *
this_host (void)
{
  return g_get_host_name ();
}

/* The lock's fields: name, user, host, time, "pid:PID"; NULL when absent
 * or not of that shape. */
static GStrv
read_fields (const char *path)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;
  char *end;

  if (path == NULL || !g_file_get_contents (path, &text, NULL, NULL))
    return NULL;
  end = strchr (text, ';');
  if (end != NULL)
    *end = '\0';
  fields = g_strsplit (text, ",", 6);
  if (g_strv_length (fields) < 5)
    return NULL;
  return g_steal_pointer (&fields);
}

static long
field_pid (GStrv fields)
{
  return g_str_has_prefix (fields[4], "pid:") ? strtol (fields[4] + 4, NULL, 10) : 0;
}

static gboolean
is_ours (GStrv fields)
{
  return g_strcmp0 (fields[2], this_host ()) == 0 && field_pid (fields) == (long) getpid ();
}

/* A lock of this host whose process has gone. */
static gboolean
is_stale (GStrv fields)
{
  long pid = field_pid (fields);

  if (g_strcmp0 (fields[2], this_host ()) != 0 || pid <= 0)
    return FALSE;
  return !lp_process_runs ((pid_t) pid);
}

static GDateTime *
parse_time (const char *text)
{
  int d, m, y, hh, mm;

  if (sscanf (text, "%d.%d.%d %d:%d", &d, &m, &y, &hh, &mm) != 5)
    return NULL;
  return g_date_time_new_local (y, m, d, hh, mm, 0);
}

gboolean
lp_file_lock_read (GFile      *file,
                   char      **name,
                   char      **host,
                   GDateTime **since)
{
  g_autofree char *path = lp_file_lock_path (file);
  g_auto(GStrv) fields = read_fields (path);

  if (fields == NULL || is_ours (fields) || is_stale (fields))
    return FALSE;
  if (name != NULL)
    *name = g_strdup (fields[0][0] != '\0' ? fields[0] : fields[1]);
  if (host != NULL)
    *host = g_strdup (fields[2]);
  if (since != NULL)
    *since = parse_time (fields[3]);
  return TRUE;
}

gboolean
lp_file_lock_take (GFile *file)
{
  g_autofree char *path = lp_file_lock_path (file);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *when = g_date_time_format (now, "%d.%m.%Y %H:%M");
  g_autofree char *text = NULL;
  g_autofree char *real = g_strdup (g_get_real_name ());
  g_autofree char *user = g_strdup (g_get_user_name ());

  if (path == NULL || lp_file_lock_read (file, NULL, NULL, NULL))
    return FALSE;
  if (g_str_equal (real, "Unknown"))
    real[0] = '\0';
  /* commas and semicolons would break the fields */
  g_strdelimit (real, ",;\n", ' ');
  g_strdelimit (user, ",;\n", ' ');
  text = g_strdup_printf ("%s,%s,%s,%s,pid:%ld;", real, user, this_host (), when, (long) getpid ());
  return g_file_set_contents (path, text, -1, NULL);
}

void
lp_file_lock_release (GFile *file)
{
  g_autofree char *path = lp_file_lock_path (file);
  g_auto(GStrv) fields = read_fields (path);

  if (fields != NULL && is_ours (fields))
    (void) g_unlink (path);
}
