/* lp-types.c — placeholder, to be written */
#include "config.h"
