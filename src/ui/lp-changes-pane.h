/* lp-changes-pane.h — the list of changes since an earlier version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "core/lp-changes.h"

G_BEGIN_DECLS

#define LP_TYPE_CHANGES_PANE (lp_changes_pane_get_type ())
G_DECLARE_FINAL_TYPE (LpChangesPane, lp_changes_pane, LP, CHANGES_PANE, GtkBox)

/* Signals: "change-activated" (gpointer: the chosen const LpChange*, valid
 * during the emission), "close-requested" ().
 * Accessible names: the pane and its list "Changes", the close button
 * "Leave the Comparison". */
GtkWidget *lp_changes_pane_new         (void);
/* Shows @changes (an array of LpChange*, referenced) under "Changes since
 * @since"; "No changes." when empty. */
void       lp_changes_pane_set_changes (LpChangesPane *self,
                                        GPtrArray     *changes,
                                        const char    *since);
/* For tests: the list box, one row per change in order. */
GtkListBox *_lp_changes_pane_get_list  (LpChangesPane *self);

G_END_DECLS
