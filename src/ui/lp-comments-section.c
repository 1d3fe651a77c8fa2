/* lp-comments-section.c — the module editor's review comments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-comment-edit.h"
#include "core/lp-date.h"
#include "lp-comments-section.h"
#include "lp-resources.h"

struct _LpCommentsSection
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkWidget    *list;
  GtkWidget    *entry;
  GtkWidget    *name_entry;

  LpTrajectory *trajectory;
  LpModule     *module;
  GSettings    *settings;   /* NULL when the schema is not installed */
};

G_DEFINE_FINAL_TYPE (LpCommentsSection, lp_comments_section, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_TRAJECTORY, PROP_MODULE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static GSettings *
app_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  return schema != NULL ? g_settings_new (APP_ID) : NULL;
}

char *
lp_comments_author_name (void)
{
  g_autoptr(GSettings) settings = app_settings ();
  g_autofree char *name = settings ? g_settings_get_string (settings, "your-name") : NULL;

  if (name != NULL && *g_strstrip (name) != '\0')
    return g_steal_pointer (&name);
  return g_strdup (g_get_real_name ());
}

static void
on_resolve_clicked_cb (GtkButton         *button,
                       LpCommentsSection *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "lp-index"));
  const LpComment *c;

  if (self->module == NULL || index >= lp_module_get_comments (self->module)->len)
    return;
  c = g_ptr_array_index (lp_module_get_comments (self->module), index);
  lp_trajectory_set_comment_resolved (self->trajectory, self->module, index, !c->resolved);
}

static void
on_delete_clicked_cb (GtkButton         *button,
                      LpCommentsSection *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "lp-index"));

  if (self->module != NULL && index < lp_module_get_comments (self->module)->len)
    lp_trajectory_remove_comment (self->trajectory, self->module, index);
}

static GtkWidget *
row_button (LpCommentsSection *self,
            guint              index,
            const char        *label,
            const char        *icon,
            GCallback          callback)
{
  GtkWidget *button = icon ? gtk_button_new_from_icon_name (icon) : gtk_button_new_with_mnemonic (label);

  if (icon != NULL)
    {
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (button), "lp-index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

/* "Anne · 2 Nov 2026", with "resolved" after it when it is. */
static char *
byline (const LpComment *c)
{
  g_autofree char *date = c->date != LP_DATE_NONE ? lp_date_format_display (c->date) : NULL;
  g_autoptr(GString) s = g_string_new (c->author ? c->author : "");

  if (date != NULL)
    g_string_append_printf (s, "%s%s", s->len ? " · " : "", date);
  if (c->resolved)
    g_string_append_printf (s, "%s%s", s->len ? " · " : "", _("resolved"));
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static GtkWidget *
comment_row (LpCommentsSection *self,
             const LpComment   *c,
             guint              index)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *hbox = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *vbox = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *text = gtk_label_new (c->text);
  g_autofree char *by = byline (c);
  GtkWidget *meta = gtk_label_new (by);
  g_autofree char *name = lp_comment_format (c);

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_widget_add_css_class (meta, "caption");
  gtk_widget_add_css_class (meta, "dim-label");
  if (c->resolved)
    gtk_widget_add_css_class (text, "dim-label");
  gtk_widget_set_hexpand (vbox, TRUE);
  gtk_widget_set_margin_start (hbox, 6);
  gtk_widget_set_margin_top (hbox, 4);
  gtk_widget_set_margin_bottom (hbox, 4);
  gtk_box_append (GTK_BOX (vbox), text);
  gtk_box_append (GTK_BOX (vbox), meta);
  gtk_box_append (GTK_BOX (hbox), vbox);
  gtk_box_append (GTK_BOX (hbox), row_button (self, index, c->resolved ? _("_Reopen") : _("_Resolve"),
                                              NULL, G_CALLBACK (on_resolve_clicked_cb)));
  gtk_box_append (GTK_BOX (hbox), row_button (self, index, _("Delete Comment"), "user-trash-symbolic",
                                              G_CALLBACK (on_delete_clicked_cb)));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), hbox);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return row;
}

static void
refresh (LpCommentsSection *self)
{
  GtkWidget *child;
  GPtrArray *comments = self->module ? lp_module_get_comments (self->module) : NULL;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  for (guint i = 0; comments != NULL && i < comments->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->list), comment_row (self, g_ptr_array_index (comments, i), i));
  gtk_widget_set_visible (self->list, comments != NULL && comments->len > 0);
}

