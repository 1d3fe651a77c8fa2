/* lp-print-operation.h — printing with the same choices as Export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The print dialog has a "Printout" tab with contents, participant version,
 * lanes (with or without the joint lanes) and fit; the paper is that of the
 * dialog's page setup, and the pages are laid out for it.  Preview shows the
 * pages in a window of the application.
 */
#pragma once

#include <gtk/gtk.h>
#include "lp-export-choices.h"

G_BEGIN_DECLS

/* An operation printing a copy of trajectory; choices (may be NULL: the
 * remembered ones) are what the tab starts with.  NULL with error set when
 * the copy cannot be made. */
GtkPrintOperation *lp_print_operation_new (LpTrajectory          *trajectory,
                                           const LpExportChoices *choices,
                                           GError               **error);

/* Runs the print dialog for trajectory on parent; says what failed. */
void               lp_print_operation_run_dialog (GtkWindow    *parent,
                                                  LpTrajectory *trajectory);

G_END_DECLS
