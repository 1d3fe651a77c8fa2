/* lp-process.c — whether a process that left a file behind still runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lp-process.h"

/* /proc/PID/stat after "(name) ": the fields from the state on, or NULL. */
static char *
stat_fields (pid_t pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%ld/stat", (long) pid);
  g_autofree char *stat = NULL;
  const char *end;

  if (!g_file_get_contents (path, &stat, NULL, NULL))
    return NULL;
  end = strrchr (stat, ')');
  if (end == NULL || end[1] != ' ' || end[2] == '\0')
    return NULL;
  return g_strdup (end + 2);
}

gboolean
lp_process_runs (pid_t pid)
{
  g_autofree char *fields = NULL;

  if (pid <= 0 || (kill (pid, 0) != 0 && errno == ESRCH))
    return FALSE;
  fields = stat_fields (pid);
  return fields == NULL || (fields[0] != 'Z' && fields[0] != 'X');
}

/* Field 22 of /proc/PID/stat (start time after boot, in clock ticks); 0
 * when unknown. */
static guint64
start_time (pid_t pid)
{
  g_autofree char *fields = stat_fields (pid);
  g_auto(GStrv) parts = fields ? g_strsplit (fields, " ", 21) : NULL;

  /* parts[0] is field 3 (the state): field 22 is parts[19] */
  if (parts == NULL || g_strv_length (parts) < 20)
    return 0;
  return g_ascii_strtoull (parts[19], NULL, 10);
}

static char *
boot_id (void)
{
  char *text = NULL;

  if (!g_file_get_contents ("/proc/sys/kernel/random/boot_id", &text, NULL, NULL))
    return g_strdup ("-");
  return g_strstrip (text);
}

char *
lp_process_identity (void)
{
  g_autofree char *boot = boot_id ();

  return g_strdup_printf ("%s %ld %" G_GUINT64_FORMAT, boot, (long) getpid (), start_time (getpid ()));
}

gboolean
lp_process_identity_runs (const char *identity)
{
  g_auto(GStrv) parts = identity ? g_strsplit (identity, " ", 4) : NULL;
  g_autofree char *boot = boot_id ();
  long pid;

  if (parts == NULL || g_strv_length (parts) != 3 || strcmp (parts[0], boot) != 0)
    return FALSE;
  pid = strtol (parts[1], NULL, 10);
  return lp_process_runs ((pid_t) pid) && start_time ((pid_t) pid) == g_ascii_strtoull (parts[2], NULL, 10);
}
