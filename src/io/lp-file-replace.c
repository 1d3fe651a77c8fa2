/* lp-file-replace.c — replacing a local file: checks, temporary, backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The order of the steps is what keeps a file safe when the process is
 * killed or a step fails: the new bytes are complete and flushed in a
 * temporary file before anything else is touched; NAME and NAME~ only ever
 * change by rename(), so each is always a whole file; NAME~ changes only
 * after NAME did.  Temporaries are flock()ed while a save uses them, so
 * lp_file_remove_stale_temporaries() removes only those of saves that died.
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lp-file-replace.h"

#define TEMP_SUFFIX_LEN 6
/* Temporaries are NAME.lp-save-XXXXXX and NAME~.lp-save-XXXXXX: a name no
 * user file has, so that removing stale ones never touches a user's
 * "NAME.backup" or "NAME.Report" (six letters after a dot, as mkstemp's
 * bare NAME.XXXXXX would be). */
#define TEMP_MARK ".lp-save-"
/* The longest file name (bytes) the usual file systems take. */
#define NAME_BYTES 255

/* The first @max bytes of @name at most, not cutting a UTF-8 character. */
static char *
cut_name (const char *name,
          gsize       max)
{
  gsize n = strlen (name);

  if (n <= max)
    return g_strdup (name);
  n = max;
  while (n > 0 && ((guchar) name[n] & 0xC0) == 0x80)
    n--;
  return g_strndup (name, n);
}

/* What a temporary for @base starts with: @base, cut so that the
 * temporary's name stays within NAME_BYTES. */
static char *
temp_stem (const char *base)
{
  return cut_name (base, NAME_BYTES - strlen (TEMP_MARK) - TEMP_SUFFIX_LEN);
}

char *
lp_file_backup_path (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *cut = cut_name (base, NAME_BYTES - 1);
  g_autofree char *name = g_strconcat (cut, "~", NULL);

  return g_build_filename (dir, name, NULL);
}

/* @path's folder, and a temporary's name there for @path's name: STEM
 * followed by TEMP_MARK and @suffix. */
static char *
temp_path (const char *path,
           const char *suffix)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *stem = temp_stem (base);
  g_autofree char *name = g_strconcat (stem, TEMP_MARK, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

char *
lp_file_resolve_symlinks (const char  *path,
                          GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint depth = 0; depth < 32; depth++)
    {
      g_autofree char *target = NULL;
      g_autoptr(GError) local_error = NULL;

      target = g_file_read_link (current, &local_error);
      if (target == NULL)
        {
          /* EINVAL: not a symlink; ENOENT: a new file */
          if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_INVAL) ||
              g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
            return g_steal_pointer (&current);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (!g_path_is_absolute (target))
        {
          g_autofree char *dir = g_path_get_dirname (current);
          char *joined = g_build_filename (dir, target, NULL);
          g_free (target);
          target = joined;
        }
      g_free (current);
      current = g_steal_pointer (&target);
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS, _("Too many levels of symbolic links"));
  return NULL;
}

/* ---- stale temporaries ---- */

static gboolean
is_temp_suffix (const char *s)
{
  if (strlen (s) != TEMP_SUFFIX_LEN)
    return FALSE;
  for (; *s != '\0'; s++)
    if (!g_ascii_isalnum (*s))
      return FALSE;
  return TRUE;
}

/* NAME.lp-save-XXXXXX or NAME~.lp-save-XXXXXX (NAME cut by temp_stem) */
static gboolean
is_our_temporary (const char *entry,
                  const char *base)
{
  g_autofree char *stem = temp_stem (base);
  gsize n = strlen (stem);

  if (strncmp (entry, stem, n) != 0)
    return FALSE;
  entry += n;
  if (*entry == '~')
    entry++;
  return g_str_has_prefix (entry, TEMP_MARK) && is_temp_suffix (entry + strlen (TEMP_MARK));
}

