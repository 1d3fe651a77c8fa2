/* test-dates.c — date fields of the module editor and of Trajectory
 * Properties: typed dates, the calendar popover, errors under the right
 * field, and participant groups and kinds, each one undo step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "core/lp-date.h"
#include "ui/lp-date-entry.h"
#include "ui/lp-module-editor-private.h"
#include "ui/lp-properties-dialog.h"
#include "props-fixture.h"

#define D(d, m, y) lp_date_from_dmy (d, m, y)

/* Period 2028; track t1 (officials); module m1 20–21 March 2028 (when
 * with_module); milestone e1 (budget) 1 June; period b1 (recess) 1–14 July. */
static LpTrajectory *
make_trajectory (gboolean with_module)
{
  LpTrajectory *t = lp_trajectory_new ();
  g_autoptr(LpTrack) track = lp_track_new ("t1", "Ambtenaren", LP_TRACK_GROUP_OFFICIALS);
  g_autoptr(LpModule) m = lp_module_new ("m1");
  g_autoptr(LpMilestone) e = lp_milestone_new ("e1", D (1, 6, 2028), LP_MILESTONE_BUDGET, "Begroting");
  g_autoptr(LpPeriod) b = lp_period_new ("b1", D (1, 7, 2028), D (14, 7, 2028), LP_PERIOD_RECESS, "Zomerreces");

  lp_trajectory_load_set_header (t, "Test", NULL, NULL, NULL, D (1, 1, 2028), D (31, 12, 2028));
  lp_trajectory_load_track (t, track);
  lp_module_set_kind_id (m, "kick-off");
  lp_module_set_track (m, track);
  lp_module_set_start (m, D (20, 3, 2028));
  lp_module_set_end (m, D (21, 3, 2028));
  if (with_module)
    lp_trajectory_load_module (t, m);
  lp_trajectory_load_milestone (t, e);
  lp_trajectory_load_period (t, b);
  return t;
}

typedef struct {
  GtkWidget    *window;
  GtkWidget    *editor;
  LpTrajectory *t;
  LpHistory    *h;
  LpModule     *m;
} Editor;

static void
editor_setup (Editor *f, gconstpointer data)
{
  f->t = make_trajectory (TRUE);
  f->h = lp_trajectory_get_history (f->t);
  f->m = lp_trajectory_lookup_module (f->t, "m1");
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 900);
  f->editor = lp_module_editor_new ();
  gtk_window_set_child (GTK_WINDOW (f->window), f->editor);
  lp_module_editor_set_trajectory (LP_MODULE_EDITOR (f->editor), f->t);
  lp_module_editor_set_module (LP_MODULE_EDITOR (f->editor), f->m);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_allocation (f->editor);
}

static void
editor_teardown (Editor *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->t);
}

static void
type_and_enter (GtkWidget  *entry,
                const char *text)
{
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

/* "15 maart 2028" typed into the start field is stored as 2028-03-15 in one
 * undo step and shown back in the interface language. */
static void
test_editor_typed_dutch (Editor *f, gconstpointer data)
{
  GtkWidget *start = _lp_module_editor_get_field (LP_MODULE_EDITOR (f->editor), "start");

  g_assert_true (GTK_IS_ENTRY (start));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start)), ==, "20 March 2028");
  type_and_enter (start, "15 maart 2028");
  g_assert_cmpuint (lp_module_get_start (f->m), ==, D (15, 3, 2028));
  g_assert_cmpuint (lp_module_get_end (f->m), ==, D (21, 3, 2028));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start)), ==, "15 March 2028");
  g_assert_null (_lp_module_editor_get_error (LP_MODULE_EDITOR (f->editor), "start"));
  g_assert_true (lp_history_can_undo (f->h));
  lp_history_undo (f->h);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpuint (lp_module_get_start (f->m), ==, D (20, 3, 2028));

  /* the other written forms too */
  type_and_enter (start, "woensdag 15-3-2028");
  g_assert_cmpuint (lp_module_get_start (f->m), ==, D (15, 3, 2028));
  type_and_enter (start, "March 16, 2028");
  g_assert_cmpuint (lp_module_get_start (f->m), ==, D (16, 3, 2028));
  g_assert_true (widget_draws (f->editor));
}

static gboolean
popover_visible (gpointer data)
{
  return gtk_widget_get_visible (data) && gtk_widget_get_mapped (data);
}

static gboolean
popover_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* Picking a day in the calendar popover of the end field stores it (one undo
 * step) and closes the popover; turning to another month stores nothing. */
