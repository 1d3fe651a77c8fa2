/* test-packed-bytes.c — bytes kept compressed: they come back whole, they
 * are smaller, and bytes that were never packed are refused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "io/lp-packed-bytes.h"

/* Empty, short and 3 MB of repeating XML come back byte for byte; the XML
 * packs to under a fifth. */
static void
test_round_trip (void)
{
  GString *xml = g_string_new ("<modules>");
  const char *small = "<module id=\"m1\"/>";

  while (xml->len < 3 * 1024 * 1024)
    g_string_append_printf (xml, "<module id=\"m%zu\"><title>Intervisie %zu</title></module>\n",
                            xml->len, xml->len % 97);
  {
    g_autoptr(GBytes) large = g_string_free_to_bytes (xml);
    GBytes *cases[] = { g_bytes_new_static ("", 0), g_bytes_new_static (small, strlen (small)), large };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(GBytes) packed = lp_packed_bytes_pack (cases[i]);
        g_autoptr(GBytes) back = NULL;
        g_autoptr(GError) error = NULL;

        g_assert_nonnull (packed);
        back = lp_packed_bytes_unpack (packed, &error);
        g_assert_no_error (error);
        g_assert_true (g_bytes_equal (back, cases[i]));
        if (cases[i] == large)
          g_assert_cmpuint (g_bytes_get_size (packed), <, g_bytes_get_size (large) / 5);
      }
    g_bytes_unref (cases[0]);
    g_bytes_unref (cases[1]);
  }
}

/* Plain text, and packed bytes cut short, give an error and no bytes. */
static void
test_not_packed (void)
{
  const char *text = "<trajectory/>";
  g_autoptr(GBytes) plain = g_bytes_new_static (text, strlen (text));
  g_autoptr(GBytes) packed = lp_packed_bytes_pack (plain);
  g_autoptr(GBytes) cut = g_bytes_new_from_bytes (packed, 0, g_bytes_get_size (packed) - 4);
  GBytes *refused[] = { plain, cut };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) back = lp_packed_bytes_unpack (refused[i], &error);

      g_assert_null (back);
      g_assert_nonnull (error);
      g_assert_true (error->domain == G_IO_ERROR);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/io/packed-bytes/round-trip", test_round_trip);
  g_test_add_func ("/io/packed-bytes/not-packed", test_not_packed);
  return g_test_run ();
}
