/* lp-agenda-section.c — the Programme section of the module editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One LpAgendaRow per item, rebuilt when the number of items changes and
 * updated in place otherwise (so that a field being typed in keeps its
 * focus); each change goes through lp-agenda-edit.c as one undo step.
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-agenda-edit.h"
#include "lp-agenda-row.h"
#include "lp-agenda-section.h"
#include "lp-resources.h"

struct _LpAgendaSection
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkWidget    *empty_label;
  GtkWidget    *rows;
  GtkWidget    *problems;
  GtkWidget    *add_button;

  LpTrajectory *trajectory;
  LpModule     *module;
  GPtrArray    *row_widgets;   /* LpAgendaRow, borrowed from rows */
};

G_DEFINE_FINAL_TYPE (LpAgendaSection, lp_agenda_section, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_TRAJECTORY, PROP_MODULE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
on_row_edited_cb (LpAgendaRow *row, LpAgendaItem *item, LpAgendaSection *self)
{
  guint index = lp_agenda_row_get_index (row);
  const LpAgenda *agenda;

  if (self->module == NULL || self->trajectory == NULL)
    return;
  agenda = lp_module_get_agenda (self->module);
  if (index >= lp_agenda_get_n_items (agenda))
    return;
  lp_agenda_edit_replace (self->trajectory, self->module, index, item);
}

static void
on_row_move_cb (LpAgendaRow *row, int delta, LpAgendaSection *self)
{
  guint index = lp_agenda_row_get_index (row);
  guint to;

  if (self->module == NULL)
    return;
  to = lp_agenda_edit_move (self->trajectory, self->module, index, delta);
  if (to != index && to < self->row_widgets->len)
    gtk_widget_grab_focus (lp_agenda_row_get_part (g_ptr_array_index (self->row_widgets, to),
                                                   delta < 0 ? "up" : "down"));
}

static void
on_row_remove_cb (LpAgendaRow *row, LpAgendaSection *self)
{
  if (self->module == NULL)
    return;
  lp_agenda_edit_remove (self->trajectory, self->module, lp_agenda_row_get_index (row));
  gtk_widget_grab_focus (self->add_button);
}

static void
on_add_clicked_cb (GtkButton *button, LpAgendaSection *self)
{
  const LpAgenda *agenda;
  guint index, day;

  if (self->module == NULL || self->trajectory == NULL)
    return;
  agenda = lp_module_get_agenda (self->module);
  day = MAX (lp_agenda_get_last_day (agenda), 1);
  index = lp_agenda_edit_add (self->trajectory, self->module, day, _("New item"));
  if (index < self->row_widgets->len)
    gtk_widget_grab_focus (lp_agenda_row_get_part (g_ptr_array_index (self->row_widgets, index), "title"));
}

static void
rebuild_rows (LpAgendaSection *self, guint n)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->rows)) != NULL)
    gtk_box_remove (GTK_BOX (self->rows), child);
  g_ptr_array_set_size (self->row_widgets, 0);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = lp_agenda_row_new ();
      g_signal_connect (row, "edited", G_CALLBACK (on_row_edited_cb), self);
      g_signal_connect (row, "move", G_CALLBACK (on_row_move_cb), self);
      g_signal_connect (row, "remove", G_CALLBACK (on_row_remove_cb), self);
      gtk_box_append (GTK_BOX (self->rows), row);
      g_ptr_array_add (self->row_widgets, row);
    }
}

static void
show_problems (LpAgendaSection *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->problems)) != NULL)
    gtk_box_remove (GTK_BOX (self->problems), child);
  if (self->module == NULL)
    return;
  problems = lp_agenda_find_problems (lp_module_get_agenda (self->module), lp_module_get_n_days (self->module),
                                      lp_module_get_start_time (self->module),
                                      lp_module_get_end_time (self->module));
  for (guint i = 0; i < problems->len; i++)
    {
      GtkWidget *label = gtk_label_new (g_ptr_array_index (problems, i));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
      gtk_widget_add_css_class (label, "warning");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (self->problems), label);
    }
}

/* The time from @index's end to the next item of its day. */
static int
gap_after (const LpAgenda *agenda, guint index)
{
  const LpAgendaItem *item = lp_agenda_get_item (agenda, index);
  const LpAgendaItem *next;

  if (index + 1 >= lp_agenda_get_n_items (agenda))
    return LP_TIME_NONE;
  next = lp_agenda_get_item (agenda, index + 1);
  return next->day == item->day ? next->start - item->end : LP_TIME_NONE;
}

static void
refresh (LpAgendaSection *self)
{
  const LpAgenda *agenda = self->module ? lp_module_get_agenda (self->module) : NULL;
  guint n = lp_agenda_get_n_items (agenda);
  guint n_days = self->module ? lp_module_get_n_days (self->module) : 1;

  if (n != self->row_widgets->len)
    rebuild_rows (self, n);
  for (guint i = 0; i < n; i++)
    lp_agenda_row_update (g_ptr_array_index (self->row_widgets, i), i, lp_agenda_get_item (agenda, i),
                          n_days, gap_after (agenda, i));
  gtk_widget_set_visible (self->empty_label, n == 0);
  show_problems (self);
}

