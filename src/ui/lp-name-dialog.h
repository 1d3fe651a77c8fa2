/* lp-name-dialog.h — ask for a name and one choice from a list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LP_TYPE_NAME_DIALOG (lp_name_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LpNameDialog, lp_name_dialog, LP, NAME_DIALOG, AdwMessageDialog)

/* A modal message dialog, transient for parent, with the responses "cancel"
 * and "apply" (labelled apply_label, the default).  It asks for a name when
 * lp_name_dialog_set_name () was called (then "apply" is enabled only while
 * the name is not blank) and for one of a list of choices when
 * lp_name_dialog_set_choices () was called: a lane's group, a milestone's or
 * a period's kind, a module's kind.  Connect to "response" to apply. */
LpNameDialog *lp_name_dialog_new          (GtkWindow  *parent,
                                           const char *heading,
                                           const char *apply_label);
/* label: with a mnemonic ("_Name"); text: the initial name. */
void          lp_name_dialog_set_name     (LpNameDialog *self,
                                           const char   *label,
                                           const char   *text);
/* The name without leading and trailing white space (newly allocated). */
char         *lp_name_dialog_get_name     (LpNameDialog *self);
/* label: with a mnemonic ("_Group"); choices: translated labels, NULL
 * terminated; selected: the position chosen at first.  Searchable when
 * searchable is TRUE (long lists). */
void          lp_name_dialog_set_choices  (LpNameDialog       *self,
                                           const char         *label,
                                           const char * const *choices,
                                           guint               selected,
                                           gboolean            searchable);
/* The position of the choice, or GTK_INVALID_LIST_POSITION. */
guint         lp_name_dialog_get_selected (LpNameDialog *self);
void          lp_name_dialog_set_selected (LpNameDialog *self,
                                           guint         position);
/* The name entry (GtkEditable) and the drop-down (GtkDropDown), for tests. */
GtkWidget    *lp_name_dialog_get_name_entry (LpNameDialog *self);
GtkWidget    *lp_name_dialog_get_choice     (LpNameDialog *self);

G_END_DECLS
