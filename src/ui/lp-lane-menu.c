/* lp-lane-menu.c — the timeline's lane menu and the edits it offers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lanes, milestones and periods are named (and given a group or kind) in an
 * LpNameDialog before anything changes, so that each confirmed dialog is one
 * undo step.  Where an item lands (lane position, date) is taken when the
 * dialog opens: moving the cursor while it is open changes nothing.
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "core/lp-date.h"
#include "core/lp-library.h"
#include "core/lp-kind-list.h"
#include "lp-action-table.h"
#include "lp-lane-delete.h"
#include "lp-lane-menu.h"
#include "lp-lane-presets.h"
#include "lp-menu-util.h"
#include "lp-name-dialog.h"
#include "lp-timeline-view-private.h"

/* The menu offers the milestones within this many pixels of the cursor date,
 * and never within fewer than this many days. */
#define MARKER_HIT_PIXELS 6.0
#define MIN_MARKER_HIT_DAYS 0.5
/* Guards the division by the scale (pixels per day). */
#define MIN_SCALE 0.01

typedef struct _LaneEdit LaneEdit;
typedef void (*LaneEditApply) (LaneEdit *edit, const char *name, guint choice);

/* One open dialog: what it edits and where a new item goes. */
struct _LaneEdit
{
  LpTimelineView *view;        /* owned */
  LpTrajectory   *trajectory;  /* owned: the document the dialog was opened on */
  gpointer        object;      /* owned: the lane, milestone or period edited, or NULL */
  int             track;       /* a new lane's position, or a new module's lane */
  LpDate          date;        /* a new milestone's, period's or module's date */
  GPtrArray      *kinds;       /* a new module: LpKind in the drop-down's order */
  gboolean        needs_name;
  LaneEditApply   apply;
};

static void
lane_edit_free (gpointer  data,
                GClosure *closure)
{
  LaneEdit *edit = data;

  g_clear_object (&edit->view);
  g_clear_object (&edit->trajectory);
  g_clear_object (&edit->object);
  g_clear_pointer (&edit->kinds, g_ptr_array_unref);
  g_free (edit);
}

static void
on_response_cb (LpNameDialog *dialog,
                const char   *response,
                LaneEdit     *edit)
{
  g_autofree char *name = lp_name_dialog_get_name (dialog);

  if (!g_str_equal (response, "apply") ||
      lp_timeline_view_get_trajectory (edit->view) != edit->trajectory ||
      (edit->needs_name && *name == '\0'))
    return;
  edit->apply (edit, name, lp_name_dialog_get_selected (dialog));
}

/* A dialog for the view's document and its edit; the caller fills in the
 * dialog's fields and the edit's, then presents it. */
static LpNameDialog *
edit_dialog_new (LpTimelineView *view,
                 const char     *heading,
                 const char     *apply_label,
                 gpointer        object,
                 LaneEditApply   apply,
                 LaneEdit      **out_edit)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (view));
  LpNameDialog *dialog = lp_name_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                             heading, apply_label);
  LaneEdit *edit = g_new0 (LaneEdit, 1);

  edit->view = g_object_ref (view);
  edit->trajectory = g_object_ref (lp_timeline_view_get_trajectory (view));
  edit->object = object ? g_object_ref (object) : NULL;
  _lp_timeline_view_get_cursor (view, &edit->track, &edit->date);
  edit->apply = apply;
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response_cb), edit, lane_edit_free, 0);
  if (out_edit != NULL)
    *out_edit = edit;
  return dialog;
}

static void
present (LpNameDialog *dialog)
{
  GtkWidget *entry = lp_name_dialog_get_name_entry (dialog);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (gtk_widget_get_visible (entry) ? entry : lp_name_dialog_get_choice (dialog));
}

static void
ask_name (LpNameDialog *dialog,
          LaneEdit     *edit,
          const char   *name)
{
  edit->needs_name = TRUE;
  lp_name_dialog_set_name (dialog, _("_Name"), name);
}

/* A choice among the translated labels of a lane group, milestone kind or
 * period kind; the values count from 0 in order, so a position is a value. */
