/* lp-cli.c — leerplaats --validate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-cli.h"
#include "lp-reader.h"

int
lp_cli_validate (const char * const *files)
{
  int status = LP_EXIT_OK;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("%s\n", _("--validate needs at least one file"));
      return LP_EXIT_USAGE;
    }

  lp_reader_init ();

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      g_autoptr(LpTrajectory) trajectory = NULL;
      gsize length = 0;

      if (!lp_reader_read_path (files[i], files[i], &contents, &length, &error))
        {
          g_printerr ("%s\n", error->message);
          status = LP_EXIT_FAILED;
          continue;
        }

      trajectory = lp_reader_load_data (contents, length, files[i], &error);
      if (trajectory == NULL)
        {
          g_printerr ("%s\n", error->message);
          status = LP_EXIT_FAILED;
          continue;
        }

      {
        guint n = g_list_model_get_n_items (lp_trajectory_get_modules (trajectory));
        /* TRANSLATORS: "FILE: valid (N modules)" */
        g_print (g_dngettext (GETTEXT_PACKAGE, "%s: valid (%u module)\n", "%s: valid (%u modules)\n", n),
                 files[i], n);
      }
    }

  return status;
}
