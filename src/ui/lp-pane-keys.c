/* lp-pane-keys.c — moving between the panes of a window with the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lp-pane-keys.h"

#define PANES_KEY "lp-pane-keys-panes"

static gboolean
focus_pane (GtkWidget *pane)
{
  if (!gtk_widget_get_visible (pane) || !gtk_widget_is_sensitive (pane))
    return FALSE;
  if (gtk_widget_get_focusable (pane))
    return gtk_widget_grab_focus (pane);
  return gtk_widget_child_focus (pane, GTK_DIR_TAB_FORWARD);
}

static int
current_pane (GPtrArray *panes,
              GtkWidget *focus)
{
  for (guint i = 0; focus != NULL && i < panes->len; i++)
    {
      GtkWidget *pane = g_ptr_array_index (panes, i);
      if (focus == pane || gtk_widget_is_ancestor (focus, pane))
        return (int) i;
    }
  return -1;
}

gboolean
lp_pane_keys_cycle (GtkWidget *window,
                    int        direction)
{
  GPtrArray *panes;
  GtkWidget *focus;
  int n, current;

  g_return_val_if_fail (GTK_IS_ROOT (window), FALSE);

  panes = g_object_get_data (G_OBJECT (window), PANES_KEY);
  if (panes == NULL || panes->len == 0)
    return FALSE;
  n = (int) panes->len;
  focus = gtk_root_get_focus (GTK_ROOT (window));
  current = current_pane (panes, focus);
  if (current < 0)
    current = direction > 0 ? -1 : n;
  for (int step = 1; step <= n; step++)
    {
      int next = ((current + direction * step) % n + n) % n;
      if (next != current && focus_pane (g_ptr_array_index (panes, next)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
cycle_cb (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  lp_pane_keys_cycle (widget, GPOINTER_TO_INT (user_data));
  return TRUE;
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  keyval,
              GdkModifierType        modifiers,
              GtkShortcutFunc        func,
              gpointer               data)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                                          gtk_callback_action_new (func, data, NULL)));
}

void
lp_pane_keys_install_cycle (GtkWidget        *window,
                            GtkWidget *const *panes,
                            guint             n_panes)
{
  GtkEventController *controller;
  GPtrArray *array;

  g_return_if_fail (GTK_IS_ROOT (window));

  array = g_ptr_array_new ();
  for (guint i = 0; i < n_panes; i++)
    g_ptr_array_add (array, panes[i]);   /* children of the window: no references */
  g_object_set_data_full (G_OBJECT (window), PANES_KEY, array, (GDestroyNotify) g_ptr_array_unref);

  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_name (controller, "lp-pane-keys-cycle");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), GDK_KEY_F6, 0, cycle_cb, GINT_TO_POINTER (1));
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), GDK_KEY_F6, GDK_SHIFT_MASK, cycle_cb, GINT_TO_POINTER (-1));
  gtk_widget_add_controller (window, controller);
}

static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  return gtk_widget_grab_focus (GTK_WIDGET (user_data));
}

void
lp_pane_keys_install_escape (GtkWidget *from,
                             GtkWidget *to)
{
  GtkEventController *controller;

  g_return_if_fail (GTK_IS_WIDGET (from));
  g_return_if_fail (GTK_IS_WIDGET (to));

  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_name (controller, "lp-pane-keys-escape");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), GDK_KEY_Escape, 0, escape_cb, to);
  gtk_widget_add_controller (from, controller);
}
