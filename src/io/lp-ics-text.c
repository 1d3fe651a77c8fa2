/* lp-ics-text.c — iCalendar content lines: escaping and folding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lp-ics-text.h"

/* RFC 5545 3.1: lines of no more than 75 octets, without the line break */
#define MAX_LINE_OCTETS 75

void
lp_ics_append_escaped (GString    *out,
                       const char *text)
{
  if (text == NULL)
    return;
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '\\': g_string_append (out, "\\\\"); break;
        case ';': g_string_append (out, "\\;"); break;
        case ',': g_string_append (out, "\\,"); break;
        case '\n': g_string_append (out, "\\n"); break;
        default:
          /* CR (of CRLF), tabs and other controls have no place in TEXT */
          if (c < 0x20 || c == 0x7f)
            break;
          g_string_append_c (out, (char) c);
        }
    }
}

/* Bytes in the UTF-8 sequence that starts with @lead (1 for a stray byte). */
static gsize
sequence_length (guchar lead)
{
  if (lead >= 0xf0)
    return 4;
  if (lead >= 0xe0)
    return 3;
  if (lead >= 0xc0)
    return 2;
  return 1;
}

void
lp_ics_append_line (GString    *out,
                    const char *line)
{
  gsize used = 0;   /* octets on the current output line */

  for (const char *p = line; *p != '\0';)
    {
      gsize n = sequence_length ((guchar) *p);

      for (gsize k = 1; k < n; k++)
        if (p[k] == '\0')
          n = k;
      if (used + n > MAX_LINE_OCTETS)
        {
          g_string_append (out, "\r\n ");
          used = 1;
        }
      g_string_append_len (out, p, (gssize) n);
      used += n;
      p += n;
    }
  g_string_append (out, "\r\n");
}
