/* lp-writer-private.h — what the writer's parts share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/lp-module.h"

G_BEGIN_DECLS

/* lp-writer.c: two spaces a @level; ` name="value"` escaped (nothing when @value is NULL), and
 * <name>text</name> on its own line at @level (nothing when @text is empty). */
void lp_writer_indent       (GString *s, guint level);
void lp_writer_attr         (GString *s, const char *name, const char *value);
void lp_writer_text_element (GString *s, guint level, const char *name, const char *text);

/* lp-writer-agenda.c: the module's <agenda> at @level, nothing when it is
 * empty. */
void lp_writer_agenda       (GString *s, guint level, LpModule *module);

G_END_DECLS
