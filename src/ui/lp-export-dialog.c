/* lp-export-dialog.c — Export as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "io/lp-file-names.h"
#include "lp-export-choices.h"
#include "lp-export-dialog.h"
#include "lp-export-options-window.h"
#include "lp-export-job.h"
#include "lp-replace-question.h"

/* On the options window, then on the chooser: the export being set up. */
#define EXPORT_KEY "lp-export"

typedef struct {
  GtkWindow          *parent;
  AdwToastOverlay    *overlay;
  LpTrajectory       *trajectory;
  GFile              *document;   /* may be NULL */
  LpTrajectory       *baseline;   /* may be NULL */
  char               *since;
  GSettings          *settings;
  LpExportChoices     choices;    /* read from the options window */
  LpExportChooserFunc shown;
  gpointer            shown_data;
} Export;

static void
export_clear (Export *e)
{
  g_clear_object (&e->overlay);
  g_clear_object (&e->trajectory);
  g_clear_object (&e->document);
  g_clear_object (&e->baseline);
  g_free (e->since);
  g_clear_object (&e->settings);
  lp_export_choices_clear (&e->choices);
}

/* The options window, the chooser and a replace question each hold one. */
static void
export_release (gpointer e)
{
  g_rc_box_release_full (e, (GDestroyNotify) export_clear);
}

void
lp_show_error (GtkWindow  *parent,
               const char *heading,
               const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
lp_export_dialog_refuse_document (GtkWindow *parent,
                                  GFile     *file,
                                  GFile     *document)
{
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;

  if (document == NULL || !(g_file_equal (file, document) ||
                            lp_file_names_same_file (g_file_peek_path (file), g_file_peek_path (document))))
    return FALSE;
  name = g_file_get_basename (file);
  /* TRANSLATORS: %s is the trajectory's file name */
  body = g_strdup_printf (_("“%s” is the trajectory itself: exporting to it would replace the trajectory. "
                            "Choose another name."), name);
  lp_show_error (parent, _("Could Not Export"), body);
  return TRUE;
}

static void
read_choices (LpExportOptionsWindow *w,
              Export                *e)
{
  LpExportChoices *choices = &e->choices;
  LpExportOptions *o = &choices->options;
  LpPaper paper;

  lp_export_choices_clear (choices);
  memset (choices, 0, sizeof *choices);
  lp_export_options_init (o);
  if (lp_paper_from_string (lp_export_options_window_get_choice (w, "paper"), &paper))
    o->paper = paper;
  o->portrait = g_strcmp0 (lp_export_options_window_get_choice (w, "orientation"), "portrait") == 0;
  o->orientation_chosen = TRUE;
  lp_export_choices_set_contents (o, lp_export_options_window_get_choice (w, "contents"));
  o->participant_version = g_strcmp0 (lp_export_options_window_get_choice (w, "participant"), "true") == 0;
  o->review_version = g_strcmp0 (lp_export_options_window_get_choice (w, "review"), "true") == 0;
  o->include_joint = g_strcmp0 (lp_export_options_window_get_choice (w, "joint"), "false") != 0;
  lp_export_choices_set_track (choices, e->trajectory, lp_export_options_window_get_choice (w, "tracks"));
  if (!lp_export_fit_from_string (lp_export_options_window_get_choice (w, "fit"), &o->fit))
    o->fit = LP_EXPORT_FIT_AUTO;
  o->key = g_strcmp0 (lp_export_options_window_get_choice (w, "key"), "true") == 0;
  o->holidays = g_strcmp0 (lp_export_options_window_get_choice (w, "holidays"), "true") == 0;
  if (!lp_export_second_line_from_string (lp_export_options_window_get_choice (w, "second-line"),
                                          &o->second_line))
    o->second_line = LP_EXPORT_SECOND_LINE_NONE;
  if (e->baseline != NULL && g_strcmp0 (lp_export_options_window_get_choice (w, "changes"), "true") == 0)
    {
      choices->baseline = g_object_ref (e->baseline);
      choices->since = g_strdup (e->since);
      o->baseline = choices->baseline;
      o->baseline_name = choices->since;
    }
}

static void
start_export (Export          *e,
              GFile           *file,
              LpExportChoices *choices)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  LpTrajectory *copy;

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *body = g_strdup_printf (_("“%s” is not a folder on this computer; "
                                                 "choose a folder on this computer."), uri);
      lp_show_error (e->parent, _("Could Not Export"), body);
      lp_export_choices_clear (choices);
      return;
    }
  copy = lp_export_copy_trajectory (e->trajectory, &error);
  if (copy == NULL)
    {
      lp_show_error (e->parent, _("Could Not Export"), error->message);
      lp_export_choices_clear (choices);
      return;
    }
  lp_export_job_start (e->parent, e->overlay, copy, choices, path);
}

