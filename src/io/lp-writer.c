/* lp-writer.c — placeholder, to be written */
#include "config.h"
