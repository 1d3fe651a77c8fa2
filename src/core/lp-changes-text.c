/* lp-changes-text.c — a change as one line in the interface language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Core"

#include "config.h"

#include <glib/gi18n.h>

#include "lp-changes-private.h"
#include "lp-date.h"

char *
lp_changes_span_text (LpDate start,
                      LpDate end)
{
  g_autofree char *a = lp_date_format_short (start);
  g_autofree char *b = NULL;

  if (end == start || end == LP_DATE_NONE)
    return g_steal_pointer (&a);
  b = lp_date_format_short (end);
  return g_strdup_printf ("%s – %s", a, b);
}

/* Bidi embeddings, overrides and isolates: unbalanced in a line of their
 * own, they would turn the rest of it around (on a terminal too). */
static gboolean
is_bidi_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/* @text on one line: control characters (newlines, tabs) as spaces, bidi
 * controls left out; at most @max characters and "…" (0: no limit). */
static char *
one_line (const char *text,
          guint       max)
{
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (max > 0 && n == max)
        {
          g_string_append (out, "…");
          break;
        }
      if (is_bidi_control (c))
        continue;
      g_string_append_unichar (out, g_unichar_iscntrl (c) ? ' ' : c);
      n++;
    }
  return g_string_free (out, FALSE);
}

char *
lp_changes_value_text (const char *value)
{
  if (value == NULL || *value == '\0')
    return g_strdup ("—");
  return one_line (value, LP_CHANGE_VALUE_MAX);
}

char *
lp_changes_name_text (const char *name)
{
  return one_line (name != NULL ? name : "", 0);
}

typedef struct {
  const char *field;
  const char *label;
} FieldLabel;

static const FieldLabel field_labels[] = {
  { "title",              NC_("changed field", "Title") },
  { "kind",               NC_("changed field", "Kind") },
  { "status",             NC_("changed field", "Status") },
  { "start-time",         NC_("changed field", "Start time") },
  { "end-time",           NC_("changed field", "End time") },
  { "facilitators",       NC_("changed field", "Facilitators") },
  { "participants-count", NC_("changed field", "Number of participants") },
  { "participants",       NC_("changed field", "Participants") },
  { "location",           NC_("changed field", "Location") },
  { "goals",              NC_("changed field", "Goals") },
  { "preparation",        NC_("changed field", "Preparation") },
  { "description",        NC_("changed field", "Description") },
  { "notes",              NC_("changed field", "Notes") },
  { "comments",           NC_("changed field", "Review comments") },
  { "name",               NC_("changed field", "Name") },
  { "group",              NC_("changed field", "Group") },
  { "theme",              NC_("changed field", "Theme") },
  { "work-form",          NC_("changed field", "Work form") },
  { "days",               NC_("changed field", "Days") },
  { "color",              NC_("changed field", "Colour") },
  { "label",              NC_("changed field", "Label") },
  { "client",             NC_("changed field", "Client") },
  { "author",             NC_("changed field", "Author") },
  { "dates",              NC_("changed field", "Dates") },
};

const char *
lp_change_field_label (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if (g_strcmp0 (field, field_labels[i].field) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "changed field", field_labels[i].label);
  return field;
}

static char *
describe_added (const LpChange *c)
{
  if (c->item_type == LP_TYPE_TRACK)
    return g_strdup_printf (_("Added lane “%s”"), c->name);
  if (c->item_type == LP_TYPE_KIND)
    return g_strdup_printf (_("Added kind “%s”"), c->name);
  if (c->item_type == LP_TYPE_MILESTONE)
    return g_strdup_printf (_("Added milestone “%s” (%s)"), c->name, c->new_text);
  if (c->item_type == LP_TYPE_PERIOD)
    return g_strdup_printf (_("Added period “%s” (%s)"), c->name, c->new_text);
  return g_strdup_printf (_("Added module “%s” (%s)"), c->name, c->new_text);
}

static char *
describe_removed (const LpChange *c)
{
  if (c->item_type == LP_TYPE_TRACK)
    return g_strdup_printf (_("Removed lane “%s”"), c->name);
  if (c->item_type == LP_TYPE_KIND)
    return g_strdup_printf (_("Removed kind “%s”"), c->name);
  if (c->item_type == LP_TYPE_MILESTONE)
    return g_strdup_printf (_("Removed milestone “%s” (%s)"), c->name, c->old_text);
  if (c->item_type == LP_TYPE_PERIOD)
    return g_strdup_printf (_("Removed period “%s” (%s)"), c->name, c->old_text);
  return g_strdup_printf (_("Removed module “%s” (%s)"), c->name, c->old_text);
}

static char *
describe_moved (const LpChange *c)
{
  if (c->item_type == LP_TYPE_TRACK)
    return g_strdup_printf (_("Moved lane “%s”: place %s → %s"), c->name, c->old_text, c->new_text);
  if (c->item_type == LP_TYPE_MILESTONE)
    return g_strdup_printf (_("Moved milestone “%s”: %s → %s"), c->name, c->old_text, c->new_text);
  if (c->item_type == LP_TYPE_PERIOD)
    return g_strdup_printf (_("Moved period “%s”: %s → %s"), c->name, c->old_text, c->new_text);
  return g_strdup_printf (_("Moved module “%s”: %s → %s"), c->name, c->old_text, c->new_text);
}

static char *
describe_edited (const LpChange *c)
{
  const char *field = lp_change_field_label (c->field);

  if (c->item_type == LP_TYPE_TRAJECTORY)
    return g_strdup_printf (_("Trajectory, %s: %s → %s"), field, c->old_text, c->new_text);
  if (c->item_type == LP_TYPE_TRACK)
    return g_strdup_printf (_("Lane “%s”, %s: %s → %s"), c->name, field, c->old_text, c->new_text);
  if (c->item_type == LP_TYPE_KIND)
    return g_strdup_printf (_("Kind “%s”, %s: %s → %s"), c->name, field, c->old_text, c->new_text);
  if (c->item_type == LP_TYPE_MILESTONE)
    return g_strdup_printf (_("Milestone “%s”, %s: %s → %s"), c->name, field, c->old_text, c->new_text);
  if (c->item_type == LP_TYPE_PERIOD)
    return g_strdup_printf (_("Period “%s”, %s: %s → %s"), c->name, field, c->old_text, c->new_text);
  return g_strdup_printf (_("Module “%s”, %s: %s → %s"), c->name, field, c->old_text, c->new_text);
}

char *
lp_change_describe (const LpChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  switch (change->action)
    {
    case LP_CHANGE_ADDED:
      return describe_added (change);
    case LP_CHANGE_REMOVED:
      return describe_removed (change);
    case LP_CHANGE_MOVED:
      return describe_moved (change);
    case LP_CHANGE_EDITED:
    default:
      return describe_edited (change);
    }
}

char *
lp_change_format_line (const LpChange *change)
{
  g_autofree char *text = lp_change_describe (change);
  g_autofree char *date = NULL;

  if (change->date == LP_DATE_NONE)
    return g_steal_pointer (&text);
  date = lp_date_format_short (change->date);
  return g_strdup_printf ("%s  %s", date, text);
}
