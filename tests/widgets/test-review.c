/* test-review.c — the editor's Comments section (add, resolve, reopen,
 * delete, undo), the Comments pane (choosing selects and scrolls) and the
 * filter dialog, in a window under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <adwaita.h>
#include <string.h>

#include "core/lp-comment-edit.h"
#include "core/lp-date.h"
#include "io/lp-reader.h"
#include "ui/lp-application.h"
#include "ui/lp-comments-pane.h"
#include "ui/lp-export-choices.h"
#include "ui/lp-comments-section.h"
#include "ui/lp-review-view.h"
#include "ui/lp-timeline-accessible.h"
#include "ui/lp-timeline-view.h"
#include "ui/lp-view-filter.h"
#include "ui/lp-window-private.h"
#include "app-fixture.h"
#include "widget-test-util.h"

static GtkApplication *app;

static LpModule *
module_nth (LpTrajectory *t,
            guint         n)
{
  g_autoptr(LpModule) m = g_list_model_get_item (lp_trajectory_get_modules (t), n);
  return m;   /* borrowed: the trajectory keeps it */
}

static guint
n_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (list); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_LIST_BOX_ROW (c))
      n++;
  return n;
}

/* The button of a row whose label (or accessible tooltip) is label. */
static GtkWidget *
row_button (GtkWidget  *row,
            const char *label)
{
  if (GTK_IS_BUTTON (row))
    {
      const char *l = gtk_button_get_label (GTK_BUTTON (row));
      const char *tip = gtk_widget_get_tooltip_text (row);
      if (g_strcmp0 (l, label) == 0 || g_strcmp0 (tip, label) == 0)
        return row;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (row); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = row_button (c, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_section (void)
{
  LpWindow *window = app_window_on_template (app, "tijdmalen");
  LpTrajectory *t = lp_window_get_trajectory (window);
  LpHistory *history = lp_trajectory_get_history (t);
  LpTimelineView *view = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_TIMELINE_VIEW);
  LpCommentsSection *section;
  LpModule *m = module_nth (t, 0);
  guint before = lp_module_get_comments (m)->len;
  GtkWidget *entry, *list, *row;
  g_autofree char *author = lp_comments_author_name ();
  const LpComment *c;

  /* the editor's form, and the section in it, exist once a module is shown */
  g_assert_null (find_widget_by_type (GTK_WIDGET (window), LP_TYPE_COMMENTS_SECTION));
  lp_timeline_view_set_selected_module (view, m);
  section = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_COMMENTS_SECTION);
  g_assert_nonnull (section);
  entry = _lp_comments_section_get_entry (section);
  list = _lp_comments_section_get_list (section);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (_lp_comments_section_get_name_entry (section))), ==, author);
  /* each field said once, by its own name (GTK 4.8 would read the label
   * that gives it its mnemonic after it) */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, "Add a comment");
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (_lp_comments_section_get_name_entry (section)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Your name");
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (_lp_comments_section_get_name_entry (section)),
                                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY));

  /* add: today's, by "Your name" */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Verplaatsen naar maart?");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (lp_module_get_comments (m)->len, ==, before + 1);
  c = g_ptr_array_index (lp_module_get_comments (m), before);
  g_assert_cmpstr (c->text, ==, "Verplaatsen naar maart?");
  g_assert_cmpstr (c->author, ==, author);
  g_assert_cmpuint (c->date, ==, lp_date_today ());
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpuint (n_rows (list), ==, before + 1);
  g_assert_cmpstr (lp_history_get_undo_label (history), ==, "Add Comment");
  {
    /* the block's accessible name says it has open comments */
    g_autofree char *name = lp_timeline_accessible_block_label (t, m);
    g_assert_true (g_str_has_prefix (name, lp_trajectory_get_module_title (t, m)));
    g_assert_nonnull (strstr (name, before == 0 ? ", 1 open comment" : " open comments"));
  }

  /* resolve, then reopen, with the row's buttons */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) before));
  g_signal_emit_by_name (row_button (row, "_Resolve"), "clicked");
  g_assert_true (((LpComment *) g_ptr_array_index (lp_module_get_comments (m), before))->resolved);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) before));
  g_assert_nonnull (row_button (row, "_Reopen"));
  g_signal_emit_by_name (row_button (row, "_Reopen"), "clicked");
  g_assert_false (((LpComment *) g_ptr_array_index (lp_module_get_comments (m), before))->resolved);

  /* delete, then undo it: back as it was, one step */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) before));
  g_signal_emit_by_name (row_button (row, "Delete Comment"), "clicked");
  g_assert_cmpuint (lp_module_get_comments (m)->len, ==, before);
  g_assert_cmpuint (n_rows (list), ==, before);
  g_assert_true (lp_history_undo (history));
  g_assert_cmpuint (lp_module_get_comments (m)->len, ==, before + 1);
  g_assert_cmpuint (n_rows (list), ==, before + 1);
  g_assert_true (widget_draws (GTK_WIDGET (section)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
point_visible (gpointer data)
{
  gpointer *args = data;
  LpTimelineView *view = args[0];
  LpModule *m = args[1];
  LpTrajectory *t = lp_timeline_view_get_trajectory (view);
  double x, y;

  if (!lp_timeline_view_get_point (view, lp_module_get_start (m),
                                   (guint) lp_trajectory_get_track_index (t, lp_module_get_track (m)), &x, &y))
    return FALSE;
  return x >= 0 && x < gtk_widget_get_width (GTK_WIDGET (view)) &&
         y >= 0 && y < gtk_widget_get_height (GTK_WIDGET (view));
}

static void
test_pane (void)
{
  LpWindow *window = app_window_on_template (app, "tijdmalen");
  LpTrajectory *t = lp_window_get_trajectory (window);
  LpTimelineView *view = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_TIMELINE_VIEW);
  LpCommentsPane *pane = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_COMMENTS_PANE);
  guint n = g_list_model_get_n_items (lp_trajectory_get_modules (t));
  LpModule *first = module_nth (t, 0), *last = module_nth (t, n - 1);
  GtkWidget *list;
  GtkListBoxRow *row;
  g_autoptr(GArray) open = NULL;
  gpointer args[2];

  g_assert_nonnull (pane);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (pane)));
  /* a late comment dated earlier than an early one: date order, not module order */
  lp_trajectory_add_comment (t, last, "Anne", lp_date_from_dmy (1, 1, 2000), "Eerst deze");
  lp_trajectory_add_comment (t, first, "Bert", lp_date_from_dmy (2, 1, 2000), "Dan deze");
  open = lp_trajectory_list_open_comments (t);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-comments", NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (pane)));
  g_assert_true (widget_draws (GTK_WIDGET (pane)));
  list = _lp_comments_pane_get_list (pane);
  g_assert_cmpuint (n_rows (list), ==, open->len);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (
                      gtk_list_box_row_get_child (row)))), "Eerst deze"));

  /* scroll the view away from the last module, then choose its comment */
  lp_timeline_view_set_scale (view, 40);
  lp_timeline_view_scroll_to_module (view, first);
  args[0] = view;
  args[1] = last;
  g_assert_true (wait_for_frames (GTK_WIDGET (view), 2));
  g_assert_false (point_visible (args));
  g_signal_emit_by_name (list, "row-activated", row);
  g_assert_true (lp_timeline_view_get_selected_module (view) == last);
  g_assert_true (wait_until (point_visible, args, 5000));
  g_assert_true (widget_draws (GTK_WIDGET (view)));

  /* a resolved comment leaves the pane */
  lp_trajectory_set_comment_resolved (t, last, lp_module_get_comments (last)->len - 1, TRUE);
  g_assert_cmpuint (n_rows (list), ==, open->len - 1);
  g_assert_true (widget_draws (GTK_WIDGET (pane)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-comments", NULL));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (pane)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_filter_dialog (void)
{
  LpWindow *window = app_window_on_template (app, "tijdmalen");
  LpTrajectory *t = lp_window_get_trajectory (window);
  LpTimelineView *view = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_TIMELINE_VIEW);
  GtkWidget *dialog;
  GtkDropDown *status;
  const LpModuleFilter *filter;

  g_assert_null (lp_view_filter_get (t));
  dialog = lp_review_view_filter_dialog (GTK_WINDOW (window), view);
  status = find_widget_by_type (dialog, GTK_TYPE_DROP_DOWN);   /* the first: status */
  gtk_drop_down_set_selected (status, 1 + LP_STATUS_DONE);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  filter = lp_view_filter_get (t);
  g_assert_nonnull (filter);
  g_assert_cmpint (filter->status, ==, LP_STATUS_DONE);
  g_assert_null (filter->track_id);
  g_assert_null (filter->theme_id);
  g_assert_true (widget_draws (GTK_WIDGET (view)));
  {
    /* Export and Print work on a copy: it keeps the filter */
    g_autoptr(LpTrajectory) copy = lp_export_copy_trajectory (t, NULL);
    g_assert_nonnull (lp_view_filter_get (copy));
    g_assert_cmpint (lp_view_filter_get (copy)->status, ==, LP_STATUS_DONE);
  }

  dialog = lp_review_view_filter_dialog (GTK_WINDOW (window), view);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "clear");
  g_assert_null (lp_view_filter_get (t));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A hidden pane builds no rows for a trajectory's comments (a file with
 * thousands took seconds to open); shown, it lists the first 200 and one
 * row that counts the rest. */
