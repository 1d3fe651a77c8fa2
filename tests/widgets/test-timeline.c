/* test-timeline.c — the real timeline, palette, editor and window, driven
 * through their event controllers and actions under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "core/lp-comment-edit.h"
#include "core/lp-date.h"
#include "core/lp-library.h"
#include "core/lp-sample.h"
#include "io/lp-reader.h"
#include "ui/lp-lane-delete.h"
#include "ui/lp-module-editor-private.h"
#include "ui/lp-name-dialog.h"
#include "ui/lp-palette.h"
#include "ui/lp-timeline-block.h"
#include "ui/lp-timeline-view.h"
#include "ui/lp-window-private.h"
#include "timeline-fixture.h"
#include <adwaita.h>

static char *
expected_dates (LpDate start,
                LpDate end)
{
  g_autofree char *first = lp_date_format_display (start);
  g_autofree char *last = lp_date_format_display (end);

  return start == end ? g_steal_pointer (&first) : g_strdup_printf ("%s – %s", first, last);
}

/* What a screen reader finds: the view ("Timeline", a group) and, among its
 * children, first one per lane (group; name: the lane's name, description:
 * its participant group), then the milestones and periods in view (image;
 * "NAME, DATE(S)", description: the kind), then the blocks in view (button;
 * "TITLE, DATES, LANE, KIND, STATUS"); nothing for a milestone out of view. */
static void
test_accessible_name (Fixture *f, gconstpointer data)
{
  guint lanes = 0, markers = 0, blocks = 0, hidden;
  gboolean coalition = FALSE, summer = FALSE;

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_PROPERTY_LABEL, "Timeline");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_ROLE_GROUP);

  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (f->view)); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      gpointer item;
      g_autofree char *expected = NULL;
      g_autofree char *dates = NULL;

      if (!LP_IS_TIMELINE_BLOCK (w))
        continue;
      if (!gtk_widget_get_child_visible (w))
        {
          /* a spare child is not in the accessible tree */
          gtk_test_accessible_assert_state (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);
          continue;
        }
      gtk_test_accessible_assert_state (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_STATE_HIDDEN, FALSE);
      item = lp_timeline_block_get_item (LP_TIMELINE_BLOCK (w));
      g_assert_nonnull (item);
      if (LP_IS_TRACK (item))
        {
          g_assert_cmpuint (markers + blocks, ==, 0);
          gtk_test_accessible_assert_role (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_ROLE_GROUP);
          gtk_test_accessible_assert_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                               lp_track_get_name (item));
          gtk_test_accessible_assert_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                               lp_track_group_get_label (lp_track_get_group (item)));
          lanes++;
        }
      else if (LP_IS_MILESTONE (item) || LP_IS_PERIOD (item))
        {
          gboolean milestone = LP_IS_MILESTONE (item);

          g_assert_cmpuint (blocks, ==, 0);
          g_assert_false (milestone && g_str_equal (lp_milestone_get_id (item), "e1"));
          dates = milestone ? expected_dates (lp_milestone_get_date (item), lp_milestone_get_date (item))
                            : expected_dates (lp_period_get_start (item), lp_period_get_end (item));
          expected = g_strdup_printf ("%s, %s", milestone ? lp_milestone_get_label (item) : lp_period_get_label (item),
                                      dates);
          gtk_test_accessible_assert_role (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_ROLE_IMG);
          gtk_test_accessible_assert_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
          gtk_test_accessible_assert_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                               milestone ? lp_milestone_kind_get_label (lp_milestone_get_kind (item))
                                                         : lp_period_kind_get_label (lp_period_get_kind (item)));
          coalition |= milestone && g_str_equal (lp_milestone_get_label (item), "Coalitieakkoord");
          summer |= !milestone && g_str_equal (lp_period_get_label (item), "Zomerreces");
          markers++;
        }
      else
        {
          LpModule *m = lp_timeline_block_get_module (LP_TIMELINE_BLOCK (w));

          g_assert_true (m == item);
          dates = expected_dates (lp_module_get_start (m), lp_module_get_end (m));
          expected = g_strdup_printf ("%s, %s, %s, %s, %s", lp_trajectory_get_module_title (f->t, m), dates,
                                      lp_track_get_name (lp_module_get_track (m)),
                                      lp_kind_get_name (lp_trajectory_get_module_kind (f->t, m)),
                                      lp_status_get_label (lp_module_get_status (m)));
          if (lp_module_count_open_comments (m) > 0)   /* the badge, said */
            {
              guint open = lp_module_count_open_comments (m);
              char *more = g_strdup_printf ("%s, %u open comment%s", expected, open, open == 1 ? "" : "s");
              g_free (expected);
              expected = more;
            }
          gtk_test_accessible_assert_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
          gtk_test_accessible_assert_role (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_ROLE_BUTTON);
          blocks++;
        }
    }
  g_assert_cmpuint (lanes, ==, g_list_model_get_n_items (lp_trajectory_get_tracks (f->t)));
  g_assert_true (coalition);
  g_assert_true (summer);
  g_assert_cmpuint (blocks, >, 10);

  /* a renamed lane is read with its new name */
  lp_trajectory_set_string (f->t, lp_trajectory_lookup_track (f->t, "t1"), "name", "Raad");
  wait_for_frame (GTK_WIDGET (f->view));
  lanes = 0;
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (f->view)); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (LP_IS_TIMELINE_BLOCK (w) && lp_timeline_block_get_item (LP_TIMELINE_BLOCK (w)) == lp_trajectory_lookup_track (f->t, "t1"))
      {
        gtk_test_accessible_assert_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL, "Raad");
        lanes++;
      }
  g_assert_cmpuint (lanes, ==, 1);

  /* zoomed in, blocks leave the view: their children are spare, hidden
   * from assistive technologies, and every child left in the tree is named */
  lp_timeline_view_zoom_in (f->view);
  lp_timeline_view_zoom_in (f->view);
  wait_for_frame (GTK_WIDGET (f->view));
  hidden = 0;
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (f->view)); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (LP_IS_TIMELINE_BLOCK (w) && !gtk_widget_get_child_visible (w))
      {
        gtk_test_accessible_assert_state (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);
        hidden++;
      }
    else if (LP_IS_TIMELINE_BLOCK (w))
      {
        gtk_test_accessible_assert_state (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_STATE_HIDDEN, FALSE);
        g_assert_nonnull (lp_timeline_block_get_item (LP_TIMELINE_BLOCK (w)));
      }
  g_assert_cmpuint (hidden, >, 0);
}

