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
#include "lp-properties-dialog.h"

typedef struct {
  LpTrajectory *trajectory;
  GtkWidget    *window;
  GtkWidget    *tracks_group;
  GtkWidget    *milestones_group;
  GtkWidget    *bands_group;
  GtkWidget    *period_start;   /* LpDateEntry */
  GtkWidget    *period_end;
  GPtrArray    *rows;           /* rows we added to the list groups */
  GPtrArray    *values;         /* date entries and drop-downs that show a model value */
  gboolean      updating;
} Dialog;

static void rebuild_lists (Dialog *d);

static void
dialog_free (Dialog *d)
{
  if (d->trajectory != NULL)
    {
      g_signal_handlers_disconnect_by_data (lp_trajectory_get_tracks (d->trajectory), d);
      g_signal_handlers_disconnect_by_data (lp_trajectory_get_milestones (d->trajectory), d);
      g_signal_handlers_disconnect_by_data (lp_trajectory_get_bands (d->trajectory), d);
    }
  if (d->trajectory != NULL)
    g_signal_handlers_disconnect_by_data (d->trajectory, d);
  g_clear_object (&d->trajectory);
  g_clear_pointer (&d->rows, g_ptr_array_unref);
  g_clear_pointer (&d->values, g_ptr_array_unref);
  g_free (d);
}

static GtkWidget *
entry_row (const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  return row;
}

/* ---- the trajectory itself ---- */

static void
on_string_applied_cb (AdwEntryRow *row,
                      Dialog      *d)
{
  const char *property = g_object_get_data (G_OBJECT (row), "lp-property");
  gpointer object = g_object_get_data (G_OBJECT (row), "lp-object");

  lp_trajectory_set_string (d->trajectory, object, property, gtk_editable_get_text (GTK_EDITABLE (row)));
}

static GtkWidget *
string_row (Dialog     *d,
            gpointer    object,
            const char *property,
            const char *title)
{
  g_autofree char *value = NULL;
  GtkWidget *row;

  g_object_get (object, property, &value, NULL);
  row = entry_row (title, value);
  g_object_set_data (G_OBJECT (row), "lp-property", (gpointer) property);
  g_object_set_data (G_OBJECT (row), "lp-object", object);
  g_signal_connect (row, "apply", G_CALLBACK (on_string_applied_cb), d);
  return row;
}

/* ---- dates ---- */

/* A date field on its own row: the title left, the field (with its calendar
 * and its own error line) right. */
static GtkWidget *
date_field_row (const char *title,
                GtkWidget  *entry)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (entry, 6);
  gtk_widget_set_margin_bottom (entry, 6);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (lp_date_entry_get_entry (LP_DATE_ENTRY (entry))),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL, -1);
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

static void
on_period_committed_cb (LpDateEntry *entry,
                        guint        date,
                        Dialog      *d)
{
  GtkWidget *other = GTK_WIDGET (entry) == d->period_start ? d->period_end : d->period_start;
  LpDate start = typed_or (d->period_start);
  LpDate end = typed_or (d->period_end);
  GListModel *modules = lp_trajectory_get_modules (d->trajectory);

  if (end < start)
    {
      pair_error (GTK_WIDGET (entry), other, _("The period cannot end before it starts."));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(LpModule) m = g_list_model_get_item (modules, i);

      if (lp_module_get_start (m) < start || lp_module_get_end (m) > end)
        {
          g_autofree char *text =
            g_strdup_printf (_("“%s” would fall outside the period; move it first."),
                             lp_trajectory_get_module_title (d->trajectory, m));
          pair_error (GTK_WIDGET (entry), other, NULL);   /* the other date is not wrong */
          lp_date_entry_set_error (entry, text);
          return;
        }
    }
  pair_error (GTK_WIDGET (entry), other, NULL);
  lp_trajectory_set_period (d->trajectory, start, end);
}

