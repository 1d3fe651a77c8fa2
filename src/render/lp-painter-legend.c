/* lp-painter-legend.c — status and theme legends
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Render"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "lp-timeline-painter-private.h"

void
lp_timeline_painter_draw_status_sample (LpTimelinePainter  *self,
                                        cairo_t            *cr,
                                        LpStatus            status,
                                        const double        rgb[3],
                                        const LpRect       *rect,
                                        const LpPaintState *state)
{
  BlockStyle st;
  double size;

  g_return_if_fail (LP_IS_TIMELINE_PAINTER (self));
  g_return_if_fail (cr != NULL && rgb != NULL && rect != NULL);

  state = lp_painter_resolve_state (state);

  lp_painter_block_style (lp_painter_get_palette (state), rgb, status, &st);
  cairo_save (cr);
  lp_painter_draw_block_shape (cr, &st, rect->x, rect->y, rect->width, rect->height);
  size = MIN (rect->height - 4, 12);
  if (size >= 6)
    lp_painter_draw_checks (cr, st.text, st.checks,
                 rect->x + rect->width - size - 3, rect->y + (rect->height - size) / 2, size);
  cairo_restore (cr);
}

double
lp_timeline_painter_draw_status_legend (LpTimelinePainter  *self,
                                        cairo_t            *cr,
                                        double              x,
                                        double              y,
                                        double              max_width,
                                        const LpPaintState *state)
{
  static const double neutral[3] = { 0.384, 0.627, 0.918 };
  const Palette *pal;
  double cx = x, cy = y;
  double sw = 34, sh = MAX (14, self->small_line_height);
  double row_h = sh + 6;

  g_return_val_if_fail (LP_IS_TIMELINE_PAINTER (self), 0);
  g_return_val_if_fail (cr != NULL, 0);

  state = lp_painter_resolve_state (state);
  pal = lp_painter_get_palette (state);

  cairo_save (cr);
  for (guint s = 0; s < LP_N_STATUSES; s++)
    {
      PangoLayout *pl = lp_painter_scratch_layout (self, self->font_small, lp_status_get_label (s), -1);
      double item_w = sw + 6 + layout_width (pl) + 18;
      LpRect r;

      if (cx > x && cx + item_w > x + max_width)
        {
          cx = x;
          cy += row_h;
        }
      r.x = cx;
      r.y = cy;
      r.width = sw;
      r.height = sh;
      lp_timeline_painter_draw_status_sample (self, cr, s, neutral, &r, state);
      set_rgba (cr, &pal->text);
      /* the scratch layout was not touched by the sample */
      show_layout_at (cr, pl, cx + sw + 6, cy + (sh - self->small_line_height) / 2);
      cx += item_w;
    }
  cairo_restore (cr);

  return cy + row_h - y;
}

/* "Theme: kind, kind" for the kinds of the shown modules in theme. */
static char *
theme_with_kinds (LpTimelinePainter  *self,
                  const LpPaintState *state,
                  const LpTheme      *theme)
{
  GListModel *modules = lp_trajectory_get_modules (self->trajectory);
  g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
  GString *text = g_string_new (lp_theme_get_name (theme));

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) module = g_list_model_get_item (modules, i);
      LpKind *kind = lp_trajectory_get_module_kind (self->trajectory, module);
      LpTrack *track = lp_module_get_track (module);
      int ti = track != NULL ? lp_trajectory_get_track_index (self->trajectory, track) : -1;

      if ((ti >= 0 && lp_painter_track_hidden (self, state, ti)) || lp_kind_get_theme (kind) != theme
          || g_ptr_array_find (kinds, kind, NULL))
        continue;
      g_string_append (text, kinds->len == 0 ? ": " : ", ");
      g_string_append (text, lp_kind_get_name (kind));
      g_ptr_array_add (kinds, kind);
    }
  return g_string_free (text, FALSE);
}

/* The themes in use by the lanes shown, in the order of first use, each
 * with the colour of its first module's kind (own kinds may have their own
 * colour). */
