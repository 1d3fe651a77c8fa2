/* lp-label-measurer.c — label text widths, measured once and cached
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One hash table per font maps a text to what is known about it: its
 * natural width, its whole form and its fitted forms (one per rule, usually
 * one or two).  Fitting searches the longest prefix that fits by bisection,
 * so a title longer than the maximum costs a handful of measurements, once.
 */
#define G_LOG_DOMAIN "Leerplaats-Render"

#include "config.h"

#include <math.h>
#include <string.h>
#include <hb.h>
#include <pango/pangocairo.h>

#include "lp-label-measurer.h"

#define DEFAULT_FONT   "Cantarell 10"
#define DETAIL_FACTOR  0.85
/* the resolution text is laid out at, and points to an inch */
#define SCREEN_DPI     96.0
#define POINTS_PER_INCH 72.0
#define ELLIPSIS       "\xe2\x80\xa6"   /* … */

typedef struct {
  double      max_width;
  guint       max_lines;
  LpLabelText text;
} Fitted;

typedef struct {
  double       natural;
  LpLabelText *whole;     /* NULL until asked for */
  GSList      *fitted;    /* Fitted */
} TextInfo;

struct _LpLabelMeasurer
{
  GObject               parent_instance;

  LpLabelMeasureFunc    func;
  gpointer              user_data;
  GDestroyNotify        destroy;
  LpLabelMetrics        metrics;

  /* Pango measurer only */
  PangoContext         *context;
  PangoAttrList        *attrs[LP_N_LABEL_FONTS];
  PangoGlyphString     *glyphs;
  PangoFontDescription *fonts[LP_N_LABEL_FONTS];

  GHashTable           *cache[LP_N_LABEL_FONTS];   /* char* → TextInfo */
};

G_DEFINE_FINAL_TYPE (LpLabelMeasurer, lp_label_measurer, G_TYPE_OBJECT)

enum {
  CLEARED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ---- cache entries ---- */

static void
label_text_clear (LpLabelText *text)
{
  g_clear_pointer (&text->lines, g_strfreev);
}

static void
fitted_free (gpointer data)
{
  Fitted *f = data;

  label_text_clear (&f->text);
  g_free (f);
}

static void
text_info_free (gpointer data)
{
  TextInfo *info = data;

  if (info->whole != NULL)
    {
      label_text_clear (info->whole);
      g_free (info->whole);
    }
  g_slist_free_full (info->fitted, fitted_free);
  g_free (info);
}

/* ---- measuring ---- */

static double
raw_measure (LpLabelMeasurer *self,
             LpLabelFont      font,
             const char      *text,
             gsize            length)
{
  return self->func (font, text, length, self->user_data);
}

/* Itemizing and shaping directly costs a quarter of a PangoLayout, and
 * gives the same width for one line of text. */
static double
pango_measure (LpLabelFont  font,
               const char  *text,
               gsize        length,
               gpointer     user_data)
{
  LpLabelMeasurer *self = user_data;
  GList *items;
  int width = 0;
  PangoShapeFlags flags = pango_context_get_round_glyph_positions (self->context)
                          ? PANGO_SHAPE_ROUND_POSITIONS : PANGO_SHAPE_NONE;

  if (length == 0)
    return 0;
  items = pango_itemize (self->context, text, 0, (int) length, self->attrs[font], NULL);
  for (GList *l = items; l != NULL; l = l->next)
    {
      PangoItem *item = l->data;

      pango_shape_with_flags (text + item->offset, item->length, text, (int) length,
                              &item->analysis, self->glyphs, flags);
      width += pango_glyph_string_get_width (self->glyphs);
    }
  g_list_free_full (items, (GDestroyNotify) pango_item_free);
  return width / (double) PANGO_SCALE;
}

static TextInfo *
lookup_info (LpLabelMeasurer *self,
             LpLabelFont      font,
             const char      *text)
{
  TextInfo *info = g_hash_table_lookup (self->cache[font], text);

  if (info == NULL)
    {
      info = g_new0 (TextInfo, 1);
      info->natural = raw_measure (self, font, text, strlen (text));
      g_hash_table_insert (self->cache[font], g_strdup (text), info);
    }
  return info;
}

/* ---- fitting ---- */

/* Byte offsets of the character boundaries of text[0..len]: offsets[0] = 0,
 * offsets[n] = len. */
static GArray *
char_offsets (const char *text,
              gsize       len)
{
  GArray *offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  const char *p = text;

  while ((gsize) (p - text) < len)
    {
      gsize off = p - text;
      g_array_append_val (offsets, off);
      p = g_utf8_next_char (p);
    }
  g_array_append_val (offsets, len);
  return offsets;
}

static gsize
rtrim_length (const char *text,
              gsize       len)
{
  while (len > 0 && g_ascii_isspace (text[len - 1]))
    len--;
  return len;
}

/* text[0..len) on one line within max_width, cut at a character with "…"
 * when needed. */
static char *
ellipsize_line (LpLabelMeasurer *self,
                LpLabelFont      font,
                const char      *text,
                gsize            len,
                double           max_width,
                double          *width,
                gboolean        *shortened)
{
  g_autoptr(GArray) offsets = NULL;
  g_autoptr(GString) candidate = g_string_new (NULL);
  guint lo, hi;

  *width = raw_measure (self, font, text, len);
  *shortened = FALSE;
  if (*width <= max_width)
    return g_strndup (text, len);

  *shortened = TRUE;
  offsets = char_offsets (text, len);
  /* largest n in [0, n_chars) whose prefix + "…" fits; n = 0 always "fits" */
  lo = 0;
  hi = offsets->len - 2;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo + 1) / 2;
      gsize cut = rtrim_length (text, g_array_index (offsets, gsize, mid));