/* The keyboard cursor is told: with no block selected and the focus on the
 * view, its description is "LANE, DATE", following the arrow keys. */
static void
test_cursor_announced (Fixture *f, gconstpointer data)
{
  LpDate date = lp_trajectory_get_span_start (f->t) + 50;
  g_autofree char *day = NULL, *week_later = NULL;
  g_autofree char *expected = NULL;
  const char *lane1, *lane2;

  lane1 = lp_track_get_name (lp_trajectory_lookup_track (f->t, "t2"));
  lane2 = lp_track_get_name (lp_trajectory_lookup_track (f->t, "t3"));
  lp_timeline_view_set_selected_module (f->view, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (f->view));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (f->view)));
  lp_timeline_view_set_cursor (f->view, 1, date);
  day = lp_date_format_display (date);
  expected = g_strdup_printf ("%s, %s", lane1, day);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);

  g_assert_true (press_key (f, GDK_KEY_Right, 0));
  g_assert_true (press_key (f, GDK_KEY_Down, 0));
  week_later = lp_date_format_display (date + 7);
  g_free (expected);
  expected = g_strdup_printf ("%s, %s", lane2, week_later);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
}

static void
test_drop_kind (Fixture *f, gconstpointer data)
{
  GtkDropTarget *target = find_controller (GTK_WIDGET (f->view), GTK_TYPE_DROP_TARGET, 0);
  LpKind *kind = lp_library_lookup_builtin ("two-day-session");
  LpDate date = lp_trajectory_get_span_start (f->t) + 40;
  g_auto(GValue) value = G_VALUE_INIT;
  guint n = g_list_model_get_n_items (lp_trajectory_get_modules (f->t));
  gboolean ok = FALSE;
  LpModule *m;
  double x, y;

  g_assert_nonnull (target);
  g_assert_true (lp_timeline_view_get_point (f->view, date, 1, &x, &y));
  g_value_init (&value, LP_TYPE_KIND);
  g_value_set_object (&value, kind);
  g_signal_emit_by_name (target, "drop", &value, x, y, &ok);
  g_assert_true (ok);

  g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_modules (f->t)), ==, n + 1);
  m = lp_timeline_view_get_selected_module (f->view);
  g_assert_nonnull (m);
  g_assert_cmpstr (lp_module_get_kind_id (m), ==, "two-day-session");
  g_assert_cmpuint (lp_module_get_start (m), ==, date);
  g_assert_cmpuint (lp_module_get_end (m), ==, date + 1);      /* the kind's two days */
  g_assert_true (lp_module_get_track (m) == lp_trajectory_lookup_track (f->t, "t2"));
  g_assert_cmpint (lp_module_get_status (m), ==, LP_STATUS_DRAFT);

  /* one undo step removes it again */
  lp_history_undo (f->h);
  g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_modules (f->t)), ==, n);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_null (lp_timeline_view_get_selected_module (f->view));
}

static void
test_keyboard (Fixture *f, gconstpointer data)
{
  LpModule *m = lp_trajectory_lookup_module (f->t, "m10");
  LpDate start, end;
  LpTrack *track;

  /* a module away from the edges of the period */
  lp_trajectory_move_module (f->t, m, lp_trajectory_lookup_track (f->t, "t1"),
                             lp_trajectory_get_span_start (f->t) + 100,
                             lp_trajectory_get_span_start (f->t) + 101);
  lp_history_clear (f->h);
  start = lp_module_get_start (m);
  end = lp_module_get_end (m);
  track = lp_module_get_track (m);
  lp_timeline_view_set_selected_module (f->view, m);

  g_assert_true (press_key (f, GDK_KEY_Right, 0));                       /* +1 week */
  g_assert_cmpuint (lp_module_get_start (m), ==, start + 7);
  g_assert_true (press_key (f, GDK_KEY_Left, GDK_ALT_MASK));             /* −1 day */
  g_assert_cmpuint (lp_module_get_start (m), ==, start + 6);
  g_assert_true (press_key (f, GDK_KEY_Right, GDK_SHIFT_MASK));          /* one day longer */
  g_assert_cmpuint (lp_module_get_end (m), ==, end + 7);
  g_assert_cmpuint (lp_module_get_start (m), ==, start + 6);
  g_assert_true (press_key (f, GDK_KEY_Down, 0));                        /* next lane */
  g_assert_true (lp_module_get_track (m) == lp_trajectory_lookup_track (f->t, "t2"));

  /* each key press is one undo step */
  lp_history_undo (f->h);
  g_assert_true (lp_module_get_track (m) == track);
  lp_history_undo (f->h);
  lp_history_undo (f->h);
  lp_history_undo (f->h);
  g_assert_cmpuint (lp_module_get_start (m), ==, start);
  g_assert_cmpuint (lp_module_get_end (m), ==, end);
  g_assert_false (lp_history_can_undo (f->h));
  lp_history_redo (f->h);
  g_assert_cmpuint (lp_module_get_start (m), ==, start + 7);

  /* Ctrl+D duplicates, Delete removes; both undoable */
  {
    guint n = g_list_model_get_n_items (lp_trajectory_get_modules (f->t));

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.duplicate", NULL));
    g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_modules (f->t)), ==, n + 1);
    g_assert_true (lp_timeline_view_get_selected_module (f->view) != m);
    g_assert_true (press_key (f, GDK_KEY_Delete, 0));
    g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_modules (f->t)), ==, n);
    lp_history_undo (f->h);
    g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_modules (f->t)), ==, n + 1);
    lp_history_undo (f->h);
    g_assert_cmpuint (g_list_model_get_n_items (lp_trajectory_get_modules (f->t)), ==, n);
  }
}

