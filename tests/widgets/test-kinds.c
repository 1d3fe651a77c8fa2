/* test-kinds.c — own module kinds: created, edited and deleted from the
 * palette through the kind dialog, under a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "core/lp-library.h"
#include "core/lp-sample.h"
#include "ui/lp-kind-dialog-private.h"
#include "ui/lp-module-editor-private.h"
#include "ui/lp-palette-private.h"
#include "widget-test-util.h"

typedef struct {
  GtkWidget    *window;
  LpPalette    *palette;
  LpTrajectory *t;
  LpHistory    *h;
} Fixture;

static void
setup (Fixture *f, gconstpointer data)
{
  f->t = lp_sample_generate (12, 2, 6, 1);
  f->h = lp_trajectory_get_history (f->t);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 300, 600);
  f->palette = LP_PALETTE (lp_palette_new ());
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->palette));
  lp_palette_set_trajectory (f->palette, f->t);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_allocation (GTK_WIDGET (f->palette));
}

static void
teardown (Fixture *f, gconstpointer data)
{
  LpKindDialog *dialog = _lp_palette_get_dialog (f->palette);

  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->t);
}

/* For wait_until: the palette (an LpPalette *) has no kind dialog open. */
static gboolean
palette_has_no_dialog (gpointer palette)
{
  return _lp_palette_get_dialog (LP_PALETTE (palette)) == NULL;
}

static guint
theme_position (const char *id)
{
  for (guint i = 0; i < lp_library_get_n_themes (); i++)
    if (strcmp (lp_library_get_theme_nth (i)->id, id) == 0)
      return i;
  g_assert_not_reached ();
  return G_MAXUINT;
}

static guint
work_form_position (const char *id)
{
  const char * const *forms = lp_library_get_work_forms ();

  for (guint i = 0; forms[i] != NULL; i++)
    if (strcmp (forms[i], id) == 0)
      return i;
  g_assert_not_reached ();
  return G_MAXUINT;
}

static LpKind *
find_own_kind_by_name (LpTrajectory *t,
                       const char   *name)
{
  GListModel *kinds = lp_trajectory_get_kinds (t);

  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(LpKind) kind = g_list_model_get_item (kinds, i);
      if (g_strcmp0 (lp_kind_get_name (kind), name) == 0)
        return kind;   /* still owned by the trajectory */
    }
  return NULL;
}

static LpKindDialog *
open_dialog (Fixture *f, LpKind *kind)
{
  LpKindDialog *dialog;

  if (kind == NULL)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->palette), "palette.new-kind", NULL));
  else
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->palette), "palette.edit-kind", "s", lp_kind_get_id (kind)));
  dialog = _lp_palette_get_dialog (f->palette);
  g_assert_nonnull (dialog);
  g_assert_true (LP_IS_KIND_DIALOG (dialog));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  g_assert_true (lp_kind_dialog_get_kind (dialog) == kind);
  /* a name holds no more than a file does */
  g_assert_cmpint (gtk_text_get_max_length (GTK_TEXT (gtk_editable_get_delegate (
                     GTK_EDITABLE (_lp_kind_dialog_get_widget (dialog, "name"))))), ==, LP_MAX_SHORT_TEXT);
  return dialog;
}

static void
set_color (LpKindDialog *dialog, const char *color)
{
  GdkRGBA rgba;

  gtk_switch_set_active (GTK_SWITCH (_lp_kind_dialog_get_widget (dialog, "theme-color")), color == NULL);
  if (color != NULL)
    {
      g_assert_true (gdk_rgba_parse (&rgba, color));
      gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (_lp_kind_dialog_get_widget (dialog, "color")), &rgba);
    }
}

static void
assert_row (Fixture *f, LpKind *kind, const char *name)
{
  GtkWidget *row = _lp_palette_get_row (f->palette, kind);

  g_assert_nonnull (row);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
}

