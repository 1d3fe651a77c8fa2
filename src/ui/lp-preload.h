/* lp-preload.h — files named on the command line, read while the
 * interface starts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "core/lp-trajectory.h"
#include "io/lp-file-stamp.h"

G_BEGIN_DECLS

void     lp_preload_start   (GFile        **files,
                             guint          n_files);
gboolean lp_preload_take    (GFile         *file,
                             LpTrajectory **trajectory,
                             LpFileStamp  **stamp,
                             GBytes       **bytes,
                             GError       **error);
gboolean lp_preload_is_read (GFile         *file);
void     lp_preload_discard (void);
void     lp_memory_trim     (void);

G_END_DECLS
