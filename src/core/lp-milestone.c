/* lp-milestone.c — placeholder, to be written */
#include "config.h"
