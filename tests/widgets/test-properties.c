/* test-properties.c — Trajectory Properties: where the focus goes after a
 * move or a deletion, empty names, Ctrl+Z, deleting a lane that holds
 * modules, and a shorter period that leaves modules out (the list of them
 * holds its modules)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "core/lp-date.h"
#include "ui/lp-date-entry.h"
#include "ui/lp-span-change.h"
#include "ui/lp-properties-dialog.h"
#include "ui/lp-shift-dialog.h"
#include "ui/lp-a11y-names.h"
#include "props-fixture.h"

#define D(d, m, y) lp_date_from_dmy (d, m, y)
#define N_MODULES 13

/* Period 2028; lanes t1 "Ambtenaren", t2 "Ontwikkelgroep" (13 modules
 * "Ontwikkelgroep 1" … "13", one every four weeks from 10 January, two days
 * each), t3 "Raad" (one module m99, 1–2 March); milestones e1, e2, e3;
 * period b1 1–14 July. */
static LpTrajectory *
make_trajectory (void)
{
  LpTrajectory *t = lp_trajectory_new ();
  const char *lanes[] = { "Ambtenaren", "Ontwikkelgroep", "Raad" };

  lp_trajectory_load_set_header (t, "Test", NULL, NULL, NULL, D (1, 1, 2028), D (31, 12, 2028));
  for (guint i = 0; i < G_N_ELEMENTS (lanes); i++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", i + 1);
      g_autoptr(LpTrack) track = lp_track_new (id, lanes[i], LP_TRACK_GROUP_OTHER);
      lp_trajectory_load_track (t, track);
    }
  for (guint i = 0; i <= N_MODULES; i++)
    {
      g_autofree char *id = g_strdup_printf ("m%u", i < N_MODULES ? i + 1 : 99);
      g_autofree char *title = g_strdup_printf ("Ontwikkelgroep %u", i + 1);
      g_autoptr(LpModule) m = lp_module_new (id);
      LpDate start = i < N_MODULES ? D (10, 1, 2028) + 28 * i : D (1, 3, 2028);

      lp_module_set_kind_id (m, "workshop");
      lp_module_set_title (m, i < N_MODULES ? title : "Raadsavond");
      lp_module_set_track (m, lp_trajectory_lookup_track (t, i < N_MODULES ? "t2" : "t3"));
      lp_module_set_start (m, start);
      lp_module_set_end (m, start + 1);
      lp_trajectory_load_module (t, m);
    }
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i + 1);
      g_autofree char *label = g_strdup_printf ("Mijlpaal %u", i + 1);
      g_autoptr(LpMilestone) e = lp_milestone_new (id, D (1, 4 + i, 2028), LP_MILESTONE_OTHER, label);
      lp_trajectory_load_milestone (t, e);
    }
  {
    g_autoptr(LpPeriod) b = lp_period_new ("b1", D (1, 7, 2028), D (14, 7, 2028), LP_PERIOD_RECESS, "Zomerreces");
    lp_trajectory_load_period (t, b);
  }
  return t;
}

static void
props_setup (Props *f, gconstpointer data)
{
  props_open (f, make_trajectory (), 800, 1000);
}

static GtkWidget *
named (Props      *f,
       const char *name)
{
  GtkWidget *w = find_widget_by_name (f->dialog, name);

  g_assert_nonnull (w);
  return w;
}

static GtkWidget *
focus (Props *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->dialog));
}

/* Is the focus on widget or inside it? */
static gboolean
focus_in (Props     *f,
          GtkWidget *widget)
{
  GtkWidget *w = focus (f);

  return w != NULL && (w == widget || gtk_widget_is_ancestor (w, widget));
}

/* Does any text field of root have text selected? */
static gboolean
any_selection (GtkWidget *root)
{
  if (GTK_IS_TEXT (root) && gtk_editable_get_selection_bounds (GTK_EDITABLE (root), NULL, NULL))
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (any_selection (c))
      return TRUE;
  return FALSE;
}

