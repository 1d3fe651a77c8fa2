/* lp-module.h — one module placed on the timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-agenda.h"
#include "lp-types.h"

G_BEGIN_DECLS

/* A review comment; immutable once made (boxed, copied by value). */
typedef struct {
  char   *author;   /* may be NULL */
  LpDate  date;     /* LP_DATE_NONE when absent */
  char   *text;
  gboolean resolved; /* dealt with; stored as resolved="true" */
} LpComment;

#define LP_TYPE_COMMENT (lp_comment_get_type ())
GType      lp_comment_get_type (void) G_GNUC_CONST;
LpComment *lp_comment_new      (const char *author, LpDate date, const char *text);
LpComment *lp_comment_copy     (const LpComment *comment);
void       lp_comment_free     (LpComment *comment);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LpComment, lp_comment_free)
/* "text — author, date", leaving out what the comment does not have. */
char      *lp_comment_format   (const LpComment *comment);
/* Arrays of LpComment*: a deep copy, and equality by value; NULL is taken as
 * the empty array. */
GPtrArray *lp_comment_array_copy  (GPtrArray *comments);
gboolean   lp_comment_array_equal (GPtrArray *a, GPtrArray *b);

#define LP_TYPE_MODULE (lp_module_get_type ())
G_DECLARE_FINAL_TYPE (LpModule, lp_module, LP, MODULE, GObject)

/* Properties (names as used with lp_trajectory_set_value):
 *   "id" (construct-only string), "kind" (string: kind id), "track" (LpTrack),
 *   "start", "end" (uint LpDate, inclusive), "start-time", "end-time" (int
 *   minutes or LP_TIME_NONE), "status" (LpStatus), "title" (string or NULL:
 *   use the kind's name), "facilitators" (GStrv), "participants-count" (int,
 *   LP_COUNT_NONE unset), "participants" (string), "location", "goals", "preparation",
 *   "description", "notes" (strings, NULL when empty), "comments" (GPtrArray
 *   of LpComment, boxed as G_TYPE_PTR_ARRAY), "agenda" (LpAgenda, the day
 *   programme), "series" (the id shared by the members of a series, or NULL).
 * Plain setters do not record undo history: edit through LpTrajectory. */
LpModule    *lp_module_new                    (const char *id);
LpModule    *lp_module_copy                   (LpModule *self, const char *new_id);
const char  *lp_module_get_id                 (LpModule *self);
const char  *lp_module_get_kind_id            (LpModule *self);
void         lp_module_set_kind_id            (LpModule *self, const char *kind_id);
/* The id shared by the members of a series (NULL: not in a series; an
 * empty string is stored as NULL). */
const char  *lp_module_get_series             (LpModule *self);
void         lp_module_set_series             (LpModule *self, const char *series);
LpTrack     *lp_module_get_track              (LpModule *self);
void         lp_module_set_track              (LpModule *self, LpTrack *track);
LpDate       lp_module_get_start              (LpModule *self);
void         lp_module_set_start              (LpModule *self, LpDate start);
LpDate       lp_module_get_end                (LpModule *self);
void         lp_module_set_end                (LpModule *self, LpDate end);
int          lp_module_get_start_time         (LpModule *self);
void         lp_module_set_start_time         (LpModule *self, int minutes);
int          lp_module_get_end_time           (LpModule *self);
void         lp_module_set_end_time           (LpModule *self, int minutes);
LpStatus     lp_module_get_status             (LpModule *self);
void         lp_module_set_status             (LpModule *self, LpStatus status);
const char  *lp_module_get_title              (LpModule *self);
void         lp_module_set_title              (LpModule *self, const char *title);
const char * const *lp_module_get_facilitators (LpModule *self);
void         lp_module_set_facilitators       (LpModule *self, const char * const *facilitators);
int          lp_module_get_participants_count (LpModule *self);
void         lp_module_set_participants_count (LpModule *self, int count);
const char  *lp_module_get_participants       (LpModule *self);
void         lp_module_set_participants       (LpModule *self, const char *participants);
const char  *lp_module_get_location           (LpModule *self);
void         lp_module_set_location           (LpModule *self, const char *location);
const char  *lp_module_get_goals              (LpModule *self);
void         lp_module_set_goals              (LpModule *self, const char *goals);
const char  *lp_module_get_preparation        (LpModule *self);
void         lp_module_set_preparation        (LpModule *self, const char *preparation);
const char  *lp_module_get_description        (LpModule *self);
void         lp_module_set_description        (LpModule *self, const char *description);
const char  *lp_module_get_notes              (LpModule *self);
void         lp_module_set_notes              (LpModule *self, const char *notes);
/* Array of LpComment*, owned by the module; never NULL. */
GPtrArray   *lp_module_get_comments           (LpModule *self);
void         lp_module_set_comments           (LpModule *self, GPtrArray *comments);
/* The day programme, owned by the module; never NULL (maybe empty). */
const LpAgenda *lp_module_get_agenda          (LpModule *self);
void         lp_module_set_agenda             (LpModule *self, const LpAgenda *agenda);
/* Number of days, end - start + 1 */
guint        lp_module_get_n_days             (LpModule *self);

G_END_DECLS
