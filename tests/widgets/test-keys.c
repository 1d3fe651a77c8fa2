/* test-keys.c — the window's keyboard and screen-reader papercuts: the
 * shortcuts window, F6 between panes, Escape from the editor, accessible
 * names of the header bar, library search, undo and redo toasts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <glib/gstdio.h>
#include <string.h>

#include "core/lp-library.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"
#include "ui/lp-a11y-names.h"
#include "ui/lp-application.h"
#include "ui/lp-module-editor-private.h"
#include "ui/lp-palette.h"
#include "ui/lp-palette-row.h"
#include "ui/lp-changes-pane.h"
#include "ui/lp-comments-pane.h"
#include "ui/lp-problems-pane.h"
#include "ui/lp-timeline-view.h"
#include "ui/lp-window-compare.h"
#include "ui/lp-window-private.h"
#include "app-fixture.h"
#include "widget-test-util.h"
#include <adwaita.h>

static GtkApplication *app;

/* ---- helpers ---- */

static LpWindow *
open_window (void)
{
  return app_window_on_template (app, "tijdmalen");
}

static gboolean
focus_is_in (GtkWindow *window,
             GtkWidget *pane)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == pane || gtk_widget_is_ancestor (focus, pane));
}

static gboolean
widget_is_visible_cb (gpointer data)
{
  return gtk_widget_get_visible (GTK_WIDGET (data));
}

/* ---- the shortcuts window ---- */

/* The window's shortcuts window, opened once and hidden again. */
static GtkShortcutsWindow *
help_overlay (LpWindow *window)
{
  GtkShortcutsWindow *overlay;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (wait_until (widget_is_visible_cb, overlay, 5000));
  gtk_widget_set_visible (GTK_WIDGET (overlay), FALSE);
  return overlay;
}

/* The menu item and Ctrl+? open the shortcuts window; it is built when first
 * asked for, not with the window. */
static void
test_help_overlay_opens (void)
{
  LpWindow *window = open_window ();
  GtkShortcutsWindow *overlay;
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, "win.show-help-overlay");

  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (wait_until (widget_is_visible_cb, overlay, 5000));
  /* fits a 1366×768 screen */
  wait_for_allocation (GTK_WIDGET (overlay));
  g_test_message ("shortcuts window %d × %d", gtk_widget_get_width (GTK_WIDGET (overlay)),
                  gtk_widget_get_height (GTK_WIDGET (overlay)));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (overlay)), <=, 700);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (overlay)), <=, 1366);
  gtk_widget_set_visible (GTK_WIDGET (overlay), FALSE);

  /* the accelerator, as the window's shortcut controllers see it */
  g_assert_true (send_key (GTK_WINDOW (window), GDK_KEY_question, GDK_CONTROL_MASK));
  g_assert_true (wait_until (widget_is_visible_cb, overlay, 5000));
  gtk_widget_set_visible (GTK_WIDGET (overlay), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct {
  GHashTable *accels;    /* "keyval:mods" of every accelerator the window lists */
  GHashTable *actions;   /* action names of shortcuts listed by action */
} Listed;

static char *
accel_key (guint keyval, GdkModifierType mods)
{
  /* the keypad and the unshifted = type the same as the main keys */
  switch (keyval)
    {
    case GDK_KEY_KP_Add: case GDK_KEY_equal: keyval = GDK_KEY_plus; break;
    case GDK_KEY_KP_Subtract: keyval = GDK_KEY_minus; break;
    case GDK_KEY_KP_Enter: keyval = GDK_KEY_Return; break;
    default: break;
    }
  return g_strdup_printf ("%s:%u", gdk_keyval_name (gdk_keyval_to_lower (keyval)), mods & gtk_accelerator_get_default_mod_mask ());
}

static void
collect_listed (GtkWidget *widget,
                Listed    *listed)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accelerator = NULL, *action = NULL;
      g_auto(GStrv) parts = NULL;

      g_object_get (widget, "accelerator", &accelerator, "action-name", &action, NULL);
      if (action != NULL)
        g_hash_table_add (listed->actions, g_strdup (action));
      parts = g_strsplit (accelerator ? accelerator : "", " ", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        {
          guint keyval = 0;
          GdkModifierType mods = 0;

          if (parts[i][0] == '\0')
            continue;
          g_assert_true (gtk_accelerator_parse (parts[i], &keyval, &mods));
          g_hash_table_add (listed->accels, accel_key (keyval, mods));
        }
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_listed (c, listed);
}

static gboolean
is_listed (Listed *listed, guint keyval, GdkModifierType mods)
{
  g_autofree char *key = accel_key (keyval, mods);
  return g_hash_table_contains (listed->accels, key);
}

static void
check_trigger_listed (Listed             *listed,
                      GtkShortcutTrigger *trigger,
                      const char         *where,
                      guint              *n_checked)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    {
      check_trigger_listed (listed, gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), where, n_checked);
      check_trigger_listed (listed, gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), where, n_checked);
    }
  else if (GTK_IS_KEYVAL_TRIGGER (trigger))
    {
      guint keyval = gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger));
      GdkModifierType mods = gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger));
      g_autofree char *name = gtk_accelerator_name (keyval, mods);

      g_test_message ("%s: %s", where, name);
      if (!is_listed (listed, keyval, mods))
        g_error ("%s: accelerator %s is not in the shortcuts window", where, name);
      (*n_checked)++;
    }
}

