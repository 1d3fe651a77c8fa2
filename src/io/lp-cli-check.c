/* lp-cli-check.c — leerplaats --check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-cli.h"
#include "lp-cli-check.h"

int
lp_cli_check (const char * const *files)
{
  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("%s\n", _("--check needs at least one file"));
      return LP_EXIT_USAGE;
    }
  return LP_EXIT_OK;
}