static void
test_pane_many (void)
{
  LpWindow *window = app_window_on_template (app, "tijdmalen");
  LpTrajectory *t = lp_window_get_trajectory (window);
  LpCommentsPane *pane = find_widget_by_type (GTK_WIDGET (window), LP_TYPE_COMMENTS_PANE);
  LpModule *first = module_nth (t, 0);
  GtkWidget *list = _lp_comments_pane_get_list (pane);
  g_autoptr(GArray) open = NULL;
  GtkListBoxRow *last;

  for (guint i = 0; i < 250; i++)
    lp_trajectory_add_comment (t, first, "Anne", lp_date_from_dmy (1, 1, 2000), "Nog een");
  open = lp_trajectory_list_open_comments (t);
  g_assert_cmpuint (open->len, >=, 250);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (pane)));
  g_assert_cmpuint (n_rows (list), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-comments", NULL));
  g_assert_true (widget_draws (GTK_WIDGET (pane)));
  g_assert_cmpuint (n_rows (list), ==, 201);
  last = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 200);
  g_assert_false (gtk_list_box_row_get_activatable (last));
  {
    g_autofree char *expected = g_strdup_printf ("and %u more open comments", open->len - 200);

    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (last))), ==, expected);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  lp_reader_init ();
  app = registered_test_app ();

  g_test_add_func ("/widgets/review/comments-section", test_section);
  g_test_add_func ("/widgets/review/comments-pane", test_pane);
  g_test_add_func ("/widgets/review/comments-pane-many", test_pane_many);
  g_test_add_func ("/widgets/review/filter-dialog", test_filter_dialog);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
