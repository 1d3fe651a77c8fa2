/* widget-test-util.h — small helpers shared by the widget tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <string.h>

#include "ui/lp-timeline-view.h"
#include "ui/lp-window.h"
#include "ui/lp-window-private.h"
#include "../wait-util.h"

/* The message dialog on screen (the last one opened), or NULL. */
static inline AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  return found;
}

/* For wait_until: a message dialog is on screen. */
static inline gboolean
message_dialog_shown_cb (gpointer data)
{
  return find_message_dialog () != NULL;
}

/* Answers @dialog with @response and closes it, as a click does. */
static inline void
answer_dialog (AdwMessageDialog *dialog,
               const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

typedef struct {
  guint seen;
  guint wanted;
} WidgetTestFrames;

static gboolean
widget_test_frame_cb (GtkWidget     *widget,
                      GdkFrameClock *clock,
                      gpointer       data)
{
  ((WidgetTestFrames *) data)->seen++;
  return G_SOURCE_CONTINUE;
}

static gboolean
widget_test_frames_seen (gpointer data)
{
  WidgetTestFrames *frames = data;

  return frames->seen >= frames->wanted;
}

/* Wait (up to 30 s: a loaded machine under ASan is slow) until the widget's
 * frame clock has run n more frames:
 * after two, the layout and paint of the first one are done. */
static inline gboolean
wait_for_frames (GtkWidget *widget,
                 guint      n)
{
  WidgetTestFrames frames = { 0, n };
  guint id = gtk_widget_add_tick_callback (widget, widget_test_frame_cb, &frames, NULL);
  gboolean done = wait_until (widget_test_frames_seen, &frames, 30000);

  gtk_widget_remove_tick_callback (widget, id);
  if (!done)
    {
      GtkRoot *root = gtk_widget_get_root (widget);

      g_test_message ("%s: %u of %u frames in 30 s (mapped %d, visible %d, window %s mapped %d)",
                      G_OBJECT_TYPE_NAME (widget), frames.seen, n, gtk_widget_get_mapped (widget),
                      gtk_widget_get_visible (widget), root ? G_OBJECT_TYPE_NAME (root) : "none",
                      root ? gtk_widget_get_mapped (GTK_WIDGET (root)) : 0);
    }
  return done;
}

static gboolean
widget_test_has_size (gpointer widget)
{
  return gtk_widget_get_width (widget) > 0;
}

/* Wait (up to 30 s each) until the widget has a size, then until it has been
 * laid out and drawn with it. */
static inline void
wait_for_allocation (GtkWidget *widget)
{
  g_assert_true (wait_until (widget_test_has_size, widget, 30000));
  g_assert_true (wait_for_frames (widget, 2));
}

/* The widget as it draws now (after the next frames), rendered by its
 * window's renderer into RGBA bytes of width × height; asserts that it has
 * an allocation and that its snapshot is not empty.  Free with g_free. */
static inline guchar *
render_widget (GtkWidget *widget,
               int       *width,
               int       *height)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  guchar *pixels;
  int w, h;

  g_assert_true (wait_for_frames (widget, 2));
  w = gtk_widget_get_width (widget);
  h = gtk_widget_get_height (widget);
  g_assert_cmpint (w, >, 0);
  g_assert_cmpint (h, >, 0);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  g_assert_cmpint (gdk_texture_get_width (texture), ==, w);
  pixels = g_malloc ((gsize) w * h * 4);
  gdk_texture_download (texture, pixels, (gsize) w * 4);
  *width = w;
  *height = h;
  return pixels;
}

/* How many different colours the rectangle [x0, x1) × [y0, y1) of rendered
 * pixels (width wide) holds, counting up to 64. */
static inline guint
count_colours (const guchar *pixels,
               int           width,
               int           x0,
               int           y0,
               int           x1,
               int           y1)
{
  guint32 seen[64];
  guint n = 0;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1 && n < G_N_ELEMENTS (seen); x++)
      {
        guint32 c;
        guint i;

        memcpy (&c, pixels + ((gsize) y * width + x) * 4, 4);
        for (i = 0; i < n && seen[i] != c; i++)
          ;
        if (i == n)
          seen[n++] = c;
      }
  return n;
}

