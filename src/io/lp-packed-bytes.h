/* lp-packed-bytes.h — bytes kept compressed (zlib) while nobody reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* @bytes compressed, fast rather than small (a trajectory file shrinks to
 * a tenth or less); NULL when zlib fails.  Safe in any thread. */
GBytes *lp_packed_bytes_pack   (GBytes  *bytes);
/* The bytes lp_packed_bytes_pack () was given, or NULL and G_IO_ERROR when
 * @packed is not such bytes. */
GBytes *lp_packed_bytes_unpack (GBytes  *packed,
                                GError **error);

G_END_DECLS
