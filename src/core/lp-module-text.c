/* lp-module-text.c — a module's properties as the user reads and types them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-date.h"
#include "lp-module-text.h"

static gboolean
is_time (const char *name)
{
  return g_str_equal (name, "start-time") || g_str_equal (name, "end-time");
}

char *
lp_module_property_to_text (LpModule   *module,
                            const char *name)
{
  g_return_val_if_fail (LP_IS_MODULE (module), NULL);

  if (is_time (name))
    {
      int minutes = LP_TIME_NONE;
      char buf[LP_TIME_TEXT_SIZE];

      g_object_get (module, name, &minutes, NULL);
      return g_strdup (lp_time_format (minutes, buf));
    }
  if (g_str_equal (name, "facilitators"))
    return g_strjoinv (", ", (char **) lp_module_get_facilitators (module));
  if (g_str_equal (name, "participants-count"))
    {
      int count = lp_module_get_participants_count (module);
      return count == LP_COUNT_NONE ? g_strdup ("") : g_strdup_printf ("%d", count);
    }
  {
    char *text = NULL;

    g_object_get (module, name, &text, NULL);
    return text != NULL ? text : g_strdup ("");
  }
}

static GStrv
split_names (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_strv_builder_add (builder, parts[i]);
  return g_strv_builder_end (builder);
}

gboolean
lp_module_property_from_text (const char  *name,
                              const char  *text,
                              GValue      *value,
                              const char **message)
{
  g_return_val_if_fail (name != NULL && text != NULL && value != NULL, FALSE);

  if (is_time (name))
    {
      int minutes = LP_TIME_NONE;

      if (*text != '\0' && !lp_time_parse (text, &minutes))
        {
          *message = _("Write the time as HH:MM, for example 09:30.");
          return FALSE;
        }
      g_value_init (value, G_TYPE_INT);
      g_value_set_int (value, minutes);
    }
  else if (g_str_equal (name, "facilitators"))
    {
      g_value_init (value, G_TYPE_STRV);
      g_value_take_boxed (value, split_names (text));
    }
  else if (g_str_equal (name, "participants-count"))
    {
      guint64 n = 0;

      if (*text != '\0' && !g_ascii_string_to_unsigned (text, 10, 0, LP_MAX_PARTICIPANTS, &n, NULL))
        {
          *message = _("Write the number of participants as a whole number.");
          return FALSE;
        }
      g_value_init (value, G_TYPE_INT);
      g_value_set_int (value, *text == '\0' ? LP_COUNT_NONE : (int) n);
    }
  else
    {
      g_value_init (value, G_TYPE_STRING);
      g_value_set_string (value, text);
    }
  return TRUE;
}
