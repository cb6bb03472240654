/* rowq.h: a note's step, touch and need rows, and a new note's own row,
 * waiting for their INSERT.
 * The store queues the rows of each note it writes and inserts them up to
 * FUL_ROWQ_ROWS to a statement, across notes: a cold index wrote about 2.5
 * row INSERTs a note, each statement run paying SQLite's fixed costs
 * (cursors opened and closed, record buffers freed at its end), though a
 * note holds 3.5 steps on average. A row's texts are copied into the
 * queue's arena, since the note they come from is freed before the rows
 * are written. Pure bookkeeping; store.c binds and runs the INSERTs. */
#ifndef FUL_ROWQ_H
#define FUL_ROWQ_H

#include <stdint.h>
#include "chase.h"
#include "dates.h"
#include "text.h"

/* 16, not 8: a cold index of 10k notes ran 29M fewer instructions
 * (2.2%, callgrind), each statement run's end releasing every register of
 * its program; 32 saved 1.6M more, its partial flushes' statements each
 * prepared once more. */
#define FUL_ROWQ_ROWS 16
/* The arena size past which the store writes every queued row. */
#define FUL_ROWQ_ARENA (256u << 10)

/* A text in the arena: bytes off .. off + len. */
typedef struct {
    uint32_t off, len;
} ful_qtext;

typedef struct {
    int64_t note_id;
    int line, col, overridden, done, pushed;
    int slot;               /* its id goes to sids[slot] once inserted */
    const char *cls;        /* static */
    ful_day due;
    ful_qtext key, text, why, ask, first;
    ful_chase ch;
} ful_qstep;

typedef struct {
    int64_t note_id, acc;   /* acc 0: no account */
    int slot;               /* its step's slot, or -1 */
    int line, channel, replied;
    ful_day day;
    ful_qtext text;
} ful_qtouch;

typedef struct {
    int64_t note_id;
    int line;
    const char *kind;       /* static */
    ful_qtext text;
} ful_qneed;

/* A new note's own row; id given (predicted, see store.c put_note). */
typedef struct {
    int64_t id, acc, size, mtime_ns, hash, parser;
    int has_firm, owner;    /* owner 0: NULL */
    const char *dsrc;       /* static */
    ful_day meeting, today;
    ful_qtext path, root, owner_text;
} ful_qnote;

typedef struct {
    ful_qnote note[FUL_ROWQ_ROWS];
    int nnote;
    ful_qstep step[FUL_ROWQ_ROWS];
    ful_qtouch touch[FUL_ROWQ_ROWS];
    ful_qneed need[FUL_ROWQ_ROWS];
    int nstep, ntouch, nneed;
    /* The ids of the steps queued since the queue was last empty, by
     * slot: a touch names its step's, known once the step is inserted. */
    int64_t *sids;
    size_t nsid, capsid;
    ful_buf arena;
} ful_rowq;

/* Copies s[0..n) into the arena as ful_utf8_clean would write it; 0, or
 * -1 out of memory. */
int ful_rowq_text(ful_rowq *q, const char *s, size_t n, ful_qtext *out);
/* Copies s[0..n) into the arena as it is (a path, a name); 0, or -1 out
 * of memory. */
int ful_rowq_raw(ful_rowq *q, const char *s, size_t n, ful_qtext *out);
/* A new step slot, or -1 out of memory. */
int ful_rowq_slot(ful_rowq *q);
/* The text's bytes ("" when empty). */
static inline const char *ful_rowq_str(const ful_rowq *q, ful_qtext t)
{
    return t.len ? q->arena.p + t.off : "";
}
/* Once every row is written: the slots and the arena start over. */
void ful_rowq_settle(ful_rowq *q);
/* Forgets every queued row (their transaction was rolled back). */
void ful_rowq_drop(ful_rowq *q);
void ful_rowq_free(ful_rowq *q);

#endif
