/* lp-kind-dialog.c — create or edit one of the project's own module kinds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "core/lp-kind-list.h"
#include "core/lp-library.h"
#include "lp-a11y-names.h"
#include "lp-kind-dialog-private.h"
#include "lp-resources.h"

struct _LpKindDialog
{
  AdwWindow     parent_instance;

  LpTrajectory *trajectory;
  LpKind       *kind;             /* being edited; the new one after create */
  GPtrArray    *work_form_ids;    /* char*, parallel to the work-form model */
  gboolean      editing;

  /* template children */
  GtkWidget    *save_button;
  GtkWidget    *name_row;
  GtkWidget    *name_error;
  GtkWidget    *theme_row;
  GtkWidget    *work_form_row;
  GtkWidget    *days_row;
  GtkWidget    *days_spin;
  GtkWidget    *theme_color_row;
  GtkWidget    *theme_color_switch;
  GtkWidget    *color_row;
  GtkWidget    *color_button;
};

G_DEFINE_FINAL_TYPE (LpKindDialog, lp_kind_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
label_input (GtkWidget *input,
             GtkWidget *row)
{
  g_autofree char *label = lp_a11y_strip_mnemonic (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));

  /* the row's title once, not also the title label the row points to */
  lp_a11y_set_name (input, label);
}

static const LpTheme *
selected_theme (LpKindDialog *self)
{
  guint index = adw_combo_row_get_selected (ADW_COMBO_ROW (self->theme_row));

  if (index >= lp_library_get_n_themes ())
    return lp_library_get_theme ("other");
  return lp_library_get_theme_nth (index);
}

static const char *
selected_work_form (LpKindDialog *self)
{
  guint index = adw_combo_row_get_selected (ADW_COMBO_ROW (self->work_form_row));

  if (index >= self->work_form_ids->len)
    return "other";
  return g_ptr_array_index (self->work_form_ids, index);
}

/* "#rrggbb" of the colour button, or NULL when the theme's colour is used */
static char *
selected_color (LpKindDialog *self)
{
  GdkRGBA rgba;

  if (gtk_switch_get_active (GTK_SWITCH (self->theme_color_switch)))
    return NULL;
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
  return lp_color_to_hex ((const double[]) { rgba.red, rgba.green, rgba.blue });
}

static void
show_color (LpKindDialog *self,
            const char   *color)
{
  GdkRGBA rgba;

  if (color != NULL && gdk_rgba_parse (&rgba, color))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
}

/* message NULL: the name is fine. */
static void
set_name_error (LpKindDialog *self,
                const char   *message)
{
  gboolean error = message != NULL;

  if (error)
    gtk_label_set_text (GTK_LABEL (self->name_error), message);
  gtk_widget_set_visible (self->name_error, error);
  if (error)
    gtk_widget_add_css_class (self->name_row, "error");
  else
    gtk_widget_remove_css_class (self->name_row, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->name_row), GTK_ACCESSIBLE_STATE_INVALID,
                               error ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE, -1);
}

#define OWN_ID_PREFIX "own-"
/* The longest id before a number is added to make it unique. */
#define MAX_ID_BASE_LENGTH 36

/* "own-" and an NCName-safe slug of the name, unique among all kinds (own
 * and built-in, so that the new kind never shadows a built-in one) */
static char *
make_kind_id (LpTrajectory *trajectory,
              const char   *name)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  g_autoptr(GString) base = g_string_new (OWN_ID_PREFIX);
  gboolean dash = FALSE;
  char *id;

  for (const char *p = ascii; *p != '\0' && base->len < MAX_ID_BASE_LENGTH; p++)
    {
      if (!g_ascii_isalnum (*p))
        {
          dash = TRUE;
          continue;
        }
      if (dash && base->len > strlen (OWN_ID_PREFIX))
        g_string_append_c (base, '-');
      dash = FALSE;
      g_string_append_c (base, g_ascii_tolower (*p));
    }
  if (base->len == strlen (OWN_ID_PREFIX))
    g_string_append (base, "kind");

  id = g_strdup (base->str);
  for (guint n = 2; lp_trajectory_lookup_kind (trajectory, id) != NULL; n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base->str, n);
    }
  return id;
}

