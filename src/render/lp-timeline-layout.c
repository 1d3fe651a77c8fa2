/* lp-timeline-layout.c — geometry of a trajectory on a timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The time axis (dates to x, month and week ticks) lives here; lanes,
 * blocks and their labels come from an LpLabelLayout, which packs every
 * module with its label into rows per lane (each lane as tall as its rows)
 * and recomputes only when the trajectory, the scale or the fonts change.
 */
#define G_LOG_DOMAIN "Leerplaats-Render"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "lp-timeline-layout.h"
#include "lp-label-layout.h"

#define DEFAULT_SCALE        6.0
#define HARD_MIN_SCALE       0.01
#define HARD_MAX_SCALE       2000.0
#define EDGE_ZONE            6.0
#define MIN_EDGE             2.0    /* narrower resize edges are not offered */
#define MIN_TARGET           8.0    /* px: the least width a block is hit in */
#define WEEKS_MIN_SCALE      LP_TIMELINE_WEEKS_SCALE

struct _LpTimelineLayout
{
  GObject        parent_instance;

  LpTrajectory  *trajectory;
  LpLabelLayout *labels;        /* NULL without a trajectory */
  gulong         labels_changed_id;

  double         scale;
  LpDate         first;         /* as of the last ensure_layout () */
  LpDate         last;
  GArray        *hidden;        /* gboolean per track index, may be shorter */
};

G_DEFINE_FINAL_TYPE (LpTimelineLayout, lp_timeline_layout, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TRAJECTORY,
  PROP_SCALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- static helpers ---- */

static gboolean
track_is_hidden (LpTimelineLayout *self,
                 guint             index)
{
  return self->hidden != NULL && index < self->hidden->len
         && g_array_index (self->hidden, gboolean, index);
}

static void
emit_changed (LpTimelineLayout *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Without a trajectory: the two months from today. */
static void
compute_empty_range (LpTimelineLayout *self)
{
  LpDate start = lp_date_today ();

  self->first = lp_date_month_start (start);
  self->last = lp_date_next_month (lp_date_next_month (self->first)) - 1;
}

static void
ensure_layout (LpTimelineLayout *self)
{
  if (self->labels == NULL)
    {
      if (self->first == LP_DATE_NONE)
        compute_empty_range (self);
      return;
    }
  self->first = lp_label_layout_get_first_date (self->labels);
  self->last = lp_label_layout_get_last_date (self->labels);
}

static void
block_from_box (const LpLabelBox *box,
                LpBlock          *out)
{
  out->module = box->module;
  out->track = box->track;
  out->row = box->row;
  out->rect = box->block;
}

/* ---- signal callbacks ---- */

static void
on_labels_changed_cb (LpLabelLayout    *labels,
                      LpTimelineLayout *self)
{
  emit_changed (self);
}

/* ---- overrides ---- */

static void
lp_timeline_layout_set_trajectory (LpTimelineLayout *self,
                                   LpTrajectory     *trajectory)
{
  g_assert (self->trajectory == NULL);

  if (trajectory == NULL)
    return;

  self->trajectory = g_object_ref (trajectory);
  self->labels = lp_label_layout_new (trajectory);
  lp_label_layout_set_scale (self->labels, self->scale);
  self->labels_changed_id = g_signal_connect (self->labels, "changed",
                                              G_CALLBACK (on_labels_changed_cb), self);
}

static void
lp_timeline_layout_dispose (GObject *object)
{
  LpTimelineLayout *self = LP_TIMELINE_LAYOUT (object);

  if (self->labels != NULL)
    g_clear_signal_handler (&self->labels_changed_id, self->labels);
  g_clear_object (&self->labels);
  g_clear_object (&self->trajectory);

  G_OBJECT_CLASS (lp_timeline_layout_parent_class)->dispose (object);
}

static void
lp_timeline_layout_finalize (GObject *object)
{
  LpTimelineLayout *self = LP_TIMELINE_LAYOUT (object);

  g_clear_pointer (&self->hidden, g_array_unref);

  G_OBJECT_CLASS (lp_timeline_layout_parent_class)->finalize (object);
}

static void
lp_timeline_layout_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LpTimelineLayout *self = LP_TIMELINE_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_TRAJECTORY:
      g_value_set_object (value, self->trajectory);
      break;
    case PROP_SCALE:
      g_value_set_double (value, self->scale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_timeline_layout_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LpTimelineLayout *self = LP_TIMELINE_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_TRAJECTORY:
      lp_timeline_layout_set_trajectory (self, g_value_get_object (value));
      break;
    case PROP_SCALE:
      lp_timeline_layout_set_scale (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_timeline_layout_class_init (LpTimelineLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lp_timeline_layout_dispose;
  object_class->finalize = lp_timeline_layout_finalize;
  object_class->get_property = lp_timeline_layout_get_property;
  object_class->set_property = lp_timeline_layout_set_property;

  properties[PROP_TRAJECTORY] =
    g_param_spec_object ("trajectory", NULL, NULL, LP_TYPE_TRAJECTORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCALE] =
    g_param_spec_double ("scale", NULL, NULL, HARD_MIN_SCALE, HARD_MAX_SCALE, DEFAULT_SCALE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LpTimelineLayout::changed:
   *
   * The geometry changed (or will be recomputed on the next query): a
   * module moved or was renamed, modules, tracks, milestones or periods
   * were added or removed, the period, scale, fonts or hidden tracks
   * changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
lp_timeline_layout_init (LpTimelineLayout *self)
{
  self->scale = DEFAULT_SCALE;
}

/* ---- public API ---- */

LpTimelineLayout *
lp_timeline_layout_new (LpTrajectory *trajectory)
{
  g_return_val_if_fail (trajectory == NULL || LP_IS_TRAJECTORY (trajectory), NULL);

  return g_object_new (LP_TYPE_TIMELINE_LAYOUT, "trajectory", trajectory, NULL);
}

LpTrajectory *
lp_timeline_layout_get_trajectory (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), NULL);

  return self->trajectory;
}

LpLabelLayout *
lp_timeline_layout_get_label_layout (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), NULL);

  return self->labels;
}

double
lp_timeline_layout_get_scale (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), DEFAULT_SCALE);

  return self->scale;
}

