/* lp-period-change.c — a new trajectory period, and the modules it leaves out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "core/lp-trajectory-shift.h"
#include "lp-confirm.h"
#include "lp-period-change.h"

#define MAX_NAMED 5

static int
by_start (gconstpointer a,
          gconstpointer b)
{
  LpModule *ma = *(LpModule * const *) a;
  LpModule *mb = *(LpModule * const *) b;

  if (lp_module_get_start (ma) != lp_module_get_start (mb))
    return lp_module_get_start (ma) < lp_module_get_start (mb) ? -1 : 1;
  return g_strcmp0 (lp_module_get_id (ma), lp_module_get_id (mb));
}

GPtrArray *
lp_period_outside_modules (LpTrajectory *trajectory,
                           LpDate        start,
                           LpDate        end)
{
  GListModel *modules = lp_trajectory_get_modules (trajectory);
  GPtrArray *outside = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);

      if (lp_module_get_start (m) < start || lp_module_get_end (m) > end)
        g_ptr_array_add (outside, g_steal_pointer (&m));
    }
  g_ptr_array_sort (outside, by_start);
  return outside;
}

char *
lp_period_describe_modules (LpTrajectory *trajectory,
                            GPtrArray    *modules)
{
  GString *text = g_string_new (NULL);
  guint named = MIN (modules->len, MAX_NAMED);

  /* all of them when one more line would only say "and 1 more" */
  if (modules->len == MAX_NAMED + 1)
    named = modules->len;
  for (guint i = 0; i < named; i++)
    {
      LpModule *m = g_ptr_array_index (modules, i);
      g_autofree char *date = lp_date_format_long (lp_module_get_start (m));

      if (i > 0)
        g_string_append_c (text, '\n');
      /* TRANSLATORS: a module that would fall outside the period: its title and start date */
      g_string_append_printf (text, _("“%s”, %s"), lp_trajectory_get_module_title (trajectory, m), date);
    }
  if (named < modules->len)
    {
      guint more = modules->len - named;

      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("and %u more module", "and %u more modules", more), more);
    }
  return g_string_free (text, FALSE);
}

void
lp_period_set_moving_modules (LpTrajectory *trajectory,
                              LpDate        start,
                              LpDate        end,
                              GPtrArray    *modules)
{
  lp_trajectory_begin_group (trajectory, _("Change Period"));
  lp_trajectory_set_period (trajectory, start, end);
  for (guint i = 0; i < modules->len; i++)
    {
      LpModule *m = g_ptr_array_index (modules, i);
      LpDate length = MIN (lp_module_get_end (m) - lp_module_get_start (m), end - start);
      LpDate from = lp_module_get_start (m);

      if (from < start)
        from = start;
      else if (lp_module_get_end (m) > end)
        from = end - length;
      lp_trajectory_move_module (trajectory, m, lp_module_get_track (m), from, from + length);
    }
  lp_trajectory_end_group (trajectory);
}

int
lp_period_shift_days (LpDate old_start,
                      LpDate new_start)
{
  gint64 diff = (gint64) new_start - (gint64) old_start;
  gint64 weeks = diff >= 0 ? (diff + 6) / 7 : -((-diff) / 7);

  return (int) (weeks * 7);
}

void
lp_period_set_shifting (LpTrajectory *trajectory,
                        LpDate        start,
                        LpDate        end)
{
  int days = lp_period_shift_days (lp_trajectory_get_period_start (trajectory), start);

  lp_trajectory_begin_group (trajectory, _("Change Period"));
  lp_trajectory_shift (trajectory, days);
  lp_trajectory_set_period (trajectory, start, end);
  lp_trajectory_end_group (trajectory);
}

typedef struct {
  LpTrajectory *trajectory;
  LpDate        start;
  LpDate        end;
  char         *response;
} Period;

static void
period_free (gpointer data)
{
  Period *period = data;

  g_clear_object (&period->trajectory);
  g_free (period->response);
  g_free (period);
}

static gboolean
apply_period (gpointer data)
{
  Period *period = data;
  g_autoptr(GPtrArray) outside = NULL;

  if (g_strcmp0 (period->response, "shift") == 0)
    {
      lp_period_set_shifting (period->trajectory, period->start, period->end);
      return TRUE;
    }
  if (g_strcmp0 (period->response, "move") != 0)
    return FALSE;
  /* what lies outside now, which undo or another edit may have changed */
  outside = lp_period_outside_modules (period->trajectory, period->start, period->end);
  lp_period_set_moving_modules (period->trajectory, period->start, period->end, outside);
  return TRUE;
}

/* Runs before lp_confirm's own handler (connected first): remembers which
 * of the changes was chosen. */
static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                Period           *period)
{
  g_free (period->response);
  period->response = g_strdup (response);
}

GtkWidget *
lp_period_change_ask (GtkWindow          *parent,
                      LpTrajectory       *trajectory,
                      LpDate              start,
                      LpDate              end,
                      LpPeriodChangeFunc  done,
                      gpointer            user_data,
                      GDestroyNotify      destroy)
{
  g_autoptr(GPtrArray) outside = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  Period *period;

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), NULL);

  outside = lp_period_outside_modules (trajectory, start, end);
  heading = g_strdup_printf (ngettext ("%u module would fall outside the new period",
                                       "%u modules would fall outside the new period", outside->len),
                             outside->len);
  body = lp_period_describe_modules (trajectory, outside);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_responses (dialog, "keep", _("_Keep Old Period"),
                                    "move", _("_Move Them Into the Period"), NULL);
  if (lp_period_shift_days (lp_trajectory_get_period_start (trajectory), start) != 0)
    adw_message_dialog_add_response (dialog, "shift", _("_Shift the Programme"));
  adw_message_dialog_set_response_appearance (dialog, "move", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "move");
  adw_message_dialog_set_close_response (dialog, "keep");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  period = g_new0 (Period, 1);
  period->trajectory = g_object_ref (trajectory);
  period->start = start;
  period->end = end;
  g_signal_connect (dialog, "response", G_CALLBACK (on_response_cb), period);
  lp_confirm_present (dialog, NULL, apply_period, period, period_free, done, user_data, destroy);
  return GTK_WIDGET (dialog);
}
