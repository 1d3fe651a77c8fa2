/* lp-properties-dialog.c — trajectory properties, tracks, milestones, periods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "lp-date-entry.h"
#include "lp-lane-delete.h"
#include "lp-span-change.h"
#include "lp-plain-focus.h"
#include "lp-a11y-names.h"
#include "lp-properties-dialog.h"
#include "lp-properties-rows.h"
#include "lp-resources.h"
#include "lp-shift-dialog.h"

struct _LpPropertiesDialog
{
  AdwPreferencesWindow parent_instance;

  GtkWidget    *trajectory_group;
  GtkWidget    *tracks_group;
  GtkWidget    *milestones_group;
  GtkWidget    *periods_group;
  GtkWidget    *span_start;   /* LpDateEntry */
  GtkWidget    *span_end;

  LpTrajectory *trajectory;
  GPtrArray    *rows;           /* rows we added to the list groups */
  GPtrArray    *values;         /* date entries and drop-downs that show a model value */
  GPtrArray    *texts;          /* entry rows that show a model string; the header's first */
  GPtrArray    *focusables;     /* widgets of the list rows that can keep the focus */
  guint         n_header_texts;
  gboolean      lists_dirty;    /* a collection changed; rebuilt on "changed" */
  gboolean      updating;
};

G_DEFINE_FINAL_TYPE (LpPropertiesDialog, lp_properties_dialog, ADW_TYPE_PREFERENCES_WINDOW)

static void rebuild_lists (LpPropertiesDialog *self);

static GtkWidget *
entry_row (const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  lp_plain_focus_attach (row);
  return row;
}

/* ---- the trajectory itself ---- */

static void
on_string_changed_cb (GtkEditable *row,
                      GParamSpec  *pspec,
                      gpointer     data)
{
  if (lp_props_row_has_own_edit (GTK_WIDGET (row)))
    lp_props_set_row_error (GTK_WIDGET (row), NULL);
}

static void
on_string_applied_cb (AdwEntryRow        *row,
                      LpPropertiesDialog *self)
{
  const char *property = g_object_get_data (G_OBJECT (row), "lp-property");
  gpointer object = g_object_get_data (G_OBJECT (row), "lp-object");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *old = NULL;

  if (object != self->trajectory && *stripped == '\0')
    {
      /* a lane, milestone or period keeps its name */
      g_object_get (object, property, &old, NULL);
      lp_props_show_string (GTK_WIDGET (row), old);
      lp_props_set_row_error (GTK_WIDGET (row), _("a name cannot be empty; the old name is kept"));
      return;
    }
  lp_props_set_row_error (GTK_WIDGET (row), NULL);
  lp_trajectory_set_string (self->trajectory, object, property, text);
  g_object_get (object, property, &old, NULL);
  lp_props_show_string (GTK_WIDGET (row), old);
}

static GtkWidget *
string_row (LpPropertiesDialog *self,
            gpointer            object,
            const char         *property,
            const char         *title)
{
  g_autofree char *value = NULL;
  GtkWidget *row;

  g_object_get (object, property, &value, NULL);
  row = entry_row (title, value);
  /* a title or name holds no more than a file does */
  if (strcmp (property, "description") != 0)
    gtk_text_set_max_length (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (row))), LP_MAX_SHORT_TEXT);
  g_object_set_data (G_OBJECT (row), "lp-property", (gpointer) property);
  g_object_set_data (G_OBJECT (row), "lp-object", object);
  g_object_set_data (G_OBJECT (row), "lp-title", (gpointer) title);
  g_object_set_data_full (G_OBJECT (row), "lp-shown", g_strdup (value ? value : ""), g_free);
  g_ptr_array_add (self->texts, row);
  g_signal_connect_object (row, "apply", G_CALLBACK (on_string_applied_cb), self, 0);
  g_signal_connect (row, "notify::text", G_CALLBACK (on_string_changed_cb), NULL);
  return row;
}

/* ---- dates ---- */

/* Room above and below a date field in its row, in pixels. */
#define DATE_FIELD_MARGIN 6

