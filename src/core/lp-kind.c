/* lp-kind.c — a module kind: built-in or the project's own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lp-kind.h"
#include "lp-object-private.h"

struct _LpKind
{
  GObject   parent_instance;

  char     *id;
  char     *name;
  char     *theme_id;
  char     *work_form;
  char     *color;
  char     *description;
  guint     days;
  gboolean  builtin;
};

G_DEFINE_FINAL_TYPE (LpKind, lp_kind, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DISPLAY_NAME,
  PROP_THEME,
  PROP_WORK_FORM,
  PROP_DAYS,
  PROP_COLOR,
  PROP_DESCRIPTION,
  PROP_BUILTIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lp_kind_finalize (GObject *object)
{
  LpKind *self = (LpKind *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->theme_id, g_free);
  g_clear_pointer (&self->work_form, g_free);
  g_clear_pointer (&self->color, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (lp_kind_parent_class)->finalize (object);
}

static void
lp_kind_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  LpKind *self = LP_KIND (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_DISPLAY_NAME: g_value_set_string (value, lp_kind_get_name (self)); break;
    case PROP_THEME: g_value_set_string (value, self->theme_id); break;
    case PROP_WORK_FORM: g_value_set_string (value, self->work_form); break;
    case PROP_DAYS: g_value_set_uint (value, self->days); break;
    case PROP_COLOR: g_value_set_string (value, self->color); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_BUILTIN: g_value_set_boolean (value, self->builtin); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_kind_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  LpKind *self = LP_KIND (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_dup_string (value); break;
    case PROP_NAME: lp_kind_set_name (self, g_value_get_string (value)); break;
    case PROP_THEME: lp_kind_set_theme_id (self, g_value_get_string (value)); break;
    case PROP_WORK_FORM: lp_kind_set_work_form (self, g_value_get_string (value)); break;
    case PROP_DAYS: lp_kind_set_days (self, g_value_get_uint (value)); break;
    case PROP_COLOR: lp_kind_set_color (self, g_value_get_string (value)); break;
    case PROP_DESCRIPTION: lp_kind_set_description (self, g_value_get_string (value)); break;
    case PROP_BUILTIN: self->builtin = g_value_get_boolean (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_kind_class_init (LpKindClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lp_kind_finalize;
  object_class->get_property = lp_kind_get_property;
  object_class->set_property = lp_kind_set_property;

  properties[PROP_ID] =
    lp_param_spec_id ();
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         LP_PARAM_EDITABLE);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_THEME] =
    g_param_spec_string ("theme", NULL, NULL, "other",
                         LP_PARAM_EDITABLE);
  properties[PROP_WORK_FORM] =
    g_param_spec_string ("work-form", NULL, NULL, "workshop",
                         LP_PARAM_EDITABLE);
  properties[PROP_DAYS] =
    g_param_spec_uint ("days", NULL, NULL, LP_KIND_MIN_DAYS, LP_KIND_MAX_DAYS, LP_KIND_MIN_DAYS,
                       LP_PARAM_EDITABLE);
  properties[PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL,
                         LP_PARAM_EDITABLE);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         LP_PARAM_EDITABLE);
  properties[PROP_BUILTIN] =
    g_param_spec_boolean ("builtin", NULL, NULL, FALSE,
                          LP_PARAM_CONSTRUCT_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lp_kind_init (LpKind *self)
{
  self->theme_id = g_strdup ("other");
  self->work_form = g_strdup ("workshop");
  self->days = 1;
}

LpKind *
lp_kind_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (LP_TYPE_KIND, "id", id, NULL);
}

const char *
lp_kind_get_id (LpKind *self)
{
  g_return_val_if_fail (LP_IS_KIND (self), NULL);
  return self->id;
}

const char *
lp_kind_get_name (LpKind *self)
{
  g_return_val_if_fail (LP_IS_KIND (self), NULL);

  if (self->name == NULL)
    return self->id;
  if (self->builtin)
    return _(self->name);
  return self->name;
}

#define DEFINE_STRING_SETTER(field, PROP)                         \
  g_return_if_fail (LP_IS_KIND (self));                           \
  if (lp_replace_string (&self->field, value, TRUE))                           \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);

void
lp_kind_set_name (LpKind     *self,
                  const char *value)
{
  g_return_if_fail (LP_IS_KIND (self));
  if (lp_replace_string (&self->name, value, TRUE))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
    }
}

const char *
lp_kind_get_theme_id (LpKind *self)
{
  g_return_val_if_fail (LP_IS_KIND (self), NULL);
  return self->theme_id;
}

void
lp_kind_set_theme_id (LpKind     *self,
                      const char *value)
{
  if (value == NULL)
    value = "other";
  DEFINE_STRING_SETTER (theme_id, PROP_THEME)
}

const LpTheme *
lp_kind_get_theme (LpKind *self)
{
  const LpTheme *theme;

  g_return_val_if_fail (LP_IS_KIND (self), NULL);

  theme = lp_library_get_theme (self->theme_id);
  if (theme == NULL)
    theme = lp_library_get_theme ("other");
  return theme;
}

const char *
lp_kind_get_work_form (LpKind *self)
{
  g_return_val_if_fail (LP_IS_KIND (self), NULL);
  return self->work_form;
}

void
lp_kind_set_work_form (LpKind     *self,
                       const char *value)
{
  if (value == NULL)
    value = "workshop";
  DEFINE_STRING_SETTER (work_form, PROP_WORK_FORM)
}

guint
lp_kind_get_days (LpKind *self)
{
  g_return_val_if_fail (LP_IS_KIND (self), 1);
  return self->days;
}

void
lp_kind_set_days (LpKind *self,
                  guint   days)
{
  g_return_if_fail (LP_IS_KIND (self));

  days = CLAMP (days, LP_KIND_MIN_DAYS, LP_KIND_MAX_DAYS);
  if (self->days == days)
    return;
  self->days = days;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAYS]);
}

const char *
lp_kind_get_color (LpKind *self)
{
  g_return_val_if_fail (LP_IS_KIND (self), NULL);
  return self->color;
}

void
lp_kind_set_color (LpKind     *self,
                   const char *value)
{
  DEFINE_STRING_SETTER (color, PROP_COLOR)
}

/* "#rrggbb": red, green and blue, each two hex digits. */
#define N_CHANNELS 3
#define CHANNEL_MAX 255
#define HEX_COLOR_LENGTH (1 + 2 * N_CHANNELS)

