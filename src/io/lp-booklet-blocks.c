/* lp-booklet-blocks.c — one entry of the programme booklet as paragraphs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only what adds something is printed: a kind that repeats the title or the
 * lane is left out, and the participant version has no internal fields.
 */
#define G_LOG_DOMAIN "Leerplaats-Export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "core/lp-date.h"
#include "core/lp-library.h"
#include "lp-booklet-private.h"

static void
add_field (LpBooklet  *self,
           GArray     *block,
           double      width,
           const char *label,
           const char *value)
{
  g_autofree char *escaped_label = NULL;
  g_autofree char *escaped_value = NULL;
  g_autofree char *markup = NULL;

  if (value == NULL || *value == '\0')
    return;
  escaped_label = g_markup_escape_text (label, -1);
  escaped_value = g_markup_escape_text (value, -1);
  markup = g_strdup_printf ("<b>%s</b>  %s", escaped_label, escaped_value);
  lp_booklet_block_add (block, lp_booklet_new_layout (self, markup, 9.5, FALSE, width), 0, 3);
}

/* The small line above a title: what it is, where ("College · Mystery guest"). */
static void
add_kicker (LpBooklet  *self,
            GArray     *block,
            double      width,
            const char *first,
            const char *second)
{
  g_autofree char *text = NULL;

  if (first == NULL && second == NULL)
    return;
  text = first && second ? g_strdup_printf ("%s · %s", first, second) : g_strdup (first ? first : second);
  lp_booklet_block_add (block, lp_booklet_new_text (self, text, 8.5, TRUE, LP_BOOKLET_GREY, width), 0, 1);
}

static void
add_title (LpBooklet    *self,
           GArray       *block,
           double        width,
           const char   *title,
           const double  rgb[3])
{
  Para p = { lp_booklet_new_text (self, title, 12.5, TRUE, NULL, width - 14), 14, 1, TRUE, { 0 } };

  memcpy (p.rgb, rgb, sizeof p.rgb);
  g_array_append_val (block, p);
}

static void
add_when (LpBooklet *self,
          GArray    *block,
          double     width,
          LpDate     start,
          LpDate     end,
          int        start_time,
          int        end_time)
{
  g_autofree char *when = lp_booklet_format_when (start, end, start_time, end_time);

  lp_booklet_block_add (block, lp_booklet_new_text (self, when, 9.5, FALSE, LP_BOOKLET_GREY, width), 0, 4);
}

static void
add_participants (LpBooklet *self,
                  GArray    *block,
                  double     width,
                  LpModule  *m)
{
  int count = lp_module_get_participants_count (m);
  const char *who = lp_module_get_participants (m);
  g_autofree char *text = NULL;

  if (count >= 0 && who != NULL)
    text = g_strdup_printf ("%d — %s", count, who);
  else if (count >= 0)
    text = g_strdup_printf ("%d", count);
  else
    text = g_strdup (who);
  add_field (self, block, width, _("Participants:"), text);
}

static void
add_internal_fields (LpBooklet *self,
                     GArray    *block,
                     double     width,
                     LpModule  *m)
{
  GPtrArray *comments = lp_module_get_comments (m);

  add_field (self, block, width, _("Status:"), lp_status_get_label (lp_module_get_status (m)));
  add_field (self, block, width, _("Notes:"), lp_module_get_notes (m));
  for (guint c = 0; self->options.review_version && c < comments->len; c++)
    {
      const LpComment *comment = g_ptr_array_index (comments, c);
      g_autofree char *date = comment->date != LP_DATE_NONE ? lp_date_format_short (comment->date) : NULL;
      g_autofree char *text = NULL;

      if (comment->author && date)
        text = g_strdup_printf ("%s (%s, %s)", comment->text, comment->author, date);
      else if (comment->author || date)
        text = g_strdup_printf ("%s (%s)", comment->text, comment->author ? comment->author : date);
      else
        text = g_strdup (comment->text);
      add_field (self, block, width, comment->resolved ? _("Resolved comment:") : _("Comment:"), text);
    }
}

