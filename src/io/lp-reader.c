/* lp-reader.c — loading .leerplaats files (SPEC §6), safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One parse from memory (no network, no DTD, no entities, no XInclude), one
 * RELAX NG validation, one walk that checks what the schema cannot and
 * builds the model.  Every error is "NAME:LINE: what is wrong", translated.
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <string.h>

#include "core/lp-date.h"
#include "core/lp-library.h"
#include "lp-reader.h"
#include "lp-schema.h"

#define LP_NAMESPACE       "urn:leerplaats:trajectory:1"
#define LP_FORMAT_VERSION  1
#define MAX_FILE_SIZE      (64 * 1024 * 1024)
#define MAX_PROBLEMS       50

G_DEFINE_QUARK (lp-file-error-quark, lp_file_error)

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
  gboolean saw_dtd;
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
      if (p->line <= 0)
        p->line = (int) xmlGetLineNo (error->node);
    }
  g_ptr_array_add (problems, p);
}

/* ---- error helpers ---- */

static void
set_error (GError     **error,
           int          code,
           const char  *name,
           long         line,
           const char  *format,
           ...) G_GNUC_PRINTF (5, 6);

static void
set_error (GError     **error,
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

  if (line > 0)
    g_set_error (error, LP_FILE_ERROR, code, "%s:%ld: %s", name, line, what);
  else
    g_set_error (error, LP_FILE_ERROR, code, "%s: %s", name, what);
}

guint
lp_reader_error_get_line (const GError *error)
{
  const char *p;

  if (error == NULL || error->domain != LP_FILE_ERROR || error->message == NULL)
    return 0;

  /* "NAME:LINE: …": the first ":digits: " */
  for (p = strchr (error->message, ':'); p != NULL; p = strchr (p + 1, ':'))
    {
      const char *q = p + 1;
      guint64 line = 0;

      if (!g_ascii_isdigit (*q))
        continue;
      while (g_ascii_isdigit (*q))
        line = line * 10 + (guint64) (*q++ - '0');
      if (q[0] == ':' && q[1] == ' ' && line <= G_MAXUINT)
        return (guint) line;
    }
  return 0;
}

