/* lp-menu-util.h — user text in menu labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A menu item's label marks its mnemonic with "_": @text (a file name, a
 * milestone's label) with every underscore doubled, so that it is shown as
 * written. "plan_2027" → "plan__2027". */
char *lp_menu_escape_underscores (const char *text);

G_END_DECLS
