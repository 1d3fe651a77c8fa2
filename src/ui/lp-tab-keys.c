/* lp-tab-keys.c — Tab and Shift+Tab through the items of a view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include "lp-tab-keys.h"

int
lp_tab_keys_direction (guint           keyval,
                       GdkModifierType state)
{
  if (keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab && keyval != GDK_KEY_ISO_Left_Tab)
    return 0;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return 0;
  return ((state & GDK_SHIFT_MASK) != 0 || keyval == GDK_KEY_ISO_Left_Tab) ? -1 : 1;
}
