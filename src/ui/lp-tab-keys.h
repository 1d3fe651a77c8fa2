/* lp-tab-keys.h — Tab and Shift+Tab through the items of a view, as the
 * timeline and the day view take them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The step a key press takes through a view's items: 1 for Tab, -1 for
 * Shift+Tab (Tab with Shift, or ISO_Left_Tab as X sends it), 0 for any other
 * key and for Tab with Ctrl or Alt, which the view leaves to GTK. */
int lp_tab_keys_direction (guint           keyval,
                           GdkModifierType state);

G_END_DECLS
