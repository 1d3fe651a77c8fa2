/* lp-agenda-section.h — the Programme section of the module editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "core/lp-trajectory.h"

G_BEGIN_DECLS

#define LP_TYPE_AGENDA_SECTION (lp_agenda_section_get_type ())
G_DECLARE_FINAL_TYPE (LpAgendaSection, lp_agenda_section, LP, AGENDA_SECTION, GtkWidget)

/* Properties: "trajectory", "module".  Shows the module's day programme as
 * rows (add, remove, move, edit start, length, title, who and day, each one
 * undo step) and what is odd about it (overlaps, items outside the module's
 * times). */
GtkWidget *lp_agenda_section_new (void);
/* Puts the keyboard focus on the title of item @index (its text not
 * selected); FALSE when there is no such row. */
gboolean   lp_agenda_section_focus_item (LpAgendaSection *self, guint index);

/* For tests: row @index (an LpAgendaRow), the Add button, and the number of
 * problems shown and the text of one. */
GtkWidget  *_lp_agenda_section_get_row        (LpAgendaSection *self, guint index);
GtkWidget  *_lp_agenda_section_get_add_button (LpAgendaSection *self);
guint       _lp_agenda_section_get_n_problems (LpAgendaSection *self);
const char *_lp_agenda_section_get_problem    (LpAgendaSection *self, guint index);

G_END_DECLS