void
lp_file_remove_stale_temporaries (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *entry;

  if (listing == NULL)
    return;
  while ((entry = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *full = NULL;
      struct stat st;
      int fd;

      if (!is_our_temporary (entry, base))
        continue;
      full = g_build_filename (dir, entry, NULL);
      fd = open (full, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
      if (fd < 0)
        continue;
      if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == geteuid () &&
          flock (fd, LOCK_EX | LOCK_NB) == 0)
        {
          if (g_unlink (full) == 0)
            g_debug ("Removed the stale temporary %s", full);
        }
      close (fd);
    }
}

/* ---- replacing ---- */

static gboolean
set_errno_error (GError     **error,
                 int          saved,
                 const char  *what,
                 const char  *detail)
{
  /* TRANSLATORS: "Could not save “x”: the backup could not be made (No space left on device)" */
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("%s: %s (%s)"), what, detail,
               g_strerror (saved));
  return FALSE;
}

gboolean
lp_file_check_unchanged (GFile              *file,
                         const LpFileStamp  *expected,
                         const char         *what,
                         GCancellable       *cancellable,
                         GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;

  if (expected == NULL)
    return TRUE;
  switch (lp_file_stamp_check_file (expected, file, cancellable, &local_error))
    {
    case LP_FILE_STAMP_SAME:
    case LP_FILE_STAMP_MISSING:
      return TRUE;
    case LP_FILE_STAMP_CHANGED:
      display = g_file_get_parse_name (file);
      g_set_error (error, LP_FILE_ERROR, LP_FILE_ERROR_CHANGED,
                   _("“%s” was changed by someone else since it was opened"), display);
      return FALSE;
    case LP_FILE_STAMP_ERROR:
    default:
      g_set_error (error, G_IO_ERROR, local_error ? local_error->code : G_IO_ERROR_FAILED,
                   "%s: %s", what, local_error ? local_error->message : "");
      return FALSE;
    }
}

static gboolean
check_unchanged (const char         *target,
                 const LpFileStamp  *expected,
                 const char         *what,
                 GCancellable       *cancellable,
                 GError            **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (target);

  return lp_file_check_unchanged (file, expected, what, cancellable, error);
}

/* The target may be replaced: it is new, or a regular file this user may
 * write.  Fills @st and @exists. */
static gboolean
check_target (const char   *target,
              struct stat  *st,
              gboolean     *exists,
              const char   *what,
              GError      **error)
{
  *exists = FALSE;
  if (stat (target, st) != 0)
    {
      if (errno == ENOENT)
        return TRUE;
      return set_errno_error (error, errno, what, _("the file could not be examined"));
    }
  *exists = TRUE;
  if (!S_ISREG (st->st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("%s: it is not a regular file, and Leerplaats writes only regular files"), what);
      return FALSE;
    }
  if (access (target, W_OK) != 0 && (errno == EACCES || errno == EPERM || errno == EROFS))
    {
      g_set_error (error, LP_FILE_ERROR, LP_FILE_ERROR_READ_ONLY,
                   _("%s: the file is read-only; save it under another name"), what);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         size)
{
  while (size > 0)
    {
      ssize_t n = write (fd, data, size);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += n;
      size -= (gsize) n;
    }
  return TRUE;
}

/* NAME.lp-save-XXXXXX with @bytes, flushed, with the old file's mode and owner;
 * its descriptor stays open and locked in @out_fd. */
static char *
write_temporary (const char         *target,
                 GBytes             *bytes,
                 const struct stat  *old,
                 const char         *what,
                 int                *out_fd,
                 GError            **error)
{
  g_autofree char *tmp = temp_path (target, "XXXXXX");
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  int fd, saved;

  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, old != NULL ? 0600 : 0666);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_autofree char *dir = g_path_get_dirname (target);
      g_autofree char *dir_display = g_filename_display_name (dir);
      g_autofree char *detail = g_strdup_printf (_("a temporary file could not be created in the folder “%s”"),
                                                 dir_display);
      return set_errno_error (error, saved_errno, what, detail), NULL;
    }
  flock (fd, LOCK_EX);
  if (old != NULL)
    {
      /* the owner only where this user may give it (root); the group where
       * the user belongs to it; ignored otherwise, as a copy would */
      if (fchown (fd, old->st_uid, old->st_gid) != 0)
        (void) !fchown (fd, (uid_t) -1, old->st_gid);
    }
  if (!write_all (fd, data, size) ||
      (old != NULL && fchmod (fd, old->st_mode & 07777) != 0) ||
      fsync (fd) != 0)
    {
      saved = errno;
      g_unlink (tmp);
      close (fd);
      return set_errno_error (error, saved, what, _("the new version could not be written")), NULL;
    }
  *out_fd = fd;
  return g_steal_pointer (&tmp);
}