static GtkWidget *
period_row (Dialog     *d,
            gboolean    is_start,
            const char *title)
{
  GtkWidget *entry = lp_date_entry_new ();

  gtk_widget_set_name (entry, is_start ? "period-start" : "period-end");
  lp_date_entry_set_date (LP_DATE_ENTRY (entry), is_start ? lp_trajectory_get_period_start (d->trajectory)
                                                          : lp_trajectory_get_period_end (d->trajectory));
  g_object_set_data (G_OBJECT (entry), "lp-item", d->trajectory);
  g_object_set_data (G_OBJECT (entry), "lp-property", (gpointer) (is_start ? "period-start" : "period-end"));
  g_ptr_array_add (d->values, entry);
  if (is_start)
    d->period_start = entry;
  else
    d->period_end = entry;
  g_signal_connect (entry, "date-committed", G_CALLBACK (on_period_committed_cb), d);
  return date_field_row (title, entry);
}

/* Undo and redo show in the fields and drop-downs. */
static void
on_trajectory_changed_cb (LpTrajectory *trajectory,
                          Dialog       *d)
{
  d->updating = TRUE;
  for (guint i = 0; i < d->values->len; i++)
    {
      GtkWidget *w = g_ptr_array_index (d->values, i);
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
  d->updating = FALSE;
}

/* ---- lists: tracks, milestones, periods ---- */

static void
on_track_up_cb (GtkButton *button,
                Dialog    *d)
{
  LpTrack *track = g_object_get_data (G_OBJECT (button), "lp-item");
  int index = lp_trajectory_get_track_index (d->trajectory, track);

  if (index > 0)
    lp_trajectory_move_track (d->trajectory, track, (guint) index - 1);
}

static void
on_track_down_cb (GtkButton *button,
                  Dialog    *d)
{
  LpTrack *track = g_object_get_data (G_OBJECT (button), "lp-item");
  int index = lp_trajectory_get_track_index (d->trajectory, track);

  lp_trajectory_move_track (d->trajectory, track, (guint) index + 1);
}

static void
on_delete_cb (GtkButton *button,
              Dialog    *d)
{
  gpointer item = g_object_get_data (G_OBJECT (button), "lp-item");

  if (LP_IS_TRACK (item))
    {
      if (g_list_model_get_n_items (lp_trajectory_get_tracks (d->trajectory)) > 1)
        lp_trajectory_remove_track (d->trajectory, item);
    }
  else if (LP_IS_MILESTONE (item))
    lp_trajectory_remove_milestone (d->trajectory, item);
  else if (LP_IS_BAND (item))
    lp_trajectory_remove_band (d->trajectory, item);
}

static void
on_item_date_committed_cb (LpDateEntry *entry,
                           guint        date,
                           Dialog      *d)
{
  gpointer item = g_object_get_data (G_OBJECT (entry), "lp-item");
  const char *property = g_object_get_data (G_OBJECT (entry), "lp-property");
  GtkWidget *other = g_object_get_data (G_OBJECT (entry), "lp-other");

  if (LP_IS_BAND (item) && g_str_equal (property, "start"))
    {
      /* a new start moves the period and keeps its length */
      LpDate length = lp_band_get_end (item) - lp_band_get_start (item);

      lp_date_entry_set_error (entry, NULL);
      lp_date_entry_set_error (LP_DATE_ENTRY (other), NULL);
      lp_trajectory_begin_group (d->trajectory, _("Move Period"));
      lp_trajectory_set_uint (d->trajectory, item, "start", date);
      lp_trajectory_set_uint (d->trajectory, item, "end", date + length);
      lp_trajectory_end_group (d->trajectory);
      return;
    }
  if (LP_IS_BAND (item) && date < lp_band_get_start (item))
    {
      pair_error (GTK_WIDGET (entry), other, _("The period cannot end before it starts."));
      return;
    }
  lp_date_entry_set_error (entry, NULL);
  if (other != NULL)
    lp_date_entry_set_error (LP_DATE_ENTRY (other), NULL);
  lp_trajectory_set_uint (d->trajectory, item, property, date);
}

static GtkWidget *
item_button (Dialog     *d,
             gpointer    item,
             const char *icon,
             const char *tooltip,
             GCallback   callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_object_set_data (G_OBJECT (button), "lp-item", item);
  g_signal_connect (button, "clicked", callback, d);
  return button;
}

static void
add_list_row (Dialog    *d,
              GtkWidget *group,
              GtkWidget *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_ptr_array_add (d->rows, g_object_ref (row));
}

static GtkWidget *
date_row (Dialog     *d,
          gpointer    item,
          const char *property,
          const char *title,
          LpDate      date)
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
  g_ptr_array_add (d->values, entry);
  g_signal_connect (entry, "date-committed", G_CALLBACK (on_item_date_committed_cb), d);
  return date_field_row (title, entry);
}

