/* lp-reader-walk.c — building the trajectory from a valid document, with
 * the checks the schema cannot make (references, unique ids, real dates,
 * end after start, modules inside the period)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "core/lp-date.h"
#include "lp-reader-private.h"

struct _LpReaderWalk {
  const char    *name;      /* display name */
  LpTrajectory  *trajectory;
  GError       **error;
  GString       *scratch;
  /* the header, until lp_reader_walk_header_done () */
  char          *title, *client, *author, *description;
  LpDate         start, end;
  gboolean       has_period;
};
typedef struct _LpReaderWalk Walk;

static gboolean
is_element (xmlNodePtr  node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

/* The text of an element whose content is text only.  Returns a pointer
 * into the document or into w->scratch (valid until the next call). */
static const char *
text (Walk       *w,
      xmlNodePtr  node)
{
  xmlNodePtr child = node->children;

  if (child == NULL)
    return "";
  if (child->next == NULL && (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE))
    return (const char *) child->content;

  g_string_truncate (w->scratch, 0);
  for (; child != NULL; child = child->next)
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
      g_string_append (w->scratch, (const char *) child->content);
  return w->scratch->str;
}

/* A date attribute (@time NULL) or a time attribute (@date NULL): absent
 * is LP_DATE_NONE or LP_TIME_NONE, present must parse. */
static gboolean
read_when (Walk       *w,
           xmlNodePtr  node,
           const char *name,
           LpDate     *date,
           int        *minutes)
{
  const char *value = lp_reader_attr (node, name);
  gboolean ok;

  if (date != NULL)
    *date = LP_DATE_NONE;
  else
    *minutes = LP_TIME_NONE;
  if (value == NULL)
    return TRUE;

  ok = date != NULL ? lp_date_parse (value, date) : lp_time_parse (value, minutes);
  if (!ok)
    lp_reader_set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, lp_reader_line_of (node),
                         date != NULL ? _("“%s” is not a real date (in %s of <%s>)")
                                      : _("“%s” is not a valid time (in %s of <%s>)"),
                         value, name, (const char *) node->name);
  return ok;
}

/* The "start" and "end" date attributes of @node. */
static gboolean
read_span (Walk       *w,
           xmlNodePtr  node,
           LpDate     *start,
           LpDate     *end)
{
  return read_when (w, node, "start", start, NULL) && read_when (w, node, "end", end, NULL);
}

