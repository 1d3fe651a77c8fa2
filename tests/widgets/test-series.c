/* test-series.c — series on the timeline: "Repeat…" makes the copies, and
 * deleting or moving a member asks "only this one or the whole series?";
 * each answer is one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/lp-date.h"
#include "core/lp-series.h"
#include "ui/lp-module-editor-private.h"
#include "ui/lp-series-dialog.h"
#include "timeline-fixture.h"
#include "../series-fixture.h"

#define D(d, m, y) lp_date_from_dmy ((d), (m), (y))

static void
series_setup (Fixture *f, gconstpointer data)
{
  fixture_show (f, series_fixture_new ());
}

static guint
n_modules (Fixture *f)
{
  return g_list_model_get_n_items (lp_trajectory_get_modules (f->t));
}

/* m1 made into a weekly series of 4 (13, 20, 27 Oct, 3 Nov), history empty. */
static GPtrArray *
weekly_series (Fixture *f)
{
  LpSeriesRule four = { LP_SERIES_EVERY_N_WEEKS, 1, LP_DATE_NONE, 4 };

  lp_series_apply (f->t, lp_trajectory_lookup_module (f->t, "m1"), &four, NULL);
  lp_history_clear (f->h);
  return lp_series_get_members (f->t, lp_module_get_series (lp_trajectory_lookup_module (f->t, "m1")));
}

/* "Repeat…" on m1: the dialog offers "Monthly on the second Tuesday"; 6
 * times monthly says which sessions it makes and that 2 fall after the
 * period; Repeat adds 3 copies in series "s1"; one undo takes them away. */
static void
test_repeat_dialog (Fixture *f, gconstpointer data)
{
  LpSeriesRule six = { LP_SERIES_MONTHLY_WEEKDAY, 0, LP_DATE_NONE, 6 };
  AdwMessageDialog *dialog;
  GtkWidget *monthly, *summary;

  lp_timeline_view_set_selected_module (f->view, lp_trajectory_lookup_module (f->t, "m1"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.repeat", NULL));
  dialog = find_message_dialog ();
  g_assert_true (LP_IS_SERIES_DIALOG (dialog));
  monthly = find_widget_by_name (GTK_WIDGET (dialog), "series-monthly");
  g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (monthly)), ==, "Monthly on the second Tuesday");
  lp_series_dialog_set_rule (LP_SERIES_DIALOG (dialog), &six);
  summary = find_widget_by_name (GTK_WIDGET (dialog), "series-summary");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (summary)), ==,
                   "Makes 4 sessions: 13 Oct 2026 … 12 Jan 2027\n"
                   "2 sessions after the end of the period are left out.");
  g_assert_true (widget_draws (GTK_WIDGET (dialog)));
  answer_dialog (dialog, "repeat");
  g_assert_cmpuint (n_modules (f), ==, 5);
  g_assert_cmpstr (lp_module_get_series (lp_trajectory_lookup_module (f->t, "m1")), ==, "s1");
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
  g_assert_true (lp_history_undo (f->h));
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpuint (n_modules (f), ==, 2);
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

/* Until 3 Nov every 2 weeks: 13 Oct, 27 Oct; an end before any copy makes
 * none, and Repeat is not offered. */
static void
test_repeat_until (Fixture *f, gconstpointer data)
{
  LpSeriesRule until = { LP_SERIES_EVERY_N_WEEKS, 2, D (3, 11, 2026), 0 };
  LpSeriesRule too_soon = { LP_SERIES_EVERY_N_WEEKS, 2, D (20, 10, 2026), 0 };
  g_autoptr(LpModule) copy = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *summary;

  lp_timeline_view_set_selected_module (f->view, lp_trajectory_lookup_module (f->t, "m1"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.repeat", NULL));
  dialog = find_message_dialog ();
  summary = find_widget_by_name (GTK_WIDGET (dialog), "series-summary");
  lp_series_dialog_set_rule (LP_SERIES_DIALOG (dialog), &too_soon);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "repeat"));
  lp_series_dialog_set_rule (LP_SERIES_DIALOG (dialog), &until);
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "repeat"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (summary)), ==, "Makes 2 sessions: 13 Oct 2026 … 27 Oct 2026");
  answer_dialog (dialog, "repeat");
  g_assert_cmpuint (n_modules (f), ==, 3);
  copy = g_list_model_get_item (lp_trajectory_get_modules (f->t), 2);
  g_assert_cmpuint (lp_module_get_start (copy), ==, D (27, 10, 2026));
}

/* Delete on a member asks; Cancel keeps all; Only This One removes it;
 * Whole Series removes the rest, one undo step each. */
