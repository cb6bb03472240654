/* writeback.h: the one place that writes the seller's note files. Edits are
 * atomic (temp file in the same folder, fsync, rename) and refuse to write
 * over a note that changed out of recognition since the caller read it. */
#ifndef FUL_WRITEBACK_H
#define FUL_WRITEBACK_H

#include <stddef.h>
#include "dates.h"
#include "note.h"
#include "text.h"

/* The pure line edits (done, touch) are the grammar's: line.h. */

/* The short key a listing prints with FILE:LINE so that a later write-back
 * can tell the step the seller saw from whatever holds that line now: six
 * letters (never digits, so FILE:LINE:COL is not taken for one) from a hash
 * of the step's text. Writes 6 letters and a NUL. */
#define FUL_STEP_REF_LEN 6
void ful_step_ref(const char *text, size_t n, char out[FUL_STEP_REF_LEN + 1]);

/* Is the note at path unreadable? 0 when it can be read or is not there
 * (a new note); else -1 and "SHOWN: cannot open: REASON" in err, the words
 * every write-back refusal uses (shown: the path as the seller sees it). */
int ful_note_unreadable(const char *path, const char *shown, char *err, size_t errlen);
/* Is the note at path gone: no such file (ENOENT; a note that cannot be
 * reached is not gone)? 1 and "SHOWN: the note is gone (...); nothing
 * written" in err (when not NULL), the words of every write-back's
 * refusal; else 0. The listings leave out the steps of a gone note
 * (lua/fulog/gone.lua): a stat per note listed, no walk. */
int ful_note_gone(const char *path, const char *shown, char *err, size_t errlen);

/* What a write-back says of a step already done: done again (a second
 * listing, another editor's stale view) writes nothing and says so, as a
 * snooze of one does (FUL_SNOOZE_DONE_MSG); a touch under one is refused
 * (a done step is never a chase: the touch would count for nothing). */
#define FUL_DONE_ALREADY_MSG "the step is already done: nothing written"
#define FUL_TOUCH_DONE_MSG "the step is done: no touch to record (a done step is never listed); nothing written"

/* Marks the next step at line (1-based) done in the note file. expect: the
 * step as the caller saw it (line.h's ful_expect; NULL: trust the line
 * number). 0, or -1 with a one-line message naming file and line, or 1
 * when the step is already done: nothing written, "PATH:LINE: "
 * FUL_DONE_ALREADY_MSG in err. *at_line (when not NULL): the line the step
 * was found on, which is not line when it moved. */
int ful_wb_done(const char *path, int line, const ful_expect *expect, const ful_tagset *tags, int *at_line,
                char *err, size_t errlen);
/* Sets due:DAY on the next step at line (snooze: replaces a due: there). */
int ful_wb_snooze(const char *path, int line, const ful_expect *expect, const ful_tagset *tags, ful_day day,
                  int *at_line, char *err, size_t errlen);
/* Where the TOUCH: line tl (ful_touch_line's) goes under the step on line
 * `step` (0-based) of lines[0..n): the index to insert it at, before the
 * first touch in the step's block dated after it, else the block's end;
 * or -1 - i when line i already is this very touch (same date, channel and
 * outcome), which a write-back refuses. Editor and shell alike. */
int ful_touch_slot(const ful_lspan *ls, int n, int step, const char *tl, size_t tn, const ful_tagset *tags);
/* The checks of a touch that need no note (ful_touch_plan makes them
 * first): a channel word (ful_channel_parse), a date, not after today
 * (today FUL_NODATE: not checked). 0, or -1 with err holding why, without
 * the PATH:LINE: the caller puts before it. fulog touch makes them before
 * it opens the store: a usage error. */
int ful_touch_args(ful_day day, ful_day today, const char *channel, char *err, size_t errlen);
/* The one check of a touch the seller asks for under the step on line
 * `step` (0-based) of the note at path, whose text is text[0..len) and
 * lines ls[0..n): fulog touch, the log's write-back and :FuTouch in the
 * note's buffer all come here, so they refuse the same touches in the same
 * words. Refused: a channel that is none (ful_channel_parse), no date, a
 * day after today (today FUL_NODATE: not checked), a day before the
 * meeting date the note names (front matter, heading, file name), a done
 * step (FUL_TOUCH_DONE_MSG), the very touch already under the step. 0: *tl holds the TOUCH: line
 * (ful_touch_line's) and *slot where it goes (ful_touch_slot); -1: err
 * holds one line "PATH:LINE: why; nothing written" (LINE the step's, or
 * the touch's already there). */
int ful_touch_plan(const char *path, const char *text, size_t len, const ful_lspan *ls, int n, int step,
                   ful_day day, ful_day today, const char *channel, const char *outcome,
                   const ful_tagset *tags, ful_buf *tl, int *slot, char *err, size_t errlen);
/* Inserts a TOUCH: line under the next step at line, as ful_touch_plan
 * allows; *new_line is its line. */
int ful_wb_touch(const char *path, int line, const ful_expect *expect, const ful_tagset *tags, ful_day day,
                 ful_day today, const char *channel, const char *outcome, int *new_line, char *err,
                 size_t errlen);

#endif