static gboolean
check_unique (Walk       *w,
              xmlNodePtr  node,
              gboolean    exists,
              const char *id)
{
  if (exists)
    {
      lp_reader_set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, lp_reader_line_of (node),
                           _("the id “%s” is used twice for <%s>"), id, (const char *) node->name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_track (Walk *w, xmlNodePtr node)
{
  const char *id = lp_reader_attr (node, "id");
  LpTrackGroup group = LP_TRACK_GROUP_OTHER;
  g_autoptr(LpTrack) track = NULL;

  if (!check_unique (w, node, lp_trajectory_lookup_track (w->trajectory, id) != NULL, id))
    return FALSE;
  lp_track_group_from_string (lp_reader_attr (node, "group"), &group);
  track = lp_track_new (id, text (w, node), group);
  lp_trajectory_load_track (w->trajectory, track);
  return TRUE;
}

static gboolean
read_kind (Walk *w, xmlNodePtr node)
{
  const char *id = lp_reader_attr (node, "id");
  g_autoptr(LpKind) kind = NULL;
  guint64 days = 1;

  if (!check_unique (w, node, lp_trajectory_lookup_own_kind (w->trajectory, id) != NULL, id))
    return FALSE;

  kind = lp_kind_new (id);
  lp_kind_set_theme_id (kind, lp_reader_attr (node, "theme"));
  lp_kind_set_work_form (kind, lp_reader_attr (node, "work-form"));
  if (lp_reader_attr (node, "days"))
    days = g_ascii_strtoull (lp_reader_attr (node, "days"), NULL, 10);
  lp_kind_set_days (kind, (guint) CLAMP (days, LP_KIND_MIN_DAYS, LP_KIND_MAX_DAYS));
  lp_kind_set_color (kind, lp_reader_attr (node, "color"));

  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    {
      if (is_element (c, "name"))
        lp_kind_set_name (kind, text (w, c));
      else if (is_element (c, "description"))
        lp_kind_set_description (kind, text (w, c));
    }

  lp_trajectory_load_kind (w->trajectory, kind);
  return TRUE;
}

/* A module's attributes, checked: its track and kind exist, its dates are
 * real, in order and inside the period, and its times in order. */
typedef struct {
  LpTrack  *track;
  LpDate    start, end;
  int       start_time, end_time;
  LpStatus  status;
} ModuleAttributes;

static gboolean
read_module_attributes (Walk             *w,
                        xmlNodePtr        node,
                        ModuleAttributes *a)
{
  const char *id = lp_reader_attr (node, "id");
  const char *kind_id = lp_reader_attr (node, "kind");
  const char *track_id = lp_reader_attr (node, "track");
  char buf1[LP_DATE_ISO_SIZE], buf2[LP_DATE_ISO_SIZE];

  a->status = LP_STATUS_DRAFT;
  a->track = lp_trajectory_lookup_track (w->trajectory, track_id);
  if (a->track == NULL)
    {
      lp_reader_set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, lp_reader_line_of (node),
                           _("the module “%s” is on the track “%s”, which does not exist"), id, track_id);
      return FALSE;
    }
  if (lp_trajectory_lookup_kind (w->trajectory, kind_id) == NULL)
    {
      lp_reader_set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, lp_reader_line_of (node),
                           _("the module “%s” is of the kind “%s”, which is neither in the file nor built in"),
                           id, kind_id);
      return FALSE;
    }
  if (!read_span (w, node, &a->start, &a->end))
    return FALSE;
  if (a->end < a->start)
    {
      lp_reader_set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, lp_reader_line_of (node),
                           _("the module “%s” ends before it starts (%s before %s)"),
                           id, lp_date_format_iso (a->end, buf1), lp_date_format_iso (a->start, buf2));
      return FALSE;
    }
  if (a->start < lp_trajectory_get_span_start (w->trajectory) ||
      a->end > lp_trajectory_get_span_end (w->trajectory))
    {
      char p1[LP_DATE_ISO_SIZE], p2[LP_DATE_ISO_SIZE];

      lp_reader_set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, lp_reader_line_of (node),
                           _("the module “%s” (%s to %s) lies outside the trajectory’s dates (%s to %s)"),
                           id, lp_date_format_iso (a->start, buf1), lp_date_format_iso (a->end, buf2),
                           lp_date_format_iso (lp_trajectory_get_span_start (w->trajectory), p1),
                           lp_date_format_iso (lp_trajectory_get_span_end (w->trajectory), p2));
      return FALSE;
    }
  if (!read_when (w, node, "start-time", NULL, &a->start_time) ||
      !read_when (w, node, "end-time", NULL, &a->end_time))
    return FALSE;
  if (a->start == a->end && a->start_time != LP_TIME_NONE && a->end_time != LP_TIME_NONE &&
      a->end_time < a->start_time)
    {
      lp_reader_set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, lp_reader_line_of (node),
                           _("the module “%s” ends before it starts (%s before %s on the same day)"),
                           id, lp_reader_attr (node, "end-time"), lp_reader_attr (node, "start-time"));
      return FALSE;
    }
  if (lp_reader_attr (node, "status"))
    lp_status_from_string (lp_reader_attr (node, "status"), &a->status);

  return TRUE;
}

/* The elements of a module that each hold one of its texts, and the
 * setter of that text. */
static const struct {
  const char *element;
  void      (*set) (LpModule *module, const char *text);
} module_texts[] = {
  { "title", lp_module_set_title },
  { "location", lp_module_set_location },
  { "goals", lp_module_set_goals },
  { "preparation", lp_module_set_preparation },
  { "description", lp_module_set_description },
  { "notes", lp_module_set_notes },
};

