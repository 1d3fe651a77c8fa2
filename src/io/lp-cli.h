/* lp-cli.h — the command-line modes that need no display: --validate, --export-pdf
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each returns the process exit status (LpExitStatus).  Messages go to
 * stderr, translated.
 */
#pragma once

#include <glib.h>

#include "core/lp-trajectory.h"

G_BEGIN_DECLS

typedef enum {
  LP_EXIT_OK = 0,
  LP_EXIT_FAILED = 1,   /* an invalid file or a failed export */
  LP_EXIT_USAGE = 2,    /* wrong usage */
} LpExitStatus;

/* "FILE: valid (N modules)" on stdout per good file, "FILE:LINE: message" on
 * stderr per bad one. */
int lp_cli_validate   (const char * const *files);

/* paper: "a4" or "a3" (NULL: a4); orientation: "landscape" or "portrait"
 * (NULL: landscape); tracks: the tracks to print (comma-separated ids, NULL
 * for all).  Writes nothing at output unless the export succeeded. */
int lp_cli_export_pdf_tracks (const char *output,
                              const char *file,
                              const char *paper,
                              const char *orientation,
                              gboolean    booklet,
                              const char *tracks);

/* Three-way merge into OURS (written atomically): 0 clean, 1 with conflicts
 * (ours kept, each noted as a review comment on its module and on stderr),
 * 2 wrong usage or a file that does not load (nothing written). */
int lp_cli_merge      (const char * const *files);

/* The trajectory in @file, or NULL after printing the loader's message. */
LpTrajectory *lp_cli_load_trajectory (const char *file);

/* @file as messages name it: a line break, tab or other control character
 * as a C escape ("\n", "\x1b"), so that each message stays one line and
 * no name can move the terminal; everything else as given. */
char         *lp_cli_display_name    (const char *file);

/* For each of @files: @func with its display name and trajectory, or the loader's message on
 * stderr.  LP_EXIT_USAGE (after printing @usage) without files,
 * LP_EXIT_FAILED when one does not load, LP_EXIT_OK otherwise. */
typedef void (*LpCliFileFunc) (const char   *file,
                               LpTrajectory *trajectory);
int lp_cli_each_file (const char * const *files,
                      const char         *usage,
                      LpCliFileFunc       func);

G_END_DECLS
