/* lp-module.c — one module placed on the timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include "lp-agenda.h"
#include "lp-date.h"
#include "lp-module.h"
#include "lp-object-private.h"
#include "lp-track.h"

/* ---- LpComment ---- */

G_DEFINE_BOXED_TYPE (LpComment, lp_comment, lp_comment_copy, lp_comment_free)

LpComment *
lp_comment_new (const char *author,
                LpDate      date,
                const char *text)
{
  LpComment *comment = g_new0 (LpComment, 1);

  comment->author = (author && *author) ? g_strdup (author) : NULL;
  comment->date = date;
  comment->text = g_strdup (text ? text : "");
  return comment;
}

LpComment *
lp_comment_copy (const LpComment *comment)
{
  LpComment *copy;

  g_return_val_if_fail (comment != NULL, NULL);
  copy = lp_comment_new (comment->author, comment->date, comment->text);
  copy->resolved = comment->resolved;
  return copy;
}

void
lp_comment_free (LpComment *comment)
{
  if (comment == NULL)
    return;
  g_free (comment->author);
  g_free (comment->text);
  g_free (comment);
}

char *
lp_comment_format (const LpComment *c)
{
  g_autofree char *date = NULL;

  g_return_val_if_fail (c != NULL, NULL);
  if (c->date != LP_DATE_NONE)
    date = lp_date_format_display (c->date);
  return g_strdup_printf ("%s%s%s%s%s", c->text,
                          c->author || date ? " — " : "", c->author ? c->author : "",
                          c->author && date ? ", " : "", date ? date : "");
}

GPtrArray *
lp_comment_array_copy (GPtrArray *comments)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_comment_free);

  for (guint i = 0; comments != NULL && i < comments->len; i++)
    g_ptr_array_add (copy, lp_comment_copy (g_ptr_array_index (comments, i)));
  return copy;
}

gboolean
lp_comment_array_equal (GPtrArray *a,
                        GPtrArray *b)
{
  guint na = a ? a->len : 0;
  guint nb = b ? b->len : 0;

  if (na != nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    {
      const LpComment *x = g_ptr_array_index (a, i);
      const LpComment *y = g_ptr_array_index (b, i);
      if (x->date != y->date || x->resolved != y->resolved || g_strcmp0 (x->author, y->author) != 0 ||
          g_strcmp0 (x->text, y->text) != 0)
        return FALSE;
    }
  return TRUE;
}

/* ---- LpModule ---- */

/* The optional text fields, stored alike. */
enum {
  STR_TITLE,
  STR_PARTICIPANTS,
  STR_LOCATION,
  STR_GOALS,
  STR_PREPARATION,
  STR_DESCRIPTION,
  STR_NOTES,
  N_STRINGS
};

struct _LpModule
{
  GObject    parent_instance;

  char      *id;
  char      *kind_id;
  LpTrack   *track;
  LpDate     start;
  LpDate     end;
  int        start_time;
  int        end_time;
  LpStatus   status;
  int        participants_count;
  GStrv      facilitators;
  GPtrArray *comments;
  LpAgenda  *agenda;
  char      *series;
  char      *strings[N_STRINGS];
};

G_DEFINE_FINAL_TYPE (LpModule, lp_module, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_TRACK,
  PROP_START,
  PROP_END,
  PROP_START_TIME,
  PROP_END_TIME,
  PROP_STATUS,
  PROP_FACILITATORS,
  PROP_PARTICIPANTS_COUNT,
  PROP_COMMENTS,
  PROP_AGENDA,
  PROP_SERIES,
  PROP_FIRST_STRING,
  N_PROPS = PROP_FIRST_STRING + N_STRINGS
};

static GParamSpec *properties[N_PROPS];

static const char * const string_names[N_STRINGS] = {
  "title", "participants", "location", "goals", "preparation", "description", "notes",
};

static void
set_string_field (LpModule   *self,
                  guint       field,
                  const char *value)
{
  g_assert (field < N_STRINGS);

  if (lp_replace_string (&self->strings[field], value, TRUE))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_STRING + field]);
}

