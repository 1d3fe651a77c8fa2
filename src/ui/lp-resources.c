/* lp-resources.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "lp-resources.h"
#include "lp-ui-resources.h"

void
lp_ui_ensure_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      lp_ui_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}
