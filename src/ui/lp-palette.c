/* lp-palette.c — the module library: built-in and own kinds, by theme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "core/lp-library.h"
#include "lp-palette.h"

struct _LpPalette
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkWidget    *search;
  GtkWidget    *list;
  LpTrajectory *trajectory;
  char         *filter;
};

G_DEFINE_FINAL_TYPE (LpPalette, lp_palette, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TRAJECTORY,
  N_PROPS
};

enum {
  KIND_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static LpKind *
row_get_kind (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "lp-kind");
}

static guint
theme_index (LpKind *kind)
{
  const LpTheme *theme = lp_kind_get_theme (kind);

  for (guint i = 0; i < lp_library_get_n_themes (); i++)
    if (lp_library_get_theme_nth (i) == theme)
      return i;
  return G_MAXUINT;
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  double rgb[3];

  lp_kind_get_rgb (LP_KIND (data), rgb);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0, 0, 2 * G_PI);
  cairo_fill (cr);
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    GtkWidget     *row)
{
  LpKind *kind = row_get_kind (GTK_LIST_BOX_ROW (row));
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon, (int) x, (int) y);
  return gdk_content_provider_new_typed (LP_TYPE_KIND, kind);
}

static GtkWidget *
create_row (LpKind *kind)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *name = gtk_label_new (lp_kind_get_name (kind));
  GtkWidget *form = gtk_label_new (lp_library_get_work_form_label (lp_kind_get_work_form (kind)));
  GtkDragSource *source = gtk_drag_source_new ();

  g_object_set_data_full (G_OBJECT (row), "lp-kind", g_object_ref (kind), g_object_unref);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 12);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 12);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, g_object_ref (kind), g_object_unref);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (form), 0);
  gtk_widget_add_css_class (form, "dim-label");
  gtk_widget_add_css_class (form, "caption");
  gtk_box_append (GTK_BOX (labels), name);
  gtk_box_append (GTK_BOX (labels), form);
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 10);
  gtk_widget_set_margin_top (box, 5);
  gtk_widget_set_margin_bottom (box, 5);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* assistive technologies and UI tests find an entry by its kind's name */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  lp_kind_get_name (kind), -1);
  gtk_widget_set_tooltip_text (row, lp_kind_get_description (kind));

  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  return row;
}

static int
sort_rows (GtkListBoxRow *a,
           GtkListBoxRow *b,
           gpointer       data)
{
  LpKind *x = row_get_kind (a), *y = row_get_kind (b);
  guint tx = theme_index (x), ty = theme_index (y);

  if (tx != ty)
    return tx < ty ? -1 : 1;
  return g_utf8_collate (lp_kind_get_name (x), lp_kind_get_name (y));
}

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       data)
{
  const LpTheme *theme = lp_kind_get_theme (row_get_kind (row));
  GtkWidget *label;

  if (before != NULL && lp_kind_get_theme (row_get_kind (before)) == theme)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  label = gtk_label_new (lp_theme_get_name (theme));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_start (label, 10);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 4);
  gtk_list_box_row_set_header (row, label);
}

static gboolean
filter_rows (GtkListBoxRow *row,
             gpointer       data)
{
  LpPalette *self = data;
  LpKind *kind = row_get_kind (row);
  g_autofree char *haystack = NULL;
  g_autofree char *folded = NULL;

  if (self->filter == NULL || *self->filter == '\0')
    return TRUE;
  haystack = g_strdup_printf ("%s %s %s", lp_kind_get_name (kind),
                              lp_library_get_work_form_label (lp_kind_get_work_form (kind)),
                              lp_theme_get_name (lp_kind_get_theme (kind)));
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, self->filter) != NULL;
}

static void
rebuild (LpPalette *self)
{
  GtkWidget *child;
  GListModel *builtins = lp_library_get_builtin_kinds ();

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);

  for (guint i = 0; i < g_list_model_get_n_items (builtins); i++)
    {
      g_autoptr(LpKind) kind = g_list_model_get_item (builtins, i);

      /* a file's own kind with the same id shadows the built-in one */
      if (self->trajectory != NULL && lp_trajectory_lookup_own_kind (self->trajectory, lp_kind_get_id (kind)))
        continue;
      gtk_list_box_append (GTK_LIST_BOX (self->list), create_row (kind));
    }
  if (self->trajectory != NULL)
    {
      GListModel *own = lp_trajectory_get_kinds (self->trajectory);

      for (guint i = 0; i < g_list_model_get_n_items (own); i++)
        {
          g_autoptr(LpKind) kind = g_list_model_get_item (own, i);
          gtk_list_box_append (GTK_LIST_BOX (self->list), create_row (kind));
        }
    }
}

