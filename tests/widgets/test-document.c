/* test-document.c — the window's document and its file: read-only files,
 * Reload only while safe, drafts a second after a change, recovery that
 * knows what its draft was based on, the merge base as the bytes read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>
#include <unistd.h>

#include "io/lp-process.h"
#include "io/lp-reader.h"
#include "ui/lp-application.h"
#include "ui/lp-document.h"
#include "ui/lp-draft-store.h"
#include "ui/lp-toast-util.h"
#include "ui/lp-window-private.h"
#include "document-fixture.h"
#include <adwaita.h>

#define WAIT_MS 10000

/* Their version: the title in capitals, the same size as ours. */
static char *
their_version (const char *path)
{
  char *theirs = read_file (path);
  char *title = strstr (theirs, "Tijdmalen");

  g_assert_nonnull (title);
  memcpy (title, "TIJDMALEN", 9);
  return theirs;
}

/* One registered application for the tests that need one: a second
 * could not export its D-Bus object while the first's windows live. */
static LpApplication *
registered_app (void)
{
  static LpApplication *app;
  g_autoptr(GError) error = NULL;

  if (app == NULL)
    {
      app = lp_application_new ();
      g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
    }
  return app;
}

static gboolean
no_drafts_cb (gpointer data)
{
  g_autoptr(GPtrArray) drafts = lp_draft_store_list ();

  return drafts->len == 0;
}

static gboolean
disk_changed_cb (gpointer window)
{
  return _lp_window_get_disk_changed (window) && _lp_window_get_disk_toast (window) != NULL;
}

/* The text a toast's title (markup) shows; fails when it is not markup. */
static char *
toast_text (AdwToast *toast)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (pango_parse_markup (adw_toast_get_title (toast), -1, 0, NULL, &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

/* Someone else changes the file: the toast offers Reload, naming the
 * file as it is ("&" and "<" in the name shown, not read as markup);
 * after an edit it offers Merge instead and says why. */
static void
test_reload_only_while_safe (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-doc-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "R&D <shared>.leerplaats", "tijdmalen");
  g_autofree char *theirs = their_version (path);
  LpWindow *window = open_window (NULL, path);
  g_autofree char *shown = NULL;
  AdwToast *toast;

  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  g_assert_true (wait_until (disk_changed_cb, window, WAIT_MS));
  toast = _lp_window_get_disk_toast (window);
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Reload");
  shown = toast_text (toast);
  g_assert_cmpstr (shown, ==, "Someone else changed “R&D <shared>.leerplaats”");

  edit (window);
  toast = _lp_window_get_disk_toast (window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Merge");
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.merge");
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "edited it since"));
  assert_draws (GTK_WIDGET (window));
  discard_and_destroy (window);
}

static gboolean
draft_written_cb (gpointer data)
{
  g_autoptr(GPtrArray) drafts = lp_draft_store_list ();

  return drafts->len > 0 && ((LpDraft *) g_ptr_array_index (drafts, 0))->base_sha256 != NULL;
}

/* Without LEERPLAATS_AUTOSAVE_INTERVAL, the draft of an edit is there
 * within two seconds, with the file it belongs to and the SHA-256 of the
 * bytes it was based on. */
static void
test_draft_soon_after_change (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-doc-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "drafted.leerplaats", "tijdmalen");
  g_autofree char *contents = read_file (path);
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, contents, -1);
  LpWindow *window = open_window (NULL, path);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  LpDraft *draft;

  g_unsetenv ("LEERPLAATS_AUTOSAVE_INTERVAL");
  g_assert_true (wait_until (no_drafts_cb, NULL, WAIT_MS));
  edit (window);
  g_assert_true (wait_until (draft_written_cb, NULL, 2000));
  drafts = lp_draft_store_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  draft = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (draft->base_sha256, ==, sha);
  g_assert_cmpuint (draft->base_size, ==, strlen (contents));
  g_assert_cmpstr (draft->uri, ==, uri);
  assert_draws (GTK_WIDGET (window));

  /* taking the edits back (as Discard does) removes it */
  discard_and_destroy (window);
  g_assert_true (wait_until (no_drafts_cb, NULL, WAIT_MS));
}

