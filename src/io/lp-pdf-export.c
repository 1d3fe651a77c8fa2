/* lp-pdf-export.c — write the export document as a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Export"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "lp-file-replace.h"
#include "lp-pdf-export.h"

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
lp_pdf_export (LpTrajectory          *trajectory,
               const LpExportOptions *options,
               const char            *path,
               GError               **error)
{
  return lp_pdf_export_full (trajectory, options, path, NULL, NULL, NULL, error);
}

static void
set_metadata (cairo_surface_t       *surface,
              LpTrajectory          *trajectory,
              const LpExportOptions *options)
{
  g_autoptr(GDateTime) now = lp_export_now ();
  g_autofree char *created = g_date_time_format_iso8601 (now);
  g_autofree char *creator = g_strdup_printf ("Leerplaats %s", PACKAGE_VERSION);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  lp_trajectory_get_title (trajectory) ? lp_trajectory_get_title (trajectory) : "");
  if (lp_trajectory_get_author (trajectory) != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, lp_trajectory_get_author (trajectory));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  options->booklet && options->overview ? _("Trajectory overview and programme booklet")
                                  : options->booklet ? _("Programme booklet") : _("Trajectory overview"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
}

gboolean
lp_pdf_export_full (LpTrajectory          *trajectory,
                    const LpExportOptions *options,
                    const char            *path,
                    GCancellable          *cancellable,
                    LpPdfExportProgress    progress,
                    gpointer               user_data,
                    GError               **error)
{
  g_autoptr(LpExportDocument) doc = NULL;
  g_autofree char *display = NULL;
  g_autofree char *what = NULL;
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;
  double w, h;

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  display = g_filename_display_name (path);
  doc = lp_export_document_new (trajectory, options);
  n_pages = lp_export_document_get_n_pages (doc);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (n_pages == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Nothing to export to “%s”: choose the overview, the booklet or both"), display);
      return FALSE;
    }

  lp_export_document_get_page_size (doc, 0, &w, &h);
  surface = cairo_pdf_surface_create_for_stream (write_cb, pdf, w, h);
  set_metadata (surface, trajectory, options);

  cr = cairo_create (surface);
  for (guint page = 0; page < n_pages && !g_cancellable_is_cancelled (cancellable); page++)
    {
      lp_export_document_get_page_size (doc, page, &w, &h);
      cairo_pdf_surface_set_size (surface, w, h);
      lp_export_document_draw_page (doc, cr, page);
      cairo_show_page (cr);
      if (progress != NULL)
        progress (page + 1, n_pages, user_data);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  /* the PDF is only in memory so far: a cancelled export writes nothing */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }
  /* fonts are embedded and write errors show only now */
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write “%s”: %s"), display, cairo_status_to_string (status));
      return FALSE;
    }

  /* the whole PDF is made before the target is touched: a regular file
   * (or a new name), writable, symlinks followed; nothing is left behind
   * on failure */
  what = g_strdup_printf (_("Could not write “%s”"), display);
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  return lp_file_replace (path, bytes, LP_FILE_REPLACE_NONE, NULL, what, NULL, error);
}
