/* iso-date.h — a date written as "YYYY-MM-DD", for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/lp-date.h"

static inline LpDate
iso (const char *text)
{
  LpDate date = LP_DATE_NONE;

  g_assert_true (lp_date_parse (text, &date));
  return date;
}
