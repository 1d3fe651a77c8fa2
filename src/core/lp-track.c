/* lp-track.c — a lane of the timeline: one participant group
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include "lp-track.h"
#include "lp-object-private.h"

struct _LpTrack
{
  GObject       parent_instance;
  char         *id;
  char         *name;
  LpTrackGroup  group;
};

G_DEFINE_FINAL_TYPE (LpTrack, lp_track, G_TYPE_OBJECT)

enum { PROP_0, PROP_ID, PROP_NAME, PROP_GROUP, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
lp_track_finalize (GObject *object)
{
  LpTrack *self = (LpTrack *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  G_OBJECT_CLASS (lp_track_parent_class)->finalize (object);
}

static void
lp_track_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LpTrack *self = LP_TRACK (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_GROUP: g_value_set_enum (value, self->group); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_track_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  LpTrack *self = LP_TRACK (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_dup_string (value); break;
    case PROP_NAME: lp_track_set_name (self, g_value_get_string (value)); break;
    case PROP_GROUP: lp_track_set_group (self, g_value_get_enum (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_track_class_init (LpTrackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lp_track_finalize;
  object_class->get_property = lp_track_get_property;
  object_class->set_property = lp_track_set_property;

  properties[PROP_ID] =
    lp_param_spec_id ();
  properties[PROP_NAME] =
    lp_param_spec_text ("name");
  properties[PROP_GROUP] =
    g_param_spec_enum ("group", NULL, NULL, LP_TYPE_TRACK_GROUP, LP_TRACK_GROUP_JOINT,
                       LP_PARAM_EDITABLE);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lp_track_init (LpTrack *self)
{
  self->name = g_strdup ("");
}

LpTrack *
lp_track_new (const char *id, const char *name, LpTrackGroup group)
{
  g_return_val_if_fail (id != NULL, NULL);
  return g_object_new (LP_TYPE_TRACK, "id", id, "name", name ? name : "", "group", group, NULL);
}

const char *
lp_track_get_id (LpTrack *self)
{
  g_return_val_if_fail (LP_IS_TRACK (self), NULL);
  return self->id;
}

const char *
lp_track_get_name (LpTrack *self)
{
  g_return_val_if_fail (LP_IS_TRACK (self), NULL);
  return self->name;
}

void
lp_track_set_name (LpTrack *self, const char *name)
{
  g_return_if_fail (LP_IS_TRACK (self));
  lp_object_set_text (self, &self->name, name, properties[PROP_NAME]);
}

LpTrackGroup
lp_track_get_group (LpTrack *self)
{
  g_return_val_if_fail (LP_IS_TRACK (self), LP_TRACK_GROUP_OTHER);
  return self->group;
}

void
lp_track_set_group (LpTrack *self, LpTrackGroup group)
{
  g_return_if_fail (LP_IS_TRACK (self));
  if (self->group == group)
    return;
  self->group = group;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP]);
}
