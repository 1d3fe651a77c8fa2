/* lp-lane-presets.h — "Add Preset" in the lane menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Appends the "Add Preset" submenu (one item per preset) to @section. */
void lp_lane_presets_append  (GMenu          *section);
/* "timeline.preset-add" (string: the preset's id): adds it at the cursor date. */
void lp_lane_presets_install (GtkWidgetClass *widget_class);

G_END_DECLS
