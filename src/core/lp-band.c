/* lp-band.c — a shaded period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include "lp-band.h"
#include "lp-object-private.h"

struct _LpBand
{
  LpMarker         parent_instance;
  LpDate           start;
  LpDate           end;
  LpBandKind  kind;
};

G_DEFINE_FINAL_TYPE (LpBand, lp_band, LP_TYPE_MARKER)

enum { PROP_0, PROP_START, PROP_END, PROP_KIND, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
lp_band_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LpBand *self = LP_BAND (object);

  switch (prop_id)
    {
    case PROP_START: g_value_set_uint (value, self->start); break;
    case PROP_END: g_value_set_uint (value, self->end); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_band_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  LpBand *self = LP_BAND (object);

  switch (prop_id)
    {
    case PROP_START: lp_band_set_start (self, g_value_get_uint (value)); break;
    case PROP_END: lp_band_set_end (self, g_value_get_uint (value)); break;
    case PROP_KIND: lp_band_set_kind (self, g_value_get_enum (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_band_class_init (LpBandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = lp_band_get_property;
  object_class->set_property = lp_band_set_property;

  properties[PROP_START] = lp_param_spec_date ("start");
  properties[PROP_END] = lp_param_spec_date ("end");
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, LP_TYPE_BAND_KIND, LP_BAND_OTHER,
                       LP_PARAM_EDITABLE);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lp_band_init (LpBand *self)
{
  self->kind = LP_BAND_OTHER;
}

LpBand *
lp_band_new (const char *id, LpDate start, LpDate end, LpBandKind kind, const char *label)
{
  g_return_val_if_fail (id != NULL, NULL);
  return g_object_new (LP_TYPE_BAND, "id", id, "start", start, "end", end, "kind", kind,
                       "label", label ? label : "", NULL);
}

LpBand *
lp_band_new_default (const char *id,
                     LpDate      start,
                     LpDate      limit,
                     const char *label)
{
  LpDate end = MIN (start + (LP_BAND_DEFAULT_DAYS - 1), limit);

  return lp_band_new (id, start, MAX (end, start), LP_BAND_HOLIDAY, label);
}

const char *
lp_band_get_id (LpBand *self)
{
  g_return_val_if_fail (LP_IS_BAND (self), NULL);
  return lp_marker_get_id (LP_MARKER (self));
}

LpDate
lp_band_get_start (LpBand *self)
{
  g_return_val_if_fail (LP_IS_BAND (self), LP_DATE_NONE);
  return self->start;
}

void
lp_band_set_start (LpBand *self, LpDate start)
{
  g_return_if_fail (LP_IS_BAND (self));
  lp_object_set_date (self, &self->start, start, properties[PROP_START]);
}

LpDate
lp_band_get_end (LpBand *self)
{
  g_return_val_if_fail (LP_IS_BAND (self), LP_DATE_NONE);
  return self->end;
}

void
lp_band_set_end (LpBand *self, LpDate end)
{
  g_return_if_fail (LP_IS_BAND (self));
  lp_object_set_date (self, &self->end, end, properties[PROP_END]);
}

LpBandKind
lp_band_get_kind (LpBand *self)
{
  g_return_val_if_fail (LP_IS_BAND (self), LP_BAND_OTHER);
  return self->kind;
}

void
lp_band_set_kind (LpBand *self, LpBandKind kind)
{
  g_return_if_fail (LP_IS_BAND (self));
  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
lp_band_get_label (LpBand *self)
{
  g_return_val_if_fail (LP_IS_BAND (self), NULL);
  return lp_marker_get_label (LP_MARKER (self));
}

void
lp_band_set_label (LpBand *self, const char *label)
{
  g_return_if_fail (LP_IS_BAND (self));
  lp_marker_set_label (LP_MARKER (self), label);
}
