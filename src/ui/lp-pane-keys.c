/* lp-pane-keys.c — moving between the panes of a window with the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lp-pane-keys.h"

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