static void
test_new_button (Fixture *f, gconstpointer data)
{
  GtkWidget *button = _lp_palette_get_new_button (f->palette);
  LpKindDialog *dialog;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "palette.new-kind");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, "New Module Kind");
  /* said once: GTK 4.8 would read a labelled-by relation after the name */
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  g_assert_true (gtk_widget_is_sensitive (button));

  g_signal_emit_by_name (button, "clicked");
  dialog = _lp_palette_get_dialog (f->palette);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Module Kind");

  /* every input has an accessible name */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (_lp_kind_dialog_get_widget (dialog, "name")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Name");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (_lp_kind_dialog_get_widget (dialog, "theme")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Theme");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (_lp_kind_dialog_get_widget (dialog, "work-form")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Work form");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (_lp_kind_dialog_get_widget (dialog, "days")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Default length in days");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (_lp_kind_dialog_get_widget (dialog, "theme-color")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Use the theme’s colour");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (_lp_kind_dialog_get_widget (dialog, "color")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Own colour");
  /* each said once (no labelled-by relation read after the name), and the
   * colour button's own button, which a screen reader meets, named too */
  {
    const char *inputs[] = { "name", "theme", "work-form", "days", "theme-color", "color" };
    GtkWidget *inner = gtk_widget_get_first_child (_lp_kind_dialog_get_widget (dialog, "color"));

    for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
      g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (_lp_kind_dialog_get_widget (dialog, inputs[i])),
                                                        GTK_ACCESSIBLE_RELATION_LABELLED_BY));
    g_assert_true (GTK_IS_BUTTON (inner));
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (inner), GTK_ACCESSIBLE_PROPERTY_LABEL, "Own colour");
  }

  /* Cancel: nothing added */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  wait_until (palette_has_no_dialog, f->palette, 5000);
  g_assert_null (_lp_palette_get_dialog (f->palette));
  g_assert_false (lp_history_can_undo (f->h));
}

static void
test_create (Fixture *f, gconstpointer data)
{
  GListModel *kinds = lp_trajectory_get_kinds (f->t);
  guint n = g_list_model_get_n_items (kinds);
  LpKindDialog *dialog = open_dialog (f, NULL);
  GtkWidget *spin = _lp_kind_dialog_get_widget (dialog, "days");
  LpKind *kind, *second;

  gtk_editable_set_text (GTK_EDITABLE (_lp_kind_dialog_get_widget (dialog, "name")), "  Raadsvoorstel lezen ");
  adw_combo_row_set_selected (ADW_COMBO_ROW (_lp_kind_dialog_get_widget (dialog, "theme")),
                              theme_position ("council-college"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (_lp_kind_dialog_get_widget (dialog, "work-form")),
                              work_form_position ("intervision"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 3);
  set_color (dialog, "#1c71d8");

  /* the spin button keeps to 1..366, as the file format */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 999);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 366);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 3);

  /* Create closes the dialog */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "kind.save", NULL));
  g_assert_null (_lp_palette_get_dialog (f->palette));

  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, n + 1);
  kind = find_own_kind_by_name (f->t, "Raadsvoorstel lezen");
  g_assert_nonnull (kind);
  g_assert_cmpstr (lp_kind_get_id (kind), ==, "own-raadsvoorstel-lezen");
  g_assert_true (lp_trajectory_lookup_own_kind (f->t, "own-raadsvoorstel-lezen") == kind);
  g_assert_false (lp_kind_is_builtin (kind));
  g_assert_cmpstr (lp_kind_get_theme_id (kind), ==, "council-college");
  g_assert_cmpstr (lp_kind_get_work_form (kind), ==, "intervision");
  g_assert_cmpuint (lp_kind_get_days (kind), ==, 3);
  g_assert_cmpstr (lp_kind_get_color (kind), ==, "#1c71d8");

  /* a palette entry with its name, marked as an own kind, and selected */
  assert_row (f, kind, "Raadsvoorstel lezen");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (_lp_palette_get_row (f->palette, kind)),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Intervision · own kind");
  g_assert_true (lp_palette_get_selected_kind (f->palette) == kind);

  /* a name that makes the same id: a second kind with its own id; the
   * theme's colour */
  dialog = open_dialog (f, NULL);
  gtk_editable_set_text (GTK_EDITABLE (_lp_kind_dialog_get_widget (dialog, "name")), "Raadsvoorstel: lezen");
  set_color (dialog, NULL);
  g_assert_true (lp_kind_dialog_apply (dialog));
  second = lp_kind_dialog_get_kind (dialog);
  g_assert_nonnull (second);
  g_assert_true (second != kind);
  g_assert_cmpstr (lp_kind_get_id (second), ==, "own-raadsvoorstel-lezen-2");
  g_assert_null (lp_kind_get_color (second));
  g_assert_cmpstr (lp_kind_get_theme_id (second), ==, "other");
  g_assert_cmpstr (lp_kind_get_work_form (second), ==, "workshop");
  g_assert_cmpuint (lp_kind_get_days (second), ==, 1);
  /* applying again does not add another */
  g_assert_true (lp_kind_dialog_apply (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, n + 2);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* each creation is one undo step */
  g_assert_true (lp_history_undo (f->h));
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, n + 1);
  g_assert_true (lp_history_undo (f->h));
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, n);
  g_assert_null (find_own_kind_by_name (f->t, "Raadsvoorstel lezen"));
  g_assert_null (find_own_kind_by_name (f->t, "Raadsvoorstel: lezen"));
  g_assert_false (lp_history_can_undo (f->h));
}

