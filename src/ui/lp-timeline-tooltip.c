/* lp-timeline-tooltip.c — what hovering a block on the timeline shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "lp-timeline-tooltip.h"

static const char * const weekdays[7] = {
  /* Translators: full weekday names in a block's tooltip */
  NC_("weekday full", "Monday"), NC_("weekday full", "Tuesday"), NC_("weekday full", "Wednesday"),
  NC_("weekday full", "Thursday"), NC_("weekday full", "Friday"), NC_("weekday full", "Saturday"),
  NC_("weekday full", "Sunday"),
};

char *
lp_timeline_tooltip_format_day (LpDate date)
{
  g_autofree char *day = lp_date_format_long (date);
  guint wd = lp_date_get_weekday (date);

  if (wd < 1 || wd > 7)
    return g_steal_pointer (&day);
  /* Translators: a day in a block's tooltip: weekday, then "14 September 2026" */
  return g_strdup_printf (C_("tooltip day", "%s %s"),
                          g_dpgettext2 (GETTEXT_PACKAGE, "weekday full", weekdays[wd - 1]), day);
}

/* "label: value", escaped, as one line of the tooltip. */
static void
add_line (GString    *out,
          const char *label,
          const char *value)
{
  g_autofree char *escaped = NULL;

  if (value == NULL || *value == '\0')
    return;
  escaped = g_markup_escape_text (value, -1);
  /* Translators: one line in a block's tooltip: "Lane: College" */
  g_string_append_printf (out, "\n%s", label);
  g_string_append_printf (out, C_("tooltip line", ": %s"), escaped);
}

static char *
dates_text (LpModule *module)
{
  LpDate start = lp_module_get_start (module);
  LpDate end = lp_module_get_end (module);
  g_autofree char *from = lp_timeline_tooltip_format_day (start);
  g_autofree char *to = NULL;

  if (end <= start)
    return g_steal_pointer (&from);
  to = lp_timeline_tooltip_format_day (end);
  /* Translators: the dates of a module of more than one day */
  return g_strdup_printf (_("%s to %s"), from, to);
}

static char *
times_text (LpModule *module)
{
  int st = lp_module_get_start_time (module);
  int et = lp_module_get_end_time (module);
  char a[6], b[6];

  if (st == LP_TIME_NONE)
    return NULL;
  if (et == LP_TIME_NONE)
    return g_strdup (lp_time_format (st, a));
  return g_strdup_printf ("%s–%s", lp_time_format (st, a), lp_time_format (et, b));
}

char *
lp_timeline_tooltip_markup (LpTrajectory *trajectory,
                            LpModule     *module)
{
  LpKind *kind;
  LpTrack *track;
  const char * const *facilitators;
  g_autofree char *title = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *times = NULL;
  g_autofree char *people = NULL;
  GString *out;

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), NULL);
  g_return_val_if_fail (LP_IS_MODULE (module), NULL);

  kind = lp_trajectory_get_module_kind (trajectory, module);
  track = lp_module_get_track (module);
  facilitators = lp_module_get_facilitators (module);
  title = g_markup_escape_text (lp_trajectory_get_module_title (trajectory, module), -1);
  dates = dates_text (module);
  times = times_text (module);
  if (facilitators != NULL && facilitators[0] != NULL)
    people = g_strjoinv (", ", (char **) facilitators);

  out = g_string_new (NULL);
  g_string_append_printf (out, "<b>%s</b>", title);
  add_line (out, _("Kind"), kind != NULL ? lp_kind_get_name (kind) : lp_module_get_kind_id (module));
  add_line (out, _("Lane"), track != NULL ? lp_track_get_name (track) : NULL);
  add_line (out, _("Dates"), dates);
  add_line (out, _("Time"), times);
  add_line (out, _("Facilitators"), people);
  add_line (out, _("Location"), lp_module_get_location (module));
  add_line (out, _("Status"), lp_status_get_label (lp_module_get_status (module)));
  return g_string_free (out, FALSE);
}
