/* lp-writer.c — saving .leerplaats files: deterministic, atomic, with backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document is serialized to memory first (elements and attributes in
 * the order of the format's schema, two-space indentation), so the same
 * document always gives the same bytes.  A local file is then replaced by writing a temporary file
 * beside the real target (symlinks resolved), flushing it to disk and
 * renaming it over the old one, which is kept as NAME~ (lp-file-replace.c).
 * The old file is never truncated in place, so a failure at any point
 * leaves it as it was.
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/lp-date.h"
#include "lp-file-replace.h"
#include "lp-reader-private.h"
#include "lp-writer.h"
#include "lp-writer-private.h"

/* ---- serialization ---- */

/* A first guess at the size of a file, so the text is seldom reallocated:
 * the header and lists, and each module. */
#define GUESS_BASE_BYTES 4096
#define GUESS_MODULE_BYTES 800

/* How deep an element is indented: a collection or header field, an item of
 * a collection, a field of an item. */
enum {
  DEPTH_TOP = 1,
  DEPTH_ITEM = 2,
  DEPTH_FIELD = 3,
};

static void
append_escaped (GString    *s,
                const char *text,
                gboolean    attribute)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '&': g_string_append (s, "&amp;"); break;
        case '<': g_string_append (s, "&lt;"); break;
        case '>': g_string_append (s, "&gt;"); break;
        case '"':
          if (attribute)
            g_string_append (s, "&quot;");
          else
            g_string_append_c (s, '"');
          break;
        case '\r': g_string_append (s, "&#13;"); break;
        case '\n':
          if (attribute)
            g_string_append (s, "&#10;");
          else
            g_string_append_c (s, '\n');
          break;
        case '\t':
          if (attribute)
            g_string_append (s, "&#9;");
          else
            g_string_append_c (s, '\t');
          break;
        default:
          /* Control characters cannot be written in XML 1.0: drop them. */
          if (c < 0x20)
            break;
          g_string_append_c (s, (char) c);
        }
    }
}

void
lp_writer_indent (GString *s,
                  guint    level)
{
  for (guint i = 0; i < level; i++)
    g_string_append (s, "  ");
}

/* "<name", indented to @level: the caller appends the attributes. */
static void
open_tag (GString    *s,
          guint       level,
          const char *name)
{
  lp_writer_indent (s, level);
  g_string_append_printf (s, "<%s", name);
}

static void
attr (GString    *s,
      const char *name,
      const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf (s, " %s=\"", name);
  append_escaped (s, value, TRUE);
  g_string_append_c (s, '"');
}

static void
attr_date (GString    *s,
           const char *name,
           LpDate      date)
{
  char buf[LP_DATE_ISO_SIZE];

  if (date == LP_DATE_NONE)
    return;
  attr (s, name, lp_date_format_iso (date, buf));
}

static void
attr_time (GString    *s,
           const char *name,
           int         minutes)
{
  char buf[LP_TIME_TEXT_SIZE];

  if (minutes == LP_TIME_NONE)
    return;
  attr (s, name, lp_time_format (minutes, buf));
}

/* <name attrs…>text</name>; attrs already appended by the caller.  A text
 * longer than the reader takes is cut to that length: a file that would not
 * open again must never be written (the editor does not let a text grow so
 * long; a paste or a merge could). */
static void
close_text (GString    *s,
            const char *name,
            const char *text)
{
  gsize limit = lp_reader_text_limit (name);
  g_autofree char *cut = NULL;

  if (text == NULL || *text == '\0')
    {
      g_string_append (s, "/>\n");
      return;
    }
  if (g_utf8_strlen (text, -1) > (glong) limit)
    {
      cut = g_strndup (text, (gsize) (g_utf8_offset_to_pointer (text, (glong) limit) - text));
      g_message ("The text of a <%s> was cut to %" G_GSIZE_FORMAT " characters, the most a file may hold",
                 name, limit);
      text = cut;
    }
  g_string_append_c (s, '>');
  append_escaped (s, text, FALSE);
  g_string_append_printf (s, "</%s>\n", name);
}

static void
text_element (GString    *s,
              guint       level,
              const char *name,
              const char *text,
              gboolean    always)
{
  if (!always && (text == NULL || *text == '\0'))
    return;
  open_tag (s, level, name);
  close_text (s, name, text);
}

static void
write_track (GString      *s,
             LpTrajectory *t,
             gpointer      item)
{
  LpTrack *track = item;

  open_tag (s, DEPTH_ITEM, "track");
  attr (s, "id", lp_track_get_id (track));
  attr (s, "group", lp_track_group_to_string (lp_track_get_group (track)));
  close_text (s, "track", lp_track_get_name (track));
}

