/* lp-module-editor.c — the editor panel for the selected module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each field is committed as one undo step when the user presses Enter or
 * leaves the field (never per key); invalid input is shown inline and is
 * never stored.
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "core/lp-kind-list.h"
#include "core/lp-library.h"
#include "core/lp-module-text.h"
#include "lp-comments-section.h"
#include "lp-agenda-section.h"
#include "lp-date-entry.h"
#include "lp-field-restore.h"
#include "lp-module-editor-private.h"
#include "lp-resources.h"
#include "lp-series-edit.h"

typedef enum {
  F_TITLE, F_START, F_END, F_START_TIME, F_END_TIME, F_FACILITATORS, F_COUNT,
  F_PARTICIPANTS, F_LOCATION, F_GOALS, F_PREPARATION, F_DESCRIPTION, F_NOTES,
  N_FIELDS
} Field;

struct _LpModuleEditor
{
  GtkWidget     parent_instance;

  GtkWidget    *stack;
  GtkWidget    *form;              /* NULL until a module is first shown */
  GtkWidget    *fields[N_FIELDS];  /* the form's, by Field */
  GtkWidget    *errors[N_FIELDS];  /* the error line under each entry; NULL for dates (their own) */
  GtkWidget    *status;
  GtkWidget    *kind;
  GtkWidget    *track;
  GtkWidget    *comments_section;
  GtkWidget    *agenda_section;

  LpTrajectory *trajectory;
  LpModule     *module;
  LpKindList   *kinds;      /* the kind drop-down's model */
  LpFieldRestore *restore[N_FIELDS];  /* Escape in each field; owned by the field */
  gboolean      updating;
  LpSeriesEdit *series_edit;  /* asks "only this one or the whole series?" */
};

G_DEFINE_FINAL_TYPE (LpModuleEditor, lp_module_editor, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_TRAJECTORY, PROP_MODULE, N_PROPS };

static GParamSpec *properties[N_PROPS];

/* The ids of the fields in ui/lp-module-form.ui, by Field. */
static const char * const field_ids[N_FIELDS] = {
  "title", "start", "end", "start_time", "end_time", "facilitators", "count",
  "participants", "location", "goals", "preparation", "description", "notes",
};

/* The module property each field edits, by Field. */
static const char * const field_properties[N_FIELDS] = {
  "title", "start", "end", "start-time", "end-time", "facilitators", "participants-count",
  "participants", "location", "goals", "preparation", "description", "notes",
};

static gboolean
is_text_view (Field f)
{
  return f >= F_GOALS;
}

static gboolean
is_date (Field f)
{
  return f == F_START || f == F_END;
}

/* Where the text of a field is typed: a date field's entry, or the field. */
static GtkWidget *
typing_widget (LpModuleEditor *self,
               Field           f)
{
  return is_date (f) ? lp_date_entry_get_entry (LP_DATE_ENTRY (self->fields[f])) : self->fields[f];
}

static Field
widget_field (GtkWidget *widget)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (widget), "lp-field"));
}

static char *
get_field_text (LpModuleEditor *self,
                Field           f)
{
  if (is_text_view (f))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->fields[f]));
      GtkTextIter a, b;

      gtk_text_buffer_get_bounds (buffer, &a, &b);
      return gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (typing_widget (self, f))));
}

static void
set_field_text (LpModuleEditor *self,
                Field           f,
                const char     *text)
{
  if (text == NULL)
    text = "";
  if (gtk_widget_has_focus (self->fields[f]) ||
      (is_text_view (f) && gtk_widget_is_focus (self->fields[f])))
    return; /* never clobber what the user is typing */
  if (is_text_view (f))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->fields[f])), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (self->fields[f]), text);
}

/* The message (NULL clears) shows under field f, never under another. */
static void
show_error (LpModuleEditor *self,
            Field           f,
            const char     *message)
{
  if (is_date (f))
    {
      lp_date_entry_set_error (LP_DATE_ENTRY (self->fields[f]), message);
      return;
    }
  if (self->errors[f] == NULL)
    return;
  gtk_label_set_text (GTK_LABEL (self->errors[f]), message ? message : "");
  gtk_widget_set_visible (self->errors[f], message != NULL);
  if (message == NULL)
    {
      gtk_widget_remove_css_class (self->fields[f], "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->fields[f]), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  gtk_widget_add_css_class (self->fields[f], "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->fields[f]),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
}

static const char *
field_error (LpModuleEditor *self,
             Field           f)
{
  if (is_date (f))
    return lp_date_entry_get_error (LP_DATE_ENTRY (self->fields[f]));
  if (self->errors[f] == NULL || !gtk_widget_get_visible (self->errors[f]))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (self->errors[f]));
}

