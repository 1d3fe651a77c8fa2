/* lp-series-dialog.c — "Repeat…": asks how to repeat a module, with a live
 * line saying which sessions it makes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "lp-date-entry.h"
#include "lp-resources.h"
#include "lp-series-dialog.h"

/* the end date offered first: this many weeks after the module */
#define DEFAULT_UNTIL_WEEKS 10

struct _LpSeriesDialog
{
  AdwMessageDialog parent_instance;

  LpTrajectory *trajectory;
  LpModule     *module;
  LpDate        until_date;
  gboolean      setting;

  /* template children */
  GtkWidget *every_weeks;
  GtkWidget *weeks;
  GtkWidget *monthly;
  GtkWidget *by_count;
  GtkWidget *count;
  GtkWidget *by_until;
  GtkWidget *until;
  GtkWidget *summary;
};

G_DEFINE_FINAL_TYPE (LpSeriesDialog, lp_series_dialog, ADW_TYPE_MESSAGE_DIALOG)

static char *
summary_text (GArray *dates,
              guint   left_out)
{
  g_autofree char *first = lp_date_format_short (g_array_index (dates, LpDate, 0));
  g_autofree char *last = lp_date_format_short (g_array_index (dates, LpDate, dates->len - 1));
  g_autofree char *made = NULL;
  g_autofree char *dropped = NULL;

  /* TRANSLATORS: the number of sessions, the first date and the last date */
  made = g_strdup_printf (g_dngettext (NULL, "Makes %u session: %s … %s",
                                       "Makes %u sessions: %s … %s", dates->len),
                          dates->len, first, last);
  if (left_out == 0)
    return g_steal_pointer (&made);
  /* TRANSLATORS: the number of sessions that the period has no room for */
  dropped = g_strdup_printf (g_dngettext (NULL, "%u session after the end of the period is left out.",
                                          "%u sessions after the end of the period are left out.",
                                          left_out), left_out);
  return g_strdup_printf ("%s\n%s", made, dropped);
}

static void
on_rule_changed_cb (LpSeriesDialog *self)
{
  g_autoptr(GArray) dates = NULL;
  g_autofree char *text = NULL;
  LpSeriesRule rule;
  guint left_out = 0;

  if (self->trajectory == NULL || self->setting)
    return;
  gtk_widget_set_sensitive (self->weeks, gtk_check_button_get_active (GTK_CHECK_BUTTON (self->every_weeks)));
  gtk_widget_set_sensitive (self->count, gtk_check_button_get_active (GTK_CHECK_BUTTON (self->by_count)));
  gtk_widget_set_sensitive (self->until, gtk_check_button_get_active (GTK_CHECK_BUTTON (self->by_until)));
  lp_series_dialog_get_rule (self, &rule);
  dates = lp_series_dates_for (self->trajectory, self->module, &rule, &left_out);
  if (dates == NULL || dates->len < 2)
    text = g_strdup (_("Makes no copies: choose a later end."));
  else
    text = summary_text (dates, left_out);
  gtk_label_set_text (GTK_LABEL (self->summary), text);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "repeat",
                                           dates != NULL && dates->len >= 2);
}

static void
on_until_committed_cb (LpSeriesDialog *self,
                       guint           date)
{
  self->until_date = date;
  lp_date_entry_set_date (LP_DATE_ENTRY (self->until), date);
  on_rule_changed_cb (self);
}

static void
lp_series_dialog_response (AdwMessageDialog *dialog,
                           const char       *response)
{
  LpSeriesDialog *self = LP_SERIES_DIALOG (dialog);
  LpSeriesRule rule;

  if (g_strcmp0 (response, "repeat") != 0 || self->trajectory == NULL)
    return;
  lp_series_dialog_get_rule (self, &rule);
  lp_series_apply (self->trajectory, self->module, &rule, NULL);
}

static void
lp_series_dialog_dispose (GObject *object)
{
  LpSeriesDialog *self = LP_SERIES_DIALOG (object);

  g_clear_object (&self->trajectory);
  g_clear_object (&self->module);
  G_OBJECT_CLASS (lp_series_dialog_parent_class)->dispose (object);
}

