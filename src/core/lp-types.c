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

static const EnumInfo band_kinds[LP_N_BAND_KINDS] = {
  { "recess",  N_("Recess") },
  { "holiday", N_("Holiday") },
  { "other",   N_("Other") },
};

static GType
register_enum (const char     *name,
               const EnumInfo *info,
               guint           n)
{
  GEnumValue *values = g_new0 (GEnumValue, n + 1);

  for (guint i = 0; i < n; i++)
    {
      values[i].value = i;
      values[i].value_name = info[i].nick;
      values[i].value_nick = info[i].nick;
    }

  return g_enum_register_static (name, values);
}

#define DEFINE_ENUM(func, Name, table, N)                               \
static GType                                                                   \
func##_get_type (void)                                                  \
{                                                                       \
  static gsize type = 0;                                                \
  if (g_once_init_enter (&type))                                        \
    g_once_init_leave (&type, register_enum (Name, table, N));          \
  return type;                                                          \
}                                                                       \
static const char *                                                     \
func##_to_string (int value)                                            \
{                                                                       \
  g_return_val_if_fail (value >= 0 && value < N, NULL);                 \
  return table[value].nick;                                             \
}                                                                       \
static const char *                                                     \
func##_get_label (int value)                                            \
{                                                                       \
  g_return_val_if_fail (value >= 0 && value < N, NULL);                 \
  return _(table[value].label);                                         \
}                                                                       \
static gboolean                                                         \
func##_lookup (const char *str, int *out)                               \
{                                                                       \
  if (str == NULL)                                                      \
    return FALSE;                                                       \
  for (int i = 0; i < N; i++)                                           \
    if (strcmp (table[i].nick, str) == 0)                               \
      {                                                                 \
        *out = i;                                                       \
        return TRUE;                                                    \
      }                                                                 \
  return FALSE;                                                         \
}

DEFINE_ENUM (lp_status_impl, "LpStatus", statuses, LP_N_STATUSES)
DEFINE_ENUM (lp_track_group_impl, "LpTrackGroup", track_groups, LP_N_TRACK_GROUPS)
DEFINE_ENUM (lp_milestone_kind_impl, "LpMilestoneKind", milestone_kinds, LP_N_MILESTONE_KINDS)
DEFINE_ENUM (lp_band_kind_impl, "LpBandKind", band_kinds, LP_N_BAND_KINDS)

GType lp_status_get_type (void) { return lp_status_impl_get_type (); }
GType lp_track_group_get_type (void) { return lp_track_group_impl_get_type (); }
GType lp_milestone_kind_get_type (void) { return lp_milestone_kind_impl_get_type (); }
GType lp_band_kind_get_type (void) { return lp_band_kind_impl_get_type (); }

const char *lp_status_to_string (LpStatus v) { return lp_status_impl_to_string (v); }
const char *lp_track_group_to_string (LpTrackGroup v) { return lp_track_group_impl_to_string (v); }
const char *lp_milestone_kind_to_string (LpMilestoneKind v) { return lp_milestone_kind_impl_to_string (v); }
const char *lp_band_kind_to_string (LpBandKind v) { return lp_band_kind_impl_to_string (v); }

const char *lp_status_get_label (LpStatus v) { return lp_status_impl_get_label (v); }
const char *lp_track_group_get_label (LpTrackGroup v) { return lp_track_group_impl_get_label (v); }
const char *lp_milestone_kind_get_label (LpMilestoneKind v) { return lp_milestone_kind_impl_get_label (v); }
const char *lp_band_kind_get_label (LpBandKind v) { return lp_band_kind_impl_get_label (v); }

gboolean
lp_status_from_string (const char *str, LpStatus *out)
{
  int v;
  if (!lp_status_impl_lookup (str, &v))
    return FALSE;
  if (out)
    *out = v;
  return TRUE;
}

gboolean
lp_track_group_from_string (const char *str, LpTrackGroup *out)
{
  int v;
  if (!lp_track_group_impl_lookup (str, &v))
    return FALSE;
  if (out)
    *out = v;
  return TRUE;
}

gboolean
lp_milestone_kind_from_string (const char *str, LpMilestoneKind *out)
{
  int v;
  if (!lp_milestone_kind_impl_lookup (str, &v))
    return FALSE;
  if (out)
    *out = v;
  return TRUE;
}

gboolean
lp_band_kind_from_string (const char *str, LpBandKind *out)
{
  int v;
  if (!lp_band_kind_impl_lookup (str, &v))
    return FALSE;
  if (out)
    *out = v;
  return TRUE;
}
