/* props-fixture.h — Trajectory Properties open on a trajectory, for the
 * tests of the dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ui/lp-properties-dialog.h"
#include "widget-test-util.h"

typedef struct {
  GtkWidget    *parent;
  GtkWidget    *dialog;
  LpTrajectory *t;
  LpHistory    *h;
} Props;

/* Opens the dialog (width × height) on t (taken) over a new parent
 * window, and waits until it is laid out and drawn. */
static inline void
props_open (Props        *f,
            LpTrajectory *t,
            int           width,
            int           height)
{
  f->t = t;
  f->h = lp_trajectory_get_history (f->t);
  f->parent = gtk_window_new ();
  gtk_window_present (GTK_WINDOW (f->parent));
  f->dialog = lp_properties_dialog_present (GTK_WINDOW (f->parent), f->t);
  g_assert_true (LP_IS_PROPERTIES_DIALOG (f->dialog));
  g_assert_true (lp_properties_dialog_get_trajectory (LP_PROPERTIES_DIALOG (f->dialog)) == f->t);
  gtk_window_set_default_size (GTK_WINDOW (f->dialog), width, height);
  wait_for_allocation (f->dialog);
}

/* Closes any question still open, the dialog and its parent. */
static inline void
props_teardown (Props *f, gconstpointer data)
{
  AdwMessageDialog *question;

  while ((question = find_message_dialog ()) != NULL)
    gtk_window_destroy (GTK_WINDOW (question));
  gtk_window_destroy (GTK_WINDOW (f->dialog));
  gtk_window_destroy (GTK_WINDOW (f->parent));
  g_clear_object (&f->t);
}
