/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "io/lp-cli.h"
#include "io/lp-reader.h"
#include "ui/lp-application.h"
#include "ui/lp-renderer-choice.h"

/* GApplication exits with 1 on a command-line error, but wrong usage exits
 * with LP_EXIT_USAGE (2).  Check the options first, exactly as the
 * application will parse them (without --help, which GApplication handles). */
static gboolean
check_usage (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) copy = NULL;
  char **args;
  int n = argc;
  GOptionEntry entries[32];
  const GOptionEntry *app_entries = lp_application_get_option_entries ();
  guint i;

  for (int j = 1; j < argc; j++)
    if (g_str_has_prefix (argv[j], "--help") || strcmp (argv[j], "-h") == 0 ||
        strcmp (argv[j], "-?") == 0 || g_str_has_prefix (argv[j], "--gapplication"))
      return TRUE;

  /* Same names and types, with storage of our own. */
  for (i = 0; app_entries[i].long_name != NULL && i < G_N_ELEMENTS (entries) - 1; i++)
    {
      static gpointer sink[32][2];
      entries[i] = app_entries[i];
      entries[i].arg_data = sink[i];
    }
  memset (&entries[i], 0, sizeof entries[i]);

  copy = g_new0 (char *, argc + 1);
  for (int j = 0; j < argc; j++)
    copy[j] = g_strdup (argv[j]);
  args = g_memdup2 (copy, sizeof (char *) * (argc + 1));

  context = g_option_context_new (NULL);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &n, &args, &error))
    {
      g_printerr ("%s: %s\n", g_get_prgname (), error->message);
      g_printerr (_("Run “%s --help” to see the options.\n"), g_get_prgname ());
      g_free (args);
      return FALSE;
    }
  g_free (args);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LpApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* `meson devenv` points this at the build tree's compiled catalogues */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("LEERPLAATS_LOCALEDIR") ? g_getenv ("LEERPLAATS_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("leerplaats");
  if (!check_usage (argc, argv))
    return LP_EXIT_USAGE;

  lp_reader_init ();
  lp_renderer_apply ();

  app = lp_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
