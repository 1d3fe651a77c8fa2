/* lp-application.c — placeholder, to be written */
#include "config.h"