/* ---- participant group and kinds ---- */

static void
on_choice_selected_cb (GtkDropDown *dropdown,
                       GParamSpec  *pspec,
                       Dialog      *d)
{
  gpointer item = g_object_get_data (G_OBJECT (dropdown), "lp-item");
  const char *property = g_object_get_data (G_OBJECT (dropdown), "lp-property");
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (d->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  lp_trajectory_set_enum (d->trajectory, item, property, (int) selected);
}

/* A drop-down of an enumeration's labels (value i at position i). */
static GtkWidget *
choice (Dialog      *d,
        gpointer     item,
        const char  *property,
        const char  *accessible_name,
        guint        n,
        const char *(*get_label) (int))
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
  g_ptr_array_add (d->values, dropdown);
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_choice_selected_cb), d);
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
band_kind_label (int v)
{
  return lp_band_kind_get_label (v);
}

static void
rebuild_lists (Dialog *d)
{
  GListModel *list;

  for (guint i = 0; i < d->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (d->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);
      if (group != NULL)
        adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (d->rows, 0);
  g_ptr_array_set_size (d->values, 0);
  if (d->period_start != NULL)
    {
      g_ptr_array_add (d->values, d->period_start);
      g_ptr_array_add (d->values, d->period_end);
    }

  list = lp_trajectory_get_tracks (d->trajectory);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (list, i);
      GtkWidget *row = string_row (d, track, "name", _("Name"));

      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), choice (d, track, "group", _("Participant group"),
                                                             LP_N_TRACK_GROUPS, group_label));

      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), item_button (d, track, "go-up-symbolic", _("Move Up"), G_CALLBACK (on_track_up_cb)));
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), item_button (d, track, "go-down-symbolic", _("Move Down"), G_CALLBACK (on_track_down_cb)));
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), item_button (d, track, "user-trash-symbolic", _("Delete Track and Its Modules"), G_CALLBACK (on_delete_cb)));
      add_list_row (d, d->tracks_group, row);
    }

  list = lp_trajectory_get_milestones (d->trajectory);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LpMilestone) e = g_list_model_get_item (list, i);
      GtkWidget *row = string_row (d, e, "label", _("Name"));

      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), choice (d, e, "kind", _("Kind of milestone"),
                                                             LP_N_MILESTONE_KINDS, milestone_kind_label));

      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), item_button (d, e, "user-trash-symbolic", _("Delete Milestone"), G_CALLBACK (on_delete_cb)));
      add_list_row (d, d->milestones_group, row);
      add_list_row (d, d->milestones_group, date_row (d, e, "date", _("Date"), lp_milestone_get_date (e)));
    }

  list = lp_trajectory_get_bands (d->trajectory);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LpBand) b = g_list_model_get_item (list, i);
      GtkWidget *row = string_row (d, b, "label", _("Name"));
      GtkWidget *from, *to;

      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), choice (d, b, "kind", _("Kind of period"),
                                                             LP_N_BAND_KINDS, band_kind_label));
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), item_button (d, b, "user-trash-symbolic", _("Delete Period"), G_CALLBACK (on_delete_cb)));
      add_list_row (d, d->bands_group, row);
      from = date_row (d, b, "start", _("From"), lp_band_get_start (b));
      to = date_row (d, b, "end", _("To"), lp_band_get_end (b));
      add_list_row (d, d->bands_group, from);
      add_list_row (d, d->bands_group, to);
      /* the rows' date fields know each other */
      from = g_ptr_array_index (d->values, d->values->len - 2);
      to = g_ptr_array_index (d->values, d->values->len - 1);
      g_object_set_data (G_OBJECT (from), "lp-other", to);
      g_object_set_data (G_OBJECT (to), "lp-other", from);
    }
}