static void
widget_test_count_paint (GdkFrameClock *clock,
                         guint         *count)
{
  (*count)++;
}

static gboolean
widget_test_painted (gpointer data)
{
  return *(guint *) data > 0;
}

/* Run the main loop until the widget's window has been through one more
 * frame (layout and paint of whatever was queued; nothing is redrawn that
 * was not), or fail after 30 s. */
static inline void
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  guint painted = 0;
  gulong handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (widget_test_count_paint), &painted);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  g_assert_true (wait_until (widget_test_painted, &painted, 30000));
  g_signal_handler_disconnect (clock, handler);
}

/* The first widget named name (gtk_widget_set_name) in root's tree, or NULL. */
static inline GtkWidget *
find_widget_by_name (GtkWidget  *root,
                     const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_by_name (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
widget_test_snapshot_not_empty (gpointer data)
{
  GtkWidget *widget = data;
  g_autoptr(GdkPaintable) paintable = NULL;
  GtkSnapshot *snapshot;
  GskRenderNode *node;
  gboolean drawn;

  if (gtk_widget_get_width (widget) <= 0 || gtk_widget_get_height (widget) <= 0)
    return FALSE;
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (snapshot);
  drawn = node != NULL;
  g_clear_pointer (&node, gsk_render_node_unref);
  return drawn;
}

/* After the next frame, and within 30 s: the widget has a size and its
 * snapshot is not empty (a widget left without an allocation fails). */
static inline gboolean
widget_draws (GtkWidget *widget)
{
  wait_for_frame (widget);
  return wait_until (widget_test_snapshot_not_empty, widget, 30000);
}

/* The first widget of that type in root's tree (root included), or NULL. */
static inline gpointer
find_widget_by_type (GtkWidget *root,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      gpointer found = find_widget_by_type (c, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first label in root's tree showing exactly @text, or NULL. */
static inline GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_label (c, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first button in root's tree labelled exactly @label, or NULL. */
static inline GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The widget's controller of that type (for a button other than 0, a
 * single gesture for that button), or NULL. */
static inline gpointer
find_controller (GtkWidget *widget,
                 GType      type,
                 guint      button)
{
  GListModel *controllers = gtk_widget_observe_controllers (widget);
  gpointer found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && found == NULL; i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

      if (!G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        continue;
      if (button != 0 && gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (c)) != button)
        continue;
      found = c;
    }
  g_object_unref (controllers);
  return found;
}

/* A copy of template (a name in $LEERPLAATS_TEMPLATES, without
 * ".leerplaats") as dir/name; returns its path. */
static inline char *
copy_template (const char *dir,
               const char *name,
               const char *template)
{
  g_autofree char *src = g_strdup_printf ("%s/%s.leerplaats", g_getenv ("LEERPLAATS_TEMPLATES"), template);
  g_autofree char *contents = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_get_contents (src, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

/* The whole text of the file at path (which must be readable). */
static inline char *
read_file (const char *path)
{
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return g_steal_pointer (&text);
}

typedef struct {
  GtkFileChooser *chooser;
  GFile          *folder;
} ChooserFolder;

/* For wait_until: the chooser shows the folder (it loads it asynchronously). */
static inline gboolean
chooser_in_folder_cb (gpointer data)
{
  ChooserFolder *expected = data;
  g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (expected->chooser);

  return folder != NULL && g_file_equal (folder, expected->folder);
}

static gboolean
chooser_has_folder_cb (gpointer chooser)
{
  g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (chooser);

  return folder != NULL;
}

/* Wait (up to 30 s) until a newly opened chooser has loaded the folder it
 * opens in, and return that folder (NULL if it did not).  GTK 4.8's chooser
 * loads a folder asynchronously; a gtk_file_chooser_set_current_folder
 * before that load ends cancels it, and the cancelled load then loads the
 * parent of its folder instead, which can override the folder set (and
 * tells the user "Operation was cancelled"): change the folder only after
 * this. */
static inline GFile *
wait_for_chooser_folder (GtkFileChooser *chooser)
{
  if (!wait_until (chooser_has_folder_cb, chooser, 30000))
    return NULL;
  return gtk_file_chooser_get_current_folder (chooser);
}

/* Waits until the chooser has loaded its own folder, puts it in folder, waits (up to timeout_ms) until it shows it,
 * then types name. */
static inline void
chooser_set_folder_and_name (GtkFileChooser *chooser,
                             GFile          *folder,
                             const char     *name,
                             guint           timeout_ms)
{
  ChooserFolder expected = { chooser, folder };

  g_autoptr(GFile) opened = NULL;

  g_assert_nonnull (chooser);
  opened = wait_for_chooser_folder (chooser);
  g_assert_nonnull (opened);
  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
  g_assert_true (wait_until (chooser_in_folder_cb, &expected, timeout_ms));
  gtk_file_chooser_set_current_name (chooser, name);
}

/* For wait_until: the file at path (a char *) exists. */
static inline gboolean
file_exists_cb (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* The file chooser dialog on screen (GtkFileChooserNative's own when there
 * is no portal). */
static inline GtkFileChooser *
find_chooser_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  g_assert_not_reached ();
}

/* Selects label in the drop-down in root's tree that has it, as a click
 * does; FALSE when none has it. */
static inline gboolean
choose_in_drop_down (GtkWidget  *root,
                     const char *label)
{
  if (GTK_IS_DROP_DOWN (root) && GTK_IS_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (root))))
    {
      GtkStringList *list = GTK_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (root)));

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
        if (g_strcmp0 (gtk_string_list_get_string (list, i), label) == 0)
          {
            gtk_drop_down_set_selected (GTK_DROP_DOWN (root), i);
            return TRUE;
          }
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (choose_in_drop_down (c, label))
      return TRUE;
  return FALSE;
}

/* A new window of width × height on the template (a name in
 * LEERPLAATS_TEMPLATES, without ".leerplaats"), presented, with its
 * timeline view allocated and drawn once. */
static inline LpWindow *
window_on_template (const char *template,
                    int         width,
                    int         height)
{
  g_autofree char *name = g_strconcat (template, ".leerplaats", NULL);
  g_autofree char *path = g_build_filename (g_getenv ("LEERPLAATS_TEMPLATES"), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LpWindow *window = lp_window_new (NULL);
  GtkWidget *view;

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  g_assert_true (lp_window_load_file (window, file, NULL));
  g_assert_nonnull (lp_window_get_trajectory (window));
  gtk_window_present (GTK_WINDOW (window));
  view = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_TIMELINE_VIEW);
  g_assert_nonnull (view);
  wait_for_allocation (view);
  wait_for_frame (view);
  return window;
}

/* A new window showing trajectory, presented, laid out and drawn. */
static inline LpWindow *
window_on_document (LpTrajectory *trajectory)
{
  LpWindow *window = lp_window_new (NULL);

  lp_window_set_document (window, trajectory);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_allocation (GTK_WIDGET (window));
  return window;
}

/* Answers the file chooser as its Export or Save button does, and hides it. */
static inline void
chooser_accept (GtkFileChooser *chooser)
{
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_ACCEPT);
  gtk_native_dialog_hide (GTK_NATIVE_DIALOG (chooser));
}

/* How many of app's windows are Leerplaats windows. */
static inline guint
count_lp_windows (GtkApplication *app)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    n += LP_IS_WINDOW (l->data);
  return n;
}

