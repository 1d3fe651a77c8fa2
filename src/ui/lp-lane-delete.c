/* lp-lane-delete.c — deleting a lane, asked first when it holds modules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the timeline's lane menu and Trajectory Properties, so that both
 * ask the same question.
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-confirm.h"
#include "lp-lane-delete.h"

typedef struct {
  LpTrajectory *trajectory;
  LpTrack      *track;
} Lane;

static void
lane_free (gpointer data)
{
  Lane *lane = data;

  g_clear_object (&lane->trajectory);
  g_clear_object (&lane->track);
  g_free (lane);
}

/* Removes the lane while it is still in the document and not its last. */
static gboolean
remove_lane (LpTrajectory *trajectory,
             LpTrack      *track)
{
  if (lp_trajectory_get_track_index (trajectory, track) < 0 ||
      g_list_model_get_n_items (lp_trajectory_get_tracks (trajectory)) <= 1)
    return FALSE;
  lp_trajectory_remove_track (trajectory, track);
  return TRUE;
}

static gboolean
apply_remove_lane (gpointer data)
{
  Lane *lane = data;

  return remove_lane (lane->trajectory, lane->track);
}

guint
lp_lane_count_modules (LpTrajectory *trajectory,
                       LpTrack      *track)
{
  GListModel *modules = lp_trajectory_get_modules (trajectory);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);

      if (lp_module_get_track (m) == track)
        n++;
    }
  return n;
}

GtkWidget *
lp_lane_delete_ask (GtkWindow        *parent,
                    LpTrajectory     *trajectory,
                    LpTrack          *track,
                    LpLaneDeleteFunc  done,
                    gpointer          user_data,
                    GDestroyNotify    destroy)
{
  guint n;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  Lane *lane;

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), NULL);
  g_return_val_if_fail (LP_IS_TRACK (track), NULL);

  n = lp_lane_count_modules (trajectory, track);
  if (n == 0)
    {
      gboolean deleted = remove_lane (trajectory, track);

      if (done != NULL)
        done (user_data, deleted);
      if (destroy != NULL)
        destroy (user_data);
      return NULL;
    }

  heading = g_strdup_printf (ngettext ("Delete “%s” and its %u module?",
                                       "Delete “%s” and its %u modules?", n),
                             lp_track_get_name (track), n);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading,
                                                       _("Undo brings the lane and its modules back.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  lane = g_new0 (Lane, 1);
  lane->trajectory = g_object_ref (trajectory);
  lane->track = g_object_ref (track);
  lp_confirm_present (dialog, "delete", apply_remove_lane, lane, lane_free, done, user_data, destroy);
  return GTK_WIDGET (dialog);
}
