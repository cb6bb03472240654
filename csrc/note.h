/* note.h: the note parser of spec section 3. Bytes in, spans out: the
 * parsed note points into the caller's buffer, which must outlive it. */
#ifndef FUL_NOTE_H
#define FUL_NOTE_H

#include <stddef.h>
#include "dates.h"
#include "classify.h"
#include "people.h"
#include "line.h"

typedef enum { FUL_CH_OTHER = 0, FUL_CH_EMAIL, FUL_CH_CALL, FUL_CH_VOICEMAIL, FUL_CH_MEETING } ful_channel;
const char *ful_channel_name(int ch);
int ful_channel_parse(const char *s, size_t n);  /* -1 when not a channel word */

/* A TOUCH: line's parts: "2026-12-01 email - no reply". */
typedef struct {
    ful_day day;
    int channel;
    int replied;
    int odd_channel;            /* the word in the channel's place is none of the channel words */
    size_t outcome_off, outcome_len;   /* within the text given */
} ful_touch_info;
void ful_touch_parse(const char *text, size_t n, ful_touch_info *out);

typedef struct {
    int line, col, indent, done;
    const char *text;           /* after the tag, trimmed */
    size_t len;
    ful_verdict v;
    int ntouches;
} ful_nstep;

typedef struct {
    int line, col;
    int step;                   /* index into steps, or -1: the account's */
    ful_touch_info t;
    const char *text;           /* after the tag */
    size_t len;
} ful_ntouch;

typedef struct {
    int line, col;
    ful_line_kind kind;         /* PAIN or WANT */
    const char *text;
    size_t len;
} ful_nneed;

typedef enum { FUL_DSRC_NONE = 0, FUL_DSRC_FRONT, FUL_DSRC_HEADING, FUL_DSRC_FILENAME, FUL_DSRC_MTIME } ful_date_source;
const char *ful_date_source_name(int src);

#define FUL_ACCOUNT_MAX 200
/* The first heading is looked for in the note's first lines only (headings
 * come first; a pasted transcript's "#" lines further down are not the
 * note's title). The editor reads as far (core.heading_lines). */
#define FUL_HEADING_LINES 199
#define FUL_WARN_MAX 200
#define FUL_FM_TEXT 1024
#define FUL_MAX_WARNS 8

typedef struct {
    ful_day date;
    int date_src;
    char account[FUL_ACCOUNT_MAX];  /* the account's key: "" when none found */
    /* How the account reads to a person: the heading's "Vertex Media" for
     * the folder vertex-media, else the folder title-cased; the key itself
     * when it came from front matter or a heading. rank: 2 the note's own
     * words, 1 title-cased from the folder, 0 none. */
    char account_name[FUL_ACCOUNT_MAX];
    int account_rank;
    ful_people attendees;           /* attendees:/with:/contacts: the client's people */
    ful_people team;                /* team: the seller's colleagues */
    ful_name owner;                 /* owner: the seller who owns the note (len 0: none) */
    /* Names a quoted YAML value spells otherwise than its bytes ("O''Brien"
     * is O'Brien): the spans above point here for them. */
    char fm_text[FUL_FM_TEXT];
    size_t fm_used;
    int binary;
    int has_firm;                   /* an open or done firm next step */
    ful_nstep *steps;
    int nsteps, capsteps;
    ful_ntouch *touches;
    int ntouches, captouches;
    ful_nneed *needs;
    int nneeds, capneeds;
    int nwarns;                     /* problems worth telling, first ones kept */
    struct {
        int line;
        char msg[FUL_WARN_MAX];
    } warns[FUL_MAX_WARNS];
} ful_note;

typedef struct {
    const char *path;       /* the note's path (file name date, folder account) */
    const char *root;       /* the notes root: its own folder names no account; may be NULL */
    ful_day mtime_day;      /* last fallback for the meeting date; FUL_NODATE if unknown */
    const ful_tagset *tags; /* NULL: NEXT only */
    const ful_rules *rules; /* NULL: built-in */
    int grace_days;
    int explain;            /* fill why/ask */
} ful_note_opts;

/* Parses buf[0..n). Returns 0, or -1 on out of memory (note is freed). */
int ful_note_parse(ful_note *note, const char *buf, size_t n, const ful_note_opts *o);
void ful_note_free(ful_note *note);

/* The meeting date and account only, from the top of a note. */
int ful_note_header(ful_note *note, const char *buf, size_t n, const ful_note_opts *o);

#endif
