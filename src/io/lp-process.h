/* lp-process.h — whether a process that left a file behind still runs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sys/types.h>

G_BEGIN_DECLS

/* Whether process @pid still runs (a zombie does not: it holds no file). */
gboolean lp_process_runs (pid_t pid);

/* This process, as "BOOT-ID PID START" (the kernel's boot id and the
 * process's start time, so a later process with the same number, or one
 * after a restart, is not taken for it). */
char    *lp_process_identity (void);

/* TRUE when the process of @identity (lp_process_identity ()'s text, of
 * this machine) still runs; FALSE when it has gone or @identity is NULL
 * or not of that shape. */
gboolean lp_process_identity_runs (const char *identity);

G_END_DECLS
