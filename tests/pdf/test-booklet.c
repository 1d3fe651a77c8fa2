/* test-booklet.c — the programme booklet, read back with poppler-glib
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <poppler.h>
#include <string.h>

#include "core/lp-date.h"
#include "io/lp-pdf-export.h"
#include "io/lp-reader.h"
#include "../pdf-words.h"
#include "../template-util.h"
#include "../poppler-util.h"

/* poppler-glib 22.12 declares no autoptr cleanups */
#ifndef POPPLER_CHECK_VERSION
#define POPPLER_CHECK_VERSION(a, b, c) 0
#endif
#if !POPPLER_CHECK_VERSION(23, 0, 0)
#endif

static char *tmpdir;

/* ---- reading the PDF ---- */

static PopplerDocument *
export (LpTrajectory          *t,
        const LpExportOptions *options)
{
  g_autofree char *path = g_build_filename (tmpdir, "booklet.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (lp_pdf_export (t, options, path, &error));
  g_assert_no_error (error);
  return test_open_pdf (path);
}

static char *
page_text (PopplerDocument *doc,
           int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (doc, index);
  g_autofree char *text = poppler_page_get_text (page);

  return pdf_words_normalize (text);
}

static char *
all_text (PopplerDocument *doc)
{
  GString *s = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autofree char *text = page_text (doc, i);
      g_string_append_printf (s, "%s\n", text);
    }
  return g_string_free (s, FALSE);
}

/* The first page (from "from") whose text holds needle, or -1. */
static int
find_page (PopplerDocument *doc,
           const char      *needle,
           int              from)
{
  for (int i = from; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autofree char *text = page_text (doc, i);
      if (strstr (text, needle) != NULL)
        return i;
    }
  return -1;
}

/* Top of the first occurrence of needle on the page (points from the top). */
static double
text_top (PopplerDocument *doc,
          int              index,
          const char      *needle)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (doc, index);
  GList *found = poppler_page_find_text (page, needle);
  double w, h, top;
  PopplerRectangle *r;

  g_assert_nonnull (found);
  poppler_page_get_size (page, &w, &h);
  r = found->data;
  top = h - MAX (r->y1, r->y2);   /* find_text counts from the bottom */
  g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
  return top;
}

/* ---- test trajectories ---- */

static LpModule *
add_module (LpTrajectory *t,
            const char   *id,
            const char   *track,
            LpDate        day,
            int           start_time,
            const char   *title)
{
  g_autoptr(LpModule) m = lp_module_new (id);

  lp_module_set_kind_id (m, "empathy");
  lp_module_set_track (m, lp_trajectory_lookup_track (t, track));
  lp_module_set_start (m, day);
  lp_module_set_end (m, day);
  if (start_time != LP_TIME_NONE)
    {
      lp_module_set_start_time (m, start_time);
      lp_module_set_end_time (m, start_time + 60);
    }
  lp_module_set_title (m, title);
  lp_trajectory_load_module (t, m);
  return m;
}

/* Four lanes (one joint), a busy day in September 2026. */
static LpTrajectory *
busy_day (void)
{
  LpTrajectory *t = lp_trajectory_new ();
  LpDate day = lp_date_from_dmy (15, 9, 2026);
  const char *ids[] = { "joint", "college", "officials", "dev" };
  const char *names[] = { "Gezamenlijk", "College", "Ambtenaren", "Ontwikkelgroep" };
  LpTrackGroup groups[] = { LP_TRACK_GROUP_JOINT, LP_TRACK_GROUP_ADMINISTRATORS,
                            LP_TRACK_GROUP_OFFICIALS, LP_TRACK_GROUP_DEVELOPMENT_GROUP };
  g_autoptr(LpMilestone) ms = lp_milestone_new ("e1", day, LP_MILESTONE_BUDGET, "Voorjaarsnota");
  g_autoptr(LpPeriod) period = lp_period_new ("b1", lp_date_from_dmy (12, 10, 2026), lp_date_from_dmy (16, 10, 2026),
                                        LP_PERIOD_RECESS, "Herfstreces");

  lp_trajectory_load_set_header (t, "Drukke dag", "Gemeente Proef", NULL, "Een dag met veel banen.",
                                 lp_date_from_dmy (1, 9, 2026), lp_date_from_dmy (31, 12, 2026));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(LpTrack) track = lp_track_new (ids[i], names[i], groups[i]);
      lp_trajectory_load_track (t, track);
    }
  /* file order is not date order */
  add_module (t, "m1", "officials", day, 9 * 60 + 30, "Sessie A 09:30");
  add_module (t, "m2", "college", day, 12 * 60, "Sessie B 12:00");
  add_module (t, "m3", "joint", day, 14 * 60 + 45, "Sessie C 14:45");
  add_module (t, "m4", "dev", day, 13 * 60, "Sessie D 13:00");
  add_module (t, "m5", "college", day, 10 * 60 + 45, "Sessie E 10:45 college");
  add_module (t, "m6", "joint", day, 10 * 60 + 45, "Sessie F 10:45 gezamenlijk");
  add_module (t, "m7", "college", lp_date_from_dmy (2, 11, 2026), LP_TIME_NONE, "Later in november");
  add_module (t, "m8", "joint", lp_date_from_dmy (8, 9, 2026), 15 * 60, "Eerder in september");
  lp_trajectory_load_milestone (t, ms);
  lp_trajectory_load_period (t, period);
  return t;
}