static void
ask_enum (LpNameDialog *dialog,
          const char   *label,
          GType         enum_type,
          int           selected)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GEnumClass *klass = g_type_class_ref (enum_type);

  for (guint i = 0; i < klass->n_values; i++)
    {
      int v = klass->values[i].value;

      if (enum_type == LP_TYPE_TRACK_GROUP)
        g_ptr_array_add (labels, (gpointer) lp_track_group_get_label ((LpTrackGroup) v));
      else if (enum_type == LP_TYPE_MILESTONE_KIND)
        g_ptr_array_add (labels, (gpointer) lp_milestone_kind_get_label ((LpMilestoneKind) v));
      else
        g_ptr_array_add (labels, (gpointer) lp_period_kind_get_label ((LpPeriodKind) v));
    }
  g_ptr_array_add (labels, NULL);
  g_type_class_unref (klass);
  lp_name_dialog_set_choices (dialog, label, (const char * const *) labels->pdata, (guint) selected, FALSE);
}

/* The lane under the keyboard cursor (new reference), or NULL. */
static LpTrack *
cursor_track (LpTimelineView *view)
{
  LpTrajectory *t = lp_timeline_view_get_trajectory (view);
  GListModel *tracks;
  int index;

  if (t == NULL)
    return NULL;
  _lp_timeline_view_get_cursor (view, &index, NULL);
  tracks = lp_trajectory_get_tracks (t);
  if (index < 0 || (guint) index >= g_list_model_get_n_items (tracks))
    return NULL;
  return g_list_model_get_item (tracks, (guint) index);
}

static guint
n_tracks (LpTimelineView *view)
{
  LpTrajectory *t = lp_timeline_view_get_trajectory (view);

  return t ? g_list_model_get_n_items (lp_trajectory_get_tracks (t)) : 0;
}

/* ---- lanes ---- */

static void
apply_lane_edit (LaneEdit *edit, const char *name, guint group)
{
  if (lp_trajectory_get_track_index (edit->trajectory, edit->object) < 0)
    return;
  lp_trajectory_begin_group (edit->trajectory, _("Edit Lane"));
  lp_trajectory_set_string (edit->trajectory, edit->object, "name", name);
  if (group < LP_N_TRACK_GROUPS)
    lp_trajectory_set_enum (edit->trajectory, edit->object, "group", (int) group);
  lp_trajectory_end_group (edit->trajectory);
}

static void
track_edit_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpTimelineView *view = LP_TIMELINE_VIEW (widget);
  g_autoptr(LpTrack) track = cursor_track (view);
  LpNameDialog *dialog;
  LaneEdit *edit;

  if (track == NULL)
    return;
  dialog = edit_dialog_new (view, _("Edit Lane"), _("_Save"), track, apply_lane_edit, &edit);
  ask_name (dialog, edit, lp_track_get_name (track));
  ask_enum (dialog, _("_Group"), LP_TYPE_TRACK_GROUP, lp_track_get_group (track));
  present (dialog);
}

static void
apply_lane_add (LaneEdit *edit, const char *name, guint group)
{
  g_autofree char *id = lp_trajectory_make_id (edit->trajectory, LP_TYPE_TRACK);
  g_autoptr(LpTrack) track = lp_track_new (id, name, group < LP_N_TRACK_GROUPS ? group : LP_TRACK_GROUP_OTHER);
  int position = MIN (edit->track + 1, (int) n_tracks (edit->view));

  lp_trajectory_add_track (edit->trajectory, track, position);
  _lp_timeline_view_set_cursor_track (edit->view, lp_trajectory_get_track_index (edit->trajectory, track));
}

/* Below the cursor's lane; named first, so that it is one undo step. */
static void
track_add_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpTimelineView *view = LP_TIMELINE_VIEW (widget);
  LpNameDialog *dialog;
  LaneEdit *edit;

  if (lp_timeline_view_get_trajectory (view) == NULL)
    return;
  dialog = edit_dialog_new (view, _("New Lane"), _("_Add"), NULL, apply_lane_add, &edit);
  ask_name (dialog, edit, _("New lane"));
  ask_enum (dialog, _("_Group"), LP_TYPE_TRACK_GROUP, LP_TRACK_GROUP_OTHER);
  present (dialog);
}

static void
track_move_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpTimelineView *view = LP_TIMELINE_VIEW (widget);
  g_autoptr(LpTrack) track = cursor_track (view);
  int from, to;

  if (track == NULL)
    return;
  _lp_timeline_view_get_cursor (view, &from, NULL);
  to = from + (g_str_equal (action_name, "timeline.track-up") ? -1 : 1);
  if (to < 0 || to >= (int) n_tracks (view))
    return;
  lp_trajectory_move_track (lp_timeline_view_get_trajectory (view), track, (guint) to);
  _lp_timeline_view_set_cursor_track (view, to);
}

static void
on_lane_deleted_cb (gpointer user_data,
                    gboolean deleted)
{
  LpTimelineView *view = user_data;
  int index;

  if (!deleted)
    return;
  _lp_timeline_view_get_cursor (view, &index, NULL);
  _lp_timeline_view_set_cursor_track (view, MIN (index, (int) n_tracks (view) - 1));
}

