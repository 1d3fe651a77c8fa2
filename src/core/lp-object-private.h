/* lp-object-private.h — what the core's GObject types share: their
 * property flags, the "id" and "label" and date properties, and setters that
 * notify only when the value changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "lp-types.h"

G_BEGIN_DECLS

/* An id, given once when the object is made. */
#define LP_PARAM_CONSTRUCT_ONLY (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS)
/* A value the user edits; notified only when it changes. */
#define LP_PARAM_EDITABLE (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static inline GParamSpec *
lp_param_spec_id (void)
{
  return g_param_spec_string ("id", NULL, NULL, NULL, LP_PARAM_CONSTRUCT_ONLY);
}

/* A text that is never NULL: "" when there is none. */
static inline GParamSpec *
lp_param_spec_text (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "", LP_PARAM_EDITABLE);
}

/* An LpDate, as a uint. */
static inline GParamSpec *
lp_param_spec_date (const char *name)
{
  return g_param_spec_uint (name, NULL, NULL, 0, G_MAXUINT32, 0, LP_PARAM_EDITABLE);
}

/* Replaces *@field with a copy of @value; returns whether it changed.
 * With @empty_is_null, "" is stored as NULL; without it, NULL is stored as "". */
static inline gboolean
lp_replace_string (char       **field,
                   const char  *value,
                   gboolean     empty_is_null)
{
  if (empty_is_null && value != NULL && value[0] == '\0')
    value = NULL;
  else if (!empty_is_null && value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* Sets a text that is never NULL (NULL is taken as "") and notifies @pspec
 * when it changed. */
static inline void
lp_object_set_text (gpointer     object,
                    char       **field,
                    const char  *value,
                    GParamSpec  *pspec)
{
  if (lp_replace_string (field, value, FALSE))
    g_object_notify_by_pspec (G_OBJECT (object), pspec);
}

/* Sets a date and notifies @pspec when it changed. */
static inline void
lp_object_set_date (gpointer     object,
                    LpDate      *field,
                    LpDate       value,
                    GParamSpec  *pspec)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (object), pspec);
}

G_END_DECLS
