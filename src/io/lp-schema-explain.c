/* lp-schema-explain.c — why a file does not follow the schema, in words
 *
 * libxml2's RELAX NG validator says "<module> has a missing, unknown or
 * invalid attribute" or, for a missing <period>, "<tracks> is not allowed
 * here".  This reads the schema's plain shape (each element's attributes
 * and its sequence of child elements) from the schema itself and walks the
 * refused document against it to say which.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <string.h>

#include "lp-file-error.h"
#include "lp-reader-private.h"
#include "lp-schema.h"
#include "lp-schema-explain.h"

#define RNG_NS "http://relaxng.org/ns/structure/1.0"
#define MANY   G_MAXUINT

/* What an attribute's value may be; OPEN is what this does not check
 * (text or a pattern: the validator's own message says it).  LENGTH is a
 * string of a fixed number of characters (the dates and times). */
typedef enum { OPEN, CHOICE, WHOLE_NUMBER, ID, LENGTH } ValueRule;

typedef struct {
  char      *name;
  gboolean   required;
  ValueRule  rule;
  GPtrArray *choices;   /* char*, for CHOICE */
  guint64    min, max;  /* for WHOLE_NUMBER; for LENGTH, min is the length */
} Attribute;

typedef struct _Element Element;

typedef struct {
  Element *element;
  guint    min, max;   /* times it may appear in a row */
} Slot;

struct _Element {
  char      *name;
  GPtrArray *attributes;   /* Attribute* */
  GArray    *slots;        /* Slot, in the order of the schema */
  gboolean   text;         /* may hold text */
};

/* ---- the shape, read from the schema ---- */

static gboolean
is_rng (xmlNodePtr  node,
        const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         strcmp ((const char *) node->ns->href, RNG_NS) == 0 && strcmp ((const char *) node->name, name) == 0;
}

static char *
prop (xmlNodePtr  node,
      const char *name)
{
  xmlChar *v = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) v);

  xmlFree (v);
  return copy;
}

static xmlNodePtr
define_of (xmlNodePtr  grammar,
           xmlNodePtr  ref)
{
  g_autofree char *wanted = prop (ref, "name");

  for (xmlNodePtr d = grammar->children; d != NULL; d = d->next)
    {
      g_autofree char *name = is_rng (d, "define") ? prop (d, "name") : NULL;

      if (name != NULL && g_strcmp0 (name, wanted) == 0)
        return d;
    }
  return NULL;
}

/* A string whose only facet is its length in characters. */
static void
read_length (Attribute  *a,
             xmlNodePtr  data)
{
  for (xmlNodePtr p = data->children; p != NULL; p = p->next)
    {
      g_autofree char *param = is_rng (p, "param") ? prop (p, "name") : NULL;
      g_autofree char *text = param ? (char *) xmlNodeGetContent (p) : NULL;

      if (param == NULL)
        continue;
      if (g_strcmp0 (param, "length") != 0)
        {
          a->rule = OPEN;
          return;
        }
      a->rule = LENGTH;
      a->min = g_ascii_strtoull (text, NULL, 10);
    }
}

static void
read_value (Attribute  *a,
            xmlNodePtr  grammar,
            xmlNodePtr  node)
{
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    if (is_rng (c, "ref") && define_of (grammar, c) != NULL)
      read_value (a, grammar, define_of (grammar, c));
    else if (is_rng (c, "choice"))
      {
        a->rule = CHOICE;
        a->choices = g_ptr_array_new_with_free_func (g_free);
        for (xmlNodePtr v = c->children; v != NULL; v = v->next)
          if (is_rng (v, "value"))
            g_ptr_array_add (a->choices, (char *) xmlNodeGetContent (v));
      }
    else if (is_rng (c, "data"))
      {
        g_autofree char *type = prop (c, "type");

        a->rule = g_strcmp0 (type, "NCName") == 0 ? ID : OPEN;
        if (g_strcmp0 (type, "string") == 0)
          read_length (a, c);
        if (g_strcmp0 (type, "positiveInteger") == 0 || g_strcmp0 (type, "nonNegativeInteger") == 0)
          {
            a->rule = WHOLE_NUMBER;
            a->min = g_strcmp0 (type, "positiveInteger") == 0;
            a->max = G_MAXUINT64;
            for (xmlNodePtr p = c->children; p != NULL; p = p->next)
              {
                g_autofree char *param = is_rng (p, "param") ? prop (p, "name") : NULL;
                g_autofree char *text = param ? (char *) xmlNodeGetContent (p) : NULL;

                if (g_strcmp0 (param, "maxInclusive") == 0)
                  a->max = g_ascii_strtoull (text, NULL, 10);
              }
          }
      }
}