/* A date field on its own row: the title left, the field (with its calendar
 * and its own error line) right. */
static GtkWidget *
date_field_row (const char *title,
                GtkWidget  *entry)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *name = lp_a11y_strip_mnemonic (title);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (entry, DATE_FIELD_MARGIN);
  gtk_widget_set_margin_bottom (entry, DATE_FIELD_MARGIN);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
  lp_plain_focus_attach (lp_date_entry_get_entry (LP_DATE_ENTRY (entry)));
  /* named by the row's title (a row has no name of its own to point to) */
  lp_a11y_set_name (lp_date_entry_get_entry (LP_DATE_ENTRY (entry)), name);
  return row;
}

/* What a pair's field says now; the stored date when it says no date. */
static LpDate
typed_or (GtkWidget *entry)
{
  LpDate date = lp_date_entry_get_date (LP_DATE_ENTRY (entry));

  lp_date_entry_get_typed_date (LP_DATE_ENTRY (entry), &date);
  return date;
}

/* Both fields of a start–end pair lose their error (the other only when it
 * holds a date), or the committed one gets message and the other turns red. */
static void
pair_error (GtkWidget  *committed,
            GtkWidget  *other,
            const char *message)
{
  lp_date_entry_set_error (LP_DATE_ENTRY (committed), message);
  if (!lp_date_entry_get_typed_date (LP_DATE_ENTRY (other), NULL))
    return;
  lp_date_entry_set_error (LP_DATE_ENTRY (other), NULL);
  if (message != NULL)
    gtk_widget_add_css_class (lp_date_entry_get_entry (LP_DATE_ENTRY (other)), "error");
}

/* Kept the old period: the fields show it again. */
static void
on_span_decided_cb (gpointer user_data,
                      gboolean applied)
{
  LpPropertiesDialog *self = user_data;

  if (applied || self->trajectory == NULL)
    return;
  lp_date_entry_set_date (LP_DATE_ENTRY (self->span_start), lp_trajectory_get_span_start (self->trajectory));
  lp_date_entry_set_date (LP_DATE_ENTRY (self->span_end), lp_trajectory_get_span_end (self->trajectory));
}

