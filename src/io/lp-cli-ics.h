/* lp-cli-ics.h — leerplaats --export-ics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exports the trajectory in @file as iCalendar to @output.  tracks:
 * comma-separated track ids (NULL: all); milestones: add them as all-day
 * transparent events.  Exit status 0 success, 1 a file that does not load
 * or a failed write, 2 wrong usage (also an unknown track).  Writes nothing
 * at @output unless the export succeeded. */
int lp_cli_export_ics (const char *output,
                       const char *file,
                       const char *tracks,
                       gboolean    milestones);

/* The calendar modes of the command line: --export-ics (with --tracks and
 * --milestones) and --check, from the options GApplication parsed.  Their
 * exit status, or -1 when neither was asked for.  @other_mode: another
 * mode (--validate, --export-pdf) was asked for too, which is wrong usage. */
int lp_cli_calendar_dispatch (GVariantDict       *options,
                              const char * const *files,
                              gboolean            other_mode);

G_END_DECLS
