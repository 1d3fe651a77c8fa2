/* lp-palette.c — the module library: built-in and own kinds, by theme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "core/lp-library.h"
#include "lp-kind-dialog.h"
#include "lp-palette-private.h"

struct _LpPalette
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkWidget    *search;
  GtkWidget    *list;
  GtkWidget    *new_button;
  LpKindDialog *dialog;         /* weak: the open new/edit dialog */
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

static void
update_row (GtkListBoxRow *row)
{
  LpKind *kind = row_get_kind (row);
  GtkWidget *name = g_object_get_data (G_OBJECT (row), "lp-name");
  GtkWidget *form = g_object_get_data (G_OBJECT (row), "lp-form");
  GtkWidget *swatch = g_object_get_data (G_OBJECT (row), "lp-swatch");
  GtkWidget *menu_button = g_object_get_data (G_OBJECT (row), "lp-menu-button");
  const char *form_label = lp_library_get_work_form_label (lp_kind_get_work_form (kind));
  const char *description = lp_kind_get_description (kind);
  g_autofree char *subtitle = NULL;
  g_autofree char *accessible_description = NULL;

  if (lp_kind_is_builtin (kind))
    subtitle = g_strdup (form_label);
  else
    /* Translators: subtitle of a module kind the user made for this
     * trajectory, in the palette; %s is its work form, e.g. "Workshop" */
    subtitle = g_strdup_printf (_("%s · own kind"), form_label);

  gtk_label_set_text (GTK_LABEL (name), lp_kind_get_name (kind));
  gtk_label_set_text (GTK_LABEL (form), subtitle);
  gtk_widget_queue_draw (swatch);

  /* assistive technologies and UI tests find an entry by its kind's name;
   * the description (set after the tooltip, which would replace it) says
   * what the caption and the tooltip show */
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), description);
  if (description != NULL && *description != '\0')
    accessible_description = g_strconcat (subtitle, "\n", description, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, lp_kind_get_name (kind),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  accessible_description ? accessible_description : subtitle,
                                  -1);

  if (menu_button != NULL)
    {
      /* Translators: accessible name of the menu button of an own module
       * kind in the palette; %s is the kind's name */
      g_autofree char *label = g_strdup_printf (_("Options for “%s”"), lp_kind_get_name (kind));

      gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }

  /* sort, filter and theme headers follow the new name and theme */
  gtk_list_box_row_changed (row);
}

static void
on_kind_notify_cb (LpKind        *kind,
                   GParamSpec    *pspec,
                   GtkListBoxRow *row)
{
  update_row (row);
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

static GtkWidget *
create_row (LpKind *kind)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *swatch = gtk_drawing_area_new ();
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *form = gtk_label_new (NULL);
  GtkDragSource *source = gtk_drag_source_new ();

  g_object_set_data_full (G_OBJECT (row), "lp-kind", g_object_ref (kind), g_object_unref);
  g_object_set_data (G_OBJECT (row), "lp-name", name);
  g_object_set_data (G_OBJECT (row), "lp-form", form);
  g_object_set_data (G_OBJECT (row), "lp-swatch", swatch);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 12);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 12);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, g_object_ref (kind), g_object_unref);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (form), 0);
  gtk_label_set_ellipsize (GTK_LABEL (form), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (form, "dim-label");
  gtk_widget_add_css_class (form, "caption");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (labels), name);
  gtk_box_append (GTK_BOX (labels), form);
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), labels);

  if (!lp_kind_is_builtin (kind))
    {
      /* own kinds: Edit… and Delete, from this button, a right click,
       * Shift+F10 or the Menu key */
      GtkWidget *menu_button = gtk_menu_button_new ();
      g_autoptr(GMenuModel) menu = create_kind_menu (kind);

      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
      gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (menu_button, "flat");
      gtk_widget_set_tooltip_text (menu_button, _("Edit or Delete This Kind"));
      gtk_box_append (GTK_BOX (box), menu_button);
      g_object_set_data (G_OBJECT (row), "lp-menu-button", menu_button);
      g_signal_connect_object (kind, "notify", G_CALLBACK (on_kind_notify_cb), row, 0);
    }

  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 10);
  gtk_widget_set_margin_top (box, 5);
  gtk_widget_set_margin_bottom (box, 5);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  update_row (GTK_LIST_BOX_ROW (row));

  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  return row;
}

