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
          xmlRelaxNGParserCtxtPtr ctxt = xmlRelaxNGNewMemParserCtxt (data, (int) size);

          xmlRelaxNGSetParserStructuredErrors (ctxt, ignore_errors, NULL);
          schema = xmlRelaxNGParse (ctxt);
          xmlRelaxNGFreeParserCtxt (ctxt);
        }
      g_once_init_leave (&initialized, 1);
    }

  return schema;
}
