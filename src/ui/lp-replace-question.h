/* lp-replace-question.h — a name typed without its extension, and the file
 * the extension makes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Told the file to write, or NULL when the user kept the existing one. */
typedef void (*LpChosenFunc) (GFile    *file,
                              gpointer  user_data);

/* @chosen is what a save chooser answered.  Without @extension (".pdf")
 * the name gets it; when that file exists, the chooser has not asked about
 * it, so a dialog on @parent asks whether to replace it, with Cancel as the
 * default.  Then chosen_func (file or NULL, user_data); user_data is freed
 * with @destroy afterwards, or when the dialog goes unanswered. */
void lp_replace_question_ask (GtkWindow      *parent,
                              GFile          *chosen,
                              const char     *extension,
                              LpChosenFunc    chosen_func,
                              gpointer        user_data,
                              GDestroyNotify  destroy);

G_END_DECLS
