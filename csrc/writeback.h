/* writeback.h: the one place that writes the seller's note files. Edits are
 * atomic (temp file in the same folder, fsync, rename) and refuse to write
 * over a note that changed out of recognition since the caller read it. */
#ifndef FUL_WRITEBACK_H
#define FUL_WRITEBACK_H

#include <stddef.h>
#include "dates.h"
#include "note.h"
#include "text.h"

/* Pure line edits, shared with the editor (which edits buffers). */
/* The next-step line with [x] set. 1 changed, 0 already done, -1 not a step. */
int ful_done_line(const char *line, size_t n, const ful_tagset *tags, ful_buf *out);
/* The TOUCH: line to insert under a next-step line (no line terminator). */
int ful_touch_line(const char *step_line, size_t n, ful_day day, const char *channel,
                   const char *outcome, ful_buf *out);

/* Marks the next step at line (1-based) done in the note file. expect: the
 * step's text as the caller saw it (NULL: trust the line number). 0, or -1
 * with a one-line message naming file and line. */
int ful_wb_done(const char *path, int line, const char *expect, const ful_tagset *tags,
                char *err, size_t errlen);
/* Inserts a TOUCH: line under the next step at line; *new_line is its line. */
int ful_wb_touch(const char *path, int line, const char *expect, const ful_tagset *tags, ful_day day,
                 const char *channel, const char *outcome, int *new_line, char *err, size_t errlen);

#endif