static void
report_parse_problem (const Problem  *p,
                      const char     *name,
                      GError        **error)
{
  switch (p->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      /* blank files are caught before parsing: this is text, not XML */
      set_error (error, LP_FILE_ERROR_NOT_XML, name, p->line,
                 _("the file is not XML: it does not start with an element"));
      return;

    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
      if (strstr (p->message, "UTF-8") != NULL || p->code == XML_ERR_INVALID_ENCODING)
        {
          set_error (error, LP_FILE_ERROR_NOT_XML, name, p->line,
                     _("the file contains bytes that are not valid UTF-8 text"));
          return;
        }
      set_error (error, LP_FILE_ERROR_NOT_XML, name, p->line,
                 _("the file contains a character that is not allowed in XML"));
      return;

    case XML_ERR_UNSUPPORTED_ENCODING:
      set_error (error, LP_FILE_ERROR_NOT_XML, name, p->line,
                 _("the file uses a text encoding Leerplaats does not read; it must be UTF-8"));
      return;

    case XML_ERR_TAG_NOT_FINISHED:
    case XML_ERR_LTSLASH_REQUIRED:
    case XML_ERR_GT_REQUIRED:
    case XML_ERR_DOCUMENT_END:
      if (p->code == XML_ERR_DOCUMENT_END)
        set_error (error, LP_FILE_ERROR_NOT_XML, name, p->line,
                   _("there is more text after the end of the trajectory"));
      else if (p->str1 != NULL)
        set_error (error, LP_FILE_ERROR_NOT_XML, name, p->line,
                   _("the file is not complete: it ends inside <%s>"), p->str1);
      else
        set_error (error, LP_FILE_ERROR_NOT_XML, name, p->line,
                   _("the file is not complete: it ends in the middle of an element"));
      return;

    case XML_ERR_TAG_NAME_MISMATCH:
      set_error (error, LP_FILE_ERROR_NOT_XML, name, p->line,
                 _("the element <%s> is closed with the wrong tag </%s>"),
                 p->str1 ? p->str1 : "?", p->str2 ? p->str2 : "?");
      return;

    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
    case XML_ERR_ENTITY_LOOP:
    case XML_ERR_ENTITY_PE_INTERNAL:
      set_error (error, LP_FILE_ERROR_UNSAFE, name, p->line,
                 _("the file uses an entity, which Leerplaats does not accept"));
      return;

    case XML_ERR_INTERNAL_ERROR:
      if (strstr (p->message, "depth") != NULL)
        {
          set_error (error, LP_FILE_ERROR_UNSAFE, name, p->line,
                     _("the file nests elements too deeply"));
          return;
        }
      break;

    case XML_ERR_NAME_TOO_LONG:
      set_error (error, LP_FILE_ERROR_UNSAFE, name, p->line, _("the file contains a name that is far too long"));
      return;

    default:
      break;
    }

  if (strstr (p->message, "Excessive depth") != NULL)
    {
      set_error (error, LP_FILE_ERROR_UNSAFE, name, p->line, _("the file nests elements too deeply"));
      return;
    }
  if (strstr (p->message, "huge") != NULL || strstr (p->message, "too long") != NULL)
    {
      set_error (error, LP_FILE_ERROR_UNSAFE, name, p->line, _("the file contains a text that is far too long"));
      return;
    }

  /* TRANSLATORS: %s is libxml2's own (English) description of the problem */
  set_error (error, LP_FILE_ERROR_NOT_XML, name, p->line,
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
    "trajectory:version", "period:start", "period:end", "track:id", "track:group",
    "kind:id", "kind:theme", "kind:work-form", "kind:days", "kind:color",
    "module:id", "module:kind", "module:track", "module:start", "module:end", "module:status",
    "module:start-time", "module:end-time", "participants:count", "comment:author", "comment:date",
    "milestone:id", "milestone:date", "milestone:kind", "band:id", "band:start", "band:end", "band:kind",
  };
  g_autofree char *key = g_strdup_printf ("%s:%s", element, attribute);

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (strcmp (known[i], key) == 0)
      return TRUE;
  return FALSE;
}

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
          set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                     _("“%s” is not a valid value for the attribute “%s” of <%s>"), p->attr_value, a, b);
          return;
        }
      set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                 _("the attribute “%s” is not allowed on <%s>"), a, b);
      return;

    case XML_RELAXNG_ERR_ELEMWRONG:
    case XML_RELAXNG_ERR_ELEMEXTRANS:
      set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                 _("the element <%s> is not allowed here"), a);
      return;

    case XML_RELAXNG_ERR_EXTRACONTENT:
      set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                 _("<%s> contains something that does not belong there (<%s>)"), a, b);
      return;

    case XML_RELAXNG_ERR_NOELEM:
      if (p->str1 == NULL || p->str1[0] == '\0')
        {
          set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                     _("<%s> is missing an element it must contain"), p->node_name ? p->node_name : "?");
          return;
        }
      set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                 _("the required element <%s> is missing"), a);
      return;

    case XML_RELAXNG_ERR_ELEMNAME:
      set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                 _("expected <%s> here, but found <%s>"), a, b);
      return;

    case XML_RELAXNG_ERR_ELEMNONS:
    case XML_RELAXNG_ERR_ELEMWRONGNS:
      set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
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
        set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                   _("the value “%s” is not allowed here"), p->str2);
      else if (p->str1 != NULL)
        set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                   _("the value “%s” is not allowed here"), p->str1);
      else
        set_error (error, LP_FILE_ERROR_INVALID, name, p->line, _("a value is not allowed here"));
      return;

    case XML_RELAXNG_ERR_NOTELEM:
    case XML_RELAXNG_ERR_TEXTWRONG:
      set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                 _("text is not allowed in <%s>"), p->node_name ? p->node_name : a);
      return;

    case XML_RELAXNG_ERR_ATTRVALID:
      set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                 _("<%s> has a missing, unknown or invalid attribute"), a);
      return;

    case XML_RELAXNG_ERR_CONTENTVALID:
      set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
                 _("the contents of <%s> do not follow the Leerplaats format"), a);
      return;

    default:
      break;
    }

  /* TRANSLATORS: %s is libxml2's own (English) description of the problem */
  set_error (error, LP_FILE_ERROR_INVALID, name, p->line,
             _("the file does not follow the Leerplaats format (%s)"), p->message);
}

/* ---- the walk ---- */

typedef struct {
  const char    *name;      /* display name */
  LpTrajectory  *trajectory;
  GError       **error;
  GString       *scratch;
} Walk;

