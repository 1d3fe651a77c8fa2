/* lp-reader.c — placeholder, to be written */
#include "config.h"
