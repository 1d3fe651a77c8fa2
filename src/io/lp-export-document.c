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
#include "lp-export-private.h"

#define PAPER_MAX_LINES  6

#define A4_SHORT 595.28
#define A4_LONG  841.89
#define A3_SHORT 841.89
#define A3_LONG  1190.55

GDateTime *
lp_export_now (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");

  /* reproducible output: https://reproducible-builds.org/specs/source-date-epoch/ */
  if (epoch != NULL && *epoch != '\0')
    {
      GDateTime *dt = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));

      if (dt != NULL)
        return dt;
    }
  return g_date_time_new_now_local ();
}

LpDate
lp_export_today (void)
{
  g_autoptr(GDateTime) now = lp_export_now ();

  return lp_date_from_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                           g_date_time_get_year (now));
}

void
lp_export_options_init (LpExportOptions *options)
{
  memset (options, 0, sizeof *options);
  options->paper = LP_PAPER_A4;
  options->overview = TRUE;
  options->include_joint = TRUE;
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

gboolean
lp_export_fit_from_string (const char  *str,
                           LpExportFit *out)
{
  if (g_strcmp0 (str, "page") == 0)
    *out = LP_EXPORT_FIT_PAGE;
  else if (g_strcmp0 (str, "months") == 0)
    *out = LP_EXPORT_FIT_MONTHS;
  else if (g_strcmp0 (str, "auto") == 0)
    *out = LP_EXPORT_FIT_AUTO;
  else
    return FALSE;
  return TRUE;
}

gboolean
lp_export_second_line_from_string (const char         *str,
                                   LpExportSecondLine *out)
{
  static const char *const names[] = { "none", "dates", "facilitator", "location" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (str, names[i]) == 0)
      {
        *out = (LpExportSecondLine) i;
        return TRUE;
      }
  return FALSE;
}

/* ---- construction ---- */

/* Paper mode: titles wrap onto a second line, never cut; lanes tall
 * enough for a lane name over two lines. */
static void
set_paper_labels (LpExportDocument *self)
{
  static const LpLabelDetail details[] = {
    LP_LABEL_DETAIL_NONE, LP_LABEL_DETAIL_DATES, LP_LABEL_DETAIL_FACILITATOR, LP_LABEL_DETAIL_LOCATION,
  };
  LpLabelLayout *labels = lp_timeline_layout_get_label_layout (self->layout);
  LpLabelOptions options;
  double line_h, row_h;

  lp_label_layout_get_options (labels, &options);
  options.fit = LP_LABEL_FIT_WRAP;
  /* two lines for ordinary titles; a very long one takes what it needs
   * rather than being cut */
  options.max_lines = MAX (options.max_lines, PAPER_MAX_LINES);
  options.detail = details[MIN (self->options.second_line, G_N_ELEMENTS (details) - 1)];
  options.numbered = self->options.key;
  lp_label_layout_set_options (labels, &options);
  line_h = lp_timeline_painter_get_line_height (self->painter);
  row_h = lp_label_layout_get_row_height (labels);
  if (row_h + options.lane_padding < 2 * line_h + 6)
    {
      options.lane_padding = 2 * line_h + 6 - row_h;
      lp_label_layout_set_options (labels, &options);
    }
}

/* Each lane at least as tall as its whole name and group need. */
static void
fit_lane_names (LpExportDocument *self)
{
  GListModel *tracks = lp_trajectory_get_tracks (self->trajectory);
  guint n = g_list_model_get_n_items (tracks);
  g_autofree double *least = g_new0 (double, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);

      least[i] = lp_timeline_painter_get_lane_name_height (self->painter, track, LP_TIMELINE_NAME_COLUMN);
    }
  lp_label_layout_set_lane_min_heights (lp_timeline_layout_get_label_layout (self->layout), least, n);
}

