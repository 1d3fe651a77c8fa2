/* lp-span-change.c — new dates for the trajectory, and the modules they leave out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "core/lp-trajectory-shift.h"
#include "lp-confirm.h"
#include "lp-span-change.h"

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
lp_span_outside_modules (LpTrajectory *trajectory,
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
lp_span_describe_modules (LpTrajectory *trajectory,
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
      /* TRANSLATORS: a module that would fall outside the trajectory’s new dates: its title and start date */
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
lp_span_set_moving_modules (LpTrajectory *trajectory,
                              LpDate        start,
                              LpDate        end,
                              GPtrArray    *modules)
{
  lp_trajectory_begin_group (trajectory, _("Change Dates"));
  lp_trajectory_set_span (trajectory, start, end);
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
lp_span_shift_days (LpDate old_start,
                      LpDate new_start)
{
  gint64 diff = (gint64) new_start - (gint64) old_start;
  gint64 weeks = diff >= 0 ? (diff + 6) / 7 : -((-diff) / 7);

  return (int) (weeks * 7);
}

void
lp_span_set_shifting (LpTrajectory *trajectory,
                        LpDate        start,
                        LpDate        end)
{
  int days = lp_span_shift_days (lp_trajectory_get_span_start (trajectory), start);

  lp_trajectory_begin_group (trajectory, _("Change Dates"));
  lp_trajectory_shift (trajectory, days);
  lp_trajectory_set_span (trajectory, start, end);
  lp_trajectory_end_group (trajectory);
}

typedef struct {
  LpTrajectory *trajectory;
  LpDate        start;
  LpDate        end;
  char         *response;
} SpanChange;

static void
span_free (gpointer data)
{
  SpanChange *change = data;

  g_clear_object (&change->trajectory);
  g_free (change->response);
  g_free (change);
}

static gboolean
apply_span (gpointer data)
{
  SpanChange *change = data;
  g_autoptr(GPtrArray) outside = NULL;

  if (g_strcmp0 (change->response, "shift") == 0)
    {
      lp_span_set_shifting (change->trajectory, change->start, change->end);
      return TRUE;
    }
  if (g_strcmp0 (change->response, "move") != 0)
    return FALSE;
  /* what lies outside now, which undo or another edit may have changed */
  outside = lp_span_outside_modules (change->trajectory, change->start, change->end);
  lp_span_set_moving_modules (change->trajectory, change->start, change->end, outside);
  return TRUE;
}

/* Runs before lp_confirm's own handler (connected first): remembers which
 * of the changes was chosen. */
static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                SpanChange           *change)
{
  g_free (change->response);
  change->response = g_strdup (response);
}

GtkWidget *
lp_span_change_ask (GtkWindow          *parent,
                      LpTrajectory       *trajectory,
                      LpDate              start,
                      LpDate              end,
                      LpSpanChangeFunc  done,
                      gpointer            user_data,
                      GDestroyNotify      destroy)
{
  g_autoptr(GPtrArray) outside = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  SpanChange *change;

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), NULL);

  outside = lp_span_outside_modules (trajectory, start, end);
  heading = g_strdup_printf (ngettext ("%u module would fall outside the new dates",
                                       "%u modules would fall outside the new dates", outside->len),
                             outside->len);
  body = lp_span_describe_modules (trajectory, outside);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_responses (dialog, "keep", _("_Keep Old Dates"),
                                    "move", _("_Move Them Inside"), NULL);
  if (lp_span_shift_days (lp_trajectory_get_span_start (trajectory), start) != 0)
    adw_message_dialog_add_response (dialog, "shift", _("_Shift the Programme"));
  adw_message_dialog_set_response_appearance (dialog, "move", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "move");
  adw_message_dialog_set_close_response (dialog, "keep");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  change = g_new0 (SpanChange, 1);
  change->trajectory = g_object_ref (trajectory);
  change->start = start;
  change->end = end;
  g_signal_connect (dialog, "response", G_CALLBACK (on_response_cb), change);
  lp_confirm_present (dialog, NULL, apply_span, change, span_free, done, user_data, destroy);
  return GTK_WIDGET (dialog);
}