static void
clear_errors (LpModuleEditor *self)
{
  for (guint i = 0; self->form != NULL && i < N_FIELDS; i++)
    show_error (self, i, NULL);
}

/* The drop-down shows the module's kind; the title, when empty, its name. */
static void
select_kind (LpModuleEditor *self)
{
  LpKind *current;
  guint position = GTK_INVALID_LIST_POSITION;
  gboolean updating = self->updating;

  if (self->module == NULL || self->trajectory == NULL)
    return;
  current = lp_trajectory_get_module_kind (self->trajectory, self->module);
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->fields[F_TITLE]), lp_kind_get_name (current));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->kinds)); i++)
    {
      g_autoptr(LpKind) kind = g_list_model_get_item (G_LIST_MODEL (self->kinds), i);

      if (kind == current)
        position = i;
    }
  self->updating = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->kind), position);
  self->updating = updating;
}

/* A wrapping, left-aligned label. */
static GtkWidget *
new_text_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

/* The lane drop-down lists the lanes and shows the module's own. */
static void
show_tracks (LpModuleEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *tracks = lp_trajectory_get_tracks (self->trajectory);

  for (guint i = 0; i < g_list_model_get_n_items (tracks); i++)
    {
      g_autoptr(LpTrack) t = g_list_model_get_item (tracks, i);
      gtk_string_list_append (names, lp_track_get_name (t));
    }
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->track), G_LIST_MODEL (names));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->track),
                              (guint) lp_trajectory_get_track_index (self->trajectory,
                                                                     lp_module_get_track (self->module)));
}

static void ensure_form (LpModuleEditor *self);

static void
refresh (LpModuleEditor *self)
{
  LpModule *m = self->module;

  if (m == NULL || self->trajectory == NULL)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
      return;
    }
  ensure_form (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "editor");
  self->updating = TRUE;

  for (Field f = F_TITLE; f < N_FIELDS; f++)
    if (!is_date (f))
      {
        g_autofree char *text = lp_module_property_to_text (m, field_properties[f]);
        set_field_text (self, f, text);
      }
  lp_date_entry_set_date (LP_DATE_ENTRY (self->fields[F_START]), lp_module_get_start (m));
  lp_date_entry_set_date (LP_DATE_ENTRY (self->fields[F_END]), lp_module_get_end (m));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->status), lp_module_get_status (m));

  select_kind (self);
  show_tracks (self);
  self->updating = FALSE;
}

/* What the date field says now; the module's date when it says no date. */
static LpDate
typed_date (LpModuleEditor *self,
            Field           f)
{
  LpDate date;

  if (!lp_date_entry_get_typed_date (LP_DATE_ENTRY (self->fields[f]), &date))
    date = f == F_START ? lp_module_get_start (self->module) : lp_module_get_end (self->module);
  return date;
}

/* "Change only this one or the whole series?" cancelled: the fields show
 * the module again. */
static void
on_series_edit_cancelled (gpointer data)
{
  LpModuleEditor *self = data;

  if (self->module != NULL && self->stack != NULL)
    refresh (self);
}

/* Start and end are checked together, as both fields say them now: fixing
 * either field of a start after the end clears the error on both; a start
 * typed after the module's end moves it. */
static void
commit_dates (LpModuleEditor *self,
              Field           f)
{
  LpTrajectory *t = self->trajectory;
  Field other = f == F_START ? F_END : F_START;
  LpDate start, end;

  if (!lp_date_entry_get_typed_date (LP_DATE_ENTRY (self->fields[f]), NULL))
    {
      show_error (self, f, _("This is no date. Write it as 15 March 2028 or 15-3-2028."));
      return;
    }
  start = typed_date (self, F_START);
  end = typed_date (self, F_END);
  show_error (self, f, NULL);
  if (lp_date_entry_get_typed_date (LP_DATE_ENTRY (self->fields[other]), NULL))
    show_error (self, other, NULL);
  /* a start after the end it had moves the module and keeps its length */
  if (end < start && f == F_START && end == lp_module_get_end (self->module))
    end = start + (lp_module_get_end (self->module) - lp_module_get_start (self->module));
  if (end < start)
    {
      show_error (self, f, _("The module cannot end before it starts."));
      return;
    }
  if (start < lp_trajectory_get_span_start (t) || end > lp_trajectory_get_span_end (t))
    {
      show_error (self, f, _("The date lies outside the trajectory’s dates."));
      return;
    }
  lp_trajectory_move_module (t, self->module, NULL, start, end);
}

