/* lp-toast-util.h — toasts that the program takes away itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Takes a toast added to overlay away, safely for libadwaita 1.2: that
 * frees a toast when its hide animation ends and crashes when its show
 * animation (up to 500 ms) ends after that.  A queued toast goes at once;
 * one on screen at the first frame at least 600 ms after it was first seen
 * there.  Only on the main thread: anywhere else, a critical warning
 * and the toast stays. */
void lp_toast_withdraw (AdwToastOverlay *overlay,
                        AdwToast        *toast);

/* Adds toast (taking it, as adw_toast_overlay_add_toast () does) and
 * remembers it until it is dismissed.  Main thread only. */
void     lp_toast_show         (AdwToastOverlay *overlay,
                                AdwToast        *toast);
/* Adds toast after taking away, as lp_toast_withdraw () does, every toast
 * that lp_toast_show () added to overlay and that is still there: the
 * toast comes next, without libadwaita's high priority. */
void     lp_toast_show_urgent  (AdwToastOverlay *overlay,
                                AdwToast        *toast);
/* Whether toast is on screen in overlay now (showing, shown or hiding). */
gboolean lp_toast_is_on_screen (AdwToastOverlay *overlay,
                                AdwToast        *toast);

G_END_DECLS