static void
test_editor_calendar (Editor *f, gconstpointer data)
{
  LpDateEntry *end = LP_DATE_ENTRY (_lp_module_editor_get_date_entry (LP_MODULE_EDITOR (f->editor), "end"));
  GtkWidget *button = lp_date_entry_get_button (end);
  GtkWidget *calendar;
  GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_autoptr(GDateTime) shown = NULL;
  g_autoptr(GDateTime) next_month = g_date_time_new_local (2028, 4, 2, 0, 0, 0);
  g_autoptr(GDateTime) pick = g_date_time_new_local (2028, 4, 25, 0, 0, 0);
  guint emitted = 0;

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  g_assert_true (wait_until (popover_visible, popover, 5000));
  /* the calendar opens on the field's date */
  calendar = gtk_popover_get_child (popover);
  g_assert_true (GTK_IS_CALENDAR (calendar));
  g_assert_true (calendar == lp_date_entry_get_calendar (end));
  shown = gtk_calendar_get_date (GTK_CALENDAR (calendar));
  g_assert_cmpint (g_date_time_get_year (shown), ==, 2028);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 3);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 21);

  /* another month (as the month arrows do): a page turn, nothing stored */
  g_signal_connect_swapped (calendar, "day-selected", G_CALLBACK (count_cb), &emitted);
  gtk_calendar_select_day (GTK_CALENDAR (calendar), next_month);
  if (emitted == 0)
    g_signal_emit_by_name (calendar, "day-selected");   /* when select_day does not emit it */
  g_assert_cmpuint (lp_module_get_end (f->m), ==, D (21, 3, 2028));
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));

  /* a day in the month on show: stored, and the popover closes */
  emitted = 0;
  gtk_calendar_select_day (GTK_CALENDAR (calendar), pick);
  if (emitted == 0)
    g_signal_emit_by_name (calendar, "day-selected");
  g_assert_cmpuint (lp_module_get_end (f->m), ==, D (25, 4, 2028));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (lp_date_entry_get_entry (end))), ==, "25 April 2028");
  g_assert_true (wait_until (popover_hidden, popover, 5000));
  g_assert_true (lp_history_can_undo (f->h));
  lp_history_undo (f->h);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpuint (lp_module_get_end (f->m), ==, D (21, 3, 2028));
  g_assert_true (widget_draws (f->editor));
}

/* Is label's top edge below widget's bottom edge, inside ancestor? */
static gboolean
is_under (GtkWidget *label,
          GtkWidget *widget)
{
  graphene_rect_t a, b;
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));

  g_assert_true (gtk_widget_compute_bounds (label, root, &a));
  g_assert_true (gtk_widget_compute_bounds (widget, root, &b));
  return a.origin.y >= b.origin.y + b.size.height - 0.5;
}

static gboolean
label_shows (GtkWidget  *label,
             const char *text)
{
  return GTK_IS_LABEL (label) && gtk_widget_get_visible (label) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0;
}

/* The visible error label right under field (its next shown sibling, or the
 * date field's own), or NULL. */