static void
write_kind (GString      *s,
            LpTrajectory *t,
            gpointer      item)
{
  LpKind *kind = item;
  g_autofree char *days = g_strdup_printf ("%u", lp_kind_get_days (kind));

  open_tag (s, DEPTH_ITEM, "kind");
  attr (s, "id", lp_kind_get_id (kind));
  attr (s, "theme", lp_kind_get_theme_id (kind));
  attr (s, "work-form", lp_kind_get_work_form (kind));
  attr (s, "days", days);
  attr (s, "color", lp_kind_get_color (kind));
  g_string_append (s, ">\n");
  text_element (s, DEPTH_FIELD, "name", lp_kind_get_name (kind), TRUE);
  text_element (s, DEPTH_FIELD, "description", lp_kind_get_description (kind), FALSE);
  lp_writer_indent (s, DEPTH_ITEM);
  g_string_append (s, "</kind>\n");
}

/* <name id=… date-attr=… [end=…] kind=…>label</name>: a milestone has one
 * date, a period a start and an end. */
static void
write_dated (GString    *s,
             const char *name,
             const char *id,
             const char *date_attr,
             LpDate      date,
             LpDate      end,
             const char *kind,
             const char *label)
{
  open_tag (s, DEPTH_ITEM, name);
  attr (s, "id", id);
  attr_date (s, date_attr, date);
  attr_date (s, "end", end);
  attr (s, "kind", kind);
  close_text (s, name, label);
}

static void
write_milestone (GString      *s,
                 LpTrajectory *t,
                 gpointer      item)
{
  LpMilestone *e = item;

  write_dated (s, "milestone", lp_milestone_get_id (e), "date", lp_milestone_get_date (e), LP_DATE_NONE,
               lp_milestone_kind_to_string (lp_milestone_get_kind (e)), lp_milestone_get_label (e));
}

static void
write_period (GString      *s,
            LpTrajectory *t,
            gpointer      item)
{
  LpPeriod *b = item;

  write_dated (s, "band", lp_period_get_id (b), "start", lp_period_get_start (b), lp_period_get_end (b),
               lp_period_kind_to_string (lp_period_get_kind (b)), lp_period_get_label (b));
}

static void
write_module (GString      *s,
              LpTrajectory *t,
              gpointer      item)
{
  LpModule *m = item;
  const char * const *facilitators = lp_module_get_facilitators (m);
  GPtrArray *comments = lp_module_get_comments (m);
  int count = lp_module_get_participants_count (m);
  const char *participants = lp_module_get_participants (m);

  open_tag (s, DEPTH_ITEM, "module");
  attr (s, "id", lp_module_get_id (m));
  attr (s, "kind", lp_module_get_kind_id (m));
  attr (s, "track", lp_track_get_id (lp_module_get_track (m)));
  attr_date (s, "start", lp_module_get_start (m));
  attr_date (s, "end", lp_module_get_end (m));
  attr (s, "status", lp_status_to_string (lp_module_get_status (m)));
  attr_time (s, "start-time", lp_module_get_start_time (m));
  attr_time (s, "end-time", lp_module_get_end_time (m));
  attr (s, "series", lp_module_get_series (m));
  g_string_append (s, ">\n");

  text_element (s, DEPTH_FIELD, "title", lp_module_get_title (m), FALSE);
  for (guint i = 0; facilitators[i] != NULL; i++)
    text_element (s, DEPTH_FIELD, "facilitator", facilitators[i], TRUE);
  if (count >= 0 || (participants != NULL && *participants != '\0'))
    {
      open_tag (s, DEPTH_FIELD, "participants");
      if (count >= 0)
        g_string_append_printf (s, " count=\"%d\"", count);
      close_text (s, "participants", participants);
    }
  text_element (s, DEPTH_FIELD, "location", lp_module_get_location (m), FALSE);
  text_element (s, DEPTH_FIELD, "goals", lp_module_get_goals (m), FALSE);
  text_element (s, DEPTH_FIELD, "preparation", lp_module_get_preparation (m), FALSE);
  text_element (s, DEPTH_FIELD, "description", lp_module_get_description (m), FALSE);
  lp_writer_agenda (s, DEPTH_FIELD, m);
  text_element (s, DEPTH_FIELD, "notes", lp_module_get_notes (m), FALSE);
  for (guint i = 0; i < comments->len; i++)
    {
      const LpComment *c = g_ptr_array_index (comments, i);

      open_tag (s, DEPTH_FIELD, "comment");
      attr (s, "author", c->author);
      attr_date (s, "date", c->date);
      if (c->resolved)
        attr (s, "resolved", "true");
      close_text (s, "comment", c->text);
    }

  lp_writer_indent (s, DEPTH_ITEM);
  g_string_append (s, "</module>\n");
}

void
lp_writer_attr (GString *s, const char *name, const char *value)
{
  attr (s, name, value);
}

void
lp_writer_text_element (GString *s, guint level, const char *name, const char *text)
{
  text_element (s, level, name, text, FALSE);
}

/* What an empty collection writes: nothing, <name/>, or <name></name> on
 * two lines. */
typedef enum {
  EMPTY_OMIT,
  EMPTY_SELF_CLOSING,
  EMPTY_OPEN_CLOSE,
} EmptyForm;

typedef void (*WriteItemFunc) (GString *s, LpTrajectory *t, gpointer item);