static void
test_id_never_shadows_builtin (Fixture *f, gconstpointer data)
{
  LpKindDialog *dialog = open_dialog (f, NULL);
  LpKind *kind;

  /* a non-ASCII name still gives an NCName id */
  gtk_editable_set_text (GTK_EDITABLE (_lp_kind_dialog_get_widget (dialog, "name")), "Één – ‘zó’!");
  g_assert_true (lp_kind_dialog_apply (dialog));
  kind = lp_kind_dialog_get_kind (dialog);
  g_assert_true (g_str_has_prefix (lp_kind_get_id (kind), "own-"));
  for (const char *p = lp_kind_get_id (kind); *p != '\0'; p++)
    g_assert_true (g_ascii_isalnum (*p) || *p == '-');
  g_assert_null (lp_library_lookup_builtin (lp_kind_get_id (kind)));
  g_assert_cmpstr (lp_kind_get_name (kind), ==, "Één – ‘zó’!");
  assert_row (f, kind, "Één – ‘zó’!");
}

static void
test_edit_is_one_step (Fixture *f, gconstpointer data)
{
  LpKind *kind = lp_trajectory_lookup_own_kind (f->t, "k1");
  LpKindDialog *dialog;
  g_autofree char *name = NULL, *theme = NULL, *form = NULL, *color = NULL;
  guint days;

  g_assert_nonnull (kind);
  name = g_strdup (lp_kind_get_name (kind));
  theme = g_strdup (lp_kind_get_theme_id (kind));
  form = g_strdup (lp_kind_get_work_form (kind));
  color = g_strdup (lp_kind_get_color (kind));
  days = lp_kind_get_days (kind);
  g_assert_nonnull (color);

  dialog = open_dialog (f, kind);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Module Kind");
  /* the fields show the kind */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (_lp_kind_dialog_get_widget (dialog, "name"))), ==, name);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (_lp_kind_dialog_get_widget (dialog, "theme"))),
                    ==, theme_position (theme));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (_lp_kind_dialog_get_widget (dialog, "work-form"))),
                    ==, work_form_position (form));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (_lp_kind_dialog_get_widget (dialog, "days"))),
                   ==, (int) days);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (_lp_kind_dialog_get_widget (dialog, "theme-color"))));

  /* saving unchanged fields records nothing */
  g_assert_true (lp_kind_dialog_apply (dialog));
  g_assert_false (lp_history_can_undo (f->h));

  gtk_editable_set_text (GTK_EDITABLE (_lp_kind_dialog_get_widget (dialog, "name")), "Nota schrijven");
  adw_combo_row_set_selected (ADW_COMBO_ROW (_lp_kind_dialog_get_widget (dialog, "theme")),
                              theme_position ("leadership"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (_lp_kind_dialog_get_widget (dialog, "work-form")),
                              work_form_position ("role-play"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (_lp_kind_dialog_get_widget (dialog, "days")), 2);
  set_color (dialog, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "kind.save", NULL));
  g_assert_null (_lp_palette_get_dialog (f->palette));

  g_assert_true (lp_trajectory_lookup_own_kind (f->t, "k1") == kind);   /* same kind, same id */
  g_assert_cmpstr (lp_kind_get_name (kind), ==, "Nota schrijven");
  g_assert_cmpstr (lp_kind_get_theme_id (kind), ==, "leadership");
  g_assert_cmpstr (lp_kind_get_work_form (kind), ==, "role-play");
  g_assert_cmpuint (lp_kind_get_days (kind), ==, 2);
  g_assert_null (lp_kind_get_color (kind));
  assert_row (f, kind, "Nota schrijven");

  /* one undo step reverts every field, and the palette follows */
  g_assert_true (lp_history_undo (f->h));
  g_assert_false (lp_history_can_undo (f->h));
  g_assert_cmpstr (lp_kind_get_name (kind), ==, name);
  g_assert_cmpstr (lp_kind_get_theme_id (kind), ==, theme);
  g_assert_cmpstr (lp_kind_get_work_form (kind), ==, form);
  g_assert_cmpuint (lp_kind_get_days (kind), ==, days);
  g_assert_cmpstr (lp_kind_get_color (kind), ==, color);
  assert_row (f, kind, name);

  /* and one redo step brings them back */
  g_assert_true (lp_history_redo (f->h));
  g_assert_cmpstr (lp_kind_get_name (kind), ==, "Nota schrijven");
  g_assert_null (lp_kind_get_color (kind));
}

