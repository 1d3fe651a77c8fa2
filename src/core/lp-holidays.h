/* lp-holidays.h — Dutch public holidays, computed for any year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lp-types.h"

G_BEGIN_DECLS

/* The days the Algemene termijnenwet and common practice treat as public
 * holidays: Nieuwjaarsdag, Goede Vrijdag, Eerste en Tweede Paasdag,
 * Koningsdag, Bevrijdingsdag, Hemelvaartsdag, Eerste en Tweede
 * Pinksterdag, Eerste en Tweede Kerstdag. */
#define LP_HOLIDAYS_PER_YEAR 11

typedef struct {
  LpDate      date;
  const char *name;   /* English source string: translate with _() */
} LpHoliday;

/* Easter Sunday of a Gregorian year (1583…9999), by the anonymous
 * Gregorian algorithm (Meeus/Jones/Butcher). */
LpDate      lp_holidays_easter   (guint year);
/* The year's holidays in date order; returns LP_HOLIDAYS_PER_YEAR. */
guint       lp_holidays_for_year (guint     year,
                                  LpHoliday out[LP_HOLIDAYS_PER_YEAR]);
/* The translated name of the holiday on @date, or NULL on other days. */
const char *lp_holidays_name     (LpDate    date);

G_END_DECLS
