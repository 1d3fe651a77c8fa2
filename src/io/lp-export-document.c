/* lp-export-document.c — the paginated overview and programme booklet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Export"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "core/lp-date.h"
#include "core/lp-library.h"
#include "render/lp-timeline-painter.h"
#include "lp-export-document.h"

#define PX               0.75     /* one painter unit (96 dpi pixel) in points */
#define MARGIN           36.0     /* overview page margin */
#define NAME_COLUMN      LP_TIMELINE_NAME_COLUMN   /* lane-name column, painter units */
#define TITLE_BLOCK      44.0     /* title + subtitle on overview pages */
#define FOOTER           18.0
#define MAX_DAY_SCALE    48.0     /* painter units per day, at most */
#define BOOKLET_MARGIN   56.0
#define BOOKLET_TOP      (BOOKLET_MARGIN + 22.0)
#define FONT_FAMILY      "Cantarell, DejaVu Sans, Sans"

#define A4_SHORT 595.28
#define A4_LONG  841.89
#define A3_SHORT 841.89
#define A3_LONG  1190.55

typedef struct {
  LpDate first, last;        /* whole months */
  double x0, x1;             /* content x range (painter units) */
  double y0, y1;             /* content y range (lanes) */
} OverviewPage;

typedef struct {
  PangoLayout *layout;       /* borrowed from the document */
  int          line;         /* -1: a rule or a swatch (see kind) */
  double       x, y;         /* baseline position of the line, points */
  double       rgb[3];       /* colour of a swatch */
  int          kind;         /* 0 text line, 1 rule, 2 swatch */
  double       height;       /* swatch height */
} Placed;

struct _LpExportDocument
{
  LpTrajectory      *trajectory;
  LpExportOptions    options;
  gboolean          *hidden;
  guint              n_hidden;

  LpTimelineLayout  *layout;
  LpTimelinePainter *painter;
  LpPaintState       state;

  double             page_w, page_h;      /* overview pages */
  double             legend_h;            /* painter units */
  double             header_h;            /* painter units */
  GArray            *overview;            /* OverviewPage */

  PangoContext      *pango;
  GPtrArray         *layouts;             /* PangoLayout, owned */
  GPtrArray         *booklet;             /* GArray of Placed, one per page */
  char              *printed;             /* today, for the header */
  char              *period;              /* "1 Sep 2026 – 29 Feb 2028" */
};

LpDate
lp_export_today (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");

  /* reproducible output: https://reproducible-builds.org/specs/source-date-epoch/ */
  if (epoch != NULL && *epoch != '\0')
    {
      g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));

      if (dt != NULL)
        return lp_date_from_dmy (g_date_time_get_day_of_month (dt), g_date_time_get_month (dt),
                                 g_date_time_get_year (dt));
    }
  return lp_date_today ();
}

void
lp_export_options_init (LpExportOptions *options)
{
  memset (options, 0, sizeof *options);
  options->paper = LP_PAPER_A4;
  options->overview = TRUE;
}

gboolean
lp_paper_from_string (const char *str,
                      LpPaper    *out)
{
  if (g_strcmp0 (str, "a4") == 0 || g_strcmp0 (str, "A4") == 0)
    *out = LP_PAPER_A4;
  else if (g_strcmp0 (str, "a3") == 0 || g_strcmp0 (str, "A3") == 0)
    *out = LP_PAPER_A3;
  else
    return FALSE;
  return TRUE;
}

static gboolean
track_hidden (LpExportDocument *self,
              LpTrack          *track)
{
  int index = lp_trajectory_get_track_index (self->trajectory, track);

  return index >= 0 && (guint) index < self->n_hidden && self->hidden[index];
}

/* ---- overview pagination ---- */

static guint
count_pages_at (GArray *month_days,
                double  scale,
                double  width)
{
  guint pages = 1;
  double used = 0;

  for (guint i = 0; i < month_days->len; i++)
    {
      double w = g_array_index (month_days, guint, i) * scale;

      if (used > 0 && used + w > width + 0.01)
        {
          pages++;
          used = 0;
        }
      used += w;
    }
  return pages;
}

