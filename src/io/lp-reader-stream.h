/* lp-reader-stream.h — reading a large plain file one element at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/lp-trajectory.h"

G_BEGIN_DECLS

/* Files from this size on (about a thousand modules) are first tried
 * with lp_reader_stream_load (). */
#define LP_READER_STREAM_MIN (1024 * 1024)

/* The trajectory in @data when the file is plain (UTF-8; no DOCTYPE,
 * comment, CDATA or processing instruction; within the reader's limits),
 * valid by the schema and right by the walk's checks: the same trajectory
 * the tree reader gives.  NULL for any other file, with nothing said: the
 * tree reader reads it and says what is wrong. */
LpTrajectory *lp_reader_stream_load (const char *data,
                                     gsize       length,
                                     const char *name);

G_END_DECLS