static GtkWidget *
error_label_under (GtkWidget *field)
{
  GtkWidget *date = gtk_widget_get_ancestor (field, LP_TYPE_DATE_ENTRY);
  const char *message;

  if (date != NULL)
    {
      message = lp_date_entry_get_error (LP_DATE_ENTRY (date));
      for (GtkWidget *w = gtk_widget_get_next_sibling (gtk_widget_get_parent (field)); w != NULL;
           w = gtk_widget_get_next_sibling (w))
        if (label_shows (w, message))
          return w;
      return NULL;
    }
  for (GtkWidget *w = gtk_widget_get_next_sibling (field); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (gtk_widget_get_visible (w))
      return GTK_IS_LABEL (w) && gtk_widget_has_css_class (w, "error") ? w : NULL;
  return NULL;
}

static void
wait_layout (GtkWidget *widget)
{
  gtk_widget_queue_resize (widget);
  wait_for_frame (widget);
  wait_for_frame (widget);   /* the frame after the resize */
}

/* The error is the field named wrong's (none for the field named right),
 * shown under wrong's field and above below (unless NULL). */
static void
assert_error_under (Editor     *f,
                    const char *wrong,
                    const char *right,
                    GtkWidget  *below)
{
  LpModuleEditor *editor = LP_MODULE_EDITOR (f->editor);
  GtkWidget *field = _lp_module_editor_get_field (editor, wrong);
  GtkWidget *label;

  wait_layout (f->editor);
  g_assert_nonnull (_lp_module_editor_get_error (editor, wrong));
  g_assert_null (_lp_module_editor_get_error (editor, right));
  label = error_label_under (field);
  g_assert_nonnull (label);
  g_assert_true (is_under (label, field));
  if (below != NULL)
    g_assert_true (is_under (below, label));
}

/* Each error shows under the field that is wrong, not under a neighbour. */
static void
test_editor_error_under_field (Editor *f, gconstpointer data)
{
  LpModuleEditor *editor = LP_MODULE_EDITOR (f->editor);
  GtkWidget *start = _lp_module_editor_get_field (editor, "start");
  GtkWidget *end = _lp_module_editor_get_field (editor, "end");
  GtkWidget *start_time = _lp_module_editor_get_field (editor, "start-time");
  GtkWidget *end_time = _lp_module_editor_get_field (editor, "end-time");

  /* an end before the start: under the end */
  type_and_enter (end, "1-3-2028");
  assert_error_under (f, "end", "start", start_time);
  g_assert_null (error_label_under (start));
  g_assert_true (gtk_widget_has_css_class (end, "error"));
  g_assert_false (gtk_widget_has_css_class (start, "error"));
  g_assert_cmpuint (lp_module_get_end (f->m), ==, D (21, 3, 2028));

  /* correcting the start (before that end) clears it and stores both */
  type_and_enter (start, "28 feb 2028");
  g_assert_null (_lp_module_editor_get_error (editor, "end"));
  g_assert_null (_lp_module_editor_get_error (editor, "start"));
  g_assert_false (gtk_widget_has_css_class (end, "error"));
  g_assert_cmpuint (lp_module_get_start (f->m), ==, D (28, 2, 2028));
  g_assert_cmpuint (lp_module_get_end (f->m), ==, D (1, 3, 2028));
  lp_history_undo (f->h);
  g_assert_false (lp_history_can_undo (f->h));

  /* a start after the end moves the module and keeps its length (two days) */
  type_and_enter (start, "1 april 2028");
  g_assert_null (_lp_module_editor_get_error (editor, "start"));
  g_assert_cmpuint (lp_module_get_start (f->m), ==, D (1, 4, 2028));
  g_assert_cmpuint (lp_module_get_end (f->m), ==, D (2, 4, 2028));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end)), ==, "2 April 2028");
  lp_history_undo (f->h);
  g_assert_false (lp_history_can_undo (f->h));

  /* a start outside the trajectory's period: under the start */
  type_and_enter (start, "1 december 2027");
  assert_error_under (f, "start", "end", end);
  g_assert_null (error_label_under (end));
  g_assert_nonnull (_lp_module_editor_get_error (editor, "start"));
  g_assert_null (_lp_module_editor_get_error (editor, "end"));
  g_assert_cmpuint (lp_module_get_start (f->m), ==, D (20, 3, 2028));
  g_assert_false (lp_history_can_undo (f->h));

  /* no date at all: under the start */
  type_and_enter (start, "31-2-2028");
  assert_error_under (f, "start", "end", end);
  g_assert_cmpuint (lp_module_get_start (f->m), ==, D (20, 3, 2028));

  /* a wrong time: under that time field, and the date error stays its own */
  type_and_enter (end_time, "25:99");
  assert_error_under (f, "end-time", "start-time", NULL);
  g_assert_null (error_label_under (start_time));
  g_assert_false (lp_history_can_undo (f->h));

  /* when the module changes, the start field shows its date again, without
   * the error about the text that is gone */
  type_and_enter (_lp_module_editor_get_field (editor, "title"), "Aftrap");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start)), ==, "20 March 2028");
  g_assert_null (_lp_module_editor_get_error (editor, "start"));
  g_assert_false (gtk_widget_has_css_class (start, "error"));
  g_assert_true (widget_draws (f->editor));
}

/* ---- Trajectory Properties ---- */

static void
props_setup (Props *f, gconstpointer data)
{
  props_open (f, make_trajectory (FALSE), 700, 900);
}

static LpDateEntry *
props_date (Props      *f,
            const char *name)
{
  GtkWidget *w = find_widget_by_name (f->dialog, name);

  g_assert_true (LP_IS_DATE_ENTRY (w));
  return LP_DATE_ENTRY (w);
}

static gboolean
is_red (LpDateEntry *entry)
{
  return gtk_widget_has_css_class (lp_date_entry_get_entry (entry), "error");
}

