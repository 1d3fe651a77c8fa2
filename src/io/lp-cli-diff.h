/* lp-cli-diff.h — leerplaats --diff OLD NEW
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/lp-trajectory.h"

G_BEGIN_DECLS

/* Exit status as diff(1) gives it. */
typedef enum {
  LP_DIFF_SAME = 0,
  LP_DIFF_DIFFERENT = 1,
  LP_DIFF_TROUBLE = 2,
} LpDiffStatus;

/* Prints the changes from @files[0] to @files[1] on stdout, one a line, in
 * the interface language, ordered by date.  Anything but two files, or a
 * file that does not load (the loader's message, naming file and line, on
 * stderr), is LP_DIFF_TROUBLE. */
int lp_cli_diff (const char * const *files);

/* The day @path was last modified, in full in the interface language
 * ("15 March 2028"), for "Changes since …"; NULL when it cannot be read. */
char *lp_baseline_date_text (const char *path);

G_END_DECLS