static void
on_span_committed_cb (LpDateEntry        *entry,
                        guint               date,
                        LpPropertiesDialog *self)
{
  GtkWidget *other = GTK_WIDGET (entry) == self->span_start ? self->span_end : self->span_start;
  LpDate start, end;
  g_autoptr(GPtrArray) outside = NULL;

  /* a field losing the focus as the dialog goes: nothing to ask it about */
  if (self->trajectory == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  start = typed_or (self->span_start);
  end = typed_or (self->span_end);

  if (end < start)
    {
      pair_error (GTK_WIDGET (entry), other, _("The trajectory cannot end before it starts."));
      return;
    }
  if (!lp_span_is_allowed (start, end))
    {
      /* a file with a longer period would not open again */
      g_autofree char *message =
        g_strdup_printf (ngettext ("A trajectory lasts less than %d year. Is the year right?",
                                   "A trajectory lasts less than %d years. Is the year right?",
                                   LP_MAX_SPAN_YEARS), LP_MAX_SPAN_YEARS);
      pair_error (GTK_WIDGET (entry), other, message);
      return;
    }
  pair_error (GTK_WIDGET (entry), other, NULL);
  outside = lp_span_outside_modules (self->trajectory, start, end);
  if (outside->len == 0)
    lp_trajectory_set_span (self->trajectory, start, end);
  else
    lp_span_change_ask (GTK_WINDOW (self), self->trajectory, start, end,
                          on_span_decided_cb, g_object_ref (self), g_object_unref);
}

static GtkWidget *
span_row (LpPropertiesDialog *self,
            gboolean            is_start,
            const char         *title)
{
  GtkWidget *entry = lp_date_entry_new ();

  gtk_widget_set_name (entry, is_start ? "span-start" : "span-end");
  lp_date_entry_set_date (LP_DATE_ENTRY (entry), is_start ? lp_trajectory_get_span_start (self->trajectory)
                                                          : lp_trajectory_get_span_end (self->trajectory));
  g_object_set_data (G_OBJECT (entry), "lp-item", self->trajectory);
  g_object_set_data (G_OBJECT (entry), "lp-property", (gpointer) (is_start ? "span-start" : "span-end"));
  g_ptr_array_add (self->values, entry);
  if (is_start)
    self->span_start = entry;
  else
    self->span_end = entry;
  g_signal_connect_object (entry, "date-committed", G_CALLBACK (on_span_committed_cb), self, 0);
  return date_field_row (title, entry);
}

/* ---- the model shows ---- */

/* Undo and redo show in the fields and drop-downs; a changed list is built
 * again, with the focus where it was. */
static void
on_trajectory_changed_cb (LpTrajectory       *trajectory,
                          LpPropertiesDialog *self)
{
  if (self->lists_dirty)
    {
      LpPropsFocusSpot spot = { 0 };
      gboolean had_focus = lp_props_remember_focus (self->focusables, GTK_ROOT (self), &spot);

      self->lists_dirty = FALSE;
      rebuild_lists (self);
      if (had_focus)
        lp_props_restore_focus (self->focusables, self->trajectory, &spot);
    }
  for (guint i = 0; i < self->texts->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->texts, i);
      g_autofree char *value = NULL;

      g_object_get (g_object_get_data (G_OBJECT (row), "lp-object"),
                    g_object_get_data (G_OBJECT (row), "lp-property"), &value, NULL);
      if (!lp_props_row_has_own_edit (row))
        lp_props_show_string (row, value);
    }
  self->updating = TRUE;
  for (guint i = 0; i < self->values->len; i++)
    {
      GtkWidget *w = g_ptr_array_index (self->values, i);
      gpointer item = g_object_get_data (G_OBJECT (w), "lp-item");
      const char *property = g_object_get_data (G_OBJECT (w), "lp-property");

      if (LP_IS_DATE_ENTRY (w))
        {
          guint date = 0;
          g_object_get (item, property, &date, NULL);
          lp_date_entry_set_date (LP_DATE_ENTRY (w), date);
        }
      else
        {
          int value = 0;
          g_object_get (item, property, &value, NULL);
          gtk_drop_down_set_selected (GTK_DROP_DOWN (w), (guint) value);
        }
    }
  self->updating = FALSE;
}

/* ---- lists: tracks, milestones, periods ---- */

static void
on_track_up_cb (GtkButton          *button,
                LpPropertiesDialog *self)
{
  LpTrack *track = g_object_get_data (G_OBJECT (button), "lp-item");
  int index = lp_trajectory_get_track_index (self->trajectory, track);

  if (index > 0)
    lp_trajectory_move_track (self->trajectory, track, (guint) index - 1);
}

static void
on_track_down_cb (GtkButton          *button,
                  LpPropertiesDialog *self)
{
  LpTrack *track = g_object_get_data (G_OBJECT (button), "lp-item");
  int index = lp_trajectory_get_track_index (self->trajectory, track);

  lp_trajectory_move_track (self->trajectory, track, (guint) index + 1);
}

static void
on_delete_cb (GtkButton          *button,
              LpPropertiesDialog *self)
{
  gpointer item = g_object_get_data (G_OBJECT (button), "lp-item");

  if (LP_IS_TRACK (item))
    lp_lane_delete_ask (GTK_WINDOW (self), self->trajectory, item, NULL, NULL, NULL);
  else if (LP_IS_MILESTONE (item))
    lp_trajectory_remove_milestone (self->trajectory, item);
  else if (LP_IS_PERIOD (item))
    lp_trajectory_remove_period (self->trajectory, item);
}

