/* test-reader-stream.c — the streaming reader gives what the tree reader
 * gives, or gives up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <string.h>

#include "core/lp-types.h"
#include "core/lp-sample.h"
#include "io/lp-file-error.h"
#include "io/lp-reader-private.h"
#include "io/lp-reader-stream.h"
#include "io/lp-writer.h"

/* The sample's file: 1,500 modules, over LP_READER_STREAM_MIN. */
static GBytes *
sample_bytes (void)
{
  static GBytes *bytes;

  if (bytes == NULL)
    {
      g_autoptr(LpTrajectory) t = lp_sample_generate (1500, 6, 24, 7);

      bytes = lp_writer_serialize (t);
      g_assert_cmpuint (g_bytes_get_size (bytes), >=, LP_READER_STREAM_MIN);
    }
  return g_bytes_ref (bytes);
}

static GBytes *
serialize_or_null (LpTrajectory *t)
{
  return t != NULL ? lp_writer_serialize (t) : NULL;
}

static void
assert_same_file (GBytes *a,
                  GBytes *b)
{
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpmem (g_bytes_get_data (a, NULL), g_bytes_get_size (a),
                   g_bytes_get_data (b, NULL), g_bytes_get_size (b));
}

/* The sample read both ways is the same trajectory, and the one written. */
static void
test_same_as_tree (void)
{
  g_autoptr(GBytes) bytes = sample_bytes ();
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr(LpTrajectory) streamed = lp_reader_stream_load (data, length, "sample");
  g_autoptr(LpTrajectory) tree = lp_reader_tree_load (data, length, "sample", NULL);
  g_autoptr(GBytes) s = serialize_or_null (streamed);
  g_autoptr(GBytes) t = serialize_or_null (tree);
  GListModel *modules;

  g_assert_nonnull (streamed);
  modules = lp_trajectory_get_modules (streamed);
  g_assert_cmpuint (g_list_model_get_n_items (modules), ==, 1500);
  assert_same_file (s, t);
  assert_same_file (s, bytes);
}

/* The templates, small, are read the same way by both. */
static void
test_templates (void)
{
  const char *names[] = { "bestuursadvisering", "tijdmalen" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *file_name = g_strconcat (names[i], ".leerplaats", NULL);
      g_autofree char *path = g_build_filename (g_getenv ("LEERPLAATS_SOURCE_DIR"), "data", "templates",
                                                file_name, NULL);
      g_autofree char *data = NULL;
      gsize length;
      g_autoptr(LpTrajectory) streamed = NULL, tree = NULL;
      g_autoptr(GBytes) s = NULL, t = NULL;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      streamed = lp_reader_stream_load (data, length, file_name);
      tree = lp_reader_tree_load (data, length, file_name, NULL);
      s = serialize_or_null (streamed);
      t = serialize_or_null (tree);
      assert_same_file (s, t);
    }
}

/* The sample with the first @old after @after (or the first @old when
 * @after is NULL) replaced by @new. */
static char *
sample_with (const char *after,
             const char *old,
             const char *new)
{
  g_autoptr(GBytes) bytes = sample_bytes ();
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *text = g_strndup (data, length);
  const char *from = after != NULL ? strstr (text, after) : text;
  const char *at;

  g_assert_nonnull (from);
  at = strstr (from, old);
  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, new, at + strlen (old));
}

typedef struct {
  const char *what;
  const char *after;
  const char *old;
  const char *new;
  gboolean    loads;   /* the tree reader reads it */
} Variant;

/* Escaped characters (&amp;, &lt;, &#233;) in a text and an attribute are
 * read by the streaming reader as the tree reader reads them. */
static void
test_escapes (void)
{
  g_autofree char *text = sample_with (NULL, "<title>", "<title>R&amp;D &lt;1&gt; caf&#233; ");
  g_autofree char *both = NULL;
  gsize length;
  g_autoptr(LpTrajectory) streamed = NULL, tree = NULL;
  g_autoptr(GBytes) s = NULL, t = NULL;

  /* and one in a module's notes */
  {
    const char *notes = strstr (text, "<notes>");

    g_assert_nonnull (notes);
    both = g_strdup_printf ("%.*s<notes>&amp; %s", (int) (notes - text), text, notes + strlen ("<notes>"));
  }
  length = strlen (both);
  streamed = lp_reader_stream_load (both, length, "escapes");
  tree = lp_reader_tree_load (both, length, "escapes", NULL);
  g_assert_nonnull (streamed);
  g_assert_cmpstr (lp_trajectory_get_title (streamed), ==, lp_trajectory_get_title (tree));
  g_assert_true (g_str_has_prefix (lp_trajectory_get_title (streamed), "R&D <1> café "));
  s = serialize_or_null (streamed);
  t = serialize_or_null (tree);
  assert_same_file (s, t);
}

