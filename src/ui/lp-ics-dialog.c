/* lp-ics-dialog.c — File → Export → Calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "io/lp-file-names.h"
#include "io/lp-ics-writer.h"
#include "lp-export-dialog.h"
#include "lp-export-job.h"
#include "lp-ics-dialog.h"
#include "lp-replace-question.h"
#include "lp-toast-util.h"

typedef struct {
  GtkWindow       *parent;
  AdwToastOverlay *overlay;
  LpTrajectory    *trajectory;
  GFile           *document;
  char            *track_id;     /* the chooser's answers */
  gboolean         milestones;
} IcsExport;

static void
ics_export_clear (IcsExport *e)
{
  g_clear_object (&e->overlay);
  g_clear_object (&e->trajectory);
  g_clear_object (&e->document);
  g_free (e->track_id);
}

/* The chooser and a replace question each hold one. */
static void
ics_export_release (gpointer e)
{
  g_rc_box_release_full (e, (GDestroyNotify) ics_export_clear);
}

void
lp_ics_dialog_ensure_uid (LpTrajectory *trajectory,
                          GFile        *document)
{
  g_autofree char *uid = NULL;

  if (lp_trajectory_get_uid (trajectory) != NULL)
    return;
  uid = lp_ics_make_uid (document != NULL ? g_file_peek_path (document) : NULL);
  lp_trajectory_load_uid (trajectory, uid);
}

gboolean
lp_ics_dialog_export (LpTrajectory  *trajectory,
                      GFile         *document,
                      const char    *path,
                      const char    *track_id,
                      gboolean       milestones,
                      GError       **error)
{
  const char *ids[] = { track_id, NULL };
  LpIcsOptions options = { NULL, milestones, NULL, 0 };

  if (track_id != NULL && *track_id != '\0')
    options.track_ids = ids;
  lp_ics_dialog_ensure_uid (trajectory, document);
  return lp_ics_export (trajectory, &options, path, error);
}

/* The file to write, or NULL when the user kept an existing NAME.ics. */
static void
on_file_cb (GFile    *file,
            gpointer  data)
{
  IcsExport *e = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (file == NULL || lp_export_dialog_refuse_document (e->parent, file, e->document))
    return;
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a folder on this computer; choose a folder on this computer."), uri);
    }
  if (error == NULL &&
      lp_ics_dialog_export (e->trajectory, e->document, path, e->track_id, e->milestones, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *text = g_strdup_printf (_("Exported “%s”"), name);

      lp_export_job_show_result (e->overlay, text);
      return;
    }
  lp_show_error (e->parent, _("Could Not Export"), error->message);
}

static void
on_response_cb (GtkNativeDialog *dialog,
                int              response,
                IcsExport       *e)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (chooser);
  g_free (e->track_id);
  e->track_id = g_strdup (gtk_file_chooser_get_choice (chooser, "tracks"));
  e->milestones = g_strcmp0 (gtk_file_chooser_get_choice (chooser, "milestones"), "true") == 0;
  lp_replace_question_ask (e->parent, file, ".ics", on_file_cb, g_rc_box_acquire (e), ics_export_release);
}

/* "tracks": all lanes or one of them */
static void
add_track_choice (GtkFileChooser *chooser,
                  LpTrajectory   *trajectory)
{
  GListModel *tracks = lp_trajectory_get_tracks (trajectory);
  guint n = g_list_model_get_n_items (tracks);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (ids, g_strdup (""));
  g_ptr_array_add (labels, g_strdup (_("All lanes")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);
      g_ptr_array_add (ids, g_strdup (lp_track_get_id (track)));
      g_ptr_array_add (labels, g_strdup (lp_track_get_name (track)));
    }
  g_ptr_array_add (ids, NULL);
  g_ptr_array_add (labels, NULL);
  gtk_file_chooser_add_choice (chooser, "tracks", _("Lanes"), (const char **) ids->pdata,
                               (const char **) labels->pdata);
  gtk_file_chooser_set_choice (chooser, "tracks", "");
}

GtkFileChooserNative *
lp_ics_dialog_show (GtkWindow       *parent,
                    AdwToastOverlay *overlay,
                    LpTrajectory    *trajectory,
                    GFile           *document)
{
  GtkFileChooserNative *native;
  GtkFileChooser *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = lp_export_dialog_start_folder (NULL, document);
  g_autofree char *name = lp_file_name_from_title (lp_trajectory_get_title (trajectory), _("Trajectory"), ".ics");
  IcsExport *e = g_rc_box_new0 (IcsExport);

  e->parent = parent;
  e->overlay = g_object_ref (overlay);
  e->trajectory = g_object_ref (trajectory);
  e->document = document ? g_object_ref (document) : NULL;

  native = gtk_file_chooser_native_new (_("Export as Calendar"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (native);
  gtk_file_filter_set_name (filter, _("Calendars (iCalendar)"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (chooser, filter);
  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
  gtk_file_chooser_set_current_name (chooser, name);
  add_track_choice (chooser, trajectory);
  gtk_file_chooser_add_choice (chooser, "milestones", _("Milestones as all-day events"), NULL, NULL);
  gtk_file_chooser_set_choice (chooser, "milestones", "false");

  g_signal_connect_data (native, "response", G_CALLBACK (on_response_cb), e,
                         (GClosureNotify) (void (*) (void)) ics_export_release, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
  return native;
}