static void
on_module_notify_cb (GObject *module, GParamSpec *pspec, LpAgendaSection *self)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "agenda") || g_str_equal (name, "start") || g_str_equal (name, "end") ||
      g_str_equal (name, "start-time") || g_str_equal (name, "end-time"))
    refresh (self);
}

static void
set_module (LpAgendaSection *self, LpModule *module)
{
  if (self->module == module)
    return;
  if (self->module != NULL)
    g_signal_handlers_disconnect_by_data (self->module, self);
  g_set_object (&self->module, module);
  if (module != NULL)
    g_signal_connect (module, "notify", G_CALLBACK (on_module_notify_cb), self);
  rebuild_rows (self, 0);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODULE]);
}

static void
lp_agenda_section_dispose (GObject *object)
{
  LpAgendaSection *self = LP_AGENDA_SECTION (object);

  if (self->module != NULL)
    g_signal_handlers_disconnect_by_data (self->module, self);
  g_clear_object (&self->module);
  g_clear_object (&self->trajectory);
  gtk_widget_dispose_template (GTK_WIDGET (self), LP_TYPE_AGENDA_SECTION);
  G_OBJECT_CLASS (lp_agenda_section_parent_class)->dispose (object);
}

static void
lp_agenda_section_finalize (GObject *object)
{
  LpAgendaSection *self = LP_AGENDA_SECTION (object);

  g_clear_pointer (&self->row_widgets, g_ptr_array_unref);
  G_OBJECT_CLASS (lp_agenda_section_parent_class)->finalize (object);
}

static void
lp_agenda_section_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LpAgendaSection *self = LP_AGENDA_SECTION (object);

  switch (prop_id)
    {
    case PROP_TRAJECTORY: g_value_set_object (value, self->trajectory); break;
    case PROP_MODULE: g_value_set_object (value, self->module); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_agenda_section_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  LpAgendaSection *self = LP_AGENDA_SECTION (object);

  switch (prop_id)
    {
    case PROP_TRAJECTORY:
      if (g_set_object (&self->trajectory, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_MODULE: set_module (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_agenda_section_class_init (LpAgendaSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = lp_agenda_section_dispose;
  object_class->finalize = lp_agenda_section_finalize;
  object_class->get_property = lp_agenda_section_get_property;
  object_class->set_property = lp_agenda_section_set_property;
  properties[PROP_TRAJECTORY] = g_param_spec_object ("trajectory", NULL, NULL, LP_TYPE_TRAJECTORY, flags);
  properties[PROP_MODULE] = g_param_spec_object ("module", NULL, NULL, LP_TYPE_MODULE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  lp_ui_ensure_resources ();
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/leerplaats/Leerplaats/lp-agenda-section.ui");
  gtk_widget_class_bind_template_child (widget_class, LpAgendaSection, box);
  gtk_widget_class_bind_template_child (widget_class, LpAgendaSection, empty_label);
  gtk_widget_class_bind_template_child (widget_class, LpAgendaSection, rows);
  gtk_widget_class_bind_template_child (widget_class, LpAgendaSection, problems);
  gtk_widget_class_bind_template_child (widget_class, LpAgendaSection, add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
}

static void
lp_agenda_section_init (LpAgendaSection *self)
{
  self->row_widgets = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lp_agenda_section_new (void)
{
  return g_object_new (LP_TYPE_AGENDA_SECTION, NULL);
}

GtkWidget *
_lp_agenda_section_get_row (LpAgendaSection *self, guint index)
{
  g_return_val_if_fail (index < self->row_widgets->len, NULL);
  return g_ptr_array_index (self->row_widgets, index);
}

GtkWidget *
_lp_agenda_section_get_add_button (LpAgendaSection *self)
{
  return self->add_button;
}

guint
_lp_agenda_section_get_n_problems (LpAgendaSection *self)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (self->problems); c != NULL; c = gtk_widget_get_next_sibling (c))
    n++;
  return n;
}

const char *
_lp_agenda_section_get_problem (LpAgendaSection *self, guint index)
{
  GtkWidget *c = gtk_widget_get_first_child (self->problems);

  for (; c != NULL && index > 0; index--)
    c = gtk_widget_get_next_sibling (c);
  return c ? gtk_label_get_text (GTK_LABEL (c)) : NULL;
}

gboolean
lp_agenda_section_focus_item (LpAgendaSection *self, guint index)
{
  GtkWidget *title;

  g_return_val_if_fail (LP_IS_AGENDA_SECTION (self), FALSE);
  if (index >= self->row_widgets->len)
    return FALSE;
  title = lp_agenda_row_get_part (g_ptr_array_index (self->row_widgets, index), "title");
  if (GTK_IS_ENTRY (title))
    return gtk_entry_grab_focus_without_selecting (GTK_ENTRY (title));
  return gtk_widget_grab_focus (title);
}