/* Sets the text @c holds when it is one of module_texts; FALSE if not. */
static gboolean
set_module_text (Walk       *w,
                 xmlNodePtr  c,
                 LpModule   *module)
{
  for (guint i = 0; i < G_N_ELEMENTS (module_texts); i++)
    if (strcmp ((const char *) c->name, module_texts[i].element) == 0)
      {
        module_texts[i].set (module, text (w, c));
        return TRUE;
      }
  return FALSE;
}

/* Title, facilitators, participants, texts and comments. */
static gboolean
read_module_children (Walk       *w,
                      xmlNodePtr  node,
                      LpModule   *module)
{
  g_autoptr(GPtrArray) facilitators = NULL;
  g_autoptr(GPtrArray) comments = NULL;

  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;

      if (set_module_text (w, c, module))
        continue;
      if (is_element (c, "facilitator"))
        {
          if (facilitators == NULL)
            facilitators = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (facilitators, g_strdup (text (w, c)));
        }
      else if (is_element (c, "participants"))
        {
          const char *count = lp_reader_attr (c, "count");
          if (count != NULL)
            lp_module_set_participants_count (module, (int) MIN (g_ascii_strtoull (count, NULL, 10), G_MAXINT));
          lp_module_set_participants (module, text (w, c));
        }
      else if (is_element (c, "agenda"))
        {
          if (!lp_reader_read_agenda (c, w->name, module, w->error))
            return FALSE;
        }
      else if (is_element (c, "comment"))
        {
          LpDate date = LP_DATE_NONE;

          if (!read_when (w, c, "date", &date, NULL))
            return FALSE;
          if (comments == NULL)
            comments = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_comment_free);
          g_ptr_array_add (comments, lp_comment_new (lp_reader_attr (c, "author"), date, text (w, c)));
          ((LpComment *) g_ptr_array_index (comments, comments->len - 1))->resolved =
            g_strcmp0 (lp_reader_attr (c, "resolved"), "true") == 0;
        }
    }

  if (facilitators != NULL)
    {
      g_ptr_array_add (facilitators, NULL);
      lp_module_set_facilitators (module, (const char * const *) facilitators->pdata);
    }
  if (comments != NULL)
    lp_module_set_comments (module, comments);

  return TRUE;
}

static gboolean
read_module (Walk *w, xmlNodePtr node)
{
  const char *id = lp_reader_attr (node, "id");
  ModuleAttributes a;
  g_autoptr(LpModule) module = NULL;

  if (!check_unique (w, node, lp_trajectory_lookup_module (w->trajectory, id) != NULL, id) ||
      !read_module_attributes (w, node, &a))
    return FALSE;

  module = lp_module_new (id);
  lp_module_set_kind_id (module, lp_reader_attr (node, "kind"));
  lp_module_set_track (module, a.track);
  lp_module_set_start (module, a.start);
  lp_module_set_end (module, a.end);
  lp_module_set_start_time (module, a.start_time);
  lp_module_set_end_time (module, a.end_time);
  lp_module_set_status (module, a.status);
  lp_module_set_series (module, lp_reader_attr (node, "series"));
  if (!read_module_children (w, node, module))
    return FALSE;

  lp_trajectory_load_module (w->trajectory, module);
  return TRUE;
}

static gboolean
read_milestone (Walk *w, xmlNodePtr node)
{
  const char *id = lp_reader_attr (node, "id");
  LpDate date;
  LpMilestoneKind kind = LP_MILESTONE_OTHER;
  g_autoptr(LpMilestone) milestone = NULL;

  if (!check_unique (w, node, lp_trajectory_lookup_milestone (w->trajectory, id) != NULL, id))
    return FALSE;
  if (!read_when (w, node, "date", &date, NULL))
    return FALSE;
  lp_milestone_kind_from_string (lp_reader_attr (node, "kind"), &kind);
  milestone = lp_milestone_new (id, date, kind, text (w, node));
  lp_trajectory_load_milestone (w->trajectory, milestone);
  return TRUE;
}

