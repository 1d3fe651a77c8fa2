/* lp-date.c — placeholder, to be written */
#include "config.h"
