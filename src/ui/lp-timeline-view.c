/* lp-timeline-view.c — placeholder, to be written */
#include "config.h"
