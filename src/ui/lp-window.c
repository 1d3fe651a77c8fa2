/* lp-window.c — one trajectory document window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "core/lp-date.h"
#include "io/lp-file-names.h"
#include "io/lp-file-stamp.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"
#include "lp-a11y-names.h"
#include "lp-confirm.h"
#include "lp-draft-store.h"
#include "lp-editor-toggle.h"
#include "lp-export-dialog.h"
#include "lp-second-line.h"
#include "lp-module-editor.h"
#include "lp-palette.h"
#include "lp-pane-keys.h"
#include "lp-print-operation.h"
#include "lp-properties-dialog.h"
#include "lp-recent-menu.h"
#include "lp-review-view.h"
#include "lp-surface-guard.h"
#include "lp-resources.h"
#include "lp-timeline-view.h"
#include "lp-undo-toast.h"
#include "lp-toast-util.h"
#include "lp-window-compare.h"
#include "lp-window-internal.h"
#include "lp-window-private.h"


G_DEFINE_FINAL_TYPE (LpWindow, lp_window, ADW_TYPE_APPLICATION_WINDOW)

enum { PROP_0, PROP_DOCUMENT, N_PROPS };

static void lp_window_set_trajectory (LpWindow *self, LpTrajectory *trajectory);

/* @text without the characters that set the direction of what follows
 * them (embeddings, overrides, isolates: a hostile title's U+202E would
 * turn "— Leerplaats" around); *rtl set when a letter of a script written
 * right to left remains. */
static char *
without_direction_controls (const char *text,
                            gboolean   *rtl)
{
  GString *out = g_string_new (NULL);

  *rtl = FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        continue;
      *rtl |= (c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF) ||
              (c >= 0x10800 && c <= 0x10FFF) || (c >= 0x1E800 && c <= 0x1EFFF);
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
update_title (LpWindow *self)
{
  const char *title = lp_trajectory_get_title (self->trajectory);
  gboolean modified = lp_history_is_modified (lp_trajectory_get_history (self->trajectory));
  g_autofree char *text = NULL;
  g_autofree char *plain = NULL, *isolated = NULL;
  gboolean rtl;

  if (title == NULL || *title == '\0')
    title = _("Untitled trajectory");
  /* a title written right to left stays inside U+2068 FIRST STRONG
   * ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, after a mark of the
   * interface's direction (Pango takes the first strong letter for the
   * whole line): "— Leerplaats" keeps its place */
  title = plain = without_direction_controls (title, &rtl);
  if (rtl)
    title = isolated = g_strconcat (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL
                                    ? "\u200F\u2068" : "\u200E\u2068", plain, "\u2069", NULL);
  /* TRANSLATORS: window title of a trajectory with unsaved changes */
  text = modified ? g_strdup_printf (_("• %s — Leerplaats"), title)
                  : g_strdup_printf (_("%s — Leerplaats"), title);
  gtk_window_set_title (GTK_WINDOW (self), text);
}

static void
update_actions (LpWindow *self)
{
  LpHistory *history = lp_trajectory_get_history (self->trajectory);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", lp_history_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", lp_history_can_redo (history));
}

char *
lp_window_get_drafts_dir (void)
{
  return lp_draft_store_get_dir ();
}

static void
on_history_changed_cb (LpHistory *history,
                       LpWindow  *self)
{
  update_title (self);
  update_actions (self);
  /* Reload is offered only while nothing unsaved would be lost */
  if (lp_document_get_disk_changed (self->document) && self->disk_toast != NULL &&
      self->disk_toast_reload == lp_window_is_modified (self))
    _lp_window_show_disk_toast (self);
}

static void
on_trajectory_changed_cb (LpTrajectory *trajectory,
                          LpWindow     *self)
{
  update_title (self);
}

static void
on_recent_changed_cb (GtkRecentManager *manager,
                      LpWindow         *self)
{
  lp_recent_menu_rebuild (self->recent_menu);
}

/* The editor panel keeps its width when the window is resized (the paned
 * does not resize it); remember that width rather than the divider position. */
