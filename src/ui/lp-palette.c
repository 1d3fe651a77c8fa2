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
#include "lp-a11y-names.h"
#include "lp-kind-dialog.h"
#include "core/lp-kind-list.h"
#include "lp-palette-private.h"
#include "lp-palette-row.h"

struct _LpPalette
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkWidget    *search;
  GtkWidget    *list;
  GtkWidget    *new_button;
  LpKindDialog *dialog;         /* weak: the open new/edit dialog */
  LpTrajectory *trajectory;
  LpKindList   *kinds;          /* what the list shows, before sorting and search */
  GtkCustomFilter *filter_model; /* the search */
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
  return lp_palette_row_get_kind (LP_PALETTE_ROW (row));
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

static GtkWidget *
create_row (gpointer item,
            gpointer data)
{
  return lp_palette_row_new (LP_KIND (item));
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
  menu_button = lp_palette_row_get_menu_button (LP_PALETTE_ROW (row));
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

/* By theme, then by name. */
static int
compare_kinds (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  LpKind *x = (LpKind *) a, *y = (LpKind *) b;
  guint tx = theme_index (x), ty = theme_index (y);

  if (tx != ty)
    return tx < ty ? -1 : 1;
  return g_utf8_collate (lp_kind_get_name (x), lp_kind_get_name (y));
}

/* The palette's spacing, in pixels: between a control and its neighbour,
 * from the sidebar's edge, before a theme's heading, around the empty-search
 * message. */
enum {
  GAP_TIGHT = 4,
  GAP_EDGE = 8,
  GAP_HEADING = 10,
  GAP_WIDE = 12,
  GAP_EMPTY = 24,
};

static void
set_margins (GtkWidget *widget,
             int        top,
             int        end,
             int        bottom,
             int        start)
{
  gtk_widget_set_margin_top (widget, top);
  gtk_widget_set_margin_end (widget, end);
  gtk_widget_set_margin_bottom (widget, bottom);
  gtk_widget_set_margin_start (widget, start);
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
  set_margins (label, GAP_WIDE, 0, GAP_TIGHT, GAP_HEADING);
  gtk_list_box_row_set_header (row, label);
}

static gboolean
filter_kind (gpointer item,
             gpointer data)
{
  LpPalette *self = data;

  return lp_library_kind_matches (LP_KIND (item), self->filter);
}

/* Shown by the list when the search leaves no entry. */
static GtkWidget *
create_placeholder (void)
{
  GtkWidget *label = gtk_label_new (_("No module kinds match"));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  set_margins (label, GAP_EMPTY, GAP_WIDE, GAP_EMPTY, GAP_WIDE);
  gtk_widget_set_name (label, "no-match");
  return label;
}

/* Every kind the trajectory offers (the built-in ones without one), by
 * theme and name, as the search leaves them. */
static void
bind_kinds (LpPalette *self)
{
  GtkSortListModel *sorted;
  GtkFilterListModel *filtered;

  g_clear_object (&self->kinds);
  self->kinds = lp_kind_list_new (self->trajectory);
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->kinds)),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_kinds, NULL, NULL)));
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (sorted), g_object_ref (GTK_FILTER (self->filter_model)));
  gtk_list_box_bind_model (GTK_LIST_BOX (self->list), G_LIST_MODEL (filtered), create_row, NULL, NULL);
  g_object_unref (filtered);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "palette.new-kind", self->trajectory != NULL);
}

static void
on_search_changed_cb (GtkSearchEntry *entry,
                      LpPalette      *self)
{
  g_free (self->filter);
  self->filter = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_filter_changed (GTK_FILTER (self->filter_model), GTK_FILTER_CHANGE_DIFFERENT);
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

/* Once the row has its place, the list scrolls to show all of it. */
static gboolean
scroll_to_row_cb (GtkWidget     *row,
                  GdkFrameClock *clock,
                  gpointer       data)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *viewport = scroller ? gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)) : NULL;
  graphene_rect_t bounds;
  GtkAdjustment *adjustment;
  double top;

  if (viewport == NULL)
    return G_SOURCE_REMOVE;
  if (gtk_widget_get_height (row) == 0 ||
      !gtk_widget_compute_bounds (row, viewport, &bounds))
    return G_SOURCE_CONTINUE;   /* not laid out yet */
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  top = gtk_adjustment_get_value (adjustment) + bounds.origin.y;
  gtk_adjustment_clamp_page (adjustment, top, top + bounds.size.height);
  return G_SOURCE_REMOVE;
}