/* For main (): XDG data, config and cache directories of the test's own
 * (drafts, recent files) in a new temporary home, but the system's schemas
 * (gtk_test_init passes no options on, and G_TEST_OPTION_ISOLATE_DIRS would
 * also hide the system's data directories); then gtk_test_init.  Returns
 * the home for widget_test_run_in_home. */
static inline char *
widget_test_init_in_home (int    *argc,
                          char ***argv)
{
  char *home = g_dir_make_tmp ("lp-test-home-XXXXXX", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_autofree char *cache = g_build_filename (home, "cache", NULL);

  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  gtk_test_init (argc, argv, NULL);
  return home;
}

/* Runs the tests, removes home and frees it; returns g_test_run's status. */
static inline int
widget_test_run_in_home (char *home)
{
  int status = g_test_run ();
  const char *rm[] = { "rm", "-rf", home, NULL };

  g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  g_free (home);
  return status;
}

static inline gboolean
trigger_matches (GtkShortcutTrigger *trigger,
                 guint               keyval,
                 GdkModifierType     mods)
{
  if (GTK_IS_KEYVAL_TRIGGER (trigger))
    return gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
           gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods;
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return trigger_matches (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, mods) ||
           trigger_matches (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, mods);
  return FALSE;
}

/* Whether the menu (or one of its sections) has an item labelled wanted. */
static inline gboolean
menu_has_label (GMenuModel *menu,
                const char *wanted)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (section != NULL && menu_has_label (section, wanted))
        return TRUE;
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label) &&
          g_strcmp0 (label, wanted) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Offer the key to the widget's shortcut controllers of that phase, and to
 * its key controllers when the widget or the controller (named "lp-…") is
 * one of ours. */
