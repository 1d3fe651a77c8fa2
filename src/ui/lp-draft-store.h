/* lp-draft-store.h — drafts of unsaved work, kept for crash recovery
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A draft is ID.leerplaats (the document) and ID.ini (the file it belongs
 * to, its title, the time, the size and SHA-256 of the bytes on disk it
 * was based on, and the process that writes it) in the user data
 * directory, and ID.base-SHA: those bytes (zlib), for a merge with the
 * file on disk after recovery.  The windows write and remove
 * drafts; the application lists them at start-up.
 */
#pragma once

#include <gio/gio.h>
#include "io/lp-file-stamp.h"

G_BEGIN_DECLS

typedef struct {
  char    *id;
  char    *title;
  char    *uri;           /* the file the draft belongs to, or NULL */
  char    *base_sha256;   /* of the bytes it was based on, or NULL */
  guint64  base_size;
  gboolean live;          /* its process still runs (this one, or another
                           * Leerplaats of the same user): not left behind */
} LpDraft;

void       lp_draft_free                (LpDraft *draft);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LpDraft, lp_draft_free)

/* Where drafts are kept. */
char      *lp_draft_store_get_dir       (void);
/* The document of draft id. */
char      *lp_draft_store_get_path      (const char *id);
/* Every draft there is (LpDraft elements). */
GPtrArray *lp_draft_store_list          (void);
/* The drafts left behind by a process that has gone: those to offer. */
GPtrArray *lp_draft_store_list_left     (void);
/* The bytes draft was based on, as kept with it; NULL when they were not
 * kept or are not the bytes its description names. */
GBytes    *lp_draft_store_read_base     (const LpDraft *draft);
/* Removes the files of draft id. */
void       lp_draft_store_remove        (const char *id);

/* Writes the draft in a worker thread (bytes serialized by the caller);
 * original and base may be NULL.  base_bytes (may be NULL) are the bytes
 * base stands for, zlib-packed (lp_packed_bytes_pack) when base_packed. */
void       lp_draft_store_write_async   (const char          *id,
                                         GBytes              *bytes,
                                         GFile               *original,
                                         const char          *title,
                                         const LpFileStamp   *base,
                                         GBytes              *base_bytes,
                                         gboolean             base_packed,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean   lp_draft_store_write_finish  (GAsyncResult        *result,
                                         GError             **error);
/* The same, here and now (at the end of a session); a write still
 * running in a worker does not replace it afterwards. */
gboolean   lp_draft_store_write         (const char          *id,
                                         GBytes              *bytes,
                                         GFile               *original,
                                         const char          *title,
                                         const LpFileStamp   *base,
                                         GBytes              *base_bytes,
                                         gboolean             base_packed,
                                         GError             **error);

/* For tests: hook (user_data) is called in the thread that writes a
 * draft, before it writes anything; NULL for none.  When it returns FALSE
 * (with @error set) the draft is not written, as when the disk is full. */
typedef gboolean (*LpDraftWriteHook) (gpointer   user_data,
                                      GError   **error);
void       _lp_draft_store_set_write_hook (LpDraftWriteHook  hook,
                                           gpointer          user_data);

/* Whether a draft's base is what file holds now: TRUE also when the draft
 * has no file or no base recorded. */
gboolean   lp_draft_base_matches        (const LpDraft       *draft,
                                         const LpFileStamp   *on_disk);

/* Milliseconds after the last change before a draft is written:
 * LEERPLAATS_AUTOSAVE_INTERVAL (seconds) when set, else one second. */
guint      lp_draft_store_delay_ms      (void);

G_END_DECLS
