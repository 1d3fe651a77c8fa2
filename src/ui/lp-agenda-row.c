/* lp-agenda-row.c — one item of a day programme in the module editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Start, length and title on one line, who, day and the buttons on the
 * next, the times and the break to the next item under them.  A field is
 * read when the user presses Enter or leaves it (never per key).
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "core/lp-date.h"
#include "lp-agenda-row.h"

enum { P_START, P_DURATION, P_TITLE, P_WHO, P_DAY, P_UP, P_DOWN, P_REMOVE, P_TIMES, P_GAP, P_ERROR, N_PARTS };

static const char * const part_names[N_PARTS] = {
  "start", "duration", "title", "who", "day", "up", "down", "remove", "times", "gap", "error",
};

struct _LpAgendaRow
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkWidget    *day_line;
  GtkWidget    *parts[N_PARTS];
  LpAgendaItem *item;      /* as last shown */
  guint         index;
  gboolean      updating;
  gboolean      committing;  /* while "edited" runs: show the stored value even where typed */
};

G_DEFINE_FINAL_TYPE (LpAgendaRow, lp_agenda_row, GTK_TYPE_WIDGET)

enum { SIGNAL_EDITED, SIGNAL_MOVE, SIGNAL_REMOVE, N_SIGNALS };
static guint signals[N_SIGNALS];

/* "9:05" or "09:05" as minutes after midnight; -1 when it is not. */
static int
parse_clock (const char *text)
{
  g_autofree char *s = g_strstrip (g_strdup (text ? text : ""));
  char *colon = strchr (s, ':');
  guint64 hours, minutes;

  if (colon == NULL || strlen (colon + 1) != 2)
    return -1;
  *colon = '\0';
  if (!g_ascii_string_to_unsigned (s, 10, 0, 23, &hours, NULL) ||
      !g_ascii_string_to_unsigned (colon + 1, 10, 0, 59, &minutes, NULL))
    return -1;
  return (int) (hours * 60 + minutes);
}

int
lp_agenda_parse_length (const char *text)
{
  g_autofree char *s = g_strstrip (g_strdup (text ? text : ""));
  guint64 minutes;
  int clock;

  if (strchr (s, ':') != NULL)
    {
      clock = parse_clock (s);
      return clock > 0 ? clock : -1;
    }
  if (!g_ascii_string_to_unsigned (s, 10, 1, LP_MINUTES_PER_DAY - 1, &minutes, NULL))
    return -1;
  return (int) minutes;
}

static const char *
entry_text (LpAgendaRow *self, guint part)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->parts[part]));
}

static void
show_error (LpAgendaRow *self,
            const char  *message)
{
  gtk_label_set_text (GTK_LABEL (self->parts[P_ERROR]), message ? message : "");
  gtk_widget_set_visible (self->parts[P_ERROR], message != NULL);
}

/* The item as the fields read, or NULL with the problem shown. */
static LpAgendaItem *
read_fields (LpAgendaRow *self)
{
  g_autofree char *title = g_strstrip (g_strdup (entry_text (self, P_TITLE)));
  g_autofree char *who = g_strstrip (g_strdup (entry_text (self, P_WHO)));
  int start = parse_clock (entry_text (self, P_START));
  int length;

  if (start < 0)
    {
      show_error (self, _("Type the start as a time, such as 09:30."));
      return NULL;
    }
  length = lp_agenda_parse_length (entry_text (self, P_DURATION));
  if (length < 0)
    {
      show_error (self, _("Type the length in minutes, such as 45, or as hours and minutes, such as 1:30."));
      return NULL;
    }
  if (start + length >= LP_MINUTES_PER_DAY)
    {
      show_error (self, _("An item ends before midnight."));
      return NULL;
    }
  if (*title == '\0')
    {
      show_error (self, _("An item needs a title."));
      return NULL;
    }
  show_error (self, NULL);
  return lp_agenda_item_new ((guint) gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->parts[P_DAY])),
                             start, start + length, title, who, self->item ? self->item->description : NULL);
}

static void
commit (LpAgendaRow *self)
{
  g_autoptr(LpAgendaItem) item = NULL;

  if (self->updating || self->item == NULL)
    return;
  item = read_fields (self);
  if (item == NULL)
    return;
  self->committing = TRUE;
  g_signal_emit (self, signals[SIGNAL_EDITED], 0, item);
  self->committing = FALSE;
}

static void
on_activate_cb (GtkWidget *entry, LpAgendaRow *self)
{
  commit (self);
}

