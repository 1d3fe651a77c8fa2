/* lp-confirm.c — a question asked before a change that loses or moves work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include "lp-confirm.h"

typedef struct {
  char           *yes_response;
  LpConfirmApply  apply;
  gpointer        state;
  GDestroyNotify  state_free;
  LpConfirmDone   done;
  gpointer        user_data;
  GDestroyNotify  destroy;
} Confirm;

static void
confirm_free (gpointer  data,
              GClosure *closure)
{
  Confirm *confirm = data;

  if (confirm->destroy != NULL)
    confirm->destroy (confirm->user_data);
  if (confirm->state_free != NULL)
    confirm->state_free (confirm->state);
  g_free (confirm->yes_response);
  g_free (confirm);
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                Confirm          *confirm)
{
  gboolean yes = confirm->yes_response != NULL
                 ? g_str_equal (response, confirm->yes_response)
                 : g_strcmp0 (response, adw_message_dialog_get_close_response (dialog)) != 0;
  gboolean applied = yes && confirm->apply (confirm->state);

  if (confirm->done != NULL)
    confirm->done (confirm->user_data, applied);
}

void
lp_confirm_present (AdwMessageDialog *dialog,
                    const char       *yes_response,
                    LpConfirmApply    apply,
                    gpointer          state,
                    GDestroyNotify    state_free,
                    LpConfirmDone     done,
                    gpointer          user_data,
                    GDestroyNotify    destroy)
{
  Confirm *confirm = g_new0 (Confirm, 1);

  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));
  g_return_if_fail (apply != NULL);

  confirm->yes_response = g_strdup (yes_response);
  confirm->apply = apply;
  confirm->state = state;
  confirm->state_free = state_free;
  confirm->done = done;
  confirm->user_data = user_data;
  confirm->destroy = destroy;
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response_cb), confirm, confirm_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
lp_confirm_set_responses (AdwMessageDialog *dialog,
                          const char       *close_response,
                          const char       *suggested_response,
                          const char       *destructive_response,
                          const char       *first_id,
                          ...)
{
  va_list args;

  va_start (args, first_id);
  for (const char *id = first_id; id != NULL; id = va_arg (args, const char *))
    adw_message_dialog_add_response (dialog, id, va_arg (args, const char *));
  va_end (args);
  if (destructive_response != NULL)
    adw_message_dialog_set_response_appearance (dialog, destructive_response, ADW_RESPONSE_DESTRUCTIVE);
  if (suggested_response != NULL)
    adw_message_dialog_set_response_appearance (dialog, suggested_response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, suggested_response ? suggested_response : close_response);
  adw_message_dialog_set_close_response (dialog, close_response);
}
