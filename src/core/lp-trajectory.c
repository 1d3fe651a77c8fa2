/* lp-trajectory.c — placeholder, to be written */
#include "config.h"