static void
commit_field (LpModuleEditor *self,
              Field           f)
{
  LpModule *m = self->module;
  g_autofree char *text = NULL;
  LpTrajectory *t = self->trajectory;
  g_auto(GValue) value = G_VALUE_INIT;
  const char *message = NULL;

  if (m == NULL || t == NULL || self->updating)
    return;
  if (is_date (f))
    {
      commit_dates (self, f);
      return;
    }
  text = get_field_text (self, f);
  g_strstrip (text);
  show_error (self, f, NULL);

  if (!lp_module_property_from_text (field_properties[f], text, &value, &message))
    {
      show_error (self, f, message);
      return;
    }
  lp_series_edit_set_value (self->series_edit, GTK_WIDGET (self), t, m, field_properties[f], &value);
}

/* Enter stores the field; Escape then restores what it stored. */
static void
commit_and_keep (LpModuleEditor *self,
                 Field           f)
{
  commit_field (self, f);
  if (field_error (self, f) == NULL)
    lp_field_restore_keep (self->restore[f]);
}

static void
on_entry_activate_cb (GtkEntry       *entry,
                      LpModuleEditor *self)
{
  commit_and_keep (self, widget_field (GTK_WIDGET (entry)));
}

static void
on_date_committed_cb (LpDateEntry    *entry,
                      guint           date,
                      LpModuleEditor *self)
{
  commit_and_keep (self, widget_field (GTK_WIDGET (entry)));
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   LpModuleEditor          *self)
{
  commit_field (self, widget_field (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

static void
on_field_restored_cb (LpFieldRestore *restore,
                      LpModuleEditor *self)
{
  for (guint i = 0; i < N_FIELDS; i++)
    if (self->restore[i] == restore)
      show_error (self, i, NULL);
}

static void
on_status_selected_cb (GtkDropDown    *dropdown,
                       GParamSpec     *pspec,
                       LpModuleEditor *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->updating || self->module == NULL || selected >= LP_N_STATUSES)
    return;
  g_value_init (&value, LP_TYPE_STATUS);
  g_value_set_enum (&value, (int) selected);
  lp_series_edit_set_value (self->series_edit, GTK_WIDGET (self), self->trajectory, self->module, "status", &value);
}

static void
on_kind_selected_cb (GtkDropDown    *dropdown,
                     GParamSpec     *pspec,
                     LpModuleEditor *self)
{
  LpKind *kind = gtk_drop_down_get_selected_item (dropdown);
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->updating || self->module == NULL || kind == NULL)
    return;
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, lp_kind_get_id (kind));
  lp_series_edit_set_value (self->series_edit, GTK_WIDGET (self), self->trajectory, self->module, "kind", &value);
}

static void
on_track_selected_cb (GtkDropDown    *dropdown,
                      GParamSpec     *pspec,
                      LpModuleEditor *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  GListModel *tracks;
  g_autoptr(LpTrack) track = NULL;

  if (self->updating || self->module == NULL)
    return;
  tracks = lp_trajectory_get_tracks (self->trajectory);
  if (selected >= g_list_model_get_n_items (tracks))
    return;
  track = g_list_model_get_item (tracks, selected);
  lp_trajectory_move_module (self->trajectory, self->module, track,
                             lp_module_get_start (self->module), lp_module_get_end (self->module));
}

static void
on_module_changed_cb (LpTrajectory   *trajectory,
                      LpModule       *module,
                      const char     *property,
                      LpModuleEditor *self)
{
  if (module == self->module)
    refresh (self);
}

/* Renaming a kind (or any change to the kinds) shows at once; the
 * drop-down's own reaction to the change never counts as a choice. */
