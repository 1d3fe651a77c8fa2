/* lp-trajectory.h — a leerplaats trajectory: the document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include "lp-types.h"
#include "lp-period.h"
#include "lp-history.h"
#include "lp-kind.h"
#include "lp-milestone.h"
#include "lp-module.h"
#include "lp-track.h"

G_BEGIN_DECLS

#define LP_TYPE_TRAJECTORY (lp_trajectory_get_type ())
G_DECLARE_FINAL_TYPE (LpTrajectory, lp_trajectory, LP, TRAJECTORY, GObject)

/* Properties: "title", "client", "author", "description" (strings),
 * "span-start", "span-end" (uint LpDate), "history" (LpHistory,
 * read-only).
 *
 * Signals:
 *   "changed" ()                       — after any change to the document
 *     (property of the trajectory or of anything in it, or a collection);
 *     one emission per operation (per undo/redo step).  Views redraw on it.
 *   "module-changed" (LpModule*, const char *property) — a property of a
 *     module in the trajectory changed through an operation (also for
 *     undo/redo); property is "position" for lp_trajectory_move_module
 *     (track, start and end together).
 *
 * Collections are GListModels (GListStore underneath) that emit
 * items-changed.  Read them freely; change them only through the
 * operations below.  Every operation records one undo step in the history
 * (or joins the open group).  The plain setters of LpModule etc. and the
 * lp_trajectory_load_* functions do NOT record history: they are for readers
 * building a document before it is shown. */

LpTrajectory *lp_trajectory_new              (void);
/* A new trajectory for the "New" command: a title, a 12-month period from the
 * first of next month, and one "Joint" track; history empty. */
LpTrajectory *lp_trajectory_new_default      (void);

LpHistory    *lp_trajectory_get_history      (LpTrajectory *self);
const char   *lp_trajectory_get_title        (LpTrajectory *self);
const char   *lp_trajectory_get_client       (LpTrajectory *self);
const char   *lp_trajectory_get_author       (LpTrajectory *self);
const char   *lp_trajectory_get_description  (LpTrajectory *self);
/* The UUID that with a module's id makes stable iCalendar UIDs; NULL until
 * the file is first saved (property "uid", set without history). */
const char   *lp_trajectory_get_uid          (LpTrajectory *self);
/* "noord", "midden" or "zuid", or NULL (property "school-region"). */
const char   *lp_trajectory_get_school_region (LpTrajectory *self);
LpDate        lp_trajectory_get_span_start (LpTrajectory *self);
LpDate        lp_trajectory_get_span_end   (LpTrajectory *self);

GListModel   *lp_trajectory_get_tracks       (LpTrajectory *self);  /* LpTrack */
GListModel   *lp_trajectory_get_kinds        (LpTrajectory *self);  /* own LpKind */
GListModel   *lp_trajectory_get_modules      (LpTrajectory *self);  /* LpModule, file order */
GListModel   *lp_trajectory_get_milestones   (LpTrajectory *self);  /* LpMilestone */
GListModel   *lp_trajectory_get_periods        (LpTrajectory *self);  /* LpPeriod */

/* Look-ups by id (hash tables, O(1)); NULL when absent. */
LpTrack      *lp_trajectory_lookup_track     (LpTrajectory *self, const char *id);
LpModule     *lp_trajectory_lookup_module    (LpTrajectory *self, const char *id);
LpMilestone  *lp_trajectory_lookup_milestone (LpTrajectory *self, const char *id);
LpPeriod       *lp_trajectory_lookup_period      (LpTrajectory *self, const char *id);
/* Own kind first, then built-in; NULL when neither. */
LpKind       *lp_trajectory_lookup_kind      (LpTrajectory *self, const char *id);
LpKind       *lp_trajectory_lookup_own_kind  (LpTrajectory *self, const char *id);
/* The module's kind; never NULL (falls back to a placeholder "other" kind). */
LpKind       *lp_trajectory_get_module_kind  (LpTrajectory *self, LpModule *module);
/* The title to show: the module's own, else its kind's name. */
const char   *lp_trajectory_get_module_title (LpTrajectory *self, LpModule *module);
int           lp_trajectory_get_track_index  (LpTrajectory *self, LpTrack *track);
/* A fresh id for a new item of that type (LP_TYPE_MODULE, LP_TYPE_TRACK,
 * LP_TYPE_KIND, LP_TYPE_MILESTONE, LP_TYPE_PERIOD), unused in its collection. */