gboolean
lp_palette_show_kind (LpPalette *self,
                      LpKind    *kind)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (LP_IS_PALETTE (self), FALSE);
  g_return_val_if_fail (LP_IS_KIND (kind), FALSE);

  row = find_row (self, kind);
  if (row == NULL || !gtk_widget_get_child_visible (GTK_WIDGET (row)))
    return FALSE;
  gtk_list_box_select_row (GTK_LIST_BOX (self->list), row);
  gtk_widget_add_tick_callback (GTK_WIDGET (row), scroll_to_row_cb, NULL, NULL);
  return TRUE;
}

/* The kind just made or changed: selected, focused and in view. */
static void
on_dialog_saved_cb (LpKindDialog *dialog,
                    LpKind       *kind,
                    LpPalette    *self)
{
  GtkListBoxRow *row = find_row (self, kind);

  if (row == NULL)
    return;
  gtk_list_box_select_row (GTK_LIST_BOX (self->list), row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  gtk_widget_add_tick_callback (GTK_WIDGET (row), scroll_to_row_cb, NULL, NULL);
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
  kind = g_object_ref (found);   /* its row goes while it goes */
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

  if (self->list != NULL)
    gtk_list_box_bind_model (GTK_LIST_BOX (self->list), NULL, NULL, NULL, NULL);
  self->list = NULL;
  g_clear_object (&self->trajectory);
  g_clear_object (&self->kinds);
  g_clear_object (&self->filter_model);
  g_clear_weak_pointer (&self->dialog);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->filter, g_free);
  G_OBJECT_CLASS (lp_palette_parent_class)->dispose (object);
}

static void lp_palette_realize (GtkWidget *widget);

static void
lp_palette_class_init (LpPaletteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lp_palette_dispose;
  object_class->get_property = lp_palette_get_property;
  object_class->set_property = lp_palette_set_property;
  widget_class->realize = lp_palette_realize;

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

/* Named once: without the relation, GTK 4.8 reads "New Module Kind" and
 * then the label's "New Module Kind…". */
static void
on_new_button_map_cb (GtkWidget *button,
                      gpointer   data)
{
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
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
  set_margins (self->search, GAP_EDGE, GAP_EDGE, GAP_TIGHT, GAP_EDGE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search modules"), -1);
  g_signal_connect (self->search, "search-changed", G_CALLBACK (on_search_changed_cb), self);

  self->list = gtk_list_box_new ();
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (self->list), FALSE);
  gtk_list_box_set_header_func (GTK_LIST_BOX (self->list), update_header, NULL, NULL);
  self->filter_model = gtk_custom_filter_new (filter_kind, self, NULL);
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
  lp_a11y_set_name (self->new_button, _("New Module Kind"));
  /* AdwButtonContent points its button at its label once in the window */
  g_signal_connect (self->new_button, "map", G_CALLBACK (on_new_button_map_cb), NULL);
  gtk_widget_set_tooltip_text (self->new_button, _("Make a module kind of your own for this trajectory"));
  gtk_widget_add_css_class (self->new_button, "flat");
  set_margins (self->new_button, GAP_TIGHT, GAP_EDGE, GAP_EDGE, GAP_EDGE);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->list);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (self->box), self->search);
  gtk_box_append (GTK_BOX (self->box), scroller);
  gtk_box_append (GTK_BOX (self->box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (self->box), self->new_button);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  /* the rows are made for the first trajectory, or when shown without one:
   * a window sets its trajectory before it is shown, and builds them once */
}

static void
lp_palette_realize (GtkWidget *widget)
{
  LpPalette *self = LP_PALETTE (widget);

  GTK_WIDGET_CLASS (lp_palette_parent_class)->realize (widget);
  if (self->kinds == NULL)
    bind_kinds (self);
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
  g_set_object (&self->trajectory, trajectory);
  if (self->list != NULL)
    bind_kinds (self);
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
