/* lp-print-operation.c — printing with the same choices as Export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lp-view-filter.h"
#include "lp-export-dialog.h"
#include "lp-print-operation.h"
#include "lp-print-preview.h"

typedef struct {
  LpTrajectory     *copy;
  LpExportChoices   choices;
  gboolean          fit;
  LpExportDocument *doc;
  GSettings        *settings;

  /* the tab, while it exists */
  GtkDropDown      *contents;
  GtkDropDown      *lanes;
  GtkCheckButton   *participant;
  GtkCheckButton   *review;
  GtkCheckButton   *joint;
  GtkCheckButton   *fit_check;
  GtkDropDown      *overview_fit;
  GtkDropDown      *second_line;
  GtkCheckButton   *key;
  GtkCheckButton   *holidays;
} Printout;

static void
printout_free (Printout *p)
{
  g_clear_object (&p->copy);
  lp_export_choices_clear (&p->choices);
  g_clear_pointer (&p->doc, lp_export_document_free);
  g_clear_object (&p->settings);
  g_free (p);
}

/* The paper the page setup names: A3 when it is at least that big, else A4;
 * the orientation is the page setup's. */
static void
options_for_setup (LpExportOptions *options,
                   GtkPageSetup    *setup)
{
  GtkPaperSize *size = gtk_page_setup_get_paper_size (setup);
  double w = gtk_paper_size_get_width (size, GTK_UNIT_POINTS);
  double h = gtk_paper_size_get_height (size, GTK_UNIT_POINTS);

  options->paper = MAX (w, h) >= 1150.0 ? LP_PAPER_A3 : LP_PAPER_A4;
  options->portrait = gtk_page_setup_get_orientation (setup) == GTK_PAGE_ORIENTATION_PORTRAIT ||
                      gtk_page_setup_get_orientation (setup) == GTK_PAGE_ORIENTATION_REVERSE_PORTRAIT;
  options->orientation_chosen = TRUE;
  options->booklet_landscape = !options->portrait;   /* one orientation for the printer */
}

static LpExportDocument *
build_document (Printout     *p,
                GtkPageSetup *setup)
{
  LpExportOptions options = p->choices.options;

  options.filter = lp_view_filter_get (p->copy);
  if (setup != NULL)
    options_for_setup (&options, setup);
  return lp_export_document_new (p->copy, &options);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   Printout          *p)
{
  g_clear_pointer (&p->doc, lp_export_document_free);
  p->doc = build_document (p, gtk_print_context_get_page_setup (context));
  gtk_print_operation_set_n_pages (operation, (int) lp_export_document_get_n_pages (p->doc));
}

void
lp_print_draw_page (LpExportDocument *doc,
                    cairo_t          *cr,
                    guint             page,
                    double            width,
                    double            height,
                    gboolean          fit)
{
  double w, h, scale;

  lp_export_document_get_page_size (doc, page, &w, &h);
  scale = fit ? MIN (width / w, height / h) : 1.0;
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_scale (cr, scale, scale);
  lp_export_document_draw_page (doc, cr, page);
  cairo_restore (cr);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 Printout          *p)
{
  lp_print_draw_page (p->doc, gtk_print_context_get_cairo_context (context), (guint) page,
                      gtk_print_context_get_width (context), gtk_print_context_get_height (context),
                      p->fit);
}

static GtkDropDown *
add_row (GtkGrid     *grid,
         int          row,
         const char  *label,
         const char **items)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);
  GtkWidget *drop = gtk_drop_down_new_from_strings (items);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), drop);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, drop, 1, row, 1, 1);
  return GTK_DROP_DOWN (drop);
}

static GtkCheckButton *
add_check (GtkGrid    *grid,
           int         row,
           const char *label,
           gboolean    active)
{
  GtkWidget *check = gtk_check_button_new_with_mnemonic (label);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_grid_attach (grid, check, 1, row, 1, 1);
  return GTK_CHECK_BUTTON (check);
}