static GtkListBoxRow *
find_row (LpPalette *self,
          LpKind    *kind)
{
  for (GtkWidget *w = gtk_widget_get_first_child (self->list); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_LIST_BOX_ROW (w) && row_get_kind (GTK_LIST_BOX_ROW (w)) == kind)
      return GTK_LIST_BOX_ROW (w);
  return NULL;
}

static gboolean
popup_row_menu (LpPalette     *self,
                GtkListBoxRow *row)
{
  GtkWidget *menu_button;

  if (row == NULL)
    return FALSE;
  menu_button = g_object_get_data (G_OBJECT (row), "lp-menu-button");
  if (menu_button == NULL)
    return FALSE;
  gtk_list_box_select_row (GTK_LIST_BOX (self->list), row);
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  return TRUE;
}

static GtkWindow *
get_parent_window (LpPalette *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
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

  return lp_library_kind_matches (row_get_kind (row), self->filter);
}

/* Shown by the list when the search leaves no entry. */
static GtkWidget *
create_placeholder (void)
{
  GtkWidget *label = gtk_label_new (_("No module kinds match"));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 24);
  gtk_widget_set_margin_bottom (label, 24);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_name (label, "no-match");
  return label;
}

static void
rebuild (LpPalette *self)
{
  GtkWidget *child, *next;
  GListModel *builtins = lp_library_get_builtin_kinds ();

  /* the rows; the placeholder stays */
  for (child = gtk_widget_get_first_child (self->list); child != NULL; child = next)
    {
      next = gtk_widget_get_next_sibling (child);
      if (GTK_IS_LIST_BOX_ROW (child))
        gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
    }

  for (guint i = 0; i < g_list_model_get_n_items (builtins); i++)
    {
      g_autoptr(LpKind) kind = g_list_model_get_item (builtins, i);

      /* a file's own kind with the same id shadows the built-in one */
      if (self->trajectory != NULL && lp_trajectory_lookup_own_kind (self->trajectory, lp_kind_get_id (kind)))
        continue;
      gtk_list_box_append (GTK_LIST_BOX (self->list), create_row (kind));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "palette.new-kind", self->trajectory != NULL);
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
  self->filter = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
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
on_secondary_pressed_cb (GtkGesture *gesture,
                         int         n_press,
                         double      x,
                         double      y,
                         LpPalette  *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_y (GTK_LIST_BOX (self->list), (int) y);

  if (popup_row_menu (self, row))
    gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_long_pressed_cb (GtkGestureLongPress *gesture,
                    double               x,
                    double               y,
                    LpPalette           *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_y (GTK_LIST_BOX (self->list), (int) y);

  if (popup_row_menu (self, row))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_dialog_saved_cb (LpKindDialog *dialog,
                    LpKind       *kind,
                    LpPalette    *self)
{
  GtkListBoxRow *row = find_row (self, kind);

  if (row != NULL)
    {
      gtk_list_box_select_row (GTK_LIST_BOX (self->list), row);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
open_dialog (LpPalette *self,
             LpKind    *kind)
{
  if (self->trajectory == NULL)
    return;
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));

  g_set_weak_pointer (&self->dialog, lp_kind_dialog_new (get_parent_window (self), self->trajectory, kind));
  g_signal_connect_object (self->dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (self->dialog));
}

static void
new_kind_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  open_dialog (LP_PALETTE (widget), NULL);
}

static void
edit_kind_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LpPalette *self = LP_PALETTE (widget);
  LpKind *kind;

  if (self->trajectory == NULL)
    return;
  kind = lp_trajectory_lookup_own_kind (self->trajectory, g_variant_get_string (parameter, NULL));
  if (kind != NULL)
    open_dialog (self, kind);
}

static void
delete_kind_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LpPalette *self = LP_PALETTE (widget);
  g_autoptr(LpKind) kind = NULL;
  LpKind *found;
  GtkWidget *alert;
  guint uses;

  if (self->trajectory == NULL)
    return;
  found = lp_trajectory_lookup_own_kind (self->trajectory, g_variant_get_string (parameter, NULL));
  if (found == NULL)
    return;
  kind = g_object_ref (found);   /* the palette rebuilds while it goes */
  if (lp_trajectory_remove_kind (self->trajectory, kind))
    return;

  uses = lp_trajectory_count_kind_uses (self->trajectory, lp_kind_get_id (kind));
  alert = adw_message_dialog_new (get_parent_window (self), _("Cannot Delete Module Kind"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (alert),
                                  /* Translators: %s is the name of a module kind, %u a number of modules */
                                  ngettext ("“%s” is used by %u module. Give that module another kind "
                                            "or delete it first.",
                                            "“%s” is used by %u modules. Give those modules another kind "
                                            "or delete them first.",
                                            uses),
                                  lp_kind_get_name (kind), uses);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (alert), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (alert), "close");
  gtk_window_present (GTK_WINDOW (alert));
}

