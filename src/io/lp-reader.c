/* lp-reader.c — loading .leerplaats files, safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One parse from memory with the push parser, in chunks (no network, no
 * DTD, no entities, no XInclude; stopped at the limits of
 * lp-reader-limits.c), one RELAX NG validation, one walk that checks what the schema cannot and
 * builds the model.  Every error is "NAME:LINE: what is wrong", translated.
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <limits.h>

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <string.h>

#include "core/lp-date.h"
#include "core/lp-library.h"
#include "lp-file-replace.h"
#include "lp-reader-private.h"
#include "lp-reader-stream.h"
#include "lp-schema.h"
#include "lp-schema-explain.h"

#define LP_FORMAT_VERSION  1
#define MAX_PROBLEMS       50
#define PARSE_CHUNK        (64 * 1024)

typedef struct {
  int     domain;
  int     code;
  int     line;
  char   *message;   /* libxml2's own text */
  char   *str1;
  char   *str2;
  char   *node_name;
  char   *attr_value;  /* for attribute problems: the attribute's value */
} Problem;

static void
problem_free (Problem *p)
{
  g_free (p->message);
  g_free (p->str1);
  g_free (p->str2);
  g_free (p->node_name);
  g_free (p->attr_value);
  g_free (p);
}

/* ---- safety ---- */

static xmlParserInputPtr
refuse_external_entity (const char       *url,
                        const char       *id,
                        xmlParserCtxtPtr  ctxt)
{
  /* Never load anything: no file://, no http://, nothing. */
  return NULL;
}

void
lp_reader_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (refuse_external_entity);
      g_once_init_leave (&initialized, 1);
    }
}

typedef struct {
  LpReaderLimits limits;   /* first: the limits' callbacks find it in ctxt->_private */
  gboolean       saw_dtd;
  long           dtd_line;
} ParseState;

static void
on_internal_subset (void          *ctx,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = ctx;
  ParseState *state = ctxt->_private;

  /* Stop at the very start of the DTD: nothing in it is read. */
  state->saw_dtd = TRUE;
  state->dtd_line = xmlSAX2GetLineNumber (ctxt);
  xmlStopParser (ctxt);
}

static void
collect_problem (void        *data,
                 xmlErrorPtr  error)
{
  GPtrArray *problems = data;
  Problem *p;

  if (error == NULL || error->level == XML_ERR_WARNING || problems->len >= MAX_PROBLEMS)
    return;

  p = g_new0 (Problem, 1);
  p->domain = error->domain;
  p->code = error->code;
  p->line = error->line;
  p->message = g_strchomp (g_strdup (error->message ? error->message : ""));
  p->str1 = g_strdup (error->str1);
  p->str2 = g_strdup (error->str2);
  if (error->node != NULL && ((xmlNodePtr) error->node)->type == XML_ELEMENT_NODE)
    {
      p->node_name = g_strdup ((const char *) ((xmlNodePtr) error->node)->name);
      if (p->str1 != NULL && xmlHasProp (error->node, (const xmlChar *) p->str1))
        p->attr_value = (char *) xmlGetProp (error->node, (const xmlChar *) p->str1);
      if (p->line <= 0 || ((xmlNodePtr) error->node)->line == USHRT_MAX)
        p->line = (int) lp_reader_line_of (error->node);
    }
  g_ptr_array_add (problems, p);
}

/* ---- lines past libxml2's 16 bits ---- */

void
lp_reader_keep_line (xmlNodePtr node,
                     long       line)
{
  GHashTable *lines;

  g_return_if_fail (node != NULL && node->doc != NULL);

  lines = node->doc->_private;
  if (lines == NULL)
    node->doc->_private = lines = g_hash_table_new (NULL, NULL);
  g_hash_table_insert (lines, node, GSIZE_TO_POINTER ((gsize) line));
}

long
lp_reader_line_of (xmlNodePtr node)
{
  GHashTable *lines = node->doc != NULL ? node->doc->_private : NULL;
  gpointer line;

  if (node->type == XML_ELEMENT_NODE && node->line == USHRT_MAX && lines != NULL &&
      g_hash_table_lookup_extended (lines, node, NULL, &line))
    return (long) GPOINTER_TO_SIZE (line);
  return xmlGetLineNo (node);
}

void
lp_reader_free_doc (xmlDocPtr doc)
{
  if (doc == NULL)
    return;
  g_clear_pointer ((GHashTable **) &doc->_private, g_hash_table_unref);
  xmlFreeDoc (doc);
}

