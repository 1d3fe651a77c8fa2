/* lp-booklet-entries.c — what goes into the programme booklet, and in what order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "core/lp-date.h"
#include "lp-booklet-private.h"
#include "lp-booklet.h"

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const LpBookletEntry *x = a, *y = b;

  if (x->date != y->date)
    return x->date < y->date ? -1 : 1;
  if (x->type != y->type && (x->type != LP_BOOKLET_MODULE || y->type != LP_BOOKLET_MODULE))
    return (int) x->type - (int) y->type;
  if (x->time != y->time)
    return x->time - y->time;
  if (x->lane != y->lane)
    return x->lane - y->lane;
  if (x->type == LP_BOOKLET_MODULE)
    return g_strcmp0 (lp_module_get_id (x->object), lp_module_get_id (y->object));
  return 0;
}

static void
add_entry (GArray             *entries,
           LpBookletEntryType  type,
           LpDate              date,
           int                 time,
           int                 lane,
           gpointer            object)
{
  LpBookletEntry e = { type, date, time, lane, object };

  g_array_append_val (entries, e);
}

GArray *
lp_booklet_collect_entries (LpTrajectory   *trajectory,
                            const gboolean *hidden,
                            guint           n_hidden)
{
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (LpBookletEntry));
  GListModel *list;

  list = lp_trajectory_get_modules (trajectory);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (list, i);
      int lane = lp_trajectory_get_track_index (trajectory, lp_module_get_track (m));

      if (hidden != NULL && lane >= 0 && (guint) lane < n_hidden && hidden[lane])
        continue;
      add_entry (entries, LP_BOOKLET_MODULE, lp_module_get_start (m), lp_module_get_start_time (m), lane, m);
    }
  list = lp_trajectory_get_milestones (trajectory);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LpMilestone) ms = g_list_model_get_item (list, i);
      add_entry (entries, LP_BOOKLET_MILESTONE, lp_milestone_get_date (ms), LP_TIME_NONE, -1, ms);
    }
  list = lp_trajectory_get_periods (trajectory);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LpPeriod) period = g_list_model_get_item (list, i);
      add_entry (entries, LP_BOOKLET_PERIOD, lp_period_get_start (period), LP_TIME_NONE, -1, period);
    }
  /* the objects stay alive in the trajectory's lists */
  g_array_sort (entries, compare_entries);
  return entries;
}

char *
lp_booklet_format_when (LpDate start,
                        LpDate end,
                        int    start_time,
                        int    end_time)
{
  g_autofree char *first = lp_date_format_weekday (start);
  GString *s = g_string_new (first);
  char t1[6], t2[6];

  if (end != LP_DATE_NONE && end != start)
    {
      g_autofree char *last = lp_date_format_weekday (end);
      g_string_append_printf (s, " – %s", last);
    }
  if (start_time != LP_TIME_NONE && end_time != LP_TIME_NONE)
    g_string_append_printf (s, ", %s–%s", lp_time_format (start_time, t1), lp_time_format (end_time, t2));
  else if (start_time != LP_TIME_NONE)
    /* TRANSLATORS: "from 09:00" */
    g_string_append_printf (s, _(", from %s"), lp_time_format (start_time, t1));
  return g_string_free (s, FALSE);
}

static char *
fold (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  GString *s = g_string_new (NULL);

  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

/* TRUE when @y already says all of @x ("intervisie" in "intervisie groep
 * 3"); not the other way round: the kind "College member as guest" says
 * more than the lane "College". */
static gboolean
says_the_same (const char *x,
               const char *y)
{
  if (x == NULL || y == NULL || *x == '\0' || *y == '\0')
    return FALSE;
  return strstr (y, x) != NULL;
}

gboolean
lp_booklet_repeats (const char *text,
                    const char *a,
                    const char *b)
{
  g_autofree char *t = NULL, *fa = NULL, *fb = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;
  t = fold (text);
  fa = a ? fold (a) : NULL;
  fb = b ? fold (b) : NULL;
  return *t == '\0' || says_the_same (t, fa) || says_the_same (t, fb);
}

char *
lp_booklet_capitalize (const char *text)
{
  gunichar first;
  char buf[8] = { 0 };

  if (text == NULL || *text == '\0')
    return g_strdup ("");
  first = g_unichar_totitle (g_utf8_get_char (text));
  g_unichar_to_utf8 (first, buf);
  return g_strconcat (buf, g_utf8_next_char (text), NULL);
}

gboolean *
lp_export_options_get_hidden (const LpExportOptions *options,
                              LpTrajectory          *trajectory,
                              guint                 *n_hidden)
{
  GListModel *tracks = lp_trajectory_get_tracks (trajectory);
  gboolean *hidden;

  *n_hidden = 0;
  if (options->hidden_tracks == NULL || options->n_hidden_tracks == 0)
    return NULL;
  hidden = g_memdup2 (options->hidden_tracks, sizeof (gboolean) * options->n_hidden_tracks);
  *n_hidden = options->n_hidden_tracks;
  if (options->include_joint)
    for (guint i = 0; i < *n_hidden && i < g_list_model_get_n_items (tracks); i++)
      {
        g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);
        if (lp_track_get_group (track) == LP_TRACK_GROUP_JOINT)
          hidden[i] = FALSE;
      }
  return hidden;
}

gboolean *
lp_export_options_resolve (const LpExportOptions *options,
                           LpTrajectory          *trajectory,
                           LpExportOptions       *resolved)
{
  gboolean *hidden;

  *resolved = *options;
  hidden = lp_export_options_get_hidden (options, trajectory, &resolved->n_hidden_tracks);
  resolved->hidden_tracks = hidden;
  return hidden;
}

char *
lp_export_options_get_version_for (const LpExportOptions *options,
                                   LpTrajectory          *trajectory)
{
  GListModel *tracks = lp_trajectory_get_tracks (trajectory);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (tracks);
  gboolean any_hidden = FALSE;

  if (options->hidden_tracks == NULL)
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);

      if (i < options->n_hidden_tracks && options->hidden_tracks[i])
        any_hidden = TRUE;
      else
        g_ptr_array_add (names, (gpointer) lp_track_get_name (track));
    }
  if (!any_hidden || names->len == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}
