/* lp-presentation-card.c — a block's card while presenting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shown over the timeline when a block is clicked (or Enter pressed on
 * it) in presentation mode; its fonts (style.css, .presentation-card) are
 * sized for a projector.
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "lp-presentation-card.h"
#include "lp-resources.h"
#include "lp-timeline-accessible.h"

struct _LpPresentationCard
{
  GtkBox     parent_instance;

  GtkLabel  *title_label;
  GtkLabel  *dates_label;
  GtkGrid   *fields;
  GtkWidget *close_button;
  LpModule  *module;
  int        n_rows;
};

G_DEFINE_FINAL_TYPE (LpPresentationCard, lp_presentation_card, GTK_TYPE_BOX)

enum { CLOSED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
on_close_clicked_cb (LpPresentationCard *self)
{
  lp_presentation_card_close (self);
}

static void
lp_presentation_card_dispose (GObject *object)
{
  LpPresentationCard *self = LP_PRESENTATION_CARD (object);

  g_clear_object (&self->module);
  gtk_widget_dispose_template (GTK_WIDGET (self), LP_TYPE_PRESENTATION_CARD);
  G_OBJECT_CLASS (lp_presentation_card_parent_class)->dispose (object);
}

static void
lp_presentation_card_class_init (LpPresentationCardClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = lp_presentation_card_dispose;
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  lp_ui_class_set_template (widget_class, "lp-presentation-card.ui");
  gtk_widget_class_bind_template_child (widget_class, LpPresentationCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, LpPresentationCard, dates_label);
  gtk_widget_class_bind_template_child (widget_class, LpPresentationCard, fields);
  gtk_widget_class_bind_template_child (widget_class, LpPresentationCard, close_button);
  gtk_widget_class_bind_template_callback (widget_class, on_close_clicked_cb);
}

static void
lp_presentation_card_init (LpPresentationCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lp_presentation_card_new (void)
{
  return g_object_new (LP_TYPE_PRESENTATION_CARD, NULL);
}

/* One row of the grid: a heading and its text (nothing when text is empty). */
static void
add_row (LpPresentationCard *self,
         const char         *heading,
         const char         *text)
{
  GtkWidget *head, *value;

  if (text == NULL || *text == '\0')
    return;
  head = gtk_label_new (heading);
  gtk_label_set_xalign (GTK_LABEL (head), 0);
  gtk_label_set_yalign (GTK_LABEL (head), 0);
  gtk_widget_add_css_class (head, "presentation-card-heading");
  value = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_label_set_wrap (GTK_LABEL (value), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (value), 50);
  gtk_widget_set_hexpand (value, TRUE);
  gtk_grid_attach (self->fields, head, 0, self->n_rows, 1, 1);
  gtk_grid_attach (self->fields, value, 1, self->n_rows, 1, 1);
  self->n_rows++;
}

static char *
dates_text (LpModule *module)
{
  g_autofree char *first = lp_date_format_display (lp_module_get_start (module));
  g_autofree char *last = NULL;

  if (lp_module_get_end (module) == lp_module_get_start (module))
    return g_steal_pointer (&first);
  last = lp_date_format_display (lp_module_get_end (module));
  /* TRANSLATORS: a module's dates on the presentation card: first – last */
  return g_strdup_printf (_("%s – %s"), first, last);
}

static char *
comments_text (LpModule *module)
{
  GPtrArray *comments = lp_module_get_comments (module);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < comments->len; i++)
    {
      const LpComment *comment = g_ptr_array_index (comments, i);
      g_autofree char *line = NULL;

      if (comment->resolved)
        continue;
      line = lp_comment_format (comment);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
clear_rows (LpPresentationCard *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->fields))) != NULL)
    gtk_grid_remove (self->fields, child);
  self->n_rows = 0;
}

void
lp_presentation_card_set_module (LpPresentationCard *self,
                                 LpTrajectory       *trajectory,
                                 LpModule           *module)
{
  g_autofree char *dates = NULL, *facilitators = NULL, *comments = NULL, *name = NULL;
  const char * const *people;
  LpTrack *track;

  g_return_if_fail (LP_IS_PRESENTATION_CARD (self));
  g_return_if_fail (LP_IS_MODULE (module));

  g_set_object (&self->module, module);
  clear_rows (self);
  gtk_label_set_text (self->title_label, lp_module_get_title (module));
  dates = dates_text (module);
  gtk_label_set_text (self->dates_label, dates);
  track = lp_module_get_track (module);
  add_row (self, _("Lane"), track != NULL ? lp_track_get_name (track) : NULL);
  people = lp_module_get_facilitators (module);
  facilitators = people != NULL ? g_strjoinv (", ", (char **) people) : NULL;
  add_row (self, _("Facilitators"), facilitators);
  add_row (self, C_("presentation card", "Goals"), lp_module_get_goals (module));
  comments = comments_text (module);
  add_row (self, C_("presentation card", "Open review comments"), comments);

  name = lp_timeline_accessible_block_label (trajectory, module);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

LpModule *
lp_presentation_card_get_module (LpPresentationCard *self)
{
  g_return_val_if_fail (LP_IS_PRESENTATION_CARD (self), NULL);
  return self->module;
}

void
lp_presentation_card_close (LpPresentationCard *self)
{
  g_return_if_fail (LP_IS_PRESENTATION_CARD (self));

  if (!gtk_widget_get_visible (GTK_WIDGET (self)))
    return;
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
append_labels (GtkWidget *widget,
               GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    append_labels (c, text);
}

char *
_lp_presentation_card_get_text (LpPresentationCard *self)
{
  GString *text = g_string_new (NULL);

  append_labels (GTK_WIDGET (self), text);
  return g_string_free (text, FALSE);
}
