/* lp-module-editor.c — placeholder, to be written */
#include "config.h"
