/* lp-series-edit.c — a field of a series member changed in the editor:
 * "only this one or the whole series?", asked once per selected module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "core/lp-series.h"
#include "lp-series-edit.h"

typedef enum {
  SCOPE_UNASKED,
  SCOPE_ONE,
  SCOPE_ALL,
} Scope;

struct _LpSeriesEdit
{
  Scope                  scope;
  LpSeriesEditCancelled  cancelled;
  gpointer               user_data;
  AdwMessageDialog      *dialog;      /* the open question, or NULL */
};

/* The change waiting for the answer. */
typedef struct {
  LpSeriesEdit *edit;
  LpTrajectory *trajectory;
  LpModule     *module;
  char         *property;
  GValue        value;
} Pending;

static void
pending_free (gpointer data)
{
  Pending *p = data;

  if (p->edit != NULL)
    p->edit->dialog = NULL;
  g_clear_object (&p->trajectory);
  g_clear_object (&p->module);
  g_free (p->property);
  g_value_unset (&p->value);
  g_free (p);
}

/* Equal as the file stores them: an empty string or list is none. */
static gboolean
is_current (LpModule     *module,
            const char   *property,
            const GValue *value)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (module), property);
  g_auto(GValue) current = G_VALUE_INIT;
  GType type;

  if (pspec == NULL)
    return FALSE;
  type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  g_value_init (&current, type);
  g_object_get_property (G_OBJECT (module), property, &current);
  if (type == G_TYPE_STRING)
    {
      const char *a = g_value_get_string (&current), *b = g_value_get_string (value);
      return g_strcmp0 (a && *a ? a : NULL, b && *b ? b : NULL) == 0;
    }
  if (type == G_TYPE_STRV)
    {
      const char * const *a = g_value_get_boxed (&current), * const *b = g_value_get_boxed (value);
      if (a == NULL || a[0] == NULL || b == NULL || b[0] == NULL)
        return (a == NULL || a[0] == NULL) == (b == NULL || b[0] == NULL);
      return g_strv_equal (a, b);
    }
  if (G_TYPE_IS_VALUE_TYPE (type) && G_VALUE_TYPE (value) == type && !G_TYPE_IS_BOXED (type))
    return g_param_values_cmp (pspec, &current, value) == 0;
  return FALSE;
}

static void
apply (LpSeriesEdit *self,
       LpTrajectory *trajectory,
       LpModule     *module,
       const char   *property,
       const GValue *value)
{
  if (self->scope == SCOPE_ALL && lp_module_get_series (module) != NULL)
    lp_series_set_value (trajectory, lp_module_get_series (module), property, value);
  else
    lp_trajectory_set_value (trajectory, module, property, value);
}

static void
on_answered_cb (AdwMessageDialog *dialog,
                const char       *response,
                Pending          *p)
{
  LpSeriesEdit *self = p->edit;

  if (self == NULL)
    return;
  if (g_str_equal (response, "cancel"))
    {
      if (self->cancelled != NULL)
        self->cancelled (self->user_data);
      return;
    }
  self->scope = g_str_equal (response, "all") ? SCOPE_ALL : SCOPE_ONE;
  if (lp_trajectory_lookup_module (p->trajectory, lp_module_get_id (p->module)) == p->module)
    apply (self, p->trajectory, p->module, p->property, &p->value);
}

static void
ask (LpSeriesEdit *self,
     GtkWidget    *widget,
     Pending      *p)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Change only this one or the whole series?"), NULL));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "one", _("_Only This One"),
                                    "all", _("_Whole Series"), NULL);
  adw_message_dialog_set_default_response (dialog, "one");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_answered_cb), p,
                         (GClosureNotify) (void (*) (void)) pending_free, 0);
  self->dialog = dialog;
  gtk_window_present (GTK_WINDOW (dialog));
}

LpSeriesEdit *
lp_series_edit_new (LpSeriesEditCancelled cancelled,
                    gpointer              user_data)
{
  LpSeriesEdit *self = g_new0 (LpSeriesEdit, 1);

  self->cancelled = cancelled;
  self->user_data = user_data;
  return self;
}

void
lp_series_edit_free (LpSeriesEdit *self)
{
  if (self == NULL)
    return;
  if (self->dialog != NULL)
    {
      Pending *p = g_object_get_data (G_OBJECT (self->dialog), "pending");

      if (p != NULL)
        p->edit = NULL;
    }
  g_free (self);
}

void
lp_series_edit_reset (LpSeriesEdit *self)
{
  if (self != NULL)
    self->scope = SCOPE_UNASKED;
}

void
lp_series_edit_set_value (LpSeriesEdit *self,
                          GtkWidget    *widget,
                          LpTrajectory *trajectory,
                          LpModule     *module,
                          const char   *property,
                          const GValue *value)
{
  g_autoptr(GPtrArray) members = NULL;
  Pending *p;

  g_return_if_fail (self != NULL);
  g_return_if_fail (LP_IS_TRAJECTORY (trajectory));
  g_return_if_fail (LP_IS_MODULE (module));

  /* leaving an unchanged field changes nothing, on the series neither */
  if (is_current (module, property, value))
    return;
  members = lp_series_get_members (trajectory, lp_module_get_series (module));
  if (members->len < 2 || self->scope != SCOPE_UNASKED)
    {
      apply (self, trajectory, module, property, value);
      return;
    }
  if (self->dialog != NULL)
    return;
  p = g_new0 (Pending, 1);
  p->edit = self;
  p->trajectory = g_object_ref (trajectory);
  p->module = g_object_ref (module);
  p->property = g_strdup (property);
  g_value_init (&p->value, G_VALUE_TYPE (value));
  g_value_copy (value, &p->value);
  ask (self, widget, p);
  g_object_set_data (G_OBJECT (self->dialog), "pending", p);
}
