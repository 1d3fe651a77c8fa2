/* lp-comments-section.h — the module editor's review comments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include "core/lp-trajectory.h"

G_BEGIN_DECLS

#define LP_TYPE_COMMENTS_SECTION (lp_comments_section_get_type ())
G_DECLARE_FINAL_TYPE (LpCommentsSection, lp_comments_section, LP, COMMENTS_SECTION, GtkWidget)

/* Properties: "trajectory", "module".  Lists the module's comments (text,
 * author, date, resolved or not) with Resolve/Reopen and Delete on each;
 * the entry adds one as today's, by "Your name".  Every change is one undo
 * step.  Accessible names: each row "TEXT — AUTHOR, DATE"; the delete
 * button "Delete Comment". */
GtkWidget  *lp_comments_section_new      (void);
/* The author of new comments: the "your-name" setting when the schema is
 * installed and it is set, else the account's real name. */
char       *lp_comments_author_name      (void);

/* For tests: the entry that adds, the entry for "Your name", the list. */
GtkWidget  *_lp_comments_section_get_entry      (LpCommentsSection *self);
GtkWidget  *_lp_comments_section_get_name_entry (LpCommentsSection *self);
GtkWidget  *_lp_comments_section_get_list       (LpCommentsSection *self);

G_END_DECLS
