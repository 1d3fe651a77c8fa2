/* lp-booklet.c — the programme booklet: a cover, the contents by month, and
 * every module, milestone and period in date order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pagination places each text line once (Placed); drawing replays them.
 * An entry is kept on one page (or column) unless it is longer than one.
 */
#define G_LOG_DOMAIN "Leerplaats-Export"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "core/lp-date.h"
#include "core/lp-library.h"
#include "lp-booklet-private.h"
#include "lp-booklet.h"
#include "lp-export-text.h"

#define FOOTER           18.0
#define HEADER           22.0
#define GUTTER           28.0
#define LP_BOOKLET_GREY             "#5e5c64"

typedef enum { PLACED_TEXT, PLACED_SWATCH } PlacedKind;

typedef struct {
  PlacedKind   kind;
  PangoLayout *layout;       /* borrowed from the booklet */
  int          line;
  double       x, y;         /* text: baseline of the line; swatch: top left */
  double       w, h;         /* swatch */
  double       rgb[3];       /* swatch colour */
} Placed;


typedef struct {
  LpBooklet *doc;
  GArray    *page;
  guint      page_index;
  guint      column, n_columns;
  double     y, top, bottom, left0, column_width;
} Flow;

/* ---- placing text ---- */

PangoLayout *
lp_booklet_new_layout (LpBooklet  *self,
            const char *markup,
            double      size,
            gboolean    bold,
            double      width)
{
  PangoLayout *layout = lp_export_text_layout (self->pango, size, bold, width);

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  g_ptr_array_add (self->layouts, layout);
  return layout;
}

PangoLayout *
lp_booklet_new_text (LpBooklet  *self,
          const char *text,
          double      size,
          gboolean    bold,
          const char *colour,
          double      width)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *markup = colour ? g_strdup_printf ("<span foreground=\"%s\">%s</span>", colour, escaped)
                                   : g_strdup (escaped);

  return lp_booklet_new_layout (self, markup, size, bold, width);
}

static double
flow_left (Flow *f)
{
  return f->left0 + f->column * (f->column_width + GUTTER);
}

static void
flow_new_page (Flow *f)
{
  f->page = g_array_new (FALSE, TRUE, sizeof (Placed));
  g_ptr_array_add (f->doc->pages, f->page);
  f->page_index = f->doc->pages->len - 1;
  f->column = 0;
  f->y = f->top;
}

/* The next column, or the next page after the last column. */
static void
flow_break (Flow *f)
{
  if (f->column + 1 < f->n_columns)
    {
      f->column++;
      f->y = f->top;
    }
  else
    flow_new_page (f);
}

static double
layout_height (PangoLayout *layout)
{
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return h / (double) PANGO_SCALE;
}

/* Places a paragraph line by line; a line never straddles two pages. */
static void
flow_paragraph (Flow        *f,
                PangoLayout *layout,
                double       indent,
                double       space_after)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int line = 0;

  do
    {
      PangoRectangle logical;
      double h, baseline;
      Placed p = { 0 };

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      h = logical.height / (double) PANGO_SCALE;
      baseline = (pango_layout_iter_get_baseline (iter) - logical.y) / (double) PANGO_SCALE;
      if (f->y + h > f->bottom && f->y > f->top)
        flow_break (f);
      p.kind = PLACED_TEXT;
      p.layout = layout;
      p.line = line;
      p.x = flow_left (f) + indent;
      p.y = f->y + baseline;
      g_array_append_val (f->page, p);
      f->y += h;
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  f->y += space_after;
}

static void
place_swatch (Flow         *f,
              const double  rgb[3],
              double        height)
{
  Placed p = { .kind = PLACED_SWATCH, .x = flow_left (f), .y = f->y + 2, .w = 6, .h = height - 4 };

  memcpy (p.rgb, rgb, sizeof p.rgb);
  g_array_append_val (f->page, p);
}

/* ---- entries: kept together unless longer than a column ---- */

void
lp_booklet_block_add (GArray      *block,
           PangoLayout *layout,
           double       indent,
           double       space_after)
{
  Para p = { layout, indent, space_after, FALSE, { 0 } };

  g_array_append_val (block, p);
}

static double
block_height (GArray *block)
{
  double h = 0;

  for (guint i = 0; i < block->len; i++)
    {
      const Para *p = &g_array_index (block, Para, i);
      h += layout_height (p->layout) + p->space_after;
    }
  return h;
}

