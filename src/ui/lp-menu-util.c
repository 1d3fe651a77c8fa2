/* lp-menu-util.c — user text in menu labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "lp-menu-util.h"

char *
lp_menu_escape_underscores (const char *text)
{
  GString *label;

  g_return_val_if_fail (text != NULL, NULL);

  label = g_string_sized_new (strlen (text) + 4);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_')
        g_string_append_c (label, '_');
      g_string_append_c (label, *p);
    }
  return g_string_free (label, FALSE);
}
