/* lp-timeline-block.c — what a screen reader sees of a block on the timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include "lp-timeline-block.h"

struct _LpTimelineBlock
{
  GtkWidget  parent_instance;
  LpModule  *module;   /* borrowed: the timeline resets it on every layout */
  char      *label;
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
  g_clear_pointer (&LP_TIMELINE_BLOCK (object)->label, g_free);
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

LpModule *
lp_timeline_block_get_module (LpTimelineBlock *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_BLOCK (self), NULL);
  return self->module;
}

void
lp_timeline_block_set (LpTimelineBlock *self,
                       LpModule        *module,
                       const char      *label)
{
  g_return_if_fail (LP_IS_TIMELINE_BLOCK (self));

  self->module = module;
  if (g_strcmp0 (self->label, label) != 0)
    {
      g_free (self->label);
      self->label = g_strdup (label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label ? label : "", -1);
    }
}
