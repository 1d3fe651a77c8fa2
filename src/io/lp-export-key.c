/* lp-export-key.c — the numbered key below the overview (--key)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line per numbered module, by its number (the label layout's: the
 * same number stands before its title on the chart): number, title, dates,
 * lane.  The key starts below the chart when the overview is one page and
 * there is room (for all of it, or at least MIN_LINES_BELOW lines), and
 * flows onto pages of its own with its heading repeated; otherwise it
 * starts on the page after the overview.
 */
#define G_LOG_DOMAIN "Leerplaats-Export"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "core/lp-date.h"
#include "lp-export-private.h"

#define LINE_H          13.0     /* points */
#define TEXT_PT         9.0
#define HEADING_PT      15.0
#define HEADING_H       22.0     /* the heading "Key" */
#define COLUMNS_H       14.0     /* the column names under it */
#define GAP_ABOVE       10.0     /* between the legend and a key below it */
#define MIN_LINES_BELOW 3

/* columns: number, title, dates, lane (fractions of the content width) */
static const double columns[4] = { 0, 0.04, 0.52, 0.80 };

typedef struct {
  guint     number;
  LpModule *module;   /* borrowed from the trajectory */
} KeyEntry;

static int
compare_number (gconstpointer a,
                gconstpointer b)
{
  const KeyEntry *ea = a, *eb = b;

  return ea->number < eb->number ? -1 : ea->number > eb->number ? 1 : 0;
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

static char *
key_line (LpExportDocument *self,
          guint             number,
          LpModule         *module)
{
  LpTrack *track = lp_module_get_track (module);
  const char *title = lp_module_get_title (module);
  g_autofree char *dates = key_dates (module);
  g_autofree char *t = g_markup_escape_text (title != NULL && *title != '\0' ? title
                                             : lp_kind_get_name (lp_trajectory_get_module_kind (self->trajectory, module)), -1);
  g_autofree char *d = g_markup_escape_text (dates != NULL ? dates : "", -1);
  g_autofree char *l = g_markup_escape_text (track != NULL ? lp_track_get_name (track) : "", -1);

  return g_strdup_printf ("%u\t%s\t%s\t%s", number, t, d, l);
}

/* Lines on a page of the key's own. */
static guint
lines_per_page (LpExportDocument *self)
{
  double room = self->page_h - 2 * LP_EXPORT_MARGIN - LP_EXPORT_FOOTER - HEADING_H - COLUMNS_H;

  return MAX (1, (guint) floor (room / LINE_H));
}

void
lp_export_key_build (LpExportDocument *self)
{
  LpLabelLayout *labels = lp_timeline_layout_get_label_layout (self->layout);
  GListModel *modules = lp_trajectory_get_modules (self->trajectory);
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (KeyEntry));
  guint n = g_list_model_get_n_items (modules);

  /* the chart's numbers: one numbering for chart and key */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpModule) module = g_list_model_get_item (modules, i);
      KeyEntry entry = { lp_label_layout_get_number (labels, module), module };

      if (entry.number > 0)
        g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_number);

  self->key_lines = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < entries->len; i++)
    {
      const KeyEntry *entry = &g_array_index (entries, KeyEntry, i);

      g_ptr_array_add (self->key_lines, key_line (self, entry->number, entry->module));
    }
}

double
lp_export_key_get_height (LpExportDocument *self)
{
  return GAP_ABOVE + HEADING_H + COLUMNS_H + self->key_lines->len * LINE_H;
}

void
lp_export_key_place (LpExportDocument *self)
{
  guint n = self->key_lines->len, rest, per_page = lines_per_page (self);

  self->key_below = FALSE;
  self->key_n_below = 0;
  if (self->overview->len == 1)
    {
      const LpOverviewPage *page = &g_array_index (self->overview, LpOverviewPage, 0);
      double top = LP_EXPORT_MARGIN + LP_EXPORT_TITLE_BLOCK
                   + self->zoom * (page->header_h + page->y1 - page->y0 + self->legend_h) + GAP_ABOVE;
      double room = self->page_h - LP_EXPORT_MARGIN - LP_EXPORT_FOOTER - top - HEADING_H - COLUMNS_H;
      guint fit = room > 0 ? (guint) floor (room / LINE_H) : 0;

      if (room >= 0 && (fit >= n || fit >= MIN_LINES_BELOW))
        {
          self->key_below = TRUE;
          self->key_top = top;
          self->key_n_below = MIN (fit, n);
        }
    }
  rest = n - self->key_n_below;
  self->n_key_pages = (rest + per_page - 1) / per_page;
  if (!self->key_below)
    self->n_key_pages = MAX (self->n_key_pages, 1);
}

/* Heading, column names and lines [first, first + count) from y down. */
static void
draw_part (LpExportDocument *self,
           cairo_t          *cr,
           double            y,
           guint             first,
           guint             count,
           gboolean          continued)
{
  double content_w = self->page_w - 2 * LP_EXPORT_MARGIN;
  /* TRANSLATORS: a column of the key: the module's number */
  const char *names[4] = { C_("key column", "No."), _("Title"), _("Dates"), _("Lane") };
  g_autofree char *text = continued ? g_strdup_printf (_("%s (continued)"), _("Key")) : g_strdup (_("Key"));
  g_autofree char *heading = g_markup_escape_text (text, -1);

  cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
  lp_export_show_text (self, cr, heading, HEADING_PT, TRUE, LP_EXPORT_MARGIN, y, content_w, PANGO_ALIGN_LEFT);
  y += HEADING_H;
  for (guint row = 0; row <= count; row++)
    {
      g_auto(GStrv) cells = NULL;

      if (row == 0)
        cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
      else
        cells = g_strsplit (g_ptr_array_index (self->key_lines, first + row - 1), "\t", 4);
      for (guint c = 0; c < 4 && (cells == NULL || cells[c] != NULL); c++)
        {
          double x = LP_EXPORT_MARGIN + columns[c] * content_w;
          double w = ((c < 3 ? columns[c + 1] : 1.0) - columns[c]) * content_w - 6;
          g_autofree char *name = row == 0 ? g_markup_escape_text (names[c], -1) : NULL;

          lp_export_show_text (self, cr, row == 0 ? name : cells[c], row == 0 ? 8 : TEXT_PT,
                               c == 0 && row > 0, x, y, w, PANGO_ALIGN_LEFT);
        }
      if (row == 0)
        cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
      y += row == 0 ? COLUMNS_H : LINE_H;
    }
}

void
lp_export_key_draw_below (LpExportDocument *self,
                          cairo_t          *cr)
{
  if (self->key_below)
    draw_part (self, cr, self->key_top, 0, self->key_n_below, FALSE);
}

void
lp_export_key_draw (LpExportDocument *self,
                    cairo_t          *cr,
                    guint             key_page,
                    guint             page)
{
  guint per_page = lines_per_page (self);
  guint first = self->key_n_below + key_page * per_page;
  guint count = first < self->key_lines->len ? MIN (per_page, self->key_lines->len - first) : 0;

  draw_part (self, cr, LP_EXPORT_MARGIN, first, count, self->key_below || key_page > 0);
  lp_export_draw_footer (self, cr, page);
}
