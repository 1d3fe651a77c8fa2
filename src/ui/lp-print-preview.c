/* lp-print-preview.c — print preview in a window of the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK's own preview runs an external previewer (evince); without one it
 * shows nothing and says nothing.  This window needs none.
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lp-print-preview.h"

/* pixels per point in the preview */
#define PREVIEW_SCALE 1.0

static GdkTexture *
render_page (LpExportDocument *doc,
             guint             page)
{
  double w, h;
  int pw, ph;
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;

  lp_export_document_get_page_size (doc, page, &w, &h);
  pw = (int) (w * PREVIEW_SCALE + 0.5);
  ph = (int) (h * PREVIEW_SCALE + 0.5);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw, ph);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, PREVIEW_SCALE, PREVIEW_SCALE);
  lp_export_document_draw_page (doc, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * (gsize) ph);
  texture = gdk_memory_texture_new (pw, ph, GDK_MEMORY_DEFAULT, bytes,
                                    (gsize) cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  return texture;
}

GtkWindow *
lp_print_preview_show (GtkWindow        *parent,
                       LpExportDocument *doc)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *pages = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *header = adw_header_bar_new ();
  guint n = lp_export_document_get_n_pages (doc);
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Print Preview — %u page",
                                                         "Print Preview — %u pages", n), n);

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  g_object_set (pages, "margin-start", 18, "margin-end", 18, "margin-top", 18, "margin-bottom", 18, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkTexture) texture = render_page (doc, i);
      GtkWidget *picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));
      g_autofree char *name = g_strdup_printf (_("Page %u of %u"), i + 1, n);

      gtk_picture_set_can_shrink (GTK_PICTURE (picture), FALSE);
      gtk_widget_set_halign (picture, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (picture, "card");
      gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_box_append (GTK_BOX (pages), picture);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), pages);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);
  lp_export_document_free (doc);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}
