/* lp-cli-merge.c — leerplaats --merge BASE OURS THEIRS, the git merge driver
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "core/lp-date.h"
#include "core/lp-merge.h"
#include "lp-cli.h"
#include "lp-file-replace.h"
#include "lp-reader.h"
#include "lp-writer.h"

static LpTrajectory *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  LpTrajectory *t = NULL;

  if (lp_reader_read_path (path, path, &contents, &length, &error))
    t = lp_reader_load_data (contents, length, path, &error);
  if (t == NULL)
    g_printerr ("%s\n", error->message);
  return t;
}

/* The text of the review comment that records @c on its module. */
static char *
conflict_comment (const LpMergeConflict *c)
{
  if (c->ours_deleted && c->field[0] == '\0')
    return g_strdup (_("Merge conflict: we deleted this module; it was kept with their changes"));
  if (c->ours_deleted)
    /* TRANSLATORS: %s is the name of a lane (track) */
    return g_strdup_printf (_("Merge conflict: we deleted the lane “%s”; it was kept for this module"),
                            c->theirs);
  if (c->theirs_deleted && c->field[0] == '\0')
    return g_strdup (_("Merge conflict: they deleted this module; it was kept with our changes"));
  if (c->theirs_deleted)
    /* TRANSLATORS: %s is a field name from the file, such as "track" */
    return g_strdup_printf (_("Merge conflict in “%s”: they deleted the lane; our lane was kept"), c->field);
  /* TRANSLATORS: "field", then the other side's value; ours was kept */
  return g_strdup_printf (_("Merge conflict in “%s”: their value was “%s”; ours was kept"),
                          c->field, c->theirs);
}

/* A module by its own title and id (a module without a title by its id:
 * the kind's name it shows instead does not tell it apart); other items
 * by their name. */
static char *
item_label (LpModule              *module,
            const LpMergeConflict *c)
{
  const char *title = module != NULL ? lp_module_get_title (module) : NULL;

  if (c->item_type != LP_TYPE_MODULE || c->item_id == NULL)
    return g_strdup (c->item_name);
  if (title == NULL || *title == '\0')
    /* TRANSLATORS: a module without a title, by its id */
    return g_strdup_printf (_("module %s"), c->item_id);
  /* TRANSLATORS: a module: “its title” (its id) */
  return g_strdup_printf (_("module “%s” (%s)"), title, c->item_id);
}

static void
record_conflict (LpTrajectory          *ours,
                 const char            *path,
                 const LpMergeConflict *c)
{
  LpModule *module;
  g_autofree char *text = conflict_comment (c);
  g_autofree char *label = NULL;
  g_autofree char *name = lp_cli_display_name (path);

  module = c->item_type == LP_TYPE_MODULE ? lp_trajectory_lookup_module (ours, c->item_id) : NULL;
  label = item_label (module, c);
  /* TRANSLATORS: "FILE: conflict: ITEM (FIELD): ours “X”, theirs “Y”" */
  g_printerr (_("%s: conflict: %s (%s): ours “%s”, theirs “%s”\n"), name, label,
              c->field[0] != '\0' ? c->field : _("deleted"),
              c->ours_deleted ? _("deleted") : c->ours,
              c->theirs_deleted ? _("deleted") : c->theirs);

  if (module != NULL)
    {
      g_autoptr(GPtrArray) comments = lp_comment_array_copy (lp_module_get_comments (module));

      g_ptr_array_add (comments, lp_comment_new ("merge", lp_date_today (), text));
      lp_module_set_comments (module, comments);
    }
}

/* The merge widened the period to hold a module (theirs, or at their
 * dates): a change neither side made, so it is said. */
static void
say_widened (LpTrajectory *ours,
             const char   *path)
{
  g_autofree char *name = lp_cli_display_name (path);
  char start[LP_DATE_ISO_SIZE], end[LP_DATE_ISO_SIZE];

  /* TRANSLATORS: "OURS: the trajectory now runs from 2026-10-01 to 2027-06-15, so that …" */
  g_printerr (_("%s: the trajectory now runs from %s to %s, so that every merged module lies within it\n"), name,
              lp_date_format_iso (lp_trajectory_get_span_start (ours), start),
              lp_date_format_iso (lp_trajectory_get_span_end (ours), end));
}

/* The merged document, checked by loading what the writer makes of it. */
static gboolean
write_checked (LpTrajectory *ours,
               const char   *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = lp_writer_serialize_checked (ours, &error);
  g_autofree char *what = g_strdup_printf (_("Could not write the merge to “%s”"), path);

  if (bytes == NULL)
    {
      /* TRANSLATORS: "OURS: nothing written: …: why" */
      g_autofree char *name = lp_cli_display_name (path);

      g_printerr (_("%s: nothing written: the merged result would be invalid: %s\n"),
                  name, error->message);
      return FALSE;
    }
  if (!lp_file_replace (path, bytes, LP_FILE_REPLACE_NONE, NULL, what, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

int
lp_cli_merge (const char * const *files)
{
  g_autoptr(LpTrajectory) base = NULL;
  g_autoptr(LpTrajectory) ours = NULL;
  g_autoptr(LpTrajectory) theirs = NULL;
  g_autoptr(LpMerge) merge = NULL;
  guint n_conflicts;

  if (files == NULL || g_strv_length ((char **) files) != 3)
    {
      g_printerr ("%s\n", _("--merge needs three files: BASE OURS THEIRS"));
      return LP_EXIT_USAGE;
    }

  lp_reader_init ();
  base = load (files[0]);
  ours = base != NULL ? load (files[1]) : NULL;
  theirs = ours != NULL ? load (files[2]) : NULL;
  if (theirs == NULL)
    return LP_EXIT_USAGE;

  merge = lp_merge_new (base, ours, theirs);
  n_conflicts = lp_merge_get_n_conflicts (merge);
  /* what we deleted and they changed (or added into) is kept, as git keeps
   * a file one side modified and the other deleted: nothing is lost */
  for (guint i = 0; i < n_conflicts; i++)
    if (lp_merge_get_conflict (merge, i)->ours_deleted)
      lp_merge_set_choice (merge, i, LP_MERGE_THEIRS);
  lp_merge_apply (merge, NULL);
  for (guint i = 0; i < n_conflicts; i++)
    record_conflict (ours, files[1], lp_merge_get_conflict (merge, i));

  if (!write_checked (ours, files[1]))
    return LP_EXIT_USAGE;
  if (lp_merge_get_widened (merge))
    say_widened (ours, files[1]);
  return n_conflicts > 0 ? LP_EXIT_FAILED : LP_EXIT_OK;
}
