/* timeline-fixture.h — the fixtures the timeline tests share: a timeline
 * view alone on a generated trajectory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/lp-sample.h"
#include "render/lp-timeline-painter.h"
#include "ui/lp-timeline-view.h"
#include "widget-test-util.h"

#ifndef NAME_COLUMN
#define NAME_COLUMN LP_TIMELINE_NAME_COLUMN
#endif

typedef struct {
  GtkWidget      *window;
  LpTimelineView *view;
  LpTrajectory   *t;
  LpHistory      *h;
} Fixture;

/* A 1100 × 500 window holding a scrolled timeline view on trajectory (the
 * fixture takes it), allocated. */
static inline void
fixture_show (Fixture      *f,
              LpTrajectory *trajectory)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  f->t = trajectory;
  f->h = lp_trajectory_get_history (f->t);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 500);
  f->view = LP_TIMELINE_VIEW (lp_timeline_view_new ());
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (f->view));
  gtk_window_set_child (GTK_WINDOW (f->window), scroller);
  lp_timeline_view_set_trajectory (f->view, f->t);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_allocation (GTK_WIDGET (f->view));
}

/* The fixture on a generated trajectory of 40 modules. */
static inline void
setup (Fixture *f, gconstpointer data)
{
  fixture_show (f, lp_sample_generate (40, 3, 12, 5));
}

static inline void
teardown (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->t);
}

/* A key press on the view's key controller; returns whether it was handled. */
static inline gboolean
press_key (Fixture         *f,
           guint            keyval,
           GdkModifierType  state)
{
  GtkEventController *key = find_controller (GTK_WIDGET (f->view), GTK_TYPE_EVENT_CONTROLLER_KEY, 0);
  gboolean handled = FALSE;

  g_assert_nonnull (key);
  g_signal_emit_by_name (key, "key-pressed", keyval, 0, state, &handled);
  return handled;
}