static void
collect_themes (LpTimelinePainter  *self,
                const LpPaintState *state,
                GPtrArray          *themes,
                GArray             *colours)
{
  GListModel *modules = lp_trajectory_get_modules (self->trajectory);
  guint n = g_list_model_get_n_items (modules);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpModule) module = g_list_model_get_item (modules, i);
      LpKind *kind = lp_trajectory_get_module_kind (self->trajectory, module);
      const LpTheme *theme = lp_kind_get_theme (kind);
      LpTrack *track = lp_module_get_track (module);
      int ti = track != NULL ? lp_trajectory_get_track_index (self->trajectory, track) : -1;

      if (ti >= 0 && lp_painter_track_hidden (self, state, ti))
        continue;
      if (!g_ptr_array_find (themes, theme, NULL))
        {
          double rgb[3];

          lp_kind_get_rgb (kind, rgb);
          g_ptr_array_add (themes, (gpointer) theme);
          g_array_append_vals (colours, rgb, 1);
        }
    }
}

double
lp_timeline_painter_draw_theme_legend (LpTimelinePainter  *self,
                                       cairo_t            *cr,
                                       double              x,
                                       double              y,
                                       double              max_width,
                                       const LpPaintState *state)
{
  const Palette *pal;
  g_autoptr(GPtrArray) themes = g_ptr_array_new ();
  g_autoptr(GArray) colours = g_array_new (FALSE, FALSE, sizeof (double) * 3);
  double cx = x, cy = y;
  double sw = 22, sh = MAX (12, self->small_line_height - 2);
  double row_h = MAX (sh, self->small_line_height) + 6;
  double extra;

  g_return_val_if_fail (LP_IS_TIMELINE_PAINTER (self), 0);
  g_return_val_if_fail (cr != NULL, 0);

  state = lp_painter_resolve_state (state);
  pal = lp_painter_get_palette (state);
  if (self->trajectory == NULL)
    return 0;

  collect_themes (self, state, themes, colours);

  cairo_save (cr);
  extra = 0;
  for (guint t = 0; t < lp_library_get_n_themes (); t++)
    {
      const LpTheme *theme = lp_library_get_theme_nth (t);
      guint index;
      PangoLayout *pl;
      double item_w;
      BlockStyle st;
      const double *rgb;

      if (!g_ptr_array_find (themes, theme, &index))
        continue;
      rgb = (const double *) colours->data + 3 * index;
      if (is_print (state))
        {
          /* paper: the kinds used, grouped under their theme */
          g_autofree char *text = theme_with_kinds (self, state, theme);

          pl = lp_painter_scratch_layout (self, self->font_small, text, -1);
          if (layout_width (pl) > max_width - sw - 30)
            {
              pango_layout_set_width (pl, (int) ((max_width - sw - 30) * PANGO_SCALE));
              pango_layout_set_wrap (pl, PANGO_WRAP_WORD_CHAR);
            }
        }
      else
        pl = lp_painter_scratch_layout (self, self->font_small, lp_theme_get_name (theme), MAX (40, max_width - sw - 8));
      item_w = sw + 6 + layout_width (pl) + 18;
      if (cx > x && cx + item_w > x + max_width)
        {
          cx = x;
          cy += row_h + extra;
          extra = 0;
        }
      {
        int ph;

        pango_layout_get_size (pl, NULL, &ph);
        extra = MAX (extra, (double) ph / PANGO_SCALE - self->small_line_height);
      }
      lp_painter_block_style (pal, rgb, LP_STATUS_CONFIRMED, &st);
      lp_painter_draw_block_shape (cr, &st, cx, cy + (row_h - 6 - sh) / 2, sw, sh);
      lp_painter_draw_mark (cr, t, cx + sw / 2, cy + (row_h - 6) / 2, MIN (9.0, sh - 4), st.text);
      set_rgba (cr, &pal->text);
      show_layout_at (cr, pl, cx + sw + 6, cy + (row_h - 6 - self->small_line_height) / 2);
      pango_layout_set_wrap (pl, PANGO_WRAP_WORD);
      cx += item_w;
    }
  cairo_restore (cr);

  return themes->len > 0 ? cy + row_h + extra - y : 0;
}