static void
on_kinds_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     LpPalette  *self)
{
  rebuild (self);
}

static void
on_search_changed_cb (GtkSearchEntry *entry,
                      LpPalette      *self)
{
  g_free (self->filter);
  self->filter = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (entry)), -1);
  gtk_list_box_invalidate_filter (GTK_LIST_BOX (self->list));
}

static void
on_row_activated_cb (GtkListBox    *list,
                     GtkListBoxRow *row,
                     LpPalette     *self)
{
  g_signal_emit (self, signals[KIND_ACTIVATED], 0, row_get_kind (row));
}

static void
lp_palette_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LpPalette *self = LP_PALETTE (object);

  switch (prop_id)
    {
    case PROP_TRAJECTORY: g_value_set_object (value, self->trajectory); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_palette_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  LpPalette *self = LP_PALETTE (object);

  switch (prop_id)
    {
    case PROP_TRAJECTORY: lp_palette_set_trajectory (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_palette_dispose (GObject *object)
{
  LpPalette *self = (LpPalette *) object;

  lp_palette_set_trajectory (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->filter, g_free);
  G_OBJECT_CLASS (lp_palette_parent_class)->dispose (object);
}

static void
lp_palette_class_init (LpPaletteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lp_palette_dispose;
  object_class->get_property = lp_palette_get_property;
  object_class->set_property = lp_palette_set_property;

  properties[PROP_TRAJECTORY] =
    g_param_spec_object ("trajectory", NULL, NULL, LP_TYPE_TRAJECTORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[KIND_ACTIVATED] =
    g_signal_new ("kind-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, LP_TYPE_KIND);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "palette");
}

static void
lp_palette_init (LpPalette *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  self->search = gtk_search_entry_new ();
  g_object_set (self->search, "placeholder-text", _("Search modules"), NULL);
  gtk_widget_set_margin_start (self->search, 8);
  gtk_widget_set_margin_end (self->search, 8);
  gtk_widget_set_margin_top (self->search, 8);
  gtk_widget_set_margin_bottom (self->search, 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search modules"), -1);
  g_signal_connect (self->search, "search-changed", G_CALLBACK (on_search_changed_cb), self);

  self->list = gtk_list_box_new ();
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (self->list), FALSE);
  gtk_list_box_set_sort_func (GTK_LIST_BOX (self->list), sort_rows, NULL, NULL);
  gtk_list_box_set_header_func (GTK_LIST_BOX (self->list), update_header, NULL, NULL);
  gtk_list_box_set_filter_func (GTK_LIST_BOX (self->list), filter_rows, self, NULL);
  gtk_widget_add_css_class (self->list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Module library"), -1);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated_cb), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->list);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (self->box), self->search);
  gtk_box_append (GTK_BOX (self->box), scroller);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  rebuild (self);
}

GtkWidget *
lp_palette_new (void)
{
  return g_object_new (LP_TYPE_PALETTE, NULL);
}

LpTrajectory *
lp_palette_get_trajectory (LpPalette *self)
{
  g_return_val_if_fail (LP_IS_PALETTE (self), NULL);
  return self->trajectory;
}

void
lp_palette_set_trajectory (LpPalette    *self,
                           LpTrajectory *trajectory)
{
  g_return_if_fail (LP_IS_PALETTE (self));

  if (self->trajectory == trajectory)
    return;
  if (self->trajectory != NULL)
    g_signal_handlers_disconnect_by_data (lp_trajectory_get_kinds (self->trajectory), self);
  g_set_object (&self->trajectory, trajectory);
  if (trajectory != NULL)
    g_signal_connect (lp_trajectory_get_kinds (trajectory), "items-changed", G_CALLBACK (on_kinds_changed_cb), self);
  if (self->list != NULL)
    rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRAJECTORY]);
}

LpKind *
lp_palette_get_selected_kind (LpPalette *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (LP_IS_PALETTE (self), NULL);
  row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list));
  return row ? row_get_kind (row) : NULL;
}
