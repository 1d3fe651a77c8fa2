/* lp-module.c — placeholder, to be written */
#include "config.h"