static void
booklet_only (LpExportOptions *options)
{
  lp_export_options_init (options);
  options->overview = FALSE;
  options->booklet = TRUE;
}

/* ---- tests ---- */

/* The cover: title, client, period, description, lanes with their groups. */
static void
test_cover (void)
{
  g_autoptr(LpTrajectory) t = test_load_template ("bestuursadvisering");
  LpExportOptions options;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *cover = NULL;
  g_autofree char *start = lp_date_format_long (lp_trajectory_get_span_start (t));
  g_autofree char *end = lp_date_format_long (lp_trajectory_get_span_end (t));
  g_autofree char *period = g_strdup_printf ("%s – %s", start, end);
  g_autofree char *description = pdf_words_normalize (lp_trajectory_get_description (t));

  booklet_only (&options);
  doc = export (t, &options);
  cover = page_text (doc, 0);
  g_assert_nonnull (strstr (cover, lp_trajectory_get_title (t)));
  g_assert_nonnull (strstr (cover, "Programme booklet"));
  g_assert_nonnull (strstr (cover, "Gemeente Voorbeeld"));
  g_assert_nonnull (strstr (cover, period));
  g_assert_nonnull (strstr (cover, description));
  g_assert_nonnull (strstr (cover, "Lanes"));
  g_assert_nonnull (strstr (cover, "College — Administrators"));
  g_assert_nonnull (strstr (cover, "Ambtenaren — Civil servants"));
  g_assert_nonnull (strstr (cover, "Printed 19 Nov 2026"));   /* SOURCE_DATE_EPOCH */
  /* no module on the cover */
  g_assert_null (strstr (cover, "Ontwikkelgroep 1 "));
}

/* The contents list every month that has entries, with the page on which
 * the month's heading is. */
static void
test_contents (void)
{
  g_autoptr(LpTrajectory) t = test_load_template ("bestuursadvisering");
  LpExportOptions options;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GRegex) line = g_regex_new ("([A-Z][a-z]+ 20[0-9][0-9]) ?([0-9]+)", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n = 0;
  int last_page = 0;

  lp_export_options_init (&options);
  options.booklet = TRUE;                /* after the overview pages */
  doc = export (t, &options);
  contents = page_text (doc, find_page (doc, "Contents", 0));
  g_test_message ("%s", contents);
  g_assert_nonnull (strstr (contents, "September 2026"));
  g_regex_match (line, contents, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *month = g_match_info_fetch (match, 1);
      g_autofree char *number = g_match_info_fetch (match, 2);
      int page = (int) g_ascii_strtoll (number, NULL, 10) - 1;
      g_autofree char *text = page_text (doc, page);

      g_test_message ("%s on page %d", month, page + 1);
      g_assert_nonnull (strstr (text, month));
      g_assert_cmpint (page, >=, last_page);
      last_page = page;
      n++;
      g_match_info_next (match, NULL);
    }
  g_assert_cmpuint (n, >=, 12);
}

/* Weekday dates in English; milestones and periods among the modules, by
 * date, then time, then lane. */