/* Undoable, modules included (one step); a lane with modules is asked about
 * first; the last lane stays. */
static void
track_delete_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpTimelineView *view = LP_TIMELINE_VIEW (widget);
  g_autoptr(LpTrack) track = cursor_track (view);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (track == NULL || n_tracks (view) <= 1)
    return;
  lp_lane_delete_ask (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                      lp_timeline_view_get_trajectory (view), track,
                      on_lane_deleted_cb, g_object_ref (view), g_object_unref);
}

/* ---- milestones and periods ---- */

static void
apply_milestone_add (LaneEdit *edit, const char *name, guint kind)
{
  g_autofree char *id = lp_trajectory_make_id (edit->trajectory, LP_TYPE_MILESTONE);
  g_autoptr(LpMilestone) e = lp_milestone_new (id, edit->date,
                                               kind < LP_N_MILESTONE_KINDS ? kind : LP_MILESTONE_OTHER, name);

  lp_trajectory_add_milestone (edit->trajectory, e);
}

/* A new period starts at the cursor date and lasts two weeks, ending with
 * the trajectory's period at the latest. */
static void
apply_period_add (LaneEdit *edit, const char *name, guint kind)
{
  g_autofree char *id = lp_trajectory_make_id (edit->trajectory, LP_TYPE_PERIOD);
  g_autoptr(LpPeriod) b = lp_period_new_default (id, edit->date,
                                             lp_trajectory_get_span_end (edit->trajectory), name);

  lp_period_set_kind (b, kind < LP_N_PERIOD_KINDS ? kind : LP_PERIOD_HOLIDAY);
  lp_trajectory_add_period (edit->trajectory, b);
}

/* "timeline.milestone-add" and "timeline.period-add": named first, then added
 * at the cursor date as one undo step. */
static void
marker_add_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpTimelineView *view = LP_TIMELINE_VIEW (widget);
  gboolean milestone = g_str_equal (action_name, "timeline.milestone-add");
  g_autofree char *date = NULL;
  g_autofree char *heading = NULL;
  LpNameDialog *dialog;
  LaneEdit *edit;
  LpDate day;

  if (lp_timeline_view_get_trajectory (view) == NULL)
    return;
  _lp_timeline_view_get_cursor (view, NULL, &day);
  date = lp_date_format_display (day);
  heading = g_strdup_printf (milestone ? _("New Milestone on %s") : _("New Period from %s"), date);
  dialog = edit_dialog_new (view, heading, _("_Add"), NULL,
                            milestone ? apply_milestone_add : apply_period_add, &edit);
  ask_name (dialog, edit, milestone ? _("New milestone") : _("New period"));
  if (milestone)
    ask_enum (dialog, _("_Kind"), LP_TYPE_MILESTONE_KIND, LP_MILESTONE_OTHER);
  else
    ask_enum (dialog, _("_Kind"), LP_TYPE_PERIOD_KIND, LP_PERIOD_HOLIDAY);
  present (dialog);
}

/* Name and kind of a milestone or period, together one undo step. */
static void
apply_marker_edit (LaneEdit *edit, const char *name, guint kind)
{
  gboolean milestone = LP_IS_MILESTONE (edit->object);

  if (milestone && lp_trajectory_lookup_milestone (edit->trajectory,
                                                   lp_milestone_get_id (edit->object)) != edit->object)
    return;
  if (!milestone && lp_trajectory_lookup_period (edit->trajectory,
                                               lp_period_get_id (edit->object)) != edit->object)
    return;
  lp_trajectory_begin_group (edit->trajectory, milestone ? _("Edit Milestone") : _("Edit Period"));
  lp_trajectory_set_string (edit->trajectory, edit->object, "label", name);
  if (kind != GTK_INVALID_LIST_POSITION)
    lp_trajectory_set_enum (edit->trajectory, edit->object, "kind", (int) kind);
  lp_trajectory_end_group (edit->trajectory);
}

static LpMilestone *
lookup_milestone (LpTimelineView *view,
                  GVariant       *param)
{
  LpTrajectory *t = lp_timeline_view_get_trajectory (view);

  return t ? lp_trajectory_lookup_milestone (t, g_variant_get_string (param, NULL)) : NULL;
}

static LpPeriod *
lookup_period (LpTimelineView *view,
             GVariant       *param)
{
  LpTrajectory *t = lp_timeline_view_get_trajectory (view);

  return t ? lp_trajectory_lookup_period (t, g_variant_get_string (param, NULL)) : NULL;
}