static void
on_kinds_changing_cb (GListModel     *kinds,
                      guint           position,
                      guint           removed,
                      guint           added,
                      LpModuleEditor *self)
{
  self->updating = TRUE;
}

static void
on_kinds_changed_cb (GListModel     *kinds,
                     guint           position,
                     guint           removed,
                     guint           added,
                     LpModuleEditor *self)
{
  self->updating = FALSE;
  /* the drop-down shows a kind as it was when chosen: choose it anew */
  if (self->module != NULL)
    {
      self->updating = TRUE;
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->kind), GTK_INVALID_LIST_POSITION);
      self->updating = FALSE;
    }
  select_kind (self);
}

static void
on_trajectory_changed_cb (LpTrajectory   *trajectory,
                          LpModuleEditor *self)
{
  if (self->module != NULL &&
      lp_trajectory_lookup_module (trajectory, lp_module_get_id (self->module)) != self->module)
    lp_module_editor_set_module (self, NULL);
}

static void
lp_module_editor_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LpModuleEditor *self = LP_MODULE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_TRAJECTORY: g_value_set_object (value, self->trajectory); break;
    case PROP_MODULE: g_value_set_object (value, self->module); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_module_editor_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  LpModuleEditor *self = LP_MODULE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_TRAJECTORY: lp_module_editor_set_trajectory (self, g_value_get_object (value)); break;
    case PROP_MODULE: lp_module_editor_set_module (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_module_editor_dispose (GObject *object)
{
  LpModuleEditor *self = (LpModuleEditor *) object;

  lp_module_editor_set_trajectory (self, NULL);
  g_clear_pointer (&self->series_edit, lp_series_edit_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), LP_TYPE_MODULE_EDITOR);
  self->stack = NULL;
  self->form = NULL;
  G_OBJECT_CLASS (lp_module_editor_parent_class)->dispose (object);
}

/* The form's widgets, by their ids in lp-module-form.ui. */
static void
take_form_widgets (LpModuleEditor *self,
                   GtkBuilder     *builder)
{
  self->form = GTK_WIDGET (gtk_builder_get_object (builder, "form"));
  for (guint i = 0; i < N_FIELDS; i++)
    self->fields[i] = GTK_WIDGET (gtk_builder_get_object (builder, field_ids[i]));
  self->status = GTK_WIDGET (gtk_builder_get_object (builder, "status"));
  self->kind = GTK_WIDGET (gtk_builder_get_object (builder, "kind"));
  self->track = GTK_WIDGET (gtk_builder_get_object (builder, "track"));
  self->comments_section = GTK_WIDGET (gtk_builder_get_object (builder, "comments_section"));
  self->agenda_section = GTK_WIDGET (gtk_builder_get_object (builder, "agenda_section"));
}

/* Each field's restore on Escape and error line, the drop-downs' models. */
static void
set_up_form (LpModuleEditor *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkExpression) kind_name = gtk_property_expression_new (LP_TYPE_KIND, NULL, "display-name");

  g_object_bind_property (self, "trajectory", self->comments_section, "trajectory", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "module", self->comments_section, "module", G_BINDING_SYNC_CREATE);
  /* the drop-down shows and searches the kinds by name */
  gtk_drop_down_set_expression (GTK_DROP_DOWN (self->kind), kind_name);
  if (self->kinds != NULL)
    gtk_drop_down_set_model (GTK_DROP_DOWN (self->kind), G_LIST_MODEL (self->kinds));

  for (guint i = 0; i < N_FIELDS; i++)
    {
      g_object_set_data (G_OBJECT (self->fields[i]), "lp-field", GINT_TO_POINTER (i));
      self->restore[i] = lp_field_restore_new (typing_widget (self, i));
      g_signal_connect_object (self->restore[i], "restored", G_CALLBACK (on_field_restored_cb), self, 0);
      if (is_date (i))
        {
          /* the caption names the entry inside, for screen readers too */
          GtkWidget *caption = gtk_widget_get_prev_sibling (self->fields[i]);
          gtk_label_set_mnemonic_widget (GTK_LABEL (caption), lp_date_entry_get_entry (LP_DATE_ENTRY (self->fields[i])));
        }
      else if (!is_text_view (i))
        {
          /* each entry's own error line, right under it */
          self->errors[i] = new_text_label (NULL);
          gtk_widget_add_css_class (self->errors[i], "error");
          gtk_widget_add_css_class (self->errors[i], "caption");
          gtk_widget_set_visible (self->errors[i], FALSE);
          gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (self->fields[i])), self->errors[i], self->fields[i]);
        }
    }

  for (guint i = 0; i < LP_N_STATUSES; i++)
    gtk_string_list_append (statuses, lp_status_get_label (i));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->status), G_LIST_MODEL (statuses));
}

