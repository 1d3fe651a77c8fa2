/* lp-export-changes.c — the "Changes since …" pages (--changes-since)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * After the overview and its key: one line per change from the baseline to
 * the exported trajectory, ordered by date: the date, then the change.
 */
#define G_LOG_DOMAIN "Leerplaats-Export"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-changes.h"
#include "core/lp-date.h"
#include "lp-export-private.h"

#define LINE_H   13.0     /* points */
#define TEXT_PT  9.0
#define DATE_COL 0.14     /* share of the width for the date */

static guint
lines_per_page (LpExportDocument *self)
{
  return (guint) MAX (1, (self->page_h - 2 * LP_EXPORT_MARGIN - LP_EXPORT_TITLE_BLOCK - LP_EXPORT_FOOTER) / LINE_H);
}

static char *
heading (LpExportDocument *self)
{
  const char *since = self->options.baseline_name;
  g_autofree char *text = NULL;

  if (since == NULL || *since == '\0')
    since = lp_trajectory_get_title (self->options.baseline);
  text = g_strdup_printf (_("Changes since %s"), since != NULL ? since : "");
  return g_markup_escape_text (text, -1);
}

void
lp_export_changes_build (LpExportDocument *self)
{
  g_autoptr(GPtrArray) changes = lp_changes_compare (self->options.baseline, self->trajectory);
  guint per_page = lines_per_page (self);

  self->change_lines = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < changes->len; i++)
    {
      const LpChange *change = changes->pdata[i];
      g_autofree char *date = lp_date_format_short (change->date);
      g_autofree char *text = lp_change_describe (change);

      g_ptr_array_add (self->change_lines, g_strdup_printf ("%s\t%s", date, text));
    }
  self->changes_title = heading (self);
  self->n_change_pages = MAX (1, (self->change_lines->len + per_page - 1) / per_page);
}

void
lp_export_changes_draw (LpExportDocument *self,
                        cairo_t          *cr,
                        guint             changes_page,
                        guint             page)
{
  double content_w = self->page_w - 2 * LP_EXPORT_MARGIN;
  guint per_page = lines_per_page (self);
  double y = LP_EXPORT_MARGIN + LP_EXPORT_TITLE_BLOCK;

  cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
  lp_export_show_text (self, cr, self->changes_title, 15, TRUE, LP_EXPORT_MARGIN, LP_EXPORT_MARGIN, content_w, PANGO_ALIGN_LEFT);
  if (self->change_lines->len == 0)
    {
      g_autofree char *none = g_markup_escape_text (_("No changes."), -1);
      lp_export_show_text (self, cr, none, TEXT_PT, FALSE, LP_EXPORT_MARGIN, y, content_w, PANGO_ALIGN_LEFT);
    }
  for (guint i = changes_page * per_page; i < self->change_lines->len && i < (changes_page + 1) * per_page; i++)
    {
      g_auto(GStrv) cells = g_strsplit (g_ptr_array_index (self->change_lines, i), "\t", 2);
      g_autofree char *date = g_markup_escape_text (cells[0], -1);
      g_autofree char *text = g_markup_escape_text (cells[1] != NULL ? cells[1] : "", -1);

      lp_export_show_text (self, cr, date, TEXT_PT, FALSE, LP_EXPORT_MARGIN, y,
                           DATE_COL * content_w - 6, PANGO_ALIGN_LEFT);
      lp_export_show_text (self, cr, text, TEXT_PT, FALSE, LP_EXPORT_MARGIN + DATE_COL * content_w, y,
                           (1 - DATE_COL) * content_w, PANGO_ALIGN_LEFT);
      y += LINE_H;
    }
  lp_export_draw_footer (self, cr, page);
}