static void
on_item_date_committed_cb (LpDateEntry        *entry,
                           guint               date,
                           LpPropertiesDialog *self)
{
  gpointer item = g_object_get_data (G_OBJECT (entry), "lp-item");
  const char *property = g_object_get_data (G_OBJECT (entry), "lp-property");
  GtkWidget *other = g_object_get_data (G_OBJECT (entry), "lp-other");

  if (self->trajectory == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  if (LP_IS_PERIOD (item) && g_str_equal (property, "start"))
    {
      /* a new start moves the period and keeps its length */
      LpDate length = lp_period_get_end (item) - lp_period_get_start (item);

      lp_date_entry_set_error (entry, NULL);
      lp_date_entry_set_error (LP_DATE_ENTRY (other), NULL);
      lp_trajectory_begin_group (self->trajectory, _("Move Period"));
      /* the leading edge first, so that no view ever sees it end before it starts */
      if (date > lp_period_get_start (item))
        lp_trajectory_set_uint (self->trajectory, item, "end", date + length);
      lp_trajectory_set_uint (self->trajectory, item, "start", date);
      lp_trajectory_set_uint (self->trajectory, item, "end", date + length);
      lp_trajectory_end_group (self->trajectory);
      return;
    }
  if (LP_IS_PERIOD (item) && date < lp_period_get_start (item))
    {
      pair_error (GTK_WIDGET (entry), other, _("The period cannot end before it starts."));
      return;
    }
  lp_date_entry_set_error (entry, NULL);
  if (other != NULL)
    lp_date_entry_set_error (LP_DATE_ENTRY (other), NULL);
  lp_trajectory_set_uint (self->trajectory, item, property, date);
}

static GtkWidget *
item_button (LpPropertiesDialog *self,
             gpointer            item,
             const char         *icon,
             const char         *tooltip,
             GCallback           callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_object_set_data (G_OBJECT (button), "lp-item", item);
  g_signal_connect_object (button, "clicked", callback, self, 0);
  return button;
}

/* A button of a list row, tagged to keep the focus. */
static GtkWidget *
row_button (LpPropertiesDialog *self,
            GtkWidget          *row,
            gpointer            item,
            guint               position,
            const char         *role,
            const char         *icon,
            const char         *tooltip,
            GCallback           callback)
{
  GtkWidget *button = item_button (self, item, icon, tooltip, callback);

  lp_props_tag_focusable (self->focusables, button, item, role, position);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);
  return button;
}

/* The name row of a list item, tagged to keep the focus. */
static GtkWidget *
name_row (LpPropertiesDialog *self,
          gpointer            item,
          const char         *property,
          guint               position)
{
  GtkWidget *row = string_row (self, item, property, _("Name"));

  lp_props_tag_focusable (self->focusables, row, item, "name", position);
  return row;
}

static void
add_list_row (LpPropertiesDialog *self,
              GtkWidget          *group,
              GtkWidget          *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_ptr_array_add (self->rows, g_object_ref (row));
}

static GtkWidget *
date_row (LpPropertiesDialog *self,
          gpointer            item,
          const char         *property,
          const char         *title,
          LpDate              date)
{
  GtkWidget *entry = lp_date_entry_new ();
  g_autofree char *name = NULL;
  g_autofree char *id = NULL;

  g_object_get (item, "id", &id, NULL);
  name = g_strdup_printf ("%s-%s", id, property);
  gtk_widget_set_name (entry, name);
  lp_date_entry_set_date (LP_DATE_ENTRY (entry), date);
  g_object_set_data (G_OBJECT (entry), "lp-item", item);
  g_object_set_data (G_OBJECT (entry), "lp-property", (gpointer) property);
  g_ptr_array_add (self->values, entry);
  g_signal_connect_object (entry, "date-committed", G_CALLBACK (on_item_date_committed_cb), self, 0);
  return date_field_row (title, entry);
}

/* ---- participant group and kinds ---- */

static void
on_choice_selected_cb (GtkDropDown        *dropdown,
                       GParamSpec         *pspec,
                       LpPropertiesDialog *self)
{
  gpointer item = g_object_get_data (G_OBJECT (dropdown), "lp-item");
  const char *property = g_object_get_data (G_OBJECT (dropdown), "lp-property");
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  lp_trajectory_set_enum (self->trajectory, item, property, (int) selected);
}