static void
press (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  gtk_widget_grab_focus (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
ctrl_z (Props *f)
{
  g_assert_true (gtk_widget_activate_action (f->dialog, "properties.undo", NULL));
}

/* Ctrl+Z reaches "properties.undo" before the fields see it. */
static void
test_shortcut (Props *f, gconstpointer data)
{
  GListModel *controllers = gtk_widget_observe_controllers (f->dialog);
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !found; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (c) || gtk_event_controller_get_propagation_phase (c) != GTK_PHASE_CAPTURE)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (c)) && !found; j++)
        {
          g_autoptr(GtkShortcut) s = g_list_model_get_item (G_LIST_MODEL (c), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (s));
          g_autofree char *action = gtk_shortcut_action_to_string (gtk_shortcut_get_action (s));

          found = g_str_equal (trigger, "<Control>z") && strstr (action, "properties.undo") != NULL;
        }
    }
  g_object_unref (controllers);
  g_assert_true (found);
}

/* Moving a lane keeps the focus on its button, selects no text, and Ctrl+Z
 * undoes the move (with the focus still there). */
static void
test_move_keeps_focus (Props *f, gconstpointer data)
{
  LpTrack *t3 = lp_trajectory_lookup_track (f->t, "t3");

  g_assert_false (any_selection (f->dialog));   /* nor when the dialog opens */
  press (named (f, "t3-up"));
  g_assert_cmpint (lp_trajectory_get_track_index (f->t, t3), ==, 1);
  g_assert_true (focus (f) == named (f, "t3-up"));
  g_assert_false (any_selection (f->dialog));
  g_assert_true (widget_draws (f->dialog));

  /* at the top, Move Up can no longer be pressed: Move Down has the focus */
  press (named (f, "t3-up"));
  g_assert_cmpint (lp_trajectory_get_track_index (f->t, t3), ==, 0);
  g_assert_false (gtk_widget_is_sensitive (named (f, "t3-up")));
  g_assert_true (focus (f) == named (f, "t3-down"));

  ctrl_z (f);
  g_assert_cmpint (lp_trajectory_get_track_index (f->t, t3), ==, 1);
  g_assert_true (focus (f) == named (f, "t3-down"));
  ctrl_z (f);
  g_assert_cmpint (lp_trajectory_get_track_index (f->t, t3), ==, 2);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_false (any_selection (f->dialog));
  g_assert_true (widget_draws (f->dialog));
}

/* Deleting a milestone puts the focus in the name of the one now in its
 * place (the one before it for the last), with nothing selected; Ctrl+Z
 * there (no edit of its own) brings the milestone back; with an edit of its
 * own in the field, Ctrl+Z leaves the document alone. */
static void
test_delete_keeps_focus (Props *f, gconstpointer data)
{
  GListModel *milestones = lp_trajectory_get_milestones (f->t);
  GtkWidget *text;

  press (named (f, "e2-delete"));
  g_assert_null (lp_trajectory_lookup_milestone (f->t, "e2"));
  g_assert_true (focus_in (f, named (f, "e3-name")));
  g_assert_true (GTK_IS_TEXT (focus (f)));
  g_assert_false (any_selection (f->dialog));
  g_assert_true (widget_draws (f->dialog));

  /* the last one: its neighbour before it */
  press (named (f, "e3-delete"));
  g_assert_true (focus_in (f, named (f, "e1-name")));
  g_assert_false (any_selection (f->dialog));

  ctrl_z (f);
  g_assert_nonnull (lp_trajectory_lookup_milestone (f->t, "e3"));
  g_assert_true (focus_in (f, named (f, "e1-name")));
  ctrl_z (f);
  g_assert_nonnull (lp_trajectory_lookup_milestone (f->t, "e2"));
  g_assert_cmpuint (g_list_model_get_n_items (milestones), ==, 3);
  g_assert_false (lp_history_can_undo (f->h));

  /* an edit of the field's own, not stored: Ctrl+Z leaves the document alone */
  text = focus (f);
  g_assert_true (GTK_IS_TEXT (text));
  press (named (f, "e1-delete"));
  g_assert_true (lp_history_can_undo (f->h));
  text = focus (f);
  g_assert_true (focus_in (f, named (f, "e2-name")));
  gtk_editable_insert_text (GTK_EDITABLE (text), "x", 1, &(int) { 0 });
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (text)), ==, "xMijlpaal 2");
  ctrl_z (f);
  g_assert_null (lp_trajectory_lookup_milestone (f->t, "e1"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (text)), ==, "Mijlpaal 2");
  g_assert_true (widget_draws (f->dialog));
}