static void
paginate_overview (LpExportDocument *self)
{
  LpDate first = lp_timeline_layout_get_first_date (self->layout);
  LpDate last = lp_timeline_layout_get_last_date (self->layout);
  g_autoptr(GArray) month_starts = g_array_new (FALSE, FALSE, sizeof (LpDate));
  g_autoptr(GArray) month_days = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) lane_groups = g_array_new (FALSE, FALSE, sizeof (double) * 2);
  double width_px = (self->page_w - 2 * MARGIN) / PX - NAME_COLUMN;
  double height_px;
  double min_scale = LP_EXPORT_MIN_WEEK_WIDTH / 7.0 / PX;
  double lo, hi, scale;
  guint pages, n_lanes;

  for (LpDate d = first; d <= last; d = lp_date_next_month (d))
    {
      LpDate next = lp_date_next_month (d);
      guint days = next - d;
      g_array_append_val (month_starts, d);
      g_array_append_val (month_days, days);
    }

  /* Fewest pages at the smallest legible scale; then the largest scale that
   * needs no more pages. */
  pages = count_pages_at (month_days, min_scale, width_px);
  lo = min_scale;
  hi = MAX (MAX_DAY_SCALE, min_scale);
  if (count_pages_at (month_days, hi, width_px) <= pages)
    lo = hi;
  for (int i = 0; i < 40 && hi - lo > 1e-4; i++)
    {
      double mid = (lo + hi) / 2;
      if (count_pages_at (month_days, mid, width_px) <= pages)
        lo = mid;
      else
        hi = mid;
    }
  scale = lo;
  lp_timeline_layout_set_scale (self->layout, scale);

  /* Lanes: as many as fit under the month header on one page; more lanes
   * make more rows of pages. */
  height_px = (self->page_h - 2 * MARGIN - TITLE_BLOCK - FOOTER) / PX - self->legend_h - self->header_h;
  n_lanes = lp_timeline_layout_get_n_lanes (self->layout);
  {
    double group[2] = { 0, 0 };
    gboolean open = FALSE;

    for (guint i = 0; i < n_lanes; i++)
      {
        double y, h;

        if (!lp_timeline_layout_get_lane (self->layout, i, &y, &h) || h <= 0)
          continue;
        if (!open)
          {
            group[0] = y;
            group[1] = y + h;
            open = TRUE;
          }
        else if (y + h - group[0] > height_px)
          {
            g_array_append_val (lane_groups, group);
            group[0] = y;
            group[1] = y + h;
          }
        else
          group[1] = y + h;
      }
    if (!open)
      {
        group[0] = 0;
        group[1] = MAX (lp_timeline_layout_get_height (self->layout), 1);
      }
    g_array_append_val (lane_groups, group);
  }

  /* Pages left to right by whole months, then top to bottom by lanes. */
  {
    guint i = 0;

    while (i < month_days->len)
      {
        OverviewPage page = { 0 };
        double used = 0;
        guint j = i;

        while (j < month_days->len &&
               (j == i || used + g_array_index (month_days, guint, j) * scale <= width_px + 0.01))
          {
            used += g_array_index (month_days, guint, j) * scale;
            j++;
          }
        page.first = g_array_index (month_starts, LpDate, i);
        page.last = lp_date_next_month (g_array_index (month_starts, LpDate, j - 1)) - 1;
        page.x0 = lp_timeline_layout_date_to_x (self->layout, page.first);
        page.x1 = page.x0 + used;
        for (guint g = 0; g < lane_groups->len; g++)
          {
            const double *range = &g_array_index (lane_groups, double, 2 * g);
            page.y0 = range[0];
            page.y1 = range[1];
            g_array_append_val (self->overview, page);
          }
        i = j;
      }
  }
}

/* ---- booklet ---- */

static PangoLayout *
new_layout (LpExportDocument *self,
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
  LpExportDocument *doc;
  GArray           *page;     /* current page's Placed */
  double            y;        /* top of the next line */
  double            top, bottom, left, width;
} Flow;

