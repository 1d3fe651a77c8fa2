/* lp-cli-diff.c — leerplaats --diff OLD NEW
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <glib/gi18n.h>

#include "core/lp-changes.h"
#include "core/lp-date.h"
#include "lp-cli.h"
#include "lp-cli-diff.h"
#include "lp-reader.h"

char *
lp_baseline_date_text (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (info == NULL || !g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_TIME_MODIFIED))
    return NULL;
  utc = g_date_time_new_from_unix_utc ((gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED));
  if (utc == NULL)
    return NULL;
  local = g_date_time_to_local (utc);
  return lp_date_format_long (lp_date_from_dmy ((guint) g_date_time_get_day_of_month (local),
                                                (guint) g_date_time_get_month (local),
                                                (guint) g_date_time_get_year (local)));
}

int
lp_cli_diff (const char * const *files)
{
  g_autoptr(LpTrajectory) old_version = NULL;
  g_autoptr(LpTrajectory) new_version = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  if (files == NULL || files[0] == NULL || files[1] == NULL || files[2] != NULL)
    {
      g_printerr ("%s\n", _("--diff needs two trajectory files: the old one and the new one"));
      return LP_DIFF_TROUBLE;
    }
  old_version = lp_cli_load_trajectory (files[0]);
  new_version = lp_cli_load_trajectory (files[1]);
  if (old_version == NULL || new_version == NULL)
    return LP_DIFF_TROUBLE;

  changes = lp_changes_compare (old_version, new_version);
  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *line = lp_change_format_line (changes->pdata[i]);
      g_print ("%s\n", line);
    }
  return changes->len > 0 ? LP_DIFF_DIFFERENT : LP_DIFF_SAME;
}