char         *lp_trajectory_make_id          (LpTrajectory *self, GType item_type);

/* ---- building without history (readers, templates, tests) ---- */
void lp_trajectory_load_set_header (LpTrajectory *self, const char *title, const char *client,
                                    const char *author, const char *description,
                                    LpDate span_start, LpDate span_end);
void lp_trajectory_load_uid        (LpTrajectory *self, const char *uid);
void lp_trajectory_load_school_region (LpTrajectory *self, const char *region);
void lp_trajectory_load_track      (LpTrajectory *self, LpTrack *track);
void lp_trajectory_load_kind       (LpTrajectory *self, LpKind *kind);
void lp_trajectory_load_module     (LpTrajectory *self, LpModule *module);
void lp_trajectory_load_milestone  (LpTrajectory *self, LpMilestone *milestone);
void lp_trajectory_load_period       (LpTrajectory *self, LpPeriod *period);

/* ---- operations (each one undo step) ---- */

/* Set any property of the trajectory itself or of a track, kind, module,
 * milestone or period in it.  No-op (and no undo step) if the value is equal. */
void lp_trajectory_set_value       (LpTrajectory *self, gpointer object,
                                    const char *property, const GValue *value);
/* Conveniences over set_value */
void lp_trajectory_set_string      (LpTrajectory *self, gpointer object,
                                    const char *property, const char *value);
void lp_trajectory_set_uint        (LpTrajectory *self, gpointer object,
                                    const char *property, guint value);
void lp_trajectory_set_int         (LpTrajectory *self, gpointer object,
                                    const char *property, int value);
void lp_trajectory_set_enum        (LpTrajectory *self, gpointer object,
                                    const char *property, int value);
/* A boxed property (a copy of value is stored) as one undo step named label. */
void lp_trajectory_set_boxed       (LpTrajectory *self, gpointer object,
                                    const char *property, gconstpointer value,
                                    const char *label);
/* Period change as one step (start and end together). */
void lp_trajectory_set_span      (LpTrajectory *self, LpDate start, LpDate end);

/* A trajectory lasts less than this many years: a longer period is a mistake
 * (a year typed wrong) or an attack that would make the timeline and the
 * export endless.  Files with a longer period are refused, so the editor
 * does not make one. */
#define LP_MAX_SPAN_YEARS 10
gboolean lp_span_is_allowed        (LpDate start, LpDate end);

/* Move and/or resize a module (track may be the same) as one step. */
void lp_trajectory_move_module     (LpTrajectory *self, LpModule *module, LpTrack *track,
                                    LpDate start, LpDate end);
/* The module must have a unique id and a track of this trajectory. */
void lp_trajectory_add_module      (LpTrajectory *self, LpModule *module);
void lp_trajectory_remove_module   (LpTrajectory *self, LpModule *module);
/* A copy with a fresh id, added after the original; returns it (borrowed). */
LpModule *lp_trajectory_duplicate_module (LpTrajectory *self, LpModule *module);

/* position -1 appends */
void lp_trajectory_add_track       (LpTrajectory *self, LpTrack *track, int position);
/* Removes the track's modules too, in the same undo step. */
void lp_trajectory_remove_track    (LpTrajectory *self, LpTrack *track);
void lp_trajectory_move_track      (LpTrajectory *self, LpTrack *track, guint new_position);

void lp_trajectory_add_kind        (LpTrajectory *self, LpKind *kind);
/* Returns FALSE (and does nothing) when a module still uses the kind and no
 * built-in kind of that id would take over. */
gboolean lp_trajectory_remove_kind (LpTrajectory *self, LpKind *kind);
guint lp_trajectory_count_kind_uses (LpTrajectory *self, const char *kind_id);

void lp_trajectory_add_milestone    (LpTrajectory *self, LpMilestone *milestone);
void lp_trajectory_remove_milestone (LpTrajectory *self, LpMilestone *milestone);
void lp_trajectory_add_period         (LpTrajectory *self, LpPeriod *period);
void lp_trajectory_remove_period      (LpTrajectory *self, LpPeriod *period);

/* Group several operations into one undo step (a drag, a paste). */
void lp_trajectory_begin_group      (LpTrajectory *self, const char *label);
void lp_trajectory_end_group        (LpTrajectory *self);

G_END_DECLS