static void
flow_new_page (Flow *f)
{
  f->page = g_array_new (FALSE, TRUE, sizeof (Placed));
  g_ptr_array_add (f->doc->booklet, f->page);
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
paginate_booklet (LpExportDocument *self)
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

/* ---- construction ---- */

static void
measure_legend (LpExportDocument *self)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double width_px = (self->page_w - 2 * MARGIN) / PX;
  double h1, h2;

  h1 = lp_timeline_painter_draw_theme_legend (self->painter, cr, 0, 0, width_px, &self->state);
  h2 = lp_timeline_painter_draw_status_legend (self->painter, cr, 0, 0, width_px, &self->state);
  self->legend_h = h1 + h2 + 16;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

LpExportDocument *
lp_export_document_new (LpTrajectory          *trajectory,
                        const LpExportOptions *options)
{
  LpExportDocument *self;
  cairo_font_options_t *font_options;
  g_autofree char *start = NULL, *end = NULL;

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_new0 (LpExportDocument, 1);
  self->trajectory = g_object_ref (trajectory);
  self->options = *options;
  if (options->hidden_tracks != NULL && options->n_hidden_tracks > 0)
    {
      self->hidden = g_memdup2 (options->hidden_tracks, sizeof (gboolean) * options->n_hidden_tracks);
      self->n_hidden = options->n_hidden_tracks;
    }
  self->options.hidden_tracks = self->hidden;

  if (options->paper == LP_PAPER_A3)
    {
      self->page_w = options->portrait ? A3_SHORT : A3_LONG;
      self->page_h = options->portrait ? A3_LONG : A3_SHORT;
    }
  else
    {
      self->page_w = options->portrait ? A4_SHORT : A4_LONG;
      self->page_h = options->portrait ? A4_LONG : A4_SHORT;
    }

  self->layout = lp_timeline_layout_new (trajectory);
  if (self->hidden != NULL)
    lp_timeline_layout_set_hidden_tracks (self->layout, self->hidden, self->n_hidden);
  self->painter = lp_timeline_painter_new (self->layout);
  lp_paint_state_init (&self->state);
  self->state.flags = LP_PAINT_PRINT;
  self->state.hidden_tracks = self->hidden;
  self->header_h = lp_timeline_painter_get_header_height (self->painter);

  self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->pango, 72);
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->pango, font_options);
  cairo_font_options_destroy (font_options);
  self->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->booklet = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->overview = g_array_new (FALSE, TRUE, sizeof (OverviewPage));

  self->printed = lp_date_format_display (lp_export_today ());
  start = lp_date_format_display (lp_trajectory_get_period_start (trajectory));
  end = lp_date_format_display (lp_trajectory_get_period_end (trajectory));
  self->period = g_strdup_printf ("%s – %s", start, end);

  if (options->overview)
    {
      measure_legend (self);
      paginate_overview (self);
    }
  if (options->booklet)
    paginate_booklet (self);

  return self;
}

void
lp_export_document_free (LpExportDocument *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->painter);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->booklet, g_ptr_array_unref);
  g_clear_pointer (&self->layouts, g_ptr_array_unref);
  g_clear_pointer (&self->overview, g_array_unref);
  g_clear_object (&self->pango);
  g_clear_object (&self->trajectory);
  g_free (self->hidden);
  g_free (self->printed);
  g_free (self->period);
  g_free (self);
}

guint
lp_export_document_get_n_pages (LpExportDocument *self)
{
  return self->overview->len + self->booklet->len;
}

guint
lp_export_document_get_n_overview_pages (LpExportDocument *self)
{
  return self->overview->len;
}

void
lp_export_document_get_page_size (LpExportDocument *self,
                                  guint             page,
                                  double           *width,
                                  double           *height)
{
  if (page < self->overview->len)
    {
      *width = self->page_w;
      *height = self->page_h;
    }
  else
    {
      *width = A4_SHORT;
      *height = A4_LONG;
    }
}

void
lp_export_document_get_page_dates (LpExportDocument *self,
                                   guint             page,
                                   LpDate           *first,
                                   LpDate           *last)
{
  g_return_if_fail (page < self->overview->len);
  *first = g_array_index (self->overview, OverviewPage, page).first;
  *last = g_array_index (self->overview, OverviewPage, page).last;
}

/* ---- drawing ---- */

