/* lp-agenda-row.h — one item of a day programme in the module editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "core/lp-agenda.h"

G_BEGIN_DECLS

#define LP_TYPE_AGENDA_ROW (lp_agenda_row_get_type ())
G_DECLARE_FINAL_TYPE (LpAgendaRow, lp_agenda_row, LP, AGENDA_ROW, GtkWidget)

/* Signals:
 *   "edited" (gpointer item) — the user changed a field and it reads well;
 *     item is an LpAgendaItem the handler may copy (with the row's
 *     description kept).
 *   "move" (int delta) — Move Up (-1) or Move Down (+1).
 *   "remove" ().
 * Text that does not read as a time, a length or a title is shown inline
 * and not passed on. */
GtkWidget *lp_agenda_row_new    (void);
/* Shows @item as item @index + 1 of a module of @n_days days; @gap is the
 * time to the next item of the same day (LP_TIME_NONE when it is the last).
 * A field with keyboard focus keeps what is typed in it. */
void       lp_agenda_row_update (LpAgendaRow *self, guint index, const LpAgendaItem *item,
                                 guint n_days, int gap);
guint      lp_agenda_row_get_index (LpAgendaRow *self);
/* For tests: "start", "duration", "title", "who", "day", "up", "down",
 * "remove", "times", "gap", "error". */
GtkWidget *lp_agenda_row_get_part (LpAgendaRow *self, const char *name);

/* "45" or "0:45" as minutes, 1 to 1439; -1 when it is neither. */
int        lp_agenda_parse_length (const char *text);

G_END_DECLS
