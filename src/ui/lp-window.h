/* lp-window.h — one trajectory document window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "core/lp-trajectory.h"
#include "io/lp-file-stamp.h"

G_BEGIN_DECLS

#define LP_TYPE_WINDOW (lp_window_get_type ())
G_DECLARE_FINAL_TYPE (LpWindow, lp_window, LP, WINDOW, AdwApplicationWindow)

LpWindow     *lp_window_new            (GtkApplication *application);
/* A window showing file, or NULL (and no window) when it cannot be read;
 * reads it on this thread (for the files named when the application starts). */
LpWindow     *lp_window_new_for_file   (GtkApplication *application,
                                        GFile          *file,
                                        GError        **error);
LpTrajectory *lp_window_get_trajectory (LpWindow *self);
GFile        *lp_window_get_file       (LpWindow *self);
/* Reads and checks the file in a worker thread, then shows it; shows an
 * error dialog for a bad file (the window keeps what it had).  Returns
 * before the file is read. */
void          lp_window_open_file      (LpWindow *self, GFile *file);
/* Shows the file, or leaves the window as it was and returns FALSE; reads
 * it on this thread (for the files named when the application starts). */
gboolean      lp_window_load_file      (LpWindow *self, GFile *file, GError **error);
/* The error of a failed open, as a dialog on this window. */
void          lp_window_show_open_error (LpWindow *self, GFile *file, const GError *error);
gboolean      lp_window_is_modified    (LpWindow *self);
/* The session ends: unsaved changes go into a draft, the window goes. */
void          lp_window_end_session    (LpWindow *self);
/* Shows a recovered draft: the document of original (may be NULL), not
 * saved; the draft stays until the document is saved or discarded.  base
 * (may be NULL) stands for the bytes of original the draft was based on:
 * Save asks before replacing anything else; base_bytes (may be NULL) are
 * those bytes, when known, for Merge. */
void          lp_window_recover_draft  (LpWindow          *self,
                                        LpTrajectory      *trajectory,
                                        GFile             *original,
                                        const char        *draft_id,
                                        const LpFileStamp *base,
                                        GBytes            *base_bytes);
/* Shows a new, unsaved document (from a template). */
void          lp_window_set_document   (LpWindow     *self,
                                        LpTrajectory *trajectory);
/* Where drafts of unsaved work are kept. */
char         *lp_window_get_drafts_dir (void);

G_END_DECLS