/* @text (over LP_READER_STREAM_MIN) is left to the tree reader: the
 * streaming reader gives nothing, and loading gives exactly what the tree
 * reader gives (the trajectory when @loads, else its error). */
static void
assert_left_to_tree (const char *text,
                     gboolean    loads)
{
  gsize length = strlen (text);
  g_autoptr(LpTrajectory) streamed = NULL, tree = NULL, loaded = NULL;
  g_autoptr(GError) tree_error = NULL, load_error = NULL;

  g_assert_cmpuint (length, >=, LP_READER_STREAM_MIN);
  streamed = lp_reader_stream_load (text, length, "variant");
  g_assert_null (streamed);
  tree = lp_reader_tree_load (text, length, "variant", &tree_error);
  loaded = lp_reader_load_data (text, length, "variant", &load_error);
  if (loads)
    {
      g_autoptr(GBytes) t = NULL, l = NULL;

      g_assert_no_error (tree_error);
      t = serialize_or_null (tree);
      l = serialize_or_null (loaded);
      assert_same_file (t, l);
    }
  else
    {
      g_assert_null (tree);
      g_assert_null (loaded);
      g_assert_nonnull (tree_error);
      g_assert_error (load_error, tree_error->domain, tree_error->code);
      g_assert_cmpstr (load_error->message, ==, tree_error->message);
    }
}

/* Files the streaming reader must leave to the tree reader: it gives
 * nothing, and loading the file gives exactly what the tree reader
 * gives (the trajectory, or its error with its line). */