static void
milestone_edit_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpTimelineView *view = LP_TIMELINE_VIEW (widget);
  LpMilestone *e = lookup_milestone (view, param);
  LpNameDialog *dialog;
  LaneEdit *edit;

  if (e == NULL)
    return;
  dialog = edit_dialog_new (view, _("Edit Milestone"), _("_Save"), e, apply_marker_edit, &edit);
  ask_name (dialog, edit, lp_milestone_get_label (e));
  ask_enum (dialog, _("_Kind"), LP_TYPE_MILESTONE_KIND, lp_milestone_get_kind (e));
  present (dialog);
}

static void
milestone_delete_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpTimelineView *view = LP_TIMELINE_VIEW (widget);
  LpMilestone *e = lookup_milestone (view, param);

  if (e != NULL)
    lp_trajectory_remove_milestone (lp_timeline_view_get_trajectory (view), e);
}

static void
period_edit_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpTimelineView *view = LP_TIMELINE_VIEW (widget);
  LpPeriod *b = lookup_period (view, param);
  LpNameDialog *dialog;
  LaneEdit *edit;

  if (b == NULL)
    return;
  dialog = edit_dialog_new (view, _("Edit Period"), _("_Save"), b, apply_marker_edit, &edit);
  ask_name (dialog, edit, lp_period_get_label (b));
  ask_enum (dialog, _("_Kind"), LP_TYPE_PERIOD_KIND, lp_period_get_kind (b));
  present (dialog);
}

static void
period_delete_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpTimelineView *view = LP_TIMELINE_VIEW (widget);
  LpPeriod *b = lookup_period (view, param);

  if (b != NULL)
    lp_trajectory_remove_period (lp_timeline_view_get_trajectory (view), b);
}

/* ---- modules ---- */

static void
apply_module_add (LaneEdit *edit, const char *name, guint kind)
{
  if (kind >= edit->kinds->len)
    return;
  _lp_timeline_view_place_kind_at (edit->view, g_ptr_array_index (edit->kinds, kind), edit->track, edit->date);
}

/* The kinds the trajectory offers now, in LpKindList's order. */
static GPtrArray *
list_kinds (LpTrajectory *t)
{
  g_autoptr(LpKindList) list = lp_kind_list_new (t);
  GPtrArray *kinds = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    g_ptr_array_add (kinds, g_list_model_get_item (G_LIST_MODEL (list), i));
  return kinds;
}

/* "Add Module Here…": a module of the chosen kind in the cursor's lane at
 * the cursor date; one undo step; selected afterwards. */
static void
module_add_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  LpTimelineView *view = LP_TIMELINE_VIEW (widget);
  LpTrajectory *t = lp_timeline_view_get_trajectory (view);
  g_autoptr(LpTrack) track = cursor_track (view);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *date = NULL, *heading = NULL, *body = NULL;
  LpNameDialog *dialog;
  LaneEdit *edit;
  LpDate day;

  if (t == NULL || track == NULL)
    return;
  _lp_timeline_view_get_cursor (view, NULL, &day);
  date = lp_date_format_display (day);
  heading = g_strdup_printf (_("New Module on %s"), date);
  body = g_strdup_printf (_("In the lane “%s”"), lp_track_get_name (track));
  dialog = edit_dialog_new (view, heading, _("_Add"), NULL, apply_module_add, &edit);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);
  edit->kinds = list_kinds (t);
  for (guint i = 0; i < edit->kinds->len; i++)
    g_ptr_array_add (names, (gpointer) lp_kind_get_name (g_ptr_array_index (edit->kinds, i)));
  g_ptr_array_add (names, NULL);
  lp_name_dialog_set_choices (dialog, _("_Kind"), (const char * const *) names->pdata, 0, TRUE);
  present (dialog);
}

/* ---- the menu ---- */

static void
append_item_with_target (GMenu      *menu,
                         const char *label,
                         const char *action,
                         const char *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (target));
  g_menu_append_item (menu, item);
}

