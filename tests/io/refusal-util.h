/* refusal-util.h — the io tests' check that a file is refused: loading it
 * fails with a message that names the file and the line, and says what is
 * wrong
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "io/lp-reader.h"

/* Loading text as the file name fails with "name:line: " and then a message
 * that contains words. */
static inline void
assert_load_refused (const char *text,
                     const char *name,
                     guint       line,
                     const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = lp_reader_load_data (text, strlen (text), name, &error);
  g_autofree char *prefix = g_strdup_printf ("%s:%u: ", name, line);

  g_assert_null (t);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_cmpuint (lp_reader_error_get_line (error), ==, line);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_nonnull (strstr (error->message + strlen (prefix), words));
}