static inline gboolean
offer_key (GtkWidget          *widget,
           GtkPropagationPhase phase,
           guint               keyval,
           GdkModifierType     mods)
{
  GListModel *controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (gtk_event_controller_get_propagation_phase (c) != phase)
        continue;
      if (GTK_IS_SHORTCUT_CONTROLLER (c))
        for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (c)) && !handled; j++)
          {
            g_autoptr(GtkShortcut) s = g_list_model_get_item (G_LIST_MODEL (c), j);
            if (trigger_matches (gtk_shortcut_get_trigger (s), keyval, mods))
              handled = gtk_shortcut_action_activate (gtk_shortcut_get_action (s), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                      widget, gtk_shortcut_get_arguments (s));
          }
      else if (GTK_IS_EVENT_CONTROLLER_KEY (c) &&
               (g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Lp") ||
                g_str_has_prefix (gtk_event_controller_get_name (c) ? gtk_event_controller_get_name (c) : "", "lp-")))
        g_signal_emit_by_name (c, "key-pressed", keyval, 0, mods, &handled);
    }
  g_object_unref (controllers);
  return handled;
}

/* A key press as GTK delivers it to the focus widget: the capture phase from
 * the window down, then the bubble phase back up.  (GTK 4 has no public way
 * to synthesize a key event; GTK's own text widgets' key handlers are left
 * out, their shortcuts are not.) */
static inline gboolean
send_key (GtkWindow      *window,
          guint           keyval,
          GdkModifierType mods)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  for (GtkWidget *w = focus ? focus : GTK_WIDGET (window); w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_add (chain, w);
  for (guint i = chain->len; i > 0; i--)
    if (offer_key (g_ptr_array_index (chain, i - 1), GTK_PHASE_CAPTURE, keyval, mods))
      return TRUE;
  for (guint i = 0; i < chain->len; i++)
    if (offer_key (g_ptr_array_index (chain, i), GTK_PHASE_BUBBLE, keyval, mods))
      return TRUE;
  return FALSE;
}

/* Export as PDF's first step, open on @window and drawn. */
static inline LpExportOptionsWindow *
open_export_options (LpWindow *window)
{
  LpExportOptionsWindow *options;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", NULL));
  options = _lp_window_get_export_options (window);
  g_assert_nonnull (options);
  g_assert_true (widget_draws (GTK_WIDGET (options)));
  return options;
}

/* Export… on the first step: it closes, and the file chooser follows. */
static inline GtkFileChooser *
confirm_export_options (LpWindow              *window,
                        LpExportOptionsWindow *options)
{
  GtkFileChooser *chooser;

  lp_export_options_window_confirm (options);
  g_assert_null (_lp_window_get_export_options (window));
  chooser = _lp_window_get_chooser (window);
  g_assert_nonnull (chooser);
  return chooser;
}
