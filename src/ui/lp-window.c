/* lp-window.c — one trajectory document window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"
#include "render/lp-timeline-painter.h"
#include "lp-resources.h"
#include "lp-window.h"

#define LANE_NAMES_WIDTH 180.0
#define DEFAULT_SCALE    4.0

struct _LpWindow
{
  AdwApplicationWindow  parent_instance;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  GtkDrawingArea       *timeline_area;

  LpTrajectory         *trajectory;
  LpTimelineLayout     *layout;
  LpTimelinePainter    *painter;
  GFile                *file;
  char                 *etag;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (LpWindow, lp_window, ADW_TYPE_APPLICATION_WINDOW)

static void lp_window_set_trajectory (LpWindow *self, LpTrajectory *trajectory);

static void
update_title (LpWindow *self)
{
  const char *title = lp_trajectory_get_title (self->trajectory);
  gboolean modified = lp_history_is_modified (lp_trajectory_get_history (self->trajectory));
  g_autofree char *text = NULL;

  if (title == NULL || *title == '\0')
    title = _("Untitled trajectory");
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

static void
update_size (LpWindow *self)
{
  double header = lp_timeline_painter_get_header_height (self->painter);

  gtk_drawing_area_set_content_width (self->timeline_area,
                                      (int) (LANE_NAMES_WIDTH + lp_timeline_layout_get_width (self->layout)));
  gtk_drawing_area_set_content_height (self->timeline_area,
                                       (int) (header + lp_timeline_layout_get_height (self->layout)));
}

static void
on_history_changed_cb (LpHistory *history,
                       LpWindow  *self)
{
  update_title (self);
  update_actions (self);
}

static void
on_trajectory_changed_cb (LpTrajectory *trajectory,
                          LpWindow     *self)
{
  update_title (self);
  update_size (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->timeline_area));
}

static void
draw_timeline (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        data)
{
  LpWindow *self = data;
  double header = lp_timeline_painter_get_header_height (self->painter);
  LpPaintState state;
  LpRect visible;

  if (self->painter == NULL)
    return;

  lp_paint_state_init (&state);
  state.today = lp_date_today ();
  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    state.flags |= LP_PAINT_DARK;

  visible.x = 0;
  visible.y = 0;
  visible.width = MAX (0, width - LANE_NAMES_WIDTH);
  visible.height = MAX (0, height - header);

  cairo_save (cr);
  lp_timeline_painter_draw_corner (self->painter, cr, LANE_NAMES_WIDTH, header, &state);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_translate (cr, LANE_NAMES_WIDTH, 0);
  cairo_rectangle (cr, 0, 0, visible.width, header);
  cairo_clip (cr);
  lp_timeline_painter_draw_header (self->painter, cr, 0, visible.width, header, &state);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_translate (cr, 0, header);
  cairo_rectangle (cr, 0, 0, LANE_NAMES_WIDTH, visible.height);
  cairo_clip (cr);
  lp_timeline_painter_draw_lane_names (self->painter, cr, 0, visible.height, LANE_NAMES_WIDTH, &state);
  cairo_restore (cr);

  cairo_save (cr);
  cairo_translate (cr, LANE_NAMES_WIDTH, header);
  cairo_rectangle (cr, 0, 0, visible.width, visible.height);
  cairo_clip (cr);
  lp_timeline_painter_draw_body (self->painter, cr, &visible, &state);
  cairo_restore (cr);
}

static void
show_error (LpWindow   *self,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
save_to (LpWindow *self,
         GFile    *file,
         gboolean  use_etag)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *new_etag = NULL;

  if (!lp_writer_save_file (self->trajectory, file, use_etag ? self->etag : NULL,
                            &new_etag, NULL, &error))
    {
      if (g_error_matches (error, LP_FILE_ERROR, LP_FILE_ERROR_CHANGED))
        show_error (self, _("The File Changed on Disk"),
                    _("Someone else saved this trajectory after you opened it. Use “Save As…” to "
                      "keep your version next to theirs."));
      else
        show_error (self, _("Could Not Save"), error->message);
      return FALSE;
    }

  g_set_object (&self->file, file);
  g_free (self->etag);
  self->etag = g_steal_pointer (&new_etag);
  lp_history_mark_saved (lp_trajectory_get_history (self->trajectory));
  gtk_application_add_window (gtk_window_get_application (GTK_WINDOW (self)), GTK_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Saved")));
  return TRUE;
}

static GtkFileFilter *
new_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Leerplaats trajectories"));
  gtk_file_filter_add_mime_type (filter, "application/x-leerplaats");
  gtk_file_filter_add_pattern (filter, "*.leerplaats");
  return filter;
}

static void
on_open_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     LpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      lp_window_open_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
on_save_as_response_cb (GtkNativeDialog *dialog,
                        int              response,
                        LpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      save_to (self, file, self->file != NULL && g_file_equal (file, self->file));
    }
  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = new_filter ();

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Open Trajectory"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
save_as_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = new_filter ();
  g_autofree char *name = NULL;

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Save Trajectory"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  name = g_strdup_printf ("%s.leerplaats", lp_trajectory_get_title (self->trajectory)
                                           ? lp_trajectory_get_title (self->trajectory) : _("Trajectory"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
save_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpWindow *self = LP_WINDOW (widget);

  if (self->file == NULL)
    save_as_action (widget, action_name, param);
  else
    save_to (self, self->file, TRUE);
}

static void
undo_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  lp_history_undo (lp_trajectory_get_history (LP_WINDOW (widget)->trajectory));
}

static void
redo_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  lp_history_redo (lp_trajectory_get_history (LP_WINDOW (widget)->trajectory));
}

static void
lp_window_dispose (GObject *object)
{
  LpWindow *self = (LpWindow *) object;

  if (self->chooser)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->painter);
  g_clear_object (&self->layout);
  g_clear_object (&self->trajectory);
  g_clear_object (&self->file);
  g_clear_pointer (&self->etag, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), LP_TYPE_WINDOW);

  G_OBJECT_CLASS (lp_window_parent_class)->dispose (object);
}

static void
lp_window_class_init (LpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lp_window_dispose;

  lp_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, LP_UI_RESOURCE_PREFIX "/lp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LpWindow, timeline_area);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
}

static void
lp_window_init (LpWindow *self)
{
  g_autoptr(LpTrajectory) trajectory = lp_trajectory_new_default ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->timeline_area, draw_timeline, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->timeline_area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"), -1);
  lp_window_set_trajectory (self, trajectory);
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
  g_clear_object (&self->painter);
  g_clear_object (&self->layout);

  self->layout = lp_timeline_layout_new (trajectory);
  lp_timeline_layout_set_scale (self->layout, DEFAULT_SCALE);
  self->painter = lp_timeline_painter_new (self->layout);

  g_signal_connect (trajectory, "changed", G_CALLBACK (on_trajectory_changed_cb), self);
  g_signal_connect (lp_trajectory_get_history (trajectory), "changed",
                    G_CALLBACK (on_history_changed_cb), self);
  update_title (self);
  update_actions (self);
  update_size (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->timeline_area));
}

LpWindow *
lp_window_new (GtkApplication *application)
{
  return g_object_new (LP_TYPE_WINDOW, "application", application, NULL);
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

gboolean
lp_window_is_modified (LpWindow *self)
{
  g_return_val_if_fail (LP_IS_WINDOW (self), FALSE);
  return lp_history_is_modified (lp_trajectory_get_history (self->trajectory));
}

void
lp_window_open_file (LpWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) trajectory = NULL;
  g_autofree char *etag = NULL;

  g_return_if_fail (LP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  trajectory = lp_reader_load_file (file, &etag, NULL, &error);
  if (trajectory == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      show_error (self, heading, error->message);
      return;
    }

  g_set_object (&self->file, file);
  g_free (self->etag);
  self->etag = g_steal_pointer (&etag);
  lp_window_set_trajectory (self, trajectory);
  {
    g_autofree char *uri = g_file_get_uri (file);
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  }
}
