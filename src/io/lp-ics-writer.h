/* lp-ics-writer.h — the trajectory as an iCalendar file (RFC 5545)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "core/lp-trajectory.h"

G_BEGIN_DECLS

typedef struct {
  const char * const *track_ids;   /* only modules on these tracks; NULL: all */
  gboolean            milestones;  /* milestones as all-day transparent events */
  const char         *uid;         /* used when the trajectory has no uid yet; NULL: random */
  gint64              stamp;       /* DTSTAMP, seconds since 1970 (UTC); 0: now */
} LpIcsOptions;

/* The calendar as UTF-8 bytes with CRLF line ends: VCALENDAR (PRODID,
 * VERSION, X-WR-CALNAME), a VTIMEZONE for Europe/Amsterdam and one VEVENT
 * per module (and per milestone when asked).  A module without times is an
 * all-day event (VALUE=DATE, exclusive end); with a start time on one day
 * a timed event in Europe/Amsterdam; with times over several days, when
 * the end time is after the start time, one event of a day repeated
 * daily (RRULE:FREQ=DAILY;COUNT=days), else one event from the first
 * day's start to the last day's end. */
GBytes  *lp_ics_serialize (LpTrajectory       *trajectory,
                           const LpIcsOptions *options);

/* Serializes, then replaces @path atomically (symlinks followed; a target
 * that is not a regular file or may not be written is refused): a failed
 * export writes nothing. */
gboolean lp_ics_export    (LpTrajectory       *trajectory,
                           const LpIcsOptions *options,
                           const char         *path,
                           GError            **error);

/* A UUID for a trajectory without one: derived from @path (the same file
 * gives the same UUID, so repeated exports keep their UIDs), or random when
 * @path is NULL. */
char    *lp_ics_make_uid  (const char *path);

G_END_DECLS