static void
show_text (LpExportDocument *self,
           cairo_t          *cr,
           const char       *markup,
           double            size,
           gboolean          bold,
           double            x,
           double            y,
           double            width,
           PangoAlignment    align)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (self->pango);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_markup (layout, markup, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_footer (LpExportDocument *self,
             cairo_t          *cr,
             guint             page,
             double            width,
             double            height,
             double            margin)
{
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page + 1, lp_export_document_get_n_pages (self));
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *title = g_markup_escape_text (lp_trajectory_get_title (self->trajectory)
                                                 ? lp_trajectory_get_title (self->trajectory) : "", -1);

  cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
  show_text (self, cr, title, 8, FALSE, margin, height - margin - 10, (width - 2 * margin) * 0.7, PANGO_ALIGN_LEFT);
  show_text (self, cr, escaped, 8, FALSE, margin, height - margin - 10, width - 2 * margin, PANGO_ALIGN_RIGHT);
}

static void
draw_overview_page (LpExportDocument *self,
                    cairo_t          *cr,
                    guint             index)
{
  const OverviewPage *page = &g_array_index (self->overview, OverviewPage, index);
  double content_w = self->page_w - 2 * MARGIN;
  double top = MARGIN + TITLE_BLOCK;
  double body_h = page->y1 - page->y0;
  double body_w = page->x1 - page->x0;
  g_autofree char *title = g_markup_escape_text (lp_trajectory_get_title (self->trajectory)
                                                 ? lp_trajectory_get_title (self->trajectory) : "", -1);
  g_autofree char *subtitle = NULL;
  g_autofree char *subtitle_escaped = NULL;

  /* title block */
  cairo_set_source_rgb (cr, 0.12, 0.12, 0.14);
  show_text (self, cr, title, 15, TRUE, MARGIN, MARGIN, content_w, PANGO_ALIGN_LEFT);
  if (lp_trajectory_get_client (self->trajectory) != NULL)
    /* TRANSLATORS: client · period · date printed */
    subtitle = g_strdup_printf (_("%s · %s · printed %s"), lp_trajectory_get_client (self->trajectory),
                                self->period, self->printed);
  else
    subtitle = g_strdup_printf (_("%s · printed %s"), self->period, self->printed);
  subtitle_escaped = g_markup_escape_text (subtitle, -1);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
  show_text (self, cr, subtitle_escaped, 9.5, FALSE, MARGIN, MARGIN + 21, content_w, PANGO_ALIGN_LEFT);

  /* the timeline, in painter units */
  cairo_save (cr);
  cairo_translate (cr, MARGIN, top);
  cairo_scale (cr, PX, PX);

  lp_timeline_painter_draw_frame (self->painter, cr, NAME_COLUMN + body_w, self->header_h + body_h,
                                  page->x0, page->y0, &self->state);

  cairo_set_source_rgb (cr, 0.75, 0.75, 0.77);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, 0.5, 0.5, NAME_COLUMN + body_w - 1, self->header_h + body_h - 1);
  cairo_stroke (cr);

  /* legend under the timeline */
  {
    double y = self->header_h + body_h + 12;
    double w = content_w / PX;

    y += lp_timeline_painter_draw_theme_legend (self->painter, cr, 0, y, w, &self->state);
    lp_timeline_painter_draw_status_legend (self->painter, cr, 0, y + 2, w, &self->state);
  }
  cairo_restore (cr);

  draw_footer (self, cr, index, self->page_w, self->page_h, MARGIN);
}

static void
draw_booklet_page (LpExportDocument *self,
                   cairo_t          *cr,
                   guint             page)
{
  GArray *placed = g_ptr_array_index (self->booklet, page - self->overview->len);
  g_autofree char *title = g_markup_escape_text (lp_trajectory_get_title (self->trajectory)
                                                 ? lp_trajectory_get_title (self->trajectory) : "", -1);
  g_autofree char *running = g_strdup_printf ("%s — %s", title, _("Programme booklet"));

  cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
  show_text (self, cr, running, 8, FALSE, BOOKLET_MARGIN, BOOKLET_MARGIN - 14,
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

  draw_footer (self, cr, page, A4_SHORT, A4_LONG, BOOKLET_MARGIN);
}

void
lp_export_document_draw_page (LpExportDocument *self,
                              cairo_t          *cr,
                              guint             page)
{
  double w, h;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page < lp_export_document_get_n_pages (self));

  lp_export_document_get_page_size (self, page, &w, &h);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, w, h);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (page < self->overview->len)
    draw_overview_page (self, cr, page);
  else
    draw_booklet_page (self, cr, page);
  cairo_restore (cr);
}
