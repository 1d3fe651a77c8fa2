/* lp-reader-stream.c — reading a large plain file one element at a time
 *
 * The tree reader (lp-reader.c) builds the whole document first: for 10,000
 * modules about 80 MB of libxml2 nodes, most of the time to open the file.
 * This reader validates with the schema as it reads (xmlTextReader) and
 * hands the walk one copied element at a time, so the same little memory
 * is used again and again.  It reads only files with nothing unusual in
 * them; for anything else it gives up without a word and the tree reader,
 * with its messages, lines and limits, reads the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <libxml/xmlreader.h>
#include <string.h>

#include "lp-reader-private.h"
#include "lp-reader-stream.h"
#include "lp-schema.h"

/* Deeper than any element the schema allows, and the tree reader's
 * counts (lp-reader-limits.c): a file past them goes to the tree reader. */
#define STREAM_MAX_DEPTH     16
#define STREAM_MAX_ELEMENTS  500000
#define STREAM_MAX_ATTR_TEXT 1000

typedef struct {
  xmlTextReaderPtr  reader;
  xmlDocPtr         scratch;     /* holds the copy of the element in hand */
  LpReaderWalk     *walk;
  xmlNodePtr        root;
  guint             elements;
  gboolean          failed;      /* a parse or validity error, or anything unusual */
  gboolean          header_done;
  gboolean          in_list;
} Stream;

static void
on_error (void        *data,
          xmlErrorPtr  problem)
{
  ((Stream *) data)->failed = TRUE;
}

/* The schema's maxInclusive of a participants count, which the lean
 * schema (lp_schema_get_lean) leaves to this reader. */
#define STREAM_MAX_COUNT 1000000

/* A count written plainly: one to seven digits, at most STREAM_MAX_COUNT.
 * The schema allows it written in more ways (a sign, spaces, more leading
 * zeros): such a file goes to the tree reader. */
static gboolean
is_plain_count (const char *value)
{
  gsize n = strlen (value);

  if (n == 0 || n > 7)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (value[i]))
      return FALSE;
  return g_ascii_strtoull (value, NULL, 10) <= STREAM_MAX_COUNT;
}

/* Within the tree reader's limits, counted in bytes (never fewer than
 * characters: a text within them in bytes is within them in characters). */
static gboolean
is_plain_element (Stream     *s,
                  xmlNodePtr  node,
                  int         depth)
{
  if (depth > STREAM_MAX_DEPTH || ++s->elements > STREAM_MAX_ELEMENTS)
    return FALSE;
  for (xmlAttrPtr a = node->properties; a != NULL; a = a->next)
    for (xmlNodePtr v = a->children; v != NULL; v = v->next)
      if (v->type != XML_TEXT_NODE || strlen ((const char *) v->content) > STREAM_MAX_ATTR_TEXT ||
          (strcmp ((const char *) a->name, "count") == 0 && !is_plain_count ((const char *) v->content)))
        return FALSE;
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    {
      if (c->type == XML_ELEMENT_NODE)
        {
          if (!is_plain_element (s, c, depth + 1))
            return FALSE;
        }
      else if (c->type != XML_TEXT_NODE ||
               strlen ((const char *) c->content) > lp_reader_text_limit ((const char *) node->name))
        return FALSE;
    }
  return TRUE;
}

/* The root: <trajectory> in our namespace, of a version this reads. */
static gboolean
take_root (Stream     *s,
           xmlNodePtr  root)
{
  const char *version = lp_reader_attr (root, "version");

  if (strcmp ((const char *) root->name, "trajectory") != 0 || root->ns == NULL ||
      strcmp ((const char *) root->ns->href, LP_NAMESPACE) != 0 ||
      version == NULL || strcmp (version, "1") != 0)
    return FALSE;
  for (xmlAttrPtr a = root->properties; a != NULL; a = a->next)
    if (a->children == NULL || a->children->type != XML_TEXT_NODE || a->children->next != NULL ||
        strlen ((const char *) a->children->content) > STREAM_MAX_ATTR_TEXT)
      return FALSE;
  s->root = root;
  s->elements++;
  return TRUE;
}

/* The element in hand, a header element or a list's item: copied, read
 * past (which validates it), checked and walked.  Leaves the reader on
 * what follows it; returns what xmlTextReaderNext () returned, or -1. */
