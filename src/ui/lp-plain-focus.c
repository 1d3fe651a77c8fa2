/* lp-plain-focus.c — text fields that never select their text on focus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkText selects all its text when it takes the focus from the keyboard
 * (the "gtk-entry-select-on-focus" setting), right after the focus has
 * arrived, or, in a window that is not active yet, before it arrives.  Here
 * a selection made in that same turn of the main loop, or while the field
 * does not have the focus, is dropped again; a selection the user makes
 * later is left alone.
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include "lp-plain-focus.h"

#define ARRIVING "lp-plain-focus-arriving"

static GtkText *
text_of (GtkWidget *widget)
{
  GtkEditable *editable;

  if (GTK_IS_TEXT (widget))
    return GTK_TEXT (widget);
  if (!GTK_IS_EDITABLE (widget))
    return NULL;
  editable = gtk_editable_get_delegate (GTK_EDITABLE (widget));
  return editable != NULL ? text_of (GTK_WIDGET (editable)) : NULL;
}

static gboolean
arrival_over_cb (gpointer data)
{
  g_object_set_data (G_OBJECT (data), ARRIVING, NULL);
  g_object_unref (data);
  return G_SOURCE_REMOVE;
}

static void
on_has_focus_cb (GtkWidget  *text,
                 GParamSpec *pspec,
                 gpointer    data)
{
  if (!gtk_widget_has_focus (text) || g_object_get_data (G_OBJECT (text), ARRIVING) != NULL)
    return;
  /* the selection that follows in this turn of the main loop is GTK's */
  g_object_set_data (G_OBJECT (text), ARRIVING, GINT_TO_POINTER (TRUE));
  g_idle_add_full (G_PRIORITY_HIGH, arrival_over_cb, g_object_ref (text), NULL);
}

static void
on_selection_cb (GtkEditable *text,
                 GParamSpec  *pspec,
                 gpointer     data)
{
  /* a field can only be selected in by the user while it has the focus */
  if ((g_object_get_data (G_OBJECT (text), ARRIVING) == NULL && gtk_widget_has_focus (GTK_WIDGET (text))) ||
      !gtk_editable_get_selection_bounds (text, NULL, NULL))
    return;
  gtk_editable_set_position (text, -1);
}

void
lp_plain_focus_attach (GtkWidget *field)
{
  GtkText *text = text_of (field);

  g_return_if_fail (text != NULL);

  g_signal_connect (text, "notify::has-focus", G_CALLBACK (on_has_focus_cb), NULL);
  g_signal_connect (text, "notify::selection-bound", G_CALLBACK (on_selection_cb), NULL);
  g_signal_connect (text, "notify::cursor-position", G_CALLBACK (on_selection_cb), NULL);
}

void
lp_plain_focus_grab (GtkWidget *widget)
{
  GtkText *text = text_of (widget);

  if (text != NULL)
    gtk_text_grab_focus_without_selecting (text);
  else
    gtk_widget_grab_focus (widget);
}