static void
test_order_english (void)
{
  g_autoptr(LpTrajectory) t = busy_day ();
  LpExportOptions options;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  const char *order[] = {
    "Eerder in september", "Voorjaarsnota", "Sessie A 09:30", "Sessie F 10:45 gezamenlijk",
    "Sessie E 10:45 college", "Sessie B 12:00", "Sessie D 13:00", "Sessie C 14:45",
    "Herfstreces", "Later in november",
  };
  const char *last = NULL;

  booklet_only (&options);
  doc = export (t, &options);
  text = all_text (doc);
  g_assert_nonnull (strstr (text, "Tuesday 15 September 2026, 09:30–10:30"));
  g_assert_nonnull (strstr (text, "Monday 12 October 2026 – Friday 16 October 2026"));
  g_assert_nonnull (strstr (text, "Monday 2 November 2026"));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *at = strstr (text, order[i]);

      g_test_message ("%s", order[i]);
      g_assert_nonnull (at);
      g_assert_true (last == NULL || at > last);
      last = at;
    }
  /* lane names, since the entries come from several lanes */
  g_assert_nonnull (strstr (text, "Ontwikkelgroep"));
}

static void
use_dutch (gboolean on)
{
  static char *old = NULL;

  if (on)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("LEERPLAATS_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
      old = g_strdup (g_getenv ("LANGUAGE"));
      g_setenv ("LANGUAGE", "nl", TRUE);
    }
  else if (old != NULL)
    g_setenv ("LANGUAGE", old, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  if (!on)
    g_clear_pointer (&old, g_free);
  setlocale (LC_MESSAGES, "");
}

/* In Dutch (the build's catalogue), whatever LC_TIME says: weekday dates,
 * "Versie voor", the printed date and review comment dates. */
static void
test_dutch (void)
{
  g_autoptr(LpTrajectory) t = busy_day ();
  LpExportOptions options;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) comments = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_comment_free);
  gboolean hidden[4] = { TRUE, FALSE, TRUE, TRUE };

  if (g_getenv ("LEERPLAATS_LOCALEDIR") == NULL)
    {
      g_test_skip ("LEERPLAATS_LOCALEDIR is not set (run through meson test)");
      return;
    }
  g_ptr_array_add (comments, lp_comment_new ("Anna", lp_date_from_dmy (5, 10, 2026), "Zaal nog boeken"));
  lp_module_set_comments (lp_trajectory_lookup_module (t, "m2"), comments);
  use_dutch (TRUE);
  if (setlocale (LC_TIME, "en_GB.UTF-8") == NULL)
    setlocale (LC_TIME, "C.UTF-8");

  lp_export_options_init (&options);
  options.booklet = TRUE;
  options.review_version = TRUE;
  options.hidden_tracks = hidden;
  options.n_hidden_tracks = 4;
  doc = export (t, &options);
  text = all_text (doc);

  setlocale (LC_TIME, "C.UTF-8");
  use_dutch (FALSE);

  g_assert_nonnull (strstr (text, "dinsdag 15 september 2026, 12:00–13:00"));
  g_assert_nonnull (strstr (text, "Versie voor: College"));
  g_assert_nonnull (strstr (text, "Afgedrukt 19 nov 2026"));
  g_assert_nonnull (strstr (text, "afgedrukt 19 nov 2026"));   /* the overview's header */
  g_assert_nonnull (strstr (text, "Zaal nog boeken (Anna, 5 okt 2026)"));
  g_assert_nonnull (strstr (text, "Inhoud"));
  g_assert_nonnull (strstr (text, "September 2026"));
}

/* The review version adds the review comments (resolved ones marked); the
 * plain booklet has status and notes but no comments; the participant
 * version leaves out status, notes and review comments, also when the
 * review version is asked for. */