/* The shortcuts of our own widgets: named actions and callbacks (GTK's own
 * signal bindings, such as the window's focus moves, are GTK's to document). */
static void
check_widget_shortcuts (GtkWidget *widget,
                        Listed    *listed,
                        guint     *n_checked)
{
  if (g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Lp"))
    {
      GListModel *controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (c))
            continue;
          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (c)); j++)
            {
              g_autoptr(GtkShortcut) s = g_list_model_get_item (G_LIST_MODEL (c), j);
              GtkShortcutAction *action = gtk_shortcut_get_action (s);

              if (GTK_IS_NAMED_ACTION (action) || GTK_IS_CALLBACK_ACTION (action))
                check_trigger_listed (listed, gtk_shortcut_get_trigger (s), G_OBJECT_TYPE_NAME (widget), n_checked);
            }
        }
      g_object_unref (controllers);
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    check_widget_shortcuts (c, listed, n_checked);
}

/* Every accelerator of the application (gtk_application_set_accels_for_action)
 * and every key binding of our widgets is in the shortcuts window; F6,
 * Shift+F6 and Escape (from the editor) are. */
static void
test_help_overlay_lists_every_accelerator (void)
{
  LpWindow *window = open_window ();
  Listed listed = {
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
  };
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (app);
  guint n_checked = 0, n_app = 0;

  collect_listed (GTK_WIDGET (help_overlay (window)), &listed);
  g_assert_true (is_listed (&listed, GDK_KEY_F6, 0));
  g_assert_true (is_listed (&listed, GDK_KEY_F6, GDK_SHIFT_MASK));
  g_assert_true (is_listed (&listed, GDK_KEY_Escape, 0));

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, actions[i]);
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;

      g_assert_true (g_action_parse_detailed_name (actions[i], &name, &target, NULL));
      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint keyval = 0;
          GdkModifierType mods = 0;

          g_assert_true (gtk_accelerator_parse (accels[j], &keyval, &mods));
          g_test_message ("application: %s %s", actions[i], accels[j]);
          if (!is_listed (&listed, keyval, mods) && !g_hash_table_contains (listed.actions, name))
            g_error ("application accelerator %s (%s) is not in the shortcuts window", accels[j], actions[i]);
          n_app++;
        }
    }
  g_assert_cmpuint (n_app, >=, 3);   /* Ctrl+N, Ctrl+Q, Ctrl+? */

  check_widget_shortcuts (GTK_WIDGET (window), &listed, &n_checked);
  g_assert_cmpuint (n_checked, >=, 20);

  g_hash_table_unref (listed.accels);
  g_hash_table_unref (listed.actions);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- panes ---- */

/* F6 goes library → timeline → editor → library; Shift+F6 back (the
 * window's GtkPaneds do this; the test guards the pane order). */
static void
test_f6_cycles_panes (void)
{
  LpWindow *window = open_window ();
  GtkWindow *w = GTK_WINDOW (window);
  GtkWidget *palette = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_PALETTE);
  GtkWidget *timeline = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_TIMELINE_VIEW);
  GtkWidget *editor = _lp_window_get_editor (window);
  LpModule *m = lp_trajectory_lookup_module (lp_window_get_trajectory (window), "m2");

  lp_timeline_view_set_selected_module (LP_TIMELINE_VIEW (timeline), m);
  g_assert_true (gtk_widget_child_focus (palette, GTK_DIR_TAB_FORWARD));
  g_assert_true (focus_is_in (w, palette));

  g_assert_true (send_key (w, GDK_KEY_F6, 0));
  g_assert_true (focus_is_in (w, timeline));
  g_assert_true (send_key (w, GDK_KEY_F6, 0));
  g_assert_true (focus_is_in (w, editor));
  g_assert_true (send_key (w, GDK_KEY_F6, 0));
  g_assert_true (focus_is_in (w, palette));
  g_assert_true (send_key (w, GDK_KEY_F6, GDK_SHIFT_MASK));
  g_assert_true (focus_is_in (w, editor));
  g_assert_true (send_key (w, GDK_KEY_F6, GDK_SHIFT_MASK));
  g_assert_true (focus_is_in (w, timeline));
  /* the selection survives the trip */
  g_assert_true (lp_timeline_view_get_selected_module (LP_TIMELINE_VIEW (timeline)) == m);
  gtk_window_destroy (w);
}