/* ---- error helpers ---- */

void
lp_reader_set_error (GError     **error,
                     int          code,
                     const char  *name,
                     long         line,
                     const char  *format,
                     ...)
{
  va_list args;
  g_autofree char *what = NULL;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  lp_file_error_set (error, code, name, line > 0 && line <= G_MAXUINT ? (guint) line : 0, what);
}

const char *
lp_reader_attr (xmlNodePtr  node,
                const char *name)
{
  for (xmlAttrPtr a = node->properties; a != NULL; a = a->next)
    if (a->ns == NULL && strcmp ((const char *) a->name, name) == 0)
      {
        xmlNodePtr child = a->children;
        if (child == NULL)
          return "";
        if (child->next == NULL && child->type == XML_TEXT_NODE)
          return (const char *) child->content;
        return NULL; /* not produced without entities */
      }
  return NULL;
}

guint
lp_reader_error_get_line (const GError *error)
{
  return lp_file_error_get_line (error);
}

/* One message per kind of libxml2 parse error, in one switch (kept whole,
 * longer than a screen, so that the table reads as one). */
static void
report_parse_problem (const Problem  *p,
                      const char     *name,
                      GError        **error)
{
  switch (p->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      /* blank files are caught before parsing: this is text, not XML */
      lp_reader_set_error (error, LP_FILE_ERROR_NOT_XML, name, p->line,
                           _("the file is not XML: it does not start with an element"));
      return;

    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
      if (strstr (p->message, "UTF-8") != NULL || p->code == XML_ERR_INVALID_ENCODING)
        {
          lp_reader_set_error (error, LP_FILE_ERROR_NOT_XML, name, p->line,
                               _("the file contains bytes that are not valid UTF-8 text"));
          return;
        }
      lp_reader_set_error (error, LP_FILE_ERROR_NOT_XML, name, p->line,
                           _("the file contains a character that is not allowed in XML"));
      return;

    case XML_ERR_UNSUPPORTED_ENCODING:
      lp_reader_set_error (error, LP_FILE_ERROR_NOT_XML, name, p->line,
                           _("the file uses a text encoding Leerplaats does not read; it must be UTF-8"));
      return;

    case XML_ERR_TAG_NOT_FINISHED:
    case XML_ERR_LTSLASH_REQUIRED:
    case XML_ERR_GT_REQUIRED:
    case XML_ERR_DOCUMENT_END:
      if (p->code == XML_ERR_DOCUMENT_END)
        lp_reader_set_error (error, LP_FILE_ERROR_NOT_XML, name, p->line,
                             _("there is more text after the end of the trajectory"));
      else if (p->str1 != NULL)
        lp_reader_set_error (error, LP_FILE_ERROR_NOT_XML, name, p->line,
                             _("the file is not complete: it ends inside <%s>"), p->str1);
      else
        lp_reader_set_error (error, LP_FILE_ERROR_NOT_XML, name, p->line,
                             _("the file is not complete: it ends in the middle of an element"));
      return;

    case XML_ERR_TAG_NAME_MISMATCH:
      lp_reader_set_error (error, LP_FILE_ERROR_NOT_XML, name, p->line,
                           _("the element <%s> is closed with the wrong tag </%s>"),
                           p->str1 ? p->str1 : "?", p->str2 ? p->str2 : "?");
      return;

    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
    case XML_ERR_ENTITY_LOOP:
    case XML_ERR_ENTITY_PE_INTERNAL:
      lp_reader_set_error (error, LP_FILE_ERROR_UNSAFE, name, p->line,
                           _("the file uses an entity, which Leerplaats does not accept"));
      return;

    case XML_ERR_INTERNAL_ERROR:
      if (strstr (p->message, "depth") != NULL)
        {
          lp_reader_set_error (error, LP_FILE_ERROR_UNSAFE, name, p->line,
                               _("the file nests elements too deeply"));
          return;
        }
      break;

    case XML_ERR_NAME_TOO_LONG:
      lp_reader_set_error (error, LP_FILE_ERROR_UNSAFE, name, p->line, _("the file contains a name that is far too long"));
      return;

    default:
      break;
    }

  if (strstr (p->message, "Excessive depth") != NULL)
    {
      lp_reader_set_error (error, LP_FILE_ERROR_UNSAFE, name, p->line, _("the file nests elements too deeply"));
      return;
    }
  if (strstr (p->message, "huge") != NULL || strstr (p->message, "too long") != NULL)
    {
      lp_reader_set_error (error, LP_FILE_ERROR_UNSAFE, name, p->line, _("the file contains a text that is far too long"));
      return;
    }

  /* TRANSLATORS: %s is libxml2's own (English) description of the problem */
  lp_reader_set_error (error, LP_FILE_ERROR_NOT_XML, name, p->line,
                       _("the file is damaged or is not XML (%s)"), p->message);
}