/* Focus arriving as with Tab selects nothing; Enter on an empty name keeps
 * the old one, with the error in the row. */
static void
test_empty_name_refused (Props *f, gconstpointer data)
{
  LpTrack *t2 = lp_trajectory_lookup_track (f->t, "t2");
  GtkWidget *row = named (f, "t2-name");
  const char *empty[] = { "", "   " };

  for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
    {
      GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row)));

      gtk_widget_grab_focus (row);   /* as Tab does */
      g_assert_false (any_selection (f->dialog));
      gtk_editable_set_text (GTK_EDITABLE (row), empty[i]);
      g_signal_emit_by_name (text, "activate");
      g_assert_cmpstr (lp_track_get_name (t2), ==, "Ontwikkelgroep");
      g_assert_false (lp_history_can_undo (f->h));
      g_assert_true (gtk_widget_has_css_class (row, "error"));
      g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "empty"));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Ontwikkelgroep");
    }

  /* a real name is kept, and the error goes */
  gtk_editable_set_text (GTK_EDITABLE (row), "Ontwikkelteam");
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (row)), "activate");
  g_assert_cmpstr (lp_track_get_name (t2), ==, "Ontwikkelteam");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Name");
  /* and Ctrl+Z there undoes it, in the model and in the field */
  ctrl_z (f);
  g_assert_cmpstr (lp_track_get_name (t2), ==, "Ontwikkelgroep");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Ontwikkelgroep");
  g_assert_true (widget_draws (f->dialog));
}

static AdwMessageDialog *
question (void)
{
  AdwMessageDialog *dialog = find_message_dialog ();

  g_assert_nonnull (dialog);
  return dialog;
}

/* Deleting a lane that holds modules asks first and says how many; Cancel
 * keeps it; Delete removes the lane and its modules, one undo step. */
static void
test_delete_lane_asks (Props *f, gconstpointer data)
{
  GListModel *modules = lp_trajectory_get_modules (f->t);
  LpTrack *t2 = lp_trajectory_lookup_track (f->t, "t2");
  AdwMessageDialog *dialog;

  press (named (f, "t2-delete"));
  dialog = question ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete “Ontwikkelgroep” and its 13 modules?");
  answer_dialog (dialog, "cancel");
  g_assert_cmpint (lp_trajectory_get_track_index (f->t, t2), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (modules), ==, N_MODULES + 1);
  g_assert_false (lp_history_can_undo (f->h));

  press (named (f, "t3-delete"));
  dialog = question ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete “Raad” and its 1 module?");
  answer_dialog (dialog, "cancel");

  press (named (f, "t2-delete"));
  answer_dialog (question (), "delete");
  g_assert_cmpint (lp_trajectory_get_track_index (f->t, t2), <, 0);
  g_assert_cmpuint (g_list_model_get_n_items (modules), ==, 1);
  g_assert_true (focus_in (f, named (f, "t3-name")));
  g_assert_false (any_selection (f->dialog));
  g_assert_true (widget_draws (f->dialog));
  ctrl_z (f);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpint (lp_trajectory_get_track_index (f->t, t2), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (modules), ==, N_MODULES + 1);
  g_assert_true (widget_draws (f->dialog));
}

