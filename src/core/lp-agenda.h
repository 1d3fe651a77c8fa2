/* lp-agenda.h — a module's day programme: timed items with a title
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "lp-types.h"

G_BEGIN_DECLS

/* One item of a day programme.  Times are minutes after midnight
 * (0..1439) and an item ends after it starts; day counts from 1 within the
 * module. */
typedef struct {
  guint  day;
  int    start;
  int    end;
  char  *title;        /* never NULL */
  char  *who;          /* NULL when none */
  char  *description;  /* NULL when none */
} LpAgendaItem;

LpAgendaItem *lp_agenda_item_new  (guint day, int start, int end, const char *title,
                                   const char *who, const char *description);
LpAgendaItem *lp_agenda_item_copy (const LpAgendaItem *item);
void          lp_agenda_item_free (LpAgendaItem *item);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LpAgendaItem, lp_agenda_item_free)

/* The items of a programme in order (by day, then start time, else as
 * added); a value: copied whole, compared by content. */
typedef struct _LpAgenda LpAgenda;

#define LP_TYPE_AGENDA (lp_agenda_get_type ())
GType      lp_agenda_get_type    (void) G_GNUC_CONST;
LpAgenda  *lp_agenda_new         (void);
LpAgenda  *lp_agenda_copy        (const LpAgenda *agenda);
void       lp_agenda_free        (LpAgenda *agenda);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LpAgenda, lp_agenda_free)

guint               lp_agenda_get_n_items (const LpAgenda *agenda);
const LpAgendaItem *lp_agenda_get_item    (const LpAgenda *agenda, guint index);
/* Takes @item and puts it in time order (after items that start at the same
 * time); returns its index. */
guint      lp_agenda_add         (LpAgenda *agenda, LpAgendaItem *item);
void       lp_agenda_remove      (LpAgenda *agenda, guint index);
/* Equal item by item; NULL is the empty programme. */
gboolean   lp_agenda_equal       (const LpAgenda *a, const LpAgenda *b);
/* The highest day any item names, 0 for an empty programme. */
guint      lp_agenda_get_last_day (const LpAgenda *agenda);

/* What is odd about a programme, for the editor: items that overlap the
 * next one, items outside the module's times (@start_time on day 1, @end_time
 * on day @n_days; LP_TIME_NONE for none).  One translated sentence per
 * problem; an empty array when there is none. */
GPtrArray *lp_agenda_find_problems (const LpAgenda *agenda, guint n_days,
                                    int start_time, int end_time);

G_END_DECLS
