/* lp-library.c — placeholder, to be written */
#include "config.h"
