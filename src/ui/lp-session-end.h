/* lp-session-end.h — ending well when the system ends the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* SIGTERM (logging out, shutting down), SIGHUP (the terminal went) and
 * SIGINT (Ctrl+C in the terminal) end application as a session's end
 * does: each window keeps its unsaved changes as a draft and releases its
 * lock, then the application quits. */
void lp_session_end_install (GtkApplication *application);

G_END_DECLS