/* The form is built when a module is first shown: a window that shows no
 * module (as every window starts) never pays for its sixty widgets. */
static void
ensure_form (LpModuleEditor *self)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GtkBuilderScope) scope = NULL;
  g_autoptr(GError) error = NULL;
  gboolean updating = self->updating;

  if (self->form != NULL)
    return;
  g_type_ensure (LP_TYPE_DATE_ENTRY);
  g_type_ensure (LP_TYPE_COMMENTS_SECTION);
  g_type_ensure (LP_TYPE_AGENDA_SECTION);
  builder = gtk_builder_new ();
  scope = gtk_builder_cscope_new ();
  gtk_builder_cscope_add_callback_symbols (GTK_BUILDER_CSCOPE (scope),
                                           "on_entry_activate_cb", G_CALLBACK (on_entry_activate_cb),
                                           "on_focus_leave_cb", G_CALLBACK (on_focus_leave_cb),
                                           "on_date_committed_cb", G_CALLBACK (on_date_committed_cb),
                                           "on_status_selected_cb", G_CALLBACK (on_status_selected_cb),
                                           "on_kind_selected_cb", G_CALLBACK (on_kind_selected_cb),
                                           "on_track_selected_cb", G_CALLBACK (on_track_selected_cb), NULL);
  gtk_builder_set_scope (builder, scope);
  gtk_builder_set_current_object (builder, G_OBJECT (self));
  gtk_builder_expose_object (builder, "LpModuleEditor", G_OBJECT (self));
  self->updating = TRUE;
  if (!gtk_builder_add_from_resource (builder, LP_UI_RESOURCE_PREFIX "/lp-module-form.ui", &error))
    g_error ("The editor's form is broken: %s", error->message);   /* a build error, never the user's */
  take_form_widgets (self, builder);
  gtk_stack_add_named (GTK_STACK (self->stack), self->form, "editor");
  set_up_form (self);
  self->updating = updating;
}

static void
lp_module_editor_class_init (LpModuleEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = lp_module_editor_dispose;
  object_class->get_property = lp_module_editor_get_property;
  object_class->set_property = lp_module_editor_set_property;

  properties[PROP_TRAJECTORY] =
    g_param_spec_object ("trajectory", NULL, NULL, LP_TYPE_TRAJECTORY, flags);
  properties[PROP_MODULE] =
    g_param_spec_object ("module", NULL, NULL, LP_TYPE_MODULE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  lp_ui_class_set_template (widget_class, "lp-module-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LpModuleEditor, stack);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "moduleeditor");
}

static void
lp_module_editor_init (LpModuleEditor *self)
{
  self->series_edit = lp_series_edit_new (on_series_edit_cancelled, self);
  /* the empty page's icon (also for windows without the application) */
  lp_ui_ensure_icons (gtk_widget_get_display (GTK_WIDGET (self)));
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
}

GtkWidget *
lp_module_editor_new (void)
{
  return g_object_new (LP_TYPE_MODULE_EDITOR, NULL);
}

LpTrajectory *
lp_module_editor_get_trajectory (LpModuleEditor *self)
{
  g_return_val_if_fail (LP_IS_MODULE_EDITOR (self), NULL);
  return self->trajectory;
}

void
lp_module_editor_set_trajectory (LpModuleEditor *self,
                                 LpTrajectory   *trajectory)
{
  g_return_if_fail (LP_IS_MODULE_EDITOR (self));

  if (self->trajectory == trajectory)
    return;
  lp_module_editor_set_module (self, NULL);
  if (self->trajectory != NULL)
    g_signal_handlers_disconnect_by_data (self->trajectory, self);
  if (self->kinds != NULL)
    g_signal_handlers_disconnect_by_data (self->kinds, self);
  if (self->form != NULL)
    gtk_drop_down_set_model (GTK_DROP_DOWN (self->kind), NULL);
  g_clear_object (&self->kinds);
  g_set_object (&self->trajectory, trajectory);
  if (trajectory != NULL)
    {
      g_signal_connect (trajectory, "module-changed", G_CALLBACK (on_module_changed_cb), self);
      g_signal_connect (trajectory, "changed", G_CALLBACK (on_trajectory_changed_cb), self);
      /* around the drop-down's own handler, which is connected later */
      self->kinds = lp_kind_list_new (trajectory);
      g_signal_connect (self->kinds, "items-changed", G_CALLBACK (on_kinds_changing_cb), self);
      g_signal_connect_after (self->kinds, "items-changed", G_CALLBACK (on_kinds_changed_cb), self);
      if (self->form != NULL)
        {
          self->updating = TRUE;
          gtk_drop_down_set_model (GTK_DROP_DOWN (self->kind), G_LIST_MODEL (self->kinds));
          self->updating = FALSE;
        }
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRAJECTORY]);
}

LpModule *
lp_module_editor_get_module (LpModuleEditor *self)
{
  g_return_val_if_fail (LP_IS_MODULE_EDITOR (self), NULL);
  return self->module;
}

void
lp_module_editor_set_module (LpModuleEditor *self,
                             LpModule       *module)
{
  g_return_if_fail (LP_IS_MODULE_EDITOR (self));

  if (self->module == module)
    return;
  /* what was typed in the previous module's field is kept */
  if (self->module != NULL && self->form != NULL)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
      for (guint i = 0; focus != NULL && i < N_FIELDS; i++)
        if (focus == self->fields[i] || gtk_widget_is_ancestor (focus, self->fields[i]))
          commit_field (self, i);
    }
  g_set_object (&self->module, module);
  lp_series_edit_reset (self->series_edit);
  if (self->stack != NULL)
    {
      clear_errors (self);
      refresh (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODULE]);
}

