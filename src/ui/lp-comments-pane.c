/* lp-comments-pane.c — every open review comment of the trajectory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-comment-edit.h"
#include "lp-comments-pane.h"

struct _LpCommentsPane
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkWidget    *list;
  GtkWidget    *placeholder;
  LpTrajectory *trajectory;
  gboolean      stale;     /* changed while hidden */
};

G_DEFINE_FINAL_TYPE (LpCommentsPane, lp_comments_pane, GTK_TYPE_WIDGET)

/* More rows than anyone reads (and a list of thousands of rows takes
 * seconds and hundreds of megabytes): the rest is counted in a last row. */
#define MAX_ROWS 200

enum { PROP_0, PROP_TRAJECTORY, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { MODULE_CHOSEN, N_SIGNALS };
static guint signals[N_SIGNALS];

static GtkWidget *
comment_row (LpCommentsPane      *self,
             const LpOpenComment *oc)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *vbox = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  const char *title = lp_trajectory_get_module_title (self->trajectory, oc->module);
  g_autofree char *formatted = lp_comment_format (oc->comment);
  g_autofree char *name = g_strdup_printf ("%s: %s", title, formatted);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *text = gtk_label_new (formatted);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_ellipsize (GTK_LABEL (heading), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_start (vbox, 8);
  gtk_widget_set_margin_end (vbox, 8);
  gtk_widget_set_margin_top (vbox, 4);
  gtk_widget_set_margin_bottom (vbox, 4);
  gtk_box_append (GTK_BOX (vbox), heading);
  gtk_box_append (GTK_BOX (vbox), text);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), vbox);
  g_object_set_data_full (G_OBJECT (row), "lp-module", g_object_ref (oc->module), g_object_unref);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return row;
}

static void
clear (LpCommentsPane *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
}

static GtkWidget *
more_row (guint rest)
{
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more open comment",
                                                        "and %u more open comments", rest), rest);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_start (label, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
rebuild (LpCommentsPane *self)
{
  g_autoptr(GArray) open = NULL;

  self->stale = FALSE;
  clear (self);
  if (self->trajectory == NULL)
    return;
  open = lp_trajectory_list_open_comments (self->trajectory);
  for (guint i = 0; i < MIN (open->len, MAX_ROWS); i++)
    gtk_list_box_append (GTK_LIST_BOX (self->list), comment_row (self, &g_array_index (open, LpOpenComment, i)));
  if (open->len > MAX_ROWS)
    gtk_list_box_append (GTK_LIST_BOX (self->list), more_row (open->len - MAX_ROWS));
}

/* Rebuilt now while shown; else when next shown, the old rows gone. */
static void
refresh_soon (LpCommentsPane *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else if (!self->stale)
    {
      clear (self);
      self->stale = TRUE;
    }
}

/* Only what the rows show: comments, titles (a kind's name when the
 * module has none) and which modules there are; not moves or drags. */
static void
on_module_changed_cb (LpTrajectory   *trajectory,
                      LpModule       *module,
                      const char     *property,
                      LpCommentsPane *self)
{
  if (g_strcmp0 (property, "comments") == 0 || g_strcmp0 (property, "title") == 0 ||
      g_strcmp0 (property, "kind") == 0)
    refresh_soon (self);
}

static void
on_modules_changed_cb (GListModel     *modules,
                       guint           position,
                       guint           removed,
                       guint           added,
                       LpCommentsPane *self)
{
  refresh_soon (self);
}

static void
disconnect (LpCommentsPane *self)
{
  if (self->trajectory == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->trajectory, self);
  g_signal_handlers_disconnect_by_data (lp_trajectory_get_modules (self->trajectory), self);
}

static void
on_row_activated_cb (GtkListBox     *list,
                     GtkListBoxRow  *row,
                     LpCommentsPane *self)
{
  LpModule *module = g_object_get_data (G_OBJECT (row), "lp-module");

  if (module != NULL)
    g_signal_emit (self, signals[MODULE_CHOSEN], 0, module);
}

void
lp_comments_pane_set_trajectory (LpCommentsPane *self,
                                 LpTrajectory   *trajectory)
{
  g_return_if_fail (LP_IS_COMMENTS_PANE (self));
  if (self->trajectory == trajectory)
    return;
  disconnect (self);
  g_set_object (&self->trajectory, trajectory);
  if (trajectory != NULL)
    {
      g_signal_connect (trajectory, "module-changed", G_CALLBACK (on_module_changed_cb), self);
      g_signal_connect (lp_trajectory_get_modules (trajectory), "items-changed",
                        G_CALLBACK (on_modules_changed_cb), self);
    }
  refresh_soon (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRAJECTORY]);
}

static void
lp_comments_pane_map (GtkWidget *widget)
{
  LpCommentsPane *self = LP_COMMENTS_PANE (widget);

  if (self->stale)
    rebuild (self);
  GTK_WIDGET_CLASS (lp_comments_pane_parent_class)->map (widget);
}

static void
lp_comments_pane_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_TRAJECTORY)
    g_value_set_object (value, LP_COMMENTS_PANE (object)->trajectory);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
lp_comments_pane_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_TRAJECTORY)
    lp_comments_pane_set_trajectory (LP_COMMENTS_PANE (object), g_value_get_object (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
lp_comments_pane_dispose (GObject *object)
{
  LpCommentsPane *self = LP_COMMENTS_PANE (object);

  disconnect (self);
  g_clear_object (&self->trajectory);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (lp_comments_pane_parent_class)->dispose (object);
}

static void
lp_comments_pane_class_init (LpCommentsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lp_comments_pane_dispose;
  object_class->get_property = lp_comments_pane_get_property;
  object_class->set_property = lp_comments_pane_set_property;
  widget_class->map = lp_comments_pane_map;
  properties[PROP_TRAJECTORY] =
    g_param_spec_object ("trajectory", NULL, NULL, LP_TYPE_TRAJECTORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  signals[MODULE_CHOSEN] = g_signal_new ("module-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, LP_TYPE_MODULE);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "commentspane");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lp_comments_pane_init (LpCommentsPane *self)
{
  GtkWidget *title = gtk_label_new (_("Open Comments"));
  GtkWidget *scroller = gtk_scrolled_window_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_set_margin_start (title, 8);
  gtk_widget_set_margin_top (title, 6);
  gtk_widget_set_margin_bottom (title, 6);
  gtk_box_append (GTK_BOX (self->box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (self->box), title);

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_BROWSE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (self->list), TRUE);
  self->placeholder = gtk_label_new (_("No open comments"));
  gtk_widget_add_css_class (self->placeholder, "dim-label");
  gtk_widget_set_margin_top (self->placeholder, 12);
  gtk_widget_set_margin_bottom (self->placeholder, 12);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (self->list), self->placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Open Comments"), -1);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (self->box), scroller);
  gtk_widget_set_size_request (GTK_WIDGET (self), -1, 160);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Open Comments"), -1);
}

GtkWidget *
lp_comments_pane_new (void)
{
  return g_object_new (LP_TYPE_COMMENTS_PANE, NULL);
}

GtkWidget *
_lp_comments_pane_get_list (LpCommentsPane *self)
{
  return self->list;
}