static void
type_date (GtkWidget  *date_entry,
           const char *text)
{
  GtkWidget *entry = lp_date_entry_get_entry (LP_DATE_ENTRY (date_entry));

  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

static gboolean
all_inside (LpTrajectory *t)
{
  GListModel *modules = lp_trajectory_get_modules (t);

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);
      if (lp_module_get_start (m) < lp_trajectory_get_span_start (t) ||
          lp_module_get_end (m) > lp_trajectory_get_span_end (t))
        return FALSE;
    }
  return TRUE;
}

/* Ending the period on 20 June leaves Ontwikkelgroep 7–13 out: all seven
 * are counted, five named and the rest summed up; keeping the old period
 * changes nothing, moving them in is one undo step with the period. */
static void
test_shorter_span (Props *f, gconstpointer data)
{
  GtkWidget *end = named (f, "span-end");
  LpModule *m13 = lp_trajectory_lookup_module (f->t, "m13");
  LpModule *m5 = lp_trajectory_lookup_module (f->t, "m5");
  LpDate m13_start = lp_module_get_start (m13);
  AdwMessageDialog *dialog;
  const char *body;

  type_date (end, "20-6-2028");
  dialog = question ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "7 modules would fall outside the new dates");
  body = adw_message_dialog_get_body (dialog);
  for (guint i = 7; i <= 11; i++)
    {
      g_autofree char *title = g_strdup_printf ("“Ontwikkelgroep %u”", i);
      g_assert_nonnull (strstr (body, title));
    }
  g_assert_null (strstr (body, "Ontwikkelgroep 12"));
  g_assert_nonnull (strstr (body, "and 2 more modules"));
  answer_dialog (dialog, "keep");
  g_assert_cmpuint (lp_trajectory_get_span_end (f->t), ==, D (31, 12, 2028));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (lp_date_entry_get_entry (LP_DATE_ENTRY (end)))), ==,
                   "31 December 2028");
  g_assert_false (lp_history_can_undo (f->h));

  type_date (end, "20-6-2028");
  answer_dialog (question (), "move");
  g_assert_cmpuint (lp_trajectory_get_span_end (f->t), ==, D (20, 6, 2028));
  g_assert_true (all_inside (f->t));
  g_assert_cmpuint (lp_module_get_end (m13), ==, D (20, 6, 2028));
  g_assert_cmpuint (lp_module_get_start (m13), ==, D (19, 6, 2028));
  g_assert_cmpuint (lp_module_get_start (m5), ==, D (10, 1, 2028) + 28 * 4);   /* inside: not moved */
  g_assert_true (widget_draws (f->dialog));
  lp_history_undo (f->h);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpuint (lp_trajectory_get_span_end (f->t), ==, D (31, 12, 2028));
  g_assert_cmpuint (lp_module_get_start (m13), ==, m13_start);
  g_assert_true (widget_draws (f->dialog));
}

/* An end ten years after the start (a year typed wrong) is refused with a
 * message at the field, as the reader would refuse the saved file; one day
 * less is taken. */
static void
test_period_at_most_ten_years (Props *f, gconstpointer data)
{
  GtkWidget *start = named (f, "span-start");
  GtkWidget *end = named (f, "span-end");
  LpDate old_end = lp_trajectory_get_span_end (f->t);

  g_assert_cmpuint (lp_trajectory_get_span_start (f->t), ==, D (1, 1, 2028));
  type_date (end, "1-1-2038");
  g_assert_cmpuint (lp_trajectory_get_span_end (f->t), ==, old_end);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpstr (lp_date_entry_get_error (LP_DATE_ENTRY (end)), ==,
                   "A trajectory lasts less than 10 years. Is the year right?");
  g_assert_true (widget_draws (f->dialog));

  type_date (end, "31-12-2037");
  g_assert_null (lp_date_entry_get_error (LP_DATE_ENTRY (end)));
  g_assert_cmpuint (lp_trajectory_get_span_end (f->t), ==, D (31, 12, 2037));
  /* the start moved back is measured against the end as well */
  type_date (start, "31-12-2027");
  g_assert_nonnull (lp_date_entry_get_error (LP_DATE_ENTRY (start)));
  g_assert_cmpuint (lp_trajectory_get_span_start (f->t), ==, D (1, 1, 2028));
  g_assert_true (widget_draws (f->dialog));
}

