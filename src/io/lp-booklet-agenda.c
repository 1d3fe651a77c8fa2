/* lp-booklet-agenda.c — a module's day programme in the booklet, as a
 * timetable: time, title and who leads it (an item's description is the
 * facilitators' own), under a heading per day, with its weekday, when the
 * module lasts several days
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Export"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "lp-booklet-private.h"

/* Room for "09:00–09:30" and a space, in points. */
#define TIME_COLUMN 62.0

static PangoLayout *
item_layout (LpBooklet          *self,
             const LpAgendaItem *item,
             double              width)
{
  char a[LP_TIME_TEXT_SIZE], b[LP_TIME_TEXT_SIZE];
  g_autofree char *title = g_markup_escape_text (item->title, -1);
  g_autofree char *who = item->who ? g_markup_escape_text (item->who, -1) : NULL;
  g_autofree char *markup = NULL;
  g_autoptr(PangoTabArray) tabs = pango_tab_array_new_with_positions (1, FALSE, PANGO_TAB_LEFT,
                                                                       (int) (TIME_COLUMN * PANGO_SCALE));
  PangoLayout *layout;

  markup = g_strdup_printf ("%s–%s\t%s%s%s%s", lp_time_format (item->start, a), lp_time_format (item->end, b),
                            title, who ? " <span foreground=\"" LP_BOOKLET_GREY "\">— " : "",
                            who ? who : "", who ? "</span>" : "");
  layout = lp_booklet_new_layout (self, markup, 9.5, FALSE, width);
  pango_layout_set_tabs (layout, tabs);
  pango_layout_set_indent (layout, (int) (-TIME_COLUMN * PANGO_SCALE));
  return layout;
}

void
lp_booklet_agenda_block (LpBooklet *self,
                         GArray    *block,
                         double     width,
                         LpModule  *module)
{
  const LpAgenda *agenda = lp_module_get_agenda (module);
  guint n = lp_agenda_get_n_items (agenda);
  gboolean by_day = lp_agenda_get_last_day (agenda) > 1;
  guint day = 0;

  if (n == 0)
    return;
  lp_booklet_block_add (block, lp_booklet_new_text (self, _("Programme"), 9.5, TRUE, NULL, width), 0, 2);
  for (guint i = 0; i < n; i++)
    {
      const LpAgendaItem *item = lp_agenda_get_item (agenda, i);

      if (by_day && item->day != day)
        {
          g_autofree char *heading = NULL;
          g_autofree char *date = lp_date_format_weekday (lp_module_get_start (module) + item->day - 1);

          day = item->day;
          /* TRANSLATORS: a heading in a programme of several days: day number and date */
          heading = g_strdup_printf (_("Day %u — %s"), day, date);
          lp_booklet_block_add (block, lp_booklet_new_text (self, heading, 9, TRUE, LP_BOOKLET_GREY, width), 0, 1);
        }
      lp_booklet_block_add (block, item_layout (self, item, width), 0, i + 1 < n ? 1 : 4);
    }
}
