/* lp-editor-toggle.h — showing and hiding the module editor panel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Windows narrower than this hide the editor by themselves. */
#define LP_EDITOR_NARROW_WIDTH 1100

#define LP_TYPE_EDITOR_TOGGLE (lp_editor_toggle_get_type ())
G_DECLARE_FINAL_TYPE (LpEditorToggle, lp_editor_toggle, LP, EDITOR_TOGGLE, GObject)

/* Adds the stateful action "show-editor" (boolean: the editor is shown) to
 * window (a GActionMap) with F9, remembered in settings' "show-editor"
 * (settings may be NULL).  The editor hides itself while the window is
 * narrower than LP_EDITOR_NARROW_WIDTH, without changing what is
 * remembered, and comes back when it is wider again.  Shown on a narrow
 * window, it lies over @overlay's child at its end (style class
 * "floating-editor") instead of taking room in the GtkPaned it is the end
 * child of.  @overlay is a child of a GtkPaned as wide as the window. */
LpEditorToggle *lp_editor_toggle_new    (GtkWindow  *window,
                                         GtkWidget  *editor,
                                         GtkOverlay *overlay,
                                         GSettings  *settings);
/* Show the editor (a module was opened for editing). */
void            lp_editor_toggle_reveal (LpEditorToggle *self);

G_END_DECLS
