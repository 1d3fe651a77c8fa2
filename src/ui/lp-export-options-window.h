/* lp-export-options-window.h — Export as PDF, first step: what to put on
 * paper, as rows; the file is chosen after it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef enum {
  LP_EXPORT_GROUP_WHAT,      /* contents, lanes */
  LP_EXPORT_GROUP_PAGES,     /* paper, orientation, fit */
  LP_EXPORT_GROUP_CONTENTS,  /* second line, key, holidays, changes */
  LP_EXPORT_GROUP_VERSION,   /* participant and review versions */
} LpExportGroup;

#define LP_TYPE_EXPORT_OPTIONS_WINDOW (lp_export_options_window_get_type ())
G_DECLARE_FINAL_TYPE (LpExportOptionsWindow, lp_export_options_window, LP, EXPORT_OPTIONS_WINDOW, AdwWindow)

/* Modal on @parent; add the choices, then present it.  "confirmed" is
 * emitted on Export… (or lp_export_options_window_confirm ()); the caller
 * then reads the choices and closes it. */
LpExportOptionsWindow *lp_export_options_window_new (GtkWindow *parent);

/* A choice of one of @ids (NULL-terminated), shown by @labels. */
void        lp_export_options_window_add_list   (LpExportOptionsWindow *self,
                                                 LpExportGroup          group,
                                                 const char            *id,
                                                 const char            *title,
                                                 const char * const    *ids,
                                                 const char * const    *labels,
                                                 const char            *selected);
/* A choice of on or off ("true" or "false"). */
void        lp_export_options_window_add_switch (LpExportOptionsWindow *self,
                                                 LpExportGroup          group,
                                                 const char            *id,
                                                 const char            *title,
                                                 gboolean               active);

/* The id chosen, "true" or "false"; NULL for an unknown choice. */
const char *lp_export_options_window_get_choice (LpExportOptionsWindow *self,
                                                 const char            *id);
/* Chooses @value (an id, "true" or "false"), as a click would. */
void        lp_export_options_window_set_choice (LpExportOptionsWindow *self,
                                                 const char            *id,
                                                 const char            *value);

/* As Export… is clicked: emits "confirmed". */
void        lp_export_options_window_confirm    (LpExportOptionsWindow *self);

G_END_DECLS
