/* line.h: the grammar of a note line, in one place (spec section 3). The
 * note parser, the classifier, write-back and (through the binding) the
 * editor all read lines with these functions, so they cannot disagree on
 * what a step is, where its block ends or which line a stored step is on.
 * Pure functions: bytes in, offsets and values out. */
#ifndef FUL_LINE_H
#define FUL_LINE_H

#include <stddef.h>
#include "dates.h"
#include "text.h"

/* The tag words that make a next step (default: NEXT). */
#define FUL_MAX_TAGS 16
#define FUL_MAX_TAG_LEN 32
typedef struct {
    int n;
    char word[FUL_MAX_TAGS][FUL_MAX_TAG_LEN];
} ful_tagset;

void ful_tagset_default(ful_tagset *t);
int ful_tagset_add(ful_tagset *t, const char *word); /* 0, or -1 when full/invalid */

typedef enum { FUL_LINE_NONE = 0, FUL_LINE_STEP, FUL_LINE_TOUCH, FUL_LINE_PAIN, FUL_LINE_WANT } ful_line_kind;

/* What one line is. The lead (indent, list marker, checkbox) is filled
 * for every line; the tag and text only for tagged lines. */
typedef struct {
    ful_line_kind kind;
    int indent;         /* leading white space, a tab counted as 4 (ful_line_indent) */
    size_t marker_off;  /* the list marker ("-", "*", "+", "•", "1." / "1)") */
    size_t marker_len;  /* 0: none */
    size_t box_off;     /* offset of the checkbox "[", or (size_t)-1 */
    size_t lead_len;    /* where the tag (or the line's words) starts */
    size_t tag_off;     /* byte offset of the tag */
    size_t tag_len;     /* the tag and its colon */
    size_t text_off;    /* the text after the tag, trimmed */
    size_t text_len;
    int done;           /* [x] before a step's tag */
} ful_line;

/* Scans one line (without its line terminator). Returns its kind.
 * tags NULL: NEXT only. */
ful_line_kind ful_line_scan(const char *s, size_t n, const ful_tagset *tags, ful_line *out);

/* The width of the leading white space, a tab counted as 4 (everywhere:
 * blocks, touch placement, the editor); *end gets its length in bytes. */
int ful_line_indent(const char *s, size_t n, size_t *end);
int ful_line_blank(const char *s, size_t n);

/* Where the words of a line start for the classifier: after the lead and
 * a tag from tags (NULL: NEXT), if any. */
size_t ful_line_body(const char *s, size_t n, const ful_tagset *tags);

/* The first "due:" token with a real date ("due:2026-12-01" and
 * "due: 2026-12-01" read the same). 1 found (*day set), 0 none, -1 only
 * tokens without a real date. *at, *len: the token (the date included). */
int ful_line_due(const char *s, size_t n, ful_day *day, size_t *at, size_t *len);
/* The first #firm / #soft / #non / #compliance override: its class
 * (classify.h's ful_class) or -1; *at its offset, *len its length. */
int ful_line_class_tag(const char *s, size_t n, size_t *at, size_t *len);
/* When s[i..] starts a due: token or a #class tag, the offset after it;
 * else i. The seller's bookkeeping, not the step's words. */
size_t ful_line_bookkeeping(const char *s, size_t n, size_t i);
/* Appends the step s[0..n) as it is shown (format.h's ful_step_text):
 * without that bookkeeping, white space folded; a due: with no real date
 * is no due and stays for the seller to see. 0, or -1 out of memory. */
int ful_line_words(ful_buf *out, const char *s, size_t n);
/* The same, stopping after the word that makes max bytes or more: the
 * start of a step too long to show whole. */
int ful_line_words_upto(ful_buf *out, const char *s, size_t n, size_t max);
/* The next of those words in s[*i..n): its offset, *i set after it; n
 * when there is none. */
size_t ful_line_next_word(const char *s, size_t n, size_t *i);

/* A line of a buffer or file (no terminator). */
typedef struct {
    const char *s;
    size_t n;
} ful_lspan;

/* The block of the step on line `step` (0-based): the following lines
 * indented deeper than it, blank lines between them included, up to the
 * first non-blank line at or left of its indent or another step. Returns
 * the index after its last non-blank line: where a TOUCH: line goes. */
int ful_line_block_end(const ful_lspan *lines, int n, int step, const ful_tagset *tags);
/* The step whose line or block holds row, or -1 (a blank row: -1). */
int ful_line_step_at(const ful_lspan *lines, int n, int row, const ful_tagset *tags);

#define FUL_FIND_GONE (-1)
#define FUL_FIND_AMBIGUOUS (-2)
#define FUL_FIND_RECOUNTED (-3)
/* Finds a stored step: the one step line with exactly this text (at hint,
 * 0-based, or moved). Steps with the same words on several lines are told
 * apart by which of them it was, in line order, when the store had it
 * (nth of `of`, from 1; of 0: not known): the nth when the note still has
 * `of` of them, whatever lines were added or removed around them; never
 * by hint alone (a line shifted by the distance between two such steps
 * held the other one). text NULL: the step at hint only. 0 (*found set),
 * FUL_FIND_GONE, FUL_FIND_AMBIGUOUS (several, which one not known) or
 * FUL_FIND_RECOUNTED (not `of` of them now: one added or removed). */
int ful_line_find_step(const ful_lspan *lines, int n, int hint, const char *text, size_t tlen, int nth, int of,
                       const ful_tagset *tags, int *found);
/* What a caller saw of a step it names by line (a listing, the store):
 * its text (NULL: trust the line) and, for words on several step lines,
 * which of them it was (nth of `of`; of 0: not known). */
typedef struct {
    const char *text;
    int nth, of;
} ful_expect;

/* Line edits, shared by write-back (files) and the editor (buffers). */
/* The step line with [x] set. 1 changed, 0 already done, -1 not a step,
 * -2 out of memory. */
int ful_done_line(const char *line, size_t n, const ful_tagset *tags, ful_buf *out);
/* The TOUCH: line to insert under a step line (no terminator). 0 or -1.
 * An outcome that is NULL or blank is written as FUL_TOUCH_NO_OUTCOME, so
 * `fulog touch F:L email` and :FuTouch with an empty answer write one line. */
#define FUL_TOUCH_NO_OUTCOME "no reply"
int ful_touch_line(const char *step_line, size_t n, ful_day day, const char *channel,
                   const char *outcome, ful_buf *out);
/* The line with tag inserted after its lead ("- [ ] call" -> "- [ ] NEXT:
 * call"); a blank line becomes a new step line. 0 or -1. */
int ful_line_add_tag(const char *s, size_t n, const char *tag, ful_buf *out);
/* A new, empty step line to open below s: its indent and bullet ("- "
 * when it has none). 0 or -1. */
int ful_line_new_step(const char *s, size_t n, const char *tag, ful_buf *out);

#endif
