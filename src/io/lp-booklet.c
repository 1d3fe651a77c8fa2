/* lp-booklet.c — the programme booklet: one section per module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Export"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "core/lp-date.h"
#include "core/lp-library.h"
#include "lp-booklet.h"

#define FOOTER           18.0
#define BOOKLET_MARGIN   56.0
#define BOOKLET_TOP      (BOOKLET_MARGIN + 22.0)
#define FONT_FAMILY      "Cantarell, DejaVu Sans, Sans"

#define A4_SHORT 595.28
#define A4_LONG  841.89

typedef struct {
  PangoLayout *layout;       /* borrowed from the booklet */
  int          line;         /* -1: a rule or a swatch (see kind) */
  double       x, y;         /* baseline position of the line, points */
  double       rgb[3];       /* colour of a swatch */
  int          kind;         /* 0 text line, 1 rule, 2 swatch */
  double       height;       /* swatch height */
} Placed;

struct _LpBooklet
{
  LpTrajectory      *trajectory;
  LpExportOptions    options;
  gboolean          *hidden;
  guint              n_hidden;
  PangoContext      *pango;
  GPtrArray         *layouts;             /* PangoLayout, owned */
  GPtrArray         *pages;               /* GArray of Placed, one per page */
};

static gboolean
track_hidden (LpBooklet *self,
              LpTrack   *track)
{
  int index = lp_trajectory_get_track_index (self->trajectory, track);

  return index >= 0 && (guint) index < self->n_hidden && self->hidden[index];
}


static PangoLayout *
new_layout (LpBooklet *self,
            const char       *markup,
            double            size,
            gboolean          bold,
            double            width)
{
  PangoLayout *layout = pango_layout_new (self->pango);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  g_ptr_array_add (self->layouts, layout);
  return layout;
}

typedef struct {
  LpBooklet *doc;
  GArray           *page;     /* current page's Placed */
  double            y;        /* top of the next line */
  double            top, bottom, left, width;
} Flow;

static void
flow_new_page (Flow *f)
{
  f->page = g_array_new (FALSE, TRUE, sizeof (Placed));
  g_ptr_array_add (f->doc->pages, f->page);
  f->y = f->top;
}