static void
lp_module_finalize (GObject *object)
{
  LpModule *self = (LpModule *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->kind_id, g_free);
  g_clear_object (&self->track);
  g_clear_pointer (&self->facilitators, g_strfreev);
  g_clear_pointer (&self->comments, g_ptr_array_unref);
  g_clear_pointer (&self->agenda, lp_agenda_free);
  g_clear_pointer (&self->series, g_free);
  for (guint i = 0; i < N_STRINGS; i++)
    g_clear_pointer (&self->strings[i], g_free);

  G_OBJECT_CLASS (lp_module_parent_class)->finalize (object);
}

static void
lp_module_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LpModule *self = LP_MODULE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_KIND: g_value_set_string (value, self->kind_id); break;
    case PROP_TRACK: g_value_set_object (value, self->track); break;
    case PROP_START: g_value_set_uint (value, self->start); break;
    case PROP_END: g_value_set_uint (value, self->end); break;
    case PROP_START_TIME: g_value_set_int (value, self->start_time); break;
    case PROP_END_TIME: g_value_set_int (value, self->end_time); break;
    case PROP_STATUS: g_value_set_enum (value, self->status); break;
    case PROP_FACILITATORS: g_value_set_boxed (value, self->facilitators); break;
    case PROP_PARTICIPANTS_COUNT: g_value_set_int (value, self->participants_count); break;
    case PROP_COMMENTS: g_value_set_boxed (value, self->comments); break;
    case PROP_AGENDA: g_value_set_boxed (value, self->agenda); break;
    case PROP_SERIES: g_value_set_string (value, self->series); break;
    default:
      if (prop_id >= PROP_FIRST_STRING && prop_id < N_PROPS)
        g_value_set_string (value, self->strings[prop_id - PROP_FIRST_STRING]);
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_module_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  LpModule *self = LP_MODULE (object);

  switch (prop_id)
    {
    case PROP_ID: self->id = g_value_dup_string (value); break;
    case PROP_KIND: lp_module_set_kind_id (self, g_value_get_string (value)); break;
    case PROP_TRACK: lp_module_set_track (self, g_value_get_object (value)); break;
    case PROP_START: lp_module_set_start (self, g_value_get_uint (value)); break;
    case PROP_END: lp_module_set_end (self, g_value_get_uint (value)); break;
    case PROP_START_TIME: lp_module_set_start_time (self, g_value_get_int (value)); break;
    case PROP_END_TIME: lp_module_set_end_time (self, g_value_get_int (value)); break;
    case PROP_STATUS: lp_module_set_status (self, g_value_get_enum (value)); break;
    case PROP_FACILITATORS: lp_module_set_facilitators (self, g_value_get_boxed (value)); break;
    case PROP_PARTICIPANTS_COUNT: lp_module_set_participants_count (self, g_value_get_int (value)); break;
    case PROP_COMMENTS: lp_module_set_comments (self, g_value_get_boxed (value)); break;
    case PROP_AGENDA: lp_module_set_agenda (self, g_value_get_boxed (value)); break;
    case PROP_SERIES: lp_module_set_series (self, g_value_get_string (value)); break;
    default:
      if (prop_id >= PROP_FIRST_STRING && prop_id < N_PROPS)
        set_string_field (self, prop_id - PROP_FIRST_STRING, g_value_get_string (value));
      else
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_module_class_init (LpModuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = LP_PARAM_EDITABLE;

  object_class->finalize = lp_module_finalize;
  object_class->get_property = lp_module_get_property;
  object_class->set_property = lp_module_set_property;

  properties[PROP_ID] =
    lp_param_spec_id ();
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, NULL, rw);
  properties[PROP_TRACK] = g_param_spec_object ("track", NULL, NULL, LP_TYPE_TRACK, rw);
  properties[PROP_START] = lp_param_spec_date ("start");
  properties[PROP_END] = lp_param_spec_date ("end");
  properties[PROP_START_TIME] = g_param_spec_int ("start-time", NULL, NULL, LP_TIME_NONE, LP_MINUTES_PER_DAY - 1, LP_TIME_NONE, rw);
  properties[PROP_END_TIME] = g_param_spec_int ("end-time", NULL, NULL, LP_TIME_NONE, LP_MINUTES_PER_DAY - 1, LP_TIME_NONE, rw);
  properties[PROP_SERIES] = g_param_spec_string ("series", NULL, NULL, NULL, rw);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, LP_TYPE_STATUS, LP_STATUS_DRAFT, rw);
  properties[PROP_FACILITATORS] = g_param_spec_boxed ("facilitators", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_PARTICIPANTS_COUNT] =
    g_param_spec_int ("participants-count", NULL, NULL, LP_COUNT_NONE, G_MAXINT, LP_COUNT_NONE, rw);
  properties[PROP_COMMENTS] = g_param_spec_boxed ("comments", NULL, NULL, G_TYPE_PTR_ARRAY, rw);
  properties[PROP_AGENDA] = g_param_spec_boxed ("agenda", NULL, NULL, LP_TYPE_AGENDA, rw);
  for (guint i = 0; i < N_STRINGS; i++)
    properties[PROP_FIRST_STRING + i] = g_param_spec_string (string_names[i], NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lp_module_init (LpModule *self)
{
  self->start_time = LP_TIME_NONE;
  self->end_time = LP_TIME_NONE;
  self->status = LP_STATUS_DRAFT;
  self->participants_count = LP_COUNT_NONE;
  self->comments = lp_comment_array_copy (NULL);
  self->agenda = lp_agenda_new ();
}

LpModule *
lp_module_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);
  return g_object_new (LP_TYPE_MODULE, "id", id, NULL);
}

