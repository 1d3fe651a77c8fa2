/* lp-marker.c — what a milestone and a period share: an id and a label
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include "lp-marker.h"
#include "lp-object-private.h"

typedef struct
{
  char *id;
  char *label;
} LpMarkerPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (LpMarker, lp_marker, G_TYPE_OBJECT)

enum { PROP_0, PROP_ID, PROP_LABEL, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
lp_marker_finalize (GObject *object)
{
  LpMarkerPrivate *priv = lp_marker_get_instance_private (LP_MARKER (object));

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->label, g_free);
  G_OBJECT_CLASS (lp_marker_parent_class)->finalize (object);
}

static void
lp_marker_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LpMarkerPrivate *priv = lp_marker_get_instance_private (LP_MARKER (object));

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, priv->id); break;
    case PROP_LABEL: g_value_set_string (value, priv->label); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_marker_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  LpMarker *self = LP_MARKER (object);
  LpMarkerPrivate *priv = lp_marker_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID: priv->id = g_value_dup_string (value); break;
    case PROP_LABEL: lp_marker_set_label (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_marker_class_init (LpMarkerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lp_marker_finalize;
  object_class->get_property = lp_marker_get_property;
  object_class->set_property = lp_marker_set_property;

  properties[PROP_ID] = lp_param_spec_id ();
  properties[PROP_LABEL] = lp_param_spec_text ("label");
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lp_marker_init (LpMarker *self)
{
  LpMarkerPrivate *priv = lp_marker_get_instance_private (self);

  priv->label = g_strdup ("");
}

const char *
lp_marker_get_id (LpMarker *self)
{
  LpMarkerPrivate *priv;

  g_return_val_if_fail (LP_IS_MARKER (self), NULL);
  priv = lp_marker_get_instance_private (self);
  return priv->id;
}

const char *
lp_marker_get_label (LpMarker *self)
{
  LpMarkerPrivate *priv;

  g_return_val_if_fail (LP_IS_MARKER (self), NULL);
  priv = lp_marker_get_instance_private (self);
  return priv->label;
}

void
lp_marker_set_label (LpMarker   *self,
                     const char *label)
{
  LpMarkerPrivate *priv;

  g_return_if_fail (LP_IS_MARKER (self));
  priv = lp_marker_get_instance_private (self);
  lp_object_set_text (self, &priv->label, label, properties[PROP_LABEL]);
}