static void
test_delete_unused (Fixture *f, gconstpointer data)
{
  g_autoptr(LpKind) kind = lp_kind_new ("k9");
  GListModel *kinds = lp_trajectory_get_kinds (f->t);
  guint n;

  lp_kind_set_name (kind, "Ongebruikt");
  lp_trajectory_add_kind (f->t, kind);
  lp_history_clear (f->h);
  n = g_list_model_get_n_items (kinds);
  g_assert_cmpuint (lp_trajectory_count_kind_uses (f->t, "k9"), ==, 0);
  assert_row (f, kind, "Ongebruikt");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->palette), "palette.delete-kind", "s", "k9"));
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, n - 1);
  g_assert_null (lp_trajectory_lookup_own_kind (f->t, "k9"));
  g_assert_null (_lp_palette_get_row (f->palette, kind));

  g_assert_true (lp_history_undo (f->h));
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, n);
  g_assert_true (lp_trajectory_lookup_own_kind (f->t, "k9") == kind);
  assert_row (f, kind, "Ongebruikt");
}

static void
test_delete_used_is_refused (Fixture *f, gconstpointer data)
{
  LpKind *kind = lp_trajectory_lookup_own_kind (f->t, "k1");
  GListModel *kinds = lp_trajectory_get_kinds (f->t);
  guint n = g_list_model_get_n_items (kinds);
  g_autofree char *expected = NULL;
  GtkWidget *alert;
  guint uses;

  g_assert_nonnull (kind);
  /* at least two modules of that kind (plain setters: no history) */
  lp_module_set_kind_id (lp_trajectory_lookup_module (f->t, "m1"), "k1");
  lp_module_set_kind_id (lp_trajectory_lookup_module (f->t, "m2"), "k1");
  uses = lp_trajectory_count_kind_uses (f->t, "k1");
  g_assert_cmpuint (uses, >, 1);
  g_assert_null (find_message_dialog ());

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->palette), "palette.delete-kind", "s", "k1"));
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, n);
  g_assert_true (lp_trajectory_lookup_own_kind (f->t, "k1") == kind);
  g_assert_false (lp_history_can_undo (f->h));
  assert_row (f, kind, lp_kind_get_name (kind));

  /* the user is told why */
  alert = GTK_WIDGET (find_message_dialog ());
  g_assert_nonnull (alert);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (alert)) == GTK_WINDOW (f->window));
  expected = g_strdup_printf ("“%s” is used by %u modules.", lp_kind_get_name (kind), uses);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (alert)), expected));
  gtk_window_destroy (GTK_WINDOW (alert));
}

