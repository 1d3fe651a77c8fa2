/* lp-band.c — placeholder, to be written */
#include "config.h"