static void
on_inner_paned_notify_cb (GtkPaned   *paned,
                          GParamSpec *pspec,
                          LpWindow   *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (paned));
  int position = gtk_paned_get_position (paned);

  /* while the editor lies over the timeline (a narrow window) it has no width here */
  if (self->settings == NULL || width <= 0 || gtk_paned_get_end_child (paned) == NULL)
    return;
  if (!self->editor_width_applied)
    {
      int editor_width = g_settings_get_int (self->settings, "editor-width");

      self->editor_width_applied = TRUE;
      gtk_paned_set_position (paned, MAX (width - editor_width, 0));
      return;
    }
  if (g_str_equal (pspec->name, "position"))
    g_settings_set_int (self->settings, "editor-width", MAX (width - position, 0));
}

static void
on_kind_activated_cb (LpPalette *palette,
                      LpKind    *kind,
                      LpWindow  *self)
{
  if (lp_timeline_view_place_kind (self->timeline, kind) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->timeline));
}

static void
on_module_activated_cb (LpTimelineView *view,
                        LpModule       *module,
                        LpWindow       *self)
{
  if (lp_presentation_is_active (self->presentation))
    {
      lp_presentation_show_card (self->presentation, module);
      return;
    }
  lp_editor_toggle_reveal (self->editor_toggle);
  lp_module_editor_focus_first (self->editor);
}

static gboolean
destroy_window_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_close_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      LpWindow         *self)
{
  if (g_str_equal (response, "discard"))
    {
      lp_document_discard_draft (self->document);
      self->closing = TRUE;
      /* after the dialog, which is transient for this window, has finished
       * its response and let go of it */
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_window_cb, g_object_ref (self), g_object_unref);
    }
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      gtk_widget_activate_action (GTK_WIDGET (self), "win.save", NULL);
    }
}

static gboolean
lp_window_close_request (GtkWindow *window)
{
  LpWindow *self = LP_WINDOW (window);
  GtkWidget *dialog;
  const char *title;
  g_autofree char *heading = NULL;

  if (self->closing || !lp_window_is_modified (self))
    {
      lp_document_discard_draft (self->document);
      return GTK_WINDOW_CLASS (lp_window_parent_class)->close_request (window);
    }

  title = lp_trajectory_get_title (self->trajectory);
  heading = g_strdup_printf (_("Save Changes to “%s”?"), title && *title ? title : _("Untitled trajectory"));
  dialog = adw_message_dialog_new (window, heading,
                                   _("If you close without saving, your changes are lost."));
  lp_confirm_set_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", "save", "discard",
                            "cancel", _("_Cancel"),
                            "discard", _("_Discard"),
                            "save", _("_Save"),
                            NULL);
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* Destroys the file chooser's dialog before dropping it: a dialog left
 * behind would still run the handlers of a chooser that is gone. */
void
_lp_window_drop_chooser (LpWindow *self)
{
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
}

static void
lp_window_dispose (GObject *object)
{
  LpWindow *self = (LpWindow *) object;

  _lp_window_drop_chooser (self);
  if (self->export_options != NULL)
    {
      GtkWindow *options = GTK_WINDOW (self->export_options);

      g_object_remove_weak_pointer (G_OBJECT (options), (gpointer *) &self->export_options);
      self->export_options = NULL;
      gtk_window_destroy (options);
    }
  g_clear_object (&self->editor_toggle);
  g_clear_object (&self->presentation);
  g_clear_object (&self->settings);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->disk_toast);
  g_clear_object (&self->draft_toast);
  g_clear_handle_id (&self->saving_toast_id, g_source_remove);
  g_clear_object (&self->saving_toast);
  if (self->trajectory != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->trajectory, self);
      g_signal_handlers_disconnect_by_data (lp_trajectory_get_history (self->trajectory), self);
    }
  g_clear_object (&self->trajectory);
  _lp_window_release_lock (self);
  g_clear_object (&self->file);

  gtk_widget_dispose_template (GTK_WIDGET (self), LP_TYPE_WINDOW);

  G_OBJECT_CLASS (lp_window_parent_class)->dispose (object);
}

static void on_document_replaced_cb (LpDocument *document, LpWindow *self);
static void on_changed_on_disk_cb (LpDocument *document, LpWindow *self);

