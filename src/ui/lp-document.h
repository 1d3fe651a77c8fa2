/* lp-document.h — a trajectory and its file: load, save, content check,
 * file monitor and drafts, between the window and the disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window shows a document; it does not read or write files itself.
 * Loading parses in a worker thread; saving serializes on this thread and
 * writes (fsync, rename, backup) in a worker.  A draft of unsaved work is
 * written about a second after the last change, in a worker, with the
 * stamp of the bytes it is based on.
 */
#pragma once

#include <gio/gio.h>
#include "core/lp-trajectory.h"
#include "io/lp-file-stamp.h"

G_BEGIN_DECLS

#define LP_TYPE_DOCUMENT (lp_document_get_type ())
G_DECLARE_FINAL_TYPE (LpDocument, lp_document, LP, DOCUMENT, GObject)

/* Signals: "replaced" (a new trajectory is shown: after load, recovery or
 * set), "changed-on-disk" (someone else wrote other bytes to the file),
 * "draft-failed" (the reason a draft for crash recovery could not be
 * written; NULL when one could again). */
LpDocument        *lp_document_new            (void);

LpTrajectory      *lp_document_get_trajectory (LpDocument *self);
GFile             *lp_document_get_file       (LpDocument *self);
gboolean           lp_document_is_modified    (LpDocument *self);
/* Whether a save is being written. */
gboolean           lp_document_is_saving      (LpDocument *self);
/* Whether someone else changed the file since it was loaded or saved. */
gboolean           lp_document_get_disk_changed (LpDocument *self);
/* Forgets that (after telling the user, or when they chose). */
void               lp_document_forget_disk_change (LpDocument *self);
/* File monitor events handled (for tests). */
guint              lp_document_get_disk_events  (LpDocument *self);

/* A new, unsaved trajectory without a file. */
void               lp_document_set_trajectory (LpDocument   *self,
                                               LpTrajectory *trajectory);
/* Reads file on this thread; FALSE (and nothing changes) for a bad file. */
gboolean           lp_document_load           (LpDocument  *self,
                                               GFile       *file,
                                               GError     **error);
/* Reads file in a worker thread. */
void               lp_document_load_async     (LpDocument          *self,
                                               GFile               *file,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean           lp_document_load_finish    (LpDocument    *self,
                                               GAsyncResult  *result,
                                               GError       **error);
/* Writes to file in a worker.  check: fail with LP_FILE_ERROR_CHANGED when
 * the file no longer holds the bytes loaded or last saved.  On success the
 * document is saved unless it was edited meanwhile. */
void               lp_document_save_async     (LpDocument          *self,
                                               GFile               *file,
                                               gboolean             check,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean           lp_document_save_finish    (LpDocument    *self,
                                               GAsyncResult  *result,
                                               GError       **error);
/* A recovered draft: trajectory (unsaved) of original (may be NULL), based
 * on the bytes base (may be NULL) stands for: base_bytes when known (may
 * be NULL), the base of a merge with the file on disk. */
void               lp_document_recover        (LpDocument        *self,
                                               LpTrajectory      *trajectory,
                                               GFile             *original,
                                               const char        *draft_id,
                                               const LpFileStamp *base,
                                               GBytes            *base_bytes);
/* The bytes the document was read from or last saved as (NULL when
 * unknown), a new reference: the base of a merge with the file on disk. */
GBytes            *lp_document_get_base       (LpDocument *self);
/* Whether a large base is kept compressed now (it is, a moment after it
 * became the base); for tests. */
gboolean           _lp_document_base_is_packed (LpDocument *self);
/* Their bytes (with their stamp, taken) were merged in: they are the new
 * base, and the next checked save expects them on disk. */
void               lp_document_set_merged     (LpDocument  *self,
                                               LpFileStamp *stamp,
                                               GBytes      *bytes);
/* Removes the draft (the changes were saved or discarded). */
void               lp_document_discard_draft  (LpDocument *self);
/* Writes the draft of unsaved changes now (at the end of a session). */
gboolean           lp_document_write_draft_now (LpDocument  *self,
                                                GError     **error);

G_END_DECLS