/* Tab walks every block once, in date order; past the last one focus may
 * leave the timeline; Shift+Tab walks back. */
static void
test_tab_order (Fixture *f, gconstpointer data)
{
  guint n = g_list_model_get_n_items (lp_trajectory_get_modules (f->t));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  LpModule *previous = NULL, *last = NULL;

  g_assert_cmpuint (n, >, 10);
  lp_timeline_view_set_selected_module (f->view, NULL);
  for (guint i = 0; i < n; i++)
    {
      LpModule *m;

      g_assert_true (press_key (f, GDK_KEY_Tab, 0));
      m = lp_timeline_view_get_selected_module (f->view);
      g_assert_nonnull (m);
      g_assert_false (g_hash_table_contains (seen, m));
      g_hash_table_add (seen, m);
      if (previous != NULL)
        g_assert_cmpuint (lp_module_get_start (previous), <=, lp_module_get_start (m));
      previous = m;
    }
  last = previous;
  g_assert_false (press_key (f, GDK_KEY_Tab, 0));           /* focus moves on */
  g_assert_true (lp_timeline_view_get_selected_module (f->view) == last);

  g_assert_true (press_key (f, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_true (lp_timeline_view_get_selected_module (f->view) != last);
  g_assert_cmpuint (lp_module_get_start (lp_timeline_view_get_selected_module (f->view)), <=,
                    lp_module_get_start (last));
  g_assert_true (press_key (f, GDK_KEY_Tab, 0));
  g_assert_true (lp_timeline_view_get_selected_module (f->view) == last);
  /* selecting is not an edit */
  g_assert_false (lp_history_can_undo (f->h));
}

/* The dialog that the lane actions open: type a name (unless NULL), pick
 * the choice at that position (unless -1) and confirm. */
static void
answer_name_dialog (const char *name,
                    int         choice)
{
  AdwMessageDialog *dialog = find_message_dialog ();

  g_assert_true (LP_IS_NAME_DIALOG (dialog));
  if (name != NULL)
    gtk_editable_set_text (GTK_EDITABLE (lp_name_dialog_get_name_entry (LP_NAME_DIALOG (dialog))), name);
  if (choice >= 0)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (lp_name_dialog_get_choice (LP_NAME_DIALOG (dialog))), (guint) choice);
  adw_message_dialog_response (dialog, "apply");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The position of the choice labelled label in the open dialog's drop-down. */
static int
dialog_choice_position (const char *label)
{
  AdwMessageDialog *dialog = find_message_dialog ();
  GListModel *model;

  g_assert_true (LP_IS_NAME_DIALOG (dialog));
  model = gtk_drop_down_get_model (GTK_DROP_DOWN (lp_name_dialog_get_choice (LP_NAME_DIALOG (dialog))));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);
      if (g_strcmp0 (gtk_string_object_get_string (item), label) == 0)
        return (int) i;
    }
  return -1;
}

/* The timeline's context menu (a popover menu child). */
static GtkWidget *
find_popover_menu (Fixture *f)
{
  GtkWidget *popover = NULL;

  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (f->view)); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_POPOVER_MENU (c))
      popover = c;
  g_assert_nonnull (popover);
  return popover;
}

/* The timeline has a size and draws: its name column and its plot area each
 * render more than two colours. */
static void
assert_timeline_draws (Fixture *f)
{
  int w, h;
  g_autofree guchar *pixels = render_widget (GTK_WIDGET (f->view), &w, &h);

  g_assert_cmpint (w, >, 400);
  g_assert_cmpuint (count_colours (pixels, w, 0, h / 4, 160, h), >, 2);
  g_assert_cmpuint (count_colours (pixels, w, 180, h / 4, w, h), >, 2);
}

/* Whether any label of the menu (or its sections) contains that word. */
static gboolean
menu_label_contains (GMenuModel *menu,
                     const char *word)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (section != NULL && menu_label_contains (section, word))
        return TRUE;
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label) &&
          strstr (label, word) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Lanes, milestones and periods edited from the lane menu, each one undo
 * step; the timeline draws after each. */
