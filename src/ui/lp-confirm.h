/* lp-confirm.h — a question asked before a change that loses or moves work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Makes the change the user agreed to; returns whether it was made. */
typedef gboolean (*LpConfirmApply) (gpointer state);
/* Told once the question is answered: whether the change was made. */
typedef void     (*LpConfirmDone)  (gpointer user_data,
                                    gboolean applied);

/* Presents dialog modally.  When the user answers with yes_response,
 * apply (state) makes the change; then done (user_data, applied).  With
 * yes_response NULL, every answer but the close response goes to apply.  state is
 * freed with state_free and user_data with destroy when the dialog goes. */
void lp_confirm_present (AdwMessageDialog *dialog,
                         const char       *yes_response,
                         LpConfirmApply    apply,
                         gpointer          state,
                         GDestroyNotify    state_free,
                         LpConfirmDone     done,
                         gpointer          user_data,
                         GDestroyNotify    destroy);

/* Adds the answers, id and label pairs ended by NULL, in the order given:
 * close_response is what closing the dialog answers; suggested_response is
 * the default, styled as suggested (NULL: close_response is the default,
 * nothing is suggested); destructive_response (or NULL) is styled as
 * destructive. */
void lp_confirm_set_responses (AdwMessageDialog *dialog,
                               const char       *close_response,
                               const char       *suggested_response,
                               const char       *destructive_response,
                               const char       *first_id,
                               ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