/* A second name, NAME~.lp-save-XXXXXX, for the current file (a copy on file systems
 * without hard links); NULL with @error set on failure. */
static char *
link_backup_temporary (const char         *target,
                       const char         *backup,
                       const struct stat  *old,
                       const char         *what,
                       GError            **error)
{
  static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      char suffix[TEMP_SUFFIX_LEN + 1];
      g_autofree char *name = NULL;

      for (guint i = 0; i < TEMP_SUFFIX_LEN; i++)
        suffix[i] = chars[g_random_int_range (0, (int) sizeof chars - 1)];
      suffix[TEMP_SUFFIX_LEN] = '\0';
      name = temp_path (backup, suffix);
      if (link (target, name) == 0)
        return g_steal_pointer (&name);
      if (errno != EEXIST)
        break;
    }

  /* no hard links here: a copy, flushed */
  if (g_file_get_contents (target, &contents, &length, &local_error))
    {
      g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      int fd = -1;
      char *name = write_temporary (backup, bytes, old, what, &fd, error);

      if (name != NULL)
        close (fd);
      return name;
    }
  g_set_error (error, G_IO_ERROR, local_error->code, _("%s: the backup could not be made (%s)"),
               what, local_error->message);
  return NULL;
}

static void
sync_folder (const char *target)
{
  g_autofree char *dir = g_path_get_dirname (target);
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* NAME~ must be a name rename() can replace: a directory there would
 * only show after the new file is in place. */
static gboolean
check_backup_name (const char  *backup,
                   const char  *what,
                   GError     **error)
{
  struct stat st;

  if (lstat (backup, &st) == 0 && S_ISDIR (st.st_mode))
    return set_errno_error (error, EISDIR, what, _("the backup could not be replaced"));
  return TRUE;
}

gboolean
lp_file_replace (const char          *path,
                 GBytes              *bytes,
                 LpFileReplaceFlags   flags,
                 const LpFileStamp   *expected,
                 const char          *what,
                 GCancellable        *cancellable,
                 GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *target = NULL, *backup = NULL, *tmp = NULL, *backup_tmp = NULL;
  struct stat st;
  gboolean exists;
  int fd = -1;

  target = lp_file_resolve_symlinks (path, &local_error);
  if (target == NULL)
    {
      g_set_error (error, G_IO_ERROR, local_error->code, "%s: %s", what, local_error->message);
      return FALSE;
    }
  if (!check_target (target, &st, &exists, what, error) ||
      (exists && !check_unchanged (target, expected, what, cancellable, error)))
    return FALSE;
  if (exists && (flags & LP_FILE_REPLACE_BACKUP))
    {
      backup = lp_file_backup_path (target);
      if (!check_backup_name (backup, what, error))
        return FALSE;
    }

  lp_file_remove_stale_temporaries (target);
  tmp = write_temporary (target, bytes, exists ? &st : NULL, what, &fd, error);
  if (tmp == NULL)
    return FALSE;
  if (backup != NULL)
    {
      backup_tmp = link_backup_temporary (target, backup, &st, what, error);
      if (backup_tmp == NULL)
        {
          g_unlink (tmp);
          close (fd);
          return FALSE;
        }
    }

  if (rename (tmp, target) != 0)
    {
      int saved = errno;

      g_unlink (tmp);
      close (fd);
      if (backup_tmp != NULL)
        g_unlink (backup_tmp);
      return set_errno_error (error, saved, what, _("the new version could not take the place of the old one"));
    }
  close (fd);
  if (backup_tmp != NULL && rename (backup_tmp, backup) != 0)
    {
      /* NAME holds the new version: the save happened; NAME~ stays the older backup */
      g_warning ("Could not replace the backup %s: %s", backup, g_strerror (errno));
      g_unlink (backup_tmp);
    }
  sync_folder (target);
  return TRUE;
}