/* The milestones near the cursor date and the periods over it. */
static void
append_markers_at (LpTimelineView *view,
                   GMenu          *menu,
                   LpDate          day)
{
  LpTrajectory *t = lp_timeline_view_get_trajectory (view);
  GListModel *milestones = lp_trajectory_get_milestones (t);
  GListModel *periods = lp_trajectory_get_periods (t);
  double tolerance = MAX (MARKER_HIT_PIXELS / MAX (lp_timeline_view_get_scale (view), MIN_SCALE),
                          MIN_MARKER_HIT_DAYS);

  for (guint i = 0; i < g_list_model_get_n_items (milestones); i++)
    {
      g_autoptr(LpMilestone) e = g_list_model_get_item (milestones, i);
      g_autofree char *edit = NULL, *remove = NULL, *shown = NULL;

      if (fabs ((double) lp_milestone_get_date (e) - (double) day) > tolerance)
        continue;
      shown = lp_menu_escape_underscores (lp_milestone_get_label (e));
      edit = g_strdup_printf (_("Edit Milestone “%s”…"), shown);
      remove = g_strdup_printf (_("Delete Milestone “%s”"), shown);
      append_item_with_target (menu, edit, "timeline.milestone-edit", lp_milestone_get_id (e));
      append_item_with_target (menu, remove, "timeline.milestone-delete", lp_milestone_get_id (e));
    }
  for (guint i = 0; i < g_list_model_get_n_items (periods); i++)
    {
      g_autoptr(LpPeriod) b = g_list_model_get_item (periods, i);
      g_autofree char *edit = NULL, *remove = NULL, *shown = NULL;

      if (day < lp_period_get_start (b) || day > lp_period_get_end (b))
        continue;
      shown = lp_menu_escape_underscores (lp_period_get_label (b));
      edit = g_strdup_printf (_("Edit Period “%s”…"), shown);
      remove = g_strdup_printf (_("Delete Period “%s”"), shown);
      append_item_with_target (menu, edit, "timeline.period-edit", lp_period_get_id (b));
      append_item_with_target (menu, remove, "timeline.period-delete", lp_period_get_id (b));
    }
}

GMenuModel *
lp_lane_menu_build (LpTimelineView *view,
                    gboolean        at_date)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) here = g_menu_new ();
  g_autoptr(GMenu) lane = g_menu_new ();
  LpDate day;

  g_return_val_if_fail (LP_IS_TIMELINE_VIEW (view), NULL);

  _lp_timeline_view_get_cursor (view, NULL, &day);
  if (at_date && lp_timeline_view_get_trajectory (view) != NULL)
    {
      append_markers_at (view, here, day);
      g_menu_append (here, _("Add M_odule Here…"), "timeline.module-add");
      g_menu_append (here, _("Add _Milestone Here…"), "timeline.milestone-add");
      g_menu_append (here, _("Add _Period Here…"), "timeline.period-add");
      lp_lane_presets_append (here);
      g_menu_append_section (menu, NULL, G_MENU_MODEL (here));
    }
  g_menu_append (lane, _("_Edit Lane…"), "timeline.track-edit");
  g_menu_append (lane, _("Move Lane _Up"), "timeline.track-up");
  g_menu_append (lane, _("Move Lane _Down"), "timeline.track-down");
  g_menu_append (lane, _("_Add Lane Below…"), "timeline.track-add");
  g_menu_append (lane, _("De_lete Lane"), "timeline.track-delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (lane));
  return G_MENU_MODEL (menu);
}

void
lp_lane_menu_update_actions (LpTimelineView *view)
{
  int n = (int) n_tracks (view);
  int index;

  g_return_if_fail (LP_IS_TIMELINE_VIEW (view));

  _lp_timeline_view_get_cursor (view, &index, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (view), "timeline.track-up", index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (view), "timeline.track-down", index < n - 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (view), "timeline.track-delete", n > 1);
}

static const LpActionEntry lane_actions[] = {
  { "timeline.track-edit", NULL, track_edit_action, 0, 0 },
  { "timeline.track-add", NULL, track_add_action, 0, 0 },
  { "timeline.track-up", NULL, track_move_action, 0, 0 },
  { "timeline.track-down", NULL, track_move_action, 0, 0 },
  { "timeline.track-delete", NULL, track_delete_action, 0, 0 },
  { "timeline.module-add", NULL, module_add_action, 0, 0 },
  { "timeline.milestone-add", NULL, marker_add_action, 0, 0 },
  { "timeline.period-add", NULL, marker_add_action, 0, 0 },
  { "timeline.milestone-edit", "s", milestone_edit_action, 0, 0 },
  { "timeline.milestone-delete", "s", milestone_delete_action, 0, 0 },
  { "timeline.period-edit", "s", period_edit_action, 0, 0 },
  { "timeline.period-delete", "s", period_delete_action, 0, 0 },
};

void
lp_lane_menu_install_actions (GtkWidgetClass *widget_class)
{
  lp_action_table_install (widget_class, lane_actions, G_N_ELEMENTS (lane_actions));
  lp_lane_presets_install (widget_class);
}
