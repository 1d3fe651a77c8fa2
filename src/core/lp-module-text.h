/* lp-module-text.h — a module's properties as the user reads and types them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-module.h"

G_BEGIN_DECLS

/* The most participants a module's count takes. */
#define LP_MAX_PARTICIPANTS 1000000

/* The text of @module's property @name as an entry shows it: a string
 * property as it is (NULL as ""), "start-time" and "end-time" as HH:MM (""
 * when unset), "facilitators" joined with ", ", "participants-count" as a
 * whole number ("" when unset). */
char     *lp_module_property_to_text   (LpModule   *module,
                                        const char *name);

/* Reads @text (already stripped) as the value of the property @name, as
 * above; "facilitators" splits at commas and drops empty names.  Returns
 * FALSE, with a sentence for the user in @message, when @text cannot be that
 * value.  @value is initialised on success only. */
gboolean  lp_module_property_from_text (const char  *name,
                                        const char  *text,
                                        GValue      *value,
                                        const char **message);

G_END_DECLS
