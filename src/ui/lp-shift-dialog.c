/* lp-shift-dialog.c — asks how many weeks to shift the whole programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "core/lp-trajectory-shift.h"
#include "lp-resources.h"
#include "lp-shift-dialog.h"

#define DAYS_PER_WEEK 7

struct _LpShiftDialog
{
  AdwMessageDialog parent_instance;

  LpTrajectory *trajectory;

  /* template children */
  GtkWidget *weeks;
  GtkWidget *new_start;
};

G_DEFINE_FINAL_TYPE (LpShiftDialog, lp_shift_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
on_weeks_changed_cb (LpShiftDialog *self)
{
  int days = lp_shift_dialog_get_weeks (self) * DAYS_PER_WEEK;
  LpDate start;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (self->trajectory == NULL)
    return;
  start = lp_trajectory_get_span_start (self->trajectory);
  date = lp_date_format_long ((LpDate) ((gint64) start + days));
  /* TRANSLATORS: the programme's start date after the shift */
  text = g_strdup_printf (_("New start: %s"), date);
  gtk_label_set_text (GTK_LABEL (self->new_start), text);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "shift", days != 0);
}

static void
lp_shift_dialog_response (AdwMessageDialog *dialog,
                          const char       *response)
{
  LpShiftDialog *self = LP_SHIFT_DIALOG (dialog);

  if (g_strcmp0 (response, "shift") == 0 && self->trajectory != NULL)
    lp_trajectory_shift (self->trajectory, lp_shift_dialog_get_weeks (self) * DAYS_PER_WEEK);
}

static void
lp_shift_dialog_dispose (GObject *object)
{
  LpShiftDialog *self = LP_SHIFT_DIALOG (object);

  g_clear_object (&self->trajectory);
  G_OBJECT_CLASS (lp_shift_dialog_parent_class)->dispose (object);
}

static void
lp_shift_dialog_class_init (LpShiftDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = lp_shift_dialog_dispose;
  dialog_class->response = lp_shift_dialog_response;

  lp_ui_class_set_template (widget_class, "lp-shift-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LpShiftDialog, weeks);
  gtk_widget_class_bind_template_child (widget_class, LpShiftDialog, new_start);
  gtk_widget_class_bind_template_callback (widget_class, on_weeks_changed_cb);
}

static void
lp_shift_dialog_init (LpShiftDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

LpShiftDialog *
lp_shift_dialog_present (GtkWindow    *parent,
                         LpTrajectory *trajectory)
{
  LpShiftDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), NULL);

  self = g_object_new (LP_TYPE_SHIFT_DIALOG, "transient-for", parent, NULL);
  self->trajectory = g_object_ref (trajectory);
  on_weeks_changed_cb (self);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

void
lp_shift_dialog_set_weeks (LpShiftDialog *self,
                           int            weeks)
{
  g_return_if_fail (LP_IS_SHIFT_DIALOG (self));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->weeks), weeks);
}

int
lp_shift_dialog_get_weeks (LpShiftDialog *self)
{
  g_return_val_if_fail (LP_IS_SHIFT_DIALOG (self), 0);
  return gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->weeks));
}
