/* test-hostile.c — hostile sizes are refused quickly and cheaply
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input is written to disk by the test, then loaded in a forked child
 * whose address space is limited (RLIMIT_AS 300 MB), so that a regression
 * fails instead of swapping.  The child reports the time of the load and
 * its peak resident size (getrusage ru_maxrss); the test requires a
 * refusal with the expected words in under 1 s and under 100 MB.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "io/lp-reader.h"

/* AddressSanitizer reserves terabytes of address space and doubles the
 * time and the resident size of everything, so the sanitizer build checks
 * the refusals and their memory safety; the cost limits are the normal
 * build's to check. */
#if defined(__SANITIZE_ADDRESS__)
#define COST_LIMITS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define COST_LIMITS 0
#endif
#endif
#ifndef COST_LIMITS
#define COST_LIMITS 1
#endif

#define ADDRESS_LIMIT  (300 * 1024 * 1024)
#define MAX_SECONDS    1.0
#define MAX_RSS_KB     (100 * 1024)

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
             "<trajectory xmlns=\"urn:leerplaats:trajectory:1\" version=\"1\">\n"

typedef struct {
  double ms;
  long   rss_kb;
  int    domain_ok;
  int    code;
  char   message[512];
} Outcome;

static char *tmpdir;

static char *
temp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

/* Loads @path in a child with RLIMIT_AS; the outcome comes back by a pipe. */
static void
load_in_child (const char *path,
               Outcome    *out)
{
  int fds[2];
  pid_t pid;
  int status = 0;
  ssize_t n;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      struct rlimit lim = { ADDRESS_LIMIT, ADDRESS_LIMIT };
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(LpTrajectory) t = NULL;
      struct rusage usage;
      Outcome o = { 0 };
      gint64 start;

      close (fds[0]);
      if (COST_LIMITS && setrlimit (RLIMIT_AS, &lim) != 0)
        _exit (3);
      start = g_get_monotonic_time ();
      t = lp_reader_load_file (file, NULL, NULL, &error);
      o.ms = (double) (g_get_monotonic_time () - start) / 1000.0;
      getrusage (RUSAGE_SELF, &usage);
      o.rss_kb = usage.ru_maxrss;
      o.domain_ok = t == NULL && error != NULL && error->domain == LP_FILE_ERROR;
      o.code = error ? error->code : -1;
      g_strlcpy (o.message, error ? error->message : "(loaded)", sizeof o.message);
      if (write (fds[1], &o, sizeof o) != sizeof o)
        _exit (4);
      _exit (0);
    }
  close (fds[1]);
  n = read (fds[0], out, sizeof *out);
  close (fds[0]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("the child loading %s did not finish (status %d): out of memory under RLIMIT_AS?", path, status);
  g_assert_cmpint (n, ==, sizeof *out);
}

/* @words: words of the message, or the whole message when it starts with
 * the file's name. */
static void
assert_refused (const char *path,
                int         code,
                const char *words)
{
  g_autofree char *base = g_path_get_basename (path);
  Outcome o;

  load_in_child (path, &o);
  g_test_message ("%s: %.1f ms, peak %ld kB: %s", path, o.ms, o.rss_kb, o.message);
  g_assert_true (o.domain_ok);
  g_assert_cmpint (o.code, ==, code);
  if (g_str_has_prefix (words, base))
    g_assert_cmpstr (o.message, ==, words);
  else
    g_assert_nonnull (strstr (o.message, words));
  if (!COST_LIMITS)
    return;
  g_assert_cmpfloat (o.ms, <, MAX_SECONDS * 1000.0);
  g_assert_cmpint (o.rss_kb, <, MAX_RSS_KB);
}

static void
write_parts (const char *path,
             const char *head,
             const char *repeated,
             guint64     times,
             const char *tail)
{
  FILE *f = fopen (path, "w");

  g_assert_nonnull (f);
  fputs (head, f);
  for (guint64 i = 0; i < times; i++)
    fputs (repeated, f);
  fputs (tail, f);
  g_assert_cmpint (fclose (f), ==, 0);
}