static void
on_add_cb (GtkEntry          *entry,
           LpCommentsSection *self)
{
  g_autofree char *author = NULL;

  if (self->module == NULL || self->trajectory == NULL)
    return;
  author = lp_comments_author_name ();
  lp_trajectory_add_comment (self->trajectory, self->module, author, lp_date_today (),
                             gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_name_changed_cb (GtkEditable       *editable,
                    LpCommentsSection *self)
{
  g_autofree char *stripped = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  if (self->settings == NULL)
    return;
  /* the account's name is the default, not a setting */
  if (g_strcmp0 (stripped, g_get_real_name ()) == 0)
    g_settings_reset (self->settings, "your-name");
  else
    g_settings_set_string (self->settings, "your-name", stripped);
}

static void
on_module_changed_cb (LpTrajectory      *trajectory,
                      LpModule          *module,
                      const char        *property,
                      LpCommentsSection *self)
{
  if (module == self->module && g_strcmp0 (property, "comments") == 0)
    refresh (self);
}

static void
set_trajectory (LpCommentsSection *self,
                LpTrajectory      *trajectory)
{
  if (self->trajectory == trajectory)
    return;
  if (self->trajectory != NULL)
    g_signal_handlers_disconnect_by_data (self->trajectory, self);
  g_set_object (&self->trajectory, trajectory);
  if (trajectory != NULL)
    g_signal_connect (trajectory, "module-changed", G_CALLBACK (on_module_changed_cb), self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRAJECTORY]);
}

static void
set_module (LpCommentsSection *self,
            LpModule          *module)
{
  if (g_set_object (&self->module, module))
    {
      refresh (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODULE]);
    }
}

static void
lp_comments_section_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  LpCommentsSection *self = LP_COMMENTS_SECTION (object);

  switch (prop_id)
    {
    case PROP_TRAJECTORY: g_value_set_object (value, self->trajectory); break;
    case PROP_MODULE: g_value_set_object (value, self->module); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_comments_section_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  LpCommentsSection *self = LP_COMMENTS_SECTION (object);

  switch (prop_id)
    {
    case PROP_TRAJECTORY: set_trajectory (self, g_value_get_object (value)); break;
    case PROP_MODULE: set_module (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lp_comments_section_dispose (GObject *object)
{
  LpCommentsSection *self = LP_COMMENTS_SECTION (object);

  set_trajectory (self, NULL);
  g_clear_object (&self->module);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), LP_TYPE_COMMENTS_SECTION);
  G_OBJECT_CLASS (lp_comments_section_parent_class)->dispose (object);
}

static void
lp_comments_section_class_init (LpCommentsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = lp_comments_section_dispose;
  object_class->get_property = lp_comments_section_get_property;
  object_class->set_property = lp_comments_section_set_property;
  properties[PROP_TRAJECTORY] = g_param_spec_object ("trajectory", NULL, NULL, LP_TYPE_TRAJECTORY, flags);
  properties[PROP_MODULE] = g_param_spec_object ("module", NULL, NULL, LP_TYPE_MODULE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  lp_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, LP_UI_RESOURCE_PREFIX "/lp-comments-section.ui");
  gtk_widget_class_bind_template_child (widget_class, LpCommentsSection, box);
  gtk_widget_class_bind_template_child (widget_class, LpCommentsSection, list);
  gtk_widget_class_bind_template_child (widget_class, LpCommentsSection, entry);
  gtk_widget_class_bind_template_child (widget_class, LpCommentsSection, name_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_add_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "commentssection");
}

static void
lp_comments_section_init (LpCommentsSection *self)
{
  g_autofree char *name = lp_comments_author_name ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* each field said once, by its own name, not also by the label that
   * gives it its mnemonic (GTK 4.8 reads both) */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->name_entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  g_signal_handlers_block_by_func (self->name_entry, on_name_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), name);
  g_signal_handlers_unblock_by_func (self->name_entry, on_name_changed_cb, self);
  self->settings = app_settings ();
}

GtkWidget *
lp_comments_section_new (void)
{
  return g_object_new (LP_TYPE_COMMENTS_SECTION, NULL);
}

GtkWidget *
_lp_comments_section_get_entry (LpCommentsSection *self)
{
  return self->entry;
}

GtkWidget *
_lp_comments_section_get_name_entry (LpCommentsSection *self)
{
  return self->name_entry;
}

GtkWidget *
_lp_comments_section_get_list (LpCommentsSection *self)
{
  return self->list;
}
