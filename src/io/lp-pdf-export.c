/* lp-pdf-export.c — placeholder, to be written */
#include "config.h"
