/* lp-file-names.c — file names we suggest, and where a file chooser starts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "lp-file-names.h"

#define MAX_NAME_BYTES 200

static gboolean
is_separator (gunichar c)
{
  return c == ':' || c == '|' || c == '/' || c == '\\';
}

static gboolean
is_refused (gunichar c)
{
  return c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || g_unichar_iscntrl (c);
}

static gboolean
is_reserved (const char *name)
{
  static const char *const devices[] = { "CON", "PRN", "AUX", "NUL", NULL };
  g_autofree char *stem = g_ascii_strup (name, -1);
  char *dot = strchr (stem, '.');

  if (dot != NULL)
    *dot = '\0';
  g_strchomp (stem);
  if (g_strv_contains (devices, stem))
    return TRUE;
  return strlen (stem) == 4 && (g_str_has_prefix (stem, "COM") || g_str_has_prefix (stem, "LPT")) &&
         stem[3] >= '1' && stem[3] <= '9';
}

/* Separators become "-" ("Raad: plan" → "Raad - plan", "10:30" → "10-30"),
 * refused and control characters go, runs of white space become one space. */
static GString *
replace_characters (const char *title)
{
  GString *out = g_string_new (NULL);

  for (const char *p = title; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean space_before = out->len > 0 && out->str[out->len - 1] == ' ';

      if (is_separator (c))
        {
          if (!space_before && out->len > 0 && p[1] == ' ')
            g_string_append_c (out, ' ');
          g_string_append_c (out, '-');
        }
      else if (g_unichar_isspace (c))
        {
          if (!space_before)
            g_string_append_c (out, ' ');
        }
      else if (!is_refused (c))
        g_string_append_unichar (out, c);
    }
  return out;
}

/* No leading spaces; no trailing spaces or dots. */
static void
trim (GString *s)
{
  gsize start = 0;

  while (start < s->len && s->str[start] == ' ')
    start++;
  g_string_erase (s, 0, (gssize) start);
  while (s->len > 0 && (s->str[s->len - 1] == ' ' || s->str[s->len - 1] == '.'))
    g_string_truncate (s, s->len - 1);
}

/* At most max bytes, cut at a character boundary. */
static void
limit_length (GString *s,
              gsize    max)
{
  const char *end;

  if (s->len <= max)
    return;
  end = g_utf8_find_prev_char (s->str, s->str + max + 1);
  g_string_truncate (s, end ? (gsize) (end - s->str) : 0);
}

char *
lp_file_name_from_title (const char *title,
                         const char *fallback,
                         const char *extension)
{
  g_autoptr(GString) name = NULL;

  g_return_val_if_fail (fallback != NULL, NULL);

  if (title == NULL || !g_utf8_validate (title, -1, NULL))
    title = "";
  name = replace_characters (title);
  limit_length (name, MAX_NAME_BYTES);
  trim (name);
  if (name->len == 0 || strspn (name->str, "-. ") == name->len)
    g_string_assign (name, fallback);
  else if (is_reserved (name->str))
    g_string_append (name, "-");
  if (extension != NULL)
    g_string_append (name, extension);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

GFile *
lp_file_names_start_folder_in (GFile      *document,
                               const char *documents,
                               const char *home)
{
  g_return_val_if_fail (home != NULL, NULL);

  if (document != NULL)
    {
      GFile *parent = g_file_get_parent (document);
      if (parent != NULL)
        return parent;
    }
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return g_file_new_for_path (home);
}

GFile *
lp_file_names_start_folder (GFile *document)
{
  return lp_file_names_start_folder_in (document, g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS),
                                        g_get_home_dir ());
}

GFile *
lp_file_names_with_extension (GFile      *file,
                              const char *extension)
{
  g_autofree char *name = NULL;
  g_autofree char *with = NULL;
  g_autoptr(GFile) parent = NULL;

  g_return_val_if_fail (G_IS_FILE (file) && extension != NULL, NULL);
  name = g_file_get_basename (file);
  parent = g_file_get_parent (file);
  if (name == NULL || parent == NULL || *name == '\0' || strchr (name + 1, '.') != NULL)
    return g_object_ref (file);
  with = g_strconcat (name, extension, NULL);
  return g_file_get_child (parent, with);
}

gboolean
lp_file_names_same_file (const char *a,
                         const char *b)
{
  GStatBuf sa, sb;

  return a != NULL && b != NULL && g_stat (a, &sa) == 0 && g_stat (b, &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}
