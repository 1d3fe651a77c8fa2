/* lp-merge-fields.c — the merge's view of items: collections by type,
 * fields as text, copies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <string.h>

#include "lp-agenda.h"
#include "lp-date.h"
#include "lp-merge-private.h"

GType
lp_merge_item_type (guint index)
{
  switch (index)
    {
    case 0: return LP_TYPE_TRACK;
    case 1: return LP_TYPE_KIND;
    case 2: return LP_TYPE_MODULE;
    case 3: return LP_TYPE_MILESTONE;
    default: return LP_TYPE_PERIOD;
    }
}

char *
lp_merge_item_name (LpTrajectory *t,
                    gpointer      item)
{
  if (LP_IS_TRACK (item))
    return g_strdup (lp_track_get_name (item));
  if (LP_IS_KIND (item))
    return g_strdup (lp_kind_get_name (item));
  if (LP_IS_MODULE (item))
    return g_strdup (lp_trajectory_get_module_title (t, item));
  if (LP_IS_MARKER (item))
    return g_strdup (lp_marker_get_label (item));
  return g_strdup (lp_trajectory_get_title (t));
}

GParamSpec **
lp_merge_fields (gpointer item,
                 guint   *n)
{
  guint n_all = 0, k = 0;
  GParamSpec **all = g_object_class_list_properties (G_OBJECT_GET_CLASS (item), &n_all);

  for (guint i = 0; i < n_all; i++)
    {
      GParamSpec *p = all[i];

      if (!(p->flags & G_PARAM_WRITABLE) || (p->flags & G_PARAM_CONSTRUCT_ONLY) ||
          strcmp (p->name, "comments") == 0)
        continue;
      all[k++] = p;
    }
  *n = k;
  return all;
}

static char *
scalar_text (const GValue *v,
             GParamSpec   *pspec,
             gboolean      display)
{
  char buf[LP_DATE_ISO_SIZE];

  if (G_VALUE_HOLDS_ENUM (v))
    {
      GEnumValue *e = g_enum_get_value (G_ENUM_CLASS (g_type_class_peek (pspec->value_type)),
                                        g_value_get_enum (v));
      return g_strdup (e != NULL ? e->value_nick : "");
    }
  if (G_VALUE_HOLDS_UINT (v))
    {
      guint u = g_value_get_uint (v);
      gboolean is_date = strcmp (pspec->name, "days") != 0;
      return is_date && u != 0 ? g_strdup (lp_date_format_iso (u, buf))
                               : g_strdup_printf ("%u", u);
    }
  if (G_VALUE_HOLDS_INT (v))
    {
      int i = g_value_get_int (v);
      if (i < 0)
        return g_strdup ("");
      if (display && g_str_has_suffix (pspec->name, "-time"))
        return g_strdup (lp_time_format (i, buf));
      return g_strdup_printf ("%d", i);
    }
  if (G_VALUE_HOLDS_BOOLEAN (v))
    return g_strdup (g_value_get_boolean (v) ? "true" : "false");
  return g_strdup ("");
}

/* A day programme as text: one line per item, fields apart by tabs for
 * comparing; "day hh:mm–hh:mm title" joined by "; " for showing. */
static char *
agenda_text (const LpAgenda *agenda,
             gboolean        display)
{
  GString *s = g_string_new (NULL);
  guint n = agenda != NULL ? lp_agenda_get_n_items (agenda) : 0;

  for (guint i = 0; i < n; i++)
    {
      const LpAgendaItem *item = lp_agenda_get_item (agenda, i);
      char start[LP_TIME_TEXT_SIZE], end[LP_TIME_TEXT_SIZE];

      if (display)
        g_string_append_printf (s, "%s%u %s–%s %s", i > 0 ? "; " : "", item->day,
                                lp_time_format (item->start, start),
                                lp_time_format (item->end, end), item->title);
      else
        g_string_append_printf (s, "%u\t%d\t%d\t%s\t%s\t%s\n", item->day, item->start,
                                item->end, item->title,
                                item->who != NULL ? item->who : "",
                                item->description != NULL ? item->description : "");
    }
  return g_string_free (s, FALSE);
}

char *
lp_merge_field_text (gpointer    item,
                     GParamSpec *pspec,
                     gboolean    display)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, pspec->value_type);
  g_object_get_property (G_OBJECT (item), pspec->name, &v);

  if (G_VALUE_HOLDS_STRING (&v))
    return g_strdup (g_value_get_string (&v) != NULL ? g_value_get_string (&v) : "");
  if (G_VALUE_HOLDS (&v, G_TYPE_STRV))
    {
      const char * const *strv = g_value_get_boxed (&v);
      return strv != NULL ? g_strjoinv (display ? ", " : "\n", (char **) strv) : g_strdup ("");
    }
  if (G_VALUE_HOLDS (&v, LP_TYPE_TRACK))
    {
      LpTrack *track = g_value_get_object (&v);
      if (track == NULL)
        return g_strdup ("");
      return g_strdup (display ? lp_track_get_name (track) : lp_track_get_id (track));
    }
  if (G_VALUE_HOLDS (&v, LP_TYPE_AGENDA))
    return agenda_text (g_value_get_boxed (&v), display);
  return scalar_text (&v, pspec, display);
}

