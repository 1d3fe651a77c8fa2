/* lp-export-job-private.h — for tests: hold the export's worker at two points
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* object data of the toast overlay: the last "Exported …" or "Export
 * cancelled" toast, which the next export's progress takes away */
#define LP_EXPORT_JOB_RESULT_TOAST_KEY "lp-export-result-toast"

typedef enum {
  LP_EXPORT_JOB_GATE_WRITTEN,    /* the PDF is written, the result not yet returned */
  LP_EXPORT_JOB_GATE_RETURNED,   /* the result is returned */
} LpExportJobGatePoint;

/* Called in the worker thread at each point; it may block.  At RETURNED
 * the gate is given a reference to the task, which it must drop: GTask
 * runs the done callback only after the worker's function has returned, so
 * a gate that drops it in another thread once the callback has run makes
 * that thread let go of the task last, as the worker itself can. */
typedef void (*LpExportJobGate) (LpExportJobGatePoint point,
                                 GTask                *task,
                                 gpointer              data);

void _lp_export_job_set_gate (LpExportJobGate gate,
                              gpointer        data);

G_END_DECLS
