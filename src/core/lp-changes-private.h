/* lp-changes-private.h — how the change list writes values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-changes.h"

G_BEGIN_DECLS

/* The longest value a change line shows, in characters, before "…". */
#define LP_CHANGE_VALUE_MAX 60

/* "5 Oct 2026" for one day, "5 Oct 2026 – 7 Oct 2026" for more. */
char *lp_changes_span_text  (LpDate start, LpDate end);
/* @value on one line (as lp_changes_name_text), cut at
 * LP_CHANGE_VALUE_MAX characters; "—" when NULL or empty. */
char *lp_changes_value_text (const char *value);
/* A name on one line: control characters as spaces, bidi controls left out. */
char *lp_changes_name_text  (const char *name);

G_END_DECLS
