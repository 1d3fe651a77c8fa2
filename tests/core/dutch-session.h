/* dutch-session.h — a test in a Dutch session: LANGUAGE=nl with the build
 * tree's catalogue, and back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gi18n.h>
#include <locale.h>

/* The message locale before begin_dutch_session. */
static char *dutch_session_messages;

/* Switches messages to Dutch from LEERPLAATS_LOCALEDIR; returns the
 * LANGUAGE to restore through end_dutch_session (*ok FALSE, and the test
 * skipped, when that folder is not set). */
static inline char *
begin_dutch_session (gboolean *ok)
{
  const char *localedir = g_getenv ("LEERPLAATS_LOCALEDIR");
  char *old = g_strdup (g_getenv ("LANGUAGE"));

  *ok = localedir != NULL;
  if (!*ok)
    {
      g_test_skip ("LEERPLAATS_LOCALEDIR is not set (run through meson test)");
      return old;
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_setenv ("LANGUAGE", "nl", TRUE);
  g_free (dutch_session_messages);
  dutch_session_messages = g_strdup (setlocale (LC_MESSAGES, NULL));
  setlocale (LC_MESSAGES, "");
  return old;
}

/* Puts LANGUAGE and the message locale back as begin_dutch_session
 * found them (setlocale also makes gettext forget what it looked up). */
static inline void
end_dutch_session (const char *old)
{
  if (old != NULL)
    g_setenv ("LANGUAGE", old, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  if (dutch_session_messages != NULL)
    setlocale (LC_MESSAGES, dutch_session_messages);
  g_clear_pointer (&dutch_session_messages, g_free);
}
