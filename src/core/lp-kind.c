/* lp-kind.c — placeholder, to be written */
#include "config.h"
