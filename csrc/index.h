/* index.h: brings the store up to date with notes on disk. One pass,
 * streamed: one file in memory at a time, a bitmap of the notes seen. */
#ifndef FUL_INDEX_H
#define FUL_INDEX_H

#include "store.h"

typedef struct {
    ful_day today;
    const ful_tagset *tags;     /* NULL: NEXT */
    const ful_rules *rules;     /* NULL: built-in */
    int grace_days;
    const char *const *exts;    /* NULL: ful_default_exts */
    int nexts;
    const char *root;           /* notes root for account-by-folder; NULL: see below */
    int batch;                  /* notes per transaction (0: 2000; at most 1 s) */
    int follow;                 /* follow symlinks to folders (each folder once) */
    int64_t max_size;           /* bytes; larger files are skipped (0: FUL_MAX_NOTE_BYTES) */
    uint64_t rules_digest;      /* what the rules add, for the parse signature (0: none) */
    int gone_ok;                /* the paths are what git changed: one not there that the
                                 * store does not have (swept with a move's new path, or
                                 * added and removed again) is no error */
} ful_index_opts;

/* Notes are small; a larger file is a mistake (a log, a disk image). */
#define FUL_MAX_NOTE_BYTES (10 * 1024 * 1024)

typedef struct {
    int files;          /* notes seen (text files with a note extension) */
    int indexed, unchanged, removed;
    int skipped;        /* other files: other extensions, binary */
    int missing;        /* paths named that do not exist (and the store never knew) */
    int errors;
} ful_index_stats;

/* Problems that do not stop the run ("path:line: message"). */
typedef void (*ful_index_warn)(void *ctx, const char *msg);

/* Indexes the files and folders named (any form: made absolute here).
 * Symlinks to folders inside them are followed only with opts->follow, and
 * then no folder is walked twice; /proc, /sys and /dev are never entered.
 * A folder that cannot be read keeps what the store has under it.
 * A folder is its own notes root unless opts->root is set; a file's root is
 * opts->root or its own folder. Returns 0, or -1 when the store failed (err
 * set); a file that cannot be read is a warning, and its old data stays. */
int ful_index_paths(ful_store *s, const char *const *paths, int npaths, const ful_index_opts *o,
                    ful_index_stats *stats, ful_index_warn warn, void *ctx, char *err, size_t errlen);

/* Why FILE:LINE (1-based) names no step the store has, as one phrase for
 * "FILE:LINE: <msg>": the line is not a next step (saying what it is), or
 * the note is not in the store, or changed since it was indexed (then, and
 * only then, indexing is the answer). 0 (msg set), -1 error (msg set). */
int ful_index_why_no_step(ful_store *s, const char *path, int line, const ful_tagset *tags, char *msg,
                          size_t msglen);

#endif
