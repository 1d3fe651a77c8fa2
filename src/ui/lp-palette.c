/* lp-palette.c — placeholder, to be written */
#include "config.h"
