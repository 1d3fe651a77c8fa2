/* lp-file-read.c — reading a trajectory file's bytes within bounds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The size is known before a byte is read (fstat on the open file): a
 * device, a FIFO or /dev/zero is refused outright, and a file past the
 * limit costs nothing.  A file that grows while it is read stops at the
 * limit too.
 */
#define G_LOG_DOMAIN "Leerplaats-Io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <glib/gi18n.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lp-reader-private.h"

static gboolean
set_errno_error (GError     **error,
                 int          saved,
                 const char  *name)
{
  /* TRANSLATORS: FILE: message */
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("%s: %s"), name, g_strerror (saved));
  return FALSE;
}

/* Large files' bytes are asked for in huge pages, where the kernel gives
 * them on request (transparent huge pages in "madvise" mode or "always"):
 * then the bytes take one page fault per 2 MiB rather than one per 4 KiB,
 * each of which costs more than copying its 4 KiB on a virtual machine. */
#define HUGE_PAGE ((gsize) 2 * 1024 * 1024)

/* Room for @size bytes, for g_free. */
static char *
alloc_contents (gsize size)
{
#ifdef MADV_HUGEPAGE
  if (size >= HUGE_PAGE)
    {
      gsize rounded = (size + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
      void *p = NULL;

      if (posix_memalign (&p, HUGE_PAGE, rounded) == 0)
        {
          /* a kernel without them says EINVAL: the pages are small then */
          (void) madvise (p, rounded, MADV_HUGEPAGE);
          return p;
        }
    }
#endif
  return g_malloc (size);
}

gboolean
lp_reader_read_path (const char  *path,
                     const char  *name,
                     char       **out_contents,
                     gsize       *out_length,
                     GError     **error)
{
  g_autofree char *contents = NULL;
  struct stat st;
  gsize length = 0;
  int fd;

  fd = open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0)
    return set_errno_error (error, errno, name);
  if (fstat (fd, &st) != 0)
    {
      int saved = errno;
      close (fd);
      return set_errno_error (error, saved, name);
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      lp_reader_set_error (error, LP_FILE_ERROR_UNSAFE, name, 0,
                           S_ISDIR (st.st_mode) ? _("this is a folder, not a trajectory file")
                           : _("this is not a regular file (but a device, a pipe or a socket); "
                               "Leerplaats reads only regular files"));
      return FALSE;
    }
  if (st.st_size > LP_READER_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size ((guint64) st.st_size);
      g_autofree char *limit = g_format_size (LP_READER_MAX_FILE_SIZE);

      close (fd);
      lp_reader_set_error (error, LP_FILE_ERROR_UNSAFE, name, 0,
                           _("the file is too large to be a trajectory (%s; the limit is %s)"), size, limit);
      return FALSE;
    }

  /* one byte more than the limit shows a file that grew meanwhile */
  contents = alloc_contents ((gsize) st.st_size + 2);
  while (length <= (gsize) st.st_size)
    {
      ssize_t n = read (fd, contents + length, (gsize) st.st_size + 1 - length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          close (fd);
          return set_errno_error (error, saved, name);
        }
      if (n == 0)
        break;
      length += (gsize) n;
    }
  close (fd);
  if (length > (gsize) st.st_size && length > LP_READER_MAX_FILE_SIZE)
    {
      lp_reader_set_error (error, LP_FILE_ERROR_UNSAFE, name, 0, _("the file is too large to be a trajectory"));
      return FALSE;
    }
  contents[length] = '\0';
  *out_contents = g_steal_pointer (&contents);
  *out_length = length;
  return TRUE;
}