/* The last widget in tree order under root that can take the focus now. */
static GtkWidget *
last_focusable (GtkWidget *root)
{
  GtkWidget *found = NULL;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *below = last_focusable (c);

      if (below != NULL)
        found = below;
      else if (gtk_widget_get_focusable (c) && gtk_widget_is_drawable (c) && gtk_widget_is_sensitive (c))
        found = c;
    }
  return found;
}

static gboolean
pane_has_size_cb (gpointer pane)
{
  return gtk_widget_get_mapped (pane) && gtk_widget_get_height (pane) > 0;
}

/* With the comments, problems and changes panes shown under the timeline,
 * F6 visits each of them between the timeline and the editor, and
 * Shift+F6 goes back the same way; a pane left and come back to has the
 * focus where it was. */
static void
test_f6_bottom_panes (void)
{
  LpWindow *window = open_window ();
  GtkWindow *w = GTK_WINDOW (window);
  LpTrajectory *t = lp_window_get_trajectory (window);
  GtkWidget *palette = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_PALETTE);
  GtkWidget *timeline = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_TIMELINE_VIEW);
  GtkWidget *comments = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_COMMENTS_PANE);
  GtkWidget *problems = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_PROBLEMS_PANE);
  GtkWidget *editor = _lp_window_get_editor (window);
  GtkWidget *changes, *panes[5], *inside;
  g_autofree char *copy = g_build_filename (g_get_tmp_dir (), "baseline.leerplaats", NULL);
  g_autoptr(GFile) baseline = g_file_new_for_path (copy);
  g_autoptr(GError) error = NULL;

  g_assert_true (lp_writer_save_file (t, baseline, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (_lp_window_compare_with (window, baseline, &error));
  g_assert_no_error (error);
  changes = GTK_WIDGET (_lp_window_get_changes_pane (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-comments", NULL));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_widget_by_name (GTK_WIDGET (window), "problems-button")), TRUE);
  g_assert_true (wait_until (pane_has_size_cb, comments, 30000));
  g_assert_true (wait_until (pane_has_size_cb, problems, 30000));
  g_assert_true (wait_until (pane_has_size_cb, changes, 30000));
  lp_timeline_view_set_selected_module (LP_TIMELINE_VIEW (timeline),
                                        lp_trajectory_lookup_module (t, "m2"));

  panes[0] = timeline; panes[1] = comments; panes[2] = problems; panes[3] = changes; panes[4] = editor;
  g_assert_true (gtk_widget_child_focus (palette, GTK_DIR_TAB_FORWARD));
  for (guint i = 0; i < G_N_ELEMENTS (panes); i++)
    {
      g_assert_true (send_key (w, GDK_KEY_F6, 0));
      g_assert_true (focus_is_in (w, panes[i]));
    }
  g_assert_true (send_key (w, GDK_KEY_F6, 0));
  g_assert_true (focus_is_in (w, palette));
  for (guint i = G_N_ELEMENTS (panes); i-- > 0;)
    {
      g_assert_true (send_key (w, GDK_KEY_F6, GDK_SHIFT_MASK));
      g_assert_true (focus_is_in (w, panes[i]));
    }

  /* the editor's last focusable field; away to the library and back: there again */
  inside = last_focusable (editor);
  g_assert_nonnull (inside);
  g_assert_true (gtk_widget_grab_focus (inside));
  g_assert_true (send_key (w, GDK_KEY_F6, 0));
  g_assert_true (focus_is_in (w, palette));
  g_assert_true (send_key (w, GDK_KEY_F6, GDK_SHIFT_MASK));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (w)) == inside);
  g_assert_true (widget_draws (timeline));
  gtk_window_destroy (w);
  g_unlink (copy);
}

/* Escape in an editor field gives the focus back to the timeline, on the
 * module that was selected. */
static void
test_escape_in_editor (void)
{
  LpWindow *window = open_window ();
  GtkWindow *w = GTK_WINDOW (window);
  GtkWidget *timeline = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_TIMELINE_VIEW);
  GtkWidget *editor = _lp_window_get_editor (window);
  LpModule *m = lp_trajectory_lookup_module (lp_window_get_trajectory (window), "m3");

  lp_timeline_view_set_selected_module (LP_TIMELINE_VIEW (timeline), m);
  lp_module_editor_focus_first (LP_MODULE_EDITOR (editor));
  g_assert_true (focus_is_in (w, editor));

  g_assert_true (send_key (w, GDK_KEY_Escape, 0));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (w)) == timeline);
  g_assert_true (lp_timeline_view_get_selected_module (LP_TIMELINE_VIEW (timeline)) == m);
  g_assert_true (lp_module_editor_get_module (LP_MODULE_EDITOR (editor)) == m);
  gtk_window_destroy (w);
}