static void
lp_series_dialog_class_init (LpSeriesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = lp_series_dialog_dispose;
  dialog_class->response = lp_series_dialog_response;

  g_type_ensure (LP_TYPE_DATE_ENTRY);
  lp_ui_class_set_template (widget_class, "lp-series-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LpSeriesDialog, every_weeks);
  gtk_widget_class_bind_template_child (widget_class, LpSeriesDialog, weeks);
  gtk_widget_class_bind_template_child (widget_class, LpSeriesDialog, monthly);
  gtk_widget_class_bind_template_child (widget_class, LpSeriesDialog, by_count);
  gtk_widget_class_bind_template_child (widget_class, LpSeriesDialog, count);
  gtk_widget_class_bind_template_child (widget_class, LpSeriesDialog, by_until);
  gtk_widget_class_bind_template_child (widget_class, LpSeriesDialog, until);
  gtk_widget_class_bind_template_child (widget_class, LpSeriesDialog, summary);
  gtk_widget_class_bind_template_callback (widget_class, on_rule_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_until_committed_cb);
}

static void
lp_series_dialog_init (LpSeriesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (lp_date_entry_get_entry (LP_DATE_ENTRY (self->until))),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Last date"), -1);
}

LpSeriesDialog *
lp_series_dialog_present (GtkWindow    *parent,
                          LpTrajectory *trajectory,
                          LpModule     *module)
{
  LpSeriesDialog *self;
  g_autofree char *monthly = NULL;
  g_autofree char *body = NULL;
  LpDate start;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), NULL);
  g_return_val_if_fail (LP_IS_MODULE (module), NULL);

  self = g_object_new (LP_TYPE_SERIES_DIALOG, "transient-for", parent, NULL);
  self->trajectory = g_object_ref (trajectory);
  self->module = g_object_ref (module);
  start = lp_module_get_start (module);
  monthly = lp_series_describe_monthly (start);
  gtk_check_button_set_label (GTK_CHECK_BUTTON (self->monthly), monthly);
  /* TRANSLATORS: the module's title */
  body = g_strdup_printf (_("Copies of “%s” in the same lane, on the same times."),
                          lp_trajectory_get_module_title (trajectory, module));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
  self->until_date = start + DEFAULT_UNTIL_WEEKS * LP_DAYS_PER_WEEK;
  lp_date_entry_set_date (LP_DATE_ENTRY (self->until), self->until_date);
  on_rule_changed_cb (self);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

void
lp_series_dialog_set_rule (LpSeriesDialog     *self,
                           const LpSeriesRule *rule)
{
  g_return_if_fail (LP_IS_SERIES_DIALOG (self));
  g_return_if_fail (rule != NULL);

  self->setting = TRUE;
  gtk_check_button_set_active (GTK_CHECK_BUTTON (rule->repeat == LP_SERIES_MONTHLY_WEEKDAY
                                                 ? self->monthly : self->every_weeks), TRUE);
  if (rule->n_weeks >= 1)
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->weeks), rule->n_weeks);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (rule->until != LP_DATE_NONE
                                                 ? self->by_until : self->by_count), TRUE);
  if (rule->until != LP_DATE_NONE)
    {
      self->until_date = rule->until;
      lp_date_entry_set_date (LP_DATE_ENTRY (self->until), rule->until);
    }
  else
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->count), rule->count);
  self->setting = FALSE;
  on_rule_changed_cb (self);
}

void
lp_series_dialog_get_rule (LpSeriesDialog *self,
                           LpSeriesRule   *rule)
{
  g_return_if_fail (LP_IS_SERIES_DIALOG (self));
  g_return_if_fail (rule != NULL);

  rule->repeat = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->monthly))
                 ? LP_SERIES_MONTHLY_WEEKDAY : LP_SERIES_EVERY_N_WEEKS;
  rule->n_weeks = (guint) gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->weeks));
  rule->count = (guint) gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->count));
  rule->until = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->by_until))
                ? self->until_date : LP_DATE_NONE;
}