static void
populate (LpKindDialog *self)
{
  g_autoptr(GtkStringList) themes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) forms = gtk_string_list_new (NULL);
  const char * const *work_forms = lp_library_get_work_forms ();
  const char *theme_id = self->kind ? lp_kind_get_theme_id (self->kind) : "other";
  const char *work_form = self->kind ? lp_kind_get_work_form (self->kind) : "workshop";
  guint theme_index = G_MAXUINT, other_index = 0, form_index = G_MAXUINT;

  for (guint i = 0; i < lp_library_get_n_themes (); i++)
    {
      const LpTheme *theme = lp_library_get_theme_nth (i);

      gtk_string_list_append (themes, lp_theme_get_name (theme));
      if (g_strcmp0 (theme->id, theme_id) == 0)
        theme_index = i;
      if (g_strcmp0 (theme->id, "other") == 0)
        other_index = i;
    }
  if (theme_index == G_MAXUINT)
    theme_index = other_index;

  for (guint i = 0; work_forms[i] != NULL; i++)
    {
      gtk_string_list_append (forms, lp_library_get_work_form_label (work_forms[i]));
      g_ptr_array_add (self->work_form_ids, g_strdup (work_forms[i]));
      if (g_strcmp0 (work_forms[i], work_form) == 0)
        form_index = i;
    }
  if (form_index == G_MAXUINT)
    {
      /* a file may use a work form the program does not know: keep it */
      form_index = self->work_form_ids->len;
      gtk_string_list_append (forms, work_form);
      g_ptr_array_add (self->work_form_ids, g_strdup (work_form));
    }

  adw_combo_row_set_model (ADW_COMBO_ROW (self->theme_row), G_LIST_MODEL (themes));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->theme_row), theme_index);
  adw_combo_row_set_model (ADW_COMBO_ROW (self->work_form_row), G_LIST_MODEL (forms));
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->work_form_row), form_index);

  if (self->kind != NULL)
    {
      const char *color = lp_kind_get_color (self->kind);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Module Kind"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("_Save"));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), lp_kind_get_name (self->kind));
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->days_spin), lp_kind_get_days (self->kind));
      gtk_switch_set_active (GTK_SWITCH (self->theme_color_switch), color == NULL);
      show_color (self, color != NULL ? color : selected_theme (self)->color);
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Module Kind"));
      gtk_button_set_label (GTK_BUTTON (self->save_button), _("C_reate"));
      show_color (self, selected_theme (self)->color);
    }
  gtk_widget_set_sensitive (self->color_row, !gtk_switch_get_active (GTK_SWITCH (self->theme_color_switch)));
  set_name_error (self, NULL);
}

/* Why the name cannot be taken (a newly allocated message), or NULL when it
 * can: it must not be empty, nor any other kind's name in another case. */
static char *
check_name (LpKindDialog *self,
            const char   *name)
{
  g_autoptr(LpKindList) kinds = NULL;
  LpKind *same;

  if (*name == '\0')
    return g_strdup (_("Give the module kind a name."));
  kinds = lp_kind_list_new (self->trajectory);
  same = lp_kind_list_find_name (kinds, name, self->kind);
  if (same == NULL)
    return NULL;
  /* Translators: %s is the name of an existing module kind */
  return g_strdup_printf (_("There is already a module kind called “%s”. Choose another name."),
                          lp_kind_get_name (same));
}

static void
on_name_changed_cb (LpKindDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  g_autofree char *name = g_strstrip (g_strdup (text));
  g_autofree char *problem = NULL;

  if (self->work_form_ids == NULL || *name == '\0')
    return;   /* an empty name is pointed out when saving */
  problem = check_name (self, name);
  set_name_error (self, problem);
}

