/* bench-load-memory.c — resident memory of opening a file without the
 * window: what the model holds, and what reading it leaves behind
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test.  Usage: bench-load-memory FILE.leerplaats
 * Prints VmRSS before, after lp_reader_load_file, after malloc_trim (heap
 * that the reader freed but glibc kept), the peak (VmHWM), and the time.
 */
#include <gio/gio.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "io/lp-file-stamp.h"
#include "io/lp-reader.h"

static long
status_kb (const char *key)
{
  g_autofree char *status = NULL;
  const char *p;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  p = strstr (status, key);
  return p ? atol (p + strlen (key)) : -1;
}

int
main (int argc, char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = NULL;
  LpFileStamp *stamp = NULL;
  long before, loaded, trimmed;
  gint64 t0, t1;

  if (argc != 2)
    {
      g_printerr ("usage: %s FILE.leerplaats\n", argv[0]);
      return 2;
    }
  lp_reader_init ();
  file = g_file_new_for_commandline_arg (argv[1]);
  before = status_kb ("VmRSS:");
  t0 = g_get_monotonic_time ();
  t = lp_reader_load_file (file, &stamp, NULL, &error);
  t1 = g_get_monotonic_time ();
  if (t == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  loaded = status_kb ("VmRSS:");
  malloc_trim (0);
  trimmed = status_kb ("VmRSS:");
  g_print ("%s: read in %.1f ms\n", argv[1], (t1 - t0) / 1000.0);
  g_print ("  VmRSS before %.1f MB, after reading %.1f MB (+%.1f), after malloc_trim %.1f MB (+%.1f), peak %.1f MB\n",
           before / 1024.0, loaded / 1024.0, (loaded - before) / 1024.0,
           trimmed / 1024.0, (trimmed - before) / 1024.0, status_kb ("VmHWM:") / 1024.0);
  lp_file_stamp_free (stamp);
  return 0;
}
