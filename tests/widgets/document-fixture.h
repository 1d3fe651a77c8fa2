/* document-fixture.h — a window on a file, for the tests of saving,
 * drafts and recovery
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ui/lp-window-private.h"
#include "widget-test-util.h"

static inline LpWindow *
open_window (GtkApplication *app,
             const char     *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LpWindow *window = lp_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (lp_window_load_file (window, file, NULL));
  g_assert_nonnull (lp_window_get_file (window));
  return window;
}

static inline void
edit (LpWindow *window)
{
  LpTrajectory *t = lp_window_get_trajectory (window);

  lp_trajectory_set_string (t, t, "title", "Our version");
  g_assert_true (lp_window_is_modified (window));
}

static inline void
assert_draws (GtkWidget *widget)
{
  int w, h;
  g_autofree guchar *pixels = NULL;

  wait_for_allocation (widget);
  pixels = render_widget (widget, &w, &h);
  g_assert_cmpuint (count_colours (pixels, w, 0, 0, w, h), >, 2);
}

/* Takes back the window's edits (as Discard does) and closes it. */
static inline void
discard_and_destroy (LpWindow *window)
{
  lp_history_mark_saved (lp_trajectory_get_history (lp_window_get_trajectory (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static inline gboolean
not_modified_cb (gpointer window)
{
  return !lp_window_is_modified (window);
}

static inline gboolean
not_saving_cb (gpointer window)
{
  return !_lp_window_is_saving (window);
}
