/* lp-resources.h — the UI GResource
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LP_UI_RESOURCE_PREFIX "/io/github/leerplaats/Leerplaats"

/* Registers the UI resources once; call from class_init of every type whose
 * template lives in them, and at application start-up. */
void lp_ui_ensure_resources (void);

/* For class_init: registers the resources and sets the class's template
 * from ui_file (a file name under LP_UI_RESOURCE_PREFIX). */
void lp_ui_class_set_template (GtkWidgetClass *widget_class,
                               const char     *ui_file);

/* Lets display's icon theme find the icons bundled in the resources (as
 * GtkApplication does for its own windows); once per display. */
void lp_ui_ensure_icons (GdkDisplay *display);

/* Has display's icon theme read its index in a worker, once startup has
 * set its search paths (adding a path discards what GTK read before), so
 * that the first window's icons do not wait for it on the main thread. */
void lp_ui_warm_icons (GdkDisplay *display);

G_END_DECLS