static void
test_participant_version (void)
{
  g_autoptr(LpTrajectory) t = busy_day ();
  LpModule *m = lp_trajectory_lookup_module (t, "m3");
  g_autoptr(GPtrArray) comments = g_ptr_array_new_with_free_func ((GDestroyNotify) lp_comment_free);
  LpComment *done;
  LpExportOptions options;
  g_autofree char *plain = NULL, *review = NULL, *participant = NULL;

  lp_module_set_notes (m, "INTERN: budget wethouder nog niet rond");
  lp_module_set_status (m, LP_STATUS_CONFIRMED);
  g_ptr_array_add (comments, lp_comment_new ("Bert", lp_date_from_dmy (3, 9, 2026), "Reviewopmerking van Bert"));
  done = lp_comment_new ("Anna", lp_date_from_dmy (4, 9, 2026), "Afgehandeld punt");
  done->resolved = TRUE;
  g_ptr_array_add (comments, done);
  lp_module_set_comments (m, comments);
  booklet_only (&options);
  {
    g_autoptr(PopplerDocument) doc = export (t, &options);
    plain = all_text (doc);
  }
  options.review_version = TRUE;
  {
    g_autoptr(PopplerDocument) doc = export (t, &options);
    review = all_text (doc);
  }
  options.participant_version = TRUE;
  {
    g_autoptr(PopplerDocument) doc = export (t, &options);
    participant = all_text (doc);
  }
  g_assert_nonnull (strstr (plain, "INTERN"));
  g_assert_nonnull (strstr (plain, "Status: Confirmed"));
  g_assert_null (strstr (plain, "Reviewopmerking"));
  g_assert_null (strstr (plain, "Afgehandeld"));
  g_assert_nonnull (strstr (review, "Comment: Reviewopmerking van Bert (Bert, "));
  g_assert_nonnull (strstr (review, "Resolved comment: Afgehandeld punt (Anna, "));
  g_assert_nonnull (strstr (review, "INTERN"));
  g_assert_null (strstr (participant, "INTERN"));
  g_assert_null (strstr (participant, "Reviewopmerking"));
  g_assert_null (strstr (participant, "Afgehandeld"));
  g_assert_null (strstr (participant, "Status:"));
  g_assert_nonnull (strstr (participant, "Sessie C 14:45"));
}

static void
assert_page_sizes (PopplerDocument *doc,
                   double           width,
                   double           height)
{
  g_assert_cmpint (poppler_document_get_n_pages (doc), >, 1);
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      double w, h;

      poppler_page_get_size (page, &w, &h);
      g_assert_cmpfloat_with_epsilon (w, width, 0.01);
      g_assert_cmpfloat_with_epsilon (h, height, 0.01);
    }
}

/* Landscape pages of @long_side × @short_side, then at least one portrait
 * page of the same paper and nothing after it but portrait pages. */
static void
assert_landscape_then_portrait (PopplerDocument *doc,
                                double           long_side,
                                double           short_side)
{
  int n = poppler_document_get_n_pages (doc), first_portrait = -1;

  for (int i = 0; i < n; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      double w, h;
      gboolean portrait;

      poppler_page_get_size (page, &w, &h);
      portrait = w < h;
      if (portrait && first_portrait < 0)
        first_portrait = i;
      g_assert_true (portrait == (first_portrait >= 0));
      g_assert_cmpfloat_with_epsilon (MAX (w, h), long_side, 0.01);
      g_assert_cmpfloat_with_epsilon (MIN (w, h), short_side, 0.01);
    }
  g_assert_cmpint (first_portrait, >, 0);
}

/* A3 overview and booklet: the overview A3 landscape, the booklet A3
 * portrait (landscape when asked for); a booklet alone on A3 is A3
 * portrait. */
static void
test_a3 (void)
{
  g_autoptr(LpTrajectory) t = test_load_template ("bestuursadvisering");
  LpExportOptions options;

  lp_export_options_init (&options);
  options.booklet = TRUE;
  options.paper = LP_PAPER_A3;
  {
    g_autoptr(PopplerDocument) doc = export (t, &options);
    assert_landscape_then_portrait (doc, 1190.55, 841.89);
  }
  options.booklet_landscape = TRUE;
  {
    g_autoptr(PopplerDocument) doc = export (t, &options);
    assert_page_sizes (doc, 1190.55, 841.89);
  }
  options.booklet_landscape = FALSE;
  options.overview = FALSE;
  {
    g_autoptr(PopplerDocument) doc = export (t, &options);
    assert_page_sizes (doc, 841.89, 1190.55);
  }
}

/* One group's selection keeps the joint lanes (unless asked not to) and
 * says whom the version is for. */
