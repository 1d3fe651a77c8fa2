/* lp-types.h — forward declarations and enumerations of the core model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _LpPeriod       LpPeriod;
typedef struct _LpHistory    LpHistory;
typedef struct _LpKind       LpKind;
typedef struct _LpMilestone  LpMilestone;
typedef struct _LpModule     LpModule;
typedef struct _LpTrack      LpTrack;
typedef struct _LpTrajectory LpTrajectory;

/* Dates are Julian day numbers as GDate counts them (day 1 is 0001-01-01);
 * 0 (LP_DATE_NONE) means "no date". */
typedef guint32 LpDate;
#define LP_DATE_NONE ((LpDate) 0)

/* Times are minutes after midnight, 0..1439; -1 (LP_TIME_NONE) means unset. */
#define LP_TIME_NONE (-1)
#define LP_MINUTES_PER_HOUR 60
#define LP_HOURS_PER_DAY 24
#define LP_MINUTES_PER_DAY (LP_HOURS_PER_DAY * LP_MINUTES_PER_HOUR)
#define LP_DAYS_PER_WEEK 7
#define LP_MONTHS_PER_YEAR 12
/* The room lp_date_format_iso needs: "YYYY-MM-DD" and its NUL. */
#define LP_DATE_ISO_SIZE 11
/* The room lp_time_format needs: "HH:MM" and its NUL. */
#define LP_TIME_TEXT_SIZE 6
/* The most characters a file holds in a title or name, and in any other
 * text (the reader refuses more; the writer and the editor keep to it). */
#define LP_MAX_SHORT_TEXT 1000
#define LP_MAX_LONG_TEXT  100000
/* A module's participants count when none is given. */
#define LP_COUNT_NONE (-1)

typedef enum {
  LP_STATUS_IDEA,
  LP_STATUS_DRAFT,
  LP_STATUS_CONFIRMED,
  LP_STATUS_DONE,
  LP_STATUS_EVALUATED,
} LpStatus;
#define LP_N_STATUSES 5

typedef enum {
  LP_TRACK_GROUP_JOINT,
  LP_TRACK_GROUP_ADMINISTRATORS,
  LP_TRACK_GROUP_OFFICIALS,
  LP_TRACK_GROUP_MANAGEMENT,
  LP_TRACK_GROUP_COUNCIL,
  LP_TRACK_GROUP_DEVELOPMENT_GROUP,
  LP_TRACK_GROUP_OTHER,
} LpTrackGroup;
#define LP_N_TRACK_GROUPS 7

typedef enum {
  LP_MILESTONE_ELECTION,
  LP_MILESTONE_COALITION_AGREEMENT,
  LP_MILESTONE_BUDGET,
  LP_MILESTONE_EVALUATION,
  LP_MILESTONE_OTHER,
} LpMilestoneKind;
#define LP_N_MILESTONE_KINDS 5

typedef enum {
  LP_PERIOD_RECESS,
  LP_PERIOD_HOLIDAY,
  LP_PERIOD_OTHER,
} LpPeriodKind;
#define LP_N_PERIOD_KINDS 3

GType lp_status_get_type           (void) G_GNUC_CONST;
GType lp_track_group_get_type      (void) G_GNUC_CONST;
GType lp_milestone_kind_get_type   (void) G_GNUC_CONST;
GType lp_period_kind_get_type        (void) G_GNUC_CONST;
#define LP_TYPE_STATUS          (lp_status_get_type ())
#define LP_TYPE_TRACK_GROUP     (lp_track_group_get_type ())
#define LP_TYPE_MILESTONE_KIND  (lp_milestone_kind_get_type ())
#define LP_TYPE_PERIOD_KIND       (lp_period_kind_get_type ())

/* File-format names ("draft", "officials", "election", "recess") and back.
 * The *_from_string functions return FALSE for an unknown name. */
const char *lp_status_to_string           (LpStatus status);
gboolean    lp_status_from_string         (const char *str, LpStatus *out);
const char *lp_track_group_to_string      (LpTrackGroup group);
gboolean    lp_track_group_from_string    (const char *str, LpTrackGroup *out);
const char *lp_milestone_kind_to_string   (LpMilestoneKind kind);
gboolean    lp_milestone_kind_from_string (const char *str, LpMilestoneKind *out);
const char *lp_period_kind_to_string        (LpPeriodKind kind);
gboolean    lp_period_kind_from_string      (const char *str, LpPeriodKind *out);

/* Translated names for the user interface ("Concept" / "Draft"). */
const char *lp_status_get_label           (LpStatus status);
const char *lp_track_group_get_label      (LpTrackGroup group);
const char *lp_milestone_kind_get_label   (LpMilestoneKind kind);
const char *lp_period_kind_get_label        (LpPeriodKind kind);

G_END_DECLS
