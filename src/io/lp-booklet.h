/* lp-booklet.h — the programme booklet: one section per module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Laid out once into pages of placed lines; part of the export document
 * (after the overview pages) for PDF export and printing. Units are points.
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>
#include "core/lp-trajectory.h"
#include "lp-export-document.h"

G_BEGIN_DECLS

typedef struct _LpBooklet LpBooklet;

/* hidden: index → TRUE for a track left out (may be NULL). The booklet keeps
 * a reference to pango, a context at 72 dpi with unhinted metrics. */
LpBooklet *lp_booklet_new           (LpTrajectory          *trajectory,
                                     const LpExportOptions *options,
                                     const gboolean        *hidden,
                                     guint                  n_hidden,
                                     PangoContext          *pango);
void       lp_booklet_free          (LpBooklet             *self);
guint      lp_booklet_get_n_pages   (LpBooklet             *self);
void       lp_booklet_get_page_size (LpBooklet             *self,
                                     double                *width,
                                     double                *height);
/* Draws booklet page index; number and total are for the footer
 * ("Page number+1 of total"). */
void       lp_booklet_draw_page     (LpBooklet             *self,
                                     cairo_t               *cr,
                                     guint                  index,
                                     guint                  number,
                                     guint                  total);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LpBooklet, lp_booklet_free)

G_END_DECLS
