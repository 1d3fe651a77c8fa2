/* cli-run-util.h — running the leerplaats program ($LEERPLAATS) as a
 * process, as a user's shell would, without a display or a session bus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sys/wait.h>

/* Runs $LEERPLAATS with args (NULL-terminated), in language when not NULL
 * (LANGUAGE); stores stdout and stderr (free them) and returns the exit
 * status, failing the test when the program did not exit by itself. */
static inline int
cli_run (const char         *language,
         const char * const *args,
         char              **out,
         char              **err)
{
  const char *exe = g_getenv ("LEERPLAATS");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_assert_nonnull (exe);
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_unsetenv (envp, "DBUS_SESSION_BUS_ADDRESS");
  if (language != NULL)
    envp = g_environ_setenv (envp, "LANGUAGE", language, TRUE);
  g_ptr_array_add (argv, (gpointer) exe);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT,
                               NULL, NULL, out, err, &status, &error));
  g_assert_no_error (error);
  g_test_message ("stdout: %s\nstderr: %s", *out, *err);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* A file under files/ beside the test's source. */
static inline char *
cli_fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "files", name, NULL);
}
