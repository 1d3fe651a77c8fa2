/* lp-reader-limits.c — limits a trajectory never needs, counted while parsing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A hostile file must cost little: the parse stops (xmlStopParser) at the
 * first limit passed, before libxml2 has built more, and the message names
 * the limit and the line.  Attributes are counted by a scan of the bytes
 * before parsing, because libxml2 2.9.14 spends quadratic time on the
 * attributes of one start tag before any callback sees them.
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/SAX2.h>
#include <limits.h>
#include <string.h>

#include "lp-reader-private.h"

#define MAX_ELEMENTS        500000
#define MAX_UNKNOWN         1000
#define MAX_MODULES         100000
#define MAX_ATTRIBUTES      256
#define MAX_SHORT_TEXT      LP_MAX_SHORT_TEXT
#define MAX_LONG_TEXT       LP_MAX_LONG_TEXT
#define MAX_ATTRIBUTE_TEXT  1000

/* ---- the scan for attributes ---- */

static const char *
skip_past (const char *p,
           const char *end,
           const char *marker,
           long       *line)
{
  gsize n = strlen (marker);

  for (; p + n <= end; p++)
    {
      if (*p == '\n')
        (*line)++;
      if (memcmp (p, marker, n) == 0)
        return p + n;
    }
  return end;
}

/* The name of the tag whose text starts at @p, when it is a short one
 * that can be shown (UTF-8, no control characters); else NULL. */
static char *
tag_name (const char *p,
          const char *end)
{
  const char *q = p;

  while (q < end && q - p < 64 && !g_ascii_isspace (*q) && *q != '>' && *q != '/' && *q != '=')
    {
      if ((guchar) *q < 0x20)
        return NULL;
      q++;
    }
  if (q == p || (q < end && q - p == 64) || !g_utf8_validate (p, q - p, NULL))
    return NULL;
  return g_strndup (p, q - p);
}

/* Too many attributes on one tag: named when it can be. */
static char *
too_many_attributes (const char *element)
{
  if (element == NULL)
    return g_strdup_printf (_("an element has more than %d attributes, the limit"), MAX_ATTRIBUTES);
  /* TRANSLATORS: "the element <module> has more than 256 attributes, the limit" */
  return g_strdup_printf (_("the element <%s> has more than %d attributes, the limit"), element, MAX_ATTRIBUTES);
}

gboolean
lp_reader_scan_attributes (LpReaderScan  *scan,
                           const char    *end,
                           const char    *upto,
                           const char    *name,
                           GError       **error)
{
  const char *p = scan->p;
  long line = scan->line;

  /* a tag that starts before @upto is scanned to its end */
  while (p < upto)
    {
      const char *lt = memchr (p, '<', (gsize) (end - p));
      const char *tag;
      guint count = 0;
      char quote = 0;

      if (lt == NULL)
        lt = end;
      for (; p < lt; p++)
        if (*p == '\n')
          line++;
      if (p == end)
        break;
      p = lt + 1;
      if (p < end && (*p == '?' || *p == '!'))
        scan->marks++;
      if (p < end && (*p == '?' || *p == '/'))
        {
          p = skip_past (p, end, ">", &line);
          continue;
        }
      if (p < end && *p == '!')
        {
          if (end - p >= 3 && memcmp (p, "!--", 3) == 0)
            p = skip_past (p + 3, end, "-->", &line);
          else if (end - p >= 8 && memcmp (p, "![CDATA[", 8) == 0)
            p = skip_past (p + 8, end, "]]>", &line);
          else
            p = end; /* a DOCTYPE: the parse refuses it */
          continue;
        }
      tag = p;
      for (; p < end && (quote != 0 || *p != '>'); p++)
        {
          if (*p == '\n')
            line++;
          else if (quote != 0)
            quote = *p == quote ? 0 : quote;
          else if (*p == '"' || *p == '\'')
            quote = *p;
          else if (*p == '=' && ++count > MAX_ATTRIBUTES)
            {
              g_autofree char *element = tag_name (tag, end);
              g_autofree char *why = too_many_attributes (element);

              lp_reader_set_error (error, LP_FILE_ERROR_UNSAFE, name, line, "%s", why);
              return FALSE;
            }
        }
    }
  scan->p = p;
  scan->line = line;
  return TRUE;
}

/* ---- counting while parsing ---- */

/* Stops the parse at the first limit passed, at @line (0: the parser's). */
static void
stop_at (LpReaderLimits *l,
         long            line,
         char           *what)
{
  if (l->what == NULL)
    {
      l->what = what;
      l->line = line > 0 ? line : xmlSAX2GetLineNumber (l->ctxt);
    }
  else
    g_free (what);
  xmlStopParser (l->ctxt);
}