LpModule *
lp_module_copy (LpModule   *self,
                const char *new_id)
{
  LpModule *copy;

  g_return_val_if_fail (LP_IS_MODULE (self), NULL);
  g_return_val_if_fail (new_id != NULL, NULL);

  copy = lp_module_new (new_id);
  copy->kind_id = g_strdup (self->kind_id);
  g_set_object (&copy->track, self->track);
  copy->start = self->start;
  copy->end = self->end;
  copy->start_time = self->start_time;
  copy->end_time = self->end_time;
  copy->status = self->status;
  copy->participants_count = self->participants_count;
  copy->facilitators = g_strdupv (self->facilitators);
  g_ptr_array_unref (copy->comments);
  copy->comments = lp_comment_array_copy (self->comments);
  lp_agenda_free (copy->agenda);
  copy->agenda = lp_agenda_copy (self->agenda);
  copy->series = g_strdup (self->series);
  for (guint i = 0; i < N_STRINGS; i++)
    copy->strings[i] = g_strdup (self->strings[i]);
  return copy;
}

const char *
lp_module_get_id (LpModule *self)
{
  g_return_val_if_fail (LP_IS_MODULE (self), NULL);
  return self->id;
}

const char *
lp_module_get_kind_id (LpModule *self)
{
  g_return_val_if_fail (LP_IS_MODULE (self), NULL);
  return self->kind_id;
}

void
lp_module_set_kind_id (LpModule   *self,
                       const char *kind_id)
{
  g_return_if_fail (LP_IS_MODULE (self));
  if (g_strcmp0 (self->kind_id, kind_id) == 0)
    return;
  g_free (self->kind_id);
  self->kind_id = g_strdup (kind_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
lp_module_get_series (LpModule *self)
{
  g_return_val_if_fail (LP_IS_MODULE (self), NULL);
  return self->series;
}

void
lp_module_set_series (LpModule   *self,
                      const char *series)
{
  g_return_if_fail (LP_IS_MODULE (self));
  if (series != NULL && *series == '\0')
    series = NULL;
  if (g_strcmp0 (self->series, series) == 0)
    return;
  g_free (self->series);
  self->series = g_strdup (series);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES]);
}

LpTrack *
lp_module_get_track (LpModule *self)
{
  g_return_val_if_fail (LP_IS_MODULE (self), NULL);
  return self->track;
}

void
lp_module_set_track (LpModule *self,
                     LpTrack  *track)
{
  g_return_if_fail (LP_IS_MODULE (self));
  if (g_set_object (&self->track, track))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRACK]);
}