      g_string_truncate (candidate, 0);
      g_string_append_len (candidate, text, cut);
      g_string_append (candidate, ELLIPSIS);
      if (raw_measure (self, font, candidate->str, candidate->len) <= max_width)
        lo = mid;
      else
        hi = mid - 1;
    }

  g_string_truncate (candidate, 0);
  g_string_append_len (candidate, text, rtrim_length (text, g_array_index (offsets, gsize, lo)));
  g_string_append (candidate, ELLIPSIS);
  *width = raw_measure (self, font, candidate->str, candidate->len);
  return g_string_free (g_steal_pointer (&candidate), FALSE);
}

/* Where a line of text may end: after a word (before a space), or after a
 * hyphen or slash inside a word.  end: the line's length; next: where the
 * following line starts. */
typedef struct {
  gsize end;
  gsize next;
} Break;

static GArray *
find_breaks (const char *text,
             gsize       len)
{
  GArray *breaks = g_array_new (FALSE, FALSE, sizeof (Break));

  for (gsize i = 1; i < len; i++)
    {
      Break b;

      if (text[i] == ' ' && text[i - 1] != ' ')
        {
          b.end = i;
          b.next = i;
          while (b.next < len && text[b.next] == ' ')
            b.next++;
          if (b.next < len)
            g_array_append_val (breaks, b);
        }
      else if ((text[i - 1] == '-' || text[i - 1] == '/') && text[i] != ' ' && i >= 2
               && text[i - 2] != ' ')
        {
          b.end = i;
          b.next = i;
          g_array_append_val (breaks, b);
        }
    }
  return breaks;
}

/* The first line of text[0..len) within max_width (at least one
 * character); *next: offset of the rest. */