static void
on_leave_cb (GtkEventControllerFocus *focus, LpAgendaRow *self)
{
  commit (self);
}

static void
on_day_changed_cb (GtkSpinButton *spin, LpAgendaRow *self)
{
  commit (self);
}

static void
on_button_cb (GtkButton *button, LpAgendaRow *self)
{
  GtkWidget *w = GTK_WIDGET (button);

  if (w == self->parts[P_REMOVE])
    g_signal_emit (self, signals[SIGNAL_REMOVE], 0);
  else
    g_signal_emit (self, signals[SIGNAL_MOVE], 0, w == self->parts[P_UP] ? -1 : 1);
}

static GtkWidget *
make_entry (LpAgendaRow *self, guint part, int width, const char *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  /* width > 0: that many characters; < 0: at least -width, and all the room
   * there is (so that the editor stays as narrow as its other fields) */
  if (part == P_TITLE || part == P_WHO)
    gtk_entry_set_max_length (GTK_ENTRY (entry), LP_MAX_SHORT_TEXT);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), ABS (width));
  if (width > 0)
    gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), width);
  else
    gtk_widget_set_hexpand (entry, TRUE);
  if (placeholder != NULL)
    gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  g_signal_connect (entry, "activate", G_CALLBACK (on_activate_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (entry, focus);
  self->parts[part] = entry;
  return entry;
}

static GtkWidget *
make_button (LpAgendaRow *self, guint part, const char *icon, const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  g_signal_connect (button, "clicked", G_CALLBACK (on_button_cb), self);
  self->parts[part] = button;
  return button;
}

static GtkWidget *
make_label (LpAgendaRow *self, guint part, const char *css)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* wrapped labels ask for no more width than the fields above them */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, css);
  self->parts[part] = label;
  return label;
}

static void
build (LpAgendaRow *self)
{
  GtkWidget *line1 = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *line2 = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *min = gtk_label_new (_("min"));
  GtkWidget *day_label = gtk_label_new_with_mnemonic (_("_Day"));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_box_append (GTK_BOX (line1), make_entry (self, P_START, 5, NULL));
  gtk_box_append (GTK_BOX (line1), make_entry (self, P_DURATION, 4, NULL));
  gtk_box_append (GTK_BOX (line1), min);
  gtk_box_append (GTK_BOX (line1), make_entry (self, P_TITLE, -4, _("Title")));
  gtk_box_append (GTK_BOX (line2), make_entry (self, P_WHO, -4, _("Who leads it")));
  /* the day on a line of its own, shown for a module of several days */
  self->day_line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->parts[P_DAY] = gtk_spin_button_new_with_range (1, 1, 1);
  g_signal_connect (self->parts[P_DAY], "value-changed", G_CALLBACK (on_day_changed_cb), self);
  gtk_label_set_mnemonic_widget (GTK_LABEL (day_label), self->parts[P_DAY]);
  gtk_box_append (GTK_BOX (self->day_line), day_label);
  gtk_box_append (GTK_BOX (self->day_line), self->parts[P_DAY]);
  gtk_box_append (GTK_BOX (line2), make_button (self, P_UP, "go-up-symbolic", _("Move Up")));
  gtk_box_append (GTK_BOX (line2), make_button (self, P_DOWN, "go-down-symbolic", _("Move Down")));
  gtk_box_append (GTK_BOX (line2), make_button (self, P_REMOVE, "user-trash-symbolic", _("Remove Item")));
  gtk_box_append (GTK_BOX (self->box), line1);
  gtk_box_append (GTK_BOX (self->box), line2);
  gtk_box_append (GTK_BOX (self->box), self->day_line);
  gtk_box_append (GTK_BOX (self->box), make_label (self, P_TIMES, "dim-label"));
  gtk_box_append (GTK_BOX (self->box), make_label (self, P_ERROR, "error"));
  gtk_box_append (GTK_BOX (self->box), make_label (self, P_GAP, "dim-label"));
  gtk_widget_set_visible (self->parts[P_ERROR], FALSE);
}

static void
lp_agenda_row_dispose (GObject *object)
{
  LpAgendaRow *self = LP_AGENDA_ROW (object);

  self->updating = TRUE;
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->item, lp_agenda_item_free);
  G_OBJECT_CLASS (lp_agenda_row_parent_class)->dispose (object);
}

