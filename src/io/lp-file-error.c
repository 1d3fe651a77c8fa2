/* lp-file-error.c — errors of .leerplaats files, with the line they are on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lp-file-error.h"

/* LP_FILE_ERROR is an extended error domain: every error of it carries the
 * line of the problem beside its (translated) message. */
typedef struct {
  guint line;
} LpFileErrorPrivate;

static void
lp_file_error_private_init (LpFileErrorPrivate *priv)
{
  priv->line = 0;
}

static void
lp_file_error_private_copy (const LpFileErrorPrivate *src,
                            LpFileErrorPrivate       *dest)
{
  dest->line = src->line;
}

static void
lp_file_error_private_clear (LpFileErrorPrivate *priv)
{
}

G_DEFINE_EXTENDED_ERROR (LpFileError, lp_file_error)

void
lp_file_error_set (GError      **error,
                   LpFileError   code,
                   const char   *name,
                   guint         line,
                   const char   *what)
{
  GError *e;

  g_return_if_fail (name != NULL && what != NULL);

  if (error == NULL)
    return;
  if (line > 0)
    e = g_error_new (LP_FILE_ERROR, code, "%s:%u: %s", name, line, what);
  else
    e = g_error_new (LP_FILE_ERROR, code, "%s: %s", name, what);
  lp_file_error_get_private (e)->line = line;
  g_propagate_error (error, e);
}

guint
lp_file_error_get_line (const GError *error)
{
  if (error == NULL || error->domain != LP_FILE_ERROR)
    return 0;
  return lp_file_error_get_private (error)->line;
}