#define DEFINE_SCALAR(type, name, field, PROP)                       \
type                                                                 \
lp_module_get_##name (LpModule *self)                                \
{                                                                    \
  g_return_val_if_fail (LP_IS_MODULE (self), 0);                     \
  return self->field;                                                \
}                                                                    \
void                                                                 \
lp_module_set_##name (LpModule *self, type value)                    \
{                                                                    \
  g_return_if_fail (LP_IS_MODULE (self));                            \
  if (self->field == value)                                          \
    return;                                                          \
  self->field = value;                                               \
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);      \
}

DEFINE_SCALAR (LpDate, start, start, PROP_START)
DEFINE_SCALAR (LpDate, end, end, PROP_END)
DEFINE_SCALAR (int, start_time, start_time, PROP_START_TIME)
DEFINE_SCALAR (int, end_time, end_time, PROP_END_TIME)
DEFINE_SCALAR (LpStatus, status, status, PROP_STATUS)
DEFINE_SCALAR (int, participants_count, participants_count, PROP_PARTICIPANTS_COUNT)

const char * const *
lp_module_get_facilitators (LpModule *self)
{
  static const char * const empty[] = { NULL };

  g_return_val_if_fail (LP_IS_MODULE (self), NULL);
  return self->facilitators ? (const char * const *) self->facilitators : empty;
}

void
lp_module_set_facilitators (LpModule           *self,
                            const char * const *facilitators)
{
  g_return_if_fail (LP_IS_MODULE (self));

  if (facilitators != NULL && facilitators[0] == NULL)
    facilitators = NULL;
  if (self->facilitators == NULL && facilitators == NULL)
    return;
  if (self->facilitators != NULL && facilitators != NULL &&
      g_strv_equal ((const char * const *) self->facilitators, facilitators))
    return;
  g_strfreev (self->facilitators);
  self->facilitators = g_strdupv ((char **) facilitators);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FACILITATORS]);
}

#define DEFINE_STRING(name, FIELD)                                   \
const char *                                                         \
lp_module_get_##name (LpModule *self)                                \
{                                                                    \
  g_return_val_if_fail (LP_IS_MODULE (self), NULL);                  \
  return self->strings[FIELD];                                       \
}                                                                    \
void                                                                 \
lp_module_set_##name (LpModule *self, const char *value)             \
{                                                                    \
  g_return_if_fail (LP_IS_MODULE (self));                            \
  set_string_field (self, FIELD, value);                             \
}

DEFINE_STRING (title, STR_TITLE)
DEFINE_STRING (participants, STR_PARTICIPANTS)
DEFINE_STRING (location, STR_LOCATION)
DEFINE_STRING (goals, STR_GOALS)
DEFINE_STRING (preparation, STR_PREPARATION)
DEFINE_STRING (description, STR_DESCRIPTION)
DEFINE_STRING (notes, STR_NOTES)

GPtrArray *
lp_module_get_comments (LpModule *self)
{
  g_return_val_if_fail (LP_IS_MODULE (self), NULL);
  return self->comments;
}

void
lp_module_set_comments (LpModule  *self,
                        GPtrArray *comments)
{
  g_return_if_fail (LP_IS_MODULE (self));

  if (comments == self->comments || lp_comment_array_equal (self->comments, comments))
    return;
  g_ptr_array_unref (self->comments);
  self->comments = lp_comment_array_copy (comments);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMENTS]);
}

guint
lp_module_get_n_days (LpModule *self)
{
  g_return_val_if_fail (LP_IS_MODULE (self), 0);
  if (self->end < self->start)
    return 1;
  return self->end - self->start + 1;
}

const LpAgenda *
lp_module_get_agenda (LpModule *self)
{
  g_return_val_if_fail (LP_IS_MODULE (self), NULL);
  return self->agenda;
}

void
lp_module_set_agenda (LpModule       *self,
                      const LpAgenda *agenda)
{
  g_return_if_fail (LP_IS_MODULE (self));

  if (agenda == self->agenda || lp_agenda_equal (self->agenda, agenda))
    return;
  lp_agenda_free (self->agenda);
  self->agenda = lp_agenda_copy (agenda);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGENDA]);
}
