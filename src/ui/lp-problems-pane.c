/* lp-problems-pane.c — the list of the trajectory's problems under the timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "lp-problems-pane.h"

struct _LpProblemsPane
{
  GtkBox          parent_instance;

  GtkListBox     *list;
  GtkLabel       *heading;
  LpProblemWatch *watch;
  GPtrArray      *modules;    /* LpModule per row */
  guint           idle_id;
  gboolean        stale;      /* the watch changed while the pane was hidden */
};

G_DEFINE_FINAL_TYPE (LpProblemsPane, lp_problems_pane, GTK_TYPE_BOX)

/* More rows than anyone reads: the rest is counted in a last row. */
#define MAX_ROWS 200

enum { MODULE_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static GtkWidget *
make_row (LpTrajectory    *trajectory,
          const LpProblem *p)
{
  g_autofree char *date = lp_date_format_short (p->date);
  g_autofree char *reason = lp_problem_describe (trajectory, p);
  /* TRANSLATORS: a row of the Problems pane: "date — module title: reason" */
  g_autofree char *text = g_strdup_printf (_("%s — %s: %s"), date,
                                           lp_trajectory_get_module_title (trajectory, p->module), reason);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  return label;
}

static gboolean
rebuild (gpointer data)
{
  LpProblemsPane *self = data;
  GPtrArray *problems;
  LpTrajectory *trajectory;
  GtkListBoxRow *row;

  self->idle_id = 0;
  self->stale = FALSE;
  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));
  g_ptr_array_set_size (self->modules, 0);
  if (self->watch == NULL)
    return G_SOURCE_REMOVE;
  trajectory = lp_problem_watch_get_trajectory (self->watch);
  problems = lp_problem_watch_get_problems (self->watch);
  for (guint i = 0; i < MIN (problems->len, MAX_ROWS); i++)
    {
      const LpProblem *p = g_ptr_array_index (problems, i);

      gtk_list_box_append (self->list, make_row (trajectory, p));
      g_ptr_array_add (self->modules, g_object_ref (p->module));
    }
  if (problems->len > MAX_ROWS)
    {
      guint rest = problems->len - MAX_ROWS;
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more problem",
                                                            "and %u more problems", rest), rest);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_append (self->list, label);
      gtk_list_box_row_set_activatable (gtk_list_box_get_row_at_index (self->list, MAX_ROWS), FALSE);
    }
  return G_SOURCE_REMOVE;
}

/* Rebuilt once after a burst of changes, and only while shown. */
static void
on_watch_changed_cb (LpProblemWatch *watch,
                     LpProblemsPane *self)
{
  self->stale = TRUE;
  if (self->idle_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->idle_id = g_idle_add (rebuild, self);
}

static void
lp_problems_pane_map (GtkWidget *widget)
{
  LpProblemsPane *self = LP_PROBLEMS_PANE (widget);

  GTK_WIDGET_CLASS (lp_problems_pane_parent_class)->map (widget);
  if (self->stale && self->idle_id == 0)
    rebuild (self);
}

static void
on_row_activated_cb (GtkListBox     *list,
                     GtkListBoxRow  *row,
                     LpProblemsPane *self)
{
  int index = gtk_list_box_row_get_index (row);

  if (index >= 0 && (guint) index < self->modules->len)
    g_signal_emit (self, signals[MODULE_ACTIVATED], 0, g_ptr_array_index (self->modules, index));
}

static void
lp_problems_pane_dispose (GObject *object)
{
  LpProblemsPane *self = LP_PROBLEMS_PANE (object);

  lp_problems_pane_set_watch (self, NULL);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_pointer (&self->modules, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), LP_TYPE_PROBLEMS_PANE);
  G_OBJECT_CLASS (lp_problems_pane_parent_class)->dispose (object);
}

static void
lp_problems_pane_class_init (LpProblemsPaneClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = lp_problems_pane_dispose;
  widget_class->map = lp_problems_pane_map;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/leerplaats/Leerplaats/lp-problems-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, LpProblemsPane, list);
  gtk_widget_class_bind_template_child (widget_class, LpProblemsPane, heading);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  signals[MODULE_ACTIVATED] =
    g_signal_new ("module-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, LP_TYPE_MODULE);
}

static void
lp_problems_pane_init (LpProblemsPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->modules = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_list_box_set_placeholder (self->list, gtk_label_new (_("No problems")));
}

GtkWidget *
lp_problems_pane_new (void)
{
  return g_object_new (LP_TYPE_PROBLEMS_PANE, NULL);
}

void
lp_problems_pane_set_watch (LpProblemsPane *self,
                            LpProblemWatch *watch)
{
  g_return_if_fail (LP_IS_PROBLEMS_PANE (self));

  if (self->watch != NULL)
    g_signal_handlers_disconnect_by_data (self->watch, self);
  g_set_object (&self->watch, watch);
  if (watch != NULL)
    g_signal_connect (watch, "changed", G_CALLBACK (on_watch_changed_cb), self);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  self->stale = TRUE;
  if (self->modules != NULL && (watch == NULL || gtk_widget_get_mapped (GTK_WIDGET (self))))
    rebuild (self);
}

char **
lp_problems_pane_get_texts (LpProblemsPane *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      g_strv_builder_add (builder, gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)))));
  return g_strv_builder_end (builder);
}

void
lp_problems_pane_activate (LpProblemsPane *self,
                           guint           index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, (int) index);

  g_return_if_fail (row != NULL);
  g_signal_emit_by_name (self->list, "row-activated", row);
}
