/* lp-timeline-painter.c — placeholder, to be written */
#include "config.h"