static gboolean
is_generic_validity_problem (const Problem *p)
{
  return p->code == XML_RELAXNG_ERR_ATTRVALID ||
         p->code == XML_RELAXNG_ERR_CONTENTVALID ||
         p->code == XML_RELAXNG_ERR_INTERSEQ ||
         p->code == XML_RELAXNG_ERR_INTEREXTRA ||
         p->code == XML_RELAXNG_ERR_INTERNODATA ||
         p->code == XML_RELAXNG_ERR_NOSTATE ||
         p->code == XML_RELAXNG_ERR_NODEFINE;
}

static gboolean
is_known_attribute (const char *element,
                    const char *attribute)
{
  static const char * const known[] = {
    "trajectory:version", "trajectory:uid", "calendar:school-region", "period:start", "period:end", "track:id", "track:group",
    "kind:id", "kind:theme", "kind:work-form", "kind:days", "kind:color",
    "module:id", "module:kind", "module:track", "module:start", "module:end", "module:status",
    "module:start-time", "module:end-time", "module:series", "participants:count", "comment:author", "comment:date",
    "comment:resolved",
    "item:start-time", "item:end-time", "item:day",
    "milestone:id", "milestone:date", "milestone:kind", "band:id", "band:start", "band:end", "band:kind",
  };
  g_autofree char *key = g_strdup_printf ("%s:%s", element, attribute);

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (strcmp (known[i], key) == 0)
      return TRUE;
  return FALSE;
}

/* One message per kind of RELAX NG error, in one switch (kept whole,
 * longer than a screen, so that the table reads as one). */
static void
report_validity_problem (const Problem  *p,
                         const char     *name,
                         GError        **error)
{
  const char *a = p->str1 ? p->str1 : (p->node_name ? p->node_name : "?");
  const char *b = p->str2 ? p->str2 : "?";

  switch (p->code)
    {
    case XML_RELAXNG_ERR_INVALIDATTR:
      if (p->attr_value != NULL && is_known_attribute (b, a))
        {
          lp_reader_set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                               _("“%s” is not a valid value for the attribute “%s” of <%s>"), p->attr_value, a, b);
          return;
        }
      lp_reader_set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                           _("the attribute “%s” is not allowed on <%s>"), a, b);
      return;

    case XML_RELAXNG_ERR_ELEMWRONG:
    case XML_RELAXNG_ERR_ELEMEXTRANS:
      lp_reader_set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                           _("the element <%s> is not allowed here"), a);
      return;

    case XML_RELAXNG_ERR_EXTRACONTENT:
      lp_reader_set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                           _("<%s> contains something that does not belong there (<%s>)"), a, b);
      return;

    case XML_RELAXNG_ERR_NOELEM:
      if (p->str1 == NULL || p->str1[0] == '\0')
        {
          lp_reader_set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                               _("<%s> is missing an element it must contain"), p->node_name ? p->node_name : "?");
          return;
        }
      lp_reader_set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                           _("the required element <%s> is missing"), a);
      return;

    case XML_RELAXNG_ERR_ELEMNAME:
      lp_reader_set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                           _("expected <%s> here, but found <%s>"), a, b);
      return;

    case XML_RELAXNG_ERR_ELEMNONS:
    case XML_RELAXNG_ERR_ELEMWRONGNS:
      lp_reader_set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                           _("the element <%s> is not in the Leerplaats namespace (%s)"), a, LP_NAMESPACE);
      return;

    case XML_RELAXNG_ERR_TYPE:
    case XML_RELAXNG_ERR_TYPEVAL:
    case XML_RELAXNG_ERR_DATATYPE:
    case XML_RELAXNG_ERR_VALUE:
    case XML_RELAXNG_ERR_LIST:
    case XML_RELAXNG_ERR_DATAELEM:
    case XML_RELAXNG_ERR_VALELEM:
      if (p->str2 != NULL)
        lp_reader_set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                             _("the value “%s” is not allowed here"), p->str2);
      else if (p->str1 != NULL)
        lp_reader_set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                             _("the value “%s” is not allowed here"), p->str1);
      else
        lp_reader_set_error (error, LP_FILE_ERROR_INVALID, name, p->line, _("a value is not allowed here"));
      return;

    case XML_RELAXNG_ERR_NOTELEM:
    case XML_RELAXNG_ERR_TEXTWRONG:
      lp_reader_set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                           _("text is not allowed in <%s>"), p->node_name ? p->node_name : a);
      return;

    case XML_RELAXNG_ERR_ATTRVALID:
      lp_reader_set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                           _("<%s> has a missing, unknown or invalid attribute"), a);
      return;

    case XML_RELAXNG_ERR_CONTENTVALID:
      lp_reader_set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                           _("the contents of <%s> do not follow the Leerplaats format"), a);
      return;

    default:
      break;
    }

  /* TRANSLATORS: %s is libxml2's own (English) description of the problem */
  lp_reader_set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                       _("the file does not follow the Leerplaats format (%s)"), p->message);
}

