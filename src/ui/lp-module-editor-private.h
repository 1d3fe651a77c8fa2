/* lp-module-editor-private.h — for tests: reach the editor's fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-module-editor.h"

G_BEGIN_DECLS

/* name: "title", "start", "end", "start-time", "end-time", "facilitators",
 * "count", "participants", "location", "goals", "preparation",
 * "description", "notes"; or "error" for the inline error label. */
GtkWidget *_lp_module_editor_get_field (LpModuleEditor *self,
                                        const char     *name);

G_END_DECLS