typedef struct {
  GMutex   lock;
  GCond    cond;
  GThread *main_thread;
  GThread *writer;        /* the thread the hook ran in */
  gboolean released;
  guint    ticks;         /* main-loop timer ticks while the writer waits */
} DraftGate;

/* In the draft writer: note the thread, then wait (at most 10 s) until
 * the main thread lets it go. */
static gboolean
draft_gate_hook (gpointer   data,
                 GError   **error)
{
  DraftGate *gate = data;
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  g_mutex_lock (&gate->lock);
  gate->writer = g_thread_self ();
  while (!gate->released && g_cond_wait_until (&gate->cond, &gate->lock, end))
    ;
  g_mutex_unlock (&gate->lock);
  return TRUE;
}

static gboolean
draft_gate_entered_cb (gpointer data)
{
  DraftGate *gate = data;
  gboolean entered;

  g_mutex_lock (&gate->lock);
  entered = gate->writer != NULL;
  g_mutex_unlock (&gate->lock);
  return entered;
}

static gboolean
draft_gate_tick_cb (gpointer data)
{
  ((DraftGate *) data)->ticks++;
  return G_SOURCE_CONTINUE;
}

static gboolean
draft_gate_ticked_cb (gpointer data)
{
  return ((DraftGate *) data)->ticks >= 3;
}

/* The draft is written in a thread other than the main one, and while
 * that write is held up the main loop keeps running (a timer fires three
 * times) and no draft is there yet; let go, the draft is written. */
static void
test_draft_written_off_main_thread (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-doc-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "drafted-off.leerplaats", "tijdmalen");
  LpWindow *window = open_window (NULL, path);
  DraftGate gate = { .main_thread = g_thread_self () };
  guint timer;

  g_mutex_init (&gate.lock);
  g_cond_init (&gate.cond);
  g_unsetenv ("LEERPLAATS_AUTOSAVE_INTERVAL");
  g_assert_true (wait_until (no_drafts_cb, NULL, WAIT_MS));
  _lp_draft_store_set_write_hook (draft_gate_hook, &gate);
  edit (window);
  g_assert_true (wait_until (draft_gate_entered_cb, &gate, WAIT_MS));
  g_assert_true (gate.writer != gate.main_thread);
  timer = g_timeout_add (20, draft_gate_tick_cb, &gate);
  g_assert_true (wait_until (draft_gate_ticked_cb, &gate, WAIT_MS));
  g_source_remove (timer);
  g_assert_true (no_drafts_cb (NULL));

  g_mutex_lock (&gate.lock);
  gate.released = TRUE;
  g_cond_signal (&gate.cond);
  g_mutex_unlock (&gate.lock);
  g_assert_true (wait_until (draft_written_cb, NULL, WAIT_MS));
  _lp_draft_store_set_write_hook (NULL, NULL);
  assert_draws (GTK_WIDGET (window));

  discard_and_destroy (window);
  g_assert_true (wait_until (no_drafts_cb, NULL, WAIT_MS));
  g_mutex_clear (&gate.lock);
  g_cond_clear (&gate.cond);
}

static void
on_written_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lp_draft_store_write_finish (result, &error));
  g_assert_no_error (error);
  *(gboolean *) data = TRUE;
}

static gboolean
flag_cb (gpointer data)
{
  return *(gboolean *) data;
}

/* Holds up draft writes in workers only (the main thread passes). */
static gboolean
worker_gate_hook (gpointer   data,
                  GError   **error)
{
  DraftGate *gate = data;

  return g_thread_self () == gate->main_thread || draft_gate_hook (gate, error);
}

/* A draft written now (as at the end of a session) is not replaced by an
 * older one that a worker was still writing: the worker, held up with
 * "older", finishes after the main thread wrote "newer"; "newer" stays. */
