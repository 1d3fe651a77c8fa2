/* lp-library.h — the built-in library of themes and module kinds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "lp-types.h"

G_BEGIN_DECLS

/* A theme is fixed data: id as in the file format, English source name
 * (translate with lp_theme_get_name) and colour "#rrggbb". */
typedef struct {
  const char *id;
  const char *name;      /* N_() source string */
  const char *color;     /* "#rrggbb" */
  double      rgb[3];    /* the same colour, 0..1 */
} LpTheme;

guint          lp_library_get_n_themes  (void);
const LpTheme *lp_library_get_theme_nth (guint index);
/* NULL when there is no theme with that id */
const LpTheme *lp_library_get_theme     (const char *id);
/* Translated theme name */
const char    *lp_theme_get_name        (const LpTheme *theme);

/* The built-in kinds, in the library's order, as a GListModel of LpKind (shared,
 * never modified; kinds in it have lp_kind_is_builtin () == TRUE). */
GListModel    *lp_library_get_builtin_kinds (void);
/* The same kinds by index (0 to lp_library_get_n_builtin () - 1), for
 * code that may run in another thread than the interface's: unlike the
 * list model, safe from any thread. */
guint          lp_library_get_n_builtin     (void);
LpKind        *lp_library_get_builtin       (guint i);
/* NULL when no built-in kind has that id; safe from any thread */
LpKind        *lp_library_lookup_builtin    (const char *id);

/* Work forms known to the UI ("workshop", "intervision", …) with translated
 * labels; own kinds may use any NCName. */
const char * const *lp_library_get_work_forms (void);
const char         *lp_library_get_work_form_label (const char *work_form);
/* Whether every word of @query occurs in the kind's name, description,
 * theme or work form, in English or in the UI language (and, for a built-in
 * kind, in its Dutch and English search words), ignoring case and accents.
 * An empty query matches every kind. */
gboolean            lp_library_kind_matches (LpKind *kind, const char *query);

G_END_DECLS