static void
check_period_cb (LpTrajectory *t,
               gboolean     *inverted)
{
  LpPeriod *b = lp_trajectory_lookup_period (t, "b1");

  if (lp_period_get_end (b) < lp_period_get_start (b))
    *inverted = TRUE;
}

/* A period's new start moves it, its length kept, with the end untouched
 * by the user; at no "changed" does it end before it starts. */
static void
test_period_moved_later (Props *f, gconstpointer data)
{
  LpPeriod *b = lp_trajectory_lookup_period (f->t, "b1");
  gboolean inverted = FALSE;
  gulong handler = g_signal_connect (f->t, "changed", G_CALLBACK (check_period_cb), &inverted);

  type_date (named (f, "b1-start"), "1 september 2028");
  g_assert_false (inverted);
  g_assert_cmpuint (lp_period_get_start (b), ==, D (1, 9, 2028));
  g_assert_cmpuint (lp_period_get_end (b), ==, D (14, 9, 2028));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (lp_date_entry_get_entry (LP_DATE_ENTRY (named (f, "b1-end"))))),
                   ==, "14 September 2028");
  lp_history_undo (f->h);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpuint (lp_period_get_end (b), ==, D (14, 7, 2028));
  g_assert_false (inverted);
  /* and earlier again */
  type_date (named (f, "b1-start"), "1 februari 2028");
  g_assert_cmpuint (lp_period_get_end (b), ==, D (14, 2, 2028));
  g_assert_false (inverted);
  g_signal_handler_disconnect (f->t, handler);
  g_assert_true (widget_draws (f->dialog));
}

/* A new period lasts two weeks from the start, but ends with the
 * trajectory's period. */
static void
test_new_period_within (Props *f, gconstpointer data)
{
  GListModel *periods = lp_trajectory_get_periods (f->t);
  g_autoptr(LpPeriod) added = NULL;

  lp_trajectory_set_span (f->t, D (1, 1, 2028), D (10, 1, 2028));
  press (find_button (f->dialog, "Add _Period"));
  g_assert_cmpuint (g_list_model_get_n_items (periods), ==, 2);
  added = g_list_model_get_item (periods, 1);
  g_assert_cmpuint (lp_period_get_start (added), ==, D (1, 1, 2028));
  g_assert_cmpuint (lp_period_get_end (added), ==, D (10, 1, 2028));
  g_assert_true (widget_draws (f->dialog));
}

/* The list of modules a new period leaves out holds a reference to each
 * of them, and lets it go with the list. */
static void
test_outside_modules_held (Props *f, gconstpointer data)
{
  LpModule *first = lp_trajectory_lookup_module (f->t, "m1");
  guint before = G_OBJECT (first)->ref_count;
  GPtrArray *outside = lp_span_outside_modules (f->t, D (1, 2, 2028), D (31, 12, 2028));

  g_assert_cmpuint (outside->len, ==, 1);
  g_assert_true (g_ptr_array_index (outside, 0) == first);
  g_assert_cmpuint (G_OBJECT (first)->ref_count, ==, before + 1);
  g_ptr_array_unref (outside);
  g_assert_cmpuint (G_OBJECT (first)->ref_count, ==, before);
  g_assert_true (widget_draws (f->dialog));
}

/* Starting the period on 1 February (31 days later) offers to shift the
 * programme: everything moves by five weeks (35 days), the period
 * becomes 1 February – 31 December, and one undo restores it all. */