/* A drop-down of an enumeration's labels (value i at position i). */
static GtkWidget *
choice (LpPropertiesDialog  *self,
        gpointer             item,
        const char          *property,
        const char          *accessible_name,
        guint                n,
        const char        *(*get_label) (int))
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  GtkWidget *dropdown;
  int value = 0;

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, get_label ((int) i));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  g_object_get (item, "id", &id, property, &value, NULL);
  name = g_strdup_printf ("%s-%s", id, property);
  gtk_widget_set_name (dropdown, name);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (dropdown, accessible_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), (guint) value);
  g_object_set_data (G_OBJECT (dropdown), "lp-item", item);
  g_object_set_data (G_OBJECT (dropdown), "lp-property", (gpointer) property);
  g_ptr_array_add (self->values, dropdown);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (on_choice_selected_cb), self, 0);
  return dropdown;
}

static const char *
group_label (int v)
{
  return lp_track_group_get_label (v);
}

static const char *
milestone_kind_label (int v)
{
  return lp_milestone_kind_get_label (v);
}

static const char *
period_kind_label (int v)
{
  return lp_period_kind_get_label (v);
}

static void
rebuild_lists (LpPropertiesDialog *self)
{
  GListModel *list;

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);
      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->values, 0);
  g_ptr_array_set_size (self->texts, self->n_header_texts);
  g_ptr_array_set_size (self->focusables, 0);
  if (self->span_start != NULL)
    {
      g_ptr_array_add (self->values, self->span_start);
      g_ptr_array_add (self->values, self->span_end);
    }

  list = lp_trajectory_get_tracks (self->trajectory);
  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (list, i);
      GtkWidget *row = name_row (self, track, "name", i);

      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), choice (self, track, "group", _("Participant group"),
                                                             LP_N_TRACK_GROUPS, group_label));
      gtk_widget_set_sensitive (row_button (self, row, track, i, "up", "go-up-symbolic", _("Move Up"),
                                            G_CALLBACK (on_track_up_cb)), i > 0);
      gtk_widget_set_sensitive (row_button (self, row, track, i, "down", "go-down-symbolic", _("Move Down"),
                                            G_CALLBACK (on_track_down_cb)), i + 1 < n);
      gtk_widget_set_sensitive (row_button (self, row, track, i, "delete", "user-trash-symbolic",
                                            _("Delete Track and Its Modules"), G_CALLBACK (on_delete_cb)), n > 1);
      add_list_row (self, self->tracks_group, row);
    }

  list = lp_trajectory_get_milestones (self->trajectory);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LpMilestone) e = g_list_model_get_item (list, i);
      GtkWidget *row = name_row (self, e, "label", i);

      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), choice (self, e, "kind", _("Kind of milestone"),
                                                             LP_N_MILESTONE_KINDS, milestone_kind_label));
      row_button (self, row, e, i, "delete", "user-trash-symbolic", _("Delete Milestone"), G_CALLBACK (on_delete_cb));
      add_list_row (self, self->milestones_group, row);
      add_list_row (self, self->milestones_group, date_row (self, e, "date", _("Date"), lp_milestone_get_date (e)));
    }

  list = lp_trajectory_get_periods (self->trajectory);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LpPeriod) b = g_list_model_get_item (list, i);
      GtkWidget *row = name_row (self, b, "label", i);
      GtkWidget *from, *to;

      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), choice (self, b, "kind", _("Kind of period"),
                                                             LP_N_PERIOD_KINDS, period_kind_label));
      row_button (self, row, b, i, "delete", "user-trash-symbolic", _("Delete Period"), G_CALLBACK (on_delete_cb));
      add_list_row (self, self->periods_group, row);
      from = date_row (self, b, "start", _("From"), lp_period_get_start (b));
      to = date_row (self, b, "end", _("To"), lp_period_get_end (b));
      add_list_row (self, self->periods_group, from);
      add_list_row (self, self->periods_group, to);
      /* the rows' date fields know each other */
      from = g_ptr_array_index (self->values, self->values->len - 2);
      to = g_ptr_array_index (self->values, self->values->len - 1);
      g_object_set_data (G_OBJECT (from), "lp-other", to);
      g_object_set_data (G_OBJECT (to), "lp-other", from);
    }
}

