/* lp-renderer-choice.h — GTK's cairo renderer where OpenGL would be software
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 draws with OpenGL even where OpenGL is Mesa's llvmpipe (no GPU:
 * virtual desktops, remote sessions, many office PCs in a VM).  There its
 * GL renderer is slower than its cairo renderer and, with the timeline
 * redrawn while dragging, holds about 100 MB more; and GDK loads Mesa and
 * LLVM at start-up (about 60 ms) even for the cairo renderer.  GTK 4.14
 * and later choose the cairo renderer over llvmpipe themselves; this does
 * the same for 4.8, and tells GDK not to load OpenGL at all (a
 * GSK_RENDERER or GDK_DEBUG the user set always wins).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *gsk_renderer;            /* $GSK_RENDERER, or NULL */
  const char *gdk_debug;               /* $GDK_DEBUG, or NULL */
  const char *libgl_always_software;   /* $LIBGL_ALWAYS_SOFTWARE, or NULL */
  const char *gallium_driver;          /* $GALLIUM_DRIVER, or NULL */
  gboolean    has_render_node;         /* a GPU render node (/dev/dri/renderD*) */
} LpRendererFacts;

/* The facts of this process and machine. */
void        lp_renderer_facts_read (LpRendererFacts       *facts);

/* "cairo" where OpenGL would be software and the user chose nothing,
 * else NULL (GTK's own choice). */
const char *lp_renderer_choose     (const LpRendererFacts *facts);

/* Where lp_renderer_choose() says cairo: sets GSK_RENDERER=cairo and
 * GDK_DEBUG=gl-disable, before GTK starts.  TRUE when it set them. */
gboolean    lp_renderer_apply      (void);
/* Unsets the GDK_DEBUG lp_renderer_apply() set, once GTK has read it
 * (after the display is open), so that programs started from Leerplaats
 * do not inherit it.  GSK_RENDERER stays: GTK 4.8 reads it for every new
 * window (without it, each would first try OpenGL and log a failure), and
 * programs started from here on a machine without a GPU are better off
 * with it too. */
void        lp_renderer_restore    (void);

G_END_DECLS
