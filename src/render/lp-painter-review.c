/* lp-painter-review.c — what a review meeting adds to blocks: the badge
 * with the number of open comments, and dimming what the filter leaves out
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Render"

#include "config.h"

#include <math.h>

#include "core/lp-comment-edit.h"
#include "lp-timeline-painter-private.h"

#define BADGE_RADIUS 7.0

static const double badge_fill[3] = { 0.88, 0.38, 0.0 };   /* orange: not a theme colour */

static void
badge_at (double  x,
          double  y,
          double  w,
          double  h,
          double *cx,
          double *cy,
          double *r)
{
  *r = MIN (BADGE_RADIUS, MAX (h / 2 - 1, 4.0));
  *cx = x + w - *r + 2;
  *cy = y + *r - 2;
}

void
lp_timeline_painter_badge_circle (const LpRect *rect,
                                  double       *cx,
                                  double       *cy,
                                  double       *r)
{
  double x = round (rect->x) + 1;
  double w = MAX (round (rect->x + rect->width) - 1 - x, 1);
  double y = round (rect->y);
  double h = round (rect->y + rect->height) - y;

  badge_at (x, y, w, h, cx, cy, r);
}

void
lp_painter_review_prepare (LpTimelinePainter  *self,
                           const LpPaintState *state,
                           LpModule           *module,
                           PreparedBlock      *pb)
{
  pb->open_comments = (state->flags & LP_PAINT_NO_BADGES) ? 0 : lp_module_count_open_comments (module);
  pb->dimmed = state->filter != NULL && !lp_module_filter_matches (state->filter, self->trajectory, module);
}

typedef struct {
  LpTimelinePainter *self;
  const char        *text;
  double             cx, cy, r;
} BadgeJob;

static void
draw_badge (cairo_t       *cr,
            gconstpointer  data)
{
  const BadgeJob *job = data;
  PangoLayout *layout = lp_painter_text_layout (job->self, job->self->font_small, TRUE, job->text);
  double cx = job->cx, cy = job->cy, r = job->r, tw = layout_width (layout);
  int th;

  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, badge_fill[0], badge_fill[1], badge_fill[2]);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);

  pango_layout_get_size (layout, NULL, &th);
  cairo_save (cr);
  if (tw > 2 * r - 2)
    {
      double k = (2 * r - 2) / tw;
      cairo_translate (cr, cx, cy);
      cairo_scale (cr, k, k);
      cairo_translate (cr, -cx, -cy);
    }
  show_layout_at (cr, layout, cx - tw / 2, cy - th / (2.0 * PANGO_SCALE));
  cairo_restore (cr);
}

void
lp_painter_badge_circle (const PreparedBlock *pb,
                         double              *cx,
                         double              *cy,
                         double              *r)
{
  badge_at (pb->x, pb->y, pb->w, pb->h, cx, cy, r);
}

void
lp_painter_draw_comment_badge (LpTimelinePainter   *self,
                               cairo_t             *cr,
                               const PreparedBlock *pb)
{
  char text[16];
  BadgeJob job = { self, text, 0, 0, 0 };

  if (pb->open_comments == 0)
    return;
  lp_painter_badge_circle (pb, &job.cx, &job.cy, &job.r);
  if (pb->open_comments > 9)
    g_strlcpy (text, "9+", sizeof text);
  else
    g_snprintf (text, sizeof text, "%u", pb->open_comments);
  g_string_printf (self->stamp_key, "badge|%s|%.2f", text, job.r);
  lp_painter_stamp (self, cr, job.cx - job.r - 2, job.cy - job.r - 2, 2 * job.r + 4, 2 * job.r + 4,
                    draw_badge, &job);
}

void
lp_painter_begin_dim (cairo_t             *cr,
                      const PreparedBlock *pb)
{
  if (pb->dimmed)
    cairo_push_group (cr);
}

void
lp_painter_end_dim (cairo_t             *cr,
                    const PreparedBlock *pb)
{
  if (!pb->dimmed)
    return;
  cairo_pop_group_to_source (cr);
  cairo_paint_with_alpha (cr, LP_PAINT_DIM_ALPHA);
}
