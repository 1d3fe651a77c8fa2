/* lp-schema-explain.h — why a file does not follow the schema, in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* Looks through @doc, which the schema refused, in document order, for
 * the first element that breaks the schema's plain rules: an attribute it
 * lacks, has too many or gives a value outside its list or out of range;
 * a child element missing, unknown, out of order, repeated or in another
 * namespace; text where there may be none.  The rules are read from the
 * schema itself.  TRUE with @error set ("NAME:LINE: <module> is missing
 * the attribute “track”"); FALSE when none is found (the schema refused
 * something else: a value's pattern or length). */
gboolean lp_schema_explain (xmlDocPtr    doc,
                            const char  *name,
                            GError     **error);

G_END_DECLS
