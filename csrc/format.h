/* format.h: the one formatter of what the seller reads about chases: the
 * overdue message (FILE:LINE:COL: MESSAGE) and the follow-up log's text.
 * bin/fulog prints it as is; the editors add only their header and key
 * help, so the shell and the editor never disagree. Pure: values in, text
 * out. */
#ifndef FUL_FORMAT_H
#define FUL_FORMAT_H

#include "dates.h"
#include "text.h"

/* One open next step as the queries give it. Strings may be NULL. */
typedef struct {
    const char *path, *cls, *account, *text, *state, *ask;
    const char *key;            /* the step's key (shown after FILE:LINE), or NULL */
    const char *since_channel, *suggest, *last_channel;
    int line, col;
    ful_day due, next, since, last_touch, meeting;
    int unanswered, pushed, touches;
    /* output of ful_format_log: the 0-based lines this step fills */
    int out_line, out_lines;
} ful_fmt_step;

typedef struct {
    const char *name;
    int dark, unanswered;
    ful_day last_touch, last_reply;
    ful_fmt_step *steps;
    int nsteps;
} ful_fmt_account;

typedef struct {
    ful_day today;
    const char *account;    /* the filter, for the title; NULL: all */
    const char *owner;      /* the owner filter, for the title; NULL: everyone's */
    const char *base;       /* paths under this folder are shown relative to it */
} ful_fmt_opts;

/* A step's text as the seller reads it wherever it is shown (the overdue
 * message, the log, the quickfix list, a draft, an export): its words
 * without the seller's bookkeeping, due: tokens and #class overrides
 * (line.c's ful_line_bookkeeping), white space folded; a due: with no
 * real date is no due and stays for the seller to see. The class and the due
 * date have their own places in every listing, and a snooze (which writes
 * due:) shows as "pushed Nx", so the same step reads the same before and
 * after a snooze, in the shell and in the editors. Invalid UTF-8, NUL and
 * bidirectional controls show as U+FFFD, controls and line separators as
 * blanks (shown.h's ful_shown_text), and a step wider than FUL_STEP_SHOWN
 * columns (a CJK character takes two) is cut with an ellipsis. -1 out of
 * memory. */
int ful_step_text(ful_buf *out, const char *text);
/* The same rule at another width: 1 when cut, 0 whole, -1 out of memory. */
int ful_step_text_upto(ful_buf *out, const char *text, size_t cols);
/* The display columns of a step ful_step_text shows at most, its ellipsis
 * ("\u2026", counted two: a CJK locale draws it so) included: the note and
 * the store keep the whole line. */
#define FUL_STEP_SHOWN 160
/* The whole step, within reason, where a seller reads more than a line:
 * a draft's body, an export's row and a calendar entry's description (a
 * 1 MB line is still cut there). */
#define FUL_STEP_WHOLE 1000
/* The bytes a step at a width of N columns shows at most before the
 * ellipsis: 16 N. N columns of any script with its marks fit; a pile of
 * combining marks is cut. */
#define FUL_STEP_BYTES_PER_COL 16

/* "1st", "2nd", "23rd"... */
const char *ful_ordinal(int n, char buf[16]);

/* The MESSAGE of an overdue line (no FILE:LINE:COL). -1 out of memory. */
int ful_format_overdue(const ful_fmt_step *s, ful_day today, ful_buf *out);

/* The follow-up log: a title line, then the chases by account (in the order
 * given: dark first), then "Coming up": booked steps by date. Lines end with
 * '\n'. Sets each step's out_line/out_lines. -1 out of memory. */
int ful_format_log(ful_fmt_account *acc, int nacc, const ful_fmt_opts *o, ful_buf *out);

#endif
