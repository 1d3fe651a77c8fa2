/* lp-series.h — repeating a module: the dates of a series and its edits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-trajectory.h"

G_BEGIN_DECLS

typedef enum {
  LP_SERIES_EVERY_N_WEEKS,     /* the same weekday every n_weeks weeks */
  LP_SERIES_MONTHLY_WEEKDAY,   /* monthly on the same weekday of the month */
} LpSeriesRepeat;

/* The week of the month that is the month's last (lp_series_week_of_month). */
#define LP_SERIES_LAST_WEEK 5
/* No series has more sessions than this (count or until). */
#define LP_SERIES_MAX_SESSIONS 520

typedef struct {
  LpSeriesRepeat repeat;
  guint          n_weeks;  /* EVERY_N_WEEKS: 1 or more */
  LpDate         until;    /* last day a session may start; LP_DATE_NONE: use count */
  guint          count;    /* sessions including the first, when until is NONE */
} LpSeriesRule;

/* Which of its month's weekdays date is: LP_SERIES_LAST_WEEK when it falls
 * in the month's last 7 days, else 1..4 (the 13th is the 2nd). */
guint   lp_series_week_of_month (LpDate date);
/* The nth (1..4, or LP_SERIES_LAST_WEEK) weekday (1 Monday..7) of a month. */
LpDate  lp_series_nth_weekday   (guint year, guint month, guint weekday, guint nth);
/* "Monthly on the second Tuesday" for the weekday of the month of date,
 * translated.  Free with g_free. */
char   *lp_series_describe_monthly (LpDate date);

/* The start dates of a series whose first session starts on first (first
 * included).  Dates after last_start are not made: *n_left_out (may be
 * NULL) says how many.  NULL when the rule is not valid. */
GArray *lp_series_dates         (const LpSeriesRule *rule, LpDate first,
                                 LpDate last_start, guint *n_left_out);
/* The dates lp_series_apply would give the module (its copies end within the
 * trajectory's period). */
GArray *lp_series_dates_for     (LpTrajectory *trajectory, LpModule *module,
                                 const LpSeriesRule *rule, guint *n_left_out);

/* "s1", "s2", … : the first series id no module uses.  Free with g_free. */
char   *lp_series_make_id       (LpTrajectory *trajectory);
/* The modules whose series is series, by start date. */
GPtrArray *lp_series_get_members (LpTrajectory *trajectory, const char *series);
/* Sorts modules (LpModule *) by start date, the order of a series' members. */
void    lp_series_sort_by_start (GPtrArray *modules);

/* Copies the module to every later date of the rule (fresh ids, same lane,
 * times and length in days); the module and its copies share a series id
 * (the module's own if it has one).  One undo step.  Returns the number of
 * copies made; *n_left_out as lp_series_dates. */
guint   lp_series_apply         (LpTrajectory *trajectory, LpModule *module,
                                 const LpSeriesRule *rule, guint *n_left_out);
/* Deletes every member of the series, as one undo step. */
void    lp_series_remove        (LpTrajectory *trajectory, const char *series);
/* Moves every member by days; to track when not NULL, else each keeps its
 * lane.  One undo step. */
void    lp_series_move          (LpTrajectory *trajectory, const char *series,
                                 int days, LpTrack *track);
/* Sets property to value on every member, as one undo step. */
void    lp_series_set_value     (LpTrajectory *trajectory, const char *series,
                                 const char *property, const GValue *value);

G_END_DECLS