static void
test_sparse_gigabyte (void)
{
  g_autofree char *path = temp_path ("huge.leerplaats");
  int fd = open (path, O_CREAT | O_WRONLY | O_TRUNC, 0644);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 1024 * 1024 * 1024), ==, 0);
  close (fd);
  assert_refused (path, LP_FILE_ERROR_UNSAFE, "too large");
  g_unlink (path);
}

static void
test_dev_zero (void)
{
  assert_refused ("/dev/zero", LP_FILE_ERROR_UNSAFE, "not a regular file");
}

static void
test_fifo (void)
{
  g_autofree char *path = temp_path ("fifo.leerplaats");

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  assert_refused (path, LP_FILE_ERROR_UNSAFE, "not a regular file");
  g_unlink (path);
}

/* 60 MB of <x/>: under the size limit, refused by counting. */
static void
test_many_elements (void)
{
  g_autofree char *path = temp_path ("elements.leerplaats");

  write_parts (path, HEAD, "<x/>", 15 * 1000 * 1000, "</trajectory>\n");
  assert_refused (path, LP_FILE_ERROR_UNSAFE, "elements that are not part of the Leerplaats format");
  g_unlink (path);
}

/* 500,001 known elements: the total limit. */
static void
test_many_known_elements (void)
{
  g_autofree char *path = temp_path ("known.leerplaats");

  write_parts (path, HEAD "<title>t</title><period start=\"2026-01-01\" end=\"2026-12-31\"/><tracks>",
               "<track/>", 500001, "</tracks></trajectory>\n");
  assert_refused (path, LP_FILE_ERROR_UNSAFE, "more than 500000 elements");
  g_unlink (path);
}

static void
test_many_attributes (void)
{
  g_autofree char *path = temp_path ("attributes.leerplaats");
  FILE *f = fopen (path, "w");

  g_assert_nonnull (f);
  fputs ("<?xml version=\"1.0\"?>\n<trajectory xmlns=\"urn:leerplaats:trajectory:1\"", f);
  for (guint i = 0; i < 100000; i++)
    fprintf (f, " a%u=\"\"", i);
  fputs ("/>\n", f);
  g_assert_cmpint (fclose (f), ==, 0);
  assert_refused (path, LP_FILE_ERROR_UNSAFE, "the element <trajectory> has more than 256 attributes");
  g_unlink (path);

  /* a name that cannot be shown (not UTF-8) is left out of the message */
  f = fopen (path, "w");
  g_assert_nonnull (f);
  fputs ("<?xml version=\"1.0\"?>\n<trajectory xmlns=\"urn:leerplaats:trajectory:1\"><\xff\xfe", f);
  for (guint i = 0; i < 300; i++)
    fprintf (f, " a%u=\"\"", i);
  fputs ("/></trajectory>\n", f);
  g_assert_cmpint (fclose (f), ==, 0);
  assert_refused (path, LP_FILE_ERROR_UNSAFE, ":2: an element has more than 256 attributes");
  g_unlink (path);
}

/* A text over its limit, in lines of ten characters: the message names
 * the element and the line its start tag is on. */
static void
test_long_title (void)
{
  g_autofree char *path = temp_path ("title.leerplaats");

  write_parts (path, HEAD "  <title>", "012345678\n", 1000 * 1000,
               "</title>\n  <period start=\"2026-01-01\" end=\"2026-12-31\"/>\n  <tracks></tracks>\n"
               "  <modules/>\n</trajectory>\n");
  assert_refused (path, LP_FILE_ERROR_UNSAFE,
                  "title.leerplaats:3: the text of <title> is longer than 1000 characters, the limit");
  g_unlink (path);
}

static void
test_long_description (void)
{
  g_autofree char *path = temp_path ("description.leerplaats");

  write_parts (path, HEAD "  <title>t</title>\n  <description>", "012345678\n", 10001,
               "</description>\n  <period start=\"2026-01-01\" end=\"2026-12-31\"/>\n  <tracks></tracks>\n"
               "  <modules/>\n</trajectory>\n");
  assert_refused (path, LP_FILE_ERROR_UNSAFE,
                  "description.leerplaats:4: the text of <description> is longer than 100000 characters, the limit");
  g_unlink (path);
}