static char *
take_line (LpLabelMeasurer *self,
           LpLabelFont      font,
           const char      *text,
           gsize            len,
           double           max_width,
           gsize           *next)
{
  g_autoptr(GArray) breaks = find_breaks (text, len);
  g_autoptr(GArray) offsets = NULL;
  int lo = -1, hi = (int) breaks->len - 1;
  guint clo, chi;

  /* the longest line ending at a break */
  while (lo < hi)
    {
      int mid = lo + (hi - lo + 1) / 2;
      const Break *b = &g_array_index (breaks, Break, mid);

      if (raw_measure (self, font, text, b->end) <= max_width)
        lo = mid;
      else
        hi = mid - 1;
    }
  if (lo >= 0)
    {
      const Break *b = &g_array_index (breaks, Break, lo);

      *next = b->next;
      return g_strndup (text, b->end);
    }

  /* a word longer than the line: cut it */
  offsets = char_offsets (text, len);
  clo = 1;
  chi = offsets->len - 1;
  while (clo < chi)
    {
      guint mid = clo + (chi - clo + 1) / 2;

      if (raw_measure (self, font, text, g_array_index (offsets, gsize, mid)) <= max_width)
        clo = mid;
      else
        chi = mid - 1;
    }
  *next = g_array_index (offsets, gsize, clo);
  return g_strndup (text, *next);
}

static void
fit_text (LpLabelMeasurer *self,
          LpLabelFont      font,
          const char      *text,
          double           natural,
          double           max_width,
          guint            max_lines,
          LpLabelText     *out)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  gsize len = strlen (text), pos = 0;

  out->width = 0;
  out->shortened = FALSE;

  if (natural <= max_width || max_lines <= 1)
    {
      double w = natural;
      gboolean shortened = FALSE;
      char *line = natural <= max_width ? g_strdup (text)
                                        : ellipsize_line (self, font, text, len, max_width, &w, &shortened);

      g_ptr_array_add (lines, line);
      out->width = w;
      out->shortened = shortened;
    }
  else
    {
      while (pos < len)
        {
          gsize rest = len - pos;
          double w;

          if (lines->len + 1 == max_lines)
            {
              gboolean shortened;

              g_ptr_array_add (lines, ellipsize_line (self, font, text + pos, rest, max_width,
                                                      &w, &shortened));
              out->shortened = shortened;
              out->width = MAX (out->width, w);
              break;
            }
          else
            {
              gsize next = rest;
              char *line = raw_measure (self, font, text + pos, rest) <= max_width
                           ? g_strndup (text + pos, rest)
                           : take_line (self, font, text + pos, rest, max_width, &next);

              g_ptr_array_add (lines, line);
              out->width = MAX (out->width, raw_measure (self, font, line, strlen (line)));
              pos += next;
            }
        }
    }

  out->n_lines = lines->len;
  g_ptr_array_add (lines, NULL);
  out->lines = (char **) g_ptr_array_free (g_steal_pointer (&lines), FALSE);
}

/* ---- GObject ---- */

static void
lp_label_measurer_finalize (GObject *object)
{
  LpLabelMeasurer *self = LP_LABEL_MEASURER (object);

  for (guint i = 0; i < LP_N_LABEL_FONTS; i++)
    {
      g_clear_pointer (&self->cache[i], g_hash_table_unref);
      g_clear_pointer (&self->attrs[i], pango_attr_list_unref);
      g_clear_pointer (&self->fonts[i], pango_font_description_free);
    }
  g_clear_object (&self->context);
  g_clear_pointer (&self->glyphs, pango_glyph_string_free);
  if (self->destroy != NULL)
    self->destroy (self->user_data);

  G_OBJECT_CLASS (lp_label_measurer_parent_class)->finalize (object);
}

