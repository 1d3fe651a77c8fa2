/* save-loop.c — helper of test-durability: saves a trajectory forever
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   save-loop FILE   loads FILE, then saves it again and again with the
 *                    title "v N" (N = 1, 2, …) until it is killed
 */
#include "config.h"

#include <stdio.h>

#include "io/lp-reader.h"
#include "io/lp-writer.h"

int
main (int argc, char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(LpTrajectory) t = NULL;
  g_autoptr(LpFileStamp) stamp = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 2)
    return 2;
  lp_reader_init ();
  file = g_file_new_for_path (argv[1]);
  t = lp_reader_load_file (file, &stamp, NULL, &error);
  if (t == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  /* the parent starts its random delay now */
  printf ("loaded\n");
  fflush (stdout);
  for (guint n = 1; ; n++)
    {
      g_autofree char *title = g_strdup_printf ("v %u", n);
      LpFileStamp *next = NULL;

      lp_trajectory_set_string (t, t, "title", title);
      if (!lp_writer_save_file (t, file, stamp, &next, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_clear_pointer (&stamp, lp_file_stamp_free);
      stamp = next;
    }
  return 0;
}
