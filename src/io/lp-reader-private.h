/* lp-reader-private.h — what the reader's parse and its walk share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "lp-reader.h"

G_BEGIN_DECLS

#define LP_READER_MAX_FILE_SIZE (64 * 1024 * 1024)
#define LP_NAMESPACE            "urn:leerplaats:trajectory:1"

/* The most characters the reader takes in the text of an element named
 * element: a title or name is short, a description long.  The writer keeps
 * to it, so that every file it writes opens again. */
gsize       lp_reader_text_limit (const char *element);

/* Sets @error in LP_FILE_ERROR to "NAME:LINE: message" (line > 0) or
 * "NAME: message", keeping the line in the error. */
void        lp_reader_set_error (GError     **error,
                                 int          code,
                                 const char  *name,
                                 long         line,
                                 const char  *format,
                                 ...) G_GNUC_PRINTF (5, 6);

/* More elements open at once than libxml2 allows without XML_PARSE_HUGE. */
#define LP_READER_MAX_OPEN      260

/* An element open while parsing: its name (in the parser's dictionary) and
 * the line of its start tag. */
typedef struct {
  const char *name;
  long        line;
} LpReaderOpen;

/* Limits a trajectory never needs, counted while parsing: the parse stops
 * at the first one passed.  ctxt->_private must point to this struct. */
typedef struct {
  xmlParserCtxtPtr        ctxt;
  startElementNsSAX2Func  start;
  endElementNsSAX2Func    end;
  charactersSAXFunc       characters;
  commentSAXFunc          comment;
  processingInstructionSAXFunc instruction;
  guint                   elements, unknown, unknown_attributes, modules, others;
  guint                   depth;  /* elements open: > 0 when a file ends inside one */
  LpReaderOpen            open[LP_READER_MAX_OPEN];  /* the first depth of them */
  gsize                   text, text_limit;
  char                   *what;   /* the limit passed; NULL while within */
  long                    line;
} LpReaderLimits;

void        lp_reader_limits_install (LpReaderLimits   *limits,
                                      xmlParserCtxtPtr  ctxt);
/* FALSE with @error naming the limit and the line when one was passed. */
gboolean    lp_reader_limits_check   (LpReaderLimits   *limits,
                                      const char       *name,
                                      GError          **error);
/* Counts the attributes of each start tag in the bytes from scan->p on
 * (a tag begun before @upto to its end, at most to @end), before libxml2
 * parses them; FALSE with @error past the limit.  Also counts the "<!"
 * and "<?" it passes (an XML declaration, a processing instruction, a
 * comment, CDATA or a DOCTYPE) in scan->marks. */
typedef struct {
  const char *p;
  long        line;
  guint       marks;
} LpReaderScan;

gboolean    lp_reader_scan_attributes (LpReaderScan  *scan,
                                       const char    *end,
                                       const char    *upto,
                                       const char    *name,
                                       GError       **error);

/* The value of an attribute without namespace, NULL when absent. */
const char *lp_reader_attr      (xmlNodePtr   node,
                                 const char  *name);

/* The line an element's start tag begins on (libxml2 keeps lines in 16
 * bits: those past 65,534 the reader keeps beside the document). */
long        lp_reader_line_of   (xmlNodePtr   node);
/* Keeps line as the line of node, an element of a document the reader is
 * building, when libxml2 cannot. */
void        lp_reader_keep_line (xmlNodePtr   node,
                                 long         line);
/* Frees a document the reader built, with the lines kept beside it. */
void        lp_reader_free_doc  (xmlDocPtr    doc);

/* Gives every attribute whose schema type collapses white space (ids, the
 * words of a fixed list, whole numbers) its value as the schema compares
 * it: without white space around it, and a number without its "+".  A
 * file the schema accepts, written " officials" or day="+2", then means
 * what it says. */
void        lp_reader_collapse_tokens (xmlNodePtr root);

/* Builds @trajectory from the root element of a document the schema has
 * accepted; FALSE with @error set at the first problem the schema cannot
 * see. */
gboolean    lp_reader_walk      (xmlNodePtr     root,
                                 const char    *name,
                                 LpTrajectory  *trajectory,
                                 GError       **error);

/* The tree reader: parses the whole document, checks it against the
 * schema and walks it; every problem named with its line. */
LpTrajectory *lp_reader_tree_load (const char  *data,
                                   gsize        length,
                                   const char  *name,
                                   GError     **error);

/* The same walk a piece at a time, for a reader that sees one element at a
 * time (lp-reader-stream.c): each element of the header (<title> to
 * <calendar>), then header_done with the root element, then each item of
 * the lists (<track>, <kind>, <module>, <milestone>, <band>), in document
 * order.  Each element must be one the schema has accepted.  FALSE with
 * @error set at a problem; header_done is FALSE without one when there was
 * no <period>. */
typedef struct _LpReaderWalk LpReaderWalk;

LpReaderWalk *lp_reader_walk_new         (const char    *name,
                                          LpTrajectory  *trajectory,
                                          GError       **error);
gboolean      lp_reader_walk_header      (LpReaderWalk  *walk,
                                          xmlNodePtr     node);
gboolean      lp_reader_walk_header_done (LpReaderWalk  *walk,
                                          xmlNodePtr     root);
gboolean      lp_reader_walk_item        (LpReaderWalk  *walk,
                                          xmlNodePtr     item);
void          lp_reader_walk_free        (LpReaderWalk  *walk);

/* Reads the <agenda> @node into @module, whose dates are already set;
 * FALSE with @error at the first item that is wrong (lp-reader-agenda.c). */
gboolean    lp_reader_read_agenda (xmlNodePtr     node,
                                   const char    *name,
                                   LpModule      *module,
                                   GError       **error);

G_END_DECLS