static void
module_block (LpBooklet *self,
              GArray    *block,
              double     width,
              LpModule  *m,
              gboolean   show_lane)
{
  LpKind *kind = lp_trajectory_get_module_kind (self->trajectory, m);
  const char *title = lp_trajectory_get_module_title (self->trajectory, m);
  const char *lane = lp_track_get_name (lp_module_get_track (m));
  const char *kind_name = lp_kind_get_name (kind);
  const char * const *facilitators = lp_module_get_facilitators (m);
  double rgb[3];

  /* kind and lane only where they add something to the title */
  if (lp_booklet_repeats (kind_name, title, show_lane ? lane : NULL))
    kind_name = NULL;
  add_kicker (self, block, width, show_lane ? lane : NULL, kind_name);
  lp_kind_get_rgb (kind, rgb);
  add_title (self, block, width, title, rgb);
  add_when (self, block, width, lp_module_get_start (m), lp_module_get_end (m),
            lp_module_get_start_time (m), lp_module_get_end_time (m));

  if (facilitators[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) facilitators);
      add_field (self, block, width,
                 g_strv_length ((char **) facilitators) == 1 ? _("Facilitator:") : _("Facilitators:"), joined);
    }
  if (lp_module_get_participants_count (m) >= 0 || lp_module_get_participants (m) != NULL)
    add_participants (self, block, width, m);
  add_field (self, block, width, _("Location:"), lp_module_get_location (m));
  add_field (self, block, width, _("Goals:"), lp_module_get_goals (m));
  add_field (self, block, width, _("Preparation:"), lp_module_get_preparation (m));
  add_field (self, block, width, _("Description:"), lp_module_get_description (m));
  lp_booklet_agenda_block (self, block, width, m);
  if (!self->options.participant_version)
    add_internal_fields (self, block, width, m);
}

/* A milestone or period: kicker, then its label (its kind's when it has
 * none) in colour, then its date or dates. */
static void
marker_block (LpBooklet    *self,
              GArray       *block,
              double        width,
              const char   *kicker,
              const char   *kind,
              const char   *label,
              const double  colour[3],
              LpDate        start,
              LpDate        end)
{
  add_kicker (self, block, width, kicker, lp_booklet_repeats (kind, label, NULL) ? NULL : kind);
  add_title (self, block, width, label && *label ? label : kind, colour);
  add_when (self, block, width, start, end, LP_TIME_NONE, LP_TIME_NONE);
}

static void
milestone_block (LpBooklet   *self,
                 GArray      *block,
                 double       width,
                 LpMilestone *ms)
{
  static const double grey[3] = { 0.2, 0.2, 0.22 };

  marker_block (self, block, width, _("Milestone"), lp_milestone_kind_get_label (lp_milestone_get_kind (ms)),
                lp_milestone_get_label (ms), grey, lp_milestone_get_date (ms), LP_DATE_NONE);
}

static void
period_block (LpBooklet *self,
              GArray    *block,
              double     width,
              LpPeriod  *period)
{
  static const double light[3] = { 0.78, 0.78, 0.8 };

  marker_block (self, block, width, _("Period"), lp_period_kind_get_label (lp_period_get_kind (period)),
                lp_period_get_label (period), light, lp_period_get_start (period), lp_period_get_end (period));
}

void
lp_booklet_entry_block (LpBooklet            *self,
             GArray               *block,
             double                width,
             const LpBookletEntry *e,
             gboolean              show_lane)
{
  switch (e->type)
    {
    case LP_BOOKLET_MODULE:
      module_block (self, block, width, e->object, show_lane);
      break;
    case LP_BOOKLET_MILESTONE:
      milestone_block (self, block, width, e->object);
      break;
    case LP_BOOKLET_PERIOD:
      period_block (self, block, width, e->object);
      break;
    default:
      g_assert_not_reached ();
    }
}
