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
#include "lp-export-job.h"

/* With a baseline, on the chooser: the baseline and what "since" names. */
#define BASELINE_KEY "lp-export-baseline"
#define SINCE_KEY    "lp-export-since"

typedef struct {
  GtkWindow       *parent;
  AdwToastOverlay *overlay;
  LpTrajectory    *trajectory;
  GSettings       *settings;
} Export;

static void
export_free (Export *e)
{
  g_clear_object (&e->overlay);
  g_clear_object (&e->trajectory);
  g_clear_object (&e->settings);
  g_free (e);
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

static void
read_choices (GtkFileChooser  *chooser,
              LpTrajectory    *trajectory,
              LpExportChoices *choices)
{
  LpExportOptions *o = &choices->options;
  LpPaper paper;

  memset (choices, 0, sizeof *choices);
  lp_export_options_init (o);
  if (lp_paper_from_string (gtk_file_chooser_get_choice (chooser, "paper"), &paper))
    o->paper = paper;
  o->portrait = g_strcmp0 (gtk_file_chooser_get_choice (chooser, "orientation"), "portrait") == 0;
  o->orientation_chosen = TRUE;
  lp_export_choices_set_contents (o, gtk_file_chooser_get_choice (chooser, "contents"));
  o->participant_version = g_strcmp0 (gtk_file_chooser_get_choice (chooser, "participant"), "true") == 0;
  o->review_version = g_strcmp0 (gtk_file_chooser_get_choice (chooser, "review"), "true") == 0;
  o->include_joint = g_strcmp0 (gtk_file_chooser_get_choice (chooser, "joint"), "false") != 0;
  lp_export_choices_set_track (choices, trajectory, gtk_file_chooser_get_choice (chooser, "tracks"));
  if (!lp_export_fit_from_string (gtk_file_chooser_get_choice (chooser, "fit"), &o->fit))
    o->fit = LP_EXPORT_FIT_AUTO;
  o->key = g_strcmp0 (gtk_file_chooser_get_choice (chooser, "key"), "true") == 0;
  o->holidays = g_strcmp0 (gtk_file_chooser_get_choice (chooser, "holidays"), "true") == 0;
  if (!lp_export_second_line_from_string (gtk_file_chooser_get_choice (chooser, "second-line"), &o->second_line))
    o->second_line = LP_EXPORT_SECOND_LINE_NONE;
  if (g_object_get_data (G_OBJECT (chooser), BASELINE_KEY) != NULL &&
      g_strcmp0 (gtk_file_chooser_get_choice (chooser, "changes"), "true") == 0)
    {
      choices->baseline = g_object_ref (g_object_get_data (G_OBJECT (chooser), BASELINE_KEY));
      choices->since = g_strdup (g_object_get_data (G_OBJECT (chooser), SINCE_KEY));
      o->baseline = choices->baseline;
      o->baseline_name = choices->since;
    }
}

/* Export in a worker thread; choices are taken. */
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

static void
on_export_response_cb (GtkNativeDialog *dialog,
                       int              response,
                       Export          *e)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  LpExportChoices choices;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (chooser);
  read_choices (chooser, e->trajectory, &choices);
  lp_export_choices_save (&choices, e->settings);
  folder = g_file_get_parent (file);
  if (e->settings != NULL && folder != NULL)
    {
      g_autofree char *uri = g_file_get_uri (folder);
      g_settings_set_string (e->settings, "export-folder", uri);
    }
  start_export (e, file, &choices);
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

/* GTK 4.8's own file chooser dialog (used when there is no portal) ignores
 * gtk_file_chooser_set_choice for choices with options: its drop-downs stay
 * on the first option.  Select the remembered option in the drop-down on
 * screen whose items are labels. */
static gboolean
select_in_drop_downs (GtkWidget   *root,
                      const char **labels,
                      guint        index)
{
  if (GTK_IS_DROP_DOWN (root) && GTK_IS_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (root))))
    {
      GtkStringList *list = GTK_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (root)));
      guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
      guint i;

      for (i = 0; i < n && labels[i] != NULL; i++)
        if (g_strcmp0 (gtk_string_list_get_string (list, i), labels[i]) != 0)
          break;
      if (i == n && labels[i] == NULL)
        {
          gtk_drop_down_set_selected (GTK_DROP_DOWN (root), index);
          return TRUE;
        }
    }
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (select_in_drop_downs (c, labels, index))
      return TRUE;
  return FALSE;
}

