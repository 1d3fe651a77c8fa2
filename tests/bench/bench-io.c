/* bench-io.c — load+validate and save of a 10,000-module trajectory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: prints medians; performance goals: load ≤ 150 ms, save ≤ 100 ms.
 *   bench-io [--runs=N] [--modules=N]
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>

#include "core/lp-sample.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"
#include "bench-util.h"

int
main (int argc, char *argv[])
{
  guint runs = 9, n_modules = 10000;
  g_autoptr(LpTrajectory) t = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = NULL, *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GArray) parse_t = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_t = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) save_t = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ser_t = g_array_new (FALSE, FALSE, sizeof (double));
  const char *data;
  gsize size;

  bench_parse_args (argc, argv, &runs, &n_modules);

  lp_reader_init ();
  t = lp_sample_generate (n_modules, 6, 24, 2026);
  bytes = lp_writer_serialize (t);
  data = g_bytes_get_data (bytes, &size);
  dir = g_dir_make_tmp ("lp-bench-XXXXXX", NULL);
  path = g_build_filename (dir, "bench.leerplaats", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (g_file_set_contents (path, data, (gssize) size, NULL));

  for (guint r = 0; r < runs; r++)
    {
      gint64 t0, t1;
      double ms;

      /* libxml2's bare parse of the same bytes, the floor */
      t0 = g_get_monotonic_time ();
      {
        xmlDocPtr doc = xmlReadMemory (data, (int) size, NULL, NULL, XML_PARSE_NONET);
        xmlFreeDoc (doc);
      }
      t1 = g_get_monotonic_time ();
      ms = (t1 - t0) / 1000.0;
      g_array_append_val (parse_t, ms);

      /* read the file, parse, validate against the schema, check, build */
      t0 = g_get_monotonic_time ();
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(LpTrajectory) loaded = lp_reader_load_file (file, NULL, NULL, &error);
        g_assert_no_error (error);
        g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_modules (loaded)), ==, n_modules);
      }
      t1 = g_get_monotonic_time ();
      ms = (t1 - t0) / 1000.0;
      g_array_append_val (load_t, ms);

      t0 = g_get_monotonic_time ();
      g_bytes_unref (lp_writer_serialize (t));
      t1 = g_get_monotonic_time ();
      ms = (t1 - t0) / 1000.0;
      g_array_append_val (ser_t, ms);

      /* serialize, backup, write a temporary, fsync, rename */
      t0 = g_get_monotonic_time ();
      {
        g_autoptr(GError) error = NULL;
        g_assert_true (lp_writer_save_file (t, file, NULL, NULL, NULL, &error));
      }
      t1 = g_get_monotonic_time ();
      ms = (t1 - t0) / 1000.0;
      g_array_append_val (save_t, ms);
    }

  {
    double parse = bench_median_of (parse_t), load = bench_median_of (load_t), save = bench_median_of (save_t), ser = bench_median_of (ser_t);

    g_print ("bench-io: %u modules, %.1f MB file, median of %u runs\n", n_modules, size / 1e6, runs);
    g_print ("  libxml2 bare parse      %7.1f ms\n", parse);
    g_print ("  load + validate         %7.1f ms  (%.1f× the bare parse; goal ≤ 150 ms)\n", load, load / parse);
    g_print ("  serialize to memory     %7.1f ms\n", ser);
    g_print ("  save (atomic, fsync)    %7.1f ms  (goal ≤ 100 ms)\n", save);
  }

  {
    g_autofree char *backup = g_strconcat (path, "~", NULL);
    g_unlink (backup);
    g_unlink (path);
    g_rmdir (dir);
  }
  return 0;
}