static void
test_shorter_span_shift (Props *f, gconstpointer data)
{
  LpModule *m1 = lp_trajectory_lookup_module (f->t, "m1");
  LpMilestone *e1 = lp_trajectory_lookup_milestone (f->t, "e1");
  LpPeriod *b1 = lp_trajectory_lookup_period (f->t, "b1");
  AdwMessageDialog *dialog;

  g_assert_cmpint (lp_span_shift_days (D (1, 1, 2028), D (1, 2, 2028)), ==, 35);
  g_assert_cmpint (lp_span_shift_days (D (1, 2, 2028), D (1, 1, 2028)), ==, -28);

  type_date (named (f, "span-start"), "1-2-2028");
  dialog = question ();
  g_assert_true (adw_message_dialog_has_response (dialog, "shift"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "shift"), ==, "_Shift the Programme");
  answer_dialog (dialog, "shift");
  g_assert_cmpuint (lp_trajectory_get_span_start (f->t), ==, D (1, 2, 2028));
  g_assert_cmpuint (lp_trajectory_get_span_end (f->t), ==, D (31, 12, 2028));
  g_assert_cmpuint (lp_module_get_start (m1), ==, D (10, 1, 2028) + 35);
  g_assert_cmpuint (lp_milestone_get_date (e1), ==, D (1, 4, 2028) + 35);
  g_assert_cmpuint (lp_period_get_start (b1), ==, D (1, 7, 2028) + 35);
  g_assert_true (widget_draws (f->dialog));
  lp_history_undo (f->h);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpuint (lp_trajectory_get_span_start (f->t), ==, D (1, 1, 2028));
  g_assert_cmpuint (lp_module_get_start (m1), ==, D (10, 1, 2028));
  g_assert_cmpuint (lp_milestone_get_date (e1), ==, D (1, 4, 2028));
  g_assert_cmpuint (lp_period_get_start (b1), ==, D (1, 7, 2028));
  g_assert_true (widget_draws (f->dialog));
}

/* "Shift the Programme…" in the properties: 2 weeks shows the new start and
 * moves every module, milestone, period and the trajectory's period by 14
 * days; one undo restores them. */
static void
test_shift_dialog (Props *f, gconstpointer data)
{
  LpModule *m13 = lp_trajectory_lookup_module (f->t, "m13");
  LpMilestone *e3 = lp_trajectory_lookup_milestone (f->t, "e3");
  LpPeriod *b1 = lp_trajectory_lookup_period (f->t, "b1");
  LpDate m13_start = lp_module_get_start (m13);
  AdwMessageDialog *dialog;
  GtkWidget *label;

  press (named (f, "shift-programme"));
  dialog = question ();
  g_assert_true (LP_IS_SHIFT_DIALOG (dialog));
  lp_shift_dialog_set_weeks (LP_SHIFT_DIALOG (dialog), 2);
  label = find_widget_by_name (GTK_WIDGET (dialog), "shift-new-start");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "New start: 15 January 2028");
  answer_dialog (dialog, "shift");
  g_assert_cmpuint (lp_trajectory_get_span_start (f->t), ==, D (15, 1, 2028));
  g_assert_cmpuint (lp_trajectory_get_span_end (f->t), ==, D (14, 1, 2029));
  g_assert_cmpuint (lp_module_get_start (m13), ==, m13_start + 14);
  g_assert_cmpuint (lp_milestone_get_date (e3), ==, D (15, 6, 2028));
  g_assert_cmpuint (lp_period_get_start (b1), ==, D (15, 7, 2028));
  g_assert_cmpuint (lp_period_get_end (b1), ==, D (28, 7, 2028));
  g_assert_true (widget_draws (f->dialog));
  lp_history_undo (f->h);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpuint (lp_trajectory_get_span_start (f->t), ==, D (1, 1, 2028));
  g_assert_cmpuint (lp_module_get_start (m13), ==, m13_start);
  g_assert_cmpuint (lp_period_get_end (b1), ==, D (14, 7, 2028));
  g_assert_true (widget_draws (f->dialog));
}

static gboolean
dialog_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* Counts the mapped buttons with a text label under root whose accessible
 * name is that label without mnemonic underscores, said once (no
 * labelled-by relation, which GTK 4.8 would read after it); fails on any
 * other; with_underline counts those whose label has a mnemonic. */