void
lp_timeline_layout_set_scale (LpTimelineLayout *self,
                              double            px_per_day)
{
  g_return_if_fail (LP_IS_TIMELINE_LAYOUT (self));
  g_return_if_fail (!isnan (px_per_day));

  px_per_day = CLAMP (px_per_day, HARD_MIN_SCALE, HARD_MAX_SCALE);
  if (px_per_day == self->scale)
    return;

  self->scale = px_per_day;
  if (self->labels != NULL)
    {
      g_signal_handler_block (self->labels, self->labels_changed_id);
      lp_label_layout_set_scale (self->labels, px_per_day);
      g_signal_handler_unblock (self->labels, self->labels_changed_id);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
  emit_changed (self);
}

double
lp_timeline_layout_get_row_height (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), 0);

  if (self->labels == NULL)
    return 24.0;
  return lp_label_layout_get_row_height (self->labels);
}

void
lp_timeline_layout_set_hidden_tracks (LpTimelineLayout *self,
                                      const gboolean   *hidden,
                                      guint             n_tracks)
{
  g_return_if_fail (LP_IS_TIMELINE_LAYOUT (self));

  g_clear_pointer (&self->hidden, g_array_unref);
  if (hidden != NULL && n_tracks > 0)
    {
      self->hidden = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), n_tracks);
      g_array_append_vals (self->hidden, hidden, n_tracks);
    }
  if (self->labels != NULL)
    {
      g_signal_handler_block (self->labels, self->labels_changed_id);
      lp_label_layout_set_hidden_tracks (self->labels, hidden, n_tracks);
      g_signal_handler_unblock (self->labels, self->labels_changed_id);
    }
  emit_changed (self);
}

