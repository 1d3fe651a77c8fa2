/* lp-recent-menu.h — the trajectories last opened or saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Fills menu with the ten trajectories last opened or saved that still
 * exist, newest first, each activating win.open-recent with its URI. */
void lp_recent_menu_rebuild (GMenu *menu);
/* Adds file to the recently used files. */
void lp_recent_menu_add     (GFile *file);

G_END_DECLS
