/* lp-day-view-draw.c — drawing the day view: hour lines and labels, the
 * module's programme items, and the other modules of the day per lane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "core/lp-day-columns.h"
#include "lp-day-view-private.h"

static void
draw_text (cairo_t    *cr,
           GtkWidget  *widget,
           const char *text,
           double      x,
           double      y,
           double      width,
           double      height,
           gboolean    bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, NULL);

  if (bold)
    {
      g_autofree char *escaped = g_markup_escape_text (text, -1);
      g_autofree char *markup = g_strdup_printf ("<b>%s</b>", escaped);
      pango_layout_set_markup (layout, markup, -1);
    }
  else
    pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_height (layout, (int) (MAX (height, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static void
draw_hours (LpDayView *self, cairo_t *cr, int width, const GdkRGBA *fg)
{
  for (int h = self->first_hour; h <= self->last_hour; h++)
    {
      double y = _lp_day_view_minute_y (self, h * 60);
      char label[LP_TIME_TEXT_SIZE];

      cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 0.15);
      cairo_rectangle (cr, LP_DAY_VIEW_GUTTER - 4, y, width - LP_DAY_VIEW_GUTTER + 4, 1);
      cairo_fill (cr);
      cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 0.6);
      draw_text (cr, self->canvas, lp_time_format (h == 24 ? 0 : h * 60, label), 6, y - 8,
                 LP_DAY_VIEW_GUTTER - 12, 20, FALSE);
    }
}

/* A rounded block in the kind's colour with its text. */
static void
draw_block (LpDayView    *self,
            cairo_t      *cr,
            const double  rgb[3],
            const GdkRGBA *fg,
            double        x,
            double        y,
            double        w,
            double        h,
            const char   *text,
            gboolean      active)
{
  double r = MIN (4, h / 2);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], active ? 0.55 : 0.3);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_set_line_width (cr, active ? 2 : 1);
  cairo_stroke (cr);
  cairo_rectangle (cr, x + 4, y + 6, 3, MAX (h - 12, 0));
  cairo_fill (cr);
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  gdk_cairo_set_source_rgba (cr, fg);
  draw_text (cr, self->canvas, text, x + 12, y + (h < 20 ? -2 : 2), w - 16, MAX (h - 4, 12), FALSE);
  cairo_restore (cr);
}

static char *
item_text (const LpAgendaItem *item, int start, int end)
{
  char a[LP_TIME_TEXT_SIZE], b[LP_TIME_TEXT_SIZE];

  return g_strdup_printf ("%s–%s  %s%s%s", lp_time_format (start, a), lp_time_format (end, b), item->title,
                          item->who ? "\n" : "", item->who ? item->who : "");
}

static void
draw_items (LpDayView *self, cairo_t *cr, const GdkRGBA *fg)
{
  const LpAgenda *agenda = lp_module_get_agenda (self->module);
  LpKind *kind = lp_trajectory_get_module_kind (self->trajectory, self->module);
  double rgb[3], x, w;

  lp_kind_get_rgb (kind, rgb);
  _lp_day_view_main_column (self, &x, &w);
  gdk_cairo_set_source_rgba (cr, fg);
  draw_text (cr, self->canvas, lp_trajectory_get_module_title (self->trajectory, self->module),
             x, 4, w, 20, TRUE);
  if (lp_agenda_get_n_items (agenda) == 0)
    {
      cairo_save (cr);
      cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 0.6);
      draw_text (cr, self->canvas, _("No programme yet: add its items in the editor’s Programme section."),
                 x, _lp_day_view_minute_y (self, self->first_hour * 60) + 8, w, 60, FALSE);
      cairo_restore (cr);
    }
  for (guint i = 0; i < lp_agenda_get_n_items (agenda); i++)
    {
      const LpAgendaItem *item = lp_agenda_get_item (agenda, i);
      gboolean dragged = (int) i == self->drag_index;
      int start = dragged ? self->drag_start : item->start;
      int end = dragged ? self->drag_end : item->end;
      g_autofree char *text = NULL;
      graphene_rect_t r;

      if (!_lp_day_view_get_item_rect (self, i, &r))
        continue;
      text = item_text (item, start, end);
      /* the dragged or selected item stands out */
      draw_block (self, cr, rgb, fg, r.origin.x, r.origin.y, r.size.width, r.size.height, text,
                  dragged || (int) i == self->selected);
    }
}

