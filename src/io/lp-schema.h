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

/* The schema less the facets (<param>s) of its "date" and "time" defines
 * and of the participants' "count": LP_SCHEMA_LEAN_FACETS of them.  For
 * the streaming reader, whose walk parses every date and time exactly
 * (lp_date_parse, lp_time_parse: ten and five characters) and which checks
 * each count itself (lp-reader-stream.c).  libxml2 2.9.14 makes a schema
 * parser context and a dictionary for each facet it checks: with a count
 * and four dates and times in each module, most of validating a long
 * file.  NULL if it failed to compile or the schema is not as expected
 * (g_critical). */
#define LP_SCHEMA_LEAN_FACETS 3
xmlRelaxNGPtr lp_schema_get_lean (void);

/* The schema's text (RELAX NG XML), or NULL (reported with g_critical). */
GBytes       *lp_schema_get_bytes (void);

G_END_DECLS
