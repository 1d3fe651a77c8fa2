/* lp-kind-dialog-private.h — test hooks of LpKindDialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-kind-dialog.h"

G_BEGIN_DECLS

/* The input widgets by name: "name" (AdwEntryRow), "theme" and "work-form"
 * (AdwComboRow, positions as lp_library_get_theme_nth () and
 * lp_library_get_work_forms ()), "days" (GtkSpinButton), "theme-color"
 * (GtkSwitch), "color" (GtkColorButton), "name-error" (GtkLabel),
 * "save" (GtkButton).  NULL for an unknown name. */
GtkWidget *_lp_kind_dialog_get_widget (LpKindDialog *self,
                                       const char   *name);

G_END_DECLS