static gboolean
is_element (xmlNodePtr  node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

static const char *
attr (xmlNodePtr  node,
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

/* The text of an element whose content is text only.  Returns a pointer
 * into the document or into w->scratch (valid until the next call). */
static const char *
text (Walk       *w,
      xmlNodePtr  node)
{
  xmlNodePtr child = node->children;

  if (child == NULL)
    return "";
  if (child->next == NULL && (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE))
    return (const char *) child->content;

  g_string_truncate (w->scratch, 0);
  for (; child != NULL; child = child->next)
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
      g_string_append (w->scratch, (const char *) child->content);
  return w->scratch->str;
}

static long
line_of (xmlNodePtr node)
{
  return xmlGetLineNo (node);
}

static gboolean
parse_date_attr (Walk       *w,
                 xmlNodePtr  node,
                 const char *name,
                 LpDate     *out)
{
  const char *value = attr (node, name);

  if (value == NULL)
    {
      *out = LP_DATE_NONE;
      return TRUE;
    }
  if (!lp_date_parse (value, out))
    {
      set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, line_of (node),
                 _("“%s” is not a real date (in %s of <%s>)"), value, name, (const char *) node->name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_unique (Walk       *w,
              xmlNodePtr  node,
              gboolean    exists,
              const char *id)
{
  if (exists)
    {
      set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, line_of (node),
                 _("the id “%s” is used twice for <%s>"), id, (const char *) node->name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_track (Walk *w, xmlNodePtr node)
{
  const char *id = attr (node, "id");
  LpTrackGroup group = LP_TRACK_GROUP_OTHER;
  g_autoptr(LpTrack) track = NULL;

  if (!check_unique (w, node, lp_trajectory_lookup_track (w->trajectory, id) != NULL, id))
    return FALSE;
  lp_track_group_from_string (attr (node, "group"), &group);
  track = lp_track_new (id, text (w, node), group);
  lp_trajectory_load_track (w->trajectory, track);
  return TRUE;
}

static gboolean
read_kind (Walk *w, xmlNodePtr node)
{
  const char *id = attr (node, "id");
  g_autoptr(LpKind) kind = NULL;
  guint64 days = 1;

  if (!check_unique (w, node, lp_trajectory_lookup_own_kind (w->trajectory, id) != NULL, id))
    return FALSE;

  kind = lp_kind_new (id);
  lp_kind_set_theme_id (kind, attr (node, "theme"));
  lp_kind_set_work_form (kind, attr (node, "work-form"));
  if (attr (node, "days"))
    days = g_ascii_strtoull (attr (node, "days"), NULL, 10);
  lp_kind_set_days (kind, (guint) CLAMP (days, 1, 366));
  lp_kind_set_color (kind, attr (node, "color"));

  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    {
      if (is_element (c, "name"))
        lp_kind_set_name (kind, text (w, c));
      else if (is_element (c, "description"))
        lp_kind_set_description (kind, text (w, c));
    }

  lp_trajectory_load_kind (w->trajectory, kind);
  return TRUE;
}

static gboolean
read_time (Walk       *w,
           xmlNodePtr  node,
           const char *name,
           int        *out)
{
  const char *value = attr (node, name);

  *out = LP_TIME_NONE;
  if (value == NULL)
    return TRUE;
  if (!lp_time_parse (value, out))
    {
      set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, line_of (node),
                 _("“%s” is not a valid time (in %s of <%s>)"), value, name, (const char *) node->name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_module (Walk *w, xmlNodePtr node)
{
  const char *id = attr (node, "id");
  const char *kind_id = attr (node, "kind");
  const char *track_id = attr (node, "track");
  LpTrack *track;
  LpDate start, end;
  int start_time, end_time;
  LpStatus status = LP_STATUS_DRAFT;
  g_autoptr(LpModule) module = NULL;
  g_autoptr(GPtrArray) facilitators = NULL;
  g_autoptr(GPtrArray) comments = NULL;
  char buf1[11], buf2[11];

  if (!check_unique (w, node, lp_trajectory_lookup_module (w->trajectory, id) != NULL, id))
    return FALSE;

  track = lp_trajectory_lookup_track (w->trajectory, track_id);
  if (track == NULL)
    {
      set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, line_of (node),
                 _("the module “%s” is on the track “%s”, which does not exist"), id, track_id);
      return FALSE;
    }
  if (lp_trajectory_lookup_kind (w->trajectory, kind_id) == NULL)
    {
      set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, line_of (node),
                 _("the module “%s” is of the kind “%s”, which is neither in the file nor built in"),
                 id, kind_id);
      return FALSE;
    }
  if (!parse_date_attr (w, node, "start", &start) || !parse_date_attr (w, node, "end", &end))
    return FALSE;
  if (end < start)
    {
      set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, line_of (node),
                 _("the module “%s” ends before it starts (%s before %s)"),
                 id, lp_date_format_iso (end, buf1), lp_date_format_iso (start, buf2));
      return FALSE;
    }
  if (start < lp_trajectory_get_period_start (w->trajectory) ||
      end > lp_trajectory_get_period_end (w->trajectory))
    {
      char p1[11], p2[11];

      set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, line_of (node),
                 _("the module “%s” (%s to %s) lies outside the period of the trajectory (%s to %s)"),
                 id, lp_date_format_iso (start, buf1), lp_date_format_iso (end, buf2),
                 lp_date_format_iso (lp_trajectory_get_period_start (w->trajectory), p1),
                 lp_date_format_iso (lp_trajectory_get_period_end (w->trajectory), p2));
      return FALSE;
    }
  if (!read_time (w, node, "start-time", &start_time) || !read_time (w, node, "end-time", &end_time))
    return FALSE;
  if (start == end && start_time != LP_TIME_NONE && end_time != LP_TIME_NONE && end_time < start_time)
    {
      set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, line_of (node),
                 _("the module “%s” ends before it starts (%s before %s on the same day)"),
                 id, attr (node, "end-time"), attr (node, "start-time"));
      return FALSE;
    }
  if (attr (node, "status"))
    lp_status_from_string (attr (node, "status"), &status);

  module = lp_module_new (id);
  lp_module_set_kind_id (module, kind_id);
  lp_module_set_track (module, track);
  lp_module_set_start (module, start);
  lp_module_set_end (module, end);
  lp_module_set_start_time (module, start_time);
  lp_module_set_end_time (module, end_time);
  lp_module_set_status (module, status);

  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;

      if (is_element (c, "title"))
        lp_module_set_title (module, text (w, c));
      else if (is_element (c, "facilitator"))
        {
          if (facilitators == NULL)
            facilitators = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (facilitators, g_strdup (text (w, c)));
        }
      else if (is_element (c, "participants"))
        {
          const char *count = attr (c, "count");
          if (count != NULL)
            lp_module_set_participants_count (module, (int) MIN (g_ascii_strtoull (count, NULL, 10), G_MAXINT));
          lp_module_set_participants (module, text (w, c));
        }
      else if (is_element (c, "location"))
        lp_module_set_location (module, text (w, c));
      else if (is_element (c, "goals"))
        lp_module_set_goals (module, text (w, c));
      else if (is_element (c, "preparation"))
        lp_module_set_preparation (module, text (w, c));
      else if (is_element (c, "description"))
        lp_module_set_description (module, text (w, c));
      else if (is_element (c, "notes"))
        lp_module_set_notes (module, text (w, c));
      else if (is_element (c, "comment"))
        {
          LpDate date = LP_DATE_NONE;

          if (!parse_date_attr (w, c, "date", &date))
            return FALSE;
          if (comments == NULL)
            comments = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_comment_free);
          g_ptr_array_add (comments, lp_comment_new (attr (c, "author"), date, text (w, c)));
        }
    }

  if (facilitators != NULL)
    {
      g_ptr_array_add (facilitators, NULL);
      lp_module_set_facilitators (module, (const char * const *) facilitators->pdata);
    }
  if (comments != NULL)
    lp_module_set_comments (module, comments);

  lp_trajectory_load_module (w->trajectory, module);
  return TRUE;
}

static gboolean
read_milestone (Walk *w, xmlNodePtr node)
{
  const char *id = attr (node, "id");
  LpDate date;
  LpMilestoneKind kind = LP_MILESTONE_OTHER;
  g_autoptr(LpMilestone) milestone = NULL;

  if (!check_unique (w, node, lp_trajectory_lookup_milestone (w->trajectory, id) != NULL, id))
    return FALSE;
  if (!parse_date_attr (w, node, "date", &date))
    return FALSE;
  lp_milestone_kind_from_string (attr (node, "kind"), &kind);
  milestone = lp_milestone_new (id, date, kind, text (w, node));
  lp_trajectory_load_milestone (w->trajectory, milestone);
  return TRUE;
}

static gboolean
read_band (Walk *w, xmlNodePtr node)
{
  const char *id = attr (node, "id");
  LpDate start, end;
  LpBandKind kind = LP_BAND_OTHER;
  g_autoptr(LpBand) band = NULL;
  char buf1[11], buf2[11];

  if (!check_unique (w, node, lp_trajectory_lookup_band (w->trajectory, id) != NULL, id))
    return FALSE;
  if (!parse_date_attr (w, node, "start", &start) || !parse_date_attr (w, node, "end", &end))
    return FALSE;
  if (end < start)
    {
      set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, line_of (node),
                 _("the period “%s” ends before it starts (%s before %s)"),
                 id, lp_date_format_iso (end, buf1), lp_date_format_iso (start, buf2));
      return FALSE;
    }
  lp_band_kind_from_string (attr (node, "kind"), &kind);
  band = lp_band_new (id, start, end, kind, text (w, node));
  lp_trajectory_load_band (w->trajectory, band);
  return TRUE;
}

