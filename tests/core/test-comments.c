/* test-comments.c — review comments: add, resolve, reopen, delete, each one undo step; the open list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/lp-comment-edit.h"
#include "core/lp-date.h"

static LpModule *
add_module (LpTrajectory *t,
            const char   *id)
{
  g_autoptr(LpModule) m = lp_module_new (id);
  g_autoptr(LpTrack) track = g_list_model_get_item (lp_trajectory_get_tracks (t), 0);

  lp_module_set_kind_id (m, "intervision");
  lp_module_set_track (m, track);
  lp_module_set_start (m, lp_trajectory_get_span_start (t) + 3);
  lp_module_set_end (m, lp_trajectory_get_span_start (t) + 3);
  lp_trajectory_load_module (t, m);
  return m;
}

static const LpComment *
comment_at (LpModule *m,
            guint     i)
{
  return g_ptr_array_index (lp_module_get_comments (m), i);
}

static void
test_add_resolve_delete_undo (void)
{
  g_autoptr(LpTrajectory) t = lp_trajectory_new_default ();
  LpHistory *history = lp_trajectory_get_history (t);
  LpModule *m = add_module (t, "m1");
  LpDate day = lp_date_from_dmy (2, 11, 2026);

  lp_trajectory_add_comment (t, m, "Anne", day, "  ");
  g_assert_false (lp_history_can_undo (history));   /* blank text: nothing */

  lp_trajectory_add_comment (t, m, "Anne", day, " Te vroeg in het jaar ");
  g_assert_cmpuint (lp_module_get_comments (m)->len, ==, 1);
  g_assert_cmpstr (comment_at (m, 0)->text, ==, "Te vroeg in het jaar");
  g_assert_cmpstr (comment_at (m, 0)->author, ==, "Anne");
  g_assert_cmpuint (comment_at (m, 0)->date, ==, day);
  g_assert_false (comment_at (m, 0)->resolved);
  g_assert_cmpstr (lp_history_get_undo_label (history), ==, "Add Comment");
  g_assert_cmpuint (lp_module_count_open_comments (m), ==, 1);

  lp_trajectory_set_comment_resolved (t, m, 0, TRUE);
  g_assert_true (comment_at (m, 0)->resolved);
  g_assert_cmpstr (lp_history_get_undo_label (history), ==, "Resolve Comment");
  g_assert_cmpuint (lp_module_count_open_comments (m), ==, 0);
  lp_trajectory_set_comment_resolved (t, m, 0, TRUE);   /* already: no step */
  g_assert_cmpstr (lp_history_get_undo_label (history), ==, "Resolve Comment");

  lp_trajectory_set_comment_resolved (t, m, 0, FALSE);
  g_assert_false (comment_at (m, 0)->resolved);
  g_assert_cmpstr (lp_history_get_undo_label (history), ==, "Reopen Comment");

  lp_trajectory_remove_comment (t, m, 0);
  g_assert_cmpuint (lp_module_get_comments (m)->len, ==, 0);
  g_assert_cmpstr (lp_history_get_undo_label (history), ==, "Delete Comment");

  /* each change undoes as one step, back to no comments */
  g_assert_true (lp_history_undo (history));
  g_assert_cmpuint (lp_module_get_comments (m)->len, ==, 1);
  g_assert_false (comment_at (m, 0)->resolved);
  g_assert_true (lp_history_undo (history));
  g_assert_true (comment_at (m, 0)->resolved);
  g_assert_true (lp_history_undo (history));
  g_assert_false (comment_at (m, 0)->resolved);
  g_assert_true (lp_history_undo (history));
  g_assert_cmpuint (lp_module_get_comments (m)->len, ==, 0);
  g_assert_false (lp_history_can_undo (history));

  g_assert_true (lp_history_redo (history));
  g_assert_true (lp_history_redo (history));
  g_assert_true (comment_at (m, 0)->resolved);
}

static void
test_open_list (void)
{
  g_autoptr(LpTrajectory) t = lp_trajectory_new_default ();
  LpModule *a = add_module (t, "a");
  LpModule *b = add_module (t, "b");
  g_autoptr(GArray) list = NULL;

  lp_trajectory_add_comment (t, a, "Anne", lp_date_from_dmy (5, 11, 2026), "later");
  lp_trajectory_add_comment (t, a, NULL, LP_DATE_NONE, "undated");
  lp_trajectory_add_comment (t, b, "Bert", lp_date_from_dmy (1, 11, 2026), "earliest");
  lp_trajectory_add_comment (t, b, "Bert", lp_date_from_dmy (3, 11, 2026), "resolved");
  lp_trajectory_set_comment_resolved (t, b, 1, TRUE);

  list = lp_trajectory_list_open_comments (t);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_cmpstr (g_array_index (list, LpOpenComment, 0).comment->text, ==, "earliest");
  g_assert_true (g_array_index (list, LpOpenComment, 0).module == b);
  g_assert_cmpstr (g_array_index (list, LpOpenComment, 1).comment->text, ==, "later");
  g_assert_cmpstr (g_array_index (list, LpOpenComment, 2).comment->text, ==, "undated");
  g_assert_cmpuint (g_array_index (list, LpOpenComment, 2).index, ==, 1);
}

static void
test_resolved_equality (void)
{
  g_autoptr(LpComment) open = lp_comment_new ("Anne", LP_DATE_NONE, "x");
  g_autoptr(LpComment) done = lp_comment_copy (open);
  g_autoptr(GPtrArray) a = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_comment_free);
  g_autoptr(GPtrArray) b = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_comment_free);

  done->resolved = TRUE;
  g_ptr_array_add (a, lp_comment_copy (open));
  g_ptr_array_add (b, lp_comment_copy (done));
  g_assert_true (((LpComment *) g_ptr_array_index (b, 0))->resolved);   /* copies keep it */
  g_assert_false (lp_comment_array_equal (a, b));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/comments/add-resolve-delete-undo", test_add_resolve_delete_undo);
  g_test_add_func ("/core/comments/open-list", test_open_list);
  g_test_add_func ("/core/comments/resolved-equality", test_resolved_equality);
  return g_test_run ();
}