/* Returns the page the block starts on. */
static guint
flow_block (Flow   *f,
            GArray *block)
{
  double h = block_height (block);
  guint page;

  if (f->y + h > f->bottom && f->y > f->top && h <= f->bottom - f->top)
    flow_break (f);
  page = f->page_index;
  for (guint i = 0; i < block->len; i++)
    {
      const Para *p = &g_array_index (block, Para, i);
      if (p->swatch)
        {
          PangoLayoutIter *iter = pango_layout_get_iter (p->layout);
          PangoRectangle logical;
          double first_h;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          pango_layout_iter_free (iter);
          first_h = logical.height / (double) PANGO_SCALE;
          if (f->y + first_h > f->bottom && f->y > f->top)
            flow_break (f);
          place_swatch (f, p->rgb, first_h);
        }
      flow_paragraph (f, p->layout, p->indent, p->space_after);
    }
  return page;
}


/* ---- cover and contents ---- */

static char *
month_heading (LpDate month)
{
  guint m, y;
  g_autofree char *name = NULL;

  lp_date_to_dmy (month, NULL, &m, &y);
  name = lp_booklet_capitalize (lp_date_get_month_name (m));
  /* TRANSLATORS: a month heading in the programme booklet: "September 2026" */
  return g_strdup_printf (C_("month and year", "%1$s %2$u"), name, y);
}

static void
cover_lanes (LpBooklet *self,
             Flow      *f,
             double     width)
{
  GListModel *tracks = lp_trajectory_get_tracks (self->trajectory);

  flow_paragraph (f, lp_booklet_new_text (self, _("Lanes"), 12, TRUE, NULL, width), 0, 4);
  for (guint i = 0; i < g_list_model_get_n_items (tracks); i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);
      const char *name = lp_track_get_name (track);
      const char *group = lp_track_group_get_label (lp_track_get_group (track));
      g_autofree char *line = NULL;

      if (self->hidden != NULL && i < self->n_hidden && self->hidden[i])
        continue;
      if (lp_booklet_repeats (group, name, NULL))
        line = g_strdup (name);
      else
        /* TRANSLATORS: a lane and its participant group on the booklet's cover */
        line = g_strdup_printf (_("%s — %s"), name, group);
      flow_paragraph (f, lp_booklet_new_text (self, line, 10.5, FALSE, NULL, width), 0, 2);
    }
}

static void
cover (LpBooklet *self,
       Flow      *f,
       double     width)
{
  LpTrajectory *t = self->trajectory;
  g_autofree char *start = lp_date_format_long (lp_trajectory_get_span_start (t));
  g_autofree char *end = lp_date_format_long (lp_trajectory_get_span_end (t));
  g_autofree char *period = g_strdup_printf ("%s – %s", start, end);
  g_autofree char *today = lp_date_format_short (lp_export_today ());
  g_autofree char *printed = g_strdup_printf (_("Printed %s"), today);

  f->y = f->top + 40;
  flow_paragraph (f, lp_booklet_new_text (self, lp_trajectory_get_title (t) ? lp_trajectory_get_title (t) : "",
                               24, TRUE, NULL, width), 0, 6);
  flow_paragraph (f, lp_booklet_new_text (self, _("Programme booklet"), 14, FALSE, LP_BOOKLET_GREY, width), 0, 18);
  if (self->version_for != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Version for: %s"), self->version_for);
      flow_paragraph (f, lp_booklet_new_text (self, text, 13, TRUE, NULL, width), 0, 12);
    }
  if (lp_trajectory_get_client (t) != NULL)
    flow_paragraph (f, lp_booklet_new_text (self, lp_trajectory_get_client (t), 12, FALSE, NULL, width), 0, 3);
  flow_paragraph (f, lp_booklet_new_text (self, period, 12, FALSE, NULL, width), 0, 14);
  if (lp_trajectory_get_description (t) != NULL)
    flow_paragraph (f, lp_booklet_new_text (self, lp_trajectory_get_description (t), 10.5, FALSE, NULL, width), 0, 16);
  cover_lanes (self, f, width);
  flow_paragraph (f, lp_booklet_new_text (self, printed, 9, FALSE, LP_BOOKLET_GREY, width), 0, 0);
}

typedef struct {
  LpDate month;
  guint  toc_page;     /* booklet page holding its contents line */
  double toc_y;
  guint  page;         /* booklet page where the month starts */
} Month;