static void
write_collection (GString       *s,
                  LpTrajectory  *t,
                  GListModel    *list,
                  const char    *name,
                  EmptyForm      empty,
                  WriteItemFunc  write_item)
{
  guint n = g_list_model_get_n_items (list);

  if (n == 0 && empty == EMPTY_OMIT)
    return;
  lp_writer_indent (s, DEPTH_TOP);
  if (n == 0 && empty == EMPTY_SELF_CLOSING)
    {
      g_string_append_printf (s, "<%s/>\n", name);
      return;
    }
  g_string_append_printf (s, "<%s>\n", name);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      write_item (s, t, item);
    }
  lp_writer_indent (s, DEPTH_TOP);
  g_string_append_printf (s, "</%s>\n", name);
}

GBytes *
lp_writer_serialize (LpTrajectory *t)
{
  GString *s;

  g_return_val_if_fail (LP_IS_TRAJECTORY (t), NULL);

  s = g_string_sized_new (GUESS_BASE_BYTES + GUESS_MODULE_BYTES * g_list_model_get_n_items (lp_trajectory_get_modules (t)));

  g_string_append (s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append (s, "<trajectory xmlns=\"urn:leerplaats:trajectory:1\" version=\"1\"");
  attr (s, "uid", lp_trajectory_get_uid (t));
  g_string_append (s, ">\n");
  text_element (s, DEPTH_TOP, "title", lp_trajectory_get_title (t) ? lp_trajectory_get_title (t) : "", TRUE);
  text_element (s, DEPTH_TOP, "client", lp_trajectory_get_client (t), FALSE);
  text_element (s, DEPTH_TOP, "author", lp_trajectory_get_author (t), FALSE);
  text_element (s, DEPTH_TOP, "description", lp_trajectory_get_description (t), FALSE);
  open_tag (s, DEPTH_TOP, "period");
  attr_date (s, "start", lp_trajectory_get_span_start (t));
  attr_date (s, "end", lp_trajectory_get_span_end (t));
  g_string_append (s, "/>\n");
  if (lp_trajectory_get_school_region (t) != NULL)
    {
      open_tag (s, DEPTH_TOP, "calendar");
      attr (s, "school-region", lp_trajectory_get_school_region (t));
      g_string_append (s, "/>\n");
    }

  write_collection (s, t, lp_trajectory_get_tracks (t), "tracks", EMPTY_OPEN_CLOSE, write_track);
  write_collection (s, t, lp_trajectory_get_kinds (t), "kinds", EMPTY_OMIT, write_kind);
  write_collection (s, t, lp_trajectory_get_modules (t), "modules", EMPTY_SELF_CLOSING, write_module);
  write_collection (s, t, lp_trajectory_get_milestones (t), "milestones", EMPTY_OMIT, write_milestone);
  write_collection (s, t, lp_trajectory_get_periods (t), "bands", EMPTY_OMIT, write_period);

  g_string_append (s, "</trajectory>\n");

  return g_string_free_to_bytes (s);
}

GBytes *
lp_writer_serialize_checked (LpTrajectory  *trajectory,
                             GError       **error)
{
  static const char name[] = "written";
  g_autoptr(GBytes) bytes = lp_writer_serialize (trajectory);
  g_autoptr(LpTrajectory) again = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *prefix = NULL;
  const char *why;

  again = lp_reader_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), name, &local);
  if (again != NULL)
    return g_steal_pointer (&bytes);
  prefix = lp_reader_error_get_line (local) > 0 ? g_strdup_printf ("%s:%u: ", name, lp_reader_error_get_line (local))
                                                : g_strdup_printf ("%s: ", name);
  why = g_str_has_prefix (local->message, prefix) ? local->message + strlen (prefix) : local->message;
  g_set_error_literal (error, local->domain, local->code, why);
  return NULL;
}

/* ---- saving ---- */

gboolean
lp_writer_save_file (LpTrajectory       *trajectory,
                     GFile              *file,
                     const LpFileStamp  *expected,
                     LpFileStamp       **out_stamp,
                     GCancellable       *cancellable,
                     GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display = NULL;
  g_autofree char *what = NULL;

  g_return_val_if_fail (LP_IS_TRAJECTORY (trajectory), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = lp_writer_serialize (trajectory);
  display = g_file_get_parse_name (file);
  what = g_strdup_printf (_("Could not save “%s”"), display);

  if (g_file_peek_path (file) != NULL)
    {
      if (!lp_file_replace (g_file_peek_path (file), bytes, LP_FILE_REPLACE_BACKUP, expected, what,
                            cancellable, error))
        return FALSE;
    }
  else
    {
      /* Not a local file (a GVfs location): compare the content, then GIO's
       * own replace, which writes a temporary and renames it over. */
      if (!lp_file_check_unchanged (file, expected, what, cancellable, error) ||
          !g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    NULL, TRUE, G_FILE_CREATE_NONE, NULL, cancellable, error))
        return FALSE;
    }
  if (out_stamp != NULL)
    *out_stamp = lp_file_stamp_new_for_bytes (bytes);
  return TRUE;
}
