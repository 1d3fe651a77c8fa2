/* lp-module-editor.h — the editor panel for the selected module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "core/lp-trajectory.h"

G_BEGIN_DECLS

#define LP_TYPE_MODULE_EDITOR (lp_module_editor_get_type ())
G_DECLARE_FINAL_TYPE (LpModuleEditor, lp_module_editor, LP, MODULE_EDITOR, GtkWidget)

/* Properties: "trajectory", "module" (NULL shows a placeholder).  Every
 * field change is one undo step through LpTrajectory; invalid input is shown
 * inline and never stored. */
GtkWidget    *lp_module_editor_new            (void);
LpTrajectory *lp_module_editor_get_trajectory (LpModuleEditor *self);
void          lp_module_editor_set_trajectory (LpModuleEditor *self, LpTrajectory *trajectory);
LpModule     *lp_module_editor_get_module     (LpModuleEditor *self);
void          lp_module_editor_set_module     (LpModuleEditor *self, LpModule *module);
/* Move keyboard focus to the first field (title). */
void          lp_module_editor_focus_first    (LpModuleEditor *self);
/* The focus on item @index of the module's programme (the Programme
 * section); FALSE when it has no such item. */
gboolean      lp_module_editor_focus_agenda_item (LpModuleEditor *self, guint index);

G_END_DECLS