static void
test_empty_name (Fixture *f, gconstpointer data)
{
  GListModel *kinds = lp_trajectory_get_kinds (f->t);
  guint n = g_list_model_get_n_items (kinds);
  LpKindDialog *dialog = open_dialog (f, NULL);
  GtkWidget *name = _lp_kind_dialog_get_widget (dialog, "name");
  GtkWidget *error = _lp_kind_dialog_get_widget (dialog, "name-error");

  g_assert_false (gtk_widget_get_visible (error));
  gtk_editable_set_text (GTK_EDITABLE (name), "   ");
  g_assert_false (lp_kind_dialog_apply (dialog));
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_true (gtk_widget_has_css_class (name, "error"));
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, n);
  g_assert_null (lp_kind_dialog_get_kind (dialog));
  g_assert_false (lp_history_can_undo (f->h));

  /* Create keeps the dialog open */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "kind.save", NULL));
  g_assert_true (_lp_palette_get_dialog (f->palette) == dialog);
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, n);

  /* typing a name clears the error */
  gtk_editable_set_text (GTK_EDITABLE (name), "Iets");
  g_assert_false (gtk_widget_get_visible (error));
  g_assert_false (gtk_widget_has_css_class (name, "error"));

  /* an edited kind cannot lose its name either */
  gtk_window_destroy (GTK_WINDOW (dialog));
  dialog = open_dialog (f, lp_trajectory_lookup_own_kind (f->t, "k2"));
  gtk_editable_set_text (GTK_EDITABLE (_lp_kind_dialog_get_widget (dialog, "name")), "");
  g_assert_false (lp_kind_dialog_apply (dialog));
  g_assert_cmpstr (lp_kind_get_name (lp_trajectory_lookup_own_kind (f->t, "k2")), ==, "Wandelgesprek");
  g_assert_false (lp_history_can_undo (f->h));
}

static void
test_context_menu (Fixture *f, gconstpointer data)
{
  LpKind *own = lp_trajectory_lookup_own_kind (f->t, "k2");
  LpKind *builtin = lp_library_lookup_builtin ("two-day-session");
  GtkWidget *row = _lp_palette_get_row (f->palette, own);
  GtkWidget *menu_button = NULL;
  GtkPopover *popover;

  g_assert_nonnull (row);
  for (GtkWidget *w = gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
       w != NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_MENU_BUTTON (w))
      menu_button = w;
  g_assert_nonnull (menu_button);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Options for “Wandelgesprek”");

  /* built-in kinds have no menu */
  g_assert_nonnull (_lp_palette_get_row (f->palette, builtin));
  gtk_widget_grab_focus (_lp_palette_get_row (f->palette, builtin));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->palette), "palette.show-menu", NULL));

  /* Shift+F10 / Menu on a focused own kind opens its menu */
  gtk_widget_grab_focus (row);
  g_assert_true (gtk_widget_has_focus (row));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->palette), "palette.show-menu", NULL));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (lp_palette_get_selected_kind (f->palette) == own);
  gtk_popover_popdown (popover);

  /* Edit… from the menu opens the dialog for that kind */
  g_assert_true (gtk_widget_activate_action (menu_button, "palette.edit-kind", "s", "k2"));
  g_assert_true (lp_kind_dialog_get_kind (_lp_palette_get_dialog (f->palette)) == own);
}

static gboolean
widget_is_visible (gpointer widget)
{
  return gtk_widget_get_visible (widget);
}

/* A name of any kind, in another case and with spaces around, is refused
 * with a message under the name, while typing and on saving; a kind keeps
 * its own name. */
