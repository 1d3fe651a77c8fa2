/* lp-schema.c — placeholder, to be written */
#include "config.h"
