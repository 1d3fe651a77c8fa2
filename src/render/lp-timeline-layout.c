/* lp-timeline-layout.c — placeholder, to be written */
#include "config.h"
