/* bench-load-xmllint.c — our load beside xmllint --relaxng on the same file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test.  Writes a valid 10,000-module trajectory, then alternates
 * (side by side, so both see the same machine load) lp_reader_load_file
 * and `xmllint --noout --relaxng data/leerplaats.rng FILE` (a process, so
 * its start-up counts, as the user's would), and prints the medians and
 * their ratio.  Goal: ratio ≤ 1.5.
 *   bench-load-xmllint [--runs=N] [--modules=N]
 */
#include "config.h"

#include <glib/gstdio.h>

#include "core/lp-sample.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"
#include "bench-util.h"

int
main (int argc, char *argv[])
{
  guint runs = 11, n_modules = 10000;
  g_autoptr(LpTrajectory) t = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = NULL, *path = NULL, *schema = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GArray) ours = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) theirs = g_array_new (FALSE, FALSE, sizeof (double));
  const char *source = g_getenv ("LEERPLAATS_SOURCE_DIR");

  bench_parse_args (argc, argv, &runs, &n_modules);
  schema = g_build_filename (source ? source : ".", "data", "leerplaats.rng", NULL);

  lp_reader_init ();
  t = lp_sample_generate (n_modules, 6, 24, 2026);
  bytes = lp_writer_serialize (t);
  dir = g_dir_make_tmp ("lp-bench-XXXXXX", NULL);
  path = g_build_filename (dir, "bench.leerplaats", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), NULL));

  for (guint r = 0; r < runs; r++)
    {
      const char *xmllint[] = { "xmllint", "--noout", "--relaxng", schema, path, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(LpTrajectory) loaded = NULL;
      int status = -1;
      gint64 t0;
      double ms;

      t0 = g_get_monotonic_time ();
      loaded = lp_reader_load_file (file, NULL, NULL, &error);
      ms = (double) (g_get_monotonic_time () - t0) / 1000.0;
      g_assert_no_error (error);
      g_array_append_val (ours, ms);

      t0 = g_get_monotonic_time ();
      g_assert_true (g_spawn_sync (NULL, (char **) xmllint, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL
                                   | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error));
      ms = (double) (g_get_monotonic_time () - t0) / 1000.0;
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_array_append_val (theirs, ms);
    }

  {
    double a = bench_median_of (ours), b = bench_median_of (theirs);

    g_print ("%u modules, %" G_GSIZE_FORMAT " bytes, median of %u runs:\n", n_modules, g_bytes_get_size (bytes), runs);
    g_print ("  lp_reader_load_file        %8.1f ms\n", a);
    g_print ("  xmllint --noout --relaxng  %8.1f ms\n", b);
    g_print ("  ratio                      %8.2f (goal <= 1.5)\n", a / b);
  }
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
