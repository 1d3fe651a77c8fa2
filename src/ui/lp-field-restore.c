/* lp-field-restore.c — Escape puts back what a text field said
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include "lp-field-restore.h"

struct _LpFieldRestore
{
  GObject    parent_instance;

  GtkWidget *field;   /* weak: it owns us */
  char      *noted;   /* the text Escape puts back; NULL before the focus came */
};

G_DEFINE_FINAL_TYPE (LpFieldRestore, lp_field_restore, G_TYPE_OBJECT)

enum {
  RESTORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
get_text (GtkWidget *field)
{
  if (GTK_IS_TEXT_VIEW (field))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field));
      GtkTextIter a, b;

      gtk_text_buffer_get_bounds (buffer, &a, &b);
      return gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field)));
}

static void
set_text (GtkWidget  *field,
          const char *text)
{
  if (GTK_IS_TEXT_VIEW (field))
    {
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), text, -1);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (field), text);
  gtk_editable_set_position (GTK_EDITABLE (field), -1);
}

static void
on_focus_enter_cb (GtkEventControllerFocus *controller,
                   LpFieldRestore          *self)
{
  lp_field_restore_keep (self);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   LpFieldRestore        *self)
{
  g_autofree char *text = NULL;

  if (keyval != GDK_KEY_Escape || (state & gtk_accelerator_get_default_mod_mask ()) != 0 ||
      self->field == NULL || self->noted == NULL)
    return FALSE;
  text = get_text (self->field);
  if (g_strcmp0 (text, self->noted) == 0)
    return FALSE;
  set_text (self->field, self->noted);
  g_signal_emit (self, signals[RESTORED], 0);
  return TRUE;
}

static void
lp_field_restore_finalize (GObject *object)
{
  LpFieldRestore *self = LP_FIELD_RESTORE (object);

  g_clear_weak_pointer (&self->field);
  g_free (self->noted);
  G_OBJECT_CLASS (lp_field_restore_parent_class)->finalize (object);
}

static void
lp_field_restore_class_init (LpFieldRestoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lp_field_restore_finalize;

  /* after Escape put the noted text back */
  signals[RESTORED] =
    g_signal_new ("restored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
lp_field_restore_init (LpFieldRestore *self)
{
}

LpFieldRestore *
lp_field_restore_new (GtkWidget *field)
{
  LpFieldRestore *self;
  GtkEventController *focus, *keys;

  g_return_val_if_fail (GTK_IS_EDITABLE (field) || GTK_IS_TEXT_VIEW (field), NULL);

  self = g_object_new (LP_TYPE_FIELD_RESTORE, NULL);
  g_set_weak_pointer (&self->field, field);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "enter", G_CALLBACK (on_focus_enter_cb), self, 0);
  gtk_widget_add_controller (field, focus);

  /* before the field itself sees the key */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_name (keys, "lp-field-escape");
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_data (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self,
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_widget_add_controller (field, keys);
  return self;
}

void
lp_field_restore_keep (LpFieldRestore *self)
{
  g_return_if_fail (LP_IS_FIELD_RESTORE (self));

  if (self->field == NULL)
    return;
  g_free (self->noted);
  self->noted = get_text (self->field);
}