static void
test_unsure (void)
{
  static const Variant variants[] = {
    { "comment", "?>", "\n", "\n<!-- a comment -->\n", TRUE },
    { "processing instruction", "</title>", "\n", "\n<?lp something?>\n", TRUE },
    { "DOCTYPE", NULL, "<trajectory", "<!DOCTYPE trajectory>\n<trajectory", FALSE },
    { "version with a plus", NULL, "version=\"1\"", "version=\"+1\"", TRUE },
    { "newer version", NULL, "version=\"1\"", "version=\"2\"", FALSE },
    { "encoding", NULL, "encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"", FALSE },
    { "unknown attribute", "<module id=\"m1200\"", " status=", " colour=\"red\" status=", FALSE },
    { "unknown element", "<module id=\"m1200\"", "</module>", "<colour/></module>", FALSE },
    { "module outside the period", "<module id=\"m1200\"", "start=\"", "start=\"2020-", FALSE },
    { "CDATA", NULL, "</title>", "<![CDATA[ & co]]></title>", TRUE },
    { "same id twice", NULL, "<module id=\"m1200\"", "<module id=\"m1199\"", FALSE },
    { "unknown lane", "<module id=\"m1200\"", "track=\"t", "track=\"t9", FALSE },
    { "title over the limit", NULL, "</title>", NULL, FALSE },
    { "lists out of order", NULL, "<tracks>", "<bands/><tracks>", FALSE },
    { "text between modules", "<module id=\"m1200\"", "<module", "loose text<module", FALSE },
    { "cut off", NULL, "<module id=\"m1200\"", "<module id=\"m1200\"", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      const Variant *v = &variants[i];
      g_autofree char *text = NULL;

      g_test_message ("%s", v->what);
      if (v->new == NULL)
        {
          g_autofree char *x = g_strnfill (LP_MAX_SHORT_TEXT + 1, 'x');
          g_autofree char *long_title = g_strconcat (x, v->old, NULL);

          text = sample_with (v->after, v->old, long_title);
        }
      else
        text = sample_with (v->after, v->old, v->new);
      if (strcmp (v->what, "cut off") == 0)
        {
          *strstr (text, v->old) = '\0';
        }
      assert_left_to_tree (text, v->loads);
    }
}

/* The sample with the value of the first @attribute after @after replaced
 * by @value. */
static char *
sample_with_value (const char *after,
                   const char *attribute,
                   const char *value)
{
  g_autoptr(GBytes) bytes = sample_bytes ();
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *text = g_strndup (data, length);
  g_autofree char *needle = g_strdup_printf (" %s=\"", attribute);
  const char *from = strstr (text, after);
  const char *at, *end;

  g_assert_nonnull (from);
  at = strstr (from, needle);
  g_assert_nonnull (at);
  at += strlen (needle);
  end = strchr (at, '"');
  g_assert_nonnull (end);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, value, end);
}

/* Dates, times and counts whose facets the streaming reader's lean schema
 * leaves out (lp_schema_get_lean): the streaming reader leaves each of
 * these files to the tree reader, which reads the ones its schema allows
 * and refuses the others with its message. */
static void
test_dates_times_counts (void)
{
  static const struct {
    const char *after, *attribute, *value;
    gboolean    loads;
  } values[] = {
    { "<period", "start", "2026-9-01", FALSE },
    { "<module id=\"m1200\"", "start", " 2026-11-05", FALSE },
    { "<module id=\"m1200\"", "end", "2026-11-05Z", FALSE },
    { "<module id=\"m1200\"", "end", "2027-02-30", FALSE },
    { "<module id=\"m1200\"", "start-time", "9:00", FALSE },
    { "<module id=\"m1200\"", "end-time", "17:00:00", FALSE },
    { "<comment", "date", "2026-10-9", FALSE },
    { "<milestone", "date", "02-03-2027", FALSE },
    { "<band", "end", "2027-1-1", FALSE },
    { "<module id=\"m1200\"", "count", "1000001", FALSE },
    { "<module id=\"m1200\"", "count", "99999999", FALSE },
    { "<module id=\"m1200\"", "count", "-3", FALSE },
    { "<module id=\"m1200\"", "count", "+5", TRUE },
    { "<module id=\"m1200\"", "count", " 12 ", TRUE },
    { "<module id=\"m1200\"", "count", "-0", TRUE },
    { "<module id=\"m1200\"", "count", "000000001000000", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *text = sample_with_value (values[i].after, values[i].attribute, values[i].value);

      g_test_message ("%s %s=\"%s\"", values[i].after, values[i].attribute, values[i].value);
      assert_left_to_tree (text, values[i].loads);
    }
}

/* Every file the tests and the fuzzer's corpus hold: what the streaming
 * reader accepts, the tree reader accepts as the same trajectory. */
static void
test_never_more_than_tree (void)
{
  const char *dirs[] = { "tests/io/files", "tests/fuzz/corpus", "data/templates" };
  guint accepted = 0, seen = 0;

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir_name = g_build_filename (g_getenv ("LEERPLAATS_SOURCE_DIR"), dirs[i], NULL);
      g_autoptr(GDir) dir = g_dir_open (dir_name, 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (dir_name, name, NULL);
          g_autofree char *data = NULL;
          gsize length;
          g_autoptr(LpTrajectory) streamed = NULL, tree = NULL;

          if (!g_file_get_contents (path, &data, &length, NULL))
            continue;
          seen++;
          streamed = lp_reader_stream_load (data, length, name);
          if (streamed == NULL)
            continue;
          accepted++;
          tree = lp_reader_tree_load (data, length, name, NULL);
          {
            g_autoptr(GBytes) s = serialize_or_null (streamed);
            g_autoptr(GBytes) t = serialize_or_null (tree);

            g_test_message ("%s", path);
            assert_same_file (s, t);
          }
        }
    }
  g_assert_cmpuint (seen, >=, 15);
  g_assert_cmpuint (accepted, >=, 4);   /* the templates at least */
}

/* The same on a small sample with one random change each (a character
 * replaced, put in or taken out), 400 times: what the streaming reader
 * accepts, the tree reader accepts as the same trajectory. */
static void
test_mutations (void)
{
  static const char some[] = "<>/=\"' x1-:&;\nmt";
  g_autoptr(LpTrajectory) sample = lp_sample_generate (60, 4, 12, 3);
  g_autoptr(GBytes) bytes = lp_writer_serialize (sample);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261203);
  guint accepted = 0;

  for (guint i = 0; i < 400; i++)
    {
      g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
      gsize at = (gsize) g_rand_int_range (rand, 0, (gint32) text->len);
      char c = some[g_rand_int_range (rand, 0, sizeof some - 1)];
      g_autoptr(LpTrajectory) streamed = NULL, tree = NULL;

      switch (g_rand_int_range (rand, 0, 3))
        {
        case 0: text->str[at] = c; break;
        case 1: g_string_insert_c (text, (gssize) at, c); break;
        default: g_string_erase (text, (gssize) at, 1); break;
        }
      streamed = lp_reader_stream_load (text->str, text->len, "mutant");
      if (streamed == NULL)
        continue;
      accepted++;
      tree = lp_reader_tree_load (text->str, text->len, "mutant", NULL);
      {
        g_autoptr(GBytes) s = serialize_or_null (streamed);
        g_autoptr(GBytes) t = serialize_or_null (tree);

        assert_same_file (s, t);
      }
    }
  /* text changed inside titles and notes is still a trajectory */
  g_assert_cmpuint (accepted, >=, 20);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lp_reader_init ();

  g_test_add_func ("/io/reader-stream/same-as-tree", test_same_as_tree);
  g_test_add_func ("/io/reader-stream/templates", test_templates);
  g_test_add_func ("/io/reader-stream/escapes", test_escapes);
  g_test_add_func ("/io/reader-stream/unsure-goes-to-tree", test_unsure);
  g_test_add_func ("/io/reader-stream/dates-times-counts", test_dates_times_counts);
  g_test_add_func ("/io/reader-stream/never-more-than-tree", test_never_more_than_tree);
  g_test_add_func ("/io/reader-stream/mutations", test_mutations);
  return g_test_run ();
}