static void
lp_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  LpWindow *self = LP_WINDOW (object);

  if (prop_id == PROP_DOCUMENT)
    self->document = g_value_dup_object (value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

/* The views are built once, for the document given at construction (a file
 * already read) or for a new one. */
static void
lp_window_constructed (GObject *object)
{
  LpWindow *self = LP_WINDOW (object);

  G_OBJECT_CLASS (lp_window_parent_class)->constructed (object);
  if (self->document == NULL)
    self->document = lp_document_new ();
  g_signal_connect (self->document, "replaced", G_CALLBACK (on_document_replaced_cb), self);
  g_signal_connect (self->document, "changed-on-disk", G_CALLBACK (on_changed_on_disk_cb), self);
  g_signal_connect (self->document, "draft-failed", G_CALLBACK (_lp_window_on_draft_failed), self);
  on_document_replaced_cb (self->document, self);
}

static void
lp_window_class_init (LpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  lp_surface_guard_install ();
  object_class->dispose = lp_window_dispose;
  object_class->set_property = lp_window_set_property;
  object_class->constructed = lp_window_constructed;
  g_object_class_install_property (object_class, PROP_DOCUMENT,
    g_param_spec_object ("document", NULL, NULL, LP_TYPE_DOCUMENT,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  GTK_WINDOW_CLASS (klass)->close_request = lp_window_close_request;

  g_type_ensure (LP_TYPE_PALETTE);
  g_type_ensure (LP_TYPE_TIMELINE_VIEW);
  g_type_ensure (LP_TYPE_MODULE_EDITOR);
  g_type_ensure (LP_TYPE_COMMENTS_PANE);
  g_type_ensure (LP_TYPE_PROBLEMS_PANE);
  g_type_ensure (LP_TYPE_DAY_VIEW);
  lp_ui_class_set_template (widget_class, "lp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, palette);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, editor);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, comments_pane);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, problems_pane);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, outer_paned);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, inner_paned);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, export_menu);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, main_menu_button);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, export_menu_button);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, present_overlay);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, editor_overlay);
  _lp_window_class_add_actions (widget_class);
  _lp_window_compare_class_init (widget_class);
}

/* The document shows another trajectory (or file). */
static void
on_document_replaced_cb (LpDocument *document,
                         LpWindow   *self)
{
  g_set_object (&self->file, lp_document_get_file (document));
  _lp_window_update_lock (self);
  _lp_window_forget_disk_change (self);
  lp_window_set_trajectory (self, lp_document_get_trajectory (document));
}

/* Someone else wrote other bytes to the file: say so (with Reload while it
 * is safe); Save will ask in any case. */
static void
on_changed_on_disk_cb (LpDocument *document,
                       LpWindow   *self)
{
  if (self->file != NULL)
    _lp_window_show_disk_toast (self);
}

/* F6 order: library, the timeline (or the day shown instead of it), the
 * panes under it, the editor. */
static GPtrArray *
window_panes (gpointer data)
{
  LpWindow *self = data;
  GPtrArray *panes = g_ptr_array_new ();
  GtkWidget *shown = gtk_stack_get_visible_child (self->view_stack);

  g_ptr_array_add (panes, self->palette);
  g_ptr_array_add (panes, shown == GTK_WIDGET (self->day_view) ? shown : GTK_WIDGET (self->timeline));
  g_ptr_array_add (panes, self->comments_pane);
  g_ptr_array_add (panes, self->problems_pane);
  g_ptr_array_add (panes, _lp_window_get_changes_pane (self));
  g_ptr_array_add (panes, self->editor);
  return panes;
}

/* Builds the menu's popover when it first opens (a window's start-up need
 * not make the widgets of every item). */
static void
create_menu_popup_cb (GtkMenuButton *button,
                      gpointer       menu)
{
  if (gtk_menu_button_get_menu_model (button) != menu)
    gtk_menu_button_set_menu_model (button, menu);
}

static void
set_menu_lazily (GtkWidget *button,
                 GMenu     *menu)
{
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_menu_popup_cb, menu, NULL);
}

static void
create_split_popup_cb (GtkMenuButton *arrow,
                       gpointer       menu)
{
  AdwSplitButton *split = ADW_SPLIT_BUTTON (gtk_widget_get_ancestor (GTK_WIDGET (arrow), ADW_TYPE_SPLIT_BUTTON));

  if (adw_split_button_get_menu_model (split) != menu)
    adw_split_button_set_menu_model (split, menu);
}

/* A split button's menu as its arrow is first opened: the popover of a
 * menu is made of a widget per item, none of which a start-up needs. */
static void
set_split_menu_lazily (GtkWidget *split,
                       GMenu     *menu)
{
  for (GtkWidget *part = gtk_widget_get_first_child (split); part != NULL; part = gtk_widget_get_next_sibling (part))
    if (GTK_IS_MENU_BUTTON (part))
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (part), create_split_popup_cb, menu, NULL);
}

static void
lp_window_init (LpWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  set_menu_lazily (self->main_menu_button, self->primary_menu);
  set_menu_lazily (self->export_menu_button, self->export_menu);
  set_split_menu_lazily (self->open_button, self->recent_menu);
  _lp_window_compare_init (self);
  lp_pane_keys_install_escape (GTK_WIDGET (self->editor), GTK_WIDGET (self->timeline));
  lp_pane_keys_install_cycle (GTK_WIDGET (self), window_panes, self);
  lp_a11y_name_split_buttons (GTK_WIDGET (self));
  g_object_bind_property (self->timeline, "selected-module", self->editor, "module", G_BINDING_SYNC_CREATE);
  g_signal_connect (self->palette, "kind-activated", G_CALLBACK (on_kind_activated_cb), self);
  g_signal_connect (self->timeline, "module-activated", G_CALLBACK (on_module_activated_cb), self);
  g_signal_connect_swapped (self->timeline, "notify::selected-module",
                            G_CALLBACK (_lp_window_update_module_actions), self);
  _lp_window_update_module_actions (self);
  _lp_window_day_setup (self);
  if (schema != NULL)
    {
      self->settings = g_settings_new (APP_ID);
      g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "palette-width", self->outer_paned, "position", G_SETTINGS_BIND_DEFAULT);
      g_signal_connect (self->inner_paned, "notify::position", G_CALLBACK (on_inner_paned_notify_cb), self);
      g_signal_connect (self->inner_paned, "notify::max-position", G_CALLBACK (on_inner_paned_notify_cb), self);
    }
  self->editor_toggle = lp_editor_toggle_new (GTK_WINDOW (self), GTK_WIDGET (self->editor), self->editor_overlay,
                                             self->settings);
  lp_second_line_install (GTK_WINDOW (self), self->timeline, self->settings);
  lp_review_view_install (GTK_WINDOW (self), self->timeline, self->comments_pane);
  self->presentation = lp_presentation_new (GTK_WINDOW (self), self->timeline, self->present_overlay,
                                            self->header_bar, self->outer_paned, self->inner_paned);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (on_recent_changed_cb), self, 0);
  lp_recent_menu_rebuild (self->recent_menu);
}

