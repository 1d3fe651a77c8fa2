/* test-day-columns.c — items of a day side by side: the greedy column
 * layout against hand-written expectations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/lp-day-columns.h"

#define HM(h, m) ((h) * 60 + (m))

/* Lays out @n slots of @times (start, end pairs) and checks "column/n_columns"
 * per slot, in the order given, against @expected (space-separated). */
static void
check (const int *times, guint n, const char *expected)
{
  g_autofree LpDaySlot *slots = g_new0 (LpDaySlot, n);
  g_autoptr(GString) got = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      slots[i].start = times[2 * i];
      slots[i].end = times[2 * i + 1];
    }
  lp_day_columns_assign (slots, n);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (got, "%s%u/%u", i ? " " : "", slots[i].column, slots[i].n_columns);
  g_assert_cmpstr (got->str, ==, expected);
}

/* 09:00–10:00, 09:30–11:00, 10:00–10:30: columns 0, 1, 0 of a cluster of two
 * (the third starts when the first ends, so it takes the first column). */
static void
test_brief_example (void)
{
  const int times[] = { HM (9, 0), HM (10, 0), HM (9, 30), HM (11, 0), HM (10, 0), HM (10, 30) };

  check (times, 3, "0/2 1/2 0/2");
}

/* Items that only touch (an end equal to the next start) overlap nothing:
 * each is alone in a column of its own width; so is nothing at all. */
static void
test_touching_apart (void)
{
  const int times[] = { HM (9, 0), HM (9, 30), HM (9, 30), HM (10, 30), HM (10, 45), HM (12, 0) };

  check (times, 3, "0/1 0/1 0/1");
  check (NULL, 0, "");
}

/* Three items that all overlap take three columns; an item after that
 * cluster starts a new one of one column. */
static void
test_three_then_alone (void)
{
  const int times[] = { HM (9, 0), HM (11, 0), HM (9, 15), HM (10, 0), HM (9, 30), HM (10, 30),
                        HM (11, 0), HM (12, 0) };

  check (times, 4, "0/3 1/3 2/3 0/1");
}

/* A chain links a cluster: A overlaps B, B overlaps C, A and C do not; all
 * three share two columns and C reuses A's column. */
static void
test_chain (void)
{
  const int times[] = { HM (9, 0), HM (10, 0), HM (9, 45), HM (11, 0), HM (10, 30), HM (11, 30) };

  check (times, 3, "0/2 1/2 0/2");
}

/* The slots keep their order while the layout goes by start: given last,
 * the earliest item still gets column 0; equal starts go by end, then as
 * given. */
static void
test_unsorted_input (void)
{
  const int times[] = { HM (10, 0), HM (11, 0), HM (9, 0), HM (10, 30), HM (9, 0), HM (9, 30) };

  check (times, 3, "0/2 1/2 0/2");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/day-columns/brief-example", test_brief_example);
  g_test_add_func ("/day-columns/touching-apart", test_touching_apart);
  g_test_add_func ("/day-columns/three-then-alone", test_three_then_alone);
  g_test_add_func ("/day-columns/chain", test_chain);
  g_test_add_func ("/day-columns/unsorted-input", test_unsorted_input);
  return g_test_run ();
}