static void
on_theme_selected_cb (LpKindDialog *self)
{
  if (self->work_form_ids == NULL)
    return;
  if (gtk_switch_get_active (GTK_SWITCH (self->theme_color_switch)))
    show_color (self, selected_theme (self)->color);
}

static void
on_theme_color_toggled_cb (LpKindDialog *self)
{
  gboolean use_theme = gtk_switch_get_active (GTK_SWITCH (self->theme_color_switch));

  gtk_widget_set_sensitive (self->color_row, !use_theme);
  if (use_theme && self->work_form_ids != NULL)
    show_color (self, selected_theme (self)->color);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LpKindDialog *self = LP_KIND_DIALOG (widget);

  if (lp_kind_dialog_apply (self))
    gtk_window_destroy (GTK_WINDOW (self));
  else
    gtk_widget_grab_focus (self->name_row);
}

static void
lp_kind_dialog_dispose (GObject *object)
{
  LpKindDialog *self = LP_KIND_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LP_TYPE_KIND_DIALOG);
  g_clear_object (&self->trajectory);
  g_clear_object (&self->kind);
  g_clear_pointer (&self->work_form_ids, g_ptr_array_unref);
  G_OBJECT_CLASS (lp_kind_dialog_parent_class)->dispose (object);
}

static void
lp_kind_dialog_class_init (LpKindDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lp_kind_dialog_dispose;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, LP_TYPE_KIND);

  lp_ui_class_set_template (widget_class, "lp-kind-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LpKindDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, LpKindDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, LpKindDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, LpKindDialog, theme_row);
  gtk_widget_class_bind_template_child (widget_class, LpKindDialog, work_form_row);
  gtk_widget_class_bind_template_child (widget_class, LpKindDialog, days_row);
  gtk_widget_class_bind_template_child (widget_class, LpKindDialog, days_spin);
  gtk_widget_class_bind_template_child (widget_class, LpKindDialog, theme_color_row);
  gtk_widget_class_bind_template_child (widget_class, LpKindDialog, theme_color_switch);
  gtk_widget_class_bind_template_child (widget_class, LpKindDialog, color_row);
  gtk_widget_class_bind_template_child (widget_class, LpKindDialog, color_button);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_theme_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_theme_color_toggled_cb);

  gtk_widget_class_install_action (widget_class, "kind.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lp_kind_dialog_init (LpKindDialog *self)
{
  GtkWidget *name_text;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* screen readers announce each input with its row's title */
  name_text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->name_row)));
  label_input (self->name_row, self->name_row);
  if (name_text != NULL)
    {
      /* a name holds no more than a file does */
      gtk_text_set_max_length (GTK_TEXT (name_text), LP_MAX_SHORT_TEXT);
      label_input (name_text, self->name_row);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (name_text), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                      self->name_error, NULL, -1);
    }
  label_input (self->theme_row, self->theme_row);
  label_input (self->work_form_row, self->work_form_row);
  label_input (self->days_spin, self->days_row);
  label_input (self->theme_color_switch, self->theme_color_row);
  label_input (self->color_button, self->color_row);
  /* what a screen reader meets is the colour button's own button */
  for (GtkWidget *part = gtk_widget_get_first_child (self->color_button); part != NULL;
       part = gtk_widget_get_next_sibling (part))
    if (GTK_IS_BUTTON (part))
      label_input (part, self->color_row);

  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  gtk_widget_grab_focus (self->name_row);
}

LpKindDialog *
lp_kind_dialog_new (GtkWindow    *parent,
                    LpTrajectory *trajectory,
                    LpKind       *kind)
{
  LpKindDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), NULL);
  g_return_val_if_fail (kind == NULL || LP_IS_KIND (kind), NULL);
  g_return_val_if_fail (kind == NULL || !lp_kind_is_builtin (kind), NULL);

  self = g_object_new (LP_TYPE_KIND_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->trajectory = g_object_ref (trajectory);
  self->kind = kind ? g_object_ref (kind) : NULL;
  self->editing = kind != NULL;
  self->work_form_ids = g_ptr_array_new_with_free_func (g_free);
  populate (self);
  return self;
}