/* ---- entry points ---- */

static gboolean
check_root (xmlDocPtr    doc,
            const char  *name,
            GError     **error)
{
  xmlNodePtr root = xmlDocGetRootElement (doc);
  const char *version;
  guint64 v;

  if (root == NULL)
    {
      lp_reader_set_error (error, LP_FILE_ERROR_NOT_XML, name, 0, _("the file is empty"));
      return FALSE;
    }
  if (strcmp ((const char *) root->name, "trajectory") != 0 ||
      root->ns == NULL || strcmp ((const char *) root->ns->href, LP_NAMESPACE) != 0)
    {
      lp_reader_set_error (error, LP_FILE_ERROR_INVALID, name, lp_reader_line_of (root),
                           _("this is not a Leerplaats trajectory (it starts with <%s> instead of <trajectory "
                             "xmlns=\"%s\">)"), (const char *) root->name, LP_NAMESPACE);
      return FALSE;
    }

  version = lp_reader_attr (root, "version");
  if (version != NULL)
    {
      /* a whole number as the schema reads it: spaces and a "+" allowed */
      g_autofree char *digits = g_strstrip (g_strdup (version));
      const char *d = digits[0] == '+' ? digits + 1 : digits;

      v = g_ascii_strtoull (d, NULL, 10);
      if (d[0] != '\0' && strspn (d, "0123456789") == strlen (d) && v > LP_FORMAT_VERSION)
        {
          lp_reader_set_error (error, LP_FILE_ERROR_TOO_NEW, name, lp_reader_line_of (root),
                               _("this file was made by a newer version of Leerplaats (format version %s); "
                                 "this version reads format version %d"), version, LP_FORMAT_VERSION);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_encoding (xmlDocPtr    doc,
                const char  *name,
                GError     **error)
{
  if (doc->encoding != NULL &&
      g_ascii_strcasecmp ((const char *) doc->encoding, "UTF-8") != 0 &&
      g_ascii_strcasecmp ((const char *) doc->encoding, "UTF8") != 0)
    {
      lp_reader_set_error (error, LP_FILE_ERROR_NOT_XML, name, 1,
                           _("the file says it is written in the encoding “%s”; Leerplaats files are UTF-8"),
                           (const char *) doc->encoding);
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate (xmlDocPtr    doc,
          const char  *name,
          GError     **error)
{
  xmlRelaxNGPtr schema = lp_schema_get ();
  xmlRelaxNGValidCtxtPtr vctxt;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  int result;

  if (schema == NULL)
    {
      lp_reader_set_error (error, LP_FILE_ERROR_INVALID, name, 0,
                           _("the Leerplaats schema could not be loaded; the installation is damaged"));
      return FALSE;
    }

  vctxt = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (vctxt, collect_problem, problems);
  result = xmlRelaxNGValidateDoc (vctxt, doc);
  xmlRelaxNGFreeValidCtxt (vctxt);

  if (result == 0)
    return TRUE;
  if (lp_schema_explain (doc, name, error))
    return FALSE;
  if (problems->len > 0)
    {
      const Problem *best = g_ptr_array_index (problems, 0);

      for (guint i = 0; i < problems->len; i++)
        {
          const Problem *p = g_ptr_array_index (problems, i);
          if (!is_generic_validity_problem (p))
            {
              best = p;
              break;
            }
        }
      report_validity_problem (best, name, error);
    }
  else
    lp_reader_set_error (error, LP_FILE_ERROR_INVALID, name, 0, _("the file does not follow the Leerplaats format"));
  return FALSE;
}

/* One safe parse from memory; NULL with @error set when the text is not
 * well-formed XML or declares a document type. */
static xmlDocPtr
parse_safely (const char  *data,
              gsize        length,
              const char  *name,
              GError     **error)
{
  xmlParserCtxtPtr ctxt;
  xmlDocPtr doc;
  ParseState state;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  g_autoptr(GError) scan_error = NULL;
  LpReaderScan scan = { data, 1, 0 };
  gsize first = MIN (length, 4), offset;
  int options;

  /* the push parser, fed in chunks: it stops at the first limit passed
   * with no more than a chunk copied; the first bytes tell the encoding */
  ctxt = xmlCreatePushParserCtxt (NULL, NULL, data, (int) first, NULL);
  if (ctxt == NULL)
    {
      lp_reader_set_error (error, LP_FILE_ERROR_NOT_XML, name, 0, _("out of memory"));
      return NULL;
    }
  lp_reader_limits_install (&state.limits, ctxt);
  state.saw_dtd = FALSE;
  state.dtd_line = 0;
  ctxt->_private = &state;
  ctxt->sax->internalSubset = on_internal_subset;
  ctxt->sax->externalSubset = NULL;
  ctxt->sax->resolveEntity = NULL;

  /* Never NOENT, DTDLOAD, DTDVALID, RECOVER, HUGE or XINCLUDE. */
  options = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR |
            XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA | XML_PARSE_COMPACT | XML_PARSE_NOBLANKS;

  xmlCtxtUseOptions (ctxt, options);
  xmlSetStructuredErrorFunc (problems, collect_problem);
  for (offset = first; ; )
    {
      gsize n = MIN (PARSE_CHUNK, length - offset);
      gboolean last = offset + n == length;

      if (!lp_reader_scan_attributes (&scan, data + length, data + offset + n, name, &scan_error))
        break;
      xmlParseChunk (ctxt, data + offset, (int) n, last);
      offset += n;
      if (last || ctxt->disableSAX || ctxt->instate == XML_PARSER_EOF)
        break;
    }
  xmlSetStructuredErrorFunc (NULL, NULL);
  doc = g_steal_pointer (&ctxt->myDoc);
  xmlFreeParserCtxt (ctxt);

  if (scan_error != NULL)
    {
      g_clear_pointer (&doc, lp_reader_free_doc);
      g_propagate_error (error, g_steal_pointer (&scan_error));
      return NULL;
    }

  if (!lp_reader_limits_check (&state.limits, name, error))
    {
      g_clear_pointer (&doc, lp_reader_free_doc);
      return NULL;
    }
  if (state.saw_dtd || (doc != NULL && (doc->intSubset != NULL || doc->extSubset != NULL)))
    {
      g_clear_pointer (&doc, lp_reader_free_doc);
      lp_reader_set_error (error, LP_FILE_ERROR_UNSAFE, name,
                           state.dtd_line > 0 ? state.dtd_line
                                              : problems->len > 0 ? ((Problem *) problems->pdata[0])->line : 0,
                           _("the file contains a document type declaration (<!DOCTYPE …>), "
                             "which Leerplaats refuses for safety"));
      return NULL;
    }

  if (doc == NULL || problems->len > 0)
    {
      g_clear_pointer (&doc, lp_reader_free_doc);
      Problem *first = problems->len > 0 ? g_ptr_array_index (problems, 0) : NULL;

      /* libxml2's push parser says "extra content at the end" also when the
       * file stops inside an element or before the first one */
      if (first != NULL && first->code == XML_ERR_DOCUMENT_END && state.limits.depth > 0)
        lp_reader_set_error (error, LP_FILE_ERROR_NOT_XML, name, first->line,
                             _("the file is not complete: it ends before the trajectory does "
                               "(it may have been cut off)"));
      else if (first != NULL && first->code == XML_ERR_DOCUMENT_END && state.limits.elements == 0)
        lp_reader_set_error (error, LP_FILE_ERROR_NOT_XML, name, first->line,
                             _("the file holds no trajectory: it has no elements"));
      else if (first != NULL)
        report_parse_problem (first, name, error);
      else
        lp_reader_set_error (error, LP_FILE_ERROR_NOT_XML, name, 0, _("the file is damaged or is not XML"));
      return NULL;
    }
  return doc;
}

LpTrajectory *
lp_reader_load_data (const char  *data,
                     gsize        length,
                     const char  *display_name,
                     GError     **error)
{
  g_autoptr(LpTrajectory) trajectory = NULL;
  const char *name = display_name ? display_name : _("(unnamed)");
  gboolean only_blank = TRUE;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  lp_reader_init ();

  for (gsize i = 0; i < length && only_blank; i++)
    only_blank = g_ascii_isspace (data[i]);
  if (only_blank)
    {
      lp_reader_set_error (error, LP_FILE_ERROR_NOT_XML, name, 0, _("the file is empty"));
      return NULL;
    }
  if (length > LP_READER_MAX_FILE_SIZE)
    {
      lp_reader_set_error (error, LP_FILE_ERROR_UNSAFE, name, 0, _("the file is too large to be a trajectory"));
      return NULL;
    }

  /* a large file read as it streams by when it is plain and right; the
   * tree reader otherwise, and for every small file */
  if (length >= LP_READER_STREAM_MIN)
    trajectory = lp_reader_stream_load (data, length, name);
  if (trajectory == NULL)
    trajectory = lp_reader_tree_load (data, length, name, error);
  if (trajectory == NULL)
    return NULL;
  lp_history_clear (lp_trajectory_get_history (trajectory));
  return g_steal_pointer (&trajectory);
}

LpTrajectory *
lp_reader_tree_load (const char  *data,
                     gsize        length,
                     const char  *name,
                     GError     **error)
{
  g_autoptr(LpTrajectory) trajectory = NULL;
  xmlDocPtr doc;
  gboolean ok;

  doc = parse_safely (data, length, name, error);
  if (doc == NULL)
    return NULL;

  trajectory = lp_trajectory_new ();
  lp_reader_collapse_tokens (xmlDocGetRootElement (doc));
  ok = check_encoding (doc, name, error) && check_root (doc, name, error) && validate (doc, name, error) &&
       lp_reader_walk (xmlDocGetRootElement (doc), name, trajectory, error);
  lp_reader_free_doc (doc);
  return ok ? g_steal_pointer (&trajectory) : NULL;
}

LpTrajectory *
lp_reader_load_file (GFile         *file,
                     LpFileStamp  **out_stamp,
                     GCancellable  *cancellable,
                     GError       **error)
{
  return lp_reader_load_file_bytes (file, out_stamp, NULL, cancellable, error);
}

/* Files from this size on (a few hundred modules) have their checksum made
 * in a thread of its own while they are parsed. */
#define STAMP_BESIDE_MIN (1024 * 1024)

typedef struct {
  const char *data;
  gsize       length;
} StampJob;

static gpointer
stamp_thread (gpointer data)
{
  StampJob *job = data;

  return lp_file_stamp_new (job->data, job->length);
}

LpTrajectory *
lp_reader_load_file_bytes (GFile         *file,
                           LpFileStamp  **out_stamp,
                           GBytes       **out_bytes,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;
  LpTrajectory *trajectory;
  GThread *stamper = NULL;
  StampJob job;
  LpFileStamp *stamp;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  if (name == NULL)
    name = g_file_get_parse_name (file);

  if (g_file_peek_path (file) != NULL)
    {
      /* what a save killed midway left beside it */
      lp_file_remove_stale_temporaries (g_file_peek_path (file));
      if (!lp_reader_read_path (g_file_peek_path (file), name, &contents, &length, error))
        return NULL;
    }
  else if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;

  /* a large file's checksum is computed beside the parse, not after it */
  if (out_stamp != NULL && length >= STAMP_BESIDE_MIN)
    {
      job = (StampJob) { contents, length };
      stamper = g_thread_new ("lp-stamp", stamp_thread, &job);
    }
  trajectory = lp_reader_load_data (contents, length, name, error);
  stamp = stamper != NULL ? g_thread_join (stamper) : NULL;
  if (trajectory != NULL && out_stamp != NULL)
    *out_stamp = stamp != NULL ? g_steal_pointer (&stamp) : lp_file_stamp_new (contents, length);
  g_clear_pointer (&stamp, lp_file_stamp_free);
  if (trajectory != NULL && out_bytes != NULL)
    *out_bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  return trajectory;
}