static void
test_delete_asks (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) members = weekly_series (f);
  AdwMessageDialog *dialog;

  lp_timeline_view_set_selected_module (f->view, g_ptr_array_index (members, 1));
  g_assert_true (press_key (f, GDK_KEY_Delete, 0));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete only this session or the whole series?");
  answer_dialog (dialog, "cancel");
  g_assert_cmpuint (n_modules (f), ==, 5);
  g_assert_false (lp_history_can_undo (f->h));

  g_assert_true (press_key (f, GDK_KEY_Delete, 0));
  answer_dialog (find_message_dialog (), "one");
  g_assert_cmpuint (n_modules (f), ==, 4);
  g_assert_null (lp_trajectory_lookup_module (f->t, lp_module_get_id (g_ptr_array_index (members, 1))));

  lp_timeline_view_set_selected_module (f->view, g_ptr_array_index (members, 2));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.delete", NULL));
  answer_dialog (find_message_dialog (), "all");
  g_assert_cmpuint (n_modules (f), ==, 1);
  g_assert_nonnull (lp_trajectory_lookup_module (f->t, "m2"));
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
  g_assert_true (lp_history_undo (f->h));
  g_assert_cmpuint (n_modules (f), ==, 4);
  g_assert_true (lp_history_undo (f->h));
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpuint (n_modules (f), ==, 5);
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

static void
assert_starts (GPtrArray *members,
               int        shift)
{
  const LpDate want[] = { D (13, 10, 2026), D (20, 10, 2026), D (27, 10, 2026), D (3, 11, 2026) };

  for (guint i = 0; i < members->len; i++)
    g_assert_cmpuint (lp_module_get_start (g_ptr_array_index (members, i)), ==, want[i] + shift);
}

/* Alt+Right moves a member a day and asks: Cancel puts it back; Whole
 * Series moves every member a day (one undo step); Only This One keeps the
 * single move.  The answer holds for the next moves of the same member
 * until another module is selected: no question each key press. */
