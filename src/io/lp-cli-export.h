/* lp-cli-export.h — leerplaats --export-pdf and its options
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *paper;        /* "a4" or "a3"; NULL: a4 */
  const char *orientation;  /* "landscape" or "portrait"; NULL: landscape */
  gboolean    booklet;      /* add the programme booklet */
  const char *tracks;       /* comma-separated track ids; NULL: all */
  gboolean    no_joint;     /* with tracks: leave out the lanes of group "joint" */
  const char *fit;          /* "page" or "months"; NULL: one page when legible */
  gboolean    key;          /* numbers on the chart, the key below it */
  const char *second_line;  /* "none", "dates", "facilitator" or "location"; NULL: none */
  gboolean    holidays;     /* public holidays as hatched columns */
  const char *changes_since; /* an earlier version: add "Changes since" pages; NULL: none */
  gboolean    participant;  /* the participant version: no status, notes or review comments */
} LpCliExportArgs;

/* Exit status 0 success, 1 invalid file or failed export, 2 wrong usage.
 * Writes nothing at output unless the export succeeded. */
int lp_cli_export (const char            *output,
                   const char            *file,
                   const LpCliExportArgs *args);

/* Whether the value of --tracks (NULL when not given) names no lane:
 * empty, or only commas and spaces. */
gboolean lp_cli_tracks_name_none (const char *tracks);

G_END_DECLS
