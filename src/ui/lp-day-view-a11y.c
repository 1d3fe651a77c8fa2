/* lp-day-view-a11y.c — the day view's items for assistive technologies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The canvas draws the items itself; what a screen reader finds of them is
 * an invisible LpTimelineBlock (role button) per item of the day shown, in
 * time order, named "09:30–10:30 TITLE, WHO", over the item in the overlay
 * that holds the canvas.  Children are made and named on a change
 * (_lp_day_view_a11y_sync, from refresh), only positioned while allocating.
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "lp-day-view-private.h"
#include "lp-timeline-block.h"

#define ITEM_INDEX "lp-day-view-item"

char *
_lp_day_view_item_label (const LpAgendaItem *item)
{
  char a[LP_TIME_TEXT_SIZE], b[LP_TIME_TEXT_SIZE];

  if (item->who != NULL && item->who[0] != '\0')
    /* TRANSLATORS: accessible name of a day programme item: start–end title, who leads it */
    return g_strdup_printf (_("%s–%s %s, %s"), lp_time_format (item->start, a), lp_time_format (item->end, b),
                            item->title, item->who);
  /* TRANSLATORS: accessible name of a day programme item: start–end title */
  return g_strdup_printf (_("%s–%s %s"), lp_time_format (item->start, a), lp_time_format (item->end, b),
                          item->title);
}

static gboolean
on_get_child_position_cb (GtkOverlay    *overlay,
                          GtkWidget     *child,
                          GtkAllocation *allocation,
                          LpDayView     *self)
{
  gpointer index = g_object_get_data (G_OBJECT (child), ITEM_INDEX);
  graphene_rect_t r;

  if (index == NULL || !_lp_day_view_get_item_rect (self, GPOINTER_TO_UINT (index) - 1, &r))
    {
      *allocation = (GtkAllocation) { 0, 0, 1, 1 };
      return TRUE;
    }
  *allocation = (GtkAllocation) { (int) r.origin.x, (int) r.origin.y,
                                  MAX (1, (int) r.size.width), MAX (1, (int) r.size.height) };
  return TRUE;
}

void
_lp_day_view_a11y_setup (LpDayView *self)
{
  g_signal_connect (self->overlay, "get-child-position", G_CALLBACK (on_get_child_position_cb), self);
}

static void
resize_children (LpDayView *self, guint n)
{
  while (self->item_children->len > n)
    {
      GtkWidget *child = g_ptr_array_steal_index (self->item_children, self->item_children->len - 1);
      gtk_overlay_remove_overlay (GTK_OVERLAY (self->overlay), child);
    }
  while (self->item_children->len < n)
    {
      GtkWidget *child = lp_timeline_block_new ();

      gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), child);
      g_ptr_array_add (self->item_children, child);
    }
}

void
_lp_day_view_a11y_sync (LpDayView *self)
{
  const LpAgenda *agenda = self->module ? lp_module_get_agenda (self->module) : NULL;
  guint n = 0;

  for (guint i = 0; i < lp_agenda_get_n_items (agenda); i++)
    n += lp_agenda_get_item (agenda, i)->day == self->day ? 1 : 0;
  resize_children (self, n);
  n = 0;
  for (guint i = 0; i < lp_agenda_get_n_items (agenda); i++)
    {
      const LpAgendaItem *item = lp_agenda_get_item (agenda, i);
      GtkWidget *child;
      g_autofree char *label = NULL;

      if (item->day != self->day)
        continue;
      child = g_ptr_array_index (self->item_children, n++);
      label = _lp_day_view_item_label (item);
      g_object_set_data (G_OBJECT (child), ITEM_INDEX, GUINT_TO_POINTER (i + 1));
      lp_timeline_block_set_item (LP_TIMELINE_BLOCK (child), self->module, label, NULL);
    }
  gtk_widget_queue_allocate (self->overlay);
}
