/* lp-cli.c — leerplaats --validate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "lp-cli.h"
#include "lp-reader.h"

char *
lp_cli_display_name (const char *file)
{
  GString *out = g_string_new (NULL);

  for (const guchar *p = (const guchar *) file; *p != '\0'; p++)
    if (*p == '\n')
      g_string_append (out, "\\n");
    else if (*p == '\t')
      g_string_append (out, "\\t");
    else if (*p == '\r')
      g_string_append (out, "\\r");
    else if (*p < 0x20 || *p == 0x7f)
      g_string_append_printf (out, "\\x%02x", *p);
    else
      g_string_append_c (out, (char) *p);
  return g_string_free (out, FALSE);
}

/* The trajectory in @file, or NULL with @error set (the loader's message,
 * naming file and line). */
static LpTrajectory *
lp_cli_read_trajectory (const char  *file,
                        GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = lp_cli_display_name (file);
  gsize length = 0;

  lp_reader_init ();
  if (!lp_reader_read_path (file, name, &contents, &length, error))
    return NULL;
  return lp_reader_load_data (contents, length, name, error);
}

LpTrajectory *
lp_cli_load_trajectory (const char *file)
{
  g_autoptr(GError) error = NULL;
  LpTrajectory *trajectory = lp_cli_read_trajectory (file, &error);

  if (trajectory == NULL)
    g_printerr ("%s\n", error->message);
  return trajectory;
}

int
lp_cli_each_file (const char * const *files,
                  const char         *usage,
                  LpCliFileFunc       func)
{
  int status = LP_EXIT_OK;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("%s\n", usage);
      return LP_EXIT_USAGE;
    }
  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(LpTrajectory) trajectory = lp_cli_load_trajectory (files[i]);
      g_autofree char *name = lp_cli_display_name (files[i]);

      if (trajectory == NULL)
        status = LP_EXIT_FAILED;
      else
        func (name, trajectory);
    }
  return status;
}

static void
print_valid (const char   *file,
             LpTrajectory *trajectory)
{
  guint n = g_list_model_get_n_items (lp_trajectory_get_modules (trajectory));

  /* TRANSLATORS: "FILE: valid (N modules)" */
  g_print (g_dngettext (GETTEXT_PACKAGE, "%s: valid (%u module)\n", "%s: valid (%u modules)\n", n),
           file, n);
}

int
lp_cli_validate (const char * const *files)
{
  return lp_cli_each_file (files, _("--validate needs at least one file"), print_valid);
}
