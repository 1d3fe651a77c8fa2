/* lp-export-key.c — the numbered key after the overview (--key)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line per shown module, in chart order (lane by lane, then by start
 * date): number, title, dates, lane.
 */
#define G_LOG_DOMAIN "Leerplaats-Export"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "lp-export-private.h"

#define LINE_H   13.0     /* points */
#define TEXT_PT  9.0

static gint
compare_chart_order (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  LpTrajectory *trajectory = user_data;
  LpModule *ma = *(LpModule * const *) a, *mb = *(LpModule * const *) b;
  LpTrack *ta = lp_module_get_track (ma), *tb = lp_module_get_track (mb);
  int ia = ta != NULL ? lp_trajectory_get_track_index (trajectory, ta) : G_MAXINT;
  int ib = tb != NULL ? lp_trajectory_get_track_index (trajectory, tb) : G_MAXINT;

  if (ia != ib)
    return ia < ib ? -1 : 1;
  if (lp_module_get_start (ma) != lp_module_get_start (mb))
    return lp_module_get_start (ma) < lp_module_get_start (mb) ? -1 : 1;
  return lp_module_get_start_time (ma) - lp_module_get_start_time (mb);
}

/* "5 Oct 2026 – 6 Oct 2026 · 09:00–17:00": dates with the year (a key
 * may span years), times when set. */
static char *
key_dates (LpModule *module)
{
  LpDate start = lp_module_get_start (module), end = lp_module_get_end (module);
  int t0 = lp_module_get_start_time (module), t1 = lp_module_get_end_time (module);
  g_autofree char *first = lp_date_format_short (start);
  GString *s = g_string_new (first);

  if (end != LP_DATE_NONE && end > start)
    {
      g_autofree char *last = lp_date_format_short (end);
      g_string_append_printf (s, " – %s", last);
    }
  if (t0 >= 0 && t1 >= 0)
    g_string_append_printf (s, " · %02d:%02d–%02d:%02d", t0 / 60, t0 % 60, t1 / 60, t1 % 60);
  else if (t0 >= 0)
    g_string_append_printf (s, " · %02d:%02d", t0 / 60, t0 % 60);
  return g_string_free (s, FALSE);
}

static double
lines_per_page (LpExportDocument *self)
{
  return MAX (1, (self->page_h - 2 * LP_EXPORT_MARGIN - LP_EXPORT_TITLE_BLOCK - LP_EXPORT_FOOTER) / LINE_H);
}

void
lp_export_key_build (LpExportDocument *self)
{
  GListModel *modules = lp_trajectory_get_modules (self->trajectory);
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (modules);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpModule) module = g_list_model_get_item (modules, i);
      LpTrack *track = lp_module_get_track (module);
      int ti = track != NULL ? lp_trajectory_get_track_index (self->trajectory, track) : -1;

      if (ti >= 0 && lp_timeline_layout_is_track_hidden (self->layout, ti))
        continue;
      g_ptr_array_add (shown, g_steal_pointer (&module));
    }
  g_ptr_array_sort_with_data (shown, compare_chart_order, self->trajectory);

  self->key_lines = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < shown->len; i++)
    {
      LpModule *module = g_ptr_array_index (shown, i);
      LpTrack *track = lp_module_get_track (module);
      const char *title = lp_module_get_title (module);
      g_autofree char *dates = key_dates (module);
      g_autofree char *t = g_markup_escape_text (title != NULL && *title != '\0' ? title
                                                 : lp_kind_get_name (lp_trajectory_get_module_kind (self->trajectory, module)), -1);
      g_autofree char *d = g_markup_escape_text (dates != NULL ? dates : "", -1);
      g_autofree char *l = g_markup_escape_text (track != NULL ? lp_track_get_name (track) : "", -1);

      g_ptr_array_add (self->key_lines, g_strdup_printf ("%u\t%s\t%s\t%s", i + 1, t, d, l));
    }
  self->n_key_pages = MAX (1, (guint) ((shown->len + (guint) lines_per_page (self) - 1) / (guint) lines_per_page (self)));
}

void
lp_export_key_draw (LpExportDocument *self,
                    cairo_t          *cr,
                    guint             key_page,
                    guint             page)
{
  double content_w = self->page_w - 2 * LP_EXPORT_MARGIN;
  guint per_page = (guint) lines_per_page (self);
  double y = LP_EXPORT_MARGIN + LP_EXPORT_TITLE_BLOCK;
  /* columns: number, title, dates, lane */
  const double col[4] = { 0, 0.04, 0.52, 0.80 };
  g_autofree char *heading = g_markup_escape_text (_("Key"), -1);

  cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
  lp_export_show_text (self, cr, heading, 15, TRUE, LP_EXPORT_MARGIN, LP_EXPORT_MARGIN, content_w, PANGO_ALIGN_LEFT);
  for (guint i = key_page * per_page; i < self->key_lines->len && i < (key_page + 1) * per_page; i++)
    {
      g_auto(GStrv) cells = g_strsplit (g_ptr_array_index (self->key_lines, i), "\t", 4);

      for (guint c = 0; c < 4 && cells[c] != NULL; c++)
        {
          double x = LP_EXPORT_MARGIN + col[c] * content_w;
          double w = ((c < 3 ? col[c + 1] : 1.0) - col[c]) * content_w - 6;

          lp_export_show_text (self, cr, cells[c], TEXT_PT, c == 0, x, y, w, PANGO_ALIGN_LEFT);
        }
      y += LINE_H;
    }
  lp_export_draw_footer (self, cr, page);
}
