/* lp-window-merge.c — Merge: their version of the file on disk merged into
 * the unsaved document, with a choice per conflict, then saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-date.h"
#include "core/lp-merge.h"
#include "io/lp-reader.h"
#include "io/lp-writer.h"
#include "lp-confirm.h"
#include "lp-export-dialog.h"
#include "lp-window-internal.h"

typedef struct {
  LpWindow    *window;
  LpMerge     *merge;
  LpFileStamp *stamp;    /* of their bytes */
  GBytes      *bytes;    /* theirs */
  GPtrArray   *rows;     /* AdwComboRow per conflict */
} Merging;

static void
merging_free (Merging *m)
{
  g_object_unref (m->window);
  g_clear_object (&m->merge);
  g_clear_pointer (&m->stamp, lp_file_stamp_free);
  g_clear_pointer (&m->bytes, g_bytes_unref);
  g_clear_pointer (&m->rows, g_ptr_array_unref);
  g_free (m);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Merging, merging_free)

/* A field's name in the interface; the file's name when there is none. */
static const char *
field_label (const char *field)
{
  static const struct { const char *field; const char *label; } labels[] = {
    { "", N_("Deleted") }, { "title", N_("Title") }, { "track", N_("Lane") },
    { "kind", N_("Kind") }, { "start", N_("Start") }, { "end", N_("End") },
    { "start-time", N_("Start time") }, { "end-time", N_("End time") },
    { "status", N_("Status") }, { "facilitators", N_("Facilitators") },
    { "participants", N_("Participants") }, { "location", N_("Location") },
    { "goals", N_("Goals") }, { "preparation", N_("Preparation") },
    { "description", N_("Description") }, { "notes", N_("Notes") },
    { "series", N_("Series") },
    { "name", N_("Name") }, { "color", N_("Colour") }, { "date", N_("Date") },
    { "client", N_("Client") }, { "author", N_("Author") },
    { "span-start", N_("Trajectory starts") }, { "span-end", N_("Trajectory ends") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].field, field))
      return _(labels[i].label);
  return field;
}

static const char *
value_text (const char *value,
            gboolean    deleted)
{
  return deleted ? _("(deleted)") : value[0] != '\0' ? value : _("(empty)");
}

/* The merged trajectory is one its file could hold; otherwise the merge is
 * undone, and the choices that clash are named: nothing is saved that
 * could not be opened again. */
static gboolean
check_merged (LpWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = lp_writer_serialize_checked (self->trajectory, &error);
  g_autofree char *body = NULL;

  if (bytes != NULL)
    return TRUE;
  lp_history_retract (lp_trajectory_get_history (self->trajectory));
  /* TRANSLATORS: %s is why, e.g. "the module “Pitch” ends before it starts…" */
  body = g_strdup_printf (_("These choices together do not make a valid trajectory: %s. Nothing was "
                            "changed or saved; merge again and choose otherwise."), error->message);
  lp_show_error (GTK_WINDOW (self), _("Could Not Merge"), body);
  return FALSE;
}

