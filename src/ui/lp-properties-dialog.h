/* lp-properties-dialog.h — trajectory properties, tracks, milestones, periods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "core/lp-trajectory.h"

G_BEGIN_DECLS

#define LP_TYPE_PROPERTIES_DIALOG (lp_properties_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LpPropertiesDialog, lp_properties_dialog, LP, PROPERTIES_DIALOG, AdwPreferencesWindow)

/* A modal window, transient for parent, that edits the trajectory's title,
 * client, author, description and period, and its tracks (name, participant
 * group, order), milestones (name, kind, date) and periods (name, kind,
 * dates).  Every change is one undo step in the trajectory's history.
 *
 * For tests, the fields are named (gtk_widget_get_name): "span-start" and
 * "span-end" (LpDateEntry), and "<id>-<property>" for a track's, milestone's
 * or period's date field or drop-down ("b1-start", "t1-group", "e1-kind"),
 * and "<id>-name", "<id>-up", "<id>-down" and "<id>-delete" for its name
 * row and buttons.
 *
 * After a move or a deletion the focus stays on the row acted on (or the
 * row now in the deleted one's place), and no text is selected.  Ctrl+Z
 * (action "properties.undo"; Shift+Ctrl+Z and Ctrl+Y "properties.redo")
 * undoes the focused field's own edit while it has one that is not stored,
 * else the document's last step. */
LpPropertiesDialog *lp_properties_dialog_new            (GtkWindow          *parent,
                                                         LpTrajectory       *trajectory);
LpTrajectory       *lp_properties_dialog_get_trajectory (LpPropertiesDialog *self);
/* Creates the dialog and presents it; returns it (owned by GTK). */
GtkWidget          *lp_properties_dialog_present        (GtkWindow          *parent,
                                                         LpTrajectory       *trajectory);

G_END_DECLS
