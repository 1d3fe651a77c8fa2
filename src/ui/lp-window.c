/* lp-window.c — placeholder, to be written */
#include "config.h"
