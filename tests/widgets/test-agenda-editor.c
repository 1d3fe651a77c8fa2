/* test-agenda-editor.c — the Programme section of the module editor: add,
 * edit, move and remove items, each one undo step; breaks and problems shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "core/lp-date.h"
#include "ui/lp-agenda-row.h"
#include "ui/lp-agenda-section.h"
#include "ui/lp-module-editor.h"
#include "widget-test-util.h"

#define D(d, m, y) lp_date_from_dmy (d, m, y)
#define HM(h, m) ((h) * 60 + (m))

typedef struct {
  GtkWidget       *window;
  GtkWidget       *editor;
  LpAgendaSection *section;
  LpTrajectory    *t;
  LpHistory       *h;
  LpModule        *m;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  g_autoptr(LpTrack) track = lp_track_new ("t1", "Gezamenlijk", LP_TRACK_GROUP_JOINT);
  g_autoptr(LpModule) m = lp_module_new ("m1");

  f->t = lp_trajectory_new ();
  lp_trajectory_load_set_header (f->t, "Test", NULL, NULL, NULL, D (1, 1, 2028), D (31, 12, 2028));
  lp_trajectory_load_track (f->t, track);
  lp_module_set_kind_id (m, "deep-dive-day");
  lp_module_set_track (m, track);
  lp_module_set_start (m, D (20, 3, 2028));
  lp_module_set_end (m, D (20, 3, 2028));
  lp_module_set_start_time (m, HM (9, 0));
  lp_module_set_end_time (m, HM (10, 0));
  lp_trajectory_load_module (f->t, m);
  f->m = m;
  f->h = lp_trajectory_get_history (f->t);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 900);
  f->editor = lp_module_editor_new ();
  gtk_window_set_child (GTK_WINDOW (f->window), f->editor);
  lp_module_editor_set_trajectory (LP_MODULE_EDITOR (f->editor), f->t);
  lp_module_editor_set_module (LP_MODULE_EDITOR (f->editor), f->m);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_allocation (f->editor);
  f->section = find_widget_by_type (f->editor, LP_TYPE_AGENDA_SECTION);
  g_assert_nonnull (f->section);
}

static void
teardown (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->t);
}

static GtkWidget *
part (Fixture *f, guint row, const char *name)
{
  return lp_agenda_row_get_part (LP_AGENDA_ROW (_lp_agenda_section_get_row (f->section, row)), name);
}

static void
type_and_enter (GtkWidget *entry, const char *text)
{
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
}

static const LpAgendaItem *
item (Fixture *f, guint i)
{
  return lp_agenda_get_item (lp_module_get_agenda (f->m), i);
}

static guint
n_items (Fixture *f)
{
  return lp_agenda_get_n_items (lp_module_get_agenda (f->m));
}

static void
add (Fixture *f)
{
  g_signal_emit_by_name (_lp_agenda_section_get_add_button (f->section), "clicked");
}

/* Add gives an item at the module's start, focused on its title; typing a
 * title, a who, a start and a length each makes one undo step. */
static void
test_add_and_edit (Fixture *f, gconstpointer data)
{
  add (f);
  g_assert_cmpuint (n_items (f), ==, 1);
  g_assert_cmpint (item (f, 0)->start, ==, HM (9, 0));
  /* the focus is in the new item's title (the entry's text inside it) */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), part (f, 0, "title")));

  /* title and who hold no more than a file does */
  g_assert_cmpint (gtk_entry_get_max_length (GTK_ENTRY (part (f, 0, "title"))), ==, LP_MAX_SHORT_TEXT);
  g_assert_cmpint (gtk_entry_get_max_length (GTK_ENTRY (part (f, 0, "who"))), ==, LP_MAX_SHORT_TEXT);
  type_and_enter (part (f, 0, "title"), "Welkom");
  g_assert_cmpstr (item (f, 0)->title, ==, "Welkom");
  type_and_enter (part (f, 0, "who"), "Burgemeester");
  g_assert_cmpstr (item (f, 0)->who, ==, "Burgemeester");
  type_and_enter (part (f, 0, "duration"), "0:45");
  g_assert_cmpint (item (f, 0)->end, ==, HM (9, 45));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (part (f, 0, "duration"))), ==, "45");
  type_and_enter (part (f, 0, "start"), "9:15");
  g_assert_cmpint (item (f, 0)->start, ==, HM (9, 15));
  g_assert_cmpint (item (f, 0)->end, ==, HM (10, 0));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (part (f, 0, "times"))), ==, "09:15–10:00 (45 min)");

  /* Five steps: add, title, who, length, start. */
  for (guint i = 0; i < 5; i++)
    g_assert_true (lp_history_undo (f->h));
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpuint (n_items (f), ==, 0);
  g_assert_true (widget_draws (f->editor));
}