gboolean
lp_timeline_layout_is_track_hidden (LpTimelineLayout *self,
                                    guint             track)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), FALSE);

  return track_is_hidden (self, track);
}

guint
lp_timeline_layout_get_n_lanes (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), 0);

  return self->labels != NULL ? lp_label_layout_get_n_lanes (self->labels) : 0;
}

guint
lp_timeline_layout_get_n_rows (LpTimelineLayout *self,
                               guint             track)
{
  guint n_rows = 0;

  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), 0);

  if (self->labels == NULL
      || !lp_label_layout_get_lane (self->labels, track, NULL, NULL, &n_rows))
    return 0;
  return n_rows;
}

LpDate
lp_timeline_layout_get_first_date (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), LP_DATE_NONE);

  ensure_layout (self);
  return self->first;
}

LpDate
lp_timeline_layout_get_last_date (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), LP_DATE_NONE);

  ensure_layout (self);
  return self->last;
}

double
lp_timeline_layout_get_width (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), 0);

  ensure_layout (self);
  return (double) (self->last - self->first + 1) * self->scale;
}

double
lp_timeline_layout_get_height (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), 0);

  return self->labels != NULL ? lp_label_layout_get_height (self->labels) : 0;
}

double
lp_timeline_layout_get_marker_height (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), 0);

  return self->labels != NULL ? lp_label_layout_get_marker_height (self->labels) : 0;
}

double
lp_timeline_layout_date_to_x (LpTimelineLayout *self,
                              LpDate            date)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), 0);

  ensure_layout (self);
  return (double) ((gint64) date - (gint64) self->first) * self->scale;
}

LpDate
lp_timeline_layout_x_to_date (LpTimelineLayout *self,
                              double            x)
{
  double day;

  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), LP_DATE_NONE);

  ensure_layout (self);
  if (isnan (x))
    return self->first;

  /* A tiny epsilon so that date_to_x(d) maps back to d despite rounding. */
  day = floor (x / self->scale + 1e-9);
  if (day <= 0)
    return self->first;
  if (day >= (double) (self->last - self->first))
    return self->last;
  return self->first + (LpDate) day;
}

gboolean
lp_timeline_layout_get_lane (LpTimelineLayout *self,
                             guint             track,
                             double           *y,
                             double           *height)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), FALSE);

  if (self->labels == NULL)
    return FALSE;
  return lp_label_layout_get_lane (self->labels, track, y, height, NULL);
}

int
lp_timeline_layout_track_at_y (LpTimelineLayout *self,
                               double            y)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), -1);

  if (self->labels == NULL || isnan (y))
    return -1;
  return lp_label_layout_track_at_y (self->labels, y);
}

gboolean
lp_timeline_layout_get_block (LpTimelineLayout *self,
                              LpModule         *module,
                              LpBlock          *out)
{
  const LpLabelBox *box;

  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), FALSE);
  g_return_val_if_fail (LP_IS_MODULE (module), FALSE);

  if (self->labels == NULL || (box = lp_label_layout_get_box (self->labels, module)) == NULL)
    return FALSE;
  if (out != NULL)
    block_from_box (box, out);
  return TRUE;
}

gboolean
lp_timeline_layout_get_extent (LpTimelineLayout *self,
                               LpModule         *module,
                               LpRect           *out)
{
  const LpLabelBox *box;
  double x0, y0, x1, y1;

  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (self->labels == NULL || (box = lp_label_layout_get_box (self->labels, module)) == NULL)
    return FALSE;
  x0 = MIN (box->block.x, box->label.x);
  y0 = MIN (box->block.y, box->label.y);
  x1 = MAX (box->block.x + box->block.width, box->label.x + box->label.width);
  y1 = MAX (box->block.y + box->block.height, box->label.y + box->label.height);
  *out = (LpRect) { x0, y0, x1 - x0, y1 - y0 };
  return TRUE;
}