static void
test_lane_menu (Fixture *f, gconstpointer data)
{
  GtkWidget *view = GTK_WIDGET (f->view);
  GListModel *tracks = lp_trajectory_get_tracks (f->t);
  GListModel *modules = lp_trajectory_get_modules (f->t);
  LpTrack *t1 = lp_trajectory_lookup_track (f->t, "t1");
  LpTrack *t2 = lp_trajectory_lookup_track (f->t, "t2");
  LpDate day = lp_trajectory_get_span_start (f->t) + 60;
  guint n = g_list_model_get_n_items (tracks);
  guint n_modules = g_list_model_get_n_items (modules);
  LpTrackGroup t2_group = lp_track_get_group (t2);
  g_autofree char *t2_name = g_strdup (lp_track_get_name (t2));
  LpMilestone *e;
  LpPeriod *b;

  lp_history_clear (f->h);
  g_assert_cmpint (lp_trajectory_get_track_index (f->t, t2), ==, 1);
  g_assert_cmpint (t2_group, !=, LP_TRACK_GROUP_COUNCIL);

  /* the Menu key opens the lane menu at the keyboard cursor */
  {
    GtkWidget *popover;
    GMenuModel *menu;

    lp_timeline_view_set_selected_module (f->view, NULL);
    lp_timeline_view_set_cursor (f->view, 1, day);
    g_assert_true (press_key (f, GDK_KEY_Menu, 0));
    popover = find_popover_menu (f);
    g_assert_true (gtk_widget_get_visible (popover));
    menu = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover));
    g_assert_true (menu_has_label (menu, "_Edit Lane…"));
    g_assert_true (menu_has_label (menu, "Add M_odule Here…"));
    g_assert_false (menu_label_contains (menu, "Track"));
    gtk_popover_popdown (GTK_POPOVER (popover));
  }

  /* edit: name and group together, one step */
  lp_timeline_view_set_cursor (f->view, 1, day);
  g_assert_true (gtk_widget_activate_action (view, "timeline.track-edit", NULL));
  answer_name_dialog ("Raadsleden", LP_TRACK_GROUP_COUNCIL);
  g_assert_cmpstr (lp_track_get_name (t2), ==, "Raadsleden");
  g_assert_cmpint (lp_track_get_group (t2), ==, LP_TRACK_GROUP_COUNCIL);
  g_assert_true (lp_history_undo (f->h));
  g_assert_cmpstr (lp_track_get_name (t2), ==, t2_name);
  g_assert_cmpint (lp_track_get_group (t2), ==, t2_group);
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_true (lp_history_redo (f->h));
  g_assert_cmpint (lp_track_get_group (t2), ==, LP_TRACK_GROUP_COUNCIL);
  assert_timeline_draws (f);

  /* reorder */
  g_assert_true (gtk_widget_activate_action (view, "timeline.track-up", NULL));
  g_assert_cmpint (lp_trajectory_get_track_index (f->t, t2), ==, 0);
  g_assert_cmpint (lp_trajectory_get_track_index (f->t, t1), ==, 1);

  /* add below the cursor lane (now lane 0), named and grouped in one step */
  g_assert_true (gtk_widget_activate_action (view, "timeline.track-add", NULL));
  answer_name_dialog ("College", LP_TRACK_GROUP_ADMINISTRATORS);
  g_assert_cmpuint (g_list_model_get_n_items (tracks), ==, n + 1);
  {
    g_autoptr(LpTrack) added = g_list_model_get_item (tracks, 1);
    g_assert_cmpstr (lp_track_get_name (added), ==, "College");
    g_assert_cmpint (lp_track_get_group (added), ==, LP_TRACK_GROUP_ADMINISTRATORS);
    g_assert_true (lp_history_undo (f->h));
    g_assert_cmpuint (g_list_model_get_n_items (tracks), ==, n);
    g_assert_cmpint (lp_trajectory_get_track_index (f->t, added), <, 0);
    g_assert_true (lp_history_redo (f->h));
    g_assert_cmpint (lp_trajectory_get_track_index (f->t, added), ==, 1);
    g_assert_cmpint (lp_track_get_group (added), ==, LP_TRACK_GROUP_ADMINISTRATORS);
  }
  assert_timeline_draws (f);

  /* milestone and period at the cursor date, each with its kind */
  g_assert_true (gtk_widget_activate_action (view, "timeline.milestone-add", NULL));
  answer_name_dialog ("Begrotingsdebat", LP_MILESTONE_BUDGET);
  e = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (lp_trajectory_get_milestones (f->t)); i++)
    {
      g_autoptr(LpMilestone) m = g_list_model_get_item (lp_trajectory_get_milestones (f->t), i);
      if (g_strcmp0 (lp_milestone_get_label (m), "Begrotingsdebat") == 0)
        e = m;
    }
  g_assert_nonnull (e);
  g_assert_cmpuint (lp_milestone_get_date (e), ==, day);
  g_assert_cmpint (lp_milestone_get_kind (e), ==, LP_MILESTONE_BUDGET);
  assert_timeline_draws (f);
  g_assert_true (gtk_widget_activate_action (view, "timeline.period-add", NULL));
  answer_name_dialog ("Zomer_reces", LP_PERIOD_RECESS);
  b = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (lp_trajectory_get_periods (f->t)); i++)
    {
      g_autoptr(LpPeriod) period = g_list_model_get_item (lp_trajectory_get_periods (f->t), i);
      if (g_strcmp0 (lp_period_get_label (period), "Zomer_reces") == 0)
        b = period;
    }
  g_assert_nonnull (b);
  g_assert_cmpuint (lp_period_get_start (b), ==, day);
  g_assert_cmpuint (lp_period_get_end (b), >, day);
  g_assert_cmpint (lp_period_get_kind (b), ==, LP_PERIOD_RECESS);
  assert_timeline_draws (f);

  /* the lane menu at that date offers them by name */
  {
    g_autoptr(GMenuModel) menu = _lp_timeline_view_build_lane_menu (f->view);
    g_assert_true (menu_has_label (menu, "Delete Milestone “Begrotingsdebat”"));
    g_assert_true (menu_has_label (menu, "Edit Period “Zomer__reces”…"));
  }
  /* which a menu shows as the period's name: the label read as a mnemonic */
  {
    GtkWidget *shown = g_object_ref_sink (gtk_label_new_with_mnemonic ("Edit Period “Zomer__reces”…"));

    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (shown)), ==, "Edit Period “Zomer_reces”…");
    g_object_unref (shown);
  }
  /* name and kind of a period, one step */
  g_assert_true (gtk_widget_activate_action (view, "timeline.period-edit", "s", lp_period_get_id (b)));
  answer_name_dialog ("Kerstreces", LP_PERIOD_HOLIDAY);
  g_assert_cmpstr (lp_period_get_label (b), ==, "Kerstreces");
  g_assert_cmpint (lp_period_get_kind (b), ==, LP_PERIOD_HOLIDAY);
  g_assert_true (lp_history_undo (f->h));
  g_assert_cmpstr (lp_period_get_label (b), ==, "Zomer_reces");
  g_assert_cmpint (lp_period_get_kind (b), ==, LP_PERIOD_RECESS);
  g_assert_true (lp_history_redo (f->h));
  g_assert_cmpint (lp_period_get_kind (b), ==, LP_PERIOD_HOLIDAY);
  /* the kind of a milestone */
  g_assert_true (gtk_widget_activate_action (view, "timeline.milestone-edit", "s", lp_milestone_get_id (e)));
  answer_name_dialog (NULL, LP_MILESTONE_ELECTION);
  g_assert_cmpstr (lp_milestone_get_label (e), ==, "Begrotingsdebat");
  g_assert_cmpint (lp_milestone_get_kind (e), ==, LP_MILESTONE_ELECTION);
  {
    g_autofree char *id = g_strdup (lp_milestone_get_id (e));
    g_assert_true (gtk_widget_activate_action (view, "timeline.milestone-delete", "s", id));
    g_assert_null (lp_trajectory_lookup_milestone (f->t, id));
  }

  /* a module of one of the trajectory's own kinds, at the cursor */
  {
    LpModule *m;

    lp_timeline_view_set_cursor (f->view, 1, day + 3);
    g_assert_true (gtk_widget_activate_action (view, "timeline.module-add", NULL));
    answer_name_dialog (NULL, dialog_choice_position ("Adviesnota schrijven"));
    g_assert_cmpuint (g_list_model_get_n_items (modules), ==, n_modules + 1);
    m = lp_timeline_view_get_selected_module (f->view);
    g_assert_nonnull (m);
    g_assert_cmpstr (lp_module_get_kind_id (m), ==, "k1");
    g_assert_cmpint (lp_trajectory_get_track_index (f->t, lp_module_get_track (m)), ==, 1);
    g_assert_cmpuint (lp_module_get_start (m), ==, day + 3);
    assert_timeline_draws (f);
  }

  /* delete the lane with its modules */
  lp_timeline_view_set_cursor (f->view, (guint) lp_trajectory_get_track_index (f->t, t1), day);
  {
    /* asked first, with the count; Cancel keeps the lane, Delete removes it */
    g_autofree char *heading = g_strdup_printf ("Delete “%s” and its %u modules?", lp_track_get_name (t1),
                                                lp_lane_count_modules (f->t, t1));
    AdwMessageDialog *question;

    g_assert_cmpuint (lp_lane_count_modules (f->t, t1), >, 1);
    g_assert_true (gtk_widget_activate_action (view, "timeline.track-delete", NULL));
    question = find_message_dialog ();
    g_assert_nonnull (question);
    g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, heading);
    adw_message_dialog_response (question, "cancel");
    gtk_window_destroy (GTK_WINDOW (question));
    g_assert_cmpint (lp_trajectory_get_track_index (f->t, t1), >=, 0);
    g_assert_true (gtk_widget_activate_action (view, "timeline.track-delete", NULL));
    question = find_message_dialog ();
    g_assert_nonnull (question);
    adw_message_dialog_response (question, "delete");
    gtk_window_destroy (GTK_WINDOW (question));
  }
  g_assert_cmpint (lp_trajectory_get_track_index (f->t, t1), <, 0);
  g_assert_cmpuint (g_list_model_get_n_items (modules), <, n_modules);
  assert_timeline_draws (f);

  /* every step undoes on its own, back to the start */
  for (int i = 0; i < 10; i++)
    {
      g_assert_true (lp_history_can_undo (f->h));
      lp_history_undo (f->h);
    }
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpuint (g_list_model_get_n_items (tracks), ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (modules), ==, n_modules);
  g_assert_cmpint (lp_trajectory_get_track_index (f->t, t2), ==, 1);
  g_assert_cmpstr (lp_track_get_name (t2), ==, t2_name);
  g_assert_cmpint (lp_track_get_group (t2), ==, t2_group);
  assert_timeline_draws (f);
}

