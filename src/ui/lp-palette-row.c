/* lp-palette-row.c — one module kind in the palette
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-library.h"
#include "lp-palette-row.h"
#include "lp-resources.h"

struct _LpPaletteRow
{
  GtkListBoxRow parent_instance;

  LpKind       *kind;

  /* template children */
  GtkWidget    *swatch;
  GtkWidget    *name_label;
  GtkWidget    *form_label;
  GtkWidget    *menu_button;   /* own kinds only */
};

G_DEFINE_FINAL_TYPE (LpPaletteRow, lp_palette_row, GTK_TYPE_LIST_BOX_ROW)

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  LpPaletteRow *self = data;
  double rgb[3];

  if (self->kind == NULL)
    return;
  lp_kind_get_rgb (self->kind, rgb);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0, 0, 2 * G_PI);
  cairo_fill (cr);
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    LpPaletteRow  *self)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, icon, (int) x, (int) y);
  return gdk_content_provider_new_typed (LP_TYPE_KIND, self->kind);
}

static GMenuModel *
create_kind_menu (LpKind *kind)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuItem) edit = g_menu_item_new (_("_Edit…"), NULL);
  g_autoptr(GMenuItem) delete = g_menu_item_new (_("_Delete"), NULL);

  g_menu_item_set_action_and_target_value (edit, "palette.edit-kind", g_variant_new_string (lp_kind_get_id (kind)));
  g_menu_item_set_action_and_target_value (delete, "palette.delete-kind", g_variant_new_string (lp_kind_get_id (kind)));
  g_menu_append_item (menu, edit);
  g_menu_append_item (menu, delete);
  return G_MENU_MODEL (menu);
}

/* The popover of an own kind's menu button, made when it first opens. */
static void
create_kind_popup_cb (GtkMenuButton *button,
                      gpointer       data)
{
  LpPaletteRow *self = data;
  g_autoptr(GMenuModel) menu = NULL;

  if (gtk_menu_button_get_menu_model (button) != NULL)
    return;
  menu = create_kind_menu (self->kind);
  gtk_menu_button_set_menu_model (button, menu);
}

/* An own kind's button with Edit and Delete. */
static void
add_menu_button (LpPaletteRow *self)
{
  /* Translators: accessible name of the menu button of an own module
   * kind in the palette; %s is the kind's name */
  g_autofree char *label = g_strdup_printf (_("Options for “%s”"), lp_kind_get_name (self->kind));

  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->menu_button), "view-more-symbolic");
  gtk_widget_set_valign (self->menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->menu_button, "flat");
  gtk_widget_set_tooltip_text (self->menu_button, _("Edit or Delete This Kind"));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->menu_button), create_kind_popup_cb, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_box_append (GTK_BOX (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (self))), self->menu_button);
}

/* The kind's description, when the pointer rests on the row (asked for
 * then, not set as the tooltip text: setting that makes GTK ask the
 * display where the pointer is, a round trip per row on X11). */
static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     gpointer    data)
{
  LpPaletteRow *self = LP_PALETTE_ROW (widget);
  const char *description = self->kind != NULL ? lp_kind_get_description (self->kind) : NULL;

  if (description == NULL || *description == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, description);
  return TRUE;
}

/* a and b are the same words, whatever their case */
static gboolean
same_words (const char *a,
            const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_utf8_collate (fa, fb) == 0;
}

/* Name, caption, tooltip and what assistive technologies say. */
static void
show_kind (LpPaletteRow *self)
{
  LpKind *kind = self->kind;
  const char *name = lp_kind_get_name (kind);
  const char *form_label = lp_library_get_work_form_label (lp_kind_get_work_form (kind));
  const char *description = lp_kind_get_description (kind);
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible_description = NULL;

  if (lp_kind_is_builtin (kind))
    /* no caption that repeats the name ("Pitch round", "Pitch round") */
    subtitle = *form_label == '\0' || same_words (form_label, name) ? NULL : g_strdup (form_label);
  else
    /* Translators: subtitle of a module kind the user made for this
     * trajectory, in the palette; %s is its work form, e.g. "Workshop" */
    subtitle = g_strdup_printf (_("%s · own kind"), form_label);

  gtk_label_set_text (GTK_LABEL (self->name_label), name);
  gtk_label_set_text (GTK_LABEL (self->form_label), subtitle ? subtitle : "");
  gtk_widget_set_visible (self->form_label, subtitle != NULL);

  /* assistive technologies and UI tests find an entry by its kind's name;
   * the description says what the caption and the tooltip show */
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), description != NULL && *description != '\0');
  if (subtitle != NULL && description != NULL && *description != '\0')
    accessible_description = g_strconcat (subtitle, "\n", description, NULL);
  else
    accessible_description = g_strdup (subtitle != NULL ? subtitle : description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (accessible_description != NULL && *accessible_description != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, accessible_description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  if (!lp_kind_is_builtin (kind))
    add_menu_button (self);
}

static void
lp_palette_row_dispose (GObject *object)
{
  LpPaletteRow *self = LP_PALETTE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LP_TYPE_PALETTE_ROW);
  g_clear_object (&self->kind);
  G_OBJECT_CLASS (lp_palette_row_parent_class)->dispose (object);
}

static void
lp_palette_row_class_init (LpPaletteRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lp_palette_row_dispose;

  lp_ui_class_set_template (widget_class, "lp-palette-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LpPaletteRow, swatch);
  gtk_widget_class_bind_template_child (widget_class, LpPaletteRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, LpPaletteRow, form_label);
}

static void
lp_palette_row_init (LpPaletteRow *self)
{
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->swatch), draw_swatch, self, NULL);
  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
}

GtkWidget *
lp_palette_row_new (LpKind *kind)
{
  LpPaletteRow *self;

  g_return_val_if_fail (LP_IS_KIND (kind), NULL);

  self = g_object_new (LP_TYPE_PALETTE_ROW, NULL);
  self->kind = g_object_ref (kind);
  show_kind (self);
  return GTK_WIDGET (self);
}

LpKind *
lp_palette_row_get_kind (LpPaletteRow *self)
{
  g_return_val_if_fail (LP_IS_PALETTE_ROW (self), NULL);
  return self->kind;
}

GtkWidget *
lp_palette_row_get_menu_button (LpPaletteRow *self)
{
  g_return_val_if_fail (LP_IS_PALETTE_ROW (self), NULL);
  return lp_kind_is_builtin (self->kind) ? NULL : self->menu_button;
}
