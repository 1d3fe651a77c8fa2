/* lp-packed-bytes.c — bytes kept compressed (zlib) while nobody reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lp-packed-bytes.h"

#define FAST_LEVEL 1

/* Everything @converter makes of @bytes, or NULL and error; @guess is
 * the size to start with.  What is kept is held at its own size (the
 * array's room is let go: packed bytes live as long as their document). */
static GBytes *
convert_all (GConverter  *converter,
             GBytes      *bytes,
             gsize        guess,
             GError     **error)
{
  g_autoptr(GByteArray) out = g_byte_array_sized_new ((guint) MIN (guess, G_MAXUINT / 2));
  const guint8 *in = g_bytes_get_data (bytes, NULL);
  gsize in_left = g_bytes_get_size (bytes);
  guint8 chunk[64 * 1024];

  for (;;)
    {
      gsize read = 0, written = 0;
      GConverterResult r = g_converter_convert (converter, in, in_left, chunk, sizeof chunk,
                                                G_CONVERTER_INPUT_AT_END, &read, &written, error);

      if (r == G_CONVERTER_ERROR)
        return NULL;
      in += read;
      in_left -= read;
      g_byte_array_append (out, chunk, (guint) written);
      if (r == G_CONVERTER_FINISHED)
        return g_bytes_new (out->data, out->len);
    }
}

GBytes *
lp_packed_bytes_pack (GBytes *bytes)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB, FAST_LEVEL);

  g_return_val_if_fail (bytes != NULL, NULL);
  return convert_all (G_CONVERTER (compressor), bytes, g_bytes_get_size (bytes) / 4 + 64, NULL);
}

GBytes *
lp_packed_bytes_unpack (GBytes  *packed,
                        GError **error)
{
  g_autoptr(GZlibDecompressor) decompressor = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB);

  g_return_val_if_fail (packed != NULL, NULL);
  return convert_all (G_CONVERTER (decompressor), packed, g_bytes_get_size (packed) * 4 + 64, error);
}
