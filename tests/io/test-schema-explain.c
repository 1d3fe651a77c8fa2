/* test-schema-explain.c — the words for a refusal agree with the schema
 *
 * The RELAX NG validator is the judge: on every file it accepts the
 * explanation finds nothing, and on every file made by removing an
 * attribute, removing an element or repeating one, it finds something
 * exactly when the validator refuses the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <string.h>

#include "io/lp-file-error.h"
#include "io/lp-schema.h"
#include "io/lp-schema-explain.h"
#include "template-util.h"

#define OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOBLANKS | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)

static gboolean
schema_accepts (xmlDocPtr doc)
{
  xmlRelaxNGValidCtxtPtr v = xmlRelaxNGNewValidCtxt (lp_schema_get ());
  int result;

  xmlRelaxNGSetValidStructuredErrors (v, NULL, NULL);
  result = xmlRelaxNGValidateDoc (v, doc);
  xmlRelaxNGFreeValidCtxt (v);
  return result == 0;
}

/* TRUE when the explanation finds something; its message must then name
 * the file and a line. */
static gboolean
explained (xmlDocPtr doc)
{
  g_autoptr(GError) error = NULL;
  gboolean found = lp_schema_explain (doc, "f.leerplaats", &error);

  g_assert_true (found == (error != NULL));
  if (found)
    {
      g_assert_error (error, LP_FILE_ERROR, LP_FILE_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, "f.leerplaats:"));
      g_assert_true (g_ascii_isdigit (error->message[strlen ("f.leerplaats:")]));
    }
  return found;
}

static xmlDocPtr
read_file (const char *path)
{
  g_autofree char *text = NULL;
  gsize length;
  xmlDocPtr doc;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  doc = xmlReadMemory (text, (int) length, path, NULL, OPTIONS);
  g_assert_nonnull (doc);
  return doc;
}

/* The templates and the full fixture: accepted, nothing to explain. */
static void
test_valid_files (void)
{
  g_autoptr(GPtrArray) templates = test_template_paths ();
  g_autofree char *full = g_test_build_filename (G_TEST_DIST, "files", "full.leerplaats", NULL);

  for (guint i = 0; i < templates->len; i++)
    {
      xmlDocPtr doc = read_file (g_ptr_array_index (templates, i));

      g_assert_true (schema_accepts (doc));
      g_assert_false (explained (doc));
      xmlFreeDoc (doc);
    }
  {
    xmlDocPtr doc = read_file (full);

    g_assert_true (schema_accepts (doc));
    g_assert_false (explained (doc));
    xmlFreeDoc (doc);
  }
}

/* The elements of @doc in document order (borrowed). */
static GPtrArray *
elements (xmlDocPtr doc)
{
  GPtrArray *all = g_ptr_array_new ();
  xmlNodePtr n = xmlDocGetRootElement (doc);

  while (n != NULL)
    {
      if (n->type == XML_ELEMENT_NODE)
        g_ptr_array_add (all, n);
      if (n->children != NULL && n->type == XML_ELEMENT_NODE)
        n = n->children;
      else
        {
          while (n != NULL && n->next == NULL)
            n = n->parent != NULL && n->parent->type == XML_ELEMENT_NODE ? n->parent : NULL;
          n = n != NULL ? n->next : NULL;
        }
    }
  return all;
}

typedef enum { DROP_ATTRIBUTE, DROP_ELEMENT, REPEAT_ELEMENT } Change;

/* Applies @change to the @k-th element of a fresh copy (for attributes,
 * to its @a-th attribute); NULL when there is none to change. */
static xmlDocPtr
changed (xmlDocPtr base,
         Change    change,
         guint     k,
         guint     a)
{
  xmlDocPtr doc = xmlCopyDoc (base, 1);
  g_autoptr(GPtrArray) all = elements (doc);
  xmlNodePtr e = k < all->len ? g_ptr_array_index (all, k) : NULL;
  xmlAttrPtr attr = e ? e->properties : NULL;

  for (guint i = 0; attr != NULL && i < a; i++)
    attr = attr->next;
  if (e == NULL || (change == DROP_ATTRIBUTE && attr == NULL) || (change != DROP_ATTRIBUTE && k == 0))
    {
      xmlFreeDoc (doc);
      return NULL;
    }
  if (change == DROP_ATTRIBUTE)
    xmlRemoveProp (attr);
  else if (change == DROP_ELEMENT)
    {
      xmlUnlinkNode (e);
      xmlFreeNode (e);
    }
  else
    xmlAddNextSibling (e, xmlCopyNode (e, 1));
  return doc;
}

static void
check_changes (const char *path)
{
  xmlDocPtr base = read_file (path);
  g_autoptr(GPtrArray) all = elements (base);
  guint refused = 0, tried = 0;

  for (Change change = DROP_ATTRIBUTE; change <= REPEAT_ELEMENT; change++)
    for (guint k = 0; k < all->len; k++)
      for (guint a = 0; a < (change == DROP_ATTRIBUTE ? 12u : 1u); a++)
        {
          xmlDocPtr doc = changed (base, change, k, a);
          gboolean accepts;

          if (doc == NULL)
            continue;
          accepts = schema_accepts (doc);
          tried++;
          refused += !accepts;
          if (explained (doc) == accepts)
            g_error ("%s: change %d of element %u (<%s>), attribute %u: the schema %s, the explanation %s", path,
                     change, k, (const char *) ((xmlNodePtr) g_ptr_array_index (all, k))->name, a,
                     accepts ? "accepts" : "refuses", accepts ? "finds something" : "finds nothing");
          xmlFreeDoc (doc);
        }
  g_test_message ("%s: %u changes, %u refused", path, tried, refused);
  g_assert_cmpuint (refused, >, 0);
  g_assert_cmpuint (refused, <, tried);
  xmlFreeDoc (base);
}

static void
test_changed_files (void)
{
  g_autoptr(GPtrArray) templates = test_template_paths ();
  g_autofree char *full = g_test_build_filename (G_TEST_DIST, "files", "full.leerplaats", NULL);

  check_changes (full);
  for (guint i = 0; i < templates->len; i++)
    check_changes (g_ptr_array_index (templates, i));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/io/schema-explain/valid-files", test_valid_files);
  g_test_add_func ("/io/schema-explain/changed-files", test_changed_files);
  return g_test_run ();
}
