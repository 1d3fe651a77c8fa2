/* test-renderer-choice.c — the cairo renderer where OpenGL would be
 * software, unless the user chose one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No display is opened: the choice is made before GTK starts.
 */
#include "config.h"

#include "ui/lp-renderer-choice.h"

static void
test_choose (void)
{
  LpRendererFacts gpu = { NULL, NULL, NULL, NULL, TRUE };
  LpRendererFacts facts;

  /* a GPU and nothing set: GTK's own choice */
  g_assert_null (lp_renderer_choose (&gpu));

  /* no render node: OpenGL could only be software */
  facts = gpu;
  facts.has_render_node = FALSE;
  g_assert_cmpstr (lp_renderer_choose (&facts), ==, "cairo");

  /* software OpenGL asked for */
  facts = gpu;
  facts.libgl_always_software = "1";
  g_assert_cmpstr (lp_renderer_choose (&facts), ==, "cairo");
  facts.libgl_always_software = "0";
  g_assert_null (lp_renderer_choose (&facts));
  facts.libgl_always_software = "";
  g_assert_null (lp_renderer_choose (&facts));
  facts = gpu;
  facts.gallium_driver = "llvmpipe";
  g_assert_cmpstr (lp_renderer_choose (&facts), ==, "cairo");
  facts.gallium_driver = "radeonsi";
  g_assert_null (lp_renderer_choose (&facts));

  /* the user's GSK_RENDERER always wins */
  facts.has_render_node = FALSE;
  facts.gsk_renderer = "gl";
  g_assert_null (lp_renderer_choose (&facts));
  facts.gsk_renderer = "";
  g_assert_cmpstr (lp_renderer_choose (&facts), ==, "cairo");
  /* and so does a GDK_DEBUG of theirs, which would be overwritten */
  facts.gdk_debug = "gl-glx";
  g_assert_null (lp_renderer_choose (&facts));
}

/* apply() sets GSK_RENDERER and GDK_DEBUG as choose() says for this
 * machine, restore() unsets GDK_DEBUG again; a GSK_RENDERER that is set
 * is left alone. */
static void
test_apply (void)
{
  LpRendererFacts facts;
  const char *expected;

  g_unsetenv ("GSK_RENDERER");
  g_unsetenv ("GDK_DEBUG");
  lp_renderer_facts_read (&facts);
  expected = lp_renderer_choose (&facts);
  g_assert_cmpint (lp_renderer_apply (), ==, expected != NULL);
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, expected);
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, expected != NULL ? "gl-disable" : NULL);
  lp_renderer_restore ();
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, expected);
  g_assert_null (g_getenv ("GDK_DEBUG"));

  g_setenv ("GSK_RENDERER", "gl", TRUE);
  g_assert_false (lp_renderer_apply ());
  lp_renderer_restore ();
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "gl");
  g_assert_null (g_getenv ("GDK_DEBUG"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/renderer-choice/choose", test_choose);
  g_test_add_func ("/ui/renderer-choice/apply", test_apply);

  return g_test_run ();
}