typedef gboolean (*ReadFunc) (Walk *w, xmlNodePtr node);

static gboolean
read_list (Walk       *w,
           xmlNodePtr  list,
           ReadFunc    func)
{
  for (xmlNodePtr c = list->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE && !func (w, c))
      return FALSE;
  return TRUE;
}

static gboolean
walk_document (Walk       *w,
               xmlNodePtr  root)
{
  const char *title = NULL, *client = NULL, *author = NULL, *description = NULL;
  g_autofree char *title_copy = NULL, *client_copy = NULL, *author_copy = NULL, *description_copy = NULL;
  LpDate start = LP_DATE_NONE, end = LP_DATE_NONE;
  xmlNodePtr period = NULL, tracks = NULL, kinds = NULL, modules = NULL, milestones = NULL, bands = NULL;
  char buf1[11], buf2[11];

  for (xmlNodePtr c = root->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (is_element (c, "title"))
        title = title_copy = g_strdup (text (w, c));
      else if (is_element (c, "client"))
        client = client_copy = g_strdup (text (w, c));
      else if (is_element (c, "author"))
        author = author_copy = g_strdup (text (w, c));
      else if (is_element (c, "description"))
        description = description_copy = g_strdup (text (w, c));
      else if (is_element (c, "period"))
        period = c;
      else if (is_element (c, "tracks"))
        tracks = c;
      else if (is_element (c, "kinds"))
        kinds = c;
      else if (is_element (c, "modules"))
        modules = c;
      else if (is_element (c, "milestones"))
        milestones = c;
      else if (is_element (c, "bands"))
        bands = c;
    }

  g_assert (period != NULL && tracks != NULL); /* the schema requires them */

  if (!parse_date_attr (w, period, "start", &start) || !parse_date_attr (w, period, "end", &end))
    return FALSE;
  if (end < start)
    {
      set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, line_of (period),
                 _("the period of the trajectory ends before it starts (%s before %s)"),
                 lp_date_format_iso (end, buf1), lp_date_format_iso (start, buf2));
      return FALSE;
    }

  lp_trajectory_load_set_header (w->trajectory, title, client, author, description, start, end);

  if (!read_list (w, tracks, read_track))
    return FALSE;
  if (kinds != NULL && !read_list (w, kinds, read_kind))
    return FALSE;
  if (modules != NULL && !read_list (w, modules, read_module))
    return FALSE;
  if (milestones != NULL && !read_list (w, milestones, read_milestone))
    return FALSE;
  if (bands != NULL && !read_list (w, bands, read_band))
    return FALSE;

  return TRUE;
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
      set_error (error, LP_FILE_ERROR_NOT_XML, name, 0, _("the file is empty"));
      return FALSE;
    }
  if (strcmp ((const char *) root->name, "trajectory") != 0 ||
      root->ns == NULL || strcmp ((const char *) root->ns->href, LP_NAMESPACE) != 0)
    {
      set_error (error, LP_FILE_ERROR_INVALID, name, line_of (root),
                 _("this is not a Leerplaats trajectory (it starts with <%s> instead of <trajectory "
                   "xmlns=\"%s\">)"), (const char *) root->name, LP_NAMESPACE);
      return FALSE;
    }

  version = attr (root, "version");
  if (version != NULL && version[0] != '\0')
    {
      char *endp = NULL;

      v = g_ascii_strtoull (version, &endp, 10);
      if (endp != NULL && *endp == '\0' && v > LP_FORMAT_VERSION)
        {
          set_error (error, LP_FILE_ERROR_TOO_NEW, name, line_of (root),
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
      set_error (error, LP_FILE_ERROR_NOT_XML, name, 1,
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
      set_error (error, LP_FILE_ERROR_INVALID, name, 0,
                 _("the Leerplaats schema could not be loaded; the installation is damaged"));
      return FALSE;
    }

  vctxt = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (vctxt, collect_problem, problems);
  result = xmlRelaxNGValidateDoc (vctxt, doc);
  xmlRelaxNGFreeValidCtxt (vctxt);

  if (result == 0)
    return TRUE;

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
    set_error (error, LP_FILE_ERROR_INVALID, name, 0, _("the file does not follow the Leerplaats format"));
  return FALSE;
}

LpTrajectory *
lp_reader_load_data (const char  *data,
                     gsize        length,
                     const char  *display_name,
                     GError     **error)
{
  xmlParserCtxtPtr ctxt;
  xmlDocPtr doc;
  ParseState state = { FALSE };
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(LpTrajectory) trajectory = NULL;
  g_autoptr(GString) scratch = NULL;
  const char *name = display_name ? display_name : _("(unnamed)");
  gboolean only_blank = TRUE;
  Walk walk;
  int options;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  lp_reader_init ();

  for (gsize i = 0; i < length && only_blank; i++)
    only_blank = g_ascii_isspace (data[i]);
  if (only_blank)
    {
      set_error (error, LP_FILE_ERROR_NOT_XML, name, 0, _("the file is empty"));
      return NULL;
    }
  if (length > MAX_FILE_SIZE)
    {
      set_error (error, LP_FILE_ERROR_UNSAFE, name, 0, _("the file is too large to be a trajectory"));
      return NULL;
    }

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      set_error (error, LP_FILE_ERROR_NOT_XML, name, 0, _("out of memory"));
      return NULL;
    }
  ctxt->_private = &state;
  ctxt->sax->internalSubset = on_internal_subset;
  ctxt->sax->externalSubset = NULL;
  ctxt->sax->resolveEntity = NULL;

  /* Never NOENT, DTDLOAD, DTDVALID, RECOVER, HUGE or XINCLUDE. */
  options = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR |
            XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA | XML_PARSE_COMPACT | XML_PARSE_NOBLANKS;

  xmlSetStructuredErrorFunc (problems, collect_problem);
  doc = xmlCtxtReadMemory (ctxt, data, (int) length, NULL, NULL, options);
  xmlSetStructuredErrorFunc (NULL, NULL);
  xmlFreeParserCtxt (ctxt);

  if (state.saw_dtd || (doc != NULL && (doc->intSubset != NULL || doc->extSubset != NULL)))
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      set_error (error, LP_FILE_ERROR_UNSAFE, name, problems->len > 0 ? ((Problem *) problems->pdata[0])->line : 0,
                 _("the file contains a document type declaration (<!DOCTYPE …>), "
                   "which Leerplaats refuses for safety"));
      return NULL;
    }

  if (doc == NULL || problems->len > 0)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      if (problems->len > 0)
        report_parse_problem (g_ptr_array_index (problems, 0), name, error);
      else
        set_error (error, LP_FILE_ERROR_NOT_XML, name, 0, _("the file is damaged or is not XML"));
      return NULL;
    }

  if (!check_encoding (doc, name, error) || !check_root (doc, name, error) || !validate (doc, name, error))
    {
      xmlFreeDoc (doc);
      return NULL;
    }

  trajectory = lp_trajectory_new ();
  scratch = g_string_new (NULL);
  walk.name = name;
  walk.trajectory = trajectory;
  walk.error = error;
  walk.scratch = scratch;

  if (!walk_document (&walk, xmlDocGetRootElement (doc)))
    {
      xmlFreeDoc (doc);
      return NULL;
    }

  xmlFreeDoc (doc);
  lp_history_clear (lp_trajectory_get_history (trajectory));
  return g_steal_pointer (&trajectory);
}

LpTrajectory *
lp_reader_load_file (GFile         *file,
                     LpFileStamp  **out_stamp,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;
  LpTrajectory *trajectory;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  if (name == NULL)
    name = g_file_get_parse_name (file);

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;

  trajectory = lp_reader_load_data (contents, length, name, error);
  if (trajectory != NULL && out_stamp != NULL)
    *out_stamp = lp_file_stamp_new (contents, length);
  return trajectory;
}
