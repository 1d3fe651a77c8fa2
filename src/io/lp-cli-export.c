/* lp-cli-export.c — leerplaats --export-pdf
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Placeholder until the PDF exporter lands (issue: PDF export and
 * printing): refuses cleanly, writes nothing.
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-cli.h"

int
lp_cli_export_pdf (const char *output,
                   const char *file,
                   const char *paper,
                   const char *orientation,
                   gboolean    booklet)
{
  g_printerr ("%s\n", _("PDF export is not available in this version"));
  return 1;
}