/* The block under x in the row at y, else the nearest small block whose
 * target (MIN_TARGET wide around its middle) takes x. */
static const LpLabelBox *
hit_small_block (LpTimelineLayout *self,
                 double            x,
                 double            y)
{
  LpRect probe = { x - MIN_TARGET / 2, y, MIN_TARGET, 0.001 };
  g_autoptr(GPtrArray) boxes = lp_label_layout_query (self->labels, &probe);
  const LpLabelBox *best = NULL;
  double best_distance = G_MAXDOUBLE;

  for (guint i = 0; i < boxes->len; i++)
    {
      const LpLabelBox *b = g_ptr_array_index (boxes, i);
      const LpRect *r = &b->block;
      double middle = r->x + r->width / 2;
      double half = MAX (r->width, MIN_TARGET) / 2;
      double distance;

      if (y < r->y || y >= r->y + r->height || x < middle - half || x >= middle + half)
        continue;
      distance = (x >= r->x && x < r->x + r->width) ? -1 : fabs (x - middle);
      if (distance < best_distance)
        {
          best = b;
          best_distance = distance;
        }
    }
  return best;
}

LpHitKind
lp_timeline_layout_hit_test (LpTimelineLayout *self,
                             double            x,
                             double            y,
                             LpModule        **module,
                             int              *track)
{
  const LpLabelBox *box;
  LpLabelHit hit = LP_LABEL_HIT_NONE;
  double edge;
  int t;

  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), LP_HIT_NONE);

  if (module != NULL)
    *module = NULL;
  if (track != NULL)
    *track = -1;

  t = lp_timeline_layout_track_at_y (self, y);
  if (t < 0 || isnan (x) || x < 0 || x >= lp_timeline_layout_get_width (self))
    return LP_HIT_NONE;
  if (track != NULL)
    *track = t;

  box = hit_small_block (self, x, y);
  if (box != NULL)
    hit = LP_LABEL_HIT_BLOCK;
  else
    box = lp_label_layout_hit_test (self->labels, x, y, &hit);
  if (box == NULL)
    return LP_HIT_LANE;

  if (module != NULL)
    *module = box->module;
  if (hit != LP_LABEL_HIT_BLOCK || x < box->block.x || x >= box->block.x + box->block.width)
    return LP_HIT_BLOCK;
  /* resize edges only where they leave MIN_TARGET in the middle to move by */
  edge = MIN (EDGE_ZONE, (box->block.width - MIN_TARGET) / 2);
  if (edge >= MIN_EDGE && x < box->block.x + edge)
    return LP_HIT_BLOCK_START_EDGE;
  if (edge >= MIN_EDGE && x >= box->block.x + box->block.width - edge)
    return LP_HIT_BLOCK_END_EDGE;
  return LP_HIT_BLOCK;
}

static int
compare_blocks (gconstpointer a,
                gconstpointer b)
{
  const LpBlock *ba = a, *bb = b;

  if (ba->track != bb->track)
    return ba->track < bb->track ? -1 : 1;
  return ba->rect.x < bb->rect.x ? -1 : ba->rect.x > bb->rect.x ? 1 : 0;
}

GArray *
lp_timeline_layout_query (LpTimelineLayout *self,
                          const LpRect     *visible)
{
  GArray *result;
  g_autoptr(GPtrArray) boxes = NULL;

  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), NULL);
  g_return_val_if_fail (visible != NULL, NULL);

  result = g_array_new (FALSE, FALSE, sizeof (LpBlock));
  if (self->labels == NULL || visible->width <= 0 || visible->height <= 0)
    return result;

  boxes = lp_label_layout_query (self->labels, visible);
  for (guint i = 0; i < boxes->len; i++)
    {
      const LpLabelBox *box = g_ptr_array_index (boxes, i);
      const LpRect *r = &box->block;
      LpBlock block;

      if (r->x + r->width <= visible->x || r->x >= visible->x + visible->width
          || r->y + r->height <= visible->y || r->y >= visible->y + visible->height)
        continue;
      block_from_box (box, &block);
      g_array_append_val (result, block);
    }
  /* by lane then start (the label layout orders by the left of block or label) */
  g_array_sort (result, compare_blocks);
  return result;
}

