/* test-comments-io.c — a comment's resolved="true": read, written only when
 * set, kept through a round trip; files without it load as open comments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "core/lp-comment-edit.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"
#include "refusal-util.h"

#define HEAD \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<trajectory xmlns=\"urn:leerplaats:trajectory:1\" version=\"1\">\n" \
  "  <title>T</title>\n" \
  "  <period start=\"2026-09-01\" end=\"2027-06-30\"/>\n" \
  "  <tracks>\n" \
  "    <track id=\"t1\" group=\"joint\">Gezamenlijk</track>\n" \
  "  </tracks>\n" \
  "  <modules>\n" \
  "    <module id=\"m1\" kind=\"intervision\" track=\"t1\" start=\"2026-10-01\" end=\"2026-10-01\">\n"
#define TAIL \
  "    </module>\n" \
  "  </modules>\n" \
  "</trajectory>\n"

static LpTrajectory *
load (const char *text,
      GError    **error)
{
  return lp_reader_load_data (text, strlen (text), "comments.leerplaats", error);
}

static const LpComment *
comment_at (LpTrajectory *t,
            guint         i)
{
  return g_ptr_array_index (lp_module_get_comments (lp_trajectory_lookup_module (t, "m1")), i);
}

static void
test_without_attribute (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = load (HEAD "      <comment author=\"Anne\" date=\"2026-11-02\">Open</comment>\n" TAIL, &error);

  g_assert_no_error (error);
  g_assert_false (comment_at (t, 0)->resolved);
  g_assert_cmpstr (comment_at (t, 0)->author, ==, "Anne");
}

static void
test_round_trip (void)
{
  const char *text = HEAD
    "      <comment author=\"Anne\" date=\"2026-11-02\" resolved=\"true\">Klaar</comment>\n"
    "      <comment author=\"Bert\" date=\"2026-11-03\" resolved=\"false\">Nog open</comment>\n"
    "      <comment>Kaal</comment>\n" TAIL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = load (text, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LpTrajectory) again = NULL;
  g_autofree char *written = NULL;
  gsize size;

  g_assert_no_error (error);
  g_assert_true (comment_at (t, 0)->resolved);
  g_assert_false (comment_at (t, 1)->resolved);
  g_assert_false (comment_at (t, 2)->resolved);
  g_assert_cmpuint (lp_module_count_open_comments (lp_trajectory_lookup_module (t, "m1")), ==, 2);

  bytes = lp_writer_serialize (t);
  written = g_strndup (g_bytes_get_data (bytes, &size), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (written, "<comment author=\"Anne\" date=\"2026-11-02\" resolved=\"true\">Klaar</comment>"));
  g_assert_nonnull (strstr (written, "<comment author=\"Bert\" date=\"2026-11-03\">Nog open</comment>"));
  g_assert_null (strstr (written, "resolved=\"false\""));

  again = load (written, &error);
  g_assert_no_error (error);
  g_assert_true (lp_comment_array_equal (lp_module_get_comments (lp_trajectory_lookup_module (t, "m1")),
                                         lp_module_get_comments (lp_trajectory_lookup_module (again, "m1"))));
}

static void
test_bad_value_refused (void)
{
  assert_load_refused (HEAD "      <comment resolved=\"yes\">X</comment>\n" TAIL, "comments.leerplaats", 10,
                       "“yes” is not a valid value for the attribute “resolved” of <comment>");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  lp_reader_init ();
  g_test_add_func ("/io/comments/without-resolved", test_without_attribute);
  g_test_add_func ("/io/comments/round-trip", test_round_trip);
  g_test_add_func ("/io/comments/bad-value-refused", test_bad_value_refused);
  return g_test_run ();
}
