/* lp-date-entry.h — a date field with a calendar popover and its own error line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "core/lp-types.h"

G_BEGIN_DECLS

#define LP_TYPE_DATE_ENTRY (lp_date_entry_get_type ())
G_DECLARE_FINAL_TYPE (LpDateEntry, lp_date_entry, LP, DATE_ENTRY, GtkWidget)

/* Takes what lp_date_parse_human () takes ("15 maart 2028", "15-3-2028", …)
 * and shows a date back in the interface language ("15 March 2028").
 *
 * Property "date" (uint LpDate, LP_DATE_NONE for none): the value the owner
 * set (from the model); typing does not change it.
 *
 * Signal "date-committed" (guint date): the user committed a real date —
 * Enter, leaving the field after changing its text, or a day picked in the
 * calendar.  The owner validates it further and stores it (then sets
 * "date"), or calls lp_date_entry_set_error ().  Text that is no date never
 * commits: the field shows its own error under itself instead. */
GtkWidget  *lp_date_entry_new            (void);
LpDate      lp_date_entry_get_date       (LpDateEntry *self);
/* Shows date and clears the error; leaves both alone while the user is
 * editing the text. */
void        lp_date_entry_set_date       (LpDateEntry *self, LpDate date);
/* What the text says now: FALSE when it is no date. */
gboolean    lp_date_entry_get_typed_date (LpDateEntry *self, LpDate *out);
/* message NULL clears: the error line under this field, the error style,
 * and the entry's accessible description. */
void        lp_date_entry_set_error      (LpDateEntry *self, const char *message);
const char *lp_date_entry_get_error      (LpDateEntry *self);
/* The entry inside, for mnemonics and focus. */
GtkWidget  *lp_date_entry_get_entry      (LpDateEntry *self);
/* The calendar popover's parts, for tests. */
GtkWidget  *lp_date_entry_get_button     (LpDateEntry *self);
GtkWidget  *lp_date_entry_get_calendar   (LpDateEntry *self);

G_END_DECLS