typedef enum
{
  TICK_MONTH,
  TICK_WEEK,
} TickUnit;

/* ISO: a week belongs to the year of its Thursday, this many days after its Monday */
#define MONDAY_TO_THURSDAY 3

/* The first day of the month or the Monday of the week date falls in. */
static LpDate
tick_start (LpDate   date,
            TickUnit unit)
{
  if (unit == TICK_MONTH)
    return lp_date_month_start (date);
  return date - (lp_date_get_weekday (date) - 1);
}

static LpDate
tick_next (LpDate   date,
           TickUnit unit)
{
  return unit == TICK_MONTH ? lp_date_next_month (date) : date + LP_DAYS_PER_WEEK;
}

static void
tick_label (LpTick  *tick,
            TickUnit unit)
{
  guint d, m, y;

  if (unit == TICK_MONTH)
    {
      lp_date_to_dmy (tick->date, &d, &m, &y);
      tick->number = m;
    }
  else
    {
      lp_date_to_dmy (tick->date + MONDAY_TO_THURSDAY, &d, &m, &y);
      tick->number = lp_date_get_iso_week (tick->date);
    }
  tick->year = y;
}

static GArray *
get_ticks (LpTimelineLayout *self,
           double            x0,
           double            x1,
           TickUnit          unit)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (LpTick));
  LpDate next;

  ensure_layout (self);
  if (!(x1 > x0))
    return ticks;

  for (LpDate date = tick_start (lp_timeline_layout_x_to_date (self, x0), unit);
       date <= self->last; date = next)
    {
      LpTick tick;

      next = tick_next (date, unit);
      tick.date = date;
      tick.x = (double) ((gint64) date - (gint64) self->first) * self->scale;
      tick.width = (double) (next - date) * self->scale;
      if (tick.x >= x1)
        break;
      tick_label (&tick, unit);
      if (tick.x + tick.width > x0)
        g_array_append_val (ticks, tick);
    }

  return ticks;
}

GArray *
lp_timeline_layout_get_month_ticks (LpTimelineLayout *self,
                                    double            x0,
                                    double            x1)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), NULL);
  return get_ticks (self, x0, x1, TICK_MONTH);
}

GArray *
lp_timeline_layout_get_week_ticks (LpTimelineLayout *self,
                                   double            x0,
                                   double            x1)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), NULL);
  return get_ticks (self, x0, x1, TICK_WEEK);
}

gboolean
lp_timeline_layout_shows_weeks (LpTimelineLayout *self)
{
  g_return_val_if_fail (LP_IS_TIMELINE_LAYOUT (self), FALSE);

  return self->scale >= WEEKS_MIN_SCALE;
}

static const char * const month_names[12] = {
  N_("January"), N_("February"), N_("March"), N_("April"),
  N_("May"), N_("June"), N_("July"), N_("August"),
  N_("September"), N_("October"), N_("November"), N_("December"),
};

static const char * const month_abbreviations[12] = {
  /* Translators: abbreviated month names on the timeline header */
  NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"), NC_("month", "Apr"),
  NC_("month", "May"), NC_("month", "Jun"), NC_("month", "Jul"), NC_("month", "Aug"),
  NC_("month", "Sep"), NC_("month", "Oct"), NC_("month", "Nov"), NC_("month", "Dec"),
};

const char *
lp_timeline_month_name (guint    month,
                        gboolean abbreviated)
{
  g_return_val_if_fail (month >= 1 && month <= 12, "");

  if (abbreviated)
    return g_dpgettext2 (GETTEXT_PACKAGE, "month", month_abbreviations[month - 1]);
  return _(month_names[month - 1]);
}
