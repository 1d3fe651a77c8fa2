/* lp-application.c — the application: command line, actions, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "io/lp-reader.h"

#include "io/lp-cli.h"
#include "io/lp-cli-export.h"
#include "io/lp-cli-ics.h"
#include "io/lp-cli-diff.h"
#include "core/lp-date.h"
#include "core/lp-trajectory-shift.h"
#include "lp-application.h"
#include "lp-renderer-choice.h"
#include "lp-confirm.h"
#include "lp-draft-store.h"
#include "lp-session-end.h"
#include "lp-surface-guard.h"
#include "lp-preload.h"
#include "lp-resources.h"
#include "lp-window.h"

struct _LpApplication
{
  AdwApplication  parent_instance;

  /* files named on this process's own command line, opened at activation */
  GPtrArray      *pending_files;
  gboolean        recovery_offered;
};

G_DEFINE_FINAL_TYPE (LpApplication, lp_application, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check the files and report whether they are valid trajectories"), NULL },
  { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the trajectory FILE as a PDF to OUT.pdf"), N_("OUT.pdf") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Paper size for --export-pdf: a4 or a3"), N_("SIZE") },
  { "orientation", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Orientation for --export-pdf: landscape or portrait"), N_("ORIENTATION") },
  { "booklet", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Add the programme booklet to the exported PDF"), NULL },
  { "tracks", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export only these tracks (ids separated by commas)"), N_("IDS") },
  { "no-joint", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --tracks, leave out the joint lanes"), NULL },
  { "fit", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Overview for --export-pdf: page (the whole period on one page) or months (whole months per page)"), N_("FIT") },
  { "key", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Number the modules on the overview and list them in a key below it"), NULL },
  { "second-line", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Second line under each title on the overview: none, dates, facilitator or location"), N_("LINE") },
  { "holidays", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the Dutch public holidays on the exported PDF"), NULL },
  { "participant", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Export the participant version: without status, notes and review comments"), NULL },
  { "export-ics", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the trajectory FILE as an iCalendar file to OUT.ics"), N_("OUT.ics") },
  { "milestones", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export-ics, add the milestones as all-day events"), NULL },
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the problems in the files: weekends, holidays, recesses, double bookings"), NULL },
  { "changes-since", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Add a page with the changes since the earlier version OLD.leerplaats to the exported PDF"), N_("OLD.leerplaats") },
  { "diff", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the changes from the trajectory OLD to NEW, one a line (exit status as diff: 0 none, 1 some, 2 trouble)"), NULL },
  { "merge", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Merge the changes from BASE to THEIRS into OURS (a git merge driver: %O %A %B)"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

static LpWindow *
find_window_for_file (LpApplication *self,
                      GFile         *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (LP_IS_WINDOW (l->data))
        {
          GFile *other = lp_window_get_file (l->data);
          if (other != NULL && g_file_equal (other, file))
            return l->data;
        }
    }
  return NULL;
}

static void offer_recovery (LpApplication *self, GtkWindow *parent);

/* A window to show a failed open on: the one just opened, else the active
 * one, else any; NULL when there is none. */
static LpWindow *
window_for_error (LpApplication *self,
                  LpWindow      *last)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (last != NULL)
    return last;
  if (LP_IS_WINDOW (active))
    return LP_WINDOW (active);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (LP_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

/* The window for a file that has none yet: the one built ahead, when there
 * is one (it is then taken), else a new one; NULL with error when the file
 * cannot be read. */
static LpWindow *
window_for_file (LpApplication  *self,
                 GFile          *file,
                 LpWindow      **ahead,
                 GError        **error)
{
  if (*ahead == NULL)
    return lp_window_new_for_file (GTK_APPLICATION (self), file, error);
  if (!lp_window_load_file (*ahead, file, error))
    return NULL;
  return g_steal_pointer (ahead);
}

/* Each file in its own window (or the one that has it already).  A file that
 * cannot be opened leaves no window of its own: its error shows on a window
 * that is there anyway, or, when there is none (the file was opened from the
 * file manager or the command line), on a new empty window (the one built
 * ahead, if no file took it), so that the application keeps running and
 * says why.  The error also goes to stderr then, for a terminal.  A window
 * built ahead that nothing needs is destroyed. */
static void
open_files (LpApplication  *self,
            GFile         **files,
            guint           n_files,
            LpWindow       *ahead)
{
  g_autoptr(GPtrArray) failures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(GPtrArray) failed = g_ptr_array_new ();
  LpWindow *last = NULL;
  LpWindow *parent;

  for (guint i = 0; i < n_files; i++)
    {
      LpWindow *window = find_window_for_file (self, files[i]);
      GError *error = NULL;

      if (window == NULL && (window = window_for_file (self, files[i], &ahead, &error)) == NULL)
        {
          g_ptr_array_add (failures, error);
          g_ptr_array_add (failed, files[i]);
          continue;
        }
      gtk_window_present (GTK_WINDOW (window));
      last = window;
    }

  parent = last != NULL || ahead == NULL ? window_for_error (self, last) : NULL;
  if (parent == NULL && failures->len > 0)
    {
      parent = ahead != NULL ? g_steal_pointer (&ahead) : lp_window_new (GTK_APPLICATION (self));
      gtk_window_present (GTK_WINDOW (parent));
      for (guint i = 0; i < failures->len; i++)
        g_printerr ("%s\n", ((const GError *) g_ptr_array_index (failures, i))->message);
    }
  if (ahead != NULL)
    gtk_window_destroy (GTK_WINDOW (ahead));
  for (guint i = 0; i < failures->len; i++)
    lp_window_show_open_error (parent, g_ptr_array_index (failed, i), g_ptr_array_index (failures, i));
  if (last != NULL)
    offer_recovery (self, GTK_WINDOW (last));
}

/* ---- crash recovery ---- */

/* What stands for the bytes of original a draft was based on: the file as it
 * is now when it still holds them; otherwise a stamp no version on disk
 * matches, so that Save asks.  NULL when there is no file. */
static LpFileStamp *
draft_base_stamp (const LpDraft  *draft,
                  GFile          *original,
                  GBytes        **base_bytes)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(LpFileStamp) now = NULL;
  g_autofree char *other = NULL;

  *base_bytes = NULL;
  if (original == NULL || !g_file_load_contents (original, NULL, &contents, &length, NULL, NULL))
    return NULL;
  now = lp_file_stamp_new (contents, length);
  if (lp_draft_base_matches (draft, now))
    {
      *base_bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      return g_steal_pointer (&now);
    }
  /* saved by someone else since: kept with the draft, the base still merges */
  *base_bytes = lp_draft_store_read_base (draft);
  other = g_strdup_printf ("%s\n<!-- not the base of the draft -->", lp_file_stamp_get_sha256 (now));
  return lp_file_stamp_new (other, strlen (other));
}

/* An empty, untouched window that a document may take over. */
static gboolean
window_is_unused (GtkWindow *window)
{
  return LP_IS_WINDOW (window) && lp_window_get_file (LP_WINDOW (window)) == NULL &&
         !lp_window_is_modified (LP_WINDOW (window)) &&
         !lp_history_can_undo (lp_trajectory_get_history (lp_window_get_trajectory (LP_WINDOW (window)))) &&
         g_list_model_get_n_items (lp_trajectory_get_modules (lp_window_get_trajectory (LP_WINDOW (window)))) == 0;
}

static void
recover_draft (LpApplication *self,
               const LpDraft *d,
               GtkWindow     *parent)
{
  g_autofree char *path = lp_draft_store_get_path (d->id);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) original = d->uri && *d->uri ? g_file_new_for_uri (d->uri) : NULL;
  g_autoptr(LpTrajectory) trajectory = lp_reader_load_file (file, NULL, NULL, NULL);
  g_autoptr(LpFileStamp) base = NULL;
  g_autoptr(GBytes) base_bytes = NULL;
  LpWindow *window;

  if (trajectory == NULL)
    return;
  base = draft_base_stamp (d, original, &base_bytes);
  /* the window the offer came with takes the first draft: no empty window stays */
  if (parent != NULL && window_is_unused (parent))
    window = LP_WINDOW (parent);
  else
    window = lp_window_new (GTK_APPLICATION (self));
  lp_window_recover_draft (window, trajectory, original, d->id, base, base_bytes);
  gtk_window_present (GTK_WINDOW (window));
}

void
lp_application_recover_drafts (LpApplication *self,
                               GtkWindow     *parent)
{
  g_autoptr(GPtrArray) drafts = lp_draft_store_list_left ();

  g_return_if_fail (LP_IS_APPLICATION (self));
  for (guint i = 0; i < drafts->len; i++)
    recover_draft (self, g_ptr_array_index (drafts, i), parent);
}

static void
on_recovery_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         LpApplication    *self)
{
  g_autoptr(GPtrArray) drafts = NULL;

  if (g_str_equal (response, "recover"))
    {
      lp_application_recover_drafts (self, gtk_window_get_transient_for (GTK_WINDOW (dialog)));
      return;
    }
  if (!g_str_equal (response, "discard"))
    return;
  drafts = lp_draft_store_list_left ();
  for (guint i = 0; i < drafts->len; i++)
    lp_draft_store_remove (((LpDraft *) g_ptr_array_index (drafts, i))->id);
}

/* Drafts left behind mean the application stopped with unsaved work (a
 * crash, a power cut): offer them once, at the first window. */
static void
offer_recovery (LpApplication *self,
                GtkWindow     *parent)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GString) list = g_string_new (NULL);
  GtkWidget *dialog;

  if (self->recovery_offered)
    return;
  self->recovery_offered = TRUE;
  drafts = lp_draft_store_list_left ();
  if (drafts->len == 0)
    return;

  for (guint i = 0; i < drafts->len; i++)
    {
      LpDraft *d = g_ptr_array_index (drafts, i);
      g_string_append_printf (list, "\n• %s", d->title && *d->title ? d->title : _("Untitled trajectory"));
    }
  dialog = adw_message_dialog_new (parent, _("Recover Unsaved Work?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s%s",
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "Leerplaats stopped before this trajectory was saved:",
                                               "Leerplaats stopped before these trajectories were saved:",
                                               drafts->len),
                                  list->str);
  lp_confirm_set_responses (ADW_MESSAGE_DIALOG (dialog), "later", "recover", "discard",
                            "later", _("_Later"),
                            "discard", _("_Discard"),
                            "recover", _("_Recover"),
                            NULL);
  g_signal_connect (dialog, "response", G_CALLBACK (on_recovery_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What the command line asked for, read from the options dictionary. */
typedef struct {
  const char **remaining;       /* owned (the strings are the dictionary's) */
  char *export_pdf;             /* owned */
  char *changes_since;          /* owned */
  const char *paper, *orientation, *tracks, *fit, *second_line;
  gboolean validate, booklet, version, no_joint, key, diff, merge, holidays, participant;
  guint n_remaining;
} CliOptions;

static void
cli_options_clear (CliOptions *o)
{
  g_clear_pointer (&o->remaining, g_free);
  g_clear_pointer (&o->export_pdf, g_free);
  g_clear_pointer (&o->changes_since, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliOptions, cli_options_clear)

static void
read_cli_options (GVariantDict *options,
                  CliOptions   *o)
{
  g_variant_dict_lookup (options, "validate", "b", &o->validate);
  g_variant_dict_lookup (options, "merge", "b", &o->merge);
  g_variant_dict_lookup (options, "booklet", "b", &o->booklet);
  g_variant_dict_lookup (options, "version", "b", &o->version);
  g_variant_dict_lookup (options, "export-pdf", "^ay", &o->export_pdf);
  g_variant_dict_lookup (options, "paper", "&s", &o->paper);
  g_variant_dict_lookup (options, "orientation", "&s", &o->orientation);
  g_variant_dict_lookup (options, "tracks", "&s", &o->tracks);
  g_variant_dict_lookup (options, "no-joint", "b", &o->no_joint);
  g_variant_dict_lookup (options, "fit", "&s", &o->fit);
  g_variant_dict_lookup (options, "key", "b", &o->key);
  g_variant_dict_lookup (options, "second-line", "&s", &o->second_line);
  g_variant_dict_lookup (options, "holidays", "b", &o->holidays);
  g_variant_dict_lookup (options, "participant", "b", &o->participant);
  g_variant_dict_lookup (options, "diff", "b", &o->diff);
  g_variant_dict_lookup (options, "changes-since", "^ay", &o->changes_since);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &o->remaining);
  o->n_remaining = o->remaining ? g_strv_length ((char **) o->remaining) : 0;
}

/* An option that only shapes a PDF export was given. */
static gboolean
has_pdf_options (const CliOptions *o)
{
  return o->paper != NULL || o->orientation != NULL || o->booklet || o->tracks != NULL || o->no_joint
         || o->fit != NULL || o->key || o->second_line != NULL || o->participant;
}

/* Prints what is wrong with the command line; the exit status of wrong usage. */
static int
usage_error (const char *message)
{
  g_printerr ("%s\n", message);
  return 2;
}

/* What is wrong when --diff comes with an option of another command, or NULL. */
static const char *
diff_misuse (GVariantDict     *options,
             const CliOptions *o)
{
  if (o->validate || o->export_pdf != NULL || g_variant_dict_contains (options, "export-ics")
      || g_variant_dict_contains (options, "check"))
    return _("--diff goes with none of --validate, --export-pdf, --export-ics and --check");
  if (g_variant_dict_contains (options, "holidays") || g_variant_dict_contains (options, "milestones"))
    return _("--holidays and --milestones do not go with --diff");
  if (has_pdf_options (o) || o->changes_since != NULL)
    return _("--paper, --orientation, --booklet, --tracks, --no-joint, --fit, --key, --second-line and --participant only go with --export-pdf");
  return NULL;
}

static int
run_export_pdf (const CliOptions *o)
{
  LpCliExportArgs args = { o->paper, o->orientation, o->booklet, o->tracks, o->no_joint, o->fit, o->key,
                           o->second_line, o->holidays, o->changes_since, o->participant };

  if (o->n_remaining != 1)
    return usage_error (_("--export-pdf needs exactly one trajectory file"));
  if (lp_cli_tracks_name_none (o->tracks))
    return usage_error (_("--tracks needs one or more lane ids, separated by commas"));
  return lp_cli_export (o->export_pdf, o->remaining[0], &args);
}

/* The files to open: read while GTK starts (in g_application_register),
 * or handed to the instance already running.  -1 to go on starting. */
static int
open_command_line_files (LpApplication    *self,
                         const CliOptions *o)
{
  GApplication *app = G_APPLICATION (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < o->n_remaining; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (o->remaining[i]));
  lp_preload_start ((GFile **) files->pdata, files->len);
  if (!g_application_register (app, NULL, &error))
    {
      lp_preload_discard ();
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (g_application_get_is_remote (app))
    {
      /* the running instance opens them at once; this one waits for its
       * worker before it ends */
      g_application_open (app, (GFile **) files->pdata, files->len, "");
      lp_preload_discard ();
      return 0;
    }
  self->pending_files = g_steal_pointer (&files);
  return -1;
}

static int
lp_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  g_auto(CliOptions) o = { 0 };
  int status;

  read_cli_options (options, &o);
  if (o.version)
    {
      g_print ("leerplaats %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (o.diff && diff_misuse (options, &o) != NULL)
    return usage_error (diff_misuse (options, &o));
  if (o.diff)
    return lp_cli_diff (o.remaining);
  status = lp_cli_calendar_dispatch (options, o.remaining, o.validate || o.export_pdf != NULL);
  if (status >= 0)
    return status;
  if (o.validate && o.export_pdf != NULL)
    return usage_error (_("--validate and --export-pdf cannot be used together"));
  if (o.validate)
    return lp_cli_validate (o.remaining);
  if (o.merge)
    return lp_cli_merge (o.remaining);
  if (o.export_pdf != NULL)
    return run_export_pdf (&o);
  if (has_pdf_options (&o))
    return usage_error (_("--paper, --orientation, --booklet, --tracks, --no-joint, --fit, --key, --second-line and --participant only go with --export-pdf"));
  if (o.changes_since != NULL)
    return usage_error (_("--changes-since only goes with --export-pdf"));
  if (o.n_remaining > 0)
    return open_command_line_files (LP_APPLICATION (app), &o);
  return -1;
}

static void
lp_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  open_files (LP_APPLICATION (app), files, (guint) n_files, NULL);
}

/* A window built, realized and measured (fonts loaded, texts shaped)
 * while the worker still reads the files named on the command line; it is
 * shown once a file is in it.  NULL when the first file has been read
 * already (a small one, while GTK started): its window is then built for
 * it at once, not first for an empty trajectory and then again. */
static LpWindow *
window_ahead (LpApplication *self,
              GFile         *first)
{
  LpWindow *ahead;
  int width = 0;

  if (lp_preload_is_read (first))
    return NULL;
  ahead = lp_window_new (GTK_APPLICATION (self));

  gtk_widget_realize (GTK_WIDGET (ahead));
  gtk_widget_measure (GTK_WIDGET (ahead), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (ahead), GTK_ORIENTATION_VERTICAL, width, NULL, NULL, NULL, NULL);
  return ahead;
}

static void
lp_application_activate (GApplication *app)
{
  LpApplication *self = LP_APPLICATION (app);
  GtkWindow *window;

  if (self->pending_files != NULL)
    {
      g_autoptr(GPtrArray) files = g_steal_pointer (&self->pending_files);
      open_files (self, (GFile **) files->pdata, files->len,
                  window_ahead (self, g_ptr_array_index (files, 0)));
      lp_preload_discard ();
      return;
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    window = GTK_WINDOW (lp_window_new (GTK_APPLICATION (app)));
  gtk_window_present (window);
  offer_recovery (self, window);
}

static void
on_new_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  LpWindow *window = lp_window_new (GTK_APPLICATION (data));
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_new_from_template_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  LpApplication *self = data;
  const char *name = g_variant_get_string (param, NULL);
  g_autofree char *path = g_strdup_printf ("/io/github/leerplaats/Leerplaats/templates/%s.leerplaats", name);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(LpTrajectory) trajectory = NULL;
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  LpWindow *window;

  if (bytes == NULL)
    return;
  trajectory = lp_reader_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), name, NULL);
  if (trajectory == NULL)
    return;
  lp_trajectory_start_from_template (trajectory, lp_date_today ());
  /* reuse an empty, untouched window */
  if (window_is_unused (active))
    window = LP_WINDOW (active);
  else
    window = lp_window_new (GTK_APPLICATION (self));
  lp_window_set_document (window, trajectory);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_quit_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (data));

  g_autoptr(GList) copy = g_list_copy (windows);

  /* Each window asks about unsaved changes before it goes. */
  for (GList *it = copy; it != NULL; it = it->next)
    gtk_window_close (it->data);
}

static void
on_about_activated (GSimpleAction *action, GVariant *param, gpointer data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (data));
  const char *developers[] = { "The Leerplaats team", NULL };

  adw_show_about_window (parent,
                         "application-name", _("Leerplaats"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Design learning programmes in which administrators and civil servants learn to work together"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         "website", "https://github.com/leerplaats/leerplaats",
                         NULL);
}

static const GActionEntry app_entries[] = {
  { "new", on_new_activated },
  { "new-from-template", on_new_from_template_activated, "s" },
  { "quit", on_quit_activated },
  { "about", on_about_activated },
};

static void
lp_application_startup (GApplication *app)
{
  static const char *new_accels[] = { "<Control>n", NULL };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };

  lp_ui_ensure_resources ();
  G_APPLICATION_CLASS (lp_application_parent_class)->startup (app);
  /* GTK has read the renderer choice (main.c): child programs choose their own */
  lp_renderer_restore ();
  lp_ui_warm_icons (gdk_display_get_default ());
  lp_surface_guard_install ();
  lp_session_end_install (GTK_APPLICATION (app));

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_entries, G_N_ELEMENTS (app_entries), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.new", new_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         shortcuts_accels);
}

static void
lp_application_finalize (GObject *object)
{
  LpApplication *self = (LpApplication *) object;

  g_clear_pointer (&self->pending_files, g_ptr_array_unref);
  G_OBJECT_CLASS (lp_application_parent_class)->finalize (object);
}

static void
lp_application_class_init (LpApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = lp_application_finalize;
  app_class->handle_local_options = lp_application_handle_local_options;
  app_class->activate = lp_application_activate;
  app_class->open = lp_application_open;
  app_class->startup = lp_application_startup;
}

static void
lp_application_init (LpApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Design leerplaats trajectories: learning programmes for "
                                              "administrators and civil servants."));
}

const GOptionEntry *
lp_application_get_option_entries (void)
{
  return main_entries;
}

LpApplication *
lp_application_new (void)
{
  return g_object_new (LP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/leerplaats/Leerplaats",
                       NULL);
}
