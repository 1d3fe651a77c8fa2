/* lp-palette-row.h — one module kind in the palette
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "core/lp-kind.h"

G_BEGIN_DECLS

#define LP_TYPE_PALETTE_ROW (lp_palette_row_get_type ())
G_DECLARE_FINAL_TYPE (LpPaletteRow, lp_palette_row, LP, PALETTE_ROW, GtkListBoxRow)

/* A row showing the kind's colour, name and work form, dragged as the
 * kind.  An own kind's row has a menu button with "palette.edit-kind" and
 * "palette.delete-kind" for its id. */
GtkWidget *lp_palette_row_new             (LpKind       *kind);
LpKind    *lp_palette_row_get_kind        (LpPaletteRow *self);
/* The menu button of an own kind's row; NULL for a built-in kind. */
GtkWidget *lp_palette_row_get_menu_button (LpPaletteRow *self);

G_END_DECLS