static void
count_step_cb (LpHistory *history,
               guint     *n)
{
  (*n)++;
}

static gboolean
has_selection (GtkWidget *entry)
{
  return gtk_editable_get_selection_bounds (GTK_EDITABLE (entry), NULL, NULL);
}

/* Space on a selected block leaves the focus there; Enter opens the editor
 * on the title, its text not selected. */
static void
test_enter_opens_editor (void)
{
  LpWindow *window = open_window ();
  GtkWindow *w = GTK_WINDOW (window);
  GtkWidget *timeline = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_TIMELINE_VIEW);
  GtkWidget *editor = _lp_window_get_editor (window);
  GtkWidget *title = _lp_module_editor_get_field (LP_MODULE_EDITOR (editor), "title");
  LpModule *m = lp_trajectory_lookup_module (lp_window_get_trajectory (window), "m3");

  lp_timeline_view_set_selected_module (LP_TIMELINE_VIEW (timeline), m);
  gtk_widget_grab_focus (timeline);
  lp_module_editor_focus_first (LP_MODULE_EDITOR (editor));   /* once: the setting selects on focus */
  gtk_widget_grab_focus (timeline);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (w)) == timeline);

  send_key (w, GDK_KEY_space, 0);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (w)) == timeline);
  g_assert_false (focus_is_in (w, editor));

  g_assert_true (send_key (w, GDK_KEY_Return, 0));
  g_assert_true (focus_is_in (w, title));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, lp_module_get_title (m));
  g_assert_cmpstr (lp_module_get_title (m), !=, "");
  g_assert_false (has_selection (title));
  gtk_window_destroy (w);
}

/* Escape in a changed field restores what it said when focus arrived (or
 * what Enter stored), storing nothing; Escape in an unchanged field goes
 * back to the block. */
/* Selects m3 on the window's timeline and presses Enter on it, as a
 * keyboard user opens a module in the editor; returns m3. */
static LpModule *
enter_m3 (LpWindow *window)
{
  GtkWidget *timeline = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_TIMELINE_VIEW);
  LpModule *m = lp_trajectory_lookup_module (lp_window_get_trajectory (window), "m3");

  lp_timeline_view_set_selected_module (LP_TIMELINE_VIEW (timeline), m);
  gtk_widget_grab_focus (timeline);
  g_assert_true (send_key (GTK_WINDOW (window), GDK_KEY_Return, 0));
  return m;
}

