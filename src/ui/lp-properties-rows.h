/* lp-properties-rows.h — Trajectory Properties: the model's strings in the
 * rows, and where the focus goes when the lists are built again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "core/lp-trajectory.h"

G_BEGIN_DECLS

/* ---- an AdwEntryRow that shows a model string ---- */

/* Puts text in the row as the model's value (remembered as "lp-shown"),
 * without the apply button. */
void     lp_props_show_string      (GtkWidget  *row,
                                    const char *text);
/* The user's own edit of the row, not stored yet (text differs from what
 * lp_props_show_string () put there). */
gboolean lp_props_row_has_own_edit (GtkWidget  *row);
/* message NULL clears; else the row's title (its "lp-title" data) says it,
 * styled as an error, and it is the row's accessible description. */
void     lp_props_set_row_error    (GtkWidget  *row,
                                    const char *message);

/* ---- the focus among the list rows ---- */

/* Where the focus was: the item of its row (not dereferenced: it may have
 * left the document), the part ("name", "up", "down", "delete"), and the
 * item's position in its list when the row was built. */
typedef struct {
  gpointer    item;
  GType       type;
  const char *role;
  guint       position;
} LpPropsFocusSpot;

/* Adds widget to focusables as the role part of item's row (a track,
 * milestone or period at position in its list), and names it
 * "<id>-<role>". */
void     lp_props_tag_focusable    (GPtrArray              *focusables,
                                    GtkWidget              *widget,
                                    gpointer                item,
                                    const char             *role,
                                    guint                   position);
/* FALSE when root's focus is in none of focusables. */
gboolean lp_props_remember_focus   (GPtrArray              *focusables,
                                    GtkRoot                *root,
                                    LpPropsFocusSpot       *spot);
/* Focuses, without selecting text: the same part of the same item's row;
 * at an end of the list the other move button; else the row's name; and
 * when the item is gone, the name of the item now at its position (or the
 * last). */
void     lp_props_restore_focus    (GPtrArray              *focusables,
                                    LpTrajectory           *trajectory,
                                    const LpPropsFocusSpot *spot);

G_END_DECLS
