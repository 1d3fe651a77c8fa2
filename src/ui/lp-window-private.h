/* lp-window-private.h — for tests: reach parts of the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-export-options-window.h"

#include "lp-presentation.h"
#include "lp-window.h"

G_BEGIN_DECLS

/* The menu of recent trajectories behind the Open split button. */
GMenuModel *_lp_window_get_recent_menu (LpWindow *self);

/* The editor panel. */
GtkWidget  *_lp_window_get_editor      (LpWindow *self);

/* Whether the open file was seen changed on disk by someone else. */
gboolean    _lp_window_get_disk_changed (LpWindow *self);

/* How many file monitor events the window has handled. */
guint       _lp_window_get_disk_events  (LpWindow *self);

/* The "changed on disk" toast on screen, or NULL. */
AdwToast   *_lp_window_get_disk_toast   (LpWindow *self);
/* The notice that drafts cannot be written, while it shows, or NULL. */
AdwToast   *_lp_window_get_draft_toast  (LpWindow *self);

/* Whether a save is being written (Save is insensitive meanwhile). */
gboolean    _lp_window_is_saving        (LpWindow *self);

/* The file chooser that is open (Open, Save As, Export), or NULL. */
GtkFileChooser *_lp_window_get_chooser  (LpWindow *self);
/* Export as PDF's first step (what to put on paper) while open, or NULL. */
LpExportOptionsWindow *_lp_window_get_export_options (LpWindow *self);

/* Presentation mode (F5). */
LpPresentation *_lp_window_get_presentation (LpWindow *self);

G_END_DECLS
