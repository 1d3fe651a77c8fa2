/* lp-editor-toggle.c — showing and hiding the module editor panel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The action's state is whether the editor is shown.  What the user chose
 * is kept in GSettings; a narrow window hides the editor for as long as it
 * is narrow, and F9 or opening a module shows it there all the same: then
 * over the timeline, at the window's end, as a folded sidebar, so that
 * the timeline keeps its width.  There it goes when the focus goes back to
 * the timeline (Escape, F6 or a click), as a folded sidebar does.
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include "lp-editor-toggle.h"

struct _LpEditorToggle
{
  GObject        parent_instance;

  GtkWindow     *window;     /* weak: the window owns us */
  GtkWidget     *editor;     /* weak, as the window */
  GtkPaned      *paned;      /* the editor's place beside the timeline; weak */
  GtkOverlay    *overlay;    /* its place over it, on a narrow window; weak */
  GSettings     *settings;   /* may be NULL */
  GSimpleAction *action;
  gboolean       chosen;     /* what the user chose (remembered) */
  gboolean       narrow;
  gboolean       focus_in_editor;
  guint          idle_id;
};

G_DEFINE_FINAL_TYPE (LpEditorToggle, lp_editor_toggle, G_TYPE_OBJECT)

/* Beside the timeline, or over it while the window is narrow. */
static void
place (LpEditorToggle *self)
{
  gboolean over = self->narrow && gtk_widget_get_visible (self->editor);
  GtkWidget *parent = gtk_widget_get_parent (self->editor);
  g_autoptr(GtkWidget) editor = g_object_ref (self->editor);

  if (over && parent != GTK_WIDGET (self->overlay))
    {
      gtk_paned_set_end_child (self->paned, NULL);
      gtk_widget_set_halign (editor, GTK_ALIGN_END);
      gtk_widget_add_css_class (editor, "floating-editor");
      gtk_overlay_add_overlay (self->overlay, editor);
    }
  else if (!over && parent == GTK_WIDGET (self->overlay))
    {
      gtk_overlay_remove_overlay (self->overlay, editor);
      gtk_widget_set_halign (editor, GTK_ALIGN_FILL);
      gtk_widget_remove_css_class (editor, "floating-editor");
      gtk_paned_set_end_child (self->paned, editor);
    }
}

static void
apply (LpEditorToggle *self,
       gboolean        shown)
{
  gtk_widget_set_visible (self->editor, shown);
  place (self);
  g_simple_action_set_state (self->action, g_variant_new_boolean (shown));
}

static void
on_change_state_cb (GSimpleAction  *action,
                    GVariant       *value,
                    LpEditorToggle *self)
{
  gboolean shown = g_variant_get_boolean (value);

  /* on a narrow window a toggle is for now; on a wide one it is remembered */
  if (!self->narrow)
    {
      self->chosen = shown;
      if (self->settings != NULL)
        g_settings_set_boolean (self->settings, "show-editor", shown);
    }
  apply (self, shown);
}

static gboolean
is_in (GtkWidget *widget,
       GtkWidget *ancestor)
{
  return widget != NULL && ancestor != NULL && (widget == ancestor || gtk_widget_is_ancestor (widget, ancestor));
}

/* The focus left the editor over the timeline for the timeline: it goes. */
static void
on_focus_notify_cb (GtkWindow      *window,
                    GParamSpec     *pspec,
                    LpEditorToggle *self)
{
  GtkWidget *focus = gtk_window_get_focus (window);
  gboolean was_in_editor = self->focus_in_editor;

  self->focus_in_editor = is_in (focus, self->editor);
  if (was_in_editor && !self->focus_in_editor &&
      gtk_widget_get_parent (self->editor) == GTK_WIDGET (self->overlay) &&
      is_in (focus, gtk_overlay_get_child (self->overlay)))
    g_action_change_state (G_ACTION (self->action), g_variant_new_boolean (FALSE));
}

/* Deferred: the width is seen during a size allocation, when showing or
 * hiding a widget would queue another. */
static gboolean
update_narrow_idle (gpointer data)
{
  LpEditorToggle *self = data;
  int width = gtk_widget_get_width (GTK_WIDGET (self->window));
  gboolean narrow = width > 0 && width < LP_EDITOR_NARROW_WIDTH;

  self->idle_id = 0;
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      apply (self, narrow ? FALSE : self->chosen);
    }
  return G_SOURCE_REMOVE;
}

static void
on_width_notify_cb (GObject        *object,
                    GParamSpec     *pspec,
                    LpEditorToggle *self)
{
  if (self->idle_id == 0)
    self->idle_id = g_idle_add (update_narrow_idle, self);
}

static void
lp_editor_toggle_dispose (GObject *object)
{
  LpEditorToggle *self = LP_EDITOR_TOGGLE (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_object (&self->action);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lp_editor_toggle_parent_class)->dispose (object);
}

static void
lp_editor_toggle_class_init (LpEditorToggleClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = lp_editor_toggle_dispose;
}

static void
lp_editor_toggle_init (LpEditorToggle *self)
{
  self->chosen = TRUE;
}

LpEditorToggle *
lp_editor_toggle_new (GtkWindow  *window,
                      GtkWidget  *editor,
                      GtkOverlay *overlay,
                      GSettings  *settings)
{
  LpEditorToggle *self;
  GtkEventController *shortcuts;

  g_return_val_if_fail (GTK_IS_WINDOW (window) && G_IS_ACTION_MAP (window), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (editor) && GTK_IS_PANED (gtk_widget_get_parent (editor)), NULL);
  g_return_val_if_fail (GTK_IS_OVERLAY (overlay) && GTK_IS_PANED (gtk_widget_get_parent (GTK_WIDGET (overlay))), NULL);

  self = g_object_new (LP_TYPE_EDITOR_TOGGLE, NULL);
  self->window = window;
  self->editor = editor;
  self->paned = GTK_PANED (gtk_widget_get_parent (editor));
  self->overlay = overlay;
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  if (settings != NULL)
    self->chosen = g_settings_get_boolean (settings, "show-editor");

  self->action = g_simple_action_new_stateful ("show-editor", NULL, g_variant_new_boolean (self->chosen));
  g_signal_connect (self->action, "change-state", G_CALLBACK (on_change_state_cb), self);
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (self->action));
  gtk_widget_set_visible (editor, self->chosen);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F9, 0),
                                                          gtk_named_action_new ("win.show-editor")));
  gtk_widget_add_controller (GTK_WIDGET (window), shortcuts);

  /* the outer paned's width follows the window's, maximized or not (the
   * editor's own paned does not tell while it holds the timeline alone) */
  g_signal_connect_object (gtk_widget_get_parent (GTK_WIDGET (overlay)), "notify::max-position",
                           G_CALLBACK (on_width_notify_cb), self, 0);
  g_signal_connect_object (window, "notify::focus-widget", G_CALLBACK (on_focus_notify_cb), self, 0);
  return self;
}

void
lp_editor_toggle_reveal (LpEditorToggle *self)
{
  g_return_if_fail (LP_IS_EDITOR_TOGGLE (self));

  if (!gtk_widget_get_visible (self->editor))
    g_action_change_state (G_ACTION (self->action), g_variant_new_boolean (TRUE));
}
