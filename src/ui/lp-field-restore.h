/* lp-field-restore.h — Escape puts back what a text field said
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LP_TYPE_FIELD_RESTORE (lp_field_restore_get_type ())
G_DECLARE_FINAL_TYPE (LpFieldRestore, lp_field_restore, LP, FIELD_RESTORE, GObject)

/* Watches field (a GtkEditable or a GtkTextView): it notes the text when the
 * focus arrives; Escape, when the text differs from it, puts that text back
 * (storing nothing) and emits "restored"; when it does not differ, Escape
 * goes on to the widgets around (a pane's own Escape).  The field owns the
 * returned object. */
LpFieldRestore *lp_field_restore_new  (GtkWidget      *field);
/* What the field says now becomes what Escape puts back (after Enter stored it). */
void            lp_field_restore_keep (LpFieldRestore *self);

G_END_DECLS
