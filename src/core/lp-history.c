/* lp-history.c — placeholder, to be written */
#include "config.h"