static void
test_duplicate_name (Fixture *f, gconstpointer data)
{
  GListModel *kinds = lp_trajectory_get_kinds (f->t);
  guint n = g_list_model_get_n_items (kinds);
  g_autoptr(LpKind) builtin = g_list_model_get_item (lp_library_get_builtin_kinds (), 0);
  g_autofree char *upper = g_utf8_strup (lp_kind_get_name (builtin), -1);
  LpKindDialog *dialog = open_dialog (f, NULL);
  GtkWidget *name = _lp_kind_dialog_get_widget (dialog, "name");
  GtkWidget *error = _lp_kind_dialog_get_widget (dialog, "name-error");
  LpKind *own;
  int width, height;

  gtk_editable_set_text (GTK_EDITABLE (name), upper);
  g_assert_false (lp_kind_dialog_apply (dialog));
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error)), lp_kind_get_name (builtin)));
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, n);

  gtk_editable_set_text (GTK_EDITABLE (name), "Eigen soort");
  g_assert_false (gtk_widget_get_visible (error));
  g_assert_true (lp_kind_dialog_apply (dialog));
  own = lp_kind_dialog_get_kind (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* an own kind's name, told while typing */
  dialog = open_dialog (f, NULL);
  name = _lp_kind_dialog_get_widget (dialog, "name");
  error = _lp_kind_dialog_get_widget (dialog, "name-error");
  gtk_editable_set_text (GTK_EDITABLE (name), " eigen SOORT ");
  g_assert_true (wait_until (widget_is_visible, error, 2000));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error)), "Eigen soort"));
  g_assert_false (lp_kind_dialog_apply (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (kinds), ==, n + 1);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* editing: its own name is fine, a built-in one's is not */
  dialog = open_dialog (f, own);
  name = _lp_kind_dialog_get_widget (dialog, "name");
  error = _lp_kind_dialog_get_widget (dialog, "name-error");
  g_assert_true (lp_kind_dialog_apply (dialog));
  gtk_editable_set_text (GTK_EDITABLE (name), upper);
  g_assert_false (lp_kind_dialog_apply (dialog));
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_cmpstr (lp_kind_get_name (own), ==, "Eigen soort");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_free (render_widget (GTK_WIDGET (f->palette), &width, &height));
}

static gboolean
row_in_view (gpointer data)
{
  GtkWidget *row = data;
  GtkWidget *scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  return scroller != NULL && gtk_widget_get_height (row) > 0 &&
         gtk_widget_compute_bounds (row, scroller, &bounds) &&
         bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scroller);
}

/* A new kind that sorts below the visible part of the library is scrolled
 * into view, selected and focused. */
static void
test_new_kind_in_view (Fixture *f, gconstpointer data)
{
  LpKindDialog *dialog = open_dialog (f, NULL);
  GtkWidget *row;
  LpKind *kind;
  int width, height;

  gtk_editable_set_text (GTK_EDITABLE (_lp_kind_dialog_get_widget (dialog, "name")), "Zwerftocht");
  adw_combo_row_set_selected (ADW_COMBO_ROW (_lp_kind_dialog_get_widget (dialog, "theme")), theme_position ("other"));
  g_assert_true (lp_kind_dialog_apply (dialog));
  kind = lp_kind_dialog_get_kind (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));

  row = _lp_palette_get_row (f->palette, kind);
  g_assert_nonnull (row);
  g_assert_true (wait_until (row_in_view, row, 3000));
  g_assert_true (lp_palette_get_selected_kind (f->palette) == kind);
  g_assert_true (gtk_widget_is_focus (row));
  g_free (render_widget (GTK_WIDGET (f->palette), &width, &height));
}

typedef struct {
  GtkWidget  *root;
  const char *text;
} LabelWanted;