/* Says that the period grew to hold a module placed by the merge. */
static void
say_widened (LpWindow *self)
{
  char start[LP_DATE_ISO_SIZE], end[LP_DATE_ISO_SIZE];
  g_autofree char *text = NULL;

  /* TRANSLATORS: a toast after a merge; the dates as in the file, 2027-06-15 */
  text = g_strdup_printf (_("The trajectory now runs from %s to %s, so that every merged module lies within it"),
                          lp_date_format_iso (lp_trajectory_get_span_start (self->trajectory), start),
                          lp_date_format_iso (lp_trajectory_get_span_end (self->trajectory), end));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/* Applies the merge as one undo step, takes their bytes as the base and
 * saves (checked: a third version on disk asks again). */
static void
apply_and_save (Merging *m)
{
  LpWindow *self = m->window;

  for (guint i = 0; m->rows != NULL && i < m->rows->len; i++)
    lp_merge_set_choice (m->merge, i,
                         adw_combo_row_get_selected (g_ptr_array_index (m->rows, i)) == 1
                           ? LP_MERGE_THEIRS : LP_MERGE_OURS);
  /* TRANSLATORS: the undo step of a merge */
  lp_merge_apply (m->merge, _("Merge"));
  if (!check_merged (self))
    return;
  if (lp_merge_get_widened (m->merge))
    say_widened (self);
  lp_document_set_merged (self->document, g_steal_pointer (&m->stamp), m->bytes);
  _lp_window_forget_disk_change (self);
  _lp_window_save_to (self, self->file, TRUE);
}

static gboolean
apply_cb (gpointer state)
{
  apply_and_save (state);
  return TRUE;
}

static GtkWidget *
conflict_row (const LpMergeConflict *c)
{
  g_autofree char *title = g_strdup_printf ("%s — %s", c->item_name, field_label (c->field));
  /* TRANSLATORS: a choice in a merge conflict: keep our value */
  g_autofree char *ours = g_strdup_printf (_("Ours: %s"), value_text (c->ours, c->ours_deleted));
  /* TRANSLATORS: a choice in a merge conflict: take their value */
  g_autofree char *theirs = g_strdup_printf (_("Theirs: %s"), value_text (c->theirs, c->theirs_deleted));
  const char *choices[] = { ours, theirs, NULL };
  g_autoptr(GtkStringList) model = gtk_string_list_new (choices);
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
  return row;
}

/* The conflicts, each with ours chosen; Merge applies and saves, Cancel
 * writes nothing. */
static void
ask_conflicts (Merging *m)
{
  guint n = lp_merge_get_n_conflicts (m->merge);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (m->window), _("Merge Conflicts"), NULL);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("You and someone else changed the same things. Choose for each "
                                 "which version to keep."));
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  m->rows = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = conflict_row (lp_merge_get_conflict (m->merge, i));
      g_ptr_array_add (m->rows, row);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 400);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  lp_confirm_set_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", "merge", NULL,
                            "cancel", _("_Cancel"),
                            "merge", _("_Merge and Save"),
                            NULL);
  lp_confirm_present (ADW_MESSAGE_DIALOG (dialog), "merge", apply_cb, m,
                      (GDestroyNotify) merging_free, NULL, NULL, NULL);
}

/* Their version from disk, with the stamp of its bytes; NULL and an error
 * dialog when it cannot be read. */
static LpTrajectory *
load_theirs (LpWindow     *self,
             GBytes      **out_bytes,
             LpFileStamp **out_stamp)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (self->file);
  gsize length = 0;
  LpTrajectory *theirs = NULL;

  if (lp_reader_read_path (g_file_peek_path (self->file), name, &contents, &length, &error))
    theirs = lp_reader_load_data (contents, length, name, &error);
  if (theirs == NULL)
    {
      lp_show_error (GTK_WINDOW (self), _("Could Not Merge"), error->message);
      return NULL;
    }
  *out_stamp = lp_file_stamp_new (contents, length);
  *out_bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  return theirs;
}

/* FALSE when both carry an identity (uid) and they differ: the file was
 * replaced by another trajectory, whose modules share only their ids. */
static gboolean
same_trajectory (LpTrajectory *base,
                 LpTrajectory *theirs)
{
  const char *a = lp_trajectory_get_uid (base), *b = lp_trajectory_get_uid (theirs);

  return a == NULL || *a == '\0' || b == NULL || *b == '\0' || g_ascii_strcasecmp (a, b) == 0;
}

void
_lp_window_merge (LpWindow *self)
{
  g_autoptr(GBytes) base_bytes = lp_document_get_base (self->document);
  g_autoptr(LpTrajectory) base = NULL;
  g_autoptr(LpTrajectory) theirs = NULL;
  g_autoptr(Merging) m = NULL;

  if (self->file == NULL || base_bytes == NULL || lp_document_is_saving (self->document))
    {
      lp_show_error (GTK_WINDOW (self), _("Could Not Merge"),
                     _("The version you started from is not known, so the changes cannot be merged."));
      return;
    }
  m = g_new0 (Merging, 1);
  m->window = g_object_ref (self);
  theirs = load_theirs (self, &m->bytes, &m->stamp);
  if (theirs == NULL)
    return;
  base = lp_reader_load_data (g_bytes_get_data (base_bytes, NULL), g_bytes_get_size (base_bytes),
                              "base", NULL);
  g_return_if_fail (base != NULL);
  if (!same_trajectory (base, theirs))
    {
      const char *title = lp_trajectory_get_title (theirs);
      g_autofree char *body = g_strdup_printf (_("The file on disk is now another trajectory (“%s”), not a later "
                                                 "version of yours, so the two cannot be merged. Keep yours with "
                                                 "Save As, or overwrite the file."), title ? title : "");

      lp_show_error (GTK_WINDOW (self), _("Could Not Merge"), body);
      return;
    }
  m->merge = lp_merge_new (base, self->trajectory, theirs);
  if (lp_merge_get_n_conflicts (m->merge) == 0)
    apply_and_save (m);
  else
    ask_conflicts (g_steal_pointer (&m));
}
