/* lp-window-private.h — for tests: reach parts of the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-window.h"

G_BEGIN_DECLS

/* The menu of recent trajectories behind the Open split button. */
GMenuModel *_lp_window_get_recent_menu (LpWindow *self);

/* The editor panel. */
GtkWidget  *_lp_window_get_editor      (LpWindow *self);

/* Whether the open file was seen changed on disk by someone else. */
gboolean    _lp_window_get_disk_changed (LpWindow *self);

G_END_DECLS