static const char *contents_ids[] = { "overview", "both", "booklet" };

/* The overview's fit, its second line and its key. */
static void
add_overview_rows (GtkGrid  *grid,
                   int       row,
                   Printout *p)
{
  const char *fits[] = { _("Fit automatically"), _("Whole trajectory on one page"), _("Whole months per page"), NULL };
  const char *lines[] = { _("Title only"), _("Title and dates"), _("Title and facilitator"),
                          _("Title and location"), NULL };

  /* the enums' values are the positions in these lists */
  p->overview_fit = add_row (grid, row, _("Over_view on paper"), fits);
  gtk_drop_down_set_selected (p->overview_fit, (guint) p->choices.options.fit);
  p->second_line = add_row (grid, row + 1, _("_Second line"), lines);
  gtk_drop_down_set_selected (p->second_line, (guint) p->choices.options.second_line);
  p->key = add_check (grid, row + 2, _("_Key with numbered modules"), p->choices.options.key);
}

static GObject *
on_create_custom_widget_cb (GtkPrintOperation *operation,
                            Printout          *p)
{
  const char *contents[] = { _("Overview"), _("Overview and programme booklet"), _("Programme booklet"), NULL };
  GListModel *tracks = lp_trajectory_get_tracks (p->copy);
  guint n = g_list_model_get_n_items (tracks);
  g_autoptr(GPtrArray) lanes = g_ptr_array_new_with_free_func (g_free);
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  guint selected = 0;

  gtk_grid_set_row_spacing (grid, 6);
  gtk_grid_set_column_spacing (grid, 12);
  g_object_set (grid, "margin-start", 12, "margin-end", 12, "margin-top", 12, "margin-bottom", 12, NULL);
  p->contents = add_row (grid, 0, _("_Contents"), contents);
  for (guint i = 0; i < G_N_ELEMENTS (contents_ids); i++)
    if (g_str_equal (contents_ids[i], lp_export_choices_contents_id (&p->choices.options)))
      gtk_drop_down_set_selected (p->contents, i);

  g_ptr_array_add (lanes, g_strdup (_("All lanes")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);
      g_ptr_array_add (lanes, g_strdup (lp_track_get_name (track)));
      if (g_strcmp0 (p->choices.track, lp_track_get_id (track)) == 0)
        selected = i + 1;
    }
  g_ptr_array_add (lanes, NULL);
  p->lanes = add_row (grid, 1, _("_Lanes"), (const char **) lanes->pdata);
  gtk_drop_down_set_selected (p->lanes, selected);
  add_overview_rows (grid, 2, p);
  p->joint = add_check (grid, 5, _("Include _joint lanes"), p->choices.options.include_joint);
  p->participant = add_check (grid, 6, _("_Participant version (without notes and comments)"),
                              p->choices.options.participant_version);
  p->fit_check = add_check (grid, 7, _("_Fit to the printable area"), p->fit);
  p->review = add_check (grid, 8, _("_Review version (with review comments)"), p->choices.options.review_version);
  p->holidays = add_check (grid, 9, _("Public _holidays"), p->choices.options.holidays);
  gtk_print_operation_set_custom_tab_label (operation, _("Printout"));
  return G_OBJECT (grid);
}