static void
test_escape_restores_field (void)
{
  LpWindow *window = open_window ();
  GtkWindow *w = GTK_WINDOW (window);
  LpTrajectory *t = lp_window_get_trajectory (window);
  GtkWidget *timeline = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_TIMELINE_VIEW);
  LpModuleEditor *editor = LP_MODULE_EDITOR (_lp_window_get_editor (window));
  GtkWidget *title = _lp_module_editor_get_field (editor, "title");
  GtkWidget *location = _lp_module_editor_get_field (editor, "location");
  GtkWidget *goals = _lp_module_editor_get_field (editor, "goals");
  GtkTextBuffer *goals_buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (goals));
  LpModule *m = enter_m3 (window);
  g_autofree char *original = g_strdup (lp_module_get_title (m));
  g_autofree char *goals_text = NULL;
  g_autofree char *restored_goals = NULL;
  GtkTextIter a, b;
  guint steps = 0;
  int width, height;

  g_signal_connect (lp_trajectory_get_history (t), "changed", G_CALLBACK (count_step_cb), &steps);
  g_assert_true (focus_is_in (w, title));

  /* typed over, then Escape: the title as it was, the focus still there */
  gtk_editable_set_text (GTK_EDITABLE (title), "Iets anders");
  g_assert_true (send_key (w, GDK_KEY_Escape, 0));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, original);
  g_assert_true (focus_is_in (w, title));
  g_assert_cmpstr (lp_module_get_title (m), ==, original);

  /* Enter stores; Escape after more typing goes back to what was stored */
  gtk_editable_set_text (GTK_EDITABLE (title), "Nieuwe titel");
  g_signal_emit_by_name (title, "activate");
  g_assert_cmpstr (lp_module_get_title (m), ==, "Nieuwe titel");
  g_assert_cmpuint (steps, ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (title), "Nieuwe titel en meer");
  g_assert_true (send_key (w, GDK_KEY_Escape, 0));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Nieuwe titel");

  /* a second Escape returns to the block; leaving stores nothing new */
  g_assert_true (send_key (w, GDK_KEY_Escape, 0));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (w)) == timeline);
  g_assert_true (lp_timeline_view_get_selected_module (LP_TIMELINE_VIEW (timeline)) == m);
  g_assert_cmpstr (lp_module_get_title (m), ==, "Nieuwe titel");
  g_assert_cmpuint (steps, ==, 1);

  /* the same in another entry and in a text field */
  gtk_widget_grab_focus (location);
  gtk_editable_set_text (GTK_EDITABLE (location), "Ergens anders");
  g_assert_true (send_key (w, GDK_KEY_Escape, 0));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (location)),
                   ==, lp_module_get_location (m) ? lp_module_get_location (m) : "");
  gtk_widget_grab_focus (goals);
  gtk_text_buffer_get_bounds (goals_buffer, &a, &b);
  goals_text = gtk_text_buffer_get_text (goals_buffer, &a, &b, FALSE);
  gtk_text_buffer_set_text (goals_buffer, "Andere doelen", -1);
  g_assert_true (send_key (w, GDK_KEY_Escape, 0));
  gtk_text_buffer_get_bounds (goals_buffer, &a, &b);
  restored_goals = gtk_text_buffer_get_text (goals_buffer, &a, &b, FALSE);
  g_assert_cmpstr (restored_goals, ==, goals_text);
  g_assert_true (send_key (w, GDK_KEY_Escape, 0));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (w)) == timeline);
  g_assert_cmpuint (steps, ==, 1);

  g_free (render_widget (GTK_WIDGET (editor), &width, &height));
  g_signal_handlers_disconnect_by_func (lp_trajectory_get_history (t), count_step_cb, &steps);
  gtk_window_destroy (w);
}

/* The editor's title, participants and location take no more characters
 * than a file holds in them (LP_MAX_SHORT_TEXT): a longer title typed or
 * pasted stops there and is stored so, and the saved file opens again. */