static double
first_line_height (PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoRectangle logical;

  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  pango_layout_iter_free (iter);
  return logical.height / (double) PANGO_SCALE;
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
        flow_new_page (f);
      p.layout = layout;
      p.line = line;
      p.x = f->left + indent;
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
add_field (Flow       *f,
           const char *label,
           const char *value)
{
  g_autofree char *escaped_label = NULL;
  g_autofree char *escaped_value = NULL;
  g_autofree char *markup = NULL;

  if (value == NULL || *value == '\0')
    return;
  escaped_label = g_markup_escape_text (label, -1);
  escaped_value = g_markup_escape_text (value, -1);
  /* TRANSLATORS: a field in the programme booklet: "Location: Raadzaal" */
  markup = g_strdup_printf ("<b>%s</b>  %s", escaped_label, escaped_value);
  flow_paragraph (f, new_layout (f->doc, markup, 9.5, FALSE, f->width), 0, 3);
}

static char *
format_dates (LpModule *module)
{
  g_autofree char *start = lp_date_format_display (lp_module_get_start (module));
  g_autofree char *end = lp_date_format_display (lp_module_get_end (module));
  char t1[6], t2[6];
  GString *s = g_string_new (NULL);

  if (lp_module_get_start (module) == lp_module_get_end (module))
    g_string_append (s, start);
  else
    g_string_append_printf (s, "%s – %s", start, end);

  if (lp_module_get_start_time (module) != LP_TIME_NONE && lp_module_get_end_time (module) != LP_TIME_NONE)
    g_string_append_printf (s, ", %s–%s", lp_time_format (lp_module_get_start_time (module), t1),
                            lp_time_format (lp_module_get_end_time (module), t2));
  else if (lp_module_get_start_time (module) != LP_TIME_NONE)
    /* TRANSLATORS: "from 09:00" */
    g_string_append_printf (s, _(", from %s"), lp_time_format (lp_module_get_start_time (module), t1));
  return g_string_free (s, FALSE);
}

static int
compare_modules (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  LpTrajectory *t = data;
  LpModule *x = *(LpModule **) a, *y = *(LpModule **) b;
  int ix, iy;

  if (lp_module_get_start (x) != lp_module_get_start (y))
    return lp_module_get_start (x) < lp_module_get_start (y) ? -1 : 1;
  ix = lp_trajectory_get_track_index (t, lp_module_get_track (x));
  iy = lp_trajectory_get_track_index (t, lp_module_get_track (y));
  if (ix != iy)
    return ix - iy;
  return g_strcmp0 (lp_module_get_id (x), lp_module_get_id (y));
}

static void
paginate_booklet (LpBooklet *self)
{
  GListModel *modules = lp_trajectory_get_modules (self->trajectory);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  Flow f = { 0 };

  f.doc = self;
  f.top = BOOKLET_TOP;
  f.bottom = A4_LONG - BOOKLET_MARGIN - FOOTER;
  f.left = BOOKLET_MARGIN;
  f.width = A4_SHORT - 2 * BOOKLET_MARGIN;

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      LpModule *m = g_list_model_get_item (modules, i);
      if (track_hidden (self, lp_module_get_track (m)))
        g_object_unref (m);
      else
        g_ptr_array_add (sorted, m);
    }
  g_ptr_array_sort_with_data (sorted, compare_modules, self->trajectory);

  flow_new_page (&f);
  {
    g_autofree char *title = g_markup_escape_text (lp_trajectory_get_title (self->trajectory)
                                                   ? lp_trajectory_get_title (self->trajectory) : "", -1);
    g_autofree char *markup = g_strdup_printf ("%s — %s", _("Programme booklet"), title);
    flow_paragraph (&f, new_layout (self, markup, 16, TRUE, f.width), 0, 12);
  }

  for (guint i = 0; i < sorted->len; i++)
    {
      LpModule *m = g_ptr_array_index (sorted, i);
      LpKind *kind = lp_trajectory_get_module_kind (self->trajectory, m);
      g_autofree char *title = g_markup_escape_text (lp_trajectory_get_module_title (self->trajectory, m), -1);
      g_autofree char *dates = format_dates (m);
      PangoLayout *heading = new_layout (self, title, 12.5, TRUE, f.width - 14);
      PangoLayout *first_field;
      g_autofree char *first_markup = NULL;
      g_autofree char *dates_escaped = g_markup_escape_text (dates, -1);
      const char * const *facilitators = lp_module_get_facilitators (m);
      GPtrArray *comments = lp_module_get_comments (m);
      Placed swatch = { 0 };
      double needed;

      first_markup = g_strdup_printf ("<span foreground=\"#5e5c64\">%s</span>", dates_escaped);
      first_field = new_layout (self, first_markup, 9.5, FALSE, f.width);

      /* keep the heading with its first line */
      needed = first_line_height (heading) + first_line_height (first_field) + 8;
      if (f.y + needed > f.bottom)
        flow_new_page (&f);

      swatch.kind = 2;
      swatch.x = f.left;
      swatch.y = f.y + 2;
      swatch.height = first_line_height (heading) - 4;
      lp_kind_get_rgb (kind, swatch.rgb);
      g_array_append_val (f.page, swatch);
      flow_paragraph (&f, heading, 14, 1);
      flow_paragraph (&f, first_field, 0, 5);

      add_field (&f, _("Kind:"), lp_kind_get_name (kind));
      add_field (&f, _("Theme:"), lp_theme_get_name (lp_kind_get_theme (kind)));
      add_field (&f, _("Lane:"), lp_track_get_name (lp_module_get_track (m)));
      add_field (&f, _("Status:"), lp_status_get_label (lp_module_get_status (m)));
      if (facilitators[0] != NULL)
        {
          g_autofree char *joined = g_strjoinv (", ", (char **) facilitators);
          add_field (&f, g_strv_length ((char **) facilitators) == 1 ? _("Facilitator:") : _("Facilitators:"), joined);
        }
      if (lp_module_get_participants_count (m) >= 0 || lp_module_get_participants (m) != NULL)
        {
          g_autofree char *text = NULL;

          if (lp_module_get_participants_count (m) >= 0 && lp_module_get_participants (m) != NULL)
            text = g_strdup_printf ("%d — %s", lp_module_get_participants_count (m), lp_module_get_participants (m));
          else if (lp_module_get_participants_count (m) >= 0)
            text = g_strdup_printf ("%d", lp_module_get_participants_count (m));
          else
            text = g_strdup (lp_module_get_participants (m));
          add_field (&f, _("Participants:"), text);
        }
      add_field (&f, _("Location:"), lp_module_get_location (m));
      add_field (&f, _("Goals:"), lp_module_get_goals (m));
      add_field (&f, _("Preparation:"), lp_module_get_preparation (m));
      add_field (&f, _("Description:"), lp_module_get_description (m));
      if (!self->options.participant_version)
        {
          add_field (&f, _("Notes:"), lp_module_get_notes (m));
          for (guint c = 0; c < comments->len; c++)
            {
              const LpComment *comment = g_ptr_array_index (comments, c);
              g_autofree char *date = comment->date != LP_DATE_NONE ? lp_date_format_display (comment->date) : NULL;
              g_autofree char *text = NULL;

              if (comment->author && date)
                text = g_strdup_printf ("%s (%s, %s)", comment->text, comment->author, date);
              else if (comment->author || date)
                text = g_strdup_printf ("%s (%s)", comment->text, comment->author ? comment->author : date);
              else
                text = g_strdup (comment->text);
              add_field (&f, _("Comment:"), text);
            }
        }

      /* a rule between sections */
      if (i + 1 < sorted->len)
        {
          Placed rule = { 0 };

          f.y += 6;
          if (f.y < f.bottom)
            {
              rule.kind = 1;
              rule.x = f.left;
              rule.y = f.y;
              g_array_append_val (f.page, rule);
            }
          f.y += 10;
        }
    }
}