static void
on_custom_widget_apply_cb (GtkPrintOperation *operation,
                           GtkWidget         *widget,
                           Printout          *p)
{
  guint contents = gtk_drop_down_get_selected (p->contents);
  guint lane = gtk_drop_down_get_selected (p->lanes);
  const char *track = NULL;
  g_autoptr(LpTrack) item = NULL;

  lp_export_choices_set_contents (&p->choices.options,
                                  contents_ids[MIN (contents, G_N_ELEMENTS (contents_ids) - 1)]);
  p->choices.options.participant_version = gtk_check_button_get_active (p->participant);
  p->choices.options.review_version = gtk_check_button_get_active (p->review);
  p->choices.options.include_joint = gtk_check_button_get_active (p->joint);
  p->fit = gtk_check_button_get_active (p->fit_check);
  p->choices.options.fit = (LpExportFit) MIN (gtk_drop_down_get_selected (p->overview_fit), LP_EXPORT_FIT_MONTHS);
  p->choices.options.second_line = (LpExportSecondLine) MIN (gtk_drop_down_get_selected (p->second_line),
                                                             LP_EXPORT_SECOND_LINE_LOCATION);
  p->choices.options.key = gtk_check_button_get_active (p->key);
  p->choices.options.holidays = gtk_check_button_get_active (p->holidays);
  if (lane > 0 && (item = g_list_model_get_item (lp_trajectory_get_tracks (p->copy), lane - 1)) != NULL)
    track = lp_track_get_id (item);
  lp_export_choices_set_track (&p->choices, p->copy, track);
  lp_export_choices_save (&p->choices, p->settings);
}

static gboolean
end_preview_cb (gpointer data)
{
  gtk_print_operation_preview_end_preview (data);
  return G_SOURCE_REMOVE;
}

/* The pages in a window of our own: GTK's preview needs an external
 * previewer and shows nothing without one.  The operation wants a cairo
 * context on its print context before it returns; it ends in a moment. */
static gboolean
on_preview_cb (GtkPrintOperation        *operation,
               GtkPrintOperationPreview *preview,
               GtkPrintContext          *context,
               GtkWindow                *parent,
               Printout                 *p)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  lp_print_preview_show (parent, build_document (p, gtk_print_context_get_page_setup (context)));
  gtk_print_context_set_cairo_context (context, cr, 72.0, 72.0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, end_preview_cb, g_object_ref (preview), g_object_unref);
  return TRUE;
}

GtkPrintOperation *
lp_print_operation_new (LpTrajectory          *trajectory,
                        const LpExportChoices *choices,
                        GError               **error)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  Printout *p = g_new0 (Printout, 1);
  const char *title;

  p->copy = lp_export_copy_trajectory (trajectory, error);
  if (p->copy == NULL)
    {
      printout_free (p);
      return NULL;
    }
  p->settings = lp_export_choices_settings ();
  p->fit = TRUE;
  if (choices != NULL)
    {
      p->choices.options = choices->options;
      lp_export_choices_set_track (&p->choices, p->copy, choices->track);
    }
  else
    lp_export_choices_load (&p->choices, p->settings, p->copy);

  operation = gtk_print_operation_new ();
  gtk_page_setup_set_orientation (setup, p->choices.options.portrait ? GTK_PAGE_ORIENTATION_PORTRAIT
                                                                     : GTK_PAGE_ORIENTATION_LANDSCAPE);
  if (p->choices.options.paper == LP_PAPER_A3)
    {
      g_autoptr(GtkPaperSize) a3 = gtk_paper_size_new (GTK_PAPER_NAME_A3);
      gtk_page_setup_set_paper_size_and_default_margins (setup, a3);
    }
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, FALSE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  title = lp_trajectory_get_title (p->copy);
  gtk_print_operation_set_job_name (operation, title && *title ? title : "Leerplaats");
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (on_create_custom_widget_cb), p);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (on_custom_widget_apply_cb), p);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), p);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), p);
  g_signal_connect (operation, "preview", G_CALLBACK (on_preview_cb), p);
  g_object_set_data_full (G_OBJECT (operation), "lp-printout", p, (GDestroyNotify) printout_free);
  return operation;
}

void
lp_print_operation_run_dialog (GtkWindow    *parent,
                               LpTrajectory *trajectory)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) operation = lp_print_operation_new (trajectory, NULL, &error);

  if (operation == NULL)
    {
      lp_show_error (parent, _("Could Not Print"), error->message);
      return;
    }
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    lp_show_error (parent, _("Could Not Print"), error->message);
}