LpTrajectory *
lp_kind_dialog_get_trajectory (LpKindDialog *self)
{
  g_return_val_if_fail (LP_IS_KIND_DIALOG (self), NULL);
  return self->trajectory;
}

LpKind *
lp_kind_dialog_get_kind (LpKindDialog *self)
{
  g_return_val_if_fail (LP_IS_KIND_DIALOG (self), NULL);
  return self->kind;
}

gboolean
lp_kind_dialog_apply (LpKindDialog *self)
{
  g_autofree char *name = NULL;
  g_autofree char *color = NULL;
  g_autofree char *problem = NULL;
  const char *theme_id, *work_form;
  guint days;

  g_return_val_if_fail (LP_IS_KIND_DIALOG (self), FALSE);

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  problem = check_name (self, name);
  set_name_error (self, problem);
  if (problem != NULL)
    return FALSE;

  theme_id = selected_theme (self)->id;
  work_form = selected_work_form (self);
  days = (guint) gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->days_spin));
  color = selected_color (self);

  if (self->editing)
    {
      LpKind *kind = self->kind;

      /* undone while the dialog was open: nothing left to edit */
      if (lp_trajectory_lookup_own_kind (self->trajectory, lp_kind_get_id (kind)) != kind)
        return FALSE;

      /* only what changed, as one undo step */
      lp_trajectory_begin_group (self->trajectory, _("Edit Kind"));
      lp_trajectory_set_string (self->trajectory, kind, "name", name);
      lp_trajectory_set_string (self->trajectory, kind, "theme", theme_id);
      lp_trajectory_set_string (self->trajectory, kind, "work-form", work_form);
      lp_trajectory_set_uint (self->trajectory, kind, "days", days);
      lp_trajectory_set_string (self->trajectory, kind, "color", color);
      lp_trajectory_end_group (self->trajectory);
    }
  else
    {
      g_autofree char *id = NULL;
      g_autoptr(LpKind) kind = NULL;

      /* applying twice creates one kind */
      if (self->kind != NULL)
        return TRUE;

      id = make_kind_id (self->trajectory, name);
      kind = lp_kind_new (id);
      lp_kind_set_name (kind, name);
      lp_kind_set_theme_id (kind, theme_id);
      lp_kind_set_work_form (kind, work_form);
      lp_kind_set_days (kind, days);
      lp_kind_set_color (kind, color);
      lp_trajectory_add_kind (self->trajectory, kind);
      self->kind = g_steal_pointer (&kind);
    }

  g_signal_emit (self, signals[SAVED], 0, self->kind);
  return TRUE;
}

GtkWidget *
_lp_kind_dialog_get_widget (LpKindDialog *self,
                            const char   *name)
{
  static const struct {
    const char *name;
    goffset     offset;
  } widgets[] = {
    { "name", G_STRUCT_OFFSET (LpKindDialog, name_row) },
    { "name-error", G_STRUCT_OFFSET (LpKindDialog, name_error) },
    { "theme", G_STRUCT_OFFSET (LpKindDialog, theme_row) },
    { "work-form", G_STRUCT_OFFSET (LpKindDialog, work_form_row) },
    { "days", G_STRUCT_OFFSET (LpKindDialog, days_spin) },
    { "theme-color", G_STRUCT_OFFSET (LpKindDialog, theme_color_switch) },
    { "color", G_STRUCT_OFFSET (LpKindDialog, color_button) },
    { "save", G_STRUCT_OFFSET (LpKindDialog, save_button) },
  };

  g_return_val_if_fail (LP_IS_KIND_DIALOG (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    if (strcmp (widgets[i].name, name) == 0)
      return G_STRUCT_MEMBER (GtkWidget *, self, widgets[i].offset);
  return NULL;
}