static gboolean
lane_has_others (LpDayView *self, LpTrack *track)
{
  for (guint i = 0; i < self->others->len; i++)
    if (lp_module_get_track (g_ptr_array_index (self->others, i)) == track)
      return TRUE;
  return FALSE;
}

/* The other modules of one lane in its column; modules whose times overlap
 * stand side by side, as the programme's items do. */
static void
draw_lane_modules (LpDayView     *self,
                   cairo_t       *cr,
                   const GdkRGBA *fg,
                   LpTrack       *track,
                   double         x,
                   double         column_w)
{
  g_autoptr(GPtrArray) modules = g_ptr_array_new ();
  g_autofree LpDaySlot *slots = NULL;

  for (guint i = 0; i < self->others->len; i++)
    if (lp_module_get_track (g_ptr_array_index (self->others, i)) == track)
      g_ptr_array_add (modules, g_ptr_array_index (self->others, i));
  slots = g_new0 (LpDaySlot, modules->len);
  for (guint i = 0; i < modules->len; i++)
    {
      int start, end;

      _lp_day_view_module_span (modules->pdata[i], self->date, &start, &end);
      slots[i].start = start >= 0 ? start : self->first_hour * 60;
      slots[i].end = MAX (end >= 0 ? end : self->last_hour * 60, slots[i].start + 1);
    }
  lp_day_columns_assign (slots, modules->len);
  for (guint i = 0; i < modules->len; i++)
    {
      LpModule *m = modules->pdata[i];
      double y0 = _lp_day_view_minute_y (self, slots[i].start);
      double y1 = _lp_day_view_minute_y (self, slots[i].end);
      double w = column_w / slots[i].n_columns, rgb[3];

      lp_kind_get_rgb (lp_trajectory_get_module_kind (self->trajectory, m), rgb);
      draw_block (self, cr, rgb, fg, x + w * slots[i].column, y0, MAX (w - 2, 8), MAX (y1 - y0, 12),
                  lp_trajectory_get_module_title (self->trajectory, m), FALSE);
    }
}

/* The other modules, in a column per lane (in the trajectory's lane order). */
static void
draw_others (LpDayView *self, cairo_t *cr, int width, const GdkRGBA *fg)
{
  GListModel *tracks = lp_trajectory_get_tracks (self->trajectory);
  double main_x, main_w, x, column_w;
  guint n_columns = 0;

  _lp_day_view_main_column (self, &main_x, &main_w);
  for (guint t = 0; t < g_list_model_get_n_items (tracks); t++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (tracks, t);
      n_columns += lane_has_others (self, track) ? 1 : 0;
    }
  if (n_columns == 0)
    return;
  x = main_x + main_w + 8;
  column_w = MAX ((width - x) / n_columns - 6, 40);
  for (guint t = 0; t < g_list_model_get_n_items (tracks); t++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (tracks, t);

      if (!lane_has_others (self, track))
        continue;
      draw_lane_modules (self, cr, fg, track, x, column_w);
      gdk_cairo_set_source_rgba (cr, fg);
      draw_text (cr, self->canvas, lp_track_get_name (track), x, 4, column_w, 20, TRUE);
      x += column_w + 6;
    }
}

void
_lp_day_view_draw (GtkDrawingArea *area,
                   cairo_t        *cr,
                   int             width,
                   int             height,
                   gpointer        data)
{
  LpDayView *self = data;
  GdkRGBA fg;

  if (self->module == NULL || self->trajectory == NULL)
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  draw_hours (self, cr, width, &fg);
  draw_others (self, cr, width, &fg);
  draw_items (self, cr, &fg);
}
