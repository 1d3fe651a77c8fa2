/* lp-writer-agenda.c — writing a module's <agenda>
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include "core/lp-date.h"
#include "lp-writer-private.h"

static void
write_item (GString            *s,
            guint               level,
            const LpAgendaItem *item,
            guint               n_days)
{
  char start[LP_TIME_TEXT_SIZE], end[LP_TIME_TEXT_SIZE], day[16];

  lp_writer_indent (s, level);
  g_string_append (s, "<item");
  lp_writer_attr (s, "start-time", lp_time_format (item->start, start));
  lp_writer_attr (s, "end-time", lp_time_format (item->end, end));
  if (n_days > 1)
    {
      g_snprintf (day, sizeof day, "%u", MIN (item->day, n_days));
      lp_writer_attr (s, "day", day);
    }
  g_string_append (s, ">\n");
  lp_writer_text_element (s, level + 1, "title", item->title);
  lp_writer_text_element (s, level + 1, "who", item->who);
  lp_writer_text_element (s, level + 1, "description", item->description);
  lp_writer_indent (s, level);
  g_string_append (s, "</item>\n");
}

void
lp_writer_agenda (GString  *s,
                  guint     level,
                  LpModule *module)
{
  const LpAgenda *agenda = lp_module_get_agenda (module);
  guint n = lp_agenda_get_n_items (agenda);
  /* A one-day module's items leave out day="1"; an item on a day the module
   * no longer has (the editor warns about it) is written on the last day, so
   * that the file always loads. */
  guint n_days = lp_module_get_n_days (module);

  if (n == 0)
    return;
  lp_writer_indent (s, level);
  g_string_append (s, "<agenda>\n");
  for (guint i = 0; i < n; i++)
    write_item (s, level + 1, lp_agenda_get_item (agenda, i), n_days);
  lp_writer_indent (s, level);
  g_string_append (s, "</agenda>\n");
}
