/* lp-changes-pane.c — the list of changes since an earlier version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-changes-pane.h"
#include "lp-resources.h"

struct _LpChangesPane
{
  GtkBox      parent_instance;

  GtkLabel   *title_label;
  GtkListBox *list;

  GPtrArray  *changes;   /* LpChange*, as the rows show them */
};

G_DEFINE_FINAL_TYPE (LpChangesPane, lp_changes_pane, GTK_TYPE_BOX)

enum {
  SIGNAL_CHANGE_ACTIVATED,
  SIGNAL_CLOSE_REQUESTED,
  N_SIGNALS
};
static guint signals[N_SIGNALS];

static void
on_close_clicked_cb (LpChangesPane *self)
{
  g_signal_emit (self, signals[SIGNAL_CLOSE_REQUESTED], 0);
}

static void
on_row_activated_cb (LpChangesPane *self,
                     GtkListBoxRow *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (self->changes != NULL && index >= 0 && (guint) index < self->changes->len)
    g_signal_emit (self, signals[SIGNAL_CHANGE_ACTIVATED], 0, self->changes->pdata[index]);
}

static GtkWidget *
row_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (label, text);
  return label;
}

void
lp_changes_pane_set_changes (LpChangesPane *self,
                             GPtrArray     *changes,
                             const char    *since)
{
  g_autofree char *title = NULL;
  GtkWidget *child;

  g_return_if_fail (LP_IS_CHANGES_PANE (self));
  g_return_if_fail (changes != NULL);

  title = g_strdup_printf (_("Changes since %s"), since != NULL ? since : "");
  gtk_label_set_text (self->title_label, title);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  self->changes = g_ptr_array_ref (changes);

  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *line = lp_change_format_line (changes->pdata[i]);
      gtk_list_box_append (self->list, row_label (line));
    }
  if (changes->len == 0)
    {
      GtkWidget *none = row_label (_("No changes."));
      gtk_list_box_append (self->list, none);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (gtk_widget_get_parent (none)), FALSE);
    }
}

GtkListBox *
_lp_changes_pane_get_list (LpChangesPane *self)
{
  g_return_val_if_fail (LP_IS_CHANGES_PANE (self), NULL);
  return self->list;
}

static void
lp_changes_pane_dispose (GObject *object)
{
  LpChangesPane *self = LP_CHANGES_PANE (object);

  g_clear_pointer (&self->changes, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), LP_TYPE_CHANGES_PANE);
  G_OBJECT_CLASS (lp_changes_pane_parent_class)->dispose (object);
}

static void
lp_changes_pane_class_init (LpChangesPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lp_changes_pane_dispose;
  signals[SIGNAL_CHANGE_ACTIVATED] =
    g_signal_new ("change-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
  signals[SIGNAL_CLOSE_REQUESTED] =
    g_signal_new ("close-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  lp_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, LP_UI_RESOURCE_PREFIX "/lp-changes-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, LpChangesPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, LpChangesPane, list);
  gtk_widget_class_bind_template_callback (widget_class, on_close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
}

static void
lp_changes_pane_init (LpChangesPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lp_changes_pane_new (void)
{
  return g_object_new (LP_TYPE_CHANGES_PANE, NULL);
}
