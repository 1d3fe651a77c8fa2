/* fuzz-reader.c — libFuzzer harness for the .leerplaats reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every input must either load (and then survive a save and a second load
 * with the same bytes) or be refused with an error; never crash, hang or
 * leak.  What the streaming reader (used for large files) accepts, the tree
 * reader must accept as the same trajectory.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "io/lp-reader.h"
#include "io/lp-reader-private.h"
#include "io/lp-reader-stream.h"
#include "io/lp-writer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = NULL;

  lp_reader_init ();

  {
    g_autoptr(LpTrajectory) streamed = lp_reader_stream_load ((const char *) data, size, "fuzz");

    if (streamed != NULL)
      {
        g_autoptr(LpTrajectory) tree = lp_reader_tree_load ((const char *) data, size, "fuzz", NULL);
        g_autoptr(GBytes) s = lp_writer_serialize (streamed);
        g_autoptr(GBytes) w = NULL;

        if (tree == NULL)
          g_error ("the streaming reader accepted a file the tree reader refuses");
        w = lp_writer_serialize (tree);
        g_assert (g_bytes_equal (s, w));
      }
  }

  t = lp_reader_load_data ((const char *) data, size, "fuzz", &error);
  if (t == NULL)
    {
      g_assert (error != NULL);
      g_assert (error->message != NULL);
      return 0;
    }

  /* What loads must save, and load again to the same bytes. */
  {
    g_autoptr(GBytes) first = lp_writer_serialize (t);
    g_autoptr(GError) again_error = NULL;
    g_autoptr(LpTrajectory) again = lp_reader_load_data (g_bytes_get_data (first, NULL),
                                                         g_bytes_get_size (first), "again", &again_error);
    g_autoptr(GBytes) second = NULL;

    if (again == NULL)
      g_error ("a loaded document did not load after saving: %s", again_error->message);
    second = lp_writer_serialize (again);
    g_assert (g_bytes_equal (first, second));
  }
  return 0;
}