static void
lp_window_set_trajectory (LpWindow     *self,
                          LpTrajectory *trajectory)
{
  if (self->trajectory != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->trajectory, self);
      g_signal_handlers_disconnect_by_data (lp_trajectory_get_history (self->trajectory), self);
    }
  g_set_object (&self->trajectory, trajectory);
  lp_timeline_view_set_trajectory (self->timeline, trajectory);
  lp_palette_set_trajectory (self->palette, trajectory);
  lp_module_editor_set_trajectory (self->editor, trajectory);
  _lp_window_watch_problems (self, trajectory);

  g_signal_connect (trajectory, "changed", G_CALLBACK (on_trajectory_changed_cb), self);
  g_signal_connect (lp_trajectory_get_history (trajectory), "changed",
                    G_CALLBACK (on_history_changed_cb), self);
  update_title (self);
  update_actions (self);
}

void
lp_window_set_document (LpWindow     *self,
                        LpTrajectory *trajectory)
{
  g_return_if_fail (LP_IS_WINDOW (self));
  lp_document_set_trajectory (self->document, trajectory);
}

LpWindow *
lp_window_new (GtkApplication *application)
{
  return g_object_new (LP_TYPE_WINDOW, "application", application, NULL);
}

/* A window showing file, read on this thread (or taken from what was read
 * ahead); NULL, and no window, when it cannot be read. */
