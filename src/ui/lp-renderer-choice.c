/* lp-renderer-choice.c — GTK's cairo renderer where OpenGL would be software
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <string.h>

#include "lp-renderer-choice.h"

#define DRI_DIR "/dev/dri"

static gboolean applied;

static gboolean
has_render_node (void)
{
  g_autoptr(GDir) dir = g_dir_open (DRI_DIR, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "renderD"))
      return TRUE;
  return FALSE;
}

void
lp_renderer_facts_read (LpRendererFacts *facts)
{
  g_return_if_fail (facts != NULL);

  facts->gsk_renderer = g_getenv ("GSK_RENDERER");
  facts->gdk_debug = g_getenv ("GDK_DEBUG");
  facts->libgl_always_software = g_getenv ("LIBGL_ALWAYS_SOFTWARE");
  facts->gallium_driver = g_getenv ("GALLIUM_DRIVER");
  facts->has_render_node = has_render_node ();
}

static gboolean
is_set (const char *value)
{
  return value != NULL && *value != '\0';
}

const char *
lp_renderer_choose (const LpRendererFacts *facts)
{
  g_return_val_if_fail (facts != NULL, NULL);

  if (is_set (facts->gsk_renderer) || is_set (facts->gdk_debug))
    return NULL;
  if (!facts->has_render_node)
    return "cairo";
  if (is_set (facts->libgl_always_software) && strcmp (facts->libgl_always_software, "0") != 0)
    return "cairo";
  if (is_set (facts->gallium_driver)
      && (strcmp (facts->gallium_driver, "llvmpipe") == 0 || strcmp (facts->gallium_driver, "softpipe") == 0))
    return "cairo";
  return NULL;
}

gboolean
lp_renderer_apply (void)
{
  LpRendererFacts facts;
  const char *renderer;

  lp_renderer_facts_read (&facts);
  renderer = lp_renderer_choose (&facts);
  if (renderer == NULL)
    return FALSE;
  g_debug ("No GPU for OpenGL: drawing with GTK's %s renderer, without OpenGL", renderer);
  g_setenv ("GSK_RENDERER", renderer, TRUE);
  g_setenv ("GDK_DEBUG", "gl-disable", TRUE);
  applied = TRUE;
  return TRUE;
}

void
lp_renderer_restore (void)
{
  if (!applied)
    return;
  g_unsetenv ("GDK_DEBUG");
  applied = FALSE;
}
