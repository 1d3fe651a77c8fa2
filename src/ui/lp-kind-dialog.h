/* lp-kind-dialog.h — create or edit one of the project's own module kinds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "core/lp-trajectory.h"

G_BEGIN_DECLS

#define LP_TYPE_KIND_DIALOG (lp_kind_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LpKindDialog, lp_kind_dialog, LP, KIND_DIALOG, AdwWindow)

/* A modal dialog, transient for parent.  kind NULL: create a new own kind;
 * else kind must be an own kind of trajectory, and saving changes only the
 * properties that differ, as one undo step.
 *
 * Signal "saved" (LpKind*): after the kind was added or changed, just before
 * the dialog closes. */
LpKindDialog *lp_kind_dialog_new      (GtkWindow    *parent,
                                       LpTrajectory *trajectory,
                                       LpKind       *kind);
LpTrajectory *lp_kind_dialog_get_trajectory (LpKindDialog *self);
/* The kind being edited, or after a successful create the new one; NULL
 * before that. */
LpKind       *lp_kind_dialog_get_kind (LpKindDialog *self);
/* Validates and saves what the fields say; does not close the dialog.
 * FALSE (and an inline error) when the name is empty or another kind's
 * (built-in or own, in any case). */
gboolean      lp_kind_dialog_apply    (LpKindDialog *self);

G_END_DECLS