void
lp_module_editor_focus_first (LpModuleEditor *self)
{
  g_return_if_fail (LP_IS_MODULE_EDITOR (self));
  /* the title keeps its text unselected: the next key does not replace it */
  if (self->module != NULL)
    gtk_entry_grab_focus_without_selecting (GTK_ENTRY (self->fields[F_TITLE]));
}

gboolean
lp_module_editor_focus_agenda_item (LpModuleEditor *self, guint index)
{
  g_return_val_if_fail (LP_IS_MODULE_EDITOR (self), FALSE);
  return self->module != NULL &&
         lp_agenda_section_focus_item (LP_AGENDA_SECTION (self->agenda_section), index);
}

static int
field_by_name (const char *name)
{
  g_autofree char *id = g_strdelimit (g_strdup (name), "-", '_');   /* "start-time" is "start_time" in the .ui */

  for (guint i = 0; i < N_FIELDS; i++)
    if (g_strcmp0 (field_ids[i], id) == 0)
      return (int) i;
  return -1;
}

GtkWidget *
_lp_module_editor_get_field (LpModuleEditor *self,
                             const char     *name)
{
  g_return_val_if_fail (LP_IS_MODULE_EDITOR (self), NULL);
  ensure_form (self);
  return field_by_name (name) >= 0 ? typing_widget (self, field_by_name (name)) : NULL;
}

GtkWidget *
_lp_module_editor_get_date_entry (LpModuleEditor *self,
                                  const char     *name)
{
  int f;

  g_return_val_if_fail (LP_IS_MODULE_EDITOR (self), NULL);
  ensure_form (self);
  f = field_by_name (name);
  return f >= 0 && is_date (f) ? self->fields[f] : NULL;
}

const char *
_lp_module_editor_get_error (LpModuleEditor *self,
                             const char     *name)
{
  g_return_val_if_fail (LP_IS_MODULE_EDITOR (self), NULL);
  ensure_form (self);
  return field_by_name (name) >= 0 ? field_error (self, field_by_name (name)) : NULL;
}

GtkWidget *
_lp_module_editor_get_drop_down (LpModuleEditor *self,
                                 const char     *name)
{
  g_return_val_if_fail (LP_IS_MODULE_EDITOR (self), NULL);
  ensure_form (self);
  return g_strcmp0 (name, "kind") == 0 ? self->kind : g_strcmp0 (name, "track") == 0 ? self->track
         : g_strcmp0 (name, "status") == 0 ? self->status : NULL;
}