static void
test_keyboard_move_asks (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) members = weekly_series (f);
  LpModule *second = g_ptr_array_index (members, 1);

  lp_timeline_view_set_selected_module (f->view, second);
  g_assert_true (press_key (f, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_cmpstr (adw_message_dialog_get_heading (find_message_dialog ()), ==,
                   "Move only this one or the whole series?");
  answer_dialog (find_message_dialog (), "cancel");
  assert_starts (members, 0);
  g_assert_false (lp_history_can_undo (f->h));

  g_assert_true (press_key (f, GDK_KEY_Right, GDK_ALT_MASK));
  answer_dialog (find_message_dialog (), "all");
  assert_starts (members, 1);
  g_assert_true (press_key (f, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_null (find_message_dialog ());
  assert_starts (members, 2);
  g_assert_true (lp_history_undo (f->h));
  assert_starts (members, 1);
  g_assert_true (lp_history_undo (f->h));
  g_assert_false (lp_history_can_undo (f->h));
  assert_starts (members, 0);

  /* another selection asks again */
  lp_timeline_view_set_selected_module (f->view, NULL);
  lp_timeline_view_set_selected_module (f->view, second);
  g_assert_true (press_key (f, GDK_KEY_Right, GDK_ALT_MASK));
  answer_dialog (find_message_dialog (), "one");
  g_assert_cmpuint (lp_module_get_start (second), ==, D (21, 10, 2026));
  g_assert_cmpuint (lp_module_get_start (g_ptr_array_index (members, 0)), ==, D (13, 10, 2026));
  g_assert_true (press_key (f, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_null (find_message_dialog ());
  g_assert_cmpuint (lp_module_get_start (second), ==, D (22, 10, 2026));
  g_assert_cmpuint (lp_module_get_start (g_ptr_array_index (members, 0)), ==, D (13, 10, 2026));
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

/* Dragging the first member a week later and down to lane t2, then Whole
 * Series: all a week later, all in t2, one undo step. */
static void
test_drag_move_asks (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) members = weekly_series (f);
  LpModule *first = g_ptr_array_index (members, 0);
  GtkGesture *drag = find_controller (GTK_WIDGET (f->view), GTK_TYPE_GESTURE_DRAG, 0);
  LpTimelineLayout *layout = lp_timeline_view_get_layout (f->view);
  LpTrack *t2 = lp_trajectory_lookup_track (f->t, "t2");
  double ly, lh, px, py, ly2, lh2, x, y, scale;
  LpBlock block;

  lp_timeline_view_set_scale (f->view, 20);
  lp_timeline_view_set_selected_module (f->view, first);
  g_assert_true (wait_for_frames (GTK_WIDGET (f->view), 2));
  g_assert_true (lp_timeline_layout_get_block (layout, first, &block));
  g_assert_true (lp_timeline_layout_get_lane (layout, 0, &ly, &lh));
  g_assert_true (lp_timeline_layout_get_lane (layout, 1, &ly2, &lh2));
  g_assert_true (lp_timeline_view_get_point (f->view, D (13, 10, 2026), 0, &px, &py));
  scale = lp_timeline_view_get_scale (f->view);
  x = px - scale / 2 + (block.rect.x - lp_timeline_layout_date_to_x (layout, D (13, 10, 2026))) + block.rect.width / 2;
  y = py - (ly + lh / 2) + block.rect.y + block.rect.height / 2;

  g_signal_emit_by_name (drag, "drag-begin", x, y);
  g_signal_emit_by_name (drag, "drag-update", 7 * scale, (ly2 + lh2 / 2) - (ly + lh / 2));
  g_assert_null (find_message_dialog ());
  g_signal_emit_by_name (drag, "drag-end", 7 * scale, (ly2 + lh2 / 2) - (ly + lh / 2));
  answer_dialog (find_message_dialog (), "all");
  assert_starts (members, 7);
  for (guint i = 0; i < members->len; i++)
    g_assert_true (lp_module_get_track (g_ptr_array_index (members, i)) == t2);
  g_assert_true (lp_history_undo (f->h));
  g_assert_false (lp_history_can_undo (f->h));
  assert_starts (members, 0);
  g_assert_true (widget_draws (GTK_WIDGET (f->view)));
}

/* The window menu's Repeat Module… opens the dialog for the selected
 * module, and nothing while no module is selected. */
static void
test_window_menu (void)
{
  LpWindow *window = lp_window_new (NULL);
  LpTrajectory *t = lp_window_get_trajectory (window);
  LpTimelineView *view = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_TIMELINE_VIEW);
  g_autoptr(LpTrack) lane = g_list_model_get_item (lp_trajectory_get_tracks (t), 0);
  g_autoptr(LpModule) m = lp_module_new ("m1");
  AdwMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  lp_module_set_kind_id (m, "workshop");
  lp_module_set_track (m, lane);
  lp_module_set_start (m, lp_trajectory_get_span_start (t) + 14);
  lp_module_set_end (m, lp_trajectory_get_span_start (t) + 14);
  lp_trajectory_add_module (t, m);
  lp_timeline_view_set_selected_module (view, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.repeat-module", NULL);
  g_assert_null (find_message_dialog ());
  lp_timeline_view_set_selected_module (view, m);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.repeat-module", NULL));
  dialog = find_message_dialog ();
  g_assert_true (LP_IS_SERIES_DIALOG (dialog));
  answer_dialog (dialog, "cancel");
  g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_modules (t)), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
type_and_enter (GtkWidget  *entry,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

/* The editor on a series member: the first changed field asks; Whole Series
 * sets it on every member (one undo step) and holds for the next field;
 * after selecting another module and back it asks again, and Only This One
 * changes the member alone; Cancel changes nothing and shows the old text. */
static void
test_editor_asks (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) members = weekly_series (f);
  LpModule *first = g_ptr_array_index (members, 0);
  LpModule *third = g_ptr_array_index (members, 2);
  GtkWidget *window = gtk_window_new ();
  LpModuleEditor *editor = LP_MODULE_EDITOR (lp_module_editor_new ());
  GtkWidget *location, *participants;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (editor));
  lp_module_editor_set_trajectory (editor, f->t);
  lp_module_editor_set_module (editor, first);
  gtk_window_present (GTK_WINDOW (window));
  location = _lp_module_editor_get_field (editor, "location");
  participants = _lp_module_editor_get_field (editor, "participants");

  type_and_enter (location, "Stadhuis");
  g_assert_cmpstr (adw_message_dialog_get_heading (find_message_dialog ()), ==,
                   "Change only this one or the whole series?");
  answer_dialog (find_message_dialog (), "all");
  for (guint i = 0; i < members->len; i++)
    g_assert_cmpstr (lp_module_get_location (g_ptr_array_index (members, i)), ==, "Stadhuis");
  type_and_enter (participants, "Raadsleden");
  g_assert_null (find_message_dialog ());
  g_assert_cmpstr (lp_module_get_participants (third), ==, "Raadsleden");
  g_assert_true (lp_history_undo (f->h));
  g_assert_null (lp_module_get_participants (third));
  g_assert_true (lp_history_undo (f->h));
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_null (lp_module_get_location (third));

  lp_module_editor_set_module (editor, lp_trajectory_lookup_module (f->t, "m2"));
  lp_module_editor_set_module (editor, first);
  type_and_enter (location, "Raadzaal");
  answer_dialog (find_message_dialog (), "cancel");
  g_assert_null (lp_module_get_location (first));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (location)), ==, "");
  type_and_enter (location, "Raadzaal");
  answer_dialog (find_message_dialog (), "one");
  g_assert_cmpstr (lp_module_get_location (first), ==, "Raadzaal");
  g_assert_null (lp_module_get_location (third));
  g_assert_true (widget_draws (GTK_WIDGET (editor)));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, fn) g_test_add ("/widgets/series/" path, Fixture, NULL, series_setup, fn, teardown)
  ADD ("repeat-dialog", test_repeat_dialog);
  ADD ("repeat-until", test_repeat_until);
  ADD ("delete-asks", test_delete_asks);
  ADD ("keyboard-move-asks", test_keyboard_move_asks);
  ADD ("drag-move-asks", test_drag_move_asks);
  ADD ("editor-asks", test_editor_asks);
  g_test_add_func ("/widgets/series/window-menu", test_window_menu);

  return g_test_run ();
}
