/* fuzz-replay.c — replays the fuzzing corpus (and any files given) through
 * the fuzz harness as an ordinary test, without libFuzzer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
replay_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  /* and every truncation of small inputs */
  if (length < 4096)
    for (gsize n = 0; n < length; n += 7)
      LLVMFuzzerTestOneInput ((const uint8_t *) contents, n);
}

static void
test_corpus (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "corpus", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      replay_file (path);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
  g_test_message ("replayed %u corpus files", n);
}

int
main (int argc, char *argv[])
{
  if (argc > 1 && argv[1][0] != '-')
    {
      for (int i = 1; i < argc; i++)
        replay_file (argv[i]);
      return 0;
    }

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/fuzz/replay-corpus", test_corpus);
  return g_test_run ();
}