static int
take_element (Stream *s,
              int     depth)
{
  xmlNodePtr node = xmlTextReaderExpand (s->reader);
  xmlNodePtr copy;
  gboolean ok;
  int ret;

  if (node == NULL)
    return -1;
  copy = xmlDocCopyNode (node, s->scratch, 1);
  if (copy == NULL)
    return -1;
  ret = xmlTextReaderNext (s->reader);
  ok = ret >= 0 && !s->failed && xmlTextReaderIsValid (s->reader) == 1 && is_plain_element (s, copy, depth);
  if (ok)
    {
      lp_reader_collapse_tokens (copy);
      ok = depth == 1 ? lp_reader_walk_header (s->walk, copy) : lp_reader_walk_item (s->walk, copy);
    }
  xmlFreeNode (copy);
  return ok ? ret : -1;
}

static gboolean
is_list (const xmlChar *name)
{
  static const char * const lists[] = { "tracks", "kinds", "modules", "milestones", "bands" };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    if (strcmp ((const char *) name, lists[i]) == 0)
      return TRUE;
  return FALSE;
}

/* One step from the node the reader is on; the next xmlTextReaderRead ()
 * or Next () result, or -1 to give up. */
static int
step (Stream *s)
{
  int type = xmlTextReaderNodeType (s->reader);
  int depth = xmlTextReaderDepth (s->reader);
  xmlNodePtr node;

  switch (type)
    {
    case XML_READER_TYPE_ELEMENT:
      node = xmlTextReaderCurrentNode (s->reader);
      if (depth == 0)
        return take_root (s, node) ? xmlTextReaderRead (s->reader) : -1;
      if (depth == 1 && is_list (node->name))
        {
          if (!s->header_done && !lp_reader_walk_header_done (s->walk, s->root))
            return -1;
          s->header_done = TRUE;
          s->in_list = TRUE;
          s->elements++;
          return xmlTextReaderRead (s->reader);
        }
      if ((depth == 1 && !s->header_done) || (depth == 2 && s->in_list))
        return take_element (s, depth);
      return -1;
    case XML_READER_TYPE_END_ELEMENT:
      s->in_list = FALSE;
      return xmlTextReaderRead (s->reader);
    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_WHITESPACE:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
      return xmlTextReaderRead (s->reader);   /* the schema says whether text may be here */
    default:
      return -1;
    }
}

LpTrajectory *
lp_reader_stream_load (const char *data,
                       gsize       length,
                       const char *name)
{
  xmlRelaxNGPtr schema = lp_schema_get_lean ();
  g_autoptr(LpTrajectory) trajectory = NULL;
  g_autoptr(GError) error = NULL;
  LpReaderScan scan = { data, 1, 0 };
  const xmlChar *encoding;
  Stream s = { 0 };
  int ret;

  /* Never NOENT, DTDLOAD, DTDVALID, RECOVER, HUGE or XINCLUDE. */
  const int options = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR |
                      XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA | XML_PARSE_COMPACT | XML_PARSE_NOBLANKS;

  if (schema == NULL || length > G_MAXINT ||
      !lp_reader_scan_attributes (&scan, data + length, data + length, name, &error))
    return NULL;
  /* no DOCTYPE, comment, CDATA section or processing instruction: the one
   * "<?" or "<!" allowed is the XML declaration's, at the start */
  if (scan.marks > (length >= 5 && memcmp (data, "<?xml", 5) == 0 ? 1u : 0u))
    return NULL;

  s.reader = xmlReaderForMemory (data, (int) length, NULL, NULL, options);
  if (s.reader == NULL)
    return NULL;
  /* before the schema, which takes the handler from the reader */
  xmlTextReaderSetStructuredErrorHandler (s.reader, on_error, &s);
  if (xmlTextReaderRelaxNGSetSchema (s.reader, schema) != 0)
    {
      xmlFreeTextReader (s.reader);
      return NULL;
    }
  trajectory = lp_trajectory_new ();
  s.scratch = xmlNewDoc ((const xmlChar *) "1.0");
  s.walk = lp_reader_walk_new (name, trajectory, &error);

  ret = xmlTextReaderRead (s.reader);
  encoding = xmlTextReaderConstEncoding (s.reader);
  if (encoding != NULL && g_ascii_strcasecmp ((const char *) encoding, "UTF-8") != 0)
    ret = -1;
  while (ret == 1 && !s.failed)
    ret = step (&s);
  if (ret != 0 || s.failed || !s.header_done || xmlTextReaderIsValid (s.reader) != 1)
    g_clear_object (&trajectory);

  lp_reader_walk_free (s.walk);
  xmlFreeDoc (s.scratch);
  xmlFreeTextReader (s.reader);
  return g_steal_pointer (&trajectory);
}
