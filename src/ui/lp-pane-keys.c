/* lp-pane-keys.c — moving between the panes of a window with the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lp-pane-keys.h"

#define LAST_FOCUS_KEY "lp-pane-keys-last-focus"

typedef struct
{
  LpPaneListFunc list;
  gpointer       data;
} Cycle;

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
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_callback_action_new (escape_cb, to, NULL)));
  gtk_widget_add_controller (from, controller);
}

static gboolean
pane_is_shown (GtkWidget *pane)
{
  return pane != NULL && gtk_widget_get_mapped (pane)
         && gtk_widget_get_width (pane) > 0 && gtk_widget_get_height (pane) > 0;
}

static void
remember_focus (GtkWidget *pane,
                GtkWidget *focus)
{
  GWeakRef *ref = g_object_get_data (G_OBJECT (pane), LAST_FOCUS_KEY);

  if (ref == NULL)
    {
      ref = g_new0 (GWeakRef, 1);
      g_weak_ref_init (ref, NULL);
      g_object_set_data_full (G_OBJECT (pane), LAST_FOCUS_KEY, ref, (GDestroyNotify) g_weak_ref_clear);
    }
  g_weak_ref_set (ref, focus);
}

/* The widget that had the focus last in pane, when it can have it again. */
static GtkWidget *
last_focus (GtkWidget *pane)
{
  GWeakRef *ref = g_object_get_data (G_OBJECT (pane), LAST_FOCUS_KEY);
  g_autoptr(GtkWidget) widget = ref != NULL ? g_weak_ref_get (ref) : NULL;

  if (widget == NULL || !gtk_widget_is_ancestor (widget, pane) || !gtk_widget_is_drawable (widget)
      || !gtk_widget_get_focusable (widget) || !gtk_widget_is_sensitive (widget))
    return NULL;
  return widget;
}

static gboolean
focus_pane (GtkWidget *pane)
{
  GtkWidget *last = last_focus (pane);

  if (last != NULL && gtk_widget_grab_focus (last))
    return TRUE;
  if (gtk_widget_get_focusable (pane) && gtk_widget_grab_focus (pane))
    return TRUE;
  return gtk_widget_child_focus (pane, GTK_DIR_TAB_FORWARD);
}

static gboolean
cycle_cb (GtkWidget *window,
          GVariant  *args,
          gpointer   user_data)
{
  Cycle *cycle = user_data;
  g_autoptr(GPtrArray) panes = cycle->list (cycle->data);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  int step = g_variant_get_boolean (args) ? -1 : 1;
  int n = (int) panes->len, current = -1;

  for (int i = 0; i < n && current < 0; i++)
    {
      GtkWidget *pane = g_ptr_array_index (panes, i);

      if (pane != NULL && focus != NULL && (focus == pane || gtk_widget_is_ancestor (focus, pane)))
        current = i;
    }
  if (current >= 0)
    remember_focus (g_ptr_array_index (panes, current), focus);
  else if (step < 0)
    current = 0;
  for (int k = 1; k <= n; k++)
    {
      GtkWidget *pane = g_ptr_array_index (panes, ((current + step * k) % n + n) % n);

      if (pane_is_shown (pane) && focus_pane (pane))
        return TRUE;
    }
  return FALSE;
}

void
lp_pane_keys_install_cycle (GtkWidget      *window,
                            LpPaneListFunc  list,
                            gpointer        data)
{
  GtkEventController *controller;
  Cycle *cycle;

  g_return_if_fail (GTK_IS_ROOT (window));
  g_return_if_fail (list != NULL);

  cycle = g_new0 (Cycle, 1);
  cycle->list = list;
  cycle->data = data;
  g_object_set_data_full (G_OBJECT (window), "lp-pane-keys-cycle", cycle, g_free);
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_name (controller, "lp-pane-keys-cycle");
  /* before the GtkPaneds, whose own F6 knows only their two children */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        g_object_new (GTK_TYPE_SHORTCUT,
                                                      "trigger", gtk_keyval_trigger_new (GDK_KEY_F6, 0),
                                                      "action", gtk_callback_action_new (cycle_cb, cycle, NULL),
                                                      "arguments", g_variant_new_boolean (FALSE),
                                                      NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        g_object_new (GTK_TYPE_SHORTCUT,
                                                      "trigger", gtk_keyval_trigger_new (GDK_KEY_F6, GDK_SHIFT_MASK),
                                                      "action", gtk_callback_action_new (cycle_cb, cycle, NULL),
                                                      "arguments", g_variant_new_boolean (TRUE),
                                                      NULL));
  gtk_widget_add_controller (window, controller);
}
