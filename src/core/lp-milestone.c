/* lp-milestone.c — a dated marker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include "lp-milestone.h"
#include "lp-object-private.h"

struct _LpMilestone
{
  LpMarker         parent_instance;
  LpDate           date;
  LpMilestoneKind  kind;
};

G_DEFINE_FINAL_TYPE (LpMilestone, lp_milestone, LP_TYPE_MARKER)

enum { PROP_0, PROP_DATE, PROP_KIND, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
lp_milestone_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LpMilestone *self = LP_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_DATE: g_value_set_uint (value, self->date); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_milestone_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  LpMilestone *self = LP_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_DATE: lp_milestone_set_date (self, g_value_get_uint (value)); break;
    case PROP_KIND: lp_milestone_set_kind (self, g_value_get_enum (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_milestone_class_init (LpMilestoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = lp_milestone_get_property;
  object_class->set_property = lp_milestone_set_property;

  properties[PROP_DATE] = lp_param_spec_date ("date");
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, LP_TYPE_MILESTONE_KIND, LP_MILESTONE_OTHER,
                       LP_PARAM_EDITABLE);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lp_milestone_init (LpMilestone *self)
{
  self->kind = LP_MILESTONE_OTHER;
}

LpMilestone *
lp_milestone_new (const char *id, LpDate date, LpMilestoneKind kind, const char *label)
{
  g_return_val_if_fail (id != NULL, NULL);
  return g_object_new (LP_TYPE_MILESTONE, "id", id, "date", date, "kind", kind,
                       "label", label ? label : "", NULL);
}

const char *
lp_milestone_get_id (LpMilestone *self)
{
  g_return_val_if_fail (LP_IS_MILESTONE (self), NULL);
  return lp_marker_get_id (LP_MARKER (self));
}

LpDate
lp_milestone_get_date (LpMilestone *self)
{
  g_return_val_if_fail (LP_IS_MILESTONE (self), LP_DATE_NONE);
  return self->date;
}

void
lp_milestone_set_date (LpMilestone *self, LpDate date)
{
  g_return_if_fail (LP_IS_MILESTONE (self));
  lp_object_set_date (self, &self->date, date, properties[PROP_DATE]);
}

LpMilestoneKind
lp_milestone_get_kind (LpMilestone *self)
{
  g_return_val_if_fail (LP_IS_MILESTONE (self), LP_MILESTONE_OTHER);
  return self->kind;
}

void
lp_milestone_set_kind (LpMilestone *self, LpMilestoneKind kind)
{
  g_return_if_fail (LP_IS_MILESTONE (self));
  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
lp_milestone_get_label (LpMilestone *self)
{
  g_return_val_if_fail (LP_IS_MILESTONE (self), NULL);
  return lp_marker_get_label (LP_MARKER (self));
}

void
lp_milestone_set_label (LpMilestone *self, const char *label)
{
  g_return_if_fail (LP_IS_MILESTONE (self));
  lp_marker_set_label (LP_MARKER (self), label);
}
