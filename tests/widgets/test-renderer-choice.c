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
  LpRendererFacts gpu = { NULL, NULL, NULL, TRUE };
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
}

/* apply() sets GSK_RENDERER as choose() says for this machine, and leaves
 * one that is set alone. */
static void
test_apply (void)
{
  LpRendererFacts facts;
  const char *expected;

  g_unsetenv ("GSK_RENDERER");
  lp_renderer_facts_read (&facts);
  expected = lp_renderer_choose (&facts);
  lp_renderer_apply ();
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, expected);

  g_setenv ("GSK_RENDERER", "gl", TRUE);
  lp_renderer_apply ();
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "gl");
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
