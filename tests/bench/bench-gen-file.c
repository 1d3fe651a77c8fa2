/* bench-gen-file.c — write a generated trajectory (lp_sample_generate) with
 * the io writer, for the start-up benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-gen-file N_MODULES OUT.leerplaats
 * Six lanes, 24 months from September 2026, seed 2026 (as bench-window).
 * The title is "Leerplaats bestuursadvisering (proef)".
 */
#include <gio/gio.h>
#include <stdlib.h>

#include "core/lp-sample.h"
#include "io/lp-writer.h"

int
main (int argc, char *argv[])
{
  g_autoptr(LpTrajectory) t = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 3)
    {
      g_printerr ("usage: %s N_MODULES OUT.leerplaats\n", argv[0]);
      return 2;
    }
  t = lp_sample_generate ((guint) atoi (argv[1]), 6, 24, 2026);
  file = g_file_new_for_commandline_arg (argv[2]);
  if (!lp_writer_save_file (t, file, NULL, NULL, NULL, &error))
    {
      g_printerr ("%s: %s\n", argv[2], error->message);
      return 1;
    }
  return 0;
}