static void
test_joint (void)
{
  g_autoptr(LpTrajectory) t = test_load_template ("bestuursadvisering");
  gboolean hidden[4] = { TRUE, FALSE, TRUE, TRUE };   /* College only */
  LpExportOptions options;
  g_autofree char *with = NULL, *without = NULL;

  booklet_only (&options);
  options.hidden_tracks = hidden;
  options.n_hidden_tracks = 4;
  {
    g_autoptr(PopplerDocument) doc = export (t, &options);
    with = all_text (doc);
  }
  options.include_joint = FALSE;
  {
    g_autoptr(PopplerDocument) doc = export (t, &options);
    without = all_text (doc);
  }
  g_assert_nonnull (strstr (with, "Aftrap: wat verwachten bestuur en organisatie van elkaar?"));
  g_assert_nonnull (strstr (with, "Version for: College"));
  g_assert_nonnull (strstr (with, "Rolbewustzijn in het college"));
  g_assert_null (strstr (with, "Ontwikkelgroep 1 "));
  g_assert_null (strstr (without, "Aftrap"));
  g_assert_nonnull (strstr (without, "Version for: College"));
}

/* No entry is split across pages: each entry's title and the last line of
 * its description are on the same page, the title above. */
static void
test_no_split (void)
{
  g_autoptr(LpTrajectory) t = busy_day ();
  LpExportOptions options;
  g_autoptr(PopplerDocument) doc = NULL;

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *id = g_strdup_printf ("x%u", i);
      g_autofree char *title = g_strdup_printf ("Lange sessie %02u", i);
      g_autofree char *description = g_strdup_printf ("%s Einde beschrijving %02u.",
        "Een lange beschrijving die over meerdere regels loopt, zodat een blok op de grens van een "
        "bladzijde terecht kan komen; de deelnemers oefenen met adviseren, tegenspraak en het lezen "
        "van het politieke krachtenveld, met een acteur en een collegelid als gast.", i);
      LpModule *m = add_module (t, id, "officials", lp_date_from_dmy (1 + i % 28, 10, 2026), 9 * 60, title);

      lp_module_set_description (m, description);
      lp_module_set_goals (m, "Deelnemers kennen de rolverdeling en oefenen met adviseren.");
    }
  booklet_only (&options);
  doc = export (t, &options);
  g_assert_cmpint (poppler_document_get_n_pages (doc), >, 6);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *title = g_strdup_printf ("Lange sessie %02u", i);
      g_autofree char *end = g_strdup_printf ("Einde beschrijving %02u.", i);
      int page = find_page (doc, title, 2);
      int end_page = find_page (doc, end, 2);

      g_assert_cmpint (page, >=, 2);
      g_assert_cmpint (page, ==, end_page);
      g_assert_cmpfloat (text_top (doc, page, title), <, text_top (doc, page, end));
    }
}

/* A kind is left out only where the title or lane already says all of it:
 * "College member as guest" says more than the lane "College" and stays;
 * "Intervision" in the title "Intervision group 3" is not said twice. */
static void
test_kind_says_more (void)
{
  g_autoptr(LpTrajectory) t = busy_day ();
  LpModule *guest = lp_trajectory_lookup_module (t, "m2");
  LpModule *group = lp_trajectory_lookup_module (t, "m4");
  LpExportOptions options;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;
  const char *at;

  lp_module_set_kind_id (guest, "mystery-guest");
  lp_module_set_kind_id (group, "intervision");
  lp_module_set_title (group, "Intervision group 3");
  booklet_only (&options);
  doc = export (t, &options);
  text = all_text (doc);
  g_assert_nonnull (strstr (text, "College member as guest"));
  at = strstr (text, "Intervision");
  g_assert_nonnull (at);
  g_assert_true (g_str_has_prefix (at, "Intervision group 3"));
  g_assert_null (strstr (at + 1, "Intervision"));
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("lp-booklet-XXXXXX", NULL);
  g_test_add_func ("/pdf/booklet/cover", test_cover);
  g_test_add_func ("/pdf/booklet/contents", test_contents);
  g_test_add_func ("/pdf/booklet/order-english", test_order_english);
  g_test_add_func ("/pdf/booklet/participant-version", test_participant_version);
  g_test_add_func ("/pdf/booklet/a3", test_a3);
  g_test_add_func ("/pdf/booklet/joint", test_joint);
  g_test_add_func ("/pdf/booklet/no-split", test_no_split);
  g_test_add_func ("/pdf/booklet/kind-says-more", test_kind_says_more);
  g_test_add_func ("/pdf/booklet/dutch", test_dutch);

  {
    int status = g_test_run ();
    g_autofree char *pdf = g_build_filename (tmpdir, "booklet.pdf", NULL);

    g_unlink (pdf);
    g_rmdir (tmpdir);
    return status;
  }
}
