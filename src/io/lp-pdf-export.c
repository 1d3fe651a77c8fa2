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

#include "lp-pdf-export.h"

typedef struct {
  int  fd;
  int  errsv;
} Sink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      ssize_t n = write (sink->fd, data, length);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          sink->errsv = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += n;
      length -= (unsigned int) n;
    }
  return CAIRO_STATUS_SUCCESS;
}

gboolean
lp_pdf_export (LpTrajectory          *trajectory,
               const LpExportOptions *options,
               const char            *path,
               GError               **error)
{
  g_autoptr(LpExportDocument) doc = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GDateTime) now = lp_export_now ();
  g_autofree char *created = g_date_time_format_iso8601 (now);
  g_autofree char *creator = g_strdup_printf ("Leerplaats %s", PACKAGE_VERSION);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  Sink sink = { -1, 0 };
  guint n_pages;
  double w, h;

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  display = g_filename_display_name (path);
  doc = lp_export_document_new (trajectory, options);
  n_pages = lp_export_document_get_n_pages (doc);
  if (n_pages == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Nothing to export to “%s”: choose the overview, the booklet or both"), display);
      return FALSE;
    }

  tmp = g_strdup_printf ("%s.XXXXXX", path);
  sink.fd = g_mkstemp_full (tmp, O_WRONLY, 0644);
  if (sink.fd < 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }

  lp_export_document_get_page_size (doc, 0, &w, &h);
  surface = cairo_pdf_surface_create_for_stream (write_cb, &sink, w, h);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  lp_trajectory_get_title (trajectory) ? lp_trajectory_get_title (trajectory) : "");
  if (lp_trajectory_get_author (trajectory) != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, lp_trajectory_get_author (trajectory));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  options->booklet && options->overview ? _("Trajectory overview and programme booklet")
                                  : options->booklet ? _("Programme booklet") : _("Trajectory overview"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);

  cr = cairo_create (surface);
  for (guint page = 0; page < n_pages; page++)
    {
      lp_export_document_get_page_size (doc, page, &w, &h);
      cairo_pdf_surface_set_size (surface, w, h);
      lp_export_document_draw_page (doc, cr, page);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  /* fonts are embedded and write errors show only now */
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status == CAIRO_STATUS_SUCCESS && fsync (sink.fd) != 0)
    {
      sink.errsv = errno;
      status = CAIRO_STATUS_WRITE_ERROR;
    }
  if (close (sink.fd) != 0 && status == CAIRO_STATUS_SUCCESS)
    {
      sink.errsv = errno;
      status = CAIRO_STATUS_WRITE_ERROR;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_unlink (tmp);
      g_set_error (error, G_IO_ERROR, sink.errsv ? g_io_error_from_errno (sink.errsv) : G_IO_ERROR_FAILED,
                   _("Could not write “%s”: %s"), display,
                   sink.errsv ? g_strerror (sink.errsv) : cairo_status_to_string (status));
      return FALSE;
    }

  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_unlink (tmp);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
