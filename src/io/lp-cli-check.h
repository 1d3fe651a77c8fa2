/* lp-cli-check.h — leerplaats --check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Prints the problems of each file on stdout, one a line: "FILE: DATE:
 * TITLE: REASON" in the user's language.  Exit status 0 when every file
 * loads (with or without problems), 1 when one does not, 2 without files. */
int lp_cli_check (const char * const *files);

G_END_DECLS