static void
set_choice (GtkFileChooser *chooser,
            GtkWindow      *parent,
            const char     *id,
            const char    **ids,
            const char    **labels,
            const char     *selected)
{
  g_autoptr(GList) toplevels = NULL;

  gtk_file_chooser_set_choice (chooser, id, selected);
  if (g_strcmp0 (gtk_file_chooser_get_choice (chooser, id), selected) == 0)
    return;
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER (l->data) && gtk_window_get_transient_for (l->data) == parent)
      for (guint i = 0; ids[i] != NULL; i++)
        if (g_str_equal (ids[i], selected))
          select_in_drop_downs (l->data, labels, i);
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
add_choices (GtkFileChooser        *chooser,
             Choice                 choices[N_CHOICES],
             const LpExportChoices *remembered)
{
  const char *titles[N_CHOICES] = { _("Paper"), _("Orientation"), _("Contents"), _("Lanes"),
                                    _("Fit"), _("Second line") };

  for (guint c = 0; c < N_CHOICES; c++)
    gtk_file_chooser_add_choice (chooser, choices[c].id, titles[c],
                                 (const char **) choices[c].ids->pdata,
                                 (const char **) choices[c].labels->pdata);
  gtk_file_chooser_add_choice (chooser, "joint", _("Include joint lanes"), NULL, NULL);
  gtk_file_chooser_set_choice (chooser, "joint", remembered->options.include_joint ? "true" : "false");
  gtk_file_chooser_add_choice (chooser, "participant",
                               _("Participant version (without notes and comments)"), NULL, NULL);
  gtk_file_chooser_set_choice (chooser, "participant",
                               remembered->options.participant_version ? "true" : "false");
  gtk_file_chooser_add_choice (chooser, "review", _("Review version (with review comments)"), NULL, NULL);
  gtk_file_chooser_set_choice (chooser, "review", remembered->options.review_version ? "true" : "false");
  gtk_file_chooser_add_choice (chooser, "key", _("Key with numbered modules"), NULL, NULL);
  gtk_file_chooser_set_choice (chooser, "key", remembered->options.key ? "true" : "false");
  gtk_file_chooser_add_choice (chooser, "holidays", _("Public holidays"), NULL, NULL);
  gtk_file_chooser_set_choice (chooser, "holidays", remembered->options.holidays ? "true" : "false");
}

/* A choice, checked, for the "Changes since …" pages. */
static void
offer_changes (GtkFileChooser *chooser,
               LpTrajectory   *baseline,
               const char     *since)
{
  g_autofree char *label = g_strdup_printf (_("Add the changes since %s"), since != NULL ? since : "");

  g_object_set_data_full (G_OBJECT (chooser), BASELINE_KEY, g_object_ref (baseline), g_object_unref);
  g_object_set_data_full (G_OBJECT (chooser), SINCE_KEY, g_strdup (since), g_free);
  gtk_file_chooser_add_choice (chooser, "changes", label, NULL, NULL);
  gtk_file_chooser_set_choice (chooser, "changes", "true");
}

GtkFileChooserNative *
lp_export_dialog_show (GtkWindow       *parent,
                       AdwToastOverlay *overlay,
                       LpTrajectory    *trajectory,
                       GFile           *document)
{
  return lp_export_dialog_show_with_changes (parent, overlay, trajectory, document, NULL, NULL);
}

GtkFileChooserNative *
lp_export_dialog_show_with_changes (GtkWindow       *parent,
                                    AdwToastOverlay *overlay,
                                    LpTrajectory    *trajectory,
                                    GFile           *document,
                                    LpTrajectory    *baseline,
                                    const char      *since)
{
  GtkFileChooserNative *native;
  GtkFileChooser *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;
  LpExportChoices choices;
  Choice options[N_CHOICES];
  Export *e = g_new0 (Export, 1);

  e->parent = parent;
  e->overlay = g_object_ref (overlay);
  e->trajectory = g_object_ref (trajectory);
  e->settings = lp_export_choices_settings ();
  lp_export_choices_load (&choices, e->settings, trajectory);

  native = gtk_file_chooser_native_new (_("Export as PDF"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (native);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (chooser, filter);
  folder = lp_export_dialog_start_folder (e->settings, document);
  name = lp_file_name_from_title (lp_trajectory_get_title (trajectory), _("Trajectory"), ".pdf");
  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
  gtk_file_chooser_set_current_name (chooser, name);
  make_choices (options, trajectory, &choices);
  add_choices (chooser, options, &choices);
  if (baseline != NULL)
    offer_changes (chooser, baseline, since);

  g_signal_connect_data (native, "response", G_CALLBACK (on_export_response_cb), e,
                         (GClosureNotify) (void (*) (void)) export_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
  for (guint c = 0; c < N_CHOICES; c++)
    {
      set_choice (chooser, parent, options[c].id, (const char **) options[c].ids->pdata,
                  (const char **) options[c].labels->pdata, options[c].selected);
      choice_clear (&options[c]);
    }
  lp_export_choices_clear (&choices);
  return native;
}