/* The text of a module's description, whose start tag begins on line 9
 * and ends on line 10. */
static void
test_long_module_description (void)
{
  g_autofree char *path = temp_path ("module.leerplaats");

  write_parts (path, HEAD "  <title>t</title>\n  <period start=\"2026-01-01\" end=\"2026-12-31\"/>\n"
               "  <tracks><track id=\"a\" group=\"joint\">A</track></tracks>\n  <modules>\n"
               "    <module id=\"m1\" kind=\"intervision\" track=\"a\" start=\"2026-03-02\" end=\"2026-03-02\">\n"
               "      <location>Zaal</location>\n      <description\n      >", "012345678\n", 10001,
               "</description>\n    </module>\n  </modules>\n</trajectory>\n");
  assert_refused (path, LP_FILE_ERROR_UNSAFE,
                  "module.leerplaats:9: the text of <description> is longer than 100000 characters, the limit");
  g_unlink (path);
}

/* An attribute value over its limit: the message names the attribute, the
 * element and the line its start tag begins on. */
static void
test_long_attribute (void)
{
  g_autofree char *path = temp_path ("attribute.leerplaats");

  write_parts (path, HEAD "  <title>t</title>\n  <period start=\"2026-01-01\"\n          end=\"", "x", 1001,
               "\"/>\n  <tracks><track id=\"a\" group=\"joint\">A</track></tracks>\n</trajectory>\n");
  assert_refused (path, LP_FILE_ERROR_UNSAFE,
                  "attribute.leerplaats:4: the value of the attribute “end” of <period> is longer than 1000 characters, "
                  "the limit");
  g_unlink (path);
}

static void
test_long_span (void)
{
  g_autofree char *path = temp_path ("period.leerplaats");

  write_parts (path, HEAD "  <title>t</title>\n  <period start=\"0001-01-01\" end=\"9999-12-31\"/>\n"
               "  <tracks><track id=\"a\" group=\"joint\">A</track></tracks>\n  <modules/>\n", "", 0, "</trajectory>\n");
  assert_refused (path, LP_FILE_ERROR_SEMANTIC, "longer than 10 years");
  g_unlink (path);
}

/* Ten years to the day less one is still a trajectory. */
static void
test_ten_year_span_accepted (void)
{
  const char *text = HEAD "  <title>t</title>\n  <period start=\"2026-03-01\" end=\"2036-02-29\"/>\n"
                     "  <tracks><track id=\"a\" group=\"joint\">A</track></tracks>\n  <modules/>\n</trajectory>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LpTrajectory) t = lp_reader_load_data (text, strlen (text), "ten.leerplaats", &error);

  g_assert_no_error (error);
  g_assert_nonnull (t);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  int result;

  g_test_init (&argc, &argv, NULL);
  lp_reader_init ();
  tmpdir = g_dir_make_tmp ("lp-hostile-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/io/hostile/sparse-gigabyte", test_sparse_gigabyte);
  g_test_add_func ("/io/hostile/dev-zero", test_dev_zero);
  g_test_add_func ("/io/hostile/fifo", test_fifo);
  g_test_add_func ("/io/hostile/many-elements", test_many_elements);
  g_test_add_func ("/io/hostile/many-known-elements", test_many_known_elements);
  g_test_add_func ("/io/hostile/many-attributes", test_many_attributes);
  g_test_add_func ("/io/hostile/long-title", test_long_title);
  g_test_add_func ("/io/hostile/long-description", test_long_description);
  g_test_add_func ("/io/hostile/long-module-description", test_long_module_description);
  g_test_add_func ("/io/hostile/long-attribute", test_long_attribute);
  g_test_add_func ("/io/hostile/long-period", test_long_span);
  g_test_add_func ("/io/hostile/ten-year-period-accepted", test_ten_year_span_accepted);

  result = g_test_run ();
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return result;
}