static gboolean
parse_hex_color (const char *color,
                 double      rgb[N_CHANNELS])
{
  guint v[N_CHANNELS];

  if (color == NULL || color[0] != '#' || strlen (color) != HEX_COLOR_LENGTH)
    return FALSE;
  for (guint i = 0; i < N_CHANNELS; i++)
    {
      int hi = g_ascii_xdigit_value (color[1 + 2 * i]);
      int lo = g_ascii_xdigit_value (color[2 + 2 * i]);
      if (hi < 0 || lo < 0)
        return FALSE;
      v[i] = (guint) (hi * 16 + lo);
    }
  for (guint i = 0; i < N_CHANNELS; i++)
    rgb[i] = v[i] / (double) CHANNEL_MAX;
  return TRUE;
}

char *
lp_color_to_hex (const double rgb[N_CHANNELS])
{
  guint v[N_CHANNELS];

  for (guint i = 0; i < N_CHANNELS; i++)
    v[i] = (guint) (CLAMP (rgb[i], 0.0, 1.0) * CHANNEL_MAX + 0.5);
  return g_strdup_printf ("#%02x%02x%02x", v[0], v[1], v[2]);
}

void
lp_kind_get_rgb (LpKind *self,
                 double  rgb[3])
{
  const LpTheme *theme;

  g_return_if_fail (LP_IS_KIND (self));

  if (parse_hex_color (self->color, rgb))
    return;
  theme = lp_kind_get_theme (self);
  rgb[0] = theme->rgb[0];
  rgb[1] = theme->rgb[1];
  rgb[2] = theme->rgb[2];
}

const char *
lp_kind_get_description (LpKind *self)
{
  g_return_val_if_fail (LP_IS_KIND (self), NULL);

  if (self->builtin && self->description != NULL)
    return _(self->description);
  return self->description;
}

void
lp_kind_set_description (LpKind     *self,
                         const char *value)
{
  DEFINE_STRING_SETTER (description, PROP_DESCRIPTION)
}

gboolean
lp_kind_is_builtin (LpKind *self)
{
  g_return_val_if_fail (LP_IS_KIND (self), FALSE);
  return self->builtin;
}
