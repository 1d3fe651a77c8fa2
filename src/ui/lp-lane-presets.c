/* lp-lane-presets.c — "Add Preset" in the lane menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "core/lp-presets.h"
#include "lp-lane-presets.h"
#include "lp-timeline-view-private.h"

static void
preset_add_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  LpTimelineView *view = LP_TIMELINE_VIEW (widget);
  LpTrajectory *t = lp_timeline_view_get_trajectory (view);
  const LpPreset *preset = lp_presets_lookup (g_variant_get_string (param, NULL));
  LpDate day;

  if (t == NULL || preset == NULL)
    return;
  _lp_timeline_view_get_cursor (view, NULL, &day);
  lp_presets_add (t, preset, day);
}

void
lp_lane_presets_append (GMenu *section)
{
  g_autoptr(GMenu) submenu = g_menu_new ();

  for (guint i = 0; i < lp_presets_get_n (); i++)
    {
      const LpPreset *preset = lp_presets_get_nth (i);
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      if (preset->date != NULL)
        {
          LpDate date = LP_DATE_NONE;
          g_autofree char *shown = NULL;

          lp_date_parse (preset->date, &date);
          shown = lp_date_format_long (date);
          /* TRANSLATORS: a preset with its own date: "Municipal council elections (18 March 2026)" */
          label = g_strdup_printf (_("%s (%s)"), _(preset->label), shown);
        }
      item = g_menu_item_new (label != NULL ? label : _(preset->label), NULL);
      g_menu_item_set_action_and_target_value (item, "timeline.preset-add", g_variant_new_string (preset->id));
      g_menu_append_item (submenu, item);
    }
  g_menu_append_submenu (section, _("Add P_reset"), G_MENU_MODEL (submenu));
}

void
lp_lane_presets_install (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "timeline.preset-add", "s", preset_add_action);
}
