/* lp-period.c — a shaded period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include "lp-period.h"
#include "lp-object-private.h"

struct _LpPeriod
{
  LpMarker         parent_instance;
  LpDate           start;
  LpDate           end;
  LpPeriodKind  kind;
};

G_DEFINE_FINAL_TYPE (LpPeriod, lp_period, LP_TYPE_MARKER)

enum { PROP_0, PROP_START, PROP_END, PROP_KIND, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
lp_period_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LpPeriod *self = LP_PERIOD (object);

  switch (prop_id)
    {
    case PROP_START: g_value_set_uint (value, self->start); break;
    case PROP_END: g_value_set_uint (value, self->end); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_period_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  LpPeriod *self = LP_PERIOD (object);

  switch (prop_id)
    {
    case PROP_START: lp_period_set_start (self, g_value_get_uint (value)); break;
    case PROP_END: lp_period_set_end (self, g_value_get_uint (value)); break;
    case PROP_KIND: lp_period_set_kind (self, g_value_get_enum (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_period_class_init (LpPeriodClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = lp_period_get_property;
  object_class->set_property = lp_period_set_property;

  properties[PROP_START] = lp_param_spec_date ("start");
  properties[PROP_END] = lp_param_spec_date ("end");
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, LP_TYPE_PERIOD_KIND, LP_PERIOD_OTHER,
                       LP_PARAM_EDITABLE);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lp_period_init (LpPeriod *self)
{
  self->kind = LP_PERIOD_OTHER;
}

LpPeriod *
lp_period_new (const char *id, LpDate start, LpDate end, LpPeriodKind kind, const char *label)
{
  g_return_val_if_fail (id != NULL, NULL);
  return g_object_new (LP_TYPE_PERIOD, "id", id, "start", start, "end", end, "kind", kind,
                       "label", label ? label : "", NULL);
}

LpPeriod *
lp_period_new_default (const char *id,
                     LpDate      start,
                     LpDate      limit,
                     const char *label)
{
  LpDate end = MIN (start + (LP_PERIOD_DEFAULT_DAYS - 1), limit);

  return lp_period_new (id, start, MAX (end, start), LP_PERIOD_HOLIDAY, label);
}

const char *
lp_period_get_id (LpPeriod *self)
{
  g_return_val_if_fail (LP_IS_PERIOD (self), NULL);
  return lp_marker_get_id (LP_MARKER (self));
}

LpDate
lp_period_get_start (LpPeriod *self)
{
  g_return_val_if_fail (LP_IS_PERIOD (self), LP_DATE_NONE);
  return self->start;
}

void
lp_period_set_start (LpPeriod *self, LpDate start)
{
  g_return_if_fail (LP_IS_PERIOD (self));
  lp_object_set_date (self, &self->start, start, properties[PROP_START]);
}

LpDate
lp_period_get_end (LpPeriod *self)
{
  g_return_val_if_fail (LP_IS_PERIOD (self), LP_DATE_NONE);
  return self->end;
}

void
lp_period_set_end (LpPeriod *self, LpDate end)
{
  g_return_if_fail (LP_IS_PERIOD (self));
  lp_object_set_date (self, &self->end, end, properties[PROP_END]);
}

LpPeriodKind
lp_period_get_kind (LpPeriod *self)
{
  g_return_val_if_fail (LP_IS_PERIOD (self), LP_PERIOD_OTHER);
  return self->kind;
}

void
lp_period_set_kind (LpPeriod *self, LpPeriodKind kind)
{
  g_return_if_fail (LP_IS_PERIOD (self));
  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
lp_period_get_label (LpPeriod *self)
{
  g_return_val_if_fail (LP_IS_PERIOD (self), NULL);
  return lp_marker_get_label (LP_MARKER (self));
}

void
lp_period_set_label (LpPeriod *self, const char *label)
{
  g_return_if_fail (LP_IS_PERIOD (self));
  lp_marker_set_label (LP_MARKER (self), label);
}
