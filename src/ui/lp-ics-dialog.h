/* lp-ics-dialog.h — File → Export → Calendar: the chooser and the export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "core/lp-trajectory.h"

G_BEGIN_DECLS

/* Shows the chooser (choices: all lanes or one, with or without the
 * milestones) and exports on Export, telling the result on @overlay.
 * Returns the chooser (owned by the caller, for tests). */
GtkFileChooserNative *lp_ics_dialog_show (GtkWindow       *parent,
                                          AdwToastOverlay *overlay,
                                          LpTrajectory    *trajectory,
                                          GFile           *document);

/* Gives @trajectory a uid when it has none (without an undo step): derived
 * from @document's path, so that exports of one file keep their UIDs until
 * it is saved with the uid, or random for a document never saved. */
void lp_ics_dialog_ensure_uid (LpTrajectory *trajectory,
                               GFile        *document);

/* The export itself: @track_id NULL or "" for all lanes. */
gboolean lp_ics_dialog_export (LpTrajectory  *trajectory,
                               GFile         *document,
                               const char    *path,
                               const char    *track_id,
                               gboolean       milestones,
                               GError       **error);

G_END_DECLS