static gboolean
read_period (Walk *w, xmlNodePtr node)
{
  const char *id = lp_reader_attr (node, "id");
  LpDate start, end;
  LpPeriodKind kind = LP_PERIOD_OTHER;
  g_autoptr(LpPeriod) period = NULL;
  char buf1[LP_DATE_ISO_SIZE], buf2[LP_DATE_ISO_SIZE];

  if (!check_unique (w, node, lp_trajectory_lookup_period (w->trajectory, id) != NULL, id))
    return FALSE;
  if (!read_span (w, node, &start, &end))
    return FALSE;
  if (end < start)
    {
      lp_reader_set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, lp_reader_line_of (node),
                           _("the period “%s” ends before it starts (%s before %s)"),
                           id, lp_date_format_iso (end, buf1), lp_date_format_iso (start, buf2));
      return FALSE;
    }
  lp_period_kind_from_string (lp_reader_attr (node, "kind"), &kind);
  period = lp_period_new (id, start, end, kind, text (w, node));
  lp_trajectory_load_period (w->trajectory, period);
  return TRUE;
}

/* ---- attribute values as the schema reads them ---- */

static gboolean
is_one_of (const char         *name,
           const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (strcmp (name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* @value without the white space around it (and for a number, its "+") */
static char *
collapsed (const char *value,
           gboolean    number)
{
  const char *begin = value, *end = value + strlen (value);

  while (begin < end && is_xml_space (*begin))
    begin++;
  while (end > begin && is_xml_space (end[-1]))
    end--;
  if (number && begin < end && *begin == '+')
    begin++;
  return g_strndup (begin, (gsize) (end - begin));
}

void
lp_reader_collapse_tokens (xmlNodePtr root)
{
  /* the attributes of type NCName, of a <value> list (token) and of the
   * integer types in data/leerplaats.rng */
  static const char * const tokens[] = {
    "id", "kind", "track", "series", "work-form", "group", "theme", "status", "resolved",
    "school-region", NULL,
  };
  static const char * const numbers[] = { "version", "days", "day", "count", NULL };

  for (xmlNodePtr node = root; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      for (xmlAttrPtr a = node->properties; a != NULL; a = a->next)
        {
          const char *name = (const char *) a->name;
          const char *value = lp_reader_attr (node, name);
          gboolean number = is_one_of (name, numbers);
          g_autofree char *plain = NULL;

          if (a->ns != NULL || value == NULL || a->children == NULL || !(number || is_one_of (name, tokens)))
            continue;
          plain = collapsed (value, number);
          if (strcmp (plain, value) != 0)
            xmlNodeSetContent (a->children, (const xmlChar *) plain);
        }
      lp_reader_collapse_tokens (node->children);
    }
}

/* A trajectory lasts less than LP_MAX_SPAN_YEARS (lp-trajectory.h). */
static gboolean
check_span_length (Walk       *w,
                     xmlNodePtr  period,
                     LpDate      start,
                     LpDate      end)
{
  char buf1[11], buf2[11];

  if (lp_span_is_allowed (start, end))
    return TRUE;
  lp_reader_set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, lp_reader_line_of (period),
                       _("the trajectory (%s to %s) is longer than %d years, the limit"),
                       lp_date_format_iso (start, buf1), lp_date_format_iso (end, buf2),
                       LP_MAX_SPAN_YEARS);
  return FALSE;
}

LpReaderWalk *
lp_reader_walk_new (const char    *name,
                    LpTrajectory  *trajectory,
                    GError       **error)
{
  Walk *w = g_new0 (Walk, 1);

  w->name = name;
  w->trajectory = trajectory;
  w->error = error;
  w->scratch = g_string_new (NULL);
  w->start = w->end = LP_DATE_NONE;
  return w;
}

void
lp_reader_walk_free (LpReaderWalk *w)
{
  g_free (w->title);
  g_free (w->client);
  g_free (w->author);
  g_free (w->description);
  g_string_free (w->scratch, TRUE);
  g_free (w);
}

static void
keep_text (Walk       *w,
           char      **field,
           xmlNodePtr  node)
{
  g_free (*field);
  *field = g_strdup (text (w, node));
}

/* The period: real dates, end after start, shorter than the limit. */
static gboolean
read_trajectory_period (Walk       *w,
                        xmlNodePtr  period)
{
  char buf1[LP_DATE_ISO_SIZE], buf2[LP_DATE_ISO_SIZE];

  if (!read_span (w, period, &w->start, &w->end))
    return FALSE;
  if (w->end < w->start)
    {
      lp_reader_set_error (w->error, LP_FILE_ERROR_SEMANTIC, w->name, lp_reader_line_of (period),
                           _("the trajectory ends before it starts (%s before %s)"),
                           lp_date_format_iso (w->end, buf1), lp_date_format_iso (w->start, buf2));
      return FALSE;
    }
  if (!check_span_length (w, period, w->start, w->end))
    return FALSE;
  w->has_period = TRUE;
  return TRUE;
}

gboolean
lp_reader_walk_header (LpReaderWalk *w,
                       xmlNodePtr    node)
{
  if (is_element (node, "title"))
    keep_text (w, &w->title, node);
  else if (is_element (node, "client"))
    keep_text (w, &w->client, node);
  else if (is_element (node, "author"))
    keep_text (w, &w->author, node);
  else if (is_element (node, "description"))
    keep_text (w, &w->description, node);
  else if (is_element (node, "period"))
    return read_trajectory_period (w, node);
  else if (is_element (node, "calendar"))
    lp_trajectory_load_school_region (w->trajectory, lp_reader_attr (node, "school-region"));
  return TRUE;
}

gboolean
lp_reader_walk_header_done (LpReaderWalk *w,
                            xmlNodePtr    root)
{
  if (!w->has_period)
    return FALSE;
  lp_trajectory_load_set_header (w->trajectory, w->title, w->client, w->author, w->description,
                                 w->start, w->end);
  lp_trajectory_load_uid (w->trajectory, lp_reader_attr (root, "uid"));
  return TRUE;
}

gboolean
lp_reader_walk_item (LpReaderWalk *w,
                     xmlNodePtr    item)
{
  if (is_element (item, "track"))
    return read_track (w, item);
  if (is_element (item, "kind"))
    return read_kind (w, item);
  if (is_element (item, "module"))
    return read_module (w, item);
  if (is_element (item, "milestone"))
    return read_milestone (w, item);
  if (is_element (item, "band"))
    return read_period (w, item);
  return FALSE;
}

static gboolean
is_list (xmlNodePtr node)
{
  static const char * const lists[] = { "tracks", "kinds", "modules", "milestones", "bands", NULL };

  return node->type == XML_ELEMENT_NODE && is_one_of ((const char *) node->name, lists);
}

/* The document in order: the header, then each list's items (the schema
 * fixes the order: period and tracks before the rest). */
static gboolean
walk_document (Walk       *w,
               xmlNodePtr  root)
{
  gboolean header_done = FALSE;

  for (xmlNodePtr c = root->children; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (!is_list (c))
        {
          if (!lp_reader_walk_header (w, c))
            return FALSE;
          continue;
        }
      if (!header_done)
        {
          g_assert (w->has_period);   /* the schema requires it before <tracks> */
          lp_reader_walk_header_done (w, root);
          header_done = TRUE;
        }
      for (xmlNodePtr item = c->children; item != NULL; item = item->next)
        if (item->type == XML_ELEMENT_NODE && !lp_reader_walk_item (w, item))
          return FALSE;
    }
  g_assert (header_done);   /* the schema requires <tracks> */
  return TRUE;
}

gboolean
lp_reader_walk (xmlNodePtr     root,
                const char    *name,
                LpTrajectory  *trajectory,
                GError       **error)
{
  LpReaderWalk *w = lp_reader_walk_new (name, trajectory, error);
  gboolean ok = walk_document (w, root);

  lp_reader_walk_free (w);
  return ok;
}