static guint
check_text_buttons (GtkWidget *root,
                    guint     *with_underline)
{
  guint n = 0;

  if (GTK_IS_BUTTON (root) && gtk_widget_get_mapped (root) && gtk_button_get_label (GTK_BUTTON (root)) != NULL)
    {
      const char *label = gtk_button_get_label (GTK_BUTTON (root));
      g_autofree char *name = lp_a11y_strip_mnemonic (label);

      g_test_message ("button “%s”", label);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
      g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
      if (strchr (label, '_') != NULL)
        (*with_underline)++;
      n++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += check_text_buttons (child, with_underline);
  return n;
}

/* What a screen reader reads in the dialog: each button with a text label
 * by that label, once and without "_"; each date field by its row's title
 * (the row itself has no name to point to). */
static void
test_accessible_names (Props *f, gconstpointer data)
{
  GtkWidget *start = find_widget_by_name (GTK_WIDGET (f->dialog), "span-start");
  GtkWidget *row;
  g_autofree char *title = NULL;
  guint with_underline = 0;

  g_assert_true (wait_until (dialog_mapped, f->dialog, 5000));
  g_assert_cmpuint (check_text_buttons (GTK_WIDGET (f->dialog), &with_underline), >=, 3);
  g_assert_cmpuint (with_underline, >=, 3);

  g_assert_nonnull (start);
  row = gtk_widget_get_ancestor (start, ADW_TYPE_ACTION_ROW);
  title = lp_a11y_strip_mnemonic (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  g_assert_cmpstr (title, !=, "");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (lp_date_entry_get_entry (LP_DATE_ENTRY (start))),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, title);
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (lp_date_entry_get_entry (LP_DATE_ENTRY (start))),
                                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  g_assert_true (widget_draws (f->dialog));
}

static void
count_capped_rows (GtkWidget *widget,
                   guint     *n_short,
                   guint     *n_long)
{
  if (ADW_IS_ENTRY_ROW (widget) && g_object_get_data (G_OBJECT (widget), "lp-property") != NULL)
    {
      const char *property = g_object_get_data (G_OBJECT (widget), "lp-property");
      GtkText *text = GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (widget)));

      if (strcmp (property, "description") == 0)
        {
          g_assert_cmpint (gtk_text_get_max_length (text), ==, 0);
          (*n_long)++;
        }
      else
        {
          g_assert_cmpint (gtk_text_get_max_length (text), ==, LP_MAX_SHORT_TEXT);
          (*n_short)++;
        }
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    count_capped_rows (c, n_short, n_long);
}

/* Title, client, author and every lane's name take no more characters than
 * a file holds (LP_MAX_SHORT_TEXT); the description is not cut there. */
static void
test_names_keep_to_file_limit (Props *f, gconstpointer data)
{
  guint n_short = 0, n_long = 0;

  count_capped_rows (GTK_WIDGET (f->dialog), &n_short, &n_long);
  /* title, client, author and at least one lane */
  g_assert_cmpuint (n_short, >=, 4);
  g_assert_cmpuint (n_long, ==, 1);
  g_assert_true (widget_draws (f->dialog));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, fn) g_test_add ("/widgets/properties/" path, Props, NULL, props_setup, fn, props_teardown)
  ADD ("ctrl-z-shortcut", test_shortcut);
  ADD ("move-keeps-focus", test_move_keeps_focus);
  ADD ("delete-keeps-focus", test_delete_keeps_focus);
  ADD ("empty-name-refused", test_empty_name_refused);
  ADD ("delete-lane-asks", test_delete_lane_asks);
  ADD ("shorter-period", test_shorter_span);
  ADD ("period-at-most-ten-years", test_period_at_most_ten_years);
  ADD ("period-moved-later", test_period_moved_later);
  ADD ("new-period-within", test_new_period_within);
  ADD ("outside-modules-held", test_outside_modules_held);
  ADD ("shorter-period-shift", test_shorter_span_shift);
  ADD ("shift-dialog", test_shift_dialog);
  ADD ("accessible-names", test_accessible_names);
  ADD ("names-keep-to-file-limit", test_names_keep_to_file_limit);
#undef ADD
  return g_test_run ();
}
