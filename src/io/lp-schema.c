/* lp-schema.c — the RELAX NG schema of the format, compiled once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <gio/gio.h>

#include "lp-io-resources.h"
#include "lp-schema.h"

#define SCHEMA_PATH "/io/github/leerplaats/Leerplaats/io/leerplaats.rng"

static void
ignore_errors (void *data, xmlErrorPtr error)
{
  g_critical ("Leerplaats schema: %s", error && error->message ? error->message : "?");
}

GBytes *
lp_schema_get_bytes (void)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_resource_lookup_data (lp_io_get_resource (), SCHEMA_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  if (bytes == NULL)
    g_critical ("Cannot find the Leerplaats schema: %s", error->message);
  return bytes;
}

static xmlRelaxNGPtr
compile (xmlRelaxNGParserCtxtPtr ctxt)
{
  xmlRelaxNGPtr schema;

  xmlRelaxNGSetParserStructuredErrors (ctxt, ignore_errors, NULL);
  schema = xmlRelaxNGParse (ctxt);
  xmlRelaxNGFreeParserCtxt (ctxt);
  return schema;
}

xmlRelaxNGPtr
lp_schema_get (void)
{
  static gsize initialized = 0;
  static xmlRelaxNGPtr schema = NULL;

  if (g_once_init_enter (&initialized))
    {
      g_autoptr(GBytes) bytes = lp_schema_get_bytes ();

      if (bytes != NULL)
        {
          gsize size;
          const char *data = g_bytes_get_data (bytes, &size);

          schema = compile (xmlRelaxNGNewMemParserCtxt (data, (int) size));
        }
      g_once_init_leave (&initialized, 1);
    }

  return schema;
}

static gboolean
is_rng_element (xmlNodePtr  node,
                const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         xmlStrEqual (node->ns->href, (const xmlChar *) "http://relaxng.org/ns/structure/1.0") &&
         xmlStrEqual (node->name, (const xmlChar *) name);
}

/* Whether @node is one whose <data> loses its <param>s in the lean schema:
 * <define name="date">, <define name="time">, <attribute name="count">. */
static gboolean
is_lean_target (xmlNodePtr node)
{
  g_autofree xmlChar *name = NULL;
  gboolean define = is_rng_element (node, "define");

  if (!define && !is_rng_element (node, "attribute"))
    return FALSE;
  name = xmlGetProp (node, (const xmlChar *) "name");
  if (name == NULL)
    return FALSE;
  return define ? xmlStrEqual (name, (const xmlChar *) "date") || xmlStrEqual (name, (const xmlChar *) "time")
                : xmlStrEqual (name, (const xmlChar *) "count");
}

/* Takes those <param>s out, anywhere under @node; the number taken. */
static guint
drop_facets (xmlNodePtr node)
{
  guint dropped = 0;

  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (!is_lean_target (child))
        {
          dropped += drop_facets (child);
          continue;
        }
      for (xmlNodePtr data = child->children; data != NULL; data = data->next)
        for (xmlNodePtr param = is_rng_element (data, "data") ? data->children : NULL, next; param != NULL; param = next)
          {
            next = param->next;
            if (is_rng_element (param, "param"))
              {
                xmlUnlinkNode (param);
                xmlFreeNode (param);
                dropped++;
              }
          }
    }
  return dropped;
}

xmlRelaxNGPtr
lp_schema_get_lean (void)
{
  static gsize initialized = 0;
  static xmlRelaxNGPtr schema = NULL;

  if (g_once_init_enter (&initialized))
    {
      g_autoptr(GBytes) bytes = lp_schema_get_bytes ();
      gsize size = 0;
      const char *data = bytes != NULL ? g_bytes_get_data (bytes, &size) : NULL;
      xmlDocPtr doc = data != NULL ? xmlReadMemory (data, (int) size, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS) : NULL;
      xmlNodePtr root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;

      /* the parser context copies the document */
      if (root != NULL && drop_facets (root) == LP_SCHEMA_LEAN_FACETS)
        schema = compile (xmlRelaxNGNewDocParserCtxt (doc));
      else
        g_critical ("The Leerplaats schema's date, time and count are not as lp-schema.c expects");
      xmlFreeDoc (doc);
      g_once_init_leave (&initialized, 1);
    }

  return schema;
}
