/* lp-palette-private.h — test hooks of LpPalette
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-kind-dialog.h"
#include "lp-palette.h"

G_BEGIN_DECLS

/* Actions on the palette: "palette.new-kind", "palette.edit-kind" and
 * "palette.delete-kind" (parameter "s": the own kind's id) and
 * "palette.show-menu" (the focused own kind's menu; Shift+F10, Menu). */

/* The "New Module Kind…" button at the bottom */
GtkWidget    *_lp_palette_get_new_button (LpPalette *self);
/* The new/edit kind dialog the palette opened, while it is open; else NULL */
LpKindDialog *_lp_palette_get_dialog     (LpPalette *self);
/* The list row of that kind, or NULL */
GtkWidget    *_lp_palette_get_row        (LpPalette *self,
                                          LpKind    *kind);

G_END_DECLS