LpExportDocument *
lp_export_document_new (LpTrajectory          *trajectory,
                        const LpExportOptions *options)
{
  LpExportDocument *self;
  cairo_font_options_t *font_options;
  g_autofree char *start = NULL, *end = NULL;
  double short_side, long_side;
  gboolean booklet_portrait;

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_new0 (LpExportDocument, 1);
  self->trajectory = g_object_ref (trajectory);
  self->hidden = lp_export_options_resolve (options, trajectory, &self->options);
  self->n_hidden = self->options.n_hidden_tracks;

  self->options.portrait = options->portrait ||
                           (!options->orientation_chosen && options->booklet && !options->overview);
  short_side = options->paper == LP_PAPER_A3 ? A3_SHORT : A4_SHORT;
  long_side = options->paper == LP_PAPER_A3 ? A3_LONG : A4_LONG;
  self->page_w = self->options.portrait ? short_side : long_side;
  self->page_h = self->options.portrait ? long_side : short_side;
  /* the booklet is read page by page: portrait unless asked otherwise */
  booklet_portrait = options->overview ? !options->booklet_landscape : self->options.portrait;

  self->layout = lp_timeline_layout_new (trajectory);
  if (self->hidden != NULL)
    lp_timeline_layout_set_hidden_tracks (self->layout, self->hidden, self->n_hidden);
  self->painter = lp_timeline_painter_new (self->layout);
  lp_paint_state_init (&self->state);
  self->state.flags = LP_PAINT_PRINT;
  self->state.hidden_tracks = self->hidden;
  if (lp_module_filter_is_active (options->filter))
    self->filter = lp_module_filter_copy (options->filter);
  self->options.filter = self->filter;
  self->state.filter = self->filter;
  if (options->participant_version)
    self->state.flags |= LP_PAINT_NO_BADGES;
  self->state.holidays = self->options.holidays;
  set_paper_labels (self);
  fit_lane_names (self);

  self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->pango, 72);
  font_options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->pango, font_options);
  cairo_font_options_destroy (font_options);
  self->overview = g_array_new (FALSE, TRUE, sizeof (LpOverviewPage));
  self->zoom = LP_EXPORT_PX;
  self->version_for = lp_export_options_get_version_for (&self->options, trajectory);

  self->printed = lp_date_format_display (lp_export_today ());
  start = lp_date_format_display (lp_trajectory_get_span_start (trajectory));
  end = lp_date_format_display (lp_trajectory_get_span_end (trajectory));
  self->period = g_strdup_printf ("%s – %s", start, end);

  if (options->overview)
    {
      if (options->key)
        lp_export_key_build (self);
      lp_export_overview_paginate (self);
      if (options->key)
        lp_export_key_place (self);
    }
  if (options->baseline != NULL)
    lp_export_changes_build (self);
  if (options->booklet)
    self->booklet = lp_booklet_new (trajectory, options, self->pango,
                                    self->overview->len + self->n_key_pages + self->n_change_pages,
                                    booklet_portrait ? short_side : long_side,
                                    booklet_portrait ? long_side : short_side);

  return self;
}

void
lp_export_document_free (LpExportDocument *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->painter);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->booklet, lp_booklet_free);
  g_clear_pointer (&self->overview, g_array_unref);
  g_clear_object (&self->pango);
  g_clear_object (&self->trajectory);
  g_free (self->hidden);
  lp_module_filter_free (self->filter);
  g_free (self->printed);
  g_free (self->period);
  g_free (self->version_for);
  g_clear_pointer (&self->key_lines, g_ptr_array_unref);
  g_clear_pointer (&self->change_lines, g_ptr_array_unref);
  g_free (self->changes_title);
  g_free (self);
}

guint
lp_export_document_get_n_pages (LpExportDocument *self)
{
  return self->overview->len + self->n_key_pages + self->n_change_pages + (self->booklet ? lp_booklet_get_n_pages (self->booklet) : 0);
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
  if (page < self->overview->len + self->n_key_pages + self->n_change_pages)
    {
      *width = self->page_w;
      *height = self->page_h;
    }
  else
    lp_booklet_get_page_size (self->booklet, width, height);
}

void
lp_export_document_get_page_dates (LpExportDocument *self,
                                   guint             page,
                                   LpDate           *first,
                                   LpDate           *last)
{
  g_return_if_fail (page < self->overview->len);
  *first = g_array_index (self->overview, LpOverviewPage, page).first;
  *last = g_array_index (self->overview, LpOverviewPage, page).last;
}

void
lp_export_document_get_page_lanes (LpExportDocument *self,
                                   guint             page,
                                   guint            *first,
                                   guint            *last)
{
  g_return_if_fail (page < self->overview->len);
  *first = g_array_index (self->overview, LpOverviewPage, page).lane_first;
  *last = g_array_index (self->overview, LpOverviewPage, page).lane_last;
}

double
lp_export_document_get_label_size (LpExportDocument *self)
{
  return LP_EXPORT_LABEL_PT * self->zoom / LP_EXPORT_PX;
}

/* ---- drawing ---- */

void
lp_export_draw_footer (LpExportDocument *self,
                       cairo_t          *cr,
                       guint             page)
{
  double width = self->page_w, height = self->page_h, margin = LP_EXPORT_MARGIN;
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), page + 1, lp_export_document_get_n_pages (self));
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *title = g_markup_escape_text (lp_trajectory_get_title (self->trajectory)
                                                 ? lp_trajectory_get_title (self->trajectory) : "", -1);

  cairo_set_source_rgb (cr, 0.35, 0.35, 0.38);
  lp_export_show_text (self, cr, title, 8, FALSE, margin, height - margin - 10, (width - 2 * margin) * 0.7, PANGO_ALIGN_LEFT);
  lp_export_show_text (self, cr, escaped, 8, FALSE, margin, height - margin - 10, width - 2 * margin, PANGO_ALIGN_RIGHT);
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
    lp_export_overview_draw (self, cr, page);
  else if (page < self->overview->len + self->n_key_pages)
    lp_export_key_draw (self, cr, page - self->overview->len, page);
  else if (page < self->overview->len + self->n_key_pages + self->n_change_pages)
    lp_export_changes_draw (self, cr, page - self->overview->len - self->n_key_pages, page);
  else
    lp_booklet_draw_page (self->booklet, cr, page - self->overview->len - self->n_key_pages - self->n_change_pages, page,
                          lp_export_document_get_n_pages (self));
  cairo_restore (cr);
}
