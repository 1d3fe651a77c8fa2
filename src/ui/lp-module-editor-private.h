/* lp-module-editor-private.h — for tests: reach the editor's fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-module-editor.h"

G_BEGIN_DECLS

/* name: "title", "start", "end", "start-time", "end-time", "facilitators",
 * "count", "participants", "location", "goals", "preparation",
 * "description", "notes".  For "start" and "end" the GtkEntry inside the
 * date field. */
GtkWidget  *_lp_module_editor_get_field      (LpModuleEditor *self,
                                              const char     *name);
/* The LpDateEntry of "start" or "end". */
GtkWidget  *_lp_module_editor_get_date_entry (LpModuleEditor *self,
                                              const char     *name);
/* The Kind drop-down (its model holds LpKind). */
/* The drop-down "kind", "track" or "status". */
GtkWidget  *_lp_module_editor_get_drop_down  (LpModuleEditor *self,
                                              const char     *name);
/* The error shown under that field, or NULL when none. */
const char *_lp_module_editor_get_error      (LpModuleEditor *self,
                                              const char     *name);

G_END_DECLS
