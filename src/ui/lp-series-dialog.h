/* lp-series-dialog.h — "Repeat…": asks how to repeat a module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/lp-series.h"

G_BEGIN_DECLS

#define LP_TYPE_SERIES_DIALOG (lp_series_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LpSeriesDialog, lp_series_dialog, LP, SERIES_DIALOG, AdwMessageDialog)

/* Presents the dialog for module, transient for parent; the answer "repeat"
 * makes the copies (lp_series_apply) as one undo step. */
LpSeriesDialog *lp_series_dialog_present  (GtkWindow      *parent,
                                           LpTrajectory   *trajectory,
                                           LpModule       *module);
/* The rule the dialog shows (for tests and callers that preset it). */
void            lp_series_dialog_set_rule (LpSeriesDialog     *self,
                                           const LpSeriesRule *rule);
void            lp_series_dialog_get_rule (LpSeriesDialog *self,
                                           LpSeriesRule   *rule);

G_END_DECLS
