/* lp-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LP_TYPE_APPLICATION (lp_application_get_type ())
G_DECLARE_FINAL_TYPE (LpApplication, lp_application, LP, APPLICATION, AdwApplication)

LpApplication      *lp_application_new                (void);
/* The command-line options (for a usage check before the application runs). */
const GOptionEntry *lp_application_get_option_entries (void);

/* Opens every draft of unsaved work left behind, each in a window; parent
 * (may be NULL), when empty and untouched, takes the first. */
void                lp_application_recover_drafts     (LpApplication *self,
                                                       GtkWindow     *parent);

G_END_DECLS