gboolean
lp_merge_items_equal (gpointer a,
                      gpointer b)
{
  guint n = 0;
  g_autofree GParamSpec **fields = lp_merge_fields (a, &n);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *ta = lp_merge_field_text (a, fields[i], FALSE);
      g_autofree char *tb = lp_merge_field_text (b, fields[i], FALSE);

      if (g_strcmp0 (ta, tb) != 0)
        return FALSE;
    }
  if (LP_IS_MODULE (a))
    return lp_comment_array_equal (lp_module_get_comments (a), lp_module_get_comments (b));
  return TRUE;
}

static LpModule *
copy_module (LpTrajectory *target,
             LpModule     *module,
             const char   *new_id,
             GHashTable   *track_ids,
             GHashTable   *kind_ids)
{
  LpModule *copy = lp_module_copy (module, new_id);
  const char *track_id = lp_track_get_id (lp_module_get_track (module));
  const char *kind_id = lp_module_get_kind_id (module);

  if (g_hash_table_contains (track_ids, track_id))
    track_id = g_hash_table_lookup (track_ids, track_id);
  if (g_hash_table_contains (kind_ids, kind_id))
    lp_module_set_kind_id (copy, g_hash_table_lookup (kind_ids, kind_id));
  lp_module_set_track (copy, lp_trajectory_lookup_track (target, track_id));
  lp_module_set_comments (copy, lp_module_get_comments (module));
  return copy;
}

gpointer
lp_merge_copy_item (LpTrajectory *target,
                    LpTrajectory *source,
                    gpointer      item,
                    const char   *new_id,
                    GHashTable   *track_ids,
                    GHashTable   *kind_ids)
{
  GObject *copy;
  guint n = 0;
  g_autofree GParamSpec **fields = NULL;

  (void) source;
  if (LP_IS_MODULE (item))
    return copy_module (target, item, new_id, track_ids, kind_ids);

  copy = g_object_new (G_OBJECT_TYPE (item), "id", new_id, NULL);
  fields = lp_merge_fields (item, &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) v = G_VALUE_INIT;

      g_value_init (&v, fields[i]->value_type);
      g_object_get_property (G_OBJECT (item), fields[i]->name, &v);
      g_object_set_property (copy, fields[i]->name, &v);
    }
  return copy;
}

/* The comment in @comments with the author, date and text of @c (whether it
 * is resolved may differ), or NULL. */
static const LpComment *
find_comment (GPtrArray       *comments,
              const LpComment *c)
{
  for (guint i = 0; comments != NULL && i < comments->len; i++)
    {
      const LpComment *d = g_ptr_array_index (comments, i);

      if (g_strcmp0 (c->author, d->author) == 0 && c->date == d->date &&
          g_strcmp0 (c->text, d->text) == 0)
        return d;
    }
  return NULL;
}

/* Resolved or open: the side that changed it from the base wins; ours when
 * there is no base or they did not keep it. */
static gboolean
merged_resolved (const LpComment *b,
                 const LpComment *o,
                 const LpComment *t)
{
  if (b == NULL || t == NULL || o->resolved != b->resolved)
    return o->resolved;
  return t->resolved;
}

GPtrArray *
lp_merge_comments (LpModule *base,
                   LpModule *ours,
                   LpModule *theirs)
{
  GPtrArray *b = base != NULL ? lp_module_get_comments (base) : NULL;
  GPtrArray *o = lp_module_get_comments (ours);
  GPtrArray *t = lp_module_get_comments (theirs);
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_comment_free);

  for (guint i = 0; i < o->len; i++)
    {
      const LpComment *c = g_ptr_array_index (o, i);
      const LpComment *bc = find_comment (b, c);
      const LpComment *tc = find_comment (t, c);
      LpComment *copy;

      if (bc != NULL && tc == NULL)
        continue;  /* they removed it */
      copy = lp_comment_copy (c);
      copy->resolved = merged_resolved (bc, c, tc);
      g_ptr_array_add (result, copy);
    }
  for (guint i = 0; i < t->len; i++)
    {
      const LpComment *c = g_ptr_array_index (t, i);

      if (find_comment (b, c) == NULL && find_comment (result, c) == NULL)
        g_ptr_array_add (result, lp_comment_copy (c));
    }
  return result;
}
