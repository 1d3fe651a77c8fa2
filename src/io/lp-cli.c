/* lp-cli.c — placeholder, to be written */
#include "config.h"