static void
lp_label_measurer_class_init (LpLabelMeasurerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lp_label_measurer_finalize;

  /**
   * LpLabelMeasurer::cleared:
   *
   * lp_label_measurer_trim() forgot every text: LpLabelText pointers
   * handed out before are gone.
   */
  signals[CLEARED] =
    g_signal_new ("cleared", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
lp_label_measurer_init (LpLabelMeasurer *self)
{
  for (guint i = 0; i < LP_N_LABEL_FONTS; i++)
    self->cache[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, text_info_free);
}

/* ---- Pango set-up ---- */

static PangoFontDescription *
title_font_from_string (const char *font)
{
  PangoFontDescription *desc = pango_font_description_from_string (font != NULL ? font : DEFAULT_FONT);

  if (pango_font_description_get_family (desc) == NULL)
    pango_font_description_set_family (desc, "Cantarell,Sans");
  else
    {
      /* fall back to Sans when the family is missing */
      g_autofree char *family = g_strdup_printf ("%s,Sans", pango_font_description_get_family (desc));
      pango_font_description_set_family (desc, family);
    }
  if (pango_font_description_get_size (desc) <= 0)
    pango_font_description_set_size (desc, 10 * PANGO_SCALE);
  return desc;
}

/* The height of a line of font: ascent, descent and line gap of the first
 * font the description gives, the height pango_context_get_metrics() gives
 * (test-label-measurer compares them) without shaping its sample sentence
 * in every font of the set, a few milliseconds of every start-up. */
static double
line_height_of (PangoContext               *context,
                const PangoFontDescription *font)
{
  PangoFont *loaded = pango_context_load_font (context, font);
  PangoFontMetrics *metrics;
  double h = 0;

  if (loaded != NULL)
    {
      hb_font_extents_t extents;

      if (hb_font_get_h_extents (pango_font_get_hb_font (loaded), &extents))
        h = (extents.ascender - extents.descender + extents.line_gap) / (double) PANGO_SCALE;
      g_object_unref (loaded);
      if (h > 0)
        return h;
    }
  metrics = pango_context_get_metrics (context, font, NULL);
  h = pango_font_metrics_get_height (metrics) / (double) PANGO_SCALE;
  if (h <= 0)
    h = (pango_font_metrics_get_ascent (metrics) + pango_font_metrics_get_descent (metrics))
        / (double) PANGO_SCALE;
  pango_font_metrics_unref (metrics);
  return h;
}

/* ---- public API ---- */

LpLabelMeasurer *
lp_label_measurer_new (LpLabelMeasureFunc    func,
                       const LpLabelMetrics *metrics,
                       gpointer              user_data,
                       GDestroyNotify        destroy)
{
  LpLabelMeasurer *self;

  g_return_val_if_fail (func != NULL, NULL);
  g_return_val_if_fail (metrics != NULL, NULL);

  self = g_object_new (LP_TYPE_LABEL_MEASURER, NULL);
  self->func = func;
  self->metrics = *metrics;
  self->user_data = user_data;
  self->destroy = destroy;
  return self;
}

LpLabelMeasurer *
lp_label_measurer_new_pango (const char *font)
{
  LpLabelMeasurer *self = g_object_new (LP_TYPE_LABEL_MEASURER, NULL);
  PangoFontDescription *title = title_font_from_string (font);
  PangoFontDescription *detail = pango_font_description_copy (title);
  int size = pango_font_description_get_size (title);
  gboolean absolute = pango_font_description_get_size_is_absolute (title);

  if (absolute)
    pango_font_description_set_absolute_size (detail, size * DETAIL_FACTOR);
  else
    pango_font_description_set_size (detail, (int) (size * DETAIL_FACTOR));
  self->fonts[LP_LABEL_FONT_TITLE] = title;
  self->fonts[LP_LABEL_FONT_DETAIL] = detail;

  self->context = lp_label_pango_context_new ();

  for (guint i = 0; i < LP_N_LABEL_FONTS; i++)
    {
      self->attrs[i] = pango_attr_list_new ();
      pango_attr_list_insert (self->attrs[i], pango_attr_font_desc_new (self->fonts[i]));
      self->metrics.line_height[i] = line_height_of (self->context, self->fonts[i]);
    }
  self->metrics.em = size / (double) PANGO_SCALE * (absolute ? 1.0 : SCREEN_DPI / POINTS_PER_INCH);

  self->glyphs = pango_glyph_string_new ();
  self->func = pango_measure;
  self->user_data = self;
  return self;
}

const LpLabelMetrics *
lp_label_measurer_get_metrics (LpLabelMeasurer *self)
{
  g_return_val_if_fail (LP_IS_LABEL_MEASURER (self), NULL);

  return &self->metrics;
}

const PangoFontDescription *
lp_label_measurer_get_font (LpLabelMeasurer *self,
                            LpLabelFont      font)
{
  g_return_val_if_fail (LP_IS_LABEL_MEASURER (self), NULL);
  g_return_val_if_fail (font < LP_N_LABEL_FONTS, NULL);

  return self->fonts[font];
}

double
lp_label_measurer_measure (LpLabelMeasurer *self,
                           LpLabelFont      font,
                           const char      *text)
{
  g_return_val_if_fail (LP_IS_LABEL_MEASURER (self), 0);
  g_return_val_if_fail (font < LP_N_LABEL_FONTS, 0);
  g_return_val_if_fail (text != NULL, 0);

  return lookup_info (self, font, text)->natural;
}

const LpLabelText *
lp_label_measurer_fit (LpLabelMeasurer *self,
                       LpLabelFont      font,
                       const char      *text,
                       double           max_width,
                       LpLabelFit       fit,
                       guint            max_lines)
{
  TextInfo *info;
  Fitted *f;

  g_return_val_if_fail (LP_IS_LABEL_MEASURER (self), NULL);
  g_return_val_if_fail (font < LP_N_LABEL_FONTS, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (fit == LP_LABEL_FIT_ELLIPSIZE || max_lines < 1)
    max_lines = 1;
  info = lookup_info (self, font, text);
  /* a text that fits is the same under every rule */
  if (info->natural <= max_width)
    return lp_label_measurer_whole (self, font, text);

  for (GSList *l = info->fitted; l != NULL; l = l->next)
    {
      f = l->data;
      if (f->max_width == max_width && f->max_lines == max_lines)
        return &f->text;
    }

  f = g_new0 (Fitted, 1);
  f->max_width = max_width;
  f->max_lines = max_lines;
  fit_text (self, font, text, info->natural, max_width, max_lines, &f->text);
  info->fitted = g_slist_prepend (info->fitted, f);
  return &f->text;
}

const LpLabelText *
lp_label_measurer_whole (LpLabelMeasurer *self,
                         LpLabelFont      font,
                         const char      *text)
{
  TextInfo *info;

  g_return_val_if_fail (LP_IS_LABEL_MEASURER (self), NULL);
  g_return_val_if_fail (font < LP_N_LABEL_FONTS, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  info = lookup_info (self, font, text);
  if (info->whole == NULL)
    {
      info->whole = g_new0 (LpLabelText, 1);
      info->whole->lines = g_new0 (char *, 2);
      info->whole->lines[0] = g_strdup (text);
      info->whole->n_lines = 1;
      info->whole->width = info->natural;
    }
  return info->whole;
}

guint
lp_label_measurer_get_n_cached (LpLabelMeasurer *self)
{
  guint n = 0;

  g_return_val_if_fail (LP_IS_LABEL_MEASURER (self), 0);

  for (guint i = 0; i < LP_N_LABEL_FONTS; i++)
    n += g_hash_table_size (self->cache[i]);
  return n;
}

gboolean
lp_label_measurer_trim (LpLabelMeasurer *self,
                        guint            max_entries)
{
  g_return_val_if_fail (LP_IS_LABEL_MEASURER (self), FALSE);

  if (lp_label_measurer_get_n_cached (self) <= max_entries)
    return FALSE;
  for (guint i = 0; i < LP_N_LABEL_FONTS; i++)
    g_hash_table_remove_all (self->cache[i]);
  g_signal_emit (self, signals[CLEARED], 0);
  return TRUE;
}

PangoContext *
lp_label_pango_context_new (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (context, SCREEN_DPI);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_SLIGHT);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}
