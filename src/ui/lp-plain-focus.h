/* lp-plain-focus.h — text fields that never select their text on focus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* From now on, focus arriving in the field (Tab, a mnemonic, a window
 * opening, a program) leaves its text unselected, the cursor at its end,
 * so that the next key typed does not replace the text.  field is a
 * GtkEditable: a GtkText, or a widget that delegates to one (GtkEntry,
 * AdwEntryRow). */
void lp_plain_focus_attach (GtkWidget *field);

/* Gives widget the focus; in a text field (or a widget holding one, as
 * above) without selecting its text. */
void lp_plain_focus_grab   (GtkWidget *widget);

G_END_DECLS