static GtkWidget *
find_mapped_label (GtkWidget  *root,
                   const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_mapped_label (c, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
label_shown (gpointer data)
{
  LabelWanted *wanted = data;

  return find_mapped_label (wanted->root, wanted->text) != NULL;
}

/* A window with the editor on a module of a new own kind "Oefenvorm". */
static LpModuleEditor *
open_editor (Fixture *f, LpModule **module_out)
{
  GtkWidget *window = gtk_window_new ();
  LpModuleEditor *editor = LP_MODULE_EDITOR (lp_module_editor_new ());
  g_autoptr(LpModule) module = g_list_model_get_item (lp_trajectory_get_modules (f->t), 0);
  g_autoptr(LpKind) kind = lp_kind_new ("own-oefenvorm");

  lp_kind_set_name (kind, "Oefenvorm");
  lp_kind_set_theme_id (kind, "other");
  lp_trajectory_add_kind (f->t, kind);
  lp_trajectory_set_string (f->t, module, "kind", "own-oefenvorm");
  lp_trajectory_set_string (f->t, module, "title", NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 400, 800);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (editor));
  lp_module_editor_set_trajectory (editor, f->t);
  lp_module_editor_set_module (editor, module);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_allocation (GTK_WIDGET (editor));
  *module_out = module;
  return editor;
}

/* Renaming the module's kind shows the new name in the editor at once: in
 * the Kind drop-down and as the empty title's placeholder. */
static void
test_editor_follows_rename (Fixture *f, gconstpointer data)
{
  LpModule *module;
  LpModuleEditor *editor = open_editor (f, &module);
  GtkWidget *drop_down = _lp_module_editor_get_drop_down (editor, "kind");
  GtkWidget *title = _lp_module_editor_get_field (editor, "title");
  LpKind *kind = lp_trajectory_lookup_own_kind (f->t, "own-oefenvorm");
  LabelWanted old_name = { drop_down, "Oefenvorm" }, new_name = { drop_down, "Oefenvorm Plus" };
  LpKindDialog *dialog;
  int width, height;

  g_assert_true (wait_until (label_shown, &old_name, 3000));
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (title)), ==, "Oefenvorm");

  dialog = open_dialog (f, kind);
  gtk_editable_set_text (GTK_EDITABLE (_lp_kind_dialog_get_widget (dialog, "name")), "Oefenvorm Plus");
  g_assert_true (lp_kind_dialog_apply (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (wait_until (label_shown, &new_name, 3000));
  g_assert_false (label_shown (&old_name));
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (title)), ==, "Oefenvorm Plus");
  g_assert_cmpstr (lp_module_get_kind_id (module), ==, "own-oefenvorm");
  g_assert_true (gtk_drop_down_get_selected_item (GTK_DROP_DOWN (drop_down)) == (gpointer) kind);
  g_assert_cmpstr (lp_history_get_undo_label (f->h), ==, "Edit Kind");

  g_free (render_widget (GTK_WIDGET (editor), &width, &height));
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (editor))));
}

typedef struct {
  GtkWidget *list_view;
  guint      n;
} ListWanted;

static gboolean
list_has_n (gpointer data)
{
  ListWanted *wanted = data;

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (wanted->list_view)))) == wanted->n;
}

/* Searching the Kind drop-down leaves the kinds whose name matches. */
static void
test_editor_kind_search (Fixture *f, gconstpointer data)
{
  LpModule *module;
  LpModuleEditor *editor = open_editor (f, &module);
  GtkWidget *drop_down = _lp_module_editor_get_drop_down (editor, "kind");
  GtkWidget *search = find_widget_by_type (drop_down, GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *list_view = find_widget_by_type (drop_down, GTK_TYPE_LIST_VIEW);
  ListWanted all = { list_view, g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (drop_down))) };
  ListWanted one = { list_view, 1 };
  int width, height;

  g_assert_true (gtk_drop_down_get_enable_search (GTK_DROP_DOWN (drop_down)));
  g_assert_nonnull (search);
  g_assert_nonnull (list_view);
  g_assert_cmpuint (all.n, >, 2);
  g_assert_true (wait_until (list_has_n, &all, 3000));
  gtk_editable_set_text (GTK_EDITABLE (search), "oefenv");
  g_assert_true (wait_until (list_has_n, &one, 3000));
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_assert_true (wait_until (list_has_n, &all, 3000));

  g_free (render_widget (GTK_WIDGET (editor), &width, &height));
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (editor))));
}

/* The visible label texts under widget, in order, into texts. */
static void
collect_visible_labels (GtkWidget *widget,
                        GPtrArray *texts)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_visible_labels (c, texts);
}

static GPtrArray *
row_texts (Fixture *f, const char *kind_name)
{
  GListModel *kinds = lp_library_get_builtin_kinds ();
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(LpKind) kind = g_list_model_get_item (kinds, i);
      if (g_strcmp0 (lp_kind_get_name (kind), kind_name) == 0)
        {
          collect_visible_labels (_lp_palette_get_row (f->palette, kind), texts);
          return texts;
        }
    }
  g_assert_not_reached ();
  return texts;
}

