/* label-test-util.h — a measurer without fonts for the label tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "render/lp-label-measurer.h"

#define CHAR_W   7.0
#define EM       10.0
#define EPS      1e-6

/* calls of the measuring function so far */
static guint n_measured;

/* CHAR_W per character in the title font, one less in the detail font */
static inline double
fixed_measure (LpLabelFont  font,
               const char  *text,
               gsize        length,
               gpointer     user_data)
{
  n_measured++;
  return g_utf8_strlen (text, length) * (font == LP_LABEL_FONT_TITLE ? CHAR_W : CHAR_W - 1);
}

static inline LpLabelMeasurer *
fixed_measurer (void)
{
  LpLabelMetrics metrics = { EM, { 16.0, 13.0 } };

  return lp_label_measurer_new (fixed_measure, &metrics, NULL, NULL);
}