static void
on_add_track_cb (GtkButton *button,
                 Dialog    *d)
{
  g_autofree char *id = lp_trajectory_make_id (d->trajectory, "t");
  g_autoptr(LpTrack) track = lp_track_new (id, _("New track"), LP_TRACK_GROUP_OTHER);

  lp_trajectory_add_track (d->trajectory, track, -1);
}

static void
on_add_milestone_cb (GtkButton *button,
                     Dialog    *d)
{
  g_autofree char *id = lp_trajectory_make_id (d->trajectory, "e");
  g_autoptr(LpMilestone) e = lp_milestone_new (id, lp_trajectory_get_period_start (d->trajectory),
                                               LP_MILESTONE_OTHER, _("New milestone"));

  lp_trajectory_add_milestone (d->trajectory, e);
}

static void
on_add_band_cb (GtkButton *button,
                Dialog    *d)
{
  g_autofree char *id = lp_trajectory_make_id (d->trajectory, "b");
  LpDate start = lp_trajectory_get_period_start (d->trajectory);
  g_autoptr(LpBand) b = lp_band_new (id, start, start + 13, LP_BAND_HOLIDAY, _("New period"));

  lp_trajectory_add_band (d->trajectory, b);
}

static void
on_collection_changed_cb (GListModel *model,
                          guint       position,
                          guint       removed,
                          guint       added,
                          Dialog     *d)
{
  rebuild_lists (d);
}

static GtkWidget *
header_button (const char *label,
               GCallback   callback,
               Dialog     *d)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", callback, d);
  return button;
}

GtkWidget *
lp_properties_dialog_present (GtkWindow    *parent,
                              LpTrajectory *trajectory)
{
  Dialog *d = g_new0 (Dialog, 1);
  GtkWidget *page, *group;

  d->trajectory = g_object_ref (trajectory);
  d->rows = g_ptr_array_new_with_free_func (g_object_unref);
  d->values = g_ptr_array_new ();
  d->window = adw_preferences_window_new ();
  gtk_window_set_title (GTK_WINDOW (d->window), _("Trajectory Properties"));
  gtk_window_set_transient_for (GTK_WINDOW (d->window), parent);
  gtk_window_set_modal (GTK_WINDOW (d->window), TRUE);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (d->window), FALSE);
  g_object_set_data_full (G_OBJECT (d->window), "lp-dialog", d, (GDestroyNotify) dialog_free);

  page = adw_preferences_page_new ();
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Trajectory"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Press Enter or the check mark to keep a change; each change can be undone."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), string_row (d, trajectory, "title", _("Title")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), string_row (d, trajectory, "client", _("Client")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), string_row (d, trajectory, "author", _("Author")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), string_row (d, trajectory, "description", _("Description")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), period_row (d, TRUE, _("Period starts")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), period_row (d, FALSE, _("Period ends")));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  d->tracks_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (d->tracks_group), _("Tracks"));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (d->tracks_group),
                                           header_button (_("_Add Track"), G_CALLBACK (on_add_track_cb), d));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (d->tracks_group));

  d->milestones_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (d->milestones_group), _("Milestones"));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (d->milestones_group),
                                           header_button (_("Add _Milestone"), G_CALLBACK (on_add_milestone_cb), d));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (d->milestones_group));

  d->bands_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (d->bands_group), _("Periods"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (d->bands_group), _("Council recesses and holidays, shaded on the timeline."));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (d->bands_group),
                                           header_button (_("Add _Period"), G_CALLBACK (on_add_band_cb), d));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (d->bands_group));

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (d->window), ADW_PREFERENCES_PAGE (page));

  g_signal_connect (lp_trajectory_get_tracks (trajectory), "items-changed", G_CALLBACK (on_collection_changed_cb), d);
  g_signal_connect (lp_trajectory_get_milestones (trajectory), "items-changed", G_CALLBACK (on_collection_changed_cb), d);
  g_signal_connect (lp_trajectory_get_bands (trajectory), "items-changed", G_CALLBACK (on_collection_changed_cb), d);
  g_signal_connect (trajectory, "changed", G_CALLBACK (on_trajectory_changed_cb), d);
  rebuild_lists (d);
  gtk_window_present (GTK_WINDOW (d->window));
  return d->window;
}