/* A built-in kind's row shows its name and, under it, its work form; not
 * when the work form is the name itself.  No row shows the same text twice
 * or an empty line, and the palette still draws. */
static void
test_captions_say_something_new (Fixture *f, gconstpointer data)
{
  GListModel *kinds = lp_library_get_builtin_kinds ();
  g_autoptr(GPtrArray) pitch = row_texts (f, "Pitch round");
  g_autoptr(GPtrArray) role_play = row_texts (f, "Role play with actors");

  g_assert_cmpuint (pitch->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (pitch, 0), ==, "Pitch round");
  g_assert_cmpuint (role_play->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (role_play, 0), ==, "Role play with actors");
  g_assert_cmpstr (g_ptr_array_index (role_play, 1), ==, "Role play");

  for (guint i = 0; i < g_list_model_get_n_items (kinds); i++)
    {
      g_autoptr(LpKind) kind = g_list_model_get_item (kinds, i);
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

      collect_visible_labels (_lp_palette_get_row (f->palette, kind), texts);
      g_assert_cmpuint (texts->len, >=, 1);
      for (guint a = 0; a < texts->len; a++)
        {
          g_autofree char *fa = g_utf8_casefold (g_ptr_array_index (texts, a), -1);
          g_assert_cmpstr (g_ptr_array_index (texts, a), !=, "");
          for (guint b = a + 1; b < texts->len; b++)
            {
              g_autofree char *fb = g_utf8_casefold (g_ptr_array_index (texts, b), -1);
              g_assert_cmpstr (fa, !=, fb);
            }
        }
    }
  g_assert_true (widget_draws (GTK_WIDGET (f->palette)));
}

/* A palette shown without a trajectory lists the built-in kinds; one given
 * a trajectory has its rows before it is shown. */
static void
test_rows_with_and_without_trajectory (void)
{
  GtkWidget *window = gtk_window_new ();
  LpPalette *bare = LP_PALETTE (lp_palette_new ());
  g_autoptr(LpPalette) set = LP_PALETTE (g_object_ref_sink (lp_palette_new ()));
  g_autoptr(LpTrajectory) t = lp_sample_generate (3, 1, 6, 1);
  g_autoptr(LpKind) first = g_list_model_get_item (lp_library_get_builtin_kinds (), 0);

  lp_palette_set_trajectory (set, t);
  g_assert_nonnull (_lp_palette_get_row (set, first));
  g_assert_false (gtk_widget_get_realized (GTK_WIDGET (set)));

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (bare));
  gtk_window_present (GTK_WINDOW (window));
  wait_for_allocation (GTK_WIDGET (bare));
  g_assert_nonnull (_lp_palette_get_row (bare, first));
  g_assert_true (widget_draws (GTK_WIDGET (bare)));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, setup, func, teardown)
  ADD ("/widgets/kinds/new-button", test_new_button);
  ADD ("/widgets/kinds/create", test_create);
  ADD ("/widgets/kinds/id-never-shadows-builtin", test_id_never_shadows_builtin);
  ADD ("/widgets/kinds/edit-is-one-step", test_edit_is_one_step);
  ADD ("/widgets/kinds/delete-unused", test_delete_unused);
  ADD ("/widgets/kinds/delete-used-is-refused", test_delete_used_is_refused);
  ADD ("/widgets/kinds/empty-name", test_empty_name);
  ADD ("/widgets/kinds/context-menu", test_context_menu);
  ADD ("/widgets/kinds/duplicate-name", test_duplicate_name);
  ADD ("/widgets/kinds/new-kind-in-view", test_new_kind_in_view);
  ADD ("/widgets/kinds/editor-follows-rename", test_editor_follows_rename);
  ADD ("/widgets/kinds/editor-kind-search", test_editor_kind_search);
  ADD ("/widgets/kinds/captions-say-something-new", test_captions_say_something_new);
#undef ADD
  g_test_add_func ("/widgets/kinds/rows-with-and-without-trajectory", test_rows_with_and_without_trajectory);

  return g_test_run ();
}
