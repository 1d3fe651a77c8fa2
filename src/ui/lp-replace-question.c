/* lp-replace-question.c — a name typed without its extension, and the file
 * the extension makes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "io/lp-file-names.h"
#include "lp-confirm.h"
#include "lp-replace-question.h"

typedef struct {
  GFile          *file;
  LpChosenFunc    chosen_func;
  gpointer        user_data;
  GDestroyNotify  destroy;
} Question;

static void
question_free (Question *q)
{
  if (q->destroy != NULL)
    q->destroy (q->user_data);
  g_clear_object (&q->file);
  g_free (q);
}

static gboolean
replace (gpointer state)
{
  Question *q = state;

  q->chosen_func (q->file, q->user_data);
  return TRUE;
}

static void
on_answered (gpointer user_data,
             gboolean applied)
{
  Question *q = user_data;

  if (!applied)
    q->chosen_func (NULL, q->user_data);
}

void
lp_replace_question_ask (GtkWindow      *parent,
                         GFile          *chosen,
                         const char     *extension,
                         LpChosenFunc    chosen_func,
                         gpointer        user_data,
                         GDestroyNotify  destroy)
{
  g_autoptr(GFile) file = lp_file_names_with_extension (chosen, extension);
  g_autoptr(GFile) parent_folder = NULL;
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  Question *q;
  GtkWidget *dialog;

  if (g_file_equal (file, chosen) || !g_file_query_exists (file, NULL))
    {
      chosen_func (file, user_data);
      if (destroy != NULL)
        destroy (user_data);
      return;
    }
  q = g_new0 (Question, 1);
  q->file = g_steal_pointer (&file);
  q->chosen_func = chosen_func;
  q->user_data = user_data;
  q->destroy = destroy;
  name = g_file_get_basename (q->file);
  parent_folder = g_file_get_parent (q->file);
  folder = g_file_get_parse_name (parent_folder);
  dialog = adw_message_dialog_new (parent, NULL, NULL);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  /* TRANSLATORS: %s is a file name */
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Replace “%s”?"), name);
  /* TRANSLATORS: %s is a folder */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("A file with this name already exists in “%s”. Replacing it "
                                    "overwrites what it holds."), folder);
  lp_confirm_set_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", NULL, "replace",
                            "cancel", _("_Cancel"),
                            "replace", _("_Replace"),
                            NULL);
  lp_confirm_present (ADW_MESSAGE_DIALOG (dialog), "replace", replace, q, (GDestroyNotify) question_free,
                      on_answered, q, NULL);
}