static Element *read_element (xmlNodePtr grammar, xmlNodePtr node);

/* Adds what @node holds to @e; @min and @max are the repetition of the
 * pattern around it, @required whether an attribute in it must be there. */
static void
read_content (Element    *e,
              xmlNodePtr  grammar,
              xmlNodePtr  node,
              guint       min,
              guint       max)
{
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    if (is_rng (c, "attribute"))
      {
        Attribute *a = g_new0 (Attribute, 1);

        a->name = prop (c, "name");
        a->required = min > 0;
        read_value (a, grammar, c);
        g_ptr_array_add (e->attributes, a);
      }
    else if (is_rng (c, "element"))
      {
        Slot s = { read_element (grammar, c), min, max };

        g_array_append_val (e->slots, s);
      }
    else if (is_rng (c, "text"))
      e->text = TRUE;
    else if (is_rng (c, "optional"))
      read_content (e, grammar, c, 0, max);
    else if (is_rng (c, "zeroOrMore"))
      read_content (e, grammar, c, 0, MANY);
    else if (is_rng (c, "oneOrMore"))
      read_content (e, grammar, c, min, MANY);
    else if (is_rng (c, "ref") && define_of (grammar, c) != NULL)
      read_content (e, grammar, define_of (grammar, c), min, max);
}

static Element *
read_element (xmlNodePtr grammar,
              xmlNodePtr node)
{
  Element *e = g_new0 (Element, 1);

  e->name = prop (node, "name");
  e->attributes = g_ptr_array_new ();
  e->slots = g_array_new (FALSE, FALSE, sizeof (Slot));
  read_content (e, grammar, node, 1, 1);
  return e;
}

/* The root element's shape, read once and kept for the process. */
static const Element *
shape (void)
{
  static gsize done = 0;
  static Element *root = NULL;

  if (g_once_init_enter (&done))
    {
      g_autoptr(GBytes) bytes = lp_schema_get_bytes ();
      xmlDocPtr doc = NULL;

      if (bytes != NULL)
        doc = xmlReadMemory (g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes), "leerplaats.rng",
                             NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
      for (xmlNodePtr s = doc ? xmlDocGetRootElement (doc)->children : NULL; s != NULL && root == NULL; s = s->next)
        if (is_rng (s, "start"))
          for (xmlNodePtr c = s->children; c != NULL && root == NULL; c = c->next)
            if (is_rng (c, "element"))
              root = read_element (xmlDocGetRootElement (doc), c);
      xmlFreeDoc (doc);
      g_once_init_leave (&done, 1);
    }
  return root;
}

/* ---- the document, against the shape ---- */

typedef struct {
  const char  *file;
  GError     **error;
} Explain;

static gboolean
fail (Explain    *x,
      xmlNodePtr  node,
      char       *message)   /* taken */
{
  lp_reader_set_error (x->error, LP_FILE_ERROR_INVALID, x->file, lp_reader_line_of (node), "%s", message);
  g_free (message);
  return FALSE;
}

static char *
attribute_name (xmlAttrPtr a)
{
  if (a->ns != NULL && a->ns->prefix != NULL)
    return g_strdup_printf ("%s:%s", (const char *) a->ns->prefix, (const char *) a->name);
  return g_strdup ((const char *) a->name);
}