static GArray *
reserve_contents (LpBooklet *self,
                  Flow      *f,
                  GArray    *entries,
                  double     width)
{
  GArray *months = g_array_new (FALSE, TRUE, sizeof (Month));
  double line_h = layout_height (lp_booklet_new_text (self, "Xg", 10.5, FALSE, NULL, width)) + 5;

  flow_new_page (f);
  flow_paragraph (f, lp_booklet_new_text (self, _("Contents"), 18, TRUE, NULL, width), 0, 12);
  for (guint i = 0; i < entries->len; i++)
    {
      LpDate month = lp_date_month_start (g_array_index (entries, LpBookletEntry, i).date);
      Month m = { month, 0, 0, 0 };

      if (months->len > 0 && g_array_index (months, Month, months->len - 1).month == month)
        continue;
      if (f->y + line_h > f->bottom)
        flow_new_page (f);
      m.toc_page = f->page_index;
      m.toc_y = f->y;
      f->y += line_h;
      g_array_append_val (months, m);
    }
  return months;
}

static void
fill_contents (LpBooklet *self,
               GArray    *months,
               double     left,
               double     width)
{
  for (guint i = 0; i < months->len; i++)
    {
      const Month *m = &g_array_index (months, Month, i);
      GArray *page = g_ptr_array_index (self->pages, m->toc_page);
      g_autofree char *name = month_heading (m->month);
      g_autofree char *number = g_strdup_printf ("%u", self->first_page + m->page + 1);
      PangoLayout *name_layout = lp_booklet_new_text (self, name, 10.5, FALSE, NULL, width - 40);
      PangoLayout *number_layout = lp_booklet_new_text (self, number, 10.5, FALSE, NULL, -1);
      int baseline = pango_layout_get_baseline (name_layout);
      int number_w;
      Placed p = { .kind = PLACED_TEXT, .line = 0, .x = left, .y = m->toc_y + baseline / (double) PANGO_SCALE };

      pango_layout_set_width (number_layout, -1);
      pango_layout_get_size (number_layout, &number_w, NULL);
      p.layout = name_layout;
      g_array_append_val (page, p);
      p.layout = number_layout;
      p.x = left + width - number_w / (double) PANGO_SCALE;
      g_array_append_val (page, p);
    }
}

/* ---- pagination ---- */

/* Lane names are worth printing when the entries come from several lanes. */
static gboolean
several_lanes (GArray *entries)
{
  int lane = -1;

  for (guint i = 0; i < entries->len; i++)
    {
      const LpBookletEntry *e = &g_array_index (entries, LpBookletEntry, i);

      if (e->type != LP_BOOKLET_MODULE)
        continue;
      if (lane >= 0 && e->lane != lane)
        return TRUE;
      lane = e->lane;
    }
  return FALSE;
}


static void
flow_entries (LpBooklet *self,
              Flow      *f,
              GArray    *entries,
              GArray    *months)
{
  gboolean show_lane = several_lanes (entries);
  guint month_index = 0;

  flow_new_page (f);
  for (guint i = 0; i < entries->len; i++)
    {
      const LpBookletEntry *e = &g_array_index (entries, LpBookletEntry, i);
      g_autoptr(GArray) block = g_array_new (FALSE, TRUE, sizeof (Para));
      Month *month = month_index < months->len ? &g_array_index (months, Month, month_index) : NULL;
      gboolean starts_month = month != NULL && lp_date_month_start (e->date) == month->month;
      guint page;

      if (starts_month)
        {
          g_autofree char *heading = month_heading (month->month);
          lp_booklet_block_add (block, lp_booklet_new_text (self, heading, 16, TRUE, NULL, f->column_width), 0, 8);
        }
      if (starts_month && f->y > f->top)
        f->y += 10;
      lp_booklet_entry_block (self, block, f->column_width, e, show_lane);
      g_array_index (block, Para, block->len - 1).space_after += 12;
      page = flow_block (f, block);
      if (starts_month)
        {
          month->page = page;
          month_index++;
        }
    }
}

