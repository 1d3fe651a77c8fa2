/* template-util.h — the shipped templates (data/templates) in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "io/lp-reader.h"

/* The template name (without ".leerplaats") from LEERPLAATS_TEMPLATES,
 * else from data/templates under LEERPLAATS_SOURCE_DIR, loaded; the test
 * fails when it does not load. */
static inline LpTrajectory *
test_load_template (const char *name)
{
  const char *templates = g_getenv ("LEERPLAATS_TEMPLATES");
  g_autofree char *file_name = g_strconcat (name, ".leerplaats", NULL);
  g_autofree char *path = templates != NULL
                          ? g_build_filename (templates, file_name, NULL)
                          : g_build_filename (g_getenv ("LEERPLAATS_SOURCE_DIR"), "data", "templates",
                                              file_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LpTrajectory *t;

  lp_reader_init ();
  t = lp_reader_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (t);
  return t;
}

/* The paths of the templates (files ending in ".leerplaats") in
 * data/templates under LEERPLAATS_SOURCE_DIR; at least 4. */
static inline GPtrArray *
test_template_paths (void)
{
  g_autofree char *dir_name = g_build_filename (g_getenv ("LEERPLAATS_SOURCE_DIR"), "data", "templates", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_name, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".leerplaats"))
      g_ptr_array_add (paths, g_build_filename (dir_name, name, NULL));
  g_assert_cmpuint (paths->len, >=, 4);
  return paths;
}