static void
lp_agenda_row_class_init (LpAgendaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lp_agenda_row_dispose;
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);

  signals[SIGNAL_EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
  signals[SIGNAL_MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  signals[SIGNAL_REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
lp_agenda_row_init (LpAgendaRow *self)
{
  build (self);
}

GtkWidget *
lp_agenda_row_new (void)
{
  return g_object_new (LP_TYPE_AGENDA_ROW, NULL);
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
set_entry (LpAgendaRow *self, guint part, const char *text)
{
  GtkEditable *e = GTK_EDITABLE (self->parts[part]);

  if ((self->committing || !has_focus_within (self->parts[part])) && strcmp (gtk_editable_get_text (e), text) != 0)
    gtk_editable_set_text (e, text);
}

/* Accessible names that say which item each field belongs to. */
static char *
part_name (guint part, guint n)
{
  switch (part)
    {
    case P_START: return g_strdup_printf (_("Start of item %u"), n);
    case P_DURATION: return g_strdup_printf (_("Length of item %u in minutes"), n);
    case P_TITLE: return g_strdup_printf (_("Title of item %u"), n);
    case P_WHO: return g_strdup_printf (_("Who leads item %u"), n);
    case P_DAY: return g_strdup_printf (_("Day of item %u"), n);
    case P_UP: return g_strdup_printf (_("Move item %u up"), n);
    case P_DOWN: return g_strdup_printf (_("Move item %u down"), n);
    case P_REMOVE: return g_strdup_printf (_("Remove item %u"), n);
    default: return NULL;
    }
}

static void
label_parts (LpAgendaRow *self, guint n)
{
  for (guint i = P_START; i <= P_REMOVE; i++)
    {
      g_autofree char *name = part_name (i, n);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->parts[i]), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
}

static void
show_times (LpAgendaRow *self, const LpAgendaItem *item, guint n_days, int gap)
{
  char a[LP_TIME_TEXT_SIZE], b[LP_TIME_TEXT_SIZE];
  g_autofree char *times = NULL;
  g_autofree char *gap_text = NULL;
  int length = item->end - item->start;

  if (n_days > 1)
    /* TRANSLATORS: day number, start time, end time, length in minutes */
    times = g_strdup_printf (_("Day %u, %s–%s (%d min)"), item->day, lp_time_format (item->start, a),
                             lp_time_format (item->end, b), length);
  else
    /* TRANSLATORS: start time, end time, length in minutes */
    times = g_strdup_printf (_("%s–%s (%d min)"), lp_time_format (item->start, a),
                             lp_time_format (item->end, b), length);
  gtk_label_set_text (GTK_LABEL (self->parts[P_TIMES]), times);
  if (gap > 0)
    gap_text = g_strdup_printf (_("Break of %d min"), gap);
  else if (gap < 0 && gap != LP_TIME_NONE)
    gap_text = g_strdup_printf (_("Overlaps the next item by %d min"), -gap);
  gtk_label_set_text (GTK_LABEL (self->parts[P_GAP]), gap_text ? gap_text : "");
  gtk_widget_set_visible (self->parts[P_GAP], gap_text != NULL);
}

void
lp_agenda_row_update (LpAgendaRow        *self,
                      guint               index,
                      const LpAgendaItem *item,
                      guint               n_days,
                      int                 gap)
{
  char start[LP_TIME_TEXT_SIZE];
  g_autofree char *length = g_strdup_printf ("%d", item->end - item->start);

  g_return_if_fail (LP_IS_AGENDA_ROW (self));
  self->updating = TRUE;
  g_clear_pointer (&self->item, lp_agenda_item_free);
  self->item = lp_agenda_item_copy (item);
  if (self->index != index + 1)
    label_parts (self, index + 1);
  self->index = index + 1;
  set_entry (self, P_START, lp_time_format (item->start, start));
  set_entry (self, P_DURATION, length);
  set_entry (self, P_TITLE, item->title);
  set_entry (self, P_WHO, item->who ? item->who : "");
  gtk_spin_button_set_range (GTK_SPIN_BUTTON (self->parts[P_DAY]), 1, MAX (n_days, item->day));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->parts[P_DAY]), item->day);
  gtk_widget_set_visible (self->day_line, n_days > 1);
  show_times (self, item, n_days, gap);
  self->updating = FALSE;
}

guint
lp_agenda_row_get_index (LpAgendaRow *self)
{
  g_return_val_if_fail (LP_IS_AGENDA_ROW (self), 0);
  return self->index - 1;
}

GtkWidget *
lp_agenda_row_get_part (LpAgendaRow *self,
                        const char  *name)
{
  for (guint i = 0; i < N_PARTS; i++)
    if (strcmp (part_names[i], name) == 0)
      return self->parts[i];
  g_return_val_if_reached (NULL);
}