static GtkGesture *
find_secondary_click (GtkWidget *widget)
{
  GListModel *controllers = gtk_widget_observe_controllers (widget);
  GtkGesture *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && found == NULL; i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);
      if (GTK_IS_GESTURE_CLICK (c) &&
          gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (c)) == GDK_BUTTON_SECONDARY)
        found = GTK_GESTURE (c);
    }
  g_object_unref (controllers);
  return found;
}

/* Right-click on an empty spot of a lane, "Add Module Here…", a built-in
 * kind: the module lands on that lane at the clicked date, selected, as one
 * undo step. */
static void
test_lane_menu_add_module (Fixture *f, gconstpointer data)
{
  GListModel *modules = lp_trajectory_get_modules (f->t);
  guint n_modules = g_list_model_get_n_items (modules);
  LpKind *kind = lp_library_lookup_builtin ("evaluation");
  LpTrack *lane = NULL;
  LpModule *m;
  LpTimelineLayout *layout = lp_timeline_view_get_layout (f->view);
  GtkWidget *popover;
  LpDate day = 0;
  double x = 0, y = 0, ly, lh;

  lp_history_clear (f->h);
  g_assert_nonnull (kind);
  /* a day in view where lane 2 is empty */
  g_assert_true (lp_timeline_layout_get_lane (layout, 2, &ly, &lh));
  for (LpDate d = lp_trajectory_get_span_start (f->t) + 10; day == 0 && d < lp_trajectory_get_span_start (f->t) + 300; d++)
    {
      LpModule *hit = NULL;
      int track = -1;
      double cx = lp_timeline_layout_date_to_x (layout, d) + lp_timeline_layout_get_scale (layout) / 2;

      g_assert_true (lp_timeline_view_get_point (f->view, d, 2, &x, &y));
      if (x > 200 && x < gtk_widget_get_width (GTK_WIDGET (f->view)) - 20 &&
          lp_timeline_layout_hit_test (layout, cx, ly + lh / 2, &hit, &track) == LP_HIT_LANE && hit == NULL)
        day = d;
    }
  g_assert_cmpuint (day, !=, 0);
  g_assert_true (lp_timeline_view_get_point (f->view, day, 2, &x, &y));
  lane = lp_trajectory_lookup_track (f->t, "t3");
  g_assert_cmpint (lp_trajectory_get_track_index (f->t, lane), ==, 2);

  g_signal_emit_by_name (find_secondary_click (GTK_WIDGET (f->view)), "pressed", 1, x, y);
  popover = find_popover_menu (f);
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_true (menu_has_label (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover)), "Add M_odule Here…"));
  gtk_popover_popdown (GTK_POPOVER (popover));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.module-add", NULL));
  answer_name_dialog (NULL, dialog_choice_position (lp_kind_get_name (kind)));

  m = lp_timeline_view_get_selected_module (f->view);
  g_assert_nonnull (m);
  g_assert_cmpuint (g_list_model_get_n_items (modules), ==, n_modules + 1);
  g_assert_cmpstr (lp_module_get_kind_id (m), ==, "evaluation");
  g_assert_true (lp_module_get_track (m) == lane);
  g_assert_cmpuint (lp_module_get_start (m), ==, day);
  assert_timeline_draws (f);

  g_assert_true (lp_history_undo (f->h));
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpuint (g_list_model_get_n_items (modules), ==, n_modules);
  g_assert_null (lp_timeline_view_get_selected_module (f->view));
  assert_timeline_draws (f);
}

