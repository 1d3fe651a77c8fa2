/* lp-marker.h — what a milestone and a period share: an id and a label
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-types.h"

G_BEGIN_DECLS

#define LP_TYPE_MARKER (lp_marker_get_type ())
G_DECLARE_DERIVABLE_TYPE (LpMarker, lp_marker, LP, MARKER, GObject)

struct _LpMarkerClass
{
  GObjectClass parent_class;
};

/* Properties: "id" (construct-only), "label" (never NULL: "" when none). */
const char *lp_marker_get_id    (LpMarker *self);
const char *lp_marker_get_label (LpMarker *self);
void        lp_marker_set_label (LpMarker *self, const char *label);

G_END_DECLS