static void
on_add_track_cb (GtkButton          *button,
                 LpPropertiesDialog *self)
{
  g_autofree char *id = lp_trajectory_make_id (self->trajectory, LP_TYPE_TRACK);
  g_autoptr(LpTrack) track = lp_track_new (id, _("New track"), LP_TRACK_GROUP_OTHER);

  lp_trajectory_add_track (self->trajectory, track, -1);
}

static void
on_add_milestone_cb (GtkButton          *button,
                     LpPropertiesDialog *self)
{
  g_autofree char *id = lp_trajectory_make_id (self->trajectory, LP_TYPE_MILESTONE);
  g_autoptr(LpMilestone) e = lp_milestone_new (id, lp_trajectory_get_span_start (self->trajectory),
                                               LP_MILESTONE_OTHER, _("New milestone"));

  lp_trajectory_add_milestone (self->trajectory, e);
}

static void
on_shift_programme_cb (LpPropertiesDialog *self)
{
  lp_shift_dialog_present (GTK_WINDOW (self), self->trajectory);
}

static void
on_add_period_cb (GtkButton          *button,
                LpPropertiesDialog *self)
{
  g_autofree char *id = lp_trajectory_make_id (self->trajectory, LP_TYPE_PERIOD);
  g_autoptr(LpPeriod) b = lp_period_new_default (id, lp_trajectory_get_span_start (self->trajectory),
                                             lp_trajectory_get_span_end (self->trajectory), _("New period"));

  lp_trajectory_add_period (self->trajectory, b);
}

/* One operation may change a list more than once (a move is a removal and
 * an insertion): the lists are built again on the trajectory's "changed". */
static void
on_collection_changed_cb (GListModel         *model,
                          guint               position,
                          guint               removed,
                          guint               added,
                          LpPropertiesDialog *self)
{
  self->lists_dirty = TRUE;
}

/* ---- undo: the field's own edit first, else the document's last action ---- */

/* Does the focused field hold an edit of its own, not stored yet? */
static gboolean
focus_has_own_edit (LpPropertiesDialog *self)
{
  for (GtkWidget *w = gtk_root_get_focus (GTK_ROOT (self)); w != NULL; w = gtk_widget_get_parent (w))
    {
      if (ADW_IS_ENTRY_ROW (w) && g_ptr_array_find (self->texts, w, NULL))
        return lp_props_row_has_own_edit (w);
      if (LP_IS_DATE_ENTRY (w))
        {
          g_autofree char *shown = lp_date_format_long (lp_date_entry_get_date (LP_DATE_ENTRY (w)));
          const char *text = gtk_editable_get_text (GTK_EDITABLE (lp_date_entry_get_entry (LP_DATE_ENTRY (w))));

          return g_strcmp0 (text, shown) != 0;
        }
    }
  return FALSE;
}

/* "properties.undo" and "properties.redo" (Ctrl+Z, Shift+Ctrl+Z, Ctrl+Y). */
static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  LpPropertiesDialog *self = LP_PROPERTIES_DIALOG (widget);
  gboolean undo = g_str_equal (action_name, "properties.undo");
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus != NULL && focus_has_own_edit (self))
    gtk_widget_activate_action (focus, undo ? "text.undo" : "text.redo", NULL);
  else if (undo)
    lp_history_undo (lp_trajectory_get_history (self->trajectory));
  else
    lp_history_redo (lp_trajectory_get_history (self->trajectory));
}

/* Before the fields see the keys, which would otherwise take them for
 * their own undo even with nothing of their own to undo. */
static void
add_history_shortcuts (LpPropertiesDialog *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_event_controller_set_name (controller, "lp-history-shortcuts");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>z"),
                      gtk_named_action_new ("properties.undo")));
  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control><Shift>z|<Control>y"),
                      gtk_named_action_new ("properties.redo")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