LpWindow *
lp_window_new_for_file (GtkApplication  *application,
                        GFile           *file,
                        GError         **error)
{
  g_autoptr(LpDocument) document = lp_document_new ();

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  if (!lp_document_load (document, file, error))
    return NULL;
  return g_object_new (LP_TYPE_WINDOW, "application", application, "document", document, NULL);
}

LpTrajectory *
lp_window_get_trajectory (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), NULL);
  return self->trajectory;
}

GFile *
lp_window_get_file (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), NULL);
  return self->file;
}

void
lp_window_recover_draft (LpWindow          *self,
                         LpTrajectory      *trajectory,
                         GFile             *original,
                         const char        *draft_id,
                         const LpFileStamp *base,
                         GBytes            *base_bytes)
{
  g_return_if_fail (LP_IS_WINDOW (self));

  lp_document_recover (self->document, trajectory, original, draft_id, base, base_bytes);
}

gboolean
lp_window_is_modified (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), FALSE);
  return lp_document_is_modified (self->document);
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* The session ends (the system logs out, or a signal asks the application
 * to end): a save under way may finish (a few seconds at most), unsaved
 * changes go into a draft that the next start offers to recover, and the
 * window goes without asking, releasing its lock. */
void
lp_window_end_session (LpWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  g_return_if_fail (LP_IS_WINDOW (self));

  if (self->document != NULL && lp_document_is_saving (self->document))
    {
      guint wake = g_timeout_add (50, wake_cb, NULL);

      while (lp_document_is_saving (self->document) && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, TRUE);
      g_source_remove (wake);
    }
  if (self->document != NULL && !lp_document_write_draft_now (self->document, &error))
    g_warning ("Could not keep the unsaved changes as a draft: %s", error->message);
  self->closing = TRUE;
  gtk_window_destroy (GTK_WINDOW (self));
}

gboolean
lp_window_load_file (LpWindow  *self,
                     GFile     *file,
                     GError   **error)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  return lp_document_load (self->document, file, error);
}

void
lp_window_show_open_error (LpWindow     *self,
                           GFile        *file,
                           const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

  g_return_if_fail (LP_IS_WINDOW (self));
  lp_show_error (GTK_WINDOW (self), heading, error->message);
}

typedef struct {
  LpWindow *window;
  GFile    *file;
} Opening;

static void
on_opened_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  Opening *opening = data;
  g_autoptr(GError) error = NULL;

  if (!lp_document_load_finish (LP_DOCUMENT (source), result, &error) && opening->window->document != NULL)
    lp_window_show_open_error (opening->window, opening->file, error);
  g_object_unref (opening->window);
  g_object_unref (opening->file);
  g_free (opening);
}

void
lp_window_open_file (LpWindow *self,
                     GFile    *file)
{
  Opening *opening;

  g_return_if_fail (LP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  opening = g_new0 (Opening, 1);
  opening->window = g_object_ref (self);
  opening->file = g_object_ref (file);
  lp_document_load_async (self->document, file, on_opened_cb, opening);
}

GMenuModel *
_lp_window_get_recent_menu (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), NULL);
  return G_MENU_MODEL (self->recent_menu);
}

GtkWidget *
_lp_window_get_editor (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->editor);
}

gboolean
_lp_window_get_disk_changed (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), FALSE);
  return lp_document_get_disk_changed (self->document);
}

guint
_lp_window_get_disk_events (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), 0);
  return lp_document_get_disk_events (self->document);
}

GtkFileChooser *
_lp_window_get_chooser (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), NULL);
  return self->chooser ? GTK_FILE_CHOOSER (self->chooser) : NULL;
}

LpExportOptionsWindow *
_lp_window_get_export_options (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), NULL);
  return self->export_options;
}

AdwToast *
_lp_window_get_draft_toast (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), NULL);
  return self->draft_toast;
}

AdwToast *
_lp_window_get_disk_toast (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), NULL);
  return self->disk_toast;
}

gboolean
_lp_window_is_saving (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), FALSE);
  return lp_document_is_saving (self->document);
}

LpPresentation *
_lp_window_get_presentation (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), NULL);
  return self->presentation;
}
