/* lp-schema.h — the RELAX NG schema of the format, compiled once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/relaxng.h>

G_BEGIN_DECLS

/* The compiled schema (from the GResource), or NULL if it failed to compile
 * (a build error, reported once with g_critical).  Owned by the module. */
xmlRelaxNGPtr lp_schema_get (void);

/* The schema's text (RELAX NG XML), or NULL (reported with g_critical). */
GBytes       *lp_schema_get_bytes (void);

G_END_DECLS