static void
paginate (LpBooklet *self)
{
  g_autoptr(GArray) entries = lp_booklet_collect_entries (self->trajectory, self->hidden, self->n_hidden);
  g_autoptr(GArray) months = NULL;
  double full = self->width - 2 * self->margin;
  Flow f = { 0 };

  f.doc = self;
  f.top = self->margin + HEADER;
  f.bottom = self->height - self->margin - FOOTER;
  f.left0 = self->margin;
  f.n_columns = 1;
  f.column_width = full;

  flow_new_page (&f);
  cover (self, &f, full);
  months = reserve_contents (self, &f, entries, full);

  f.n_columns = self->n_columns;
  f.column_width = (full - (self->n_columns - 1) * GUTTER) / self->n_columns;
  flow_entries (self, &f, entries, months);
  fill_contents (self, months, self->margin, full);
}

/* ---- the object ---- */

LpBooklet *
lp_booklet_new (LpTrajectory          *trajectory,
                const LpExportOptions *options,
                PangoContext          *pango,
                guint                  first_page,
                double                 width,
                double                 height)
{
  LpBooklet *self;

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_new0 (LpBooklet, 1);
  self->trajectory = g_object_ref (trajectory);
  self->hidden = lp_export_options_resolve (options, trajectory, &self->options);
  self->n_hidden = self->options.n_hidden_tracks;
  self->version_for = lp_export_options_get_version_for (options, trajectory);
  self->pango = g_object_ref (pango);
  self->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->first_page = first_page;
  self->width = width;
  self->height = height;
  /* two columns when the page is wider than tall: lines stay readable */
  self->n_columns = width > height ? 2 : 1;
  self->margin = width > height ? 42.0 : 56.0;
  paginate (self);
  return self;
}

void
lp_booklet_free (LpBooklet *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->layouts, g_ptr_array_unref);
  g_clear_object (&self->pango);
  g_clear_object (&self->trajectory);
  g_free (self->hidden);
  g_free (self->version_for);
  g_free (self);
}

guint
lp_booklet_get_n_pages (LpBooklet *self)
{
  return self->pages->len;
}

void
lp_booklet_get_page_size (LpBooklet *self,
                          double    *width,
                          double    *height)
{
  *width = self->width;
  *height = self->height;
}

/* ---- drawing ---- */

static void
show_text (LpBooklet      *self,
           cairo_t        *cr,
           const char     *text,
           double          size,
           double          x,
           double          y,
           double          width,
           PangoAlignment  align)
{
  lp_export_text_show (cr, self->pango, text, FALSE, size, FALSE, x, y, width, align);
}

static void
draw_header_footer (LpBooklet *self,
                    cairo_t   *cr,
                    guint      index,
                    guint      number,
                    guint      total)
{
  const char *title = lp_trajectory_get_title (self->trajectory) ? lp_trajectory_get_title (self->trajectory) : "";
  double m = self->margin, w = self->width - 2 * m;
  g_autofree char *page = g_strdup_printf (_("Page %u of %u"), number + 1, total);

  cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
  if (index > 0)
    {
      g_autofree char *running = g_strdup_printf ("%s — %s", title, _("Programme booklet"));

      if (self->version_for != NULL)
        {
          g_autofree char *version = g_strdup_printf (_("Version for: %s"), self->version_for);
          g_autofree char *both = g_strdup_printf ("%s · %s", running, version);
          g_free (g_steal_pointer (&running));
          running = g_steal_pointer (&both);
        }
      show_text (self, cr, running, 8, m, m - 14, w, PANGO_ALIGN_LEFT);
    }
  show_text (self, cr, title, 8, m, self->height - m - 10, w * 0.7, PANGO_ALIGN_LEFT);
  show_text (self, cr, page, 8, m, self->height - m - 10, w, PANGO_ALIGN_RIGHT);
}

void
lp_booklet_draw_page (LpBooklet *self,
                      cairo_t   *cr,
                      guint      index,
                      guint      number,
                      guint      total)
{
  GArray *placed;

  g_return_if_fail (index < self->pages->len);
  placed = g_ptr_array_index (self->pages, index);
  draw_header_footer (self, cr, index, number, total);

  for (guint i = 0; i < placed->len; i++)
    {
      const Placed *p = &g_array_index (placed, Placed, i);

      switch (p->kind)
        {
        case PLACED_SWATCH:
          cairo_set_source_rgb (cr, p->rgb[0], p->rgb[1], p->rgb[2]);
          cairo_rectangle (cr, p->x, p->y, p->w, p->h);
          cairo_fill (cr);
          break;
        case PLACED_TEXT:
        default:
          cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
          cairo_move_to (cr, p->x, p->y);
          pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (p->layout, p->line));
          break;
        }
    }
}
