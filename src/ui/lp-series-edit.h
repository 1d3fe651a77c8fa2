/* lp-series-edit.h — a field of a series member changed in the editor:
 * "only this one or the whole series?", asked once per selected module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/lp-trajectory.h"

G_BEGIN_DECLS

typedef struct _LpSeriesEdit LpSeriesEdit;

/* Told when the question was cancelled (the field shows the model again). */
typedef void (*LpSeriesEditCancelled) (gpointer user_data);

LpSeriesEdit *lp_series_edit_new   (LpSeriesEditCancelled cancelled,
                                    gpointer              user_data);
void          lp_series_edit_free  (LpSeriesEdit *self);
/* Another module is selected: the next change asks again. */
void          lp_series_edit_reset (LpSeriesEdit *self);
/* Sets property of module to value (one undo step).  A member of a series
 * asks first, the first time after a reset, whether the whole series
 * changes; the answer holds until the next reset.  Nothing (and no
 * question) when the value is the module's already. */
void          lp_series_edit_set_value (LpSeriesEdit *self,
                                        GtkWidget    *widget,
                                        LpTrajectory *trajectory,
                                        LpModule     *module,
                                        const char   *property,
                                        const GValue *value);

G_END_DECLS
