/* wait-util.h — waiting in the main loop for a condition, with a deadline:
 * the one way tests wait (no fixed sleeps, no counted iterations)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

static gboolean
wait_util_wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Run the main loop until cond (data) holds or timeout_ms have passed;
 * returns whether it holds.  A short timer keeps the loop waking up, so a
 * condition that no event announces is still seen. */
static inline gboolean
wait_until (gboolean (*cond) (gpointer data),
            gpointer  data,
            guint     timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  guint wake = g_timeout_add (5, wait_util_wake_cb, NULL);
  gboolean done;

  while (!(done = cond (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  return done;
}