lp_properties_dialog_dispose (GObject *object)
{
  LpPropertiesDialog *self = LP_PROPERTIES_DIALOG (object);

  if (self->trajectory != NULL)
    {
      g_signal_handlers_disconnect_by_data (lp_trajectory_get_tracks (self->trajectory), self);
      g_signal_handlers_disconnect_by_data (lp_trajectory_get_milestones (self->trajectory), self);
      g_signal_handlers_disconnect_by_data (lp_trajectory_get_periods (self->trajectory), self);
      g_signal_handlers_disconnect_by_data (self->trajectory, self);
    }
  g_clear_pointer (&self->values, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->texts, g_ptr_array_unref);
  g_clear_pointer (&self->focusables, g_ptr_array_unref);
  g_clear_object (&self->trajectory);
  gtk_widget_dispose_template (GTK_WIDGET (self), LP_TYPE_PROPERTIES_DIALOG);
  G_OBJECT_CLASS (lp_properties_dialog_parent_class)->dispose (object);
}

static void
lp_properties_dialog_class_init (LpPropertiesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lp_properties_dialog_dispose;

  lp_ui_class_set_template (widget_class, "lp-properties-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LpPropertiesDialog, trajectory_group);
  gtk_widget_class_bind_template_child (widget_class, LpPropertiesDialog, tracks_group);
  gtk_widget_class_bind_template_child (widget_class, LpPropertiesDialog, milestones_group);
  gtk_widget_class_bind_template_child (widget_class, LpPropertiesDialog, periods_group);
  gtk_widget_class_bind_template_callback (widget_class, on_add_track_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_milestone_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_period_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_shift_programme_cb);
  gtk_widget_class_install_action (widget_class, "properties.undo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "properties.redo", NULL, history_action);
}

static void
lp_properties_dialog_init (LpPropertiesDialog *self)
{
  g_type_ensure (LP_TYPE_DATE_ENTRY);
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->values = g_ptr_array_new ();
  self->texts = g_ptr_array_new ();
  self->focusables = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  add_history_shortcuts (self);
}

LpPropertiesDialog *
lp_properties_dialog_new (GtkWindow    *parent,
                          LpTrajectory *trajectory)
{
  LpPropertiesDialog *self;
  AdwPreferencesGroup *group;

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), NULL);

  self = g_object_new (LP_TYPE_PROPERTIES_DIALOG, "transient-for", parent, NULL);
  self->trajectory = g_object_ref (trajectory);
  group = ADW_PREFERENCES_GROUP (self->trajectory_group);
  adw_preferences_group_add (group, string_row (self, trajectory, "title", _("Title")));
  adw_preferences_group_add (group, string_row (self, trajectory, "client", _("Client")));
  adw_preferences_group_add (group, string_row (self, trajectory, "author", _("Author")));
  adw_preferences_group_add (group, string_row (self, trajectory, "description", _("Description")));
  adw_preferences_group_add (group, span_row (self, TRUE, _("Trajectory starts")));
  adw_preferences_group_add (group, span_row (self, FALSE, _("Trajectory ends")));
  self->n_header_texts = self->texts->len;

  g_signal_connect (lp_trajectory_get_tracks (trajectory), "items-changed", G_CALLBACK (on_collection_changed_cb), self);
  g_signal_connect (lp_trajectory_get_milestones (trajectory), "items-changed", G_CALLBACK (on_collection_changed_cb), self);
  g_signal_connect (lp_trajectory_get_periods (trajectory), "items-changed", G_CALLBACK (on_collection_changed_cb), self);
  g_signal_connect (trajectory, "changed", G_CALLBACK (on_trajectory_changed_cb), self);
  rebuild_lists (self);
  return self;
}

LpTrajectory *
lp_properties_dialog_get_trajectory (LpPropertiesDialog *self)
{
  g_return_val_if_fail (LP_IS_PROPERTIES_DIALOG (self), NULL);
  return self->trajectory;
}

GtkWidget *
lp_properties_dialog_present (GtkWindow    *parent,
                              LpTrajectory *trajectory)
{
  LpPropertiesDialog *self = lp_properties_dialog_new (parent, trajectory);

  gtk_window_present (GTK_WINDOW (self));
  return GTK_WIDGET (self);
}