static void
type_date (LpDateEntry *entry,
           const char  *text)
{
  type_and_enter (lp_date_entry_get_entry (entry), text);
}

/* A start after the end turns both fields red with a message under the
 * field typed in; correcting either field clears both and stores the period
 * in one undo step. */
static void
test_props_start_after_end (Props *f, gconstpointer data)
{
  LpDateEntry *start = props_date (f, "span-start");
  LpDateEntry *end = props_date (f, "span-end");

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (lp_date_entry_get_entry (start))), ==, "1 January 2028");

  /* corrected by the start */
  type_date (start, "1 januari 2029");
  g_assert_true (is_red (start));
  g_assert_true (is_red (end));
  g_assert_nonnull (lp_date_entry_get_error (start));
  g_assert_null (lp_date_entry_get_error (end));
  g_assert_cmpuint (lp_trajectory_get_span_start (f->t), ==, D (1, 1, 2028));
  g_assert_false (lp_history_can_undo (f->h));
  type_date (start, "15-1-2028");
  g_assert_false (is_red (start));
  g_assert_false (is_red (end));
  g_assert_null (lp_date_entry_get_error (start));
  g_assert_cmpuint (lp_trajectory_get_span_start (f->t), ==, D (15, 1, 2028));
  lp_history_undo (f->h);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpuint (lp_trajectory_get_span_start (f->t), ==, D (1, 1, 2028));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (lp_date_entry_get_entry (start))), ==, "1 January 2028");

  /* corrected by the end: the typed start and the new end are kept together */
  type_date (start, "1 januari 2029");
  g_assert_true (is_red (start) && is_red (end));
  type_date (end, "31 december 2029");
  g_assert_false (is_red (start));
  g_assert_false (is_red (end));
  g_assert_null (lp_date_entry_get_error (start));
  g_assert_null (lp_date_entry_get_error (end));
  g_assert_cmpuint (lp_trajectory_get_span_start (f->t), ==, D (1, 1, 2029));
  g_assert_cmpuint (lp_trajectory_get_span_end (f->t), ==, D (31, 12, 2029));
  lp_history_undo (f->h);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpuint (lp_trajectory_get_span_start (f->t), ==, D (1, 1, 2028));
  g_assert_cmpuint (lp_trajectory_get_span_end (f->t), ==, D (31, 12, 2028));

  /* a module that would fall outside is named in the question; kept */
  {
    g_autoptr(LpModule) m = lp_module_new ("m1");
    lp_module_set_kind_id (m, "kick-off");
    lp_module_set_title (m, "Aftrap");
    lp_module_set_track (m, lp_trajectory_lookup_track (f->t, "t1"));
    lp_module_set_start (m, D (20, 3, 2028));
    lp_module_set_end (m, D (21, 3, 2028));
    lp_trajectory_load_module (f->t, m);
  }
  type_date (end, "1-3-2028");
  {
    AdwMessageDialog *question = find_message_dialog ();

    g_assert_nonnull (question);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "Aftrap"));
    adw_message_dialog_response (question, "keep");
    gtk_window_destroy (GTK_WINDOW (question));
  }
  g_assert_null (lp_date_entry_get_error (end));
  g_assert_null (lp_date_entry_get_error (start));
  g_assert_false (is_red (start));   /* the start is not what is wrong */
  g_assert_cmpuint (lp_trajectory_get_span_end (f->t), ==, D (31, 12, 2028));
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_true (widget_draws (f->dialog));
}

/* Milestone and period dates take typed dates; a new start of a period
 * moves it and keeps its length; an end before its start shows under the
 * end. */
static void
test_props_item_dates (Props *f, gconstpointer data)
{
  LpMilestone *e = lp_trajectory_lookup_milestone (f->t, "e1");
  LpPeriod *b = lp_trajectory_lookup_period (f->t, "b1");
  LpDateEntry *from = props_date (f, "b1-start");
  LpDateEntry *to = props_date (f, "b1-end");

  type_date (props_date (f, "e1-date"), "Wed 15 March 2028");
  g_assert_cmpuint (lp_milestone_get_date (e), ==, D (15, 3, 2028));
  lp_history_undo (f->h);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpuint (lp_milestone_get_date (e), ==, D (1, 6, 2028));

  type_date (from, "1 augustus 2028");
  g_assert_cmpuint (lp_period_get_start (b), ==, D (1, 8, 2028));
  g_assert_cmpuint (lp_period_get_end (b), ==, D (14, 8, 2028));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (lp_date_entry_get_entry (to))), ==, "14 August 2028");
  lp_history_undo (f->h);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpuint (lp_period_get_start (b), ==, D (1, 7, 2028));
  g_assert_cmpuint (lp_period_get_end (b), ==, D (14, 7, 2028));

  type_date (to, "30-6-2028");
  g_assert_nonnull (lp_date_entry_get_error (to));
  g_assert_null (lp_date_entry_get_error (from));
  g_assert_true (is_red (from));
  g_assert_cmpuint (lp_period_get_end (b), ==, D (14, 7, 2028));
  type_date (to, "20-7-2028");
  g_assert_null (lp_date_entry_get_error (to));
  g_assert_false (is_red (from));
  g_assert_cmpuint (lp_period_get_end (b), ==, D (20, 7, 2028));
  g_assert_true (widget_draws (f->dialog));
}

