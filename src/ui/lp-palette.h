/* lp-palette.h — the module library: built-in and own kinds, by theme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "core/lp-trajectory.h"

G_BEGIN_DECLS

#define LP_TYPE_PALETTE (lp_palette_get_type ())
G_DECLARE_FINAL_TYPE (LpPalette, lp_palette, LP, PALETTE, GtkWidget)

/* Properties: "trajectory".  Signal "kind-activated" (LpKind*) on Enter or
 * double-click of an entry.  Each entry is a GtkDragSource offering the
 * LpKind (GDK content type LP_TYPE_KIND); its accessible name is the kind's
 * name.  Own kinds can be created, edited and deleted from here. */
GtkWidget    *lp_palette_new            (void);
LpTrajectory *lp_palette_get_trajectory (LpPalette *self);
void          lp_palette_set_trajectory (LpPalette *self, LpTrajectory *trajectory);
/* Selects the kind's entry (not focusing it) and scrolls it into view;
 * FALSE when the library does not show it (filtered out by the search). */
gboolean      lp_palette_show_kind      (LpPalette *self, LpKind *kind);
LpKind       *lp_palette_get_selected_kind (LpPalette *self);

G_END_DECLS