static void
test_draft_newest_stays (void)
{
  g_autoptr(GBytes) older = g_bytes_new_static ("older", 5);
  g_autoptr(GBytes) newer = g_bytes_new_static ("newer", 5);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = lp_draft_store_get_path ("test-newest");
  g_autofree char *contents = NULL;
  DraftGate gate = { .main_thread = g_thread_self () };
  gboolean written = FALSE;

  g_mutex_init (&gate.lock);
  g_cond_init (&gate.cond);
  g_assert_true (wait_until (no_drafts_cb, NULL, WAIT_MS));
  _lp_draft_store_set_write_hook (worker_gate_hook, &gate);
  lp_draft_store_write_async ("test-newest", older, NULL, "Tijdmalen", NULL, NULL, FALSE, NULL, on_written_cb,
                              &written);
  g_assert_true (wait_until (draft_gate_entered_cb, &gate, WAIT_MS));
  g_assert_true (lp_draft_store_write ("test-newest", newer, NULL, "Tijdmalen", NULL, NULL, FALSE, &error));
  g_assert_no_error (error);

  g_mutex_lock (&gate.lock);
  gate.released = TRUE;
  g_cond_signal (&gate.cond);
  g_mutex_unlock (&gate.lock);
  g_assert_true (wait_until (flag_cb, &written, WAIT_MS));
  _lp_draft_store_set_write_hook (NULL, NULL);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "newer");

  lp_draft_store_remove ("test-newest");
  g_assert_true (wait_until (no_drafts_cb, NULL, WAIT_MS));
  g_mutex_clear (&gate.lock);
  g_cond_clear (&gate.cond);
}

/* Sets the process recorded in draft @id's description (NULL: none, as
 * drafts written before the owner was recorded). */
static void
set_draft_owner (const char *id,
                 const char *owner)
{
  g_autofree char *dir = lp_draft_store_get_dir ();
  g_autofree char *name = g_strconcat (id, ".ini", NULL);
  g_autofree char *meta = g_build_filename (dir, name, NULL);
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (g_key_file_load_from_file (keys, meta, G_KEY_FILE_NONE, &error));
  if (owner != NULL)
    g_key_file_set_string (keys, "draft", "owner", owner);
  else
    g_assert_true (g_key_file_remove_key (keys, "draft", "owner", NULL));
  g_assert_true (g_key_file_save_to_file (keys, meta, &error));
  g_assert_no_error (error);
}

/* TRUE when draft @id is among @drafts. */
static gboolean
has_draft (GPtrArray  *drafts,
           const char *id)
{
  for (guint i = 0; i < drafts->len; i++)
    if (g_str_equal (((LpDraft *) g_ptr_array_index (drafts, i))->id, id))
      return TRUE;
  return FALSE;
}

/* A draft of a process that still runs (this one; another Leerplaats of
 * the same user) is not offered for recovery, nor discarded with the
 * offered ones; one whose process has gone is: no owner recorded, another
 * boot, or the same process number started at another time (reused). */
static void
test_live_draft_not_offered (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("<trajectory/>", 13);
  g_autoptr(GError) error = NULL;
  g_autofree char *me = lp_process_identity ();
  g_auto(GStrv) parts = g_strsplit (me, " ", 3);
  g_autofree char *other_boot = g_strdup_printf ("00000000-0000-0000-0000-000000000000 %s %s", parts[1], parts[2]);
  g_autofree char *reused = g_strdup_printf ("%s %s %" G_GUINT64_FORMAT, parts[0], parts[1],
                                             g_ascii_strtoull (parts[2], NULL, 10) + 1);
  const char *gone[] = { NULL, other_boot, reused };

  g_assert_cmpuint (g_strv_length (parts), ==, 3);
  g_assert_true (lp_draft_store_write ("test-live", bytes, NULL, "Lopend", NULL, NULL, FALSE, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) all = lp_draft_store_list ();
    g_autoptr(GPtrArray) left = lp_draft_store_list_left ();

    g_assert_true (has_draft (all, "test-live"));
    g_assert_false (has_draft (left, "test-live"));
  }
  for (guint i = 0; i < G_N_ELEMENTS (gone); i++)
    {
      g_autoptr(GPtrArray) left = NULL;

      set_draft_owner ("test-live", gone[i]);
      left = lp_draft_store_list_left ();
      g_assert_true (has_draft (left, "test-live"));
    }
  lp_draft_store_remove ("test-live");
}

/* A draft based on bytes someone has since replaced: recovery shows it in
 * the empty window (no second window) and Save asks instead of writing
 * over their version. */
