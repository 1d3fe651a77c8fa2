/* lp-ics-text.h — iCalendar content lines: escaping and folding (RFC 5545 3.1, 3.3.11)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends @text as an iCalendar TEXT value: backslash, semicolon and comma
 * escaped with a backslash, a line break as \n, other control characters
 * dropped. */
void lp_ics_append_escaped (GString    *out,
                            const char *text);

/* Appends one content line "NAME:VALUE" (@line without its end), folded
 * so that no line holds more than 75 octets: a break goes before a UTF-8
 * character, never inside one, and the next line starts with a space.
 * Each line ends with CRLF. */
void lp_ics_append_line    (GString    *out,
                            const char *line);

G_END_DECLS