/* The value as the schema's whole-number and word types compare it. */
static gboolean
value_fits (const Attribute *a,
            const char      *raw)
{
  g_autofree char *v = g_strstrip (g_strdup (raw));
  const char *digits = v[0] == '+' ? v + 1 : v;
  guint64 n = 0;

  switch (a->rule)
    {
    case CHOICE:
      for (guint i = 0; i < a->choices->len; i++)
        if (strcmp (g_ptr_array_index (a->choices, i), v) == 0)
          return TRUE;
      return FALSE;
    case WHOLE_NUMBER:
      if (digits[0] == '\0' || strspn (digits, "0123456789") != strlen (digits))
        return FALSE;
      for (const char *d = digits; *d != '\0'; d++)
        {
          if (n > (a->max - (guint64) (*d - '0')) / 10)
            return FALSE;
          n = n * 10 + (guint64) (*d - '0');
        }
      return n >= a->min && n <= a->max;
    case ID:
      return xmlValidateNCName ((const xmlChar *) v, 0) == 0;
    case LENGTH:
      /* a string keeps its white space: the raw value is measured */
      return g_utf8_validate (raw, -1, NULL) && (guint64) g_utf8_strlen (raw, -1) == a->min;
    case OPEN:
    default:
      return TRUE;
    }
}

static char *
describe_value (const Attribute *a,
                const char      *value,
                const char      *element)
{
  g_autoptr(GString) list = NULL;

  if (a->rule != CHOICE)
    return g_strdup_printf (_("“%s” is not a valid value for the attribute “%s” of <%s>"), value, a->name, element);
  list = g_string_new (NULL);
  for (guint i = 0; i < a->choices->len; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", (const char *) g_ptr_array_index (a->choices, i));
  /* TRANSLATORS: the last %s lists the values the format allows, which
   * are words of the format itself and stay English: "joint, officials, …" */
  return g_strdup_printf (_("“%s” is not a valid value for the attribute “%s” of <%s>; it can be: %s"),
                          value, a->name, element, list->str);
}

static gboolean
check_attributes (Explain       *x,
                  xmlNodePtr     node,
                  const Element *e)
{
  for (xmlAttrPtr p = node->properties; p != NULL; p = p->next)
    {
      g_autofree char *name = attribute_name (p);
      const Attribute *a = NULL;

      for (guint i = 0; p->ns == NULL && i < e->attributes->len && a == NULL; i++)
        if (strcmp (((Attribute *) g_ptr_array_index (e->attributes, i))->name, name) == 0)
          a = g_ptr_array_index (e->attributes, i);
      if (a == NULL)
        return fail (x, node, g_strdup_printf (_("the attribute “%s” is not allowed on <%s>"), name, e->name));
    }
  for (guint i = 0; i < e->attributes->len; i++)
    {
      const Attribute *a = g_ptr_array_index (e->attributes, i);
      const char *value = lp_reader_attr (node, a->name);

      if (value == NULL && a->required)
        /* TRANSLATORS: "<module> is missing the attribute “track”" */
        return fail (x, node, g_strdup_printf (_("<%s> is missing the attribute “%s”"), e->name, a->name));
      if (value != NULL && !value_fits (a, value))
        return fail (x, node, describe_value (a, value, e->name));
    }
  return TRUE;
}

/* "title, client, author, …": the children of @e in the order they go. */
static char *
order_of (const Element *e)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < e->slots->len; i++)
    g_string_append_printf (list, "%s<%s>", i > 0 ? ", " : "", g_array_index (e->slots, Slot, i).element->name);
  return g_string_free (list, FALSE);
}

static int
slot_named (const Element *e,
            const char    *name)
{
  for (guint i = 0; i < e->slots->len; i++)
    if (strcmp (g_array_index (e->slots, Slot, i).element->name, name) == 0)
      return (int) i;
  return -1;
}

static char *
missing (const Element *e,
         const Slot    *s,
         xmlNodePtr     before)
{
  if (s->max == MANY)
    /* TRANSLATORS: "<tracks> must contain at least one <track>" */
    return g_strdup_printf (_("<%s> must contain at least one <%s>"), e->name, s->element->name);
  if (before != NULL)
    /* TRANSLATORS: "<trajectory> is missing <period>, which comes before <tracks>" */
    return g_strdup_printf (_("<%s> is missing <%s>, which comes before <%s>"), e->name, s->element->name,
                            (const char *) before->name);
  /* TRANSLATORS: "<kind> is missing <name>" */
  return g_strdup_printf (_("<%s> is missing <%s>"), e->name, s->element->name);
}

