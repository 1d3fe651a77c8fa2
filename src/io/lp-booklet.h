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

/* The lanes to leave out: the options' hidden tracks less the lanes of group
 * "joint" when include_joint; NULL (and 0) when every lane is shown. */
gboolean  *lp_export_options_get_hidden      (const LpExportOptions *options,
                                              LpTrajectory          *trajectory,
                                              guint                 *n_hidden);
/* *resolved becomes a copy of options whose hidden tracks are those of
 * lp_export_options_get_hidden; returns them (owned by the caller, to keep
 * as long as resolved), NULL when every lane is shown. */
gboolean  *lp_export_options_resolve         (const LpExportOptions *options,
                                              LpTrajectory          *trajectory,
                                              LpExportOptions       *resolved);
/* The lanes chosen, for "Version for: College"; NULL when none is left out. */
char      *lp_export_options_get_version_for (const LpExportOptions *options,
                                              LpTrajectory          *trajectory);

/* A booklet on pages of width × height points (every page the same), whose
 * first page is page first_page of the document (for the contents).
 * It keeps a reference to pango, a context at 72 dpi with unhinted metrics. */
LpBooklet *lp_booklet_new           (LpTrajectory          *trajectory,
                                     const LpExportOptions *options,
                                     PangoContext          *pango,
                                     guint                  first_page,
                                     double                 width,
                                     double                 height);
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
