/* lp-kind.h — a module kind: built-in or the project's own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-types.h"
#include "lp-library.h"

G_BEGIN_DECLS

#define LP_TYPE_KIND (lp_kind_get_type ())
G_DECLARE_FINAL_TYPE (LpKind, lp_kind, LP, KIND, GObject)

/* Properties: "id" (construct-only), "name", "display-name" (read-only: the
 * name as shown, translated for built-in kinds), "theme" (theme id), "work-form",
 * "days" (uint ≥ 1), "color" ("#rrggbb" or NULL: use the theme's colour),
 * "description", "builtin" (construct-only).
 * Plain setters do not record undo history: edit through LpTrajectory. */
LpKind        *lp_kind_new             (const char *id);
const char    *lp_kind_get_id          (LpKind *self);
/* For built-in kinds the name is translated. */
const char    *lp_kind_get_name        (LpKind *self);
void           lp_kind_set_name        (LpKind *self, const char *name);
const char    *lp_kind_get_theme_id    (LpKind *self);
void           lp_kind_set_theme_id    (LpKind *self, const char *theme_id);
/* Never NULL: falls back to the "other" theme for an unknown id. */
const LpTheme *lp_kind_get_theme       (LpKind *self);
const char    *lp_kind_get_work_form   (LpKind *self);
void           lp_kind_set_work_form   (LpKind *self, const char *work_form);
/* The days a kind's module lasts: at least one, at most a year. */
#define LP_KIND_MIN_DAYS 1
#define LP_KIND_MAX_DAYS 366
guint          lp_kind_get_days        (LpKind *self);
void           lp_kind_set_days        (LpKind *self, guint days);
const char    *lp_kind_get_color       (LpKind *self);
void           lp_kind_set_color       (LpKind *self, const char *color);
/* The colour to draw with: own colour if set, else the theme's. */
void           lp_kind_get_rgb         (LpKind *self, double rgb[3]);
/* "#rrggbb" of @rgb, each channel 0..1 (clamped). */
char          *lp_color_to_hex         (const double rgb[3]);
const char    *lp_kind_get_description (LpKind *self);
void           lp_kind_set_description (LpKind *self, const char *description);
gboolean       lp_kind_is_builtin      (LpKind *self);

G_END_DECLS