/* widget coordinates of a point inside a block, dx from its left edge */
static void
block_point (Fixture *f, LpModule *m, double dx, double *x, double *y)
{
  LpTimelineLayout *layout = lp_timeline_view_get_layout (f->view);
  int track = lp_trajectory_get_track_index (f->t, lp_module_get_track (m));
  LpBlock block;
  double lane_x, lane_y, ly, lh;

  g_assert_true (lp_timeline_layout_get_block (layout, m, &block));
  g_assert_true (lp_timeline_layout_get_lane (layout, (guint) track, &ly, &lh));
  g_assert_true (lp_timeline_view_get_point (f->view, lp_module_get_start (m), (guint) track, &lane_x, &lane_y));
  *x = lane_x - lp_timeline_view_get_scale (f->view) / 2 + (block.rect.x - lp_timeline_layout_date_to_x (layout, lp_module_get_start (m))) + dx;
  *y = lane_y - (ly + lh / 2) + block.rect.y + block.rect.height / 2;
}

static void
test_drag_is_one_step (Fixture *f, gconstpointer data)
{
  GtkGesture *drag = find_controller (GTK_WIDGET (f->view), GTK_TYPE_GESTURE_DRAG, 0);
  LpModule *m = lp_trajectory_lookup_module (f->t, "m5");
  LpDate start, end;
  double x, y, scale;

  lp_trajectory_move_module (f->t, m, lp_trajectory_lookup_track (f->t, "t1"),
                             lp_trajectory_get_span_start (f->t) + 60,
                             lp_trajectory_get_span_start (f->t) + 61);
  lp_history_clear (f->h);
  start = lp_module_get_start (m);
  end = lp_module_get_end (m);
  lp_timeline_view_set_scale (f->view, 20);
  lp_timeline_view_set_selected_module (f->view, m);
  g_assert_true (wait_for_frames (GTK_WIDGET (f->view), 2));   /* laid out and scrolled */
  scale = lp_timeline_view_get_scale (f->view);
  block_point (f, m, scale, &x, &y); /* inside the block, away from its edges */

  g_assert_nonnull (drag);
  g_signal_emit_by_name (drag, "drag-begin", x, y);
  for (int i = 1; i <= 10; i++)
    g_signal_emit_by_name (drag, "drag-update", i * 14 * scale / 10, 0.0);
  g_signal_emit_by_name (drag, "drag-end", 14 * scale, 0.0);

  /* snapped to whole weeks: two weeks later, same length */
  g_assert_cmpuint (lp_module_get_start (m), ==, start + 14);
  g_assert_cmpuint (lp_module_get_end (m), ==, end + 14);
  g_assert_true (lp_history_undo (f->h));
  g_assert_cmpuint (lp_module_get_start (m), ==, start);
  g_assert_false (lp_history_can_undo (f->h));  /* the whole drag was one step */

  /* resize from the right edge */
  block_point (f, m, 2 * scale - 1, &x, &y); /* on the right edge */
  g_signal_emit_by_name (drag, "drag-begin", x, y);
  g_signal_emit_by_name (drag, "drag-update", 3 * scale, 0.0);
  g_signal_emit_by_name (drag, "drag-end", 3 * scale, 0.0);
  g_assert_cmpuint (lp_module_get_start (m), ==, start);
  g_assert_cmpuint (lp_module_get_end (m), ==, end + 3);
}