static void
show_menu_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LpPalette *self = LP_PALETTE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;

  if (row == NULL || !gtk_widget_is_ancestor (row, self->list))
    row = GTK_WIDGET (gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list)));
  if (!popup_row_menu (self, GTK_LIST_BOX_ROW (row)))
    gtk_widget_error_bell (widget);
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
  g_clear_weak_pointer (&self->dialog);
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

  gtk_widget_class_install_action (widget_class, "palette.new-kind", NULL, new_kind_action);
  gtk_widget_class_install_action (widget_class, "palette.edit-kind", "s", edit_kind_action);
  gtk_widget_class_install_action (widget_class, "palette.delete-kind", "s", delete_kind_action);
  gtk_widget_class_install_action (widget_class, "palette.show-menu", NULL, show_menu_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "palette.show-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "palette.show-menu", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "palette");
}

static void
lp_palette_init (LpPalette *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *new_content;
  GtkGesture *secondary, *long_press;

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
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list), create_placeholder ());
  gtk_widget_add_css_class (self->list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Module library"), -1);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated_cb), self);

  secondary = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  g_signal_connect (secondary, "pressed", G_CALLBACK (on_secondary_pressed_cb), self);
  gtk_widget_add_controller (self->list, GTK_EVENT_CONTROLLER (secondary));
  long_press = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (on_long_pressed_cb), self);
  gtk_widget_add_controller (self->list, GTK_EVENT_CONTROLLER (long_press));

  new_content = adw_button_content_new ();
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (new_content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (new_content), _("New Module Kind…"));
  gtk_widget_set_halign (new_content, GTK_ALIGN_CENTER);
  self->new_button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (self->new_button), new_content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->new_button), "palette.new-kind");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("New Module Kind"), -1);
  gtk_widget_set_tooltip_text (self->new_button, _("Make a module kind of your own for this trajectory"));
  gtk_widget_add_css_class (self->new_button, "flat");
  gtk_widget_set_margin_start (self->new_button, 8);
  gtk_widget_set_margin_end (self->new_button, 8);
  gtk_widget_set_margin_top (self->new_button, 4);
  gtk_widget_set_margin_bottom (self->new_button, 8);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->list);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (self->box), self->search);
  gtk_box_append (GTK_BOX (self->box), scroller);
  gtk_box_append (GTK_BOX (self->box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (self->box), self->new_button);
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

GtkWidget *
_lp_palette_get_new_button (LpPalette *self)
{
  g_return_val_if_fail (LP_IS_PALETTE (self), NULL);
  return self->new_button;
}

LpKindDialog *
_lp_palette_get_dialog (LpPalette *self)
{
  g_return_val_if_fail (LP_IS_PALETTE (self), NULL);
  return self->dialog;
}

GtkWidget *
_lp_palette_get_row (LpPalette *self,
                     LpKind    *kind)
{
  g_return_val_if_fail (LP_IS_PALETTE (self), NULL);
  g_return_val_if_fail (LP_IS_KIND (kind), NULL);
  return (GtkWidget *) find_row (self, kind);
}
