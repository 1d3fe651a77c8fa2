/* lp-date-entry.c — a date field with a calendar popover and its own error line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The error line belongs to the field, so an error always shows under the
 * field that is wrong.
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "lp-date-entry.h"
#include "lp-resources.h"

struct _LpDateEntry
{
  GtkWidget  parent_instance;

  GtkWidget *entry;
  GtkWidget *button;
  GtkWidget *popover;
  GtkWidget *calendar;
  GtkWidget *error;

  LpDate     date;
  char      *shown;        /* the text we last put in the entry */
  guint      shown_month;  /* the month the calendar shows, year * LP_MONTHS_PER_YEAR + month */
  gboolean   updating;
};

G_DEFINE_FINAL_TYPE (LpDateEntry, lp_date_entry, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DATE_COMMITTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_text (LpDateEntry *self,
           LpDate       date)
{
  g_free (self->shown);
  self->shown = lp_date_format_long (date);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), self->shown);
}

static void
commit (LpDateEntry *self)
{
  LpDate date;

  if (!lp_date_entry_get_typed_date (self, &date))
    {
      lp_date_entry_set_error (self, _("This is no date. Write it as 15 March 2028 or 15-3-2028."));
      return;
    }
  lp_date_entry_set_error (self, NULL);
  show_text (self, date);   /* "15-3-2028" reads back as "15 March 2028" */
  g_signal_emit (self, signals[DATE_COMMITTED], 0, (guint) date);
}

static void
on_activate_cb (GtkEntry    *entry,
                LpDateEntry *self)
{
  commit (self);
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   LpDateEntry             *self)
{
  /* tabbing through a field commits nothing */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), self->shown) != 0)
    commit (self);
}

static guint
month_key (GDateTime *dt)
{
  return (guint) g_date_time_get_year (dt) * LP_MONTHS_PER_YEAR + (guint) g_date_time_get_month (dt);
}

static void on_day_selected_cb (GtkCalendar *calendar, LpDateEntry *self);

/* The calendar is made when first shown: a window has several date fields
 * and a calendar is some sixty widgets. */
static void
ensure_calendar (LpDateEntry *self)
{
  if (self->calendar != NULL)
    return;
  self->calendar = gtk_calendar_new ();
  g_signal_connect (self->calendar, "day-selected", G_CALLBACK (on_day_selected_cb), self);
  gtk_popover_set_child (GTK_POPOVER (self->popover), self->calendar);
}

static void
on_popover_show_cb (GtkPopover  *popover,
                    LpDateEntry *self)
{
  LpDate date = self->date;
  guint d, m, y;
  g_autoptr(GDateTime) dt = NULL;

  ensure_calendar (self);
  lp_date_entry_get_typed_date (self, &date);
  if (date == LP_DATE_NONE)
    date = lp_date_today ();
  lp_date_to_dmy (date, &d, &m, &y);
  dt = g_date_time_new_local ((int) y, (int) m, (int) d, 0, 0, 0);
  self->updating = TRUE;
  gtk_calendar_select_day (GTK_CALENDAR (self->calendar), dt);
  self->updating = FALSE;
  self->shown_month = month_key (dt);
}

/* A day clicked (or chosen with the keyboard) in the month on show commits;
 * going to another month only turns the page. */
static void
on_day_selected_cb (GtkCalendar *calendar,
                    LpDateEntry *self)
{
  g_autoptr(GDateTime) dt = gtk_calendar_get_date (calendar);
  guint key = month_key (dt);

  if (self->updating)
    return;
  if (key != self->shown_month)
    {
      self->shown_month = key;
      return;
    }
  show_text (self, lp_date_from_dmy ((guint) g_date_time_get_day_of_month (dt),
                                     (guint) g_date_time_get_month (dt),
                                     (guint) g_date_time_get_year (dt)));
  gtk_popover_popdown (GTK_POPOVER (self->popover));
  commit (self);
}

static gboolean
lp_date_entry_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (LP_DATE_ENTRY (widget)->entry);
}