LpBooklet *
lp_booklet_new (LpTrajectory          *trajectory,
                const LpExportOptions *options,
                const gboolean        *hidden,
                guint                  n_hidden,
                PangoContext          *pango)
{
  LpBooklet *self;

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_new0 (LpBooklet, 1);
  self->trajectory = g_object_ref (trajectory);
  self->options = *options;
  if (hidden != NULL && n_hidden > 0)
    {
      self->hidden = g_memdup2 (hidden, sizeof (gboolean) * n_hidden);
      self->n_hidden = n_hidden;
    }
  self->options.hidden_tracks = self->hidden;
  self->options.n_hidden_tracks = self->n_hidden;
  self->pango = g_object_ref (pango);
  self->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  paginate_booklet (self);
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
  *width = A4_SHORT;
  *height = A4_LONG;
}

static void
show_text (LpBooklet      *self,
           cairo_t        *cr,
           const char     *markup,
           double          size,
           double          x,
           double          y,
           double          width,
           PangoAlignment  align)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (self->pango);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_markup (layout, markup, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_footer (LpBooklet *self,
             cairo_t   *cr,
             guint      number,
             guint      total,
             double     width,
             double     height,
             double     margin)
{
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), number + 1, total);
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *title = g_markup_escape_text (lp_trajectory_get_title (self->trajectory)
                                                 ? lp_trajectory_get_title (self->trajectory) : "", -1);

  cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
  show_text (self, cr, title, 8, margin, height - margin - 10, (width - 2 * margin) * 0.7, PANGO_ALIGN_LEFT);
  show_text (self, cr, escaped, 8, margin, height - margin - 10, width - 2 * margin, PANGO_ALIGN_RIGHT);
}

void
lp_booklet_draw_page (LpBooklet *self,
                      cairo_t   *cr,
                      guint      index,
                      guint      number,
                      guint      total)
{
  GArray *placed;
  g_autofree char *title = NULL;
  g_autofree char *running = NULL;

  g_return_if_fail (index < self->pages->len);
  placed = g_ptr_array_index (self->pages, index);
  title = g_markup_escape_text (lp_trajectory_get_title (self->trajectory)
                                ? lp_trajectory_get_title (self->trajectory) : "", -1);
  running = g_strdup_printf ("%s — %s", title, _("Programme booklet"));

  cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
  show_text (self, cr, running, 8, BOOKLET_MARGIN, BOOKLET_MARGIN - 14,
             A4_SHORT - 2 * BOOKLET_MARGIN, PANGO_ALIGN_LEFT);

  for (guint i = 0; i < placed->len; i++)
    {
      const Placed *p = &g_array_index (placed, Placed, i);

      switch (p->kind)
        {
        case 1:
          cairo_set_source_rgb (cr, 0.8, 0.8, 0.82);
          cairo_set_line_width (cr, 0.5);
          cairo_move_to (cr, p->x, p->y);
          cairo_line_to (cr, A4_SHORT - BOOKLET_MARGIN, p->y);
          cairo_stroke (cr);
          break;
        case 2:
          cairo_set_source_rgb (cr, p->rgb[0], p->rgb[1], p->rgb[2]);
          cairo_rectangle (cr, p->x, p->y, 6, p->height);
          cairo_fill (cr);
          break;
        default:
          cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
          cairo_move_to (cr, p->x, p->y);
          pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (p->layout, p->line));
          break;
        }
    }

  draw_footer (self, cr, number, total, A4_SHORT, A4_LONG, BOOKLET_MARGIN);
}
