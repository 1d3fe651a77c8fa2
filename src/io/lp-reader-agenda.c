/* lp-reader-agenda.c — reading a module's <agenda>, with the checks the
 * schema cannot make: real times, an item ends after it starts, has a
 * title, and its day lies within the module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "core/lp-date.h"
#include "lp-reader-private.h"

/* The text of an element whose content is text only, newly allocated. */
static char *
element_text (xmlNodePtr node)
{
  GString *s = g_string_new (NULL);

  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
      g_string_append (s, (const char *) c->content);
  return g_string_free (s, FALSE);
}

static gboolean
read_time (xmlNodePtr   item,
           const char  *attribute,
           const char  *name,
           int         *minutes,
           GError     **error)
{
  const char *value = lp_reader_attr (item, attribute);

  if (value != NULL && lp_time_parse (value, minutes))
    return TRUE;
  lp_reader_set_error (error, LP_FILE_ERROR_SEMANTIC, name, lp_reader_line_of (item),
                       _("“%s” is not a valid time (in %s of <%s>)"),
                       value ? value : "", attribute, "item");
  return FALSE;
}

static gboolean
read_day (xmlNodePtr   item,
          const char  *name,
          LpModule    *module,
          guint       *day,
          GError     **error)
{
  const char *value = lp_reader_attr (item, "day");
  guint n_days = lp_module_get_n_days (module);
  guint64 d = 1;

  if (value != NULL && !g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT32, &d, NULL))
    d = 0;
  if (d < 1 || d > n_days)
    {
      lp_reader_set_error (error, LP_FILE_ERROR_SEMANTIC, name, lp_reader_line_of (item),
                           ngettext ("the programme of the module “%s” names day %s, but the module lasts %u day",
                                     "the programme of the module “%s” names day %s, but the module lasts %u days",
                                     n_days),
                           lp_module_get_id (module), value ? value : "?", n_days);
      return FALSE;
    }
  *day = (guint) d;
  return TRUE;
}

/* The item's <title>, <who> and <description>, each as text (NULL when
 * absent). */
static void
read_texts (xmlNodePtr   item,
            char       **title,
            char       **who,
            char       **description)
{
  for (xmlNodePtr c = item->children; c != NULL; c = c->next)
    {
      char **field = NULL;

      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (strcmp ((const char *) c->name, "title") == 0)
        field = title;
      else if (strcmp ((const char *) c->name, "who") == 0)
        field = who;
      else if (strcmp ((const char *) c->name, "description") == 0)
        field = description;
      if (field != NULL)
        {
          g_free (*field);
          *field = element_text (c);
        }
    }
}

static LpAgendaItem *
read_item (xmlNodePtr   item,
           const char  *name,
           LpModule    *module,
           GError     **error)
{
  g_autofree char *title = NULL, *who = NULL, *description = NULL;
  int start, end;
  guint day;

  if (!read_time (item, "start-time", name, &start, error) ||
      !read_time (item, "end-time", name, &end, error) ||
      !read_day (item, name, module, &day, error))
    return NULL;
  if (end <= start)
    {
      lp_reader_set_error (error, LP_FILE_ERROR_SEMANTIC, name, lp_reader_line_of (item),
                           _("an item in the programme of the module “%s” does not end after it starts (%s to %s)"),
                           lp_module_get_id (module), lp_reader_attr (item, "start-time"),
                           lp_reader_attr (item, "end-time"));
      return NULL;
    }
  read_texts (item, &title, &who, &description);
  if (title == NULL || *g_strstrip (title) == '\0')
    {
      lp_reader_set_error (error, LP_FILE_ERROR_SEMANTIC, name, lp_reader_line_of (item),
                           _("an item in the programme of the module “%s” has no title"),
                           lp_module_get_id (module));
      return NULL;
    }
  return lp_agenda_item_new (day, start, end, title, who, description);
}

gboolean
lp_reader_read_agenda (xmlNodePtr    node,
                       const char   *name,
                       LpModule     *module,
                       GError      **error)
{
  g_autoptr(LpAgenda) agenda = lp_agenda_new ();

  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    {
      LpAgendaItem *item;

      if (c->type != XML_ELEMENT_NODE || strcmp ((const char *) c->name, "item") != 0)
        continue;
      item = read_item (c, name, module, error);
      if (item == NULL)
        return FALSE;
      lp_agenda_add (agenda, item);
    }
  lp_module_set_agenda (module, agenda);
  return TRUE;
}
