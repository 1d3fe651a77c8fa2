/* lp-second-line.c — the view menu's choice of a second line on labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <string.h>

#include "render/lp-label-layout.h"
#include "lp-second-line.h"

static const struct {
  const char    *nick;
  LpLabelDetail  detail;
} choices[] = {
  { "none", LP_LABEL_DETAIL_NONE },
  { "dates", LP_LABEL_DETAIL_DATES },
  { "facilitator", LP_LABEL_DETAIL_FACILITATOR },
  { "location", LP_LABEL_DETAIL_LOCATION },
};

/* The view's label layout follows the action's state. */
static void
apply (GAction        *action,
       LpTimelineView *view)
{
  g_autoptr(GVariant) state = g_action_get_state (action);
  const char *nick = g_variant_get_string (state, NULL);
  LpTimelineLayout *layout = lp_timeline_view_get_layout (view);
  LpLabelLayout *labels = layout != NULL ? lp_timeline_layout_get_label_layout (layout) : NULL;
  LpLabelOptions options;

  if (labels == NULL)
    return;
  lp_label_layout_get_options (labels, &options);
  options.detail = LP_LABEL_DETAIL_NONE;
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    if (strcmp (nick, choices[i].nick) == 0)
      options.detail = choices[i].detail;
  lp_label_layout_set_options (labels, &options);
  gtk_widget_queue_draw (GTK_WIDGET (view));
}

static void
on_state_notify_cb (GObject        *action,
                    GParamSpec     *pspec,
                    LpTimelineView *view)
{
  apply (G_ACTION (action), view);
}

/* A new trajectory brings a new layout: give it the choice too. */
static void
on_trajectory_notify_cb (LpTimelineView *view,
                         GParamSpec     *pspec,
                         GAction        *action)
{
  apply (action, view);
}

static void
on_change_state_cb (GSimpleAction *action,
                    GVariant      *value,
                    GSettings     *settings)
{
  g_simple_action_set_state (action, value);
  if (settings != NULL)
    g_settings_set_string (settings, "timeline-second-line", g_variant_get_string (value, NULL));
}

void
lp_second_line_install (GtkWindow      *window,
                        LpTimelineView *view,
                        GSettings      *settings)
{
  g_autofree char *chosen = NULL;
  g_autoptr(GSimpleAction) action = NULL;

  g_return_if_fail (GTK_IS_WINDOW (window) && G_IS_ACTION_MAP (window));
  g_return_if_fail (LP_IS_TIMELINE_VIEW (view));

  chosen = settings != NULL ? g_settings_get_string (settings, "timeline-second-line") : g_strdup ("none");
  action = g_simple_action_new_stateful ("second-line", G_VARIANT_TYPE_STRING, g_variant_new_string (chosen));
  if (settings != NULL)
    g_signal_connect_object (action, "change-state", G_CALLBACK (on_change_state_cb), settings, 0);
  else
    g_signal_connect (action, "change-state", G_CALLBACK (on_change_state_cb), NULL);
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (action));
  g_signal_connect_object (action, "notify::state", G_CALLBACK (on_state_notify_cb), view, 0);
  g_signal_connect_object (view, "notify::trajectory", G_CALLBACK (on_trajectory_notify_cb), action, 0);
  apply (G_ACTION (action), view);
}
