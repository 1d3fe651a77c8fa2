/* test-booklet-agenda.c — a module's day programme in the booklet as a
 * timetable, in the full and the participant version, read back with
 * poppler-glib
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <poppler.h>
#include <string.h>

#include "core/lp-date.h"
#include "io/lp-pdf-export.h"
#include "../pdf-words.h"

#ifndef POPPLER_CHECK_VERSION
#define POPPLER_CHECK_VERSION(a, b, c) 0
#endif
#if !POPPLER_CHECK_VERSION(23, 0, 0)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
#endif

#define HM(h, m) ((h) * 60 + (m))

static char *tmpdir;

static PopplerDocument *
export (LpTrajectory *t, gboolean participant)
{
  g_autofree char *path = g_build_filename (tmpdir, "agenda.pdf", NULL);
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;
  LpExportOptions options;
  PopplerDocument *doc;

  lp_export_options_init (&options);
  options.overview = FALSE;
  options.booklet = TRUE;
  options.participant_version = participant;
  g_assert_true (lp_pdf_export (t, &options, path, &error));
  g_assert_no_error (error);
  uri = g_filename_to_uri (path, NULL, NULL);
  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  return doc;
}

static char *
all_text (PopplerDocument *doc)
{
  GString *s = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);
      g_autofree char *norm = pdf_words_normalize (text);
      g_string_append_printf (s, "%s\n", norm);
    }
  return g_string_free (s, FALSE);
}

/* The left edge of @needle on the first page that has it; -1 when none. */
static double
left_of (PopplerDocument *doc, const char *needle)
{
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      GList *found = poppler_page_find_text (page, needle);
      double x;

      if (found == NULL)
        continue;
      x = ((PopplerRectangle *) found->data)->x1;
      g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
      return x;
    }
  return -1;
}

/* A two-day session with a programme on both days. */
static LpTrajectory *
two_day_session (void)
{
  LpTrajectory *t = lp_trajectory_new ();
  g_autoptr(LpTrack) track = lp_track_new ("joint", "Gezamenlijk", LP_TRACK_GROUP_JOINT);
  g_autoptr(LpModule) m = lp_module_new ("m1");
  g_autoptr(LpAgenda) agenda = lp_agenda_new ();

  lp_trajectory_load_set_header (t, "Leergang", NULL, NULL, NULL,
                                 lp_date_from_dmy (1, 9, 2026), lp_date_from_dmy (31, 12, 2026));
  lp_trajectory_load_track (t, track);
  lp_module_set_kind_id (m, "two-day-session");
  lp_module_set_track (m, track);
  lp_module_set_start (m, lp_date_from_dmy (1, 10, 2026));
  lp_module_set_end (m, lp_date_from_dmy (2, 10, 2026));
  lp_module_set_start_time (m, HM (9, 0));
  lp_module_set_end_time (m, HM (17, 0));
  lp_module_set_title (m, "Tweedaagse leergang");
  lp_module_set_notes (m, "INTERN");
  lp_agenda_add (agenda, lp_agenda_item_new (1, HM (9, 0), HM (9, 30), "Welkom", "Burgemeester", "Niet in het boekje"));
  lp_agenda_add (agenda, lp_agenda_item_new (1, HM (9, 30), HM (11, 0), "Rollenspel", NULL, NULL));
  lp_agenda_add (agenda, lp_agenda_item_new (2, HM (13, 0), HM (16, 30), "Snelkookpan", "Acteurs", NULL));
  lp_module_set_agenda (m, agenda);
  lp_trajectory_load_module (t, m);
  return t;
}

static void
assert_timetable (PopplerDocument *doc)
{
  g_autofree char *text = all_text (doc);
  double welcome = left_of (doc, "Welkom");

  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Programme Day 1 — Thursday 1 October 2026 09:00–09:30 Welkom — Burgemeester "
                                  "09:30–11:00 Rollenspel Day 2 — Friday 2 October 2026 13:00–16:30"));
  g_assert_nonnull (strstr (text, "Snelkookpan — Acteurs"));
  g_assert_null (strstr (text, "Niet in het boekje"));
  /* the titles stand in one column after the times */
  g_assert_cmpfloat (welcome, >, left_of (doc, "09:00–09:30") + 40);
  g_assert_cmpfloat_with_epsilon (welcome, left_of (doc, "Rollenspel"), 0.5);
  g_assert_cmpfloat_with_epsilon (welcome, left_of (doc, "Snelkookpan"), 0.5);
}

static void
test_timetable (void)
{
  g_autoptr(LpTrajectory) t = two_day_session ();
  g_autoptr(PopplerDocument) doc = export (t, FALSE);

  assert_timetable (doc);
}

static void
test_participant_version (void)
{
  g_autoptr(LpTrajectory) t = two_day_session ();
  g_autoptr(PopplerDocument) doc = export (t, TRUE);
  g_autofree char *text = all_text (doc);

  g_assert_null (strstr (text, "INTERN"));
  assert_timetable (doc);
}

/* A module without a programme prints no Programme heading. */
static void
test_none (void)
{
  g_autoptr(LpTrajectory) t = two_day_session ();
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;

  lp_module_set_agenda (lp_trajectory_lookup_module (t, "m1"), NULL);
  doc = export (t, FALSE);
  text = all_text (doc);
  g_assert_null (strstr (text, "Programme Day"));
  g_assert_null (strstr (text, "Welkom"));
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("lp-booklet-agenda-XXXXXX", NULL);
  g_test_add_func ("/pdf/booklet-agenda/timetable", test_timetable);
  g_test_add_func ("/pdf/booklet-agenda/participant-version", test_participant_version);
  g_test_add_func ("/pdf/booklet-agenda/none", test_none);
  {
    int status = g_test_run ();
    g_autofree char *pdf = g_build_filename (tmpdir, "agenda.pdf", NULL);

    g_unlink (pdf);
    g_rmdir (tmpdir);
    return status;
  }
}