static void
choose (Props      *f,
        const char *name,
        guint       position)
{
  GtkWidget *w = find_widget_by_name (f->dialog, name);

  g_assert_true (GTK_IS_DROP_DOWN (w));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (w), position);
}

static guint
shown (Props      *f,
       const char *name)
{
  return gtk_drop_down_get_selected (GTK_DROP_DOWN (find_widget_by_name (f->dialog, name)));
}

/* A track's participant group, a milestone's kind and a period's kind are
 * chosen in the dialog, each one undo step that the drop-down follows. */
static void
test_props_group_and_kinds (Props *f, gconstpointer data)
{
  LpTrack *track = lp_trajectory_lookup_track (f->t, "t1");
  LpMilestone *e = lp_trajectory_lookup_milestone (f->t, "e1");
  LpPeriod *b = lp_trajectory_lookup_period (f->t, "b1");

  g_assert_cmpuint (shown (f, "t1-group"), ==, LP_TRACK_GROUP_OFFICIALS);
  choose (f, "t1-group", LP_TRACK_GROUP_COUNCIL);
  g_assert_cmpint (lp_track_get_group (track), ==, LP_TRACK_GROUP_COUNCIL);
  lp_history_undo (f->h);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpint (lp_track_get_group (track), ==, LP_TRACK_GROUP_OFFICIALS);
  g_assert_cmpuint (shown (f, "t1-group"), ==, LP_TRACK_GROUP_OFFICIALS);
  lp_history_redo (f->h);
  g_assert_cmpuint (shown (f, "t1-group"), ==, LP_TRACK_GROUP_COUNCIL);
  lp_history_undo (f->h);

  g_assert_cmpuint (shown (f, "e1-kind"), ==, LP_MILESTONE_BUDGET);
  choose (f, "e1-kind", LP_MILESTONE_ELECTION);
  g_assert_cmpint (lp_milestone_get_kind (e), ==, LP_MILESTONE_ELECTION);
  lp_history_undo (f->h);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpint (lp_milestone_get_kind (e), ==, LP_MILESTONE_BUDGET);
  g_assert_cmpuint (shown (f, "e1-kind"), ==, LP_MILESTONE_BUDGET);

  g_assert_cmpuint (shown (f, "b1-kind"), ==, LP_PERIOD_RECESS);
  choose (f, "b1-kind", LP_PERIOD_HOLIDAY);
  g_assert_cmpint (lp_period_get_kind (b), ==, LP_PERIOD_HOLIDAY);
  lp_history_undo (f->h);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpint (lp_period_get_kind (b), ==, LP_PERIOD_RECESS);
  g_assert_cmpuint (shown (f, "b1-kind"), ==, LP_PERIOD_RECESS);
  g_assert_true (widget_draws (f->dialog));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/widgets/dates/editor/typed-dutch", Editor, NULL, editor_setup, test_editor_typed_dutch, editor_teardown);
  g_test_add ("/widgets/dates/editor/calendar", Editor, NULL, editor_setup, test_editor_calendar, editor_teardown);
  g_test_add ("/widgets/dates/editor/error-under-field", Editor, NULL, editor_setup, test_editor_error_under_field, editor_teardown);
  g_test_add ("/widgets/dates/properties/start-after-end", Props, NULL, props_setup, test_props_start_after_end, props_teardown);
  g_test_add ("/widgets/dates/properties/item-dates", Props, NULL, props_setup, test_props_item_dates, props_teardown);
  g_test_add ("/widgets/dates/properties/group-and-kinds", Props, NULL, props_setup, test_props_group_and_kinds, props_teardown);
  return g_test_run ();
}
