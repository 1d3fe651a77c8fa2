/* lp-label-numbers.c — the key's numbers of the modules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A numbered layout (paper with a key) gives every module in a shown lane
 * one number, the same on the chart and in the key: lane by lane in track
 * order, then by start date and start time, then file order; modules
 * without a lane come last.  Numbers do not depend on the range, so every
 * page of an overview shows the same numbers.
 */
#define G_LOG_DOMAIN "Leerplaats-Render"

#include "config.h"

#include "lp-label-layout-private.h"

typedef struct {
  LpModule *module;   /* borrowed */
  guint     lane;     /* track index; G_MAXUINT without a lane */
  guint     seq;      /* file order */
} Numbered;

static int
compare_chart_order (gconstpointer a,
                     gconstpointer b)
{
  const Numbered *na = a, *nb = b;
  LpDate sa = lp_module_get_start (na->module), sb = lp_module_get_start (nb->module);
  int ta = lp_module_get_start_time (na->module), tb = lp_module_get_start_time (nb->module);

  if (na->lane != nb->lane)
    return na->lane < nb->lane ? -1 : 1;
  if (sa != sb)
    return sa < sb ? -1 : 1;
  if (ta != tb)
    return ta < tb ? -1 : 1;
  return na->seq < nb->seq ? -1 : na->seq > nb->seq ? 1 : 0;
}

static gboolean
lane_hidden (LpLabelLayout *self,
             guint          index)
{
  return self->hidden != NULL && index < self->hidden->len
         && g_array_index (self->hidden, gboolean, index);
}

void
lp_label_layout_number_modules (LpLabelLayout *self)
{
  GListModel *modules = self->lists[0], *tracks = self->lists[1];
  g_autoptr(GHashTable) index = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (Numbered));
  guint n = g_list_model_get_n_items (modules);

  g_hash_table_remove_all (self->numbers);
  if (!self->options.numbered)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (tracks); i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);

      g_hash_table_insert (index, track, GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpModule) module = g_list_model_get_item (modules, i);
      guint li = GPOINTER_TO_UINT (g_hash_table_lookup (index, lp_module_get_track (module)));
      Numbered entry = { module, li > 0 ? li - 1 : G_MAXUINT, i };

      if (li > 0 && lane_hidden (self, li - 1))
        continue;
      g_array_append_val (order, entry);
    }
  g_array_sort (order, compare_chart_order);
  /* the trajectory keeps its modules: borrowed pointers stay valid */
  for (guint i = 0; i < order->len; i++)
    g_hash_table_insert (self->numbers, g_array_index (order, Numbered, i).module, GUINT_TO_POINTER (i + 1));
}

/* The number is drawn bold before the title: it takes the title font's
 * width with room for bold digits (up to an eighth wider) and a space. */
void
lp_label_layout_number_box (LpLabelLayout *self,
                            LpLabelBox    *box)
{
  char text[16];

  box->number = GPOINTER_TO_UINT (g_hash_table_lookup (self->numbers, box->module));
  box->number_width = 0;
  if (box->number == 0)
    return;
  g_snprintf (text, sizeof text, "%u", box->number);
  box->number_width = 1.15 * lp_label_measurer_measure (self->measurer, LP_LABEL_FONT_TITLE, text)
                      + 0.3 * lp_label_measurer_get_metrics (self->measurer)->em;
}