static void
test_title_keeps_to_file_limit (void)
{
  LpWindow *window = open_window ();
  LpModuleEditor *editor = LP_MODULE_EDITOR (_lp_window_get_editor (window));
  LpModule *m = enter_m3 (window);
  g_autofree char *pasted = g_strnfill (LP_MAX_SHORT_TEXT + 200, 'a');
  GtkWidget *title;
  int width, height;

  title = _lp_module_editor_get_field (editor, "title");
  g_assert_cmpint (gtk_entry_get_max_length (GTK_ENTRY (title)), ==, LP_MAX_SHORT_TEXT);
  g_assert_cmpint (gtk_entry_get_max_length (GTK_ENTRY (_lp_module_editor_get_field (editor, "participants"))),
                   ==, LP_MAX_SHORT_TEXT);
  g_assert_cmpint (gtk_entry_get_max_length (GTK_ENTRY (_lp_module_editor_get_field (editor, "location"))),
                   ==, LP_MAX_SHORT_TEXT);

  gtk_editable_set_text (GTK_EDITABLE (title), pasted);
  g_signal_emit_by_name (title, "activate");
  g_assert_cmpuint (strlen (lp_module_get_title (m)), ==, 1000);
  g_assert_true (g_str_has_prefix (pasted, lp_module_get_title (m)));

  g_free (render_widget (GTK_WIDGET (editor), &width, &height));
  g_assert_cmpint (width, >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- accessible names ---- */

static guint n_texts_seen;

static void
check_button_name (GtkWidget *button,
                   guint     *n_checked)
{
  guint *n_texts = &n_texts_seen;
  const char *tooltip = gtk_widget_get_tooltip_text (button);
  const char *label = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *error = NULL;

  if (GTK_IS_BUTTON (button))
    label = gtk_button_get_label (GTK_BUTTON (button));
  else if (GTK_IS_MENU_BUTTON (button))
    label = gtk_menu_button_get_label (GTK_MENU_BUTTON (button));
  else if (ADW_IS_SPLIT_BUTTON (button))
    label = adw_split_button_get_label (ADW_SPLIT_BUTTON (button));
  /* a button with text is named by its text (without the mnemonic), an
   * icon-only one by its tooltip */
  expected = label != NULL ? lp_a11y_strip_mnemonic (label) : g_strdup (tooltip);
  g_assert_nonnull (expected);
  g_assert_cmpstr (expected, !=, "");
  g_assert_null (strchr (expected, '_'));
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
  if (error != NULL)
    g_error ("%s “%s”: %s", G_OBJECT_TYPE_NAME (button), expected, error);
  /* said once: GTK 4.8 reads a labelled-by relation after the name */
  if (GTK_IS_BUTTON (button) && label != NULL && gtk_widget_get_mapped (button) &&
      gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    g_error ("%s “%s” is also labelled by another widget", G_OBJECT_TYPE_NAME (button), expected);
  if (GTK_IS_BUTTON (button) && label != NULL && gtk_widget_get_mapped (button))
    (*n_texts)++;
  (*n_checked)++;
}

static void
check_buttons (GtkWidget *widget,
               guint     *n_checked)
{
  if (GTK_IS_WINDOW_CONTROLS (widget) || GTK_IS_POPOVER (widget))
    return;   /* GTK's own minimize/close; menus */
  if (ADW_IS_SPLIT_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_BUTTON (widget))
    {
      /* the toggle inside a menu button is labelled by the menu button */
      if (!(GTK_IS_TOGGLE_BUTTON (widget) && GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget))))
        check_button_name (widget, n_checked);
      if (GTK_IS_MENU_BUTTON (widget))
        return;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    check_buttons (c, n_checked);
}

/* Every button of the header bar has a name without '_': its text, or the
 * tooltip when it has only an icon. */
static void
test_header_bar_names (void)
{
  LpWindow *window = open_window ();
  GtkWidget *header = find_widget_by_type (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  guint n = 0;

  g_assert_nonnull (header);
  n_texts_seen = 0;
  check_buttons (header, &n);
  /* Open (the split button's own button) and Save have text */
  g_assert_cmpuint (n_texts_seen, >=, 2);
  /* open (split: the button and the arrow), undo, redo, save, export, zoom ×3, editor, problems, menu */
  g_assert_cmpuint (n, ==, 13);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The editor's Kind, Lane and Status drop-downs: the button the keyboard
 * focuses in each is named by the drop-down's label, not "GtkToggleButton". */
static void
test_editor_drop_downs_named (void)
{
  LpWindow *window = open_window ();
  LpModuleEditor *editor = LP_MODULE_EDITOR (_lp_window_get_editor (window));
  const char *fields[] = { "kind", "track", "status" };
  const char *names[] = { "Kind", "Lane", "Status" };

  enter_m3 (window);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *drop_down = _lp_module_editor_get_drop_down (editor, fields[i]);
      GtkWidget *button = NULL;
      g_autofree char *error = NULL;

      g_assert_true (GTK_IS_DROP_DOWN (drop_down));
      g_assert_true (widget_draws (drop_down));
      for (GtkWidget *c = gtk_widget_get_first_child (drop_down); c != NULL && button == NULL;
           c = gtk_widget_get_next_sibling (c))
        if (GTK_IS_TOGGLE_BUTTON (c))
          button = c;
      g_assert_nonnull (button);
      error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, names[i]);
      if (error != NULL)
        g_error ("the %s drop-down's button: %s", fields[i], error);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- library search ---- */

typedef struct {
  GtkWidget *list;
  LpKind    *kind;
  gboolean   want_visible;
} RowState;

static GtkWidget *
find_row (GtkWidget *list, LpKind *kind)
{
  for (GtkWidget *r = gtk_widget_get_first_child (list); r != NULL; r = gtk_widget_get_next_sibling (r))
    if (LP_IS_PALETTE_ROW (r) && lp_palette_row_get_kind (LP_PALETTE_ROW (r)) == kind)
      return r;
  return NULL;
}

static guint
n_shown_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *r = gtk_widget_get_first_child (list); r != NULL; r = gtk_widget_get_next_sibling (r))
    if (GTK_IS_LIST_BOX_ROW (r) && gtk_widget_get_child_visible (r))
      n++;
  return n;
}

static gboolean
row_state_cb (gpointer data)
{
  RowState *s = data;
  GtkWidget *row = find_row (s->list, s->kind);

  if (s->kind == NULL)
    return (n_shown_rows (s->list) == 0) == s->want_visible;
  if (!s->want_visible)
    return row == NULL || !gtk_widget_get_child_visible (row);
  return row != NULL && gtk_widget_get_child_visible (row);
}

/* Typing "maaltijd", "diner" or "meal" in the search field shows the meal
 * conversation; a search without results says so. */
static void
test_palette_search (void)
{
  LpWindow *window = open_window ();
  GtkWidget *palette = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_PALETTE);
  GtkWidget *search = find_widget_by_type (palette, GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *list = find_widget_by_type (palette, GTK_TYPE_LIST_BOX);
  LpKind *meal = lp_library_lookup_builtin ("meal-conversation");
  LpKind *intervision = lp_library_lookup_builtin ("intervision");
  const char *queries[] = { "maaltijd", "diner", "meal", "TIJDMÁÁL", NULL };
  GtkWidget *placeholder;

  g_assert_nonnull (search);
  g_assert_nonnull (list);
  g_assert_nonnull (find_row (list, meal));
  for (guint i = 0; queries[i] != NULL; i++)
    {
      RowState shown = { list, meal, TRUE }, hidden = { list, intervision, FALSE };

      gtk_editable_set_text (GTK_EDITABLE (search), queries[i]);
      g_assert_true (wait_until (row_state_cb, &hidden, 5000));
      g_assert_true (wait_until (row_state_cb, &shown, 5000));
    }

  gtk_editable_set_text (GTK_EDITABLE (search), "xyzzy");
  {
    RowState none = { list, NULL, TRUE };
    g_assert_true (wait_until (row_state_cb, &none, 5000));
  }
  placeholder = find_label (list, "No module kinds match");
  g_assert_nonnull (placeholder);
  g_assert_true (gtk_widget_get_child_visible (placeholder) && gtk_widget_get_visible (placeholder));

  gtk_editable_set_text (GTK_EDITABLE (search), "");
  {
    RowState all = { list, intervision, TRUE };
    g_assert_true (wait_until (row_state_cb, &all, 5000));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- undo and redo toasts ---- */

typedef struct {
  GtkWidget  *root;
  const char *text;
} LabelWait;

static gboolean
label_shown_cb (gpointer data)
{
  LabelWait *l = data;
  GtkWidget *label = find_label (l->root, l->text);
  return label != NULL && gtk_widget_get_mapped (label);
}

static guint
track_index (LpTrajectory *t,
             LpModule     *module)
{
  GListModel *tracks = lp_trajectory_get_tracks (t);

  for (guint i = 0; i < g_list_model_get_n_items (tracks); i++)
    {
      g_autoptr(LpTrack) tr = g_list_model_get_item (tracks, i);
      if (tr == lp_module_get_track (module))
        return i;
    }
  g_assert_not_reached ();
}

/* Whether that day of that lane is inside the timeline's visible area. */
static gboolean
date_in_view (LpTimelineView *view,
              LpDate          date,
              guint           track)
{
  double x, y;

  g_assert_true (lp_timeline_view_get_point (view, date, track, &x, &y));
  return x >= 0 && x < gtk_widget_get_width (GTK_WIDGET (view)) && y >= 0 && y < gtk_widget_get_height (GTK_WIDGET (view));
}

/* The widget renders something: a snapshot of it as a paintable gives a
 * render node with a non-empty area. */
static gboolean
draws_cb (gpointer data)
{
  GtkWidget *widget = data;
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  graphene_rect_t bounds;

  if (gtk_widget_get_width (widget) <= 0 || gtk_widget_get_height (widget) <= 0)
    {
      g_object_unref (snapshot);
      return FALSE;
    }
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return FALSE;
  gsk_render_node_get_bounds (node, &bounds);
  return bounds.size.width > 0 && bounds.size.height > 0;
}

static void
assert_draws (GtkWidget *widget)
{
  g_assert_true (wait_until (draws_cb, widget, 5000));
}

static void
scroll_to (GtkAdjustment *adj, gboolean end)
{
  gtk_adjustment_set_value (adj, end ? gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj) : 0);
}

/* Undo of a move says what it undid and brings the module, out of view,
 * back into view and selects it; redo likewise. */
static void
test_undo_redo_toast (void)
{
  LpWindow *window = open_window ();
  LpTrajectory *t = lp_window_get_trajectory (window);
  LpTimelineView *view = LP_TIMELINE_VIEW (find_widget_by_type (GTK_WIDGET (window), LP_TYPE_TIMELINE_VIEW));
  GtkAdjustment *hadj = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view));
  LpModule *m = lp_trajectory_lookup_module (t, "m2");
  LpModule *other = lp_trajectory_lookup_module (t, "m5");
  g_autofree char *undid = NULL, *redid = NULL;
  LabelWait wait_undid, wait_redid;
  LpDate start = lp_module_get_start (m), late = lp_trajectory_get_span_end (t) - 7;

  undid = g_strdup_printf ("Undid: Move Module “%s”", lp_trajectory_get_module_title (t, m));
  redid = g_strdup_printf ("Redid: Move Module “%s”", lp_trajectory_get_module_title (t, m));
  wait_undid = (LabelWait) { GTK_WIDGET (window), undid };
  wait_redid = (LabelWait) { GTK_WIDGET (window), redid };

  lp_timeline_view_set_scale (view, 40);
  lp_trajectory_move_module (t, m, NULL, late, late);
  lp_timeline_view_set_selected_module (view, other);
  scroll_to (hadj, TRUE);
  g_assert_false (date_in_view (view, start, track_index (t, m)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (lp_module_get_start (m), ==, start);
  g_assert_true (date_in_view (view, start, track_index (t, m)));
  g_assert_true (lp_timeline_view_get_selected_module (view) == m);
  g_assert_true (wait_until (label_shown_cb, &wait_undid, 5000));
  assert_draws (GTK_WIDGET (view));

  scroll_to (hadj, FALSE);
  lp_timeline_view_set_selected_module (view, other);
  g_assert_false (date_in_view (view, late, track_index (t, m)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpuint (lp_module_get_start (m), ==, late);
  g_assert_true (date_in_view (view, late, track_index (t, m)));
  g_assert_true (lp_timeline_view_get_selected_module (view) == m);
  g_assert_true (wait_until (label_shown_cb, &wait_redid, 5000));
  assert_draws (GTK_WIDGET (view));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Undo and redo straight after each other, several times, leave one toast
 * that says the last step (replacing toasts mid-animation crashed
 * libadwaita 1.2), and the window still draws. */
static void
test_undo_redo_quickly (void)
{
  LpWindow *window = open_window ();
  LpTrajectory *t = lp_window_get_trajectory (window);
  LpModule *m = lp_trajectory_lookup_module (t, "m2");
  g_autofree char *redid = g_strdup_printf ("Redid: Move Module “%s”", lp_trajectory_get_module_title (t, m));
  LabelWait wait_redid = { GTK_WIDGET (window), redid };
  LpDate late = lp_trajectory_get_span_end (t) - 7;

  lp_trajectory_move_module (t, m, NULL, late, late);
  for (guint i = 0; i < 5; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
      wait_for_frame (GTK_WIDGET (window));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
      wait_for_frame (GTK_WIDGET (window));
    }
  g_assert_cmpuint (lp_module_get_start (m), ==, late);
  g_assert_true (wait_until (label_shown_cb, &wait_redid, 5000));
  assert_draws (GTK_WIDGET (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  lp_reader_init ();

  app = registered_test_app ();

  g_test_add_func ("/widgets/keys/help-overlay-opens", test_help_overlay_opens);
  g_test_add_func ("/widgets/keys/help-overlay-lists-every-accelerator", test_help_overlay_lists_every_accelerator);
  g_test_add_func ("/widgets/keys/f6-bottom-panes", test_f6_bottom_panes);
  g_test_add_func ("/widgets/keys/f6-cycles-panes", test_f6_cycles_panes);
  g_test_add_func ("/widgets/keys/escape-in-editor", test_escape_in_editor);
  g_test_add_func ("/widgets/keys/enter-opens-editor", test_enter_opens_editor);
  g_test_add_func ("/widgets/keys/escape-restores-field", test_escape_restores_field);
  g_test_add_func ("/widgets/keys/title-keeps-to-file-limit", test_title_keeps_to_file_limit);
  g_test_add_func ("/widgets/keys/editor-drop-downs-named", test_editor_drop_downs_named);
  g_test_add_func ("/widgets/keys/header-bar-names", test_header_bar_names);
  g_test_add_func ("/widgets/keys/palette-search", test_palette_search);
  g_test_add_func ("/widgets/keys/undo-redo-toast", test_undo_redo_toast);
  g_test_add_func ("/widgets/keys/undo-redo-quickly", test_undo_redo_quickly);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
