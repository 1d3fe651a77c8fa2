/* lp-track.c — placeholder, to be written */
#include "config.h"