static void
stop (LpReaderLimits *l,
      char           *what)
{
  stop_at (l, 0, what);
}

/* The innermost element open, NULL at none. */
static const LpReaderOpen *
innermost (LpReaderLimits *l)
{
  if (l->depth == 0 || l->depth > LP_READER_MAX_OPEN)
    return NULL;
  return &l->open[l->depth - 1];
}

gsize
lp_reader_text_limit (const char *element)
{
  static const char * const short_texts[] = {
    "title", "name", "client", "author", "track", "milestone", "band", "facilitator", "location",
    "who",
  };

  for (guint i = 0; i < G_N_ELEMENTS (short_texts); i++)
    if (strcmp (element, short_texts[i]) == 0)
      return MAX_SHORT_TEXT;
  return MAX_LONG_TEXT;
}

static gboolean
is_known_element (const char *element)
{
  static const char * const known[] = {
    "trajectory", "title", "client", "author", "description", "period", "tracks", "track", "kinds",
    "kind", "name", "modules", "module", "facilitator", "participants", "location", "goals",
    "preparation", "notes", "comment", "milestones", "milestone", "bands", "band",
    "agenda", "item", "who",
  };

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (strcmp (element, known[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_known_attribute (const char *prefix,
                    const char *attribute)
{
  static const char * const known[] = {
    "author", "color", "count", "date", "day", "days", "end", "end-time", "group", "id", "kind",
    "resolved", "school-region", "series", "start", "start-time", "status", "theme", "track", "uid",
    "version", "work-form",
  };

  if (prefix != NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (strcmp (attribute, known[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The line a start tag begins on.  libxml2 calls back at the end of the
 * tag, all of which is still in its input (an attribute value holds no
 * "<"): the line there less the line breaks inside the tag. */
static long
start_tag_line (xmlParserCtxtPtr ctxt)
{
  xmlParserInputPtr input = ctxt->input;
  long line = xmlSAX2GetLineNumber (ctxt);

  if (input == NULL || input->base == NULL || input->cur == NULL)
    return line;
  for (const xmlChar *p = input->cur; p > input->base; p--)
    if (p[-1] == '<')
      return line;
    else if (p[-1] == '\n')
      line--;
  return xmlSAX2GetLineNumber (ctxt);   /* the tag's start is gone: the end it is */
}

/* FALSE, the parse stopped, when the attributes of @element pass a limit. */
static gboolean
count_attributes (LpReaderLimits  *l,
                  const char      *element,
                  int              nb_attributes,
                  const xmlChar  **attributes)
{
  if (nb_attributes > MAX_ATTRIBUTES)
    { stop (l, too_many_attributes (element)); return FALSE; }
  for (int i = 0; i < nb_attributes; i++)
    {
      const char *begin = (const char *) attributes[i * 5 + 3], *end = (const char *) attributes[i * 5 + 4];

      if (!is_known_attribute ((const char *) attributes[i * 5 + 1], (const char *) attributes[i * 5]) &&
          ++l->unknown_attributes > MAX_UNKNOWN)
        { stop (l, g_strdup_printf (_("the file has more than %d attributes that are not part of the "
                                           "Leerplaats format, the limit"), MAX_UNKNOWN)); return FALSE; }
      if (g_utf8_strlen (begin, end - begin) > MAX_ATTRIBUTE_TEXT)
        {
          /* TRANSLATORS: "the value of the attribute “id” of <module> is longer than 1000 characters, the limit" */
          stop_at (l, start_tag_line (l->ctxt),
                   g_strdup_printf (_("the value of the attribute “%s” of <%s> is longer than %d characters, the limit"),
                                    (const char *) attributes[i * 5], element, MAX_ATTRIBUTE_TEXT));
          return FALSE;
        }
    }
  return TRUE;
}

static void
on_start_element (void           *ctx,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             nb_namespaces,
                  const xmlChar **namespaces,
                  int             nb_attributes,
                  int             nb_defaulted,
                  const xmlChar **attributes)
{
  xmlParserCtxtPtr ctxt = ctx;
  LpReaderLimits *l = ctxt->_private;
  const char *element = (const char *) localname;
  xmlNodePtr parent;
  long line;

  if (++l->elements > MAX_ELEMENTS)
    { stop (l, g_strdup_printf (_("the file has more than %d elements, the limit"), MAX_ELEMENTS)); return; }
  if (!is_known_element (element) && ++l->unknown > MAX_UNKNOWN)
    { stop (l, g_strdup_printf (_("the file has more than %d elements that are not part of the "
                                       "Leerplaats format, the limit"), MAX_UNKNOWN)); return; }
  if (strcmp (element, "module") == 0 && ++l->modules > MAX_MODULES)
    { stop (l, g_strdup_printf (_("the file has more than %d modules, the limit"), MAX_MODULES)); return; }
  if (!count_attributes (l, element, nb_attributes, attributes))
    return;
  line = start_tag_line (ctxt);
  if (l->depth < LP_READER_MAX_OPEN)
    l->open[l->depth] = (LpReaderOpen) { element, line };
  l->depth++;
  l->text = 0;
  l->text_limit = lp_reader_text_limit (element);
  parent = ctxt->node;
  l->start (ctx, localname, prefix, uri, nb_namespaces, namespaces, nb_attributes, nb_defaulted, attributes);
  /* libxml2 gives the node the line its start tag ends on, and 65,535 for
   * any line from there on */
  if (ctxt->node != NULL && ctxt->node != parent)
    {
      if (line < USHRT_MAX)
        ctxt->node->line = (unsigned short) line;
      else
        lp_reader_keep_line (ctxt->node, line);
    }
}

static void
on_end_element (void          *ctx,
                const xmlChar *localname,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  xmlParserCtxtPtr ctxt = ctx;
  LpReaderLimits *l = ctxt->_private;
  const LpReaderOpen *parent;

  if (l->depth > 0)
    l->depth--;
  parent = innermost (l);
  l->text = 0;
  l->text_limit = parent != NULL ? lp_reader_text_limit (parent->name) : MAX_LONG_TEXT;
  l->end (ctx, localname, prefix, uri);
}

static void
on_characters (void          *ctx,
               const xmlChar *ch,
               int            len)
{
  xmlParserCtxtPtr ctxt = ctx;
  LpReaderLimits *l = ctxt->_private;
  const LpReaderOpen *open;

  l->text += (gsize) g_utf8_strlen ((const char *) ch, len);
  if (l->text > l->text_limit)
    {
      /* the line where the element starts, not where the parse stopped */
      open = innermost (l);
      /* TRANSLATORS: "the text of <description> is longer than 100000 characters, the limit" */
      stop_at (l, open != NULL ? open->line : 0,
               g_strdup_printf (_("the text of <%s> is longer than %d characters, the limit"),
                                open != NULL ? open->name : "?", (int) l->text_limit));
      return;
    }
  l->characters (ctx, ch, len);
}

/* Comments and processing instructions cost memory as elements do. */
static gboolean
count_other (LpReaderLimits *l)
{
  if (++l->others <= MAX_ELEMENTS)
    return TRUE;
  stop (l, g_strdup_printf (_("the file has more than %d comments and processing instructions, the limit"),
                            MAX_ELEMENTS));
  return FALSE;
}

static void
on_comment (void          *ctx,
            const xmlChar *value)
{
  xmlParserCtxtPtr ctxt = ctx;
  LpReaderLimits *l = ctxt->_private;

  if (count_other (l) && l->comment != NULL)
    l->comment (ctx, value);
}

static void
on_instruction (void          *ctx,
                const xmlChar *target,
                const xmlChar *data)
{
  xmlParserCtxtPtr ctxt = ctx;
  LpReaderLimits *l = ctxt->_private;

  if (count_other (l) && l->instruction != NULL)
    l->instruction (ctx, target, data);
}

void
lp_reader_limits_install (LpReaderLimits   *l,
                          xmlParserCtxtPtr  ctxt)
{
  memset (l, 0, sizeof *l);
  l->ctxt = ctxt;
  l->text_limit = MAX_LONG_TEXT;
  l->start = ctxt->sax->startElementNs;
  l->end = ctxt->sax->endElementNs;
  l->characters = ctxt->sax->characters;
  ctxt->sax->startElementNs = on_start_element;
  ctxt->sax->endElementNs = on_end_element;
  ctxt->sax->characters = on_characters;
  l->comment = ctxt->sax->comment;
  l->instruction = ctxt->sax->processingInstruction;
  ctxt->sax->comment = on_comment;
  ctxt->sax->processingInstruction = on_instruction;
}

gboolean
lp_reader_limits_check (LpReaderLimits  *l,
                        const char      *name,
                        GError         **error)
{
  if (l->what == NULL)
    return TRUE;
  lp_reader_set_error (error, LP_FILE_ERROR_UNSAFE, name, l->line, "%s", l->what);
  g_clear_pointer (&l->what, g_free);
  return FALSE;
}
