/* test-review-pdf.c — review marks on the overview PDF, rendered with
 * poppler: the open-comment badge (not in the participant version) and the
 * filter's dimming
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <poppler.h>
#include <stdlib.h>

#include "core/lp-comment-edit.h"
#include "core/lp-date.h"
#include "io/lp-pdf-export.h"
#include "render/lp-timeline-painter.h"

/* poppler-glib 22.12 declares no autoptr cleanups */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static char *tmpdir;

/* One lane, three long confirmed modules of an own kind coloured #c061cb;
 * m1 has an open comment. */
static LpTrajectory *
trajectory (void)
{
  LpTrajectory *t = lp_trajectory_new ();
  g_autoptr(LpTrack) track = lp_track_new ("t0", "Gezamenlijk", LP_TRACK_GROUP_JOINT);
  g_autoptr(LpKind) kind = lp_kind_new ("k1");
  g_autoptr(GPtrArray) comments = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_comment_free);

  lp_trajectory_load_set_header (t, "Review", NULL, NULL, NULL, lp_date_from_dmy (1, 1, 2027),
                                 lp_date_from_dmy (31, 3, 2027));
  lp_trajectory_load_track (t, track);
  lp_kind_set_name (kind, "Adviesnota");
  lp_kind_set_theme_id (kind, "communication");
  lp_kind_set_color (kind, "#c061cb");
  lp_trajectory_load_kind (t, kind);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("m%u", i + 1);
      g_autoptr(LpModule) m = lp_module_new (id);

      lp_module_set_kind_id (m, "k1");
      lp_module_set_track (m, track);
      lp_module_set_start (m, lp_date_from_dmy (4, 1, 2027) + i * 25);
      lp_module_set_end (m, lp_date_from_dmy (4, 1, 2027) + i * 25 + 20);
      lp_module_set_status (m, LP_STATUS_CONFIRMED);
      lp_trajectory_load_module (t, m);
    }
  g_ptr_array_add (comments, lp_comment_new ("Anne", lp_date_from_dmy (2, 11, 2026), "Te vroeg"));
  lp_module_set_comments (lp_trajectory_lookup_module (t, "m1"), comments);
  return t;
}

typedef struct {
  guint theme;    /* pixels of the kind's colour */
  guint dimmed;   /* pixels of that colour at LP_PAINT_DIM_ALPHA over white */
  guint badge;    /* pixels of the badge's orange */
} Counts;

static gboolean
near (const guint8 *p, int r, int g, int b, int tolerance)
{
  /* ARGB32 in memory on little endian: B G R A */
  return abs (p[2] - r) <= tolerance && abs (p[1] - g) <= tolerance && abs (p[0] - b) <= tolerance;
}

static Counts
export_and_count (LpTrajectory          *t,
                  const LpExportOptions *options)
{
  g_autofree char *path = g_build_filename (tmpdir, "review.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(PopplerPage) page = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double w, h;
  int dr = (int) round (255 + (0xc0 - 255) * LP_PAINT_DIM_ALPHA);
  int dg = (int) round (255 + (0x61 - 255) * LP_PAINT_DIM_ALPHA);
  int db = (int) round (255 + (0xcb - 255) * LP_PAINT_DIM_ALPHA);
  Counts counts = { 0, 0, 0 };

  g_assert_true (lp_pdf_export (t, options, path, &error));
  g_assert_no_error (error);
  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (doc, 0);
  poppler_page_get_size (page, &w, &h);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (w * 2), (int) ceil (h * 2));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, 2, 2);
  poppler_page_render_for_printing (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        const guint8 *p = cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface) + x * 4;
        counts.theme += near (p, 0xc0, 0x61, 0xcb, 6);
        counts.dimmed += near (p, dr, dg, db, 6);
        counts.badge += near (p, 0xe0, 0x61, 0x00, 12);
      }
  cairo_surface_destroy (surface);
  g_test_message ("theme %u, dimmed %u, badge %u", counts.theme, counts.dimmed, counts.badge);
  return counts;
}

static void
test_badge_on_paper (void)
{
  g_autoptr(LpTrajectory) t = trajectory ();
  LpExportOptions options;
  Counts plain, participant;

  lp_export_options_init (&options);
  plain = export_and_count (t, &options);
  options.participant_version = TRUE;
  participant = export_and_count (t, &options);
  g_assert_cmpuint (plain.badge, >, 20);
  g_assert_cmpuint (participant.badge, ==, 0);
  g_assert_cmpuint (participant.theme, >, 1000);
}

static void
test_filter_dims_on_paper (void)
{
  g_autoptr(LpTrajectory) t = trajectory ();
  g_autoptr(LpModuleFilter) filter = lp_module_filter_new ();
  LpExportOptions options;
  Counts plain, none_match, all_match;

  lp_export_options_init (&options);
  plain = export_and_count (t, &options);
  g_assert_cmpuint (plain.theme, >, 1000);
  g_assert_cmpuint (plain.dimmed, <, plain.theme / 10);

  filter->status = LP_STATUS_DONE;   /* none is done: all dimmed */
  options.filter = filter;
  none_match = export_and_count (t, &options);
  g_assert_cmpuint (none_match.theme, <, plain.theme / 20);
  g_assert_cmpuint (none_match.dimmed, >, plain.theme / 2);

  /* every module has the filter's theme: nothing dimmed */
  filter->status = -1;
  filter->theme_id = g_strdup ("communication");
  all_match = export_and_count (t, &options);
  g_assert_cmpuint (all_match.dimmed, <, plain.theme / 10);
  g_assert_cmpuint (all_match.theme, >, plain.theme / 2);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("lp-review-pdf-XXXXXX", NULL);
  g_assert_nonnull (tmpdir);
  g_test_add_func ("/pdf/review/badge-on-paper", test_badge_on_paper);
  g_test_add_func ("/pdf/review/filter-dims-on-paper", test_filter_dims_on_paper);
  status = g_test_run ();
  {
    g_autofree char *path = g_build_filename (tmpdir, "review.pdf", NULL);
    g_unlink (path);
  }
  g_rmdir (tmpdir);
  return status;
}