/* Bad text is shown under the row and not stored. */
static void
test_refuses_bad_text (Fixture *f, gconstpointer data)
{
  add (f);
  type_and_enter (part (f, 0, "start"), "negen uur");
  g_assert_true (gtk_widget_get_visible (part (f, 0, "error")));
  g_assert_cmpint (item (f, 0)->start, ==, HM (9, 0));
  type_and_enter (part (f, 0, "start"), "09:00");
  type_and_enter (part (f, 0, "title"), "  ");
  g_assert_true (gtk_widget_get_visible (part (f, 0, "error")));
  g_assert_cmpstr (item (f, 0)->title, !=, "");
  g_assert_true (lp_history_undo (f->h));
  g_assert_false (lp_history_can_undo (f->h));
}

/* A break between items is shown; moving the second up swaps them (one
 * step); overlaps and items after the module's end are listed as problems;
 * Remove takes one item away (one step). */
static void
test_move_remove_problems (Fixture *f, gconstpointer data)
{
  add (f);
  add (f);
  g_assert_cmpuint (n_items (f), ==, 2);
  type_and_enter (part (f, 0, "title"), "A");
  type_and_enter (part (f, 1, "title"), "B");
  type_and_enter (part (f, 1, "start"), "09:40");
  g_assert_true (gtk_widget_get_visible (part (f, 0, "gap")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (part (f, 0, "gap"))), ==, "Break of 10 min");
  g_assert_cmpuint (_lp_agenda_section_get_n_problems (f->section), ==, 1);
  g_assert_cmpstr (_lp_agenda_section_get_problem (f->section, 0), ==, "“B” ends after the module ends at 10:00");

  g_signal_emit_by_name (part (f, 1, "up"), "clicked");
  g_assert_cmpstr (item (f, 0)->title, ==, "B");
  g_assert_cmpint (item (f, 0)->start, ==, HM (9, 0));
  g_assert_cmpint (item (f, 1)->start, ==, HM (9, 40));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (part (f, 0, "title"))), ==, "B");
  g_assert_cmpstr (_lp_agenda_section_get_problem (f->section, 0), ==, "“A” ends after the module ends at 10:00");
  g_assert_true (lp_history_undo (f->h));
  g_assert_cmpstr (item (f, 0)->title, ==, "A");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (part (f, 0, "title"))), ==, "A");

  type_and_enter (part (f, 1, "start"), "09:15");
  g_assert_cmpuint (_lp_agenda_section_get_n_problems (f->section), ==, 1);
  g_assert_cmpstr (_lp_agenda_section_get_problem (f->section, 0), ==, "“A” and “B” overlap");

  g_signal_emit_by_name (part (f, 0, "remove"), "clicked");
  g_assert_cmpuint (n_items (f), ==, 1);
  g_assert_cmpstr (item (f, 0)->title, ==, "B");
  g_assert_true (lp_history_undo (f->h));
  g_assert_cmpuint (n_items (f), ==, 2);
  g_assert_true (widget_draws (f->editor));
}

/* The editor asks for no more than the 280 pixels the window gives it,
 * without a module and with a programme over two days (with a problem). */
static void
test_narrow (Fixture *f, gconstpointer data)
{
  int min = 0, natural = 0;

  lp_module_editor_set_module (LP_MODULE_EDITOR (f->editor), NULL);
  gtk_widget_measure (f->editor, GTK_ORIENTATION_HORIZONTAL, -1, &min, &natural, NULL, NULL);
  g_assert_cmpint (natural, <=, 280);
  lp_module_editor_set_module (LP_MODULE_EDITOR (f->editor), f->m);

  lp_module_set_end (f->m, lp_module_get_start (f->m) + 1);
  add (f);
  add (f);
  type_and_enter (part (f, 1, "title"), "Een lange titel voor een onderdeel van de tweede dag");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (part (f, 1, "day")), 2);
  g_assert_cmpuint (item (f, 1)->day, ==, 2);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (part (f, 1, "day"))));
  gtk_widget_measure (f->editor, GTK_ORIENTATION_HORIZONTAL, -1, &min, &natural, NULL, NULL);
  type_and_enter (part (f, 0, "start"), "08:30");
  g_assert_cmpuint (_lp_agenda_section_get_n_problems (f->section), >, 0);
  g_assert_cmpint (natural, <=, 280);
  g_assert_true (widget_draws (f->editor));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/widgets/agenda-editor/add-and-edit", Fixture, NULL, setup, test_add_and_edit, teardown);
  g_test_add ("/widgets/agenda-editor/refuses-bad-text", Fixture, NULL, setup, test_refuses_bad_text, teardown);
  g_test_add ("/widgets/agenda-editor/move-remove-problems", Fixture, NULL, setup, test_move_remove_problems, teardown);
  g_test_add ("/widgets/agenda-editor/narrow", Fixture, NULL, setup, test_narrow, teardown);
  return g_test_run ();
}
