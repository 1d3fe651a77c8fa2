/* lp-timeline-block.c — what a screen reader sees of an item on the timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include "lp-timeline-block.h"

struct _LpTimelineBlock
{
  GtkWidget  parent_instance;
  gpointer   item;     /* borrowed: the timeline resets it on every layout */
  char      *label;
  char      *description;
};

G_DEFINE_FINAL_TYPE (LpTimelineBlock, lp_timeline_block, GTK_TYPE_WIDGET)

static void
lp_timeline_block_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = *natural = 0;
}

static void
lp_timeline_block_finalize (GObject *object)
{
  LpTimelineBlock *self = LP_TIMELINE_BLOCK (object);

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->description, g_free);
  G_OBJECT_CLASS (lp_timeline_block_parent_class)->finalize (object);
}

static void
lp_timeline_block_class_init (LpTimelineBlockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = lp_timeline_block_finalize;
  widget_class->measure = lp_timeline_block_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_widget_class_set_css_name (widget_class, "block");
}

static void
lp_timeline_block_init (LpTimelineBlock *self)
{
  /* the timeline itself handles pointer and keyboard */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
}

GtkWidget *
lp_timeline_block_new (void)
{
  return g_object_new (LP_TYPE_TIMELINE_BLOCK, NULL);
}

GtkWidget *
lp_timeline_block_new_for_role (GtkAccessibleRole role)
{
  return g_object_new (LP_TYPE_TIMELINE_BLOCK, "accessible-role", role, NULL);
}

LpModule *
lp_timeline_block_get_module (LpTimelineBlock *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_BLOCK (self), NULL);
  return LP_IS_MODULE (self->item) ? self->item : NULL;
}

gpointer
lp_timeline_block_get_item (LpTimelineBlock *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_BLOCK (self), NULL);
  return self->item;
}

void
lp_timeline_block_set_item (LpTimelineBlock *self,
                            gpointer         item,
                            const char      *label,
                            const char      *description)
{
  g_return_if_fail (LP_IS_TIMELINE_BLOCK (self));

  self->item = item;
  if (g_strcmp0 (self->label, label) != 0)
    {
      g_free (self->label);
      self->label = g_strdup (label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label ? label : "", -1);
    }
  if (g_strcmp0 (self->description, description) != 0)
    {
      g_free (self->description);
      self->description = g_strdup (description);
      if (description != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
      else
        gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}