/* A child that fits no slot from the current one on. */
static char *
misplaced (const Element *e,
           xmlNodePtr     child,
           int            known,
           const guint   *counts)
{
  g_autofree char *order = NULL;

  if (known < 0)
    /* TRANSLATORS: "the element <colour> is not allowed in <module>" */
    return g_strdup_printf (_("the element <%s> is not allowed in <%s>"), (const char *) child->name, e->name);
  if (counts[known] > 0 && g_array_index (e->slots, Slot, known).max == 1)
    /* TRANSLATORS: "<title> may appear only once in <trajectory>" */
    return g_strdup_printf (_("<%s> may appear only once in <%s>"), (const char *) child->name, e->name);
  order = order_of (e);
  /* TRANSLATORS: the last %s lists the elements in their order: "<title>, <client>, …" */
  return g_strdup_printf (_("<%s> is in the wrong place in <%s>; the order is %s"),
                          (const char *) child->name, e->name, order);
}

static gboolean check_element (Explain *x, xmlNodePtr node, const Element *e);

/* The first sibling from @node on named @name, or NULL. */
static xmlNodePtr
later (xmlNodePtr  node,
       const char *name)
{
  for (; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0)
      return node;
  return NULL;
}

/* FALSE with the error when a slot from @from to before @to is left
 * short of elements, on meeting @child (NULL: at the end of @node). */
static gboolean
check_skipped (Explain       *x,
               xmlNodePtr     node,
               const Element *e,
               const guint   *counts,
               guint          from,
               guint          to,
               xmlNodePtr     child)
{
  for (guint i = from; i < to; i++)
    {
      const Slot *s = &g_array_index (e->slots, Slot, i);
      xmlNodePtr found = child ? later (child, s->element->name) : NULL;

      if (counts[i] >= s->min)
        continue;
      if (found != NULL)
        return fail (x, found, misplaced (e, found, (int) i, counts));
      return fail (x, child ? child : node, missing (e, s, child));
    }
  return TRUE;
}

/* The children of @node, in the order of @e's slots. */
static gboolean
check_children (Explain       *x,
                xmlNodePtr     node,
                const Element *e)
{
  g_autofree guint *counts = g_new0 (guint, e->slots->len + 1);
  guint slot = 0;

  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    {
      int k;

      if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && !e->text && !xmlIsBlankNode (c))
        return fail (x, node, g_strdup_printf (_("text is not allowed in <%s>"), e->name));
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (c->ns == NULL || strcmp ((const char *) c->ns->href, LP_NAMESPACE) != 0)
        return fail (x, c, g_strdup_printf (_("the element <%s> is not in the Leerplaats namespace (%s)"),
                                            (const char *) c->name, LP_NAMESPACE));
      k = slot_named (e, (const char *) c->name);
      if (k < 0 || k < (int) slot || counts[k] >= g_array_index (e->slots, Slot, k).max)
        return fail (x, c, misplaced (e, c, k, counts));
      if (!check_skipped (x, node, e, counts, slot, (guint) k, c))
        return FALSE;
      slot = (guint) k;
      counts[slot]++;
      if (!check_element (x, c, g_array_index (e->slots, Slot, slot).element))
        return FALSE;
    }
  return check_skipped (x, node, e, counts, slot, e->slots->len, NULL);
}

static gboolean
check_element (Explain       *x,
               xmlNodePtr     node,
               const Element *e)
{
  return check_attributes (x, node, e) && check_children (x, node, e);
}

gboolean
lp_schema_explain (xmlDocPtr    doc,
                   const char  *name,
                   GError     **error)
{
  const Element *root = shape ();
  xmlNodePtr top = xmlDocGetRootElement (doc);
  Explain x = { name, error };

  if (root == NULL || top == NULL || strcmp ((const char *) top->name, root->name) != 0)
    return FALSE;
  return !check_element (&x, top, root);
}
