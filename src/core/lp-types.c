/* lp-types.c — enumerations of the core model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lp-types.h"

typedef struct {
  const char *nick;
  const char *label;
} EnumInfo;

static const EnumInfo statuses[LP_N_STATUSES] = {
  { "idea",      N_("Idea") },
  { "draft",     N_("Draft") },
  { "confirmed", N_("Confirmed") },
  { "done",      N_("Done") },
  { "evaluated", N_("Evaluated") },
};

static const EnumInfo track_groups[LP_N_TRACK_GROUPS] = {
  { "joint",             N_("Joint") },
  { "administrators",    N_("Administrators") },
  { "officials",         N_("Civil servants") },
  { "management",        N_("Management") },
  { "council",           N_("Council") },
  { "development-group", N_("Development group") },
  { "other",             N_("Other") },
};

static const EnumInfo milestone_kinds[LP_N_MILESTONE_KINDS] = {
  { "election",            N_("Election") },
  { "coalition-agreement", N_("Coalition agreement") },
  { "budget",              N_("Budget") },
  { "evaluation",          N_("Evaluation") },
  { "other",               N_("Other") },
};

static const EnumInfo period_kinds[LP_N_PERIOD_KINDS] = {
  { "recess",  N_("Recess") },
  { "holiday", N_("Holiday") },
  { "other",   N_("Other") },
};

static GType
enum_type (gsize          *type,
           const char     *name,
           const EnumInfo *info,
           guint           n)
{
  if (g_once_init_enter (type))
    {
      GEnumValue *values = g_new0 (GEnumValue, n + 1);

      for (guint i = 0; i < n; i++)
        {
          values[i].value = i;
          values[i].value_name = info[i].nick;
          values[i].value_nick = info[i].nick;
        }
      g_once_init_leave (type, g_enum_register_static (name, values));
    }
  return *type;
}

static const EnumInfo *
enum_info (const EnumInfo *info,
           guint           n,
           int             value)
{
  g_return_val_if_fail (value >= 0 && (guint) value < n, NULL);
  return &info[value];
}

/* The value whose nick is @str, or -1. */
static int
enum_lookup (const EnumInfo *info,
             guint           n,
             const char     *str)
{
  for (guint i = 0; str != NULL && i < n; i++)
    if (strcmp (info[i].nick, str) == 0)
      return (int) i;
  return -1;
}

/* The public functions of one enumeration, by its name and table. */
#define NICK(table, v) (enum_info (table, G_N_ELEMENTS (table), v) ? table[v].nick : NULL)
#define LABEL(table, v) (enum_info (table, G_N_ELEMENTS (table), v) ? _(table[v].label) : NULL)
#define FROM_STRING(table, str, out)                         \
  G_STMT_START {                                             \
    int v_ = enum_lookup (table, G_N_ELEMENTS (table), str); \
    if (v_ < 0)                                              \
      return FALSE;                                          \
    if (out)                                                 \
      *out = v_;                                             \
    return TRUE;                                             \
  } G_STMT_END

static gsize status_type, track_group_type, milestone_kind_type, period_kind_type;

GType lp_status_get_type (void) { return enum_type (&status_type, "LpStatus", statuses, LP_N_STATUSES); }
GType lp_track_group_get_type (void) { return enum_type (&track_group_type, "LpTrackGroup", track_groups, LP_N_TRACK_GROUPS); }
GType lp_milestone_kind_get_type (void) { return enum_type (&milestone_kind_type, "LpMilestoneKind", milestone_kinds, LP_N_MILESTONE_KINDS); }
GType lp_period_kind_get_type (void) { return enum_type (&period_kind_type, "LpPeriodKind", period_kinds, LP_N_PERIOD_KINDS); }

const char *lp_status_to_string (LpStatus v) { return NICK (statuses, (int) v); }
const char *lp_track_group_to_string (LpTrackGroup v) { return NICK (track_groups, (int) v); }
const char *lp_milestone_kind_to_string (LpMilestoneKind v) { return NICK (milestone_kinds, (int) v); }
const char *lp_period_kind_to_string (LpPeriodKind v) { return NICK (period_kinds, (int) v); }

const char *lp_status_get_label (LpStatus v) { return LABEL (statuses, (int) v); }
const char *lp_track_group_get_label (LpTrackGroup v) { return LABEL (track_groups, (int) v); }
const char *lp_milestone_kind_get_label (LpMilestoneKind v) { return LABEL (milestone_kinds, (int) v); }
const char *lp_period_kind_get_label (LpPeriodKind v) { return LABEL (period_kinds, (int) v); }

gboolean lp_status_from_string (const char *str, LpStatus *out) { FROM_STRING (statuses, str, out); }
gboolean lp_track_group_from_string (const char *str, LpTrackGroup *out) { FROM_STRING (track_groups, str, out); }
gboolean lp_milestone_kind_from_string (const char *str, LpMilestoneKind *out) { FROM_STRING (milestone_kinds, str, out); }
gboolean lp_period_kind_from_string (const char *str, LpPeriodKind *out) { FROM_STRING (period_kinds, str, out); }
