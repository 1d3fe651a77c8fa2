/* pdf-words.h — the words of a PDF page with their boxes, read back with
 * `pdftotext -bbox` (poppler-utils), for tests that check what was drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <string.h>

typedef struct {
  double x0, y0, x1, y1;   /* points, from the page's top left */
  char  *text;
} PdfWord;

static inline void
pdf_word_clear (gpointer data)
{
  g_free (((PdfWord *) data)->text);
}

static inline char *
pdf_words_unescape (const char *text)
{
  static const char *entities[][2] = {
    { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" }, { "&apos;", "'" },
  };
  GString *s = g_string_new (NULL);

  while (*text != '\0')
    {
      gboolean replaced = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (entities) && !replaced; i++)
        if (g_str_has_prefix (text, entities[i][0]))
          {
            g_string_append (s, entities[i][1]);
            text += strlen (entities[i][0]);
            replaced = TRUE;
          }
      if (!replaced)
        g_string_append_c (s, *text++);
    }
  return g_string_free (s, FALSE);
}

/* The words of page @page (from 1) of @pdf, in the order pdftotext finds
 * them.  An array of PdfWord; free with g_array_unref. */
static inline GArray *
pdf_words_read (const char *pdf,
                guint       page)
{
  g_autofree char *n = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-bbox", "-enc", "UTF-8", "-f", n, "-l", n, pdf, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) re = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                                      "yMax=\"([0-9.]+)\">([^<]*)</word>", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GArray *words = g_array_new (FALSE, TRUE, sizeof (PdfWord));
  int status = -1;

  g_array_set_clear_func (words, pdf_word_clear);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  g_regex_match (re, out, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      PdfWord w;
      g_autofree char *x0 = g_match_info_fetch (match, 1);
      g_autofree char *y0 = g_match_info_fetch (match, 2);
      g_autofree char *x1 = g_match_info_fetch (match, 3);
      g_autofree char *y1 = g_match_info_fetch (match, 4);
      g_autofree char *text = g_match_info_fetch (match, 5);

      w.x0 = g_ascii_strtod (x0, NULL);
      w.y0 = g_ascii_strtod (y0, NULL);
      w.x1 = g_ascii_strtod (x1, NULL);
      w.y1 = g_ascii_strtod (y1, NULL);
      w.text = pdf_words_unescape (text);
      g_array_append_val (words, w);
    }
  return words;
}

/* The first word with this text whose left edge lies in [xmin, xmax). */
static inline const PdfWord *
pdf_words_find (GArray     *words,
                const char *text,
                double      xmin,
                double      xmax)
{
  for (guint i = 0; i < words->len; i++)
    {
      const PdfWord *w = &g_array_index (words, PdfWord, i);

      if (g_str_equal (w->text, text) && w->x0 >= xmin && w->x0 < xmax)
        return w;
    }
  return NULL;
}

static inline int
pdf_words_compare_x (gconstpointer a,
                     gconstpointer b)
{
  const PdfWord *wa = *(const PdfWord * const *) a;
  const PdfWord *wb = *(const PdfWord * const *) b;

  return (wa->x0 > wb->x0) - (wa->x0 < wb->x0);
}

/* The top line of text inside a rectangle: the words whose centre lies in
 * it and whose top is within 2 points of the highest one, left to right,
 * joined by single spaces ("" when there are none).  Free with g_free. */
static inline char *
pdf_words_top_line (GArray *words,
                    double  x,
                    double  y,
                    double  width,
                    double  height)
{
  g_autoptr(GPtrArray) inside = g_ptr_array_new ();
  GString *s = g_string_new (NULL);
  double top = G_MAXDOUBLE;

  for (guint i = 0; i < words->len; i++)
    {
      PdfWord *w = &g_array_index (words, PdfWord, i);
      double cx = (w->x0 + w->x1) / 2, cy = (w->y0 + w->y1) / 2;

      if (cx >= x && cx < x + width && cy >= y && cy < y + height)
        {
          g_ptr_array_add (inside, w);
          top = MIN (top, w->y0);
        }
    }
  g_ptr_array_sort (inside, pdf_words_compare_x);
  for (guint i = 0; i < inside->len; i++)
    {
      const PdfWord *w = inside->pdata[i];

      if (w->y0 > top + 2)
        continue;
      if (s->len > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, w->text);
    }
  return g_string_free (s, FALSE);
}

/* @text with each run of white space made one space, none at the ends. */
static inline char *
pdf_words_normalize (const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text, " \t\n\r\f\v", -1);
  GString *s = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      {
        if (s->len > 0)
          g_string_append_c (s, ' ');
        g_string_append (s, parts[i]);
      }
  return g_string_free (s, FALSE);
}

/* @shown is @title whole, or a beginning of it ended by an ellipsis. */
static inline gboolean
pdf_words_shows_title (const char *shown,
                       const char *title)
{
  g_autofree char *norm = pdf_words_normalize (title);
  g_autofree char *head = NULL;

  if (g_str_equal (shown, norm))
    return TRUE;
  if (!g_str_has_suffix (shown, "…"))
    return FALSE;
  head = g_strndup (shown, strlen (shown) - strlen ("…"));
  g_strchomp (head);
  return head[0] != '\0' && g_str_has_prefix (norm, head);
}

/* Fails when two words' boxes overlap (more than half a point each way). */
static inline void
pdf_words_assert_apart (GArray *words,
                        guint   page)
{
  for (guint i = 0; i < words->len; i++)
    for (guint j = i + 1; j < words->len; j++)
      {
        const PdfWord *a = &g_array_index (words, PdfWord, i);
        const PdfWord *b = &g_array_index (words, PdfWord, j);
        double ox = MIN (a->x1, b->x1) - MAX (a->x0, b->x0);
        double oy = MIN (a->y1, b->y1) - MAX (a->y0, b->y0);

        if (ox > 0.5 && oy > 0.5)
          g_error ("page %u: “%s” (%.1f,%.1f–%.1f,%.1f) overlaps “%s” (%.1f,%.1f–%.1f,%.1f)", page,
                   a->text, a->x0, a->y0, a->x1, a->y1, b->text, b->x0, b->y0, b->x1, b->y1);
      }
}