static void
test_recovery_knows_its_base (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-doc-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "recovered.leerplaats", "tijdmalen");
  g_autofree char *base = read_file (path);
  g_autofree char *theirs = their_version (path);
  g_autofree char *after = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LpFileStamp) stamp = lp_file_stamp_new (base, strlen (base));
  g_autoptr(GBytes) draft = g_bytes_new (base, strlen (base));
  LpApplication *app = registered_app ();
  gboolean written = FALSE;
  LpWindow *window;
  AdwMessageDialog *dialog;

  g_assert_true (wait_until (no_drafts_cb, NULL, WAIT_MS));
  lp_draft_store_write_async ("test-draft", draft, file, "Tijdmalen", stamp, NULL, FALSE, NULL, on_written_cb, &written);
  g_assert_true (wait_until (flag_cb, &written, WAIT_MS));
  set_draft_owner ("test-draft", NULL);   /* as if left by a process that has gone */
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));

  window = lp_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  lp_application_recover_drafts (app, GTK_WINDOW (window));
  g_assert_cmpuint (count_lp_windows (GTK_APPLICATION (app)), ==, 1);
  g_assert_true (lp_window_get_file (window) != NULL && g_file_equal (lp_window_get_file (window), file));
  g_assert_true (lp_window_is_modified (window));
  g_assert_true (_lp_window_get_disk_changed (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
  dialog = find_message_dialog ();
  g_assert_true (adw_message_dialog_has_response (dialog, "overwrite"));
  answer_dialog (dialog, "cancel");
  after = read_file (path);
  g_assert_cmpstr (after, ==, theirs);
  assert_draws (GTK_WIDGET (window));

  discard_and_destroy (window);
  g_assert_true (wait_until (no_drafts_cb, NULL, WAIT_MS));
}

static gboolean
draft_base_kept_cb (gpointer data)
{
  g_autofree char *dir = lp_draft_store_get_dir ();
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  /* ID.base-SHA (16 digits), not the temporary it is written as first */
  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (strstr (name, ".base-") != NULL && strlen (strstr (name, ".base-")) == strlen (".base-") + 16)
      return draft_written_cb (NULL);
  return FALSE;
}

/* Copies (out) or puts back (!out) every file of the drafts directory. */
static void
copy_drafts (const char *aside,
             gboolean    out)
{
  g_autofree char *dir = lp_draft_store_get_dir ();
  g_autoptr(GDir) listing = g_dir_open (out ? dir : aside, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *from = g_build_filename (out ? dir : aside, name, NULL);
      g_autofree char *to = g_build_filename (out ? aside : dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (to, contents, (gssize) length, NULL));
    }
}


/* An edit's draft keeps the bytes it was based on.  After a crash, with
 * the file saved by someone else meanwhile, the recovered draft merges
 * with their version: both changes are saved (it said "the version you
 * started from is not known"). */
static void
test_recovery_merges (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-doc-XXXXXX", NULL);
  g_autofree char *aside = g_dir_make_tmp ("lp-drafts-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "crashed.leerplaats", "tijdmalen");
  g_autofree char *theirs = their_version (path);
  g_autofree char *after = NULL;
  LpApplication *app = registered_app ();
  g_autoptr(GPtrArray) drafts = NULL;
  LpWindow *window;
  LpTrajectory *t;
  g_autoptr(LpModule) first = NULL;

  window = open_window (GTK_APPLICATION (app), path);
  t = lp_window_get_trajectory (window);
  first = g_list_model_get_item (lp_trajectory_get_modules (t), 0);
  g_unsetenv ("LEERPLAATS_AUTOSAVE_INTERVAL");
  g_assert_true (wait_until (no_drafts_cb, NULL, WAIT_MS));
  lp_trajectory_set_string (t, first, "location", "Raadzaal na de crash");
  g_assert_true (wait_until (draft_base_kept_cb, NULL, WAIT_MS));
  /* the crash: the draft stays, left by a process that has gone */
  copy_drafts (aside, TRUE);
  discard_and_destroy (window);
  g_assert_true (wait_until (no_drafts_cb, NULL, WAIT_MS));
  copy_drafts (aside, FALSE);
  drafts = lp_draft_store_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  set_draft_owner (((LpDraft *) g_ptr_array_index (drafts, 0))->id, NULL);
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));

  window = lp_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  lp_application_recover_drafts (app, GTK_WINDOW (window));
  g_assert_true (_lp_window_get_disk_changed (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.merge", NULL));
  g_assert_true (wait_until (not_modified_cb, window, WAIT_MS));
  g_assert_null (find_message_dialog ());
  after = read_file (path);
  g_assert_nonnull (strstr (after, "TIJDMALEN"));
  g_assert_nonnull (strstr (after, "Raadzaal na de crash"));
  assert_draws (GTK_WIDGET (window));

  discard_and_destroy (window);
  g_assert_true (wait_until (no_drafts_cb, NULL, WAIT_MS));
}

typedef struct {
  const char *path;
  const char *title;
} FileTitle;

static gboolean
file_has_title_cb (gpointer data)
{
  FileTitle *expected = data;
  g_autofree char *text = read_file (expected->path);

  return strstr (text, expected->title) != NULL;
}

/* Save returns at once and writes in a worker: the window can be edited
 * meanwhile; the file gets what was there when Save was chosen, and an
 * edit made during the save stays unsaved until the next Save. */
static void
test_save_in_worker (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-doc-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "saved.leerplaats", "tijdmalen");
  LpWindow *window = open_window (NULL, path);
  LpTrajectory *t = lp_window_get_trajectory (window);
  FileTitle first = { path, "Our version" }, second = { path, "Edited while saving" };

  edit (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  /* nothing has run on this thread since: the write is not done here */
  lp_trajectory_set_string (t, t, "title", "Edited while saving");
  g_assert_true (_lp_window_is_saving (window));
  g_assert_true (wait_until (not_saving_cb, window, WAIT_MS));
  g_assert_true (file_has_title_cb (&first));
  g_assert_true (lp_window_is_modified (window));
  g_assert_false (file_has_title_cb (&second));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (wait_until (not_modified_cb, window, WAIT_MS));
  g_assert_true (file_has_title_cb (&second));
  g_assert_null (find_message_dialog ());
  assert_draws (GTK_WIDGET (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_file_cb (gpointer window)
{
  return lp_window_get_file (window) != NULL;
}

/* Open returns before the file is read (in a worker); the window then
 * shows it.  A bad file leaves the window's document and says why. */
static void
test_open_in_worker (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-doc-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "opened.leerplaats", "tijdmalen");
  g_autofree char *bad = g_build_filename (dir, "notes.leerplaats", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  LpWindow *window = lp_window_new (NULL);
  LpTrajectory *shown;
  AdwMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (window));
  lp_window_open_file (window, file);
  g_assert_null (lp_window_get_file (window));
  g_assert_true (wait_until (has_file_cb, window, WAIT_MS));
  shown = lp_window_get_trajectory (window);
  g_assert_cmpstr (lp_trajectory_get_title (shown), ==, "Tijdmalen");

  g_assert_true (g_file_set_contents (bad, "<trajectory", -1, NULL));
  lp_window_open_file (window, bad_file);
  g_assert_true (wait_until (message_dialog_shown_cb, NULL, WAIT_MS));
  dialog = find_message_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "notes.leerplaats"));
  answer_dialog (dialog, "close");
  g_assert_true (lp_window_get_trajectory (window) == shown);
  g_assert_true (g_file_equal (lp_window_get_file (window), file));
  assert_draws (GTK_WIDGET (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_loaded_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  gboolean *loaded = data;

  g_assert_true (lp_document_load_finish (LP_DOCUMENT (source), result, NULL));
  *loaded = TRUE;
}

static gboolean
base_packed_cb (gpointer document)
{
  return _lp_document_base_is_packed (document);
}

/* The merge base of an opened file is the bytes it was read from, also when
 * they are not what our writer would make of them (another program's
 * spacing, a comment), opened directly or in a worker; a large one (here
 * with a 1 MB comment) is kept compressed a moment later and still gives
 * those bytes. */
static void
test_base_is_bytes_read (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-doc-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "theirs.leerplaats", "tijdmalen");
  g_autofree char *canonical = read_file (path);
  g_autofree char *padding = g_strnfill (1024 * 1024, 'x');
  g_autoptr(GFile) file = g_file_new_for_path (path);

  for (guint large = 0; large < 2; large++)
    {
      g_autofree char *theirs = g_strdup_printf ("<?xml version=\"1.0\"?>\n<!-- %s -->\n%s",
                                                 large ? padding : "written by another program",
                                                 strstr (canonical, "<trajectory"));
      g_autoptr(LpDocument) direct = lp_document_new ();
      g_autoptr(LpDocument) worker = lp_document_new ();
      g_autoptr(GBytes) base = NULL;
      gboolean loaded = FALSE;

      g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
      g_assert_true (lp_document_load (direct, file, NULL));
      base = lp_document_get_base (direct);
      g_assert_cmpmem (g_bytes_get_data (base, NULL), g_bytes_get_size (base), theirs, strlen (theirs));

      lp_document_load_async (worker, file, on_loaded_cb, &loaded);
      g_assert_true (wait_until (flag_cb, &loaded, WAIT_MS));
      if (large)
        g_assert_true (wait_until (base_packed_cb, worker, WAIT_MS));
      g_clear_pointer (&base, g_bytes_unref);
      base = lp_document_get_base (worker);
      g_assert_cmpmem (g_bytes_get_data (base, NULL), g_bytes_get_size (base), theirs, strlen (theirs));
    }
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Save with nothing changed writes nothing: the backup (here someone
 * else's version, kept when we overwrote theirs) stays as it is; after an
 * edit, Save writes and the backup becomes the version before. */
static void
test_unchanged_save_keeps_backup (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-doc-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "kept.leerplaats", "tijdmalen");
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *original = read_file (path);
  g_autofree char *after = NULL;
  LpWindow *window;

  g_assert_true (g_file_set_contents (backup, "their version", -1, NULL));
  window = open_window (NULL, path);
  g_assert_false (lp_window_is_modified (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  /* a save would have begun here, before returning */
  g_assert_false (_lp_window_is_saving (window));
  after = read_file (backup);
  g_assert_cmpstr (after, ==, "their version");
  g_clear_pointer (&after, g_free);

  edit (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (wait_until (not_modified_cb, window, WAIT_MS));
  g_assert_true (wait_until (not_saving_cb, window, WAIT_MS));
  after = read_file (backup);
  g_assert_cmpstr (after, ==, original);
  assert_draws (GTK_WIDGET (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* While drafts fail to be written (the disk is full; the writer says so
 * here through the store's test hook, as the file system would), the
 * window says the unsaved work is not kept for recovery and offers Save;
 * when a draft can be written again, or the work is saved, the notice
 * goes. */
static gboolean
disk_full_hook (gpointer   data,
                GError   **error)
{
  if (!g_atomic_int_get ((int *) data))
    return TRUE;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left on device");
  return FALSE;
}

static gboolean
draft_toast_cb (gpointer window)
{
  return _lp_window_get_draft_toast (window) != NULL;
}

static gboolean
no_draft_toast_cb (gpointer window)
{
  return _lp_window_get_draft_toast (window) == NULL;
}

static void
test_draft_failure_told (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-doc-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "vol.leerplaats", "tijdmalen");
  LpWindow *window = open_window (NULL, path);
  LpTrajectory *t = lp_window_get_trajectory (window);
  int full = TRUE;
  AdwToast *toast;

  _lp_draft_store_set_write_hook (disk_full_hook, &full);
  edit (window);
  g_assert_true (wait_until (draft_toast_cb, window, WAIT_MS));
  toast = _lp_window_get_draft_toast (window);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "No space left on device"));
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.save");
  assert_draws (GTK_WIDGET (window));

  g_atomic_int_set (&full, FALSE);
  lp_trajectory_set_string (t, t, "title", "Weer ruimte");
  g_assert_true (wait_until (no_draft_toast_cb, window, WAIT_MS));

  /* told again, then saved with Ctrl+S: nothing unsaved, the notice goes */
  g_atomic_int_set (&full, TRUE);
  lp_trajectory_set_string (t, t, "title", "Weer vol");
  g_assert_true (wait_until (draft_toast_cb, window, WAIT_MS));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (wait_until (not_modified_cb, window, WAIT_MS));
  g_assert_true (wait_until (no_draft_toast_cb, window, WAIT_MS));
  _lp_draft_store_set_write_hook (NULL, NULL);
  assert_draws (GTK_WIDGET (window));
  discard_and_destroy (window);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

typedef struct {
  AdwToastOverlay *overlay;
  AdwToast        *toast;
} ToastOnScreen;

static gboolean
toast_on_screen_cb (gpointer data)
{
  ToastOnScreen *t = data;

  return t->toast != NULL && lp_toast_is_on_screen (t->overlay, t->toast);
}

static gboolean
toast_gone_cb (gpointer data)
{
  return !toast_on_screen_cb (data);
}

static gboolean
draft_toast_on_screen_cb (gpointer data)
{
  ToastOnScreen *t = data;
  LpWindow *window = LP_WINDOW (gtk_widget_get_root (GTK_WIDGET (t->overlay)));

  t->toast = _lp_window_get_draft_toast (window);
  return toast_on_screen_cb (t);
}

/* The full-disk notice comes before a toast that stays until taken away:
 * that toast is dismissed and the notice shown, with normal priority (a
 * high-priority toast could fail libadwaita 1.2's show_toast assertion). */
static void
test_draft_failure_first (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lp-doc-XXXXXX", NULL);
  g_autofree char *path = copy_template (dir, "vol.leerplaats", "tijdmalen");
  LpWindow *window = open_window (NULL, path);
  AdwToastOverlay *overlay = ADW_TOAST_OVERLAY (find_widget_by_type (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY));
  g_autoptr(AdwToast) staying = adw_toast_new ("Stays until taken away");
  ToastOnScreen first = { overlay, staying }, notice = { overlay, NULL };
  guint dismissed = 0;
  int full = TRUE;

  adw_toast_set_timeout (staying, 0);
  g_signal_connect_swapped (staying, "dismissed", G_CALLBACK (count_cb), &dismissed);
  lp_toast_show (overlay, g_object_ref (staying));
  g_assert_true (wait_until (toast_on_screen_cb, &first, WAIT_MS));

  _lp_draft_store_set_write_hook (disk_full_hook, &full);
  edit (window);
  g_assert_true (wait_until (draft_toast_on_screen_cb, &notice, WAIT_MS));
  g_assert_cmpuint (dismissed, ==, 1);
  g_assert_true (wait_until (toast_gone_cb, &first, WAIT_MS));   /* after its hide animation */
  g_assert_cmpint (adw_toast_get_priority (notice.toast), ==, ADW_TOAST_PRIORITY_NORMAL);
  assert_draws (GTK_WIDGET (window));
  _lp_draft_store_set_write_hook (NULL, NULL);
  discard_and_destroy (window);
}

int
main (int argc, char *argv[])
{
  char *home = widget_test_init_in_home (&argc, &argv);

  lp_reader_init ();

  g_test_add_func ("/widgets/document/reload-only-while-safe", test_reload_only_while_safe);
  g_test_add_func ("/widgets/document/draft-soon-after-change", test_draft_soon_after_change);
  g_test_add_func ("/widgets/document/draft-written-off-main-thread", test_draft_written_off_main_thread);
  g_test_add_func ("/widgets/document/draft-newest-stays", test_draft_newest_stays);
  g_test_add_func ("/widgets/document/recovery-knows-its-base", test_recovery_knows_its_base);
  g_test_add_func ("/widgets/document/recovery-merges", test_recovery_merges);
  g_test_add_func ("/widgets/document/save-in-worker", test_save_in_worker);
  g_test_add_func ("/widgets/document/draft-failure-told", test_draft_failure_told);
  g_test_add_func ("/widgets/document/draft-failure-first", test_draft_failure_first);
  g_test_add_func ("/widgets/document/live-draft-not-offered", test_live_draft_not_offered);
  g_test_add_func ("/widgets/document/unchanged-save-keeps-backup", test_unchanged_save_keeps_backup);
  g_test_add_func ("/widgets/document/open-in-worker", test_open_in_worker);
  g_test_add_func ("/widgets/document/base-is-bytes-read", test_base_is_bytes_read);

  return widget_test_run_in_home (home);
}
