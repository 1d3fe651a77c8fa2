/* lp-timeline-view-series.c — the timeline and series: "Repeat…", and the
 * question "only this one or the whole series?" after deleting or moving a
 * member
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-series.h"
#include "lp-confirm.h"
#include "lp-series-dialog.h"
#include "lp-timeline-view-private.h"

enum { SERIES_ASK, SERIES_ONE, SERIES_ALL };

/* A move of a series member, waiting for the answer. */
typedef struct {
  LpTrajectory *trajectory;
  LpModule     *module;
  LpTrack      *old_track;
  LpTrack      *new_track;
  LpDate        old_start;
  LpDate        new_start;
} SeriesMove;

static void
series_move_free (gpointer data)
{
  SeriesMove *move = data;

  g_clear_object (&move->trajectory);
  g_clear_object (&move->module);
  g_clear_object (&move->old_track);
  g_clear_object (&move->new_track);
  g_free (move);
}

static GtkWindow *
parent_window (LpTimelineView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The module is one of two or more members of a series. */
static gboolean
in_series (LpTrajectory *trajectory,
           LpModule     *module)
{
  g_autoptr(GPtrArray) members = lp_series_get_members (trajectory, lp_module_get_series (module));

  return members->len >= 2;
}

static AdwMessageDialog *
series_question (LpTimelineView *self,
                 const char     *heading,
                 const char     *one_label,
                 const char     *all_label)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self), heading, NULL));

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "one", one_label, "all", all_label, NULL);
  adw_message_dialog_set_default_response (dialog, "one");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  return dialog;
}

void
_lp_timeline_view_repeat_selected (LpTimelineView *self)
{
  if (self->selected == NULL || self->read_only || self->trajectory == NULL)
    return;
  lp_series_dialog_present (parent_window (self), self->trajectory, self->selected);
}

static void
on_delete_answered_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       LpTimelineView   *self)
{
  LpModule *module = g_object_get_data (G_OBJECT (dialog), "module");

  if (self->trajectory == NULL || lp_trajectory_lookup_module (self->trajectory, lp_module_get_id (module)) != module)
    return;
  if (g_str_equal (response, "cancel"))
    return;
  if (self->selected == module)
    lp_timeline_view_set_selected_module (self, NULL);
  if (g_str_equal (response, "all"))
    lp_series_remove (self->trajectory, lp_module_get_series (module));
  else
    lp_trajectory_remove_module (self->trajectory, module);
}

/* Deletes the selected module; a member of a series asks first. */
void
_lp_timeline_view_delete_selected (LpTimelineView *self)
{
  g_autoptr(LpModule) module = NULL;
  AdwMessageDialog *dialog;

  if (self->selected == NULL || self->read_only)
    return;
  module = g_object_ref (self->selected);
  if (!in_series (self->trajectory, module))
    {
      lp_timeline_view_set_selected_module (self, NULL);
      lp_trajectory_remove_module (self->trajectory, module);
      return;
    }
  dialog = series_question (self, _("Delete only this session or the whole series?"),
                            _("_Only This One"), _("_Whole Series"));
  adw_message_dialog_set_response_appearance (dialog, "all", ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "module", g_steal_pointer (&module), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_answered_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The module is where the move put it (nothing else moved it since). */
static gboolean
move_is_current (SeriesMove *move)
{
  return lp_trajectory_lookup_module (move->trajectory, lp_module_get_id (move->module)) == move->module &&
         lp_module_get_track (move->module) == move->new_track &&
         lp_module_get_start (move->module) == move->new_start;
}

/* The whole series follows the move: the member's own move is undone and
 * all members move by as many days (to its new lane if it changed lane). */
static void
move_whole_series (LpTimelineView *self,
                   SeriesMove     *move)
{
  lp_history_undo (lp_trajectory_get_history (move->trajectory));
  lp_series_move (move->trajectory, lp_module_get_series (move->module),
                  (int) ((gint64) move->new_start - move->old_start),
                  move->new_track != move->old_track ? move->new_track : NULL);
  if (self->trajectory == move->trajectory)
    _lp_timeline_view_update_accessible (self);
}

static void
on_move_answered_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     LpTimelineView   *self)
{
  SeriesMove *move = g_object_get_data (G_OBJECT (dialog), "move");

  if (g_str_equal (response, "cancel") || !move_is_current (move))
    {
      if (move_is_current (move))
        lp_history_undo (lp_trajectory_get_history (move->trajectory));
      return;
    }
  /* the next moves of this member, until another is selected, do the same */
  if (self->selected == move->module)
    self->series_move_answer = g_str_equal (response, "all") ? SERIES_ALL : SERIES_ONE;
  if (g_str_equal (response, "all"))
    move_whole_series (self, move);
}

/* After the move (one undo step) of module from old_track and old_start:
 * a member of a series asks whether the whole series moves with it. */
void
_lp_timeline_view_ask_series_move (LpTimelineView *self,
                                   LpModule       *module,
                                   LpTrack        *old_track,
                                   LpDate          old_start)
{
  AdwMessageDialog *dialog;
  SeriesMove *move;

  if (self->trajectory == NULL || !in_series (self->trajectory, module))
    return;
  if (lp_module_get_track (module) == old_track && lp_module_get_start (module) == old_start)
    return;
  move = g_new0 (SeriesMove, 1);
  move->trajectory = g_object_ref (self->trajectory);
  move->module = g_object_ref (module);
  move->old_track = g_object_ref (old_track);
  move->new_track = g_object_ref (lp_module_get_track (module));
  move->old_start = old_start;
  move->new_start = lp_module_get_start (module);
  if (self->selected == module && self->series_move_answer != SERIES_ASK)
    {
      if (self->series_move_answer == SERIES_ALL)
        move_whole_series (self, move);
      series_move_free (move);
      return;
    }
  dialog = series_question (self, _("Move only this one or the whole series?"),
                            _("_Only This One"), _("_Whole Series"));
  g_object_set_data_full (G_OBJECT (dialog), "move", move, series_move_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_move_answered_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