static gboolean
has_file_cb (gpointer window)
{
  return lp_window_get_file (window) != NULL;
}

static gboolean
not_modified_cb (gpointer window)
{
  return !lp_window_is_modified (window);
}

static void
test_zoom (Fixture *f, gconstpointer data)
{
  double s0 = lp_timeline_view_get_scale (f->view);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-in", NULL));
  g_assert_cmpfloat (lp_timeline_view_get_scale (f->view), >, s0);
  for (int i = 0; i < 60; i++)
    gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-in", NULL);
  g_assert_cmpfloat (lp_timeline_view_get_scale (f->view), ==, LP_TIMELINE_MAX_SCALE);
  for (int i = 0; i < 60; i++)
    gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-out", NULL);
  g_assert_cmpfloat (lp_timeline_view_get_scale (f->view), ==, LP_TIMELINE_MIN_SCALE);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "timeline.zoom-reset", NULL);
  /* the whole period fits the visible width */
  g_assert_cmpfloat (lp_timeline_view_get_scale (f->view) *
                     (lp_trajectory_get_span_end (f->t) - lp_trajectory_get_span_start (f->t)),
                     <=, gtk_widget_get_width (GTK_WIDGET (f->view)));
}

static void
test_palette (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *palette = lp_palette_new ();
  g_autoptr(LpTrajectory) t = lp_sample_generate (5, 2, 6, 1);
  GtkWidget *row = NULL;
  int rows = 0;

  gtk_window_set_child (GTK_WINDOW (window), palette);
  lp_palette_set_trajectory (LP_PALETTE (palette), t);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_allocation (palette);

  /* every kind an entry whose accessible name is the kind's name */
  for (GtkWidget *w = gtk_widget_get_first_child (palette); w != NULL; )
    {
      if (GTK_IS_LIST_BOX (w))
        {
          for (GtkWidget *r = gtk_widget_get_first_child (w); r != NULL; r = gtk_widget_get_next_sibling (r))
            if (GTK_IS_LIST_BOX_ROW (r))
              {
                rows++;
                if (row == NULL)
                  row = r;
              }
          break;
        }
      w = gtk_widget_get_first_child (w) ? gtk_widget_get_first_child (w) : gtk_widget_get_next_sibling (w);
      while (w != NULL && GTK_IS_SEARCH_ENTRY (w))
        w = gtk_widget_get_next_sibling (w);
    }
  g_assert_cmpint (rows, ==, 17 + 2); /* built-in and the two own kinds */
  g_assert_nonnull (row);
  g_assert_nonnull (find_controller (row, GTK_TYPE_DRAG_SOURCE, 0));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_editor_steps (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *editor = lp_module_editor_new ();
  g_autoptr(LpTrajectory) t = lp_sample_generate (5, 2, 6, 1);
  LpHistory *h = lp_trajectory_get_history (t);
  LpModule *m = lp_trajectory_lookup_module (t, "m1");
  GtkWidget *title, *end;
  LpDate old_end = lp_module_get_end (m);
  char buf[11];

  gtk_window_set_child (GTK_WINDOW (window), editor);
  lp_module_editor_set_trajectory (LP_MODULE_EDITOR (editor), t);
  lp_module_editor_set_module (LP_MODULE_EDITOR (editor), m);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_allocation (editor);

  title = _lp_module_editor_get_field (LP_MODULE_EDITOR (editor), "title");
  end = _lp_module_editor_get_field (LP_MODULE_EDITOR (editor), "end");

  /* typing is not an edit; Enter commits one undo step */
  gtk_editable_set_text (GTK_EDITABLE (title), "Nieuwe titel");
  g_assert_false (lp_history_can_undo (h));
  g_signal_emit_by_name (title, "activate");
  g_assert_cmpstr (lp_module_get_title (m), ==, "Nieuwe titel");
  g_assert_true (lp_history_can_undo (h));
  lp_history_undo (h);
  g_assert_cmpstr (lp_module_get_title (m), !=, "Nieuwe titel");
  g_assert_false (lp_history_can_undo (h));
  /* the field shows the undone value */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, lp_module_get_title (m));

  /* an end before the start is shown and never stored */
  gtk_editable_set_text (GTK_EDITABLE (end), lp_date_format_iso (lp_module_get_start (m) - 1, buf));
  g_signal_emit_by_name (end, "activate");
  g_assert_cmpuint (lp_module_get_end (m), ==, old_end);
  g_assert_nonnull (_lp_module_editor_get_error (LP_MODULE_EDITOR (editor), "end"));
  g_assert_false (lp_history_can_undo (h));
  gtk_editable_set_text (GTK_EDITABLE (end), "morgen");
  g_signal_emit_by_name (end, "activate");
  g_assert_cmpuint (lp_module_get_end (m), ==, old_end);

  gtk_editable_set_text (GTK_EDITABLE (end), lp_date_format_iso (old_end + 1, buf));
  g_signal_emit_by_name (end, "activate");
  g_assert_cmpuint (lp_module_get_end (m), ==, old_end + 1);
  g_assert_null (_lp_module_editor_get_error (LP_MODULE_EDITOR (editor), "end"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_open_edit_save_reopen (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-widgets-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "t.leerplaats", NULL);
  g_autofree char *src = g_strdup_printf ("%s/tijdmalen.leerplaats", g_getenv ("LEERPLAATS_TEMPLATES"));
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(LpTrajectory) reopened = NULL;
  LpWindow *window;
  LpTrajectory *t;
  LpModule *m;
  LpDate start;

  g_assert_true (g_file_get_contents (src, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  file = g_file_new_for_path (path);

  window = lp_window_new (NULL);
  g_assert_true (lp_window_load_file (window, file, NULL));
  gtk_window_present (GTK_WINDOW (window));
  t = lp_window_get_trajectory (window);
  g_assert_cmpstr (lp_trajectory_get_title (t), ==, "Tijdmalen");
  /* opening cannot be undone */
  g_assert_false (lp_history_can_undo (lp_trajectory_get_history (t)));
  g_assert_false (lp_window_is_modified (window));

  m = lp_trajectory_lookup_module (t, "m3");
  start = lp_module_get_start (m);
  lp_trajectory_move_module (t, m, NULL, start + 7, lp_module_get_end (m) + 7);
  g_assert_true (lp_window_is_modified (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  /* written in a worker: saved when no longer modified */
  g_assert_true (wait_until (not_modified_cb, window, 10000));

  reopened = lp_reader_load_file (file, NULL, NULL, NULL);
  g_assert_nonnull (reopened);
  g_assert_cmpuint (lp_module_get_start (lp_trajectory_lookup_module (reopened, "m3")), ==, start + 7);

  /* a bad file keeps the window's document */
  {
    g_autofree char *bad = g_build_filename (dir, "bad.leerplaats", NULL);
    g_autoptr(GFile) bad_file = g_file_new_for_path (bad);

    g_assert_true (g_file_set_contents (bad, "<trajectory", -1, NULL));
    g_assert_false (lp_window_load_file (window, bad_file, NULL));
    g_assert_true (lp_window_get_trajectory (window) == t);
    g_assert_true (g_file_equal (lp_window_get_file (window), file));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
menu_has_target (GMenuModel *menu,
                 const char *uri)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET,
                                                                          G_VARIANT_TYPE_STRING);
      if (target != NULL && g_strcmp0 (g_variant_get_string (target, NULL), uri) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Opening and saving puts the file in the Open button's recent menu, named
 * as the file is (underscores shown, not taken as mnemonics), and choosing
 * it there opens it. */
static void
test_window_recent (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-widgets-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "Raadsleden_2027 plan.leerplaats", "tijdmalen");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  LpWindow *window = lp_window_new (NULL);
  LpWindow *other;
  GMenuModel *menu = _lp_window_get_recent_menu (window);
  gint64 deadline;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_false (menu_has_target (menu, uri));
  g_assert_cmpint (g_menu_model_get_n_items (menu), >=, 1);   /* at least "No Recent Trajectories" */
  g_assert_true (lp_window_load_file (window, file, NULL));
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (!menu_has_target (menu, uri) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (menu_has_target (menu, uri));
  {
    g_autofree char *label = NULL;
    g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
    GtkWidget *shown = gtk_label_new_with_mnemonic (label);

    g_object_ref_sink (shown);
    /* a menu item's label is read as a mnemonic: what GTK then shows */
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (shown)), ==, "Raadsleden_2027 plan");
    g_object_unref (shown);
  }

  /* a fresh window opens it from its own recent menu */
  other = lp_window_new (NULL);
  g_assert_true (menu_has_target (_lp_window_get_recent_menu (other), uri));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (other), "win.open-recent", "s", uri));
  /* read in a worker: shown when the window has the file */
  g_assert_true (wait_until (has_file_cb, other, 10000));
  g_assert_true (g_file_equal (lp_window_get_file (other), file));
  g_assert_cmpstr (lp_trajectory_get_title (lp_window_get_trajectory (other)), ==, "Tijdmalen");

  gtk_window_destroy (GTK_WINDOW (other));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* For wait_until: the editor (a GtkWidget *) is 410 px wide, give or take 2. */
static gboolean
editor_near_410 (gpointer data)
{
  return ABS (gtk_widget_get_width (GTK_WIDGET (data)) - 410) <= 2;
}

/* The editor panel comes back at the width it was given. */
static void
test_window_editor_width (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.leerplaats.Leerplaats");
  LpWindow *window;
  GtkWidget *editor;

  g_settings_set_int (settings, "editor-width", 410);
  window = lp_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 700);
  gtk_window_present (GTK_WINDOW (window));
  editor = _lp_window_get_editor (window);
  g_assert_nonnull (editor);
  wait_for_allocation (editor);
  wait_until (editor_near_410, editor, 5000);
  g_assert_cmpint (ABS (gtk_widget_get_width (editor) - 410), <=, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  /* own XDG directories per test: recent files, drafts */
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  lp_reader_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/widgets/timeline/accessible-name", test_accessible_name);
  ADD ("/widgets/timeline/cursor-announced", test_cursor_announced);
  ADD ("/widgets/timeline/drop-kind", test_drop_kind);
  ADD ("/widgets/timeline/keyboard", test_keyboard);
  ADD ("/widgets/timeline/tab-order", test_tab_order);
  ADD ("/widgets/timeline/lane-menu", test_lane_menu);
  ADD ("/widgets/timeline/lane-menu-add-module", test_lane_menu_add_module);
  ADD ("/widgets/timeline/drag-is-one-step", test_drag_is_one_step);
  ADD ("/widgets/timeline/zoom", test_zoom);
#undef ADD
  g_test_add_func ("/widgets/palette/entries", test_palette);
  g_test_add_func ("/widgets/editor/one-step-per-field", test_editor_steps);
  g_test_add_func ("/widgets/window/open-edit-save-reopen", test_window_open_edit_save_reopen);
  g_test_add_func ("/widgets/window/recent-files", test_window_recent);
  g_test_add_func ("/widgets/window/editor-width", test_window_editor_width);

  return g_test_run ();
}