/* The file to write, or NULL when the user kept an existing NAME.pdf. */
static void
on_export_file_cb (GFile    *file,
                   gpointer  data)
{
  Export *e = data;
  g_autoptr(GFile) folder = NULL;
  LpExportChoices choices;

  if (file == NULL || lp_export_dialog_refuse_document (e->parent, file, e->document))
    return;
  lp_export_choices_save (&e->choices, e->settings);
  folder = g_file_get_parent (file);
  if (e->settings != NULL && folder != NULL)
    {
      g_autofree char *uri = g_file_get_uri (folder);
      g_settings_set_string (e->settings, "export-folder", uri);
    }
  choices = e->choices;
  memset (&e->choices, 0, sizeof e->choices);   /* handed on */
  start_export (e, file, &choices);
}

static void
on_export_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       Export          *e)
{
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  lp_replace_question_ask (e->parent, file, ".pdf", on_export_file_cb, g_rc_box_acquire (e), export_release);
}

GFile *
lp_export_dialog_start_folder (GSettings *settings,
                               GFile     *document)
{
  g_autofree char *last = settings ? g_settings_get_string (settings, "export-folder") : NULL;

  if (document == NULL && last != NULL && *last != '\0')
    {
      g_autoptr(GFile) folder = g_file_new_for_uri (last);

      if (g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
        return g_steal_pointer (&folder);
    }
  return lp_file_names_start_folder (document);
}

/* One choice with options: ids and labels NULL-terminated. */
typedef struct {
  const char *id;
  GPtrArray  *ids;
  GPtrArray  *labels;
  const char *selected;
} Choice;

static void
choice_init (Choice     *choice,
             const char *id,
             const char *selected)
{
  choice->id = id;
  choice->ids = g_ptr_array_new_with_free_func (g_free);
  choice->labels = g_ptr_array_new_with_free_func (g_free);
  choice->selected = selected;
}

static void
choice_add (Choice     *choice,
            const char *id,
            const char *label)
{
  g_ptr_array_add (choice->ids, g_strdup (id));
  g_ptr_array_add (choice->labels, g_strdup (label));
}

static void
choice_clear (Choice *choice)
{
  g_ptr_array_unref (choice->ids);
  g_ptr_array_unref (choice->labels);
}

enum { PAPER, ORIENTATION, CONTENTS, TRACKS, FIT, SECOND_LINE, N_CHOICES };

/* The choices with options, each set to the remembered one. */
static void
make_choices (Choice                 choices[N_CHOICES],
              LpTrajectory          *trajectory,
              const LpExportChoices *remembered)
{
  const LpExportOptions *o = &remembered->options;
  GListModel *tracks = lp_trajectory_get_tracks (trajectory);
  guint n = g_list_model_get_n_items (tracks);

  choice_init (&choices[PAPER], "paper", o->paper == LP_PAPER_A3 ? "a3" : "a4");
  choice_add (&choices[PAPER], "a4", "A4");
  choice_add (&choices[PAPER], "a3", "A3");
  choice_init (&choices[ORIENTATION], "orientation", o->portrait ? "portrait" : "landscape");
  choice_add (&choices[ORIENTATION], "landscape", _("Landscape"));
  choice_add (&choices[ORIENTATION], "portrait", _("Portrait"));
  choice_init (&choices[CONTENTS], "contents", lp_export_choices_contents_id (o));
  choice_add (&choices[CONTENTS], "overview", _("Overview"));
  choice_add (&choices[CONTENTS], "both", _("Overview and programme booklet"));
  choice_add (&choices[CONTENTS], "booklet", _("Programme booklet"));
  /* all tracks, or one group's own printout */
  choice_init (&choices[TRACKS], "tracks", remembered->track ? remembered->track : "all");
  choice_add (&choices[TRACKS], "all", _("All lanes"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LpTrack) track = g_list_model_get_item (tracks, i);
      choice_add (&choices[TRACKS], lp_track_get_id (track), lp_track_get_name (track));
    }
  choice_init (&choices[FIT], "fit", lp_export_choices_fit_id (o->fit));
  choice_add (&choices[FIT], "auto", _("Fit automatically"));
  choice_add (&choices[FIT], "page", _("Whole trajectory on one page"));
  choice_add (&choices[FIT], "months", _("Whole months per page"));
  choice_init (&choices[SECOND_LINE], "second-line", lp_export_choices_second_line_id (o->second_line));
  choice_add (&choices[SECOND_LINE], "none", _("Title only"));
  choice_add (&choices[SECOND_LINE], "dates", _("Title and dates"));
  choice_add (&choices[SECOND_LINE], "facilitator", _("Title and facilitator"));
  choice_add (&choices[SECOND_LINE], "location", _("Title and location"));
  for (guint c = 0; c < N_CHOICES; c++)
    {
      g_ptr_array_add (choices[c].ids, NULL);
      g_ptr_array_add (choices[c].labels, NULL);
    }
}

static void
add_choices (LpExportOptionsWindow *w,
             Choice                 choices[N_CHOICES],
             const LpExportChoices *remembered)
{
  const char *titles[N_CHOICES] = { _("Paper"), _("Orientation"), _("Contents"), _("Lanes"),
                                    _("Fit"), _("Second line") };
  const LpExportGroup groups[N_CHOICES] = { LP_EXPORT_GROUP_PAGES, LP_EXPORT_GROUP_PAGES,
                                            LP_EXPORT_GROUP_WHAT, LP_EXPORT_GROUP_WHAT,
                                            LP_EXPORT_GROUP_PAGES, LP_EXPORT_GROUP_CONTENTS };
  const LpExportOptions *o = &remembered->options;

  for (guint c = 0; c < N_CHOICES; c++)
    lp_export_options_window_add_list (w, groups[c], choices[c].id, titles[c],
                                       (const char * const *) choices[c].ids->pdata,
                                       (const char * const *) choices[c].labels->pdata, choices[c].selected);
  lp_export_options_window_add_switch (w, LP_EXPORT_GROUP_WHAT, "joint", _("Include joint lanes"),
                                       o->include_joint);
  lp_export_options_window_add_switch (w, LP_EXPORT_GROUP_CONTENTS, "key", _("Key with numbered modules"), o->key);
  lp_export_options_window_add_switch (w, LP_EXPORT_GROUP_CONTENTS, "holidays", _("Public holidays"), o->holidays);
  lp_export_options_window_add_switch (w, LP_EXPORT_GROUP_VERSION, "participant",
                                       _("Participant version (without notes and comments)"),
                                       o->participant_version);
  lp_export_options_window_add_switch (w, LP_EXPORT_GROUP_VERSION, "review",
                                       _("Review version (with review comments)"), o->review_version);
}

/* The file, once the choices are made: a chooser without choices of its
 * own, handed to e->shown; Export then starts the export. */
static void
on_confirmed_cb (LpExportOptionsWindow *w,
                 gpointer               data)
{
  Export *e = g_object_steal_data (G_OBJECT (w), EXPORT_KEY);
  GtkFileChooserNative *native;
  GtkFileChooser *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (e != NULL);
  read_choices (w, e);
  gtk_window_destroy (GTK_WINDOW (w));
  native = gtk_file_chooser_native_new (_("Export as PDF"), e->parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (native);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (chooser, filter);
  folder = lp_export_dialog_start_folder (e->settings, e->document);
  name = lp_file_name_from_title (lp_trajectory_get_title (e->trajectory), _("Trajectory"), ".pdf");
  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
  gtk_file_chooser_set_current_name (chooser, name);
  g_signal_connect_data (native, "response", G_CALLBACK (on_export_response_cb), e,
                         (GClosureNotify) (void (*) (void)) export_release, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
  e->shown (native, e->shown_data);
}

LpExportOptionsWindow *
lp_export_dialog_show (GtkWindow           *parent,
                       AdwToastOverlay     *overlay,
                       LpTrajectory        *trajectory,
                       GFile               *document,
                       LpTrajectory        *baseline,
                       const char          *since,
                       LpExportChooserFunc  shown,
                       gpointer             shown_data)
{
  LpExportOptionsWindow *w = lp_export_options_window_new (parent);
  LpExportChoices remembered;
  Choice options[N_CHOICES];
  Export *e = g_rc_box_new0 (Export);

  e->parent = parent;
  e->overlay = g_object_ref (overlay);
  e->trajectory = g_object_ref (trajectory);
  e->document = document ? g_object_ref (document) : NULL;
  e->baseline = baseline ? g_object_ref (baseline) : NULL;
  e->since = g_strdup (since);
  e->settings = lp_export_choices_settings ();
  e->shown = shown;
  e->shown_data = shown_data;
  lp_export_choices_load (&remembered, e->settings, trajectory);
  make_choices (options, trajectory, &remembered);
  add_choices (w, options, &remembered);
  if (baseline != NULL)
    {
      g_autofree char *label = g_strdup_printf (_("Add the changes since %s"), since != NULL ? since : "");

      lp_export_options_window_add_switch (w, LP_EXPORT_GROUP_CONTENTS, "changes", label, TRUE);
    }
  for (guint c = 0; c < N_CHOICES; c++)
    choice_clear (&options[c]);
  lp_export_choices_clear (&remembered);
  g_object_set_data_full (G_OBJECT (w), EXPORT_KEY, e, export_release);
  g_signal_connect (w, "confirmed", G_CALLBACK (on_confirmed_cb), NULL);
  gtk_window_present (GTK_WINDOW (w));
  return w;
}