static void
lp_date_entry_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LpDateEntry *self = LP_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE: g_value_set_uint (value, self->date); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_date_entry_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  LpDateEntry *self = LP_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE: lp_date_entry_set_date (self, g_value_get_uint (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_date_entry_dispose (GObject *object)
{
  LpDateEntry *self = LP_DATE_ENTRY (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), LP_TYPE_DATE_ENTRY);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->shown, g_free);
  G_OBJECT_CLASS (lp_date_entry_parent_class)->dispose (object);
}

static void
lp_date_entry_class_init (LpDateEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lp_date_entry_dispose;
  object_class->get_property = lp_date_entry_get_property;
  object_class->set_property = lp_date_entry_set_property;
  widget_class->grab_focus = lp_date_entry_grab_focus;

  properties[PROP_DATE] =
    g_param_spec_uint ("date", NULL, NULL, 0, G_MAXUINT32, LP_DATE_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[DATE_COMMITTED] =
    g_signal_new ("date-committed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  lp_ui_class_set_template (widget_class, "lp-date-entry.ui");
  gtk_widget_class_bind_template_child (widget_class, LpDateEntry, entry);
  gtk_widget_class_bind_template_child (widget_class, LpDateEntry, button);
  gtk_widget_class_bind_template_child (widget_class, LpDateEntry, popover);
  gtk_widget_class_bind_template_child (widget_class, LpDateEntry, error);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_focus_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dateentry");
}

static void
lp_date_entry_init (LpDateEntry *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->shown = g_strdup ("");
}

GtkWidget *
lp_date_entry_new (void)
{
  return g_object_new (LP_TYPE_DATE_ENTRY, NULL);
}

LpDate
lp_date_entry_get_date (LpDateEntry *self)
{
  g_return_val_if_fail (LP_IS_DATE_ENTRY (self), LP_DATE_NONE);
  return self->date;
}

void
lp_date_entry_set_date (LpDateEntry *self,
                        LpDate       date)
{
  gboolean editing;

  g_return_if_fail (LP_IS_DATE_ENTRY (self));

  /* never clobber what the user is typing */
  editing = (gtk_widget_get_state_flags (self->entry) & GTK_STATE_FLAG_FOCUS_WITHIN) != 0 &&
            g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), self->shown) != 0;
  if (!editing)
    {
      /* the text an error was about is gone */
      show_text (self, date);
      lp_date_entry_set_error (self, NULL);
    }
  if (self->date == date)
    return;
  self->date = date;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

gboolean
lp_date_entry_get_typed_date (LpDateEntry *self,
                              LpDate      *out)
{
  g_return_val_if_fail (LP_IS_DATE_ENTRY (self), FALSE);
  return lp_date_parse_human (gtk_editable_get_text (GTK_EDITABLE (self->entry)), out);
}

void
lp_date_entry_set_error (LpDateEntry *self,
                         const char  *message)
{
  g_return_if_fail (LP_IS_DATE_ENTRY (self));

  gtk_label_set_text (GTK_LABEL (self->error), message ? message : "");
  gtk_widget_set_visible (self->error, message != NULL);
  if (message != NULL)
    {
      gtk_widget_add_css_class (self->entry, "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else
    {
      gtk_widget_remove_css_class (self->entry, "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

const char *
lp_date_entry_get_error (LpDateEntry *self)
{
  g_return_val_if_fail (LP_IS_DATE_ENTRY (self), NULL);
  return gtk_widget_get_visible (self->error) ? gtk_label_get_text (GTK_LABEL (self->error)) : NULL;
}

GtkWidget *
lp_date_entry_get_entry (LpDateEntry *self)
{
  g_return_val_if_fail (LP_IS_DATE_ENTRY (self), NULL);
  return self->entry;
}

GtkWidget *
lp_date_entry_get_button (LpDateEntry *self)
{
  g_return_val_if_fail (LP_IS_DATE_ENTRY (self), NULL);
  return self->button;
}

GtkWidget *
lp_date_entry_get_calendar (LpDateEntry *self)
{
  g_return_val_if_fail (LP_IS_DATE_ENTRY (self), NULL);
  ensure_calendar (self);
  return self->calendar;
}
