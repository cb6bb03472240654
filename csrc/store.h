/* store.h: the one place that touches SQLite. Schema, migrations, prepared
 * statements, transactions, and the queries behind overdue and the log. */
#ifndef FUL_STORE_H
#define FUL_STORE_H

#include <stddef.h>
#include <stdint.h>
#include "chase.h"
#include "note.h"
#include "rows.h"

#define FUL_SCHEMA_VERSION 8
/* An error message: room for a path of PATH_MAX (4096) and its words. */
#define FUL_ERR_MAX 5120
/* What the note reader stores of a note; raise it when the store starts to
 * keep more of a note (an unchanged note stored by an older reader is read
 * again). 1: owner. 2: the account's display name. 3: a touch's reply
 * read anew ("hasn't replied", "auto-reply" are none). */
#define FUL_PARSER_VERSION 3

typedef struct ful_store ful_store;

/* Opens (creating folder 0700 and file 0600) and migrates the store.
 * Returns NULL with a message in err on failure. */
ful_store *ful_store_open(const char *path, int busy_ms, char *err, size_t errlen);
/* Opens an existing store for reading only: no folder or file created, no
 * WAL switch, no migration. Another program's database, an empty file or a
 * store of another schema version is refused, untouched. */
ful_store *ful_store_open_ro(const char *path, int busy_ms, char *err, size_t errlen);
void ful_store_close(ful_store *s);
/* The folders above path, made as mkdir -p does, mode 0700 for each it
 * creates (a store's, a state file's). 0, or -1 with err set. */
int ful_make_dirs(const char *path, char *err, size_t errlen);
const char *ful_store_path(const ful_store *s);
int ful_store_user_version(ful_store *s);

/* Write transactions: BEGIN IMMEDIATE, so a second writer waits for the
 * busy timeout instead of failing half way. 0 ok, -1 error (err set). */
int ful_store_begin(ful_store *s, char *err, size_t errlen);
/* Bulk mode for a large index run (outside a transaction): see store.c.
 * FUL_BULK_READ while the run only reads, FUL_BULK_WRITE from its first
 * write on, FUL_BULK_OFF at its end. */
enum { FUL_BULK_OFF, FUL_BULK_READ, FUL_BULK_WRITE };
void ful_store_bulk(ful_store *s, int mode);
/* A read transaction (BEGIN): many lookups under one snapshot, instead of
 * one WAL read lock (a few syscalls) each. End it before writing. */
int ful_store_begin_read(ful_store *s, char *err, size_t errlen);
int ful_store_commit(ful_store *s, char *err, size_t errlen);   /* ends either kind */
void ful_store_rollback(ful_store *s);
int ful_store_in_tx(const ful_store *s);    /* 0 none, 1 write, 2 read */

typedef struct {
    int64_t id, size, mtime_ns, hash;
    int64_t parser;     /* what read it: FUL_PARSER_VERSION and the parse options (ful_opts_parse_sig) */
    char root[1024];    /* the notes root it was indexed under */
    ful_day meeting;    /* its meeting date, or FUL_NODATE */
} ful_note_state;

/* The parse options' signature (ful_opts_parse_sig) put_note records. */
void ful_store_set_parse_sig(ful_store *s, int64_t sig);

/* 1 found, 0 not in the store, -1 error. */
int ful_store_note_state(ful_store *s, const char *path, ful_note_state *out, char *err, size_t errlen);
/* The meeting day the store gave the note at path from its file's time
 * (date_source mtime), kept while the note names no date: 1 and *out, 0
 * when it has none, -1 on a store error. */
int ful_store_note_mtime_day(ful_store *s, const char *path, ful_day *out, char *err, size_t errlen);
int ful_store_note_restat(ful_store *s, int64_t id, int64_t size, int64_t mtime_ns, char *err, size_t errlen);
/* Replaces everything the store holds for one note (inside the caller's
 * transaction), recording history against the previous version. keys: the
 * note's step keys (ful_step_keys, still the caller's), or NULL to make
 * them here. is_new: the caller found no note at path in what the store
 * held when it called ful_store_mark_known (0: it does not know). */
int ful_store_put_note(ful_store *s, const char *path, const char *root, const ful_note *note, char **keys,
                       int64_t size, int64_t mtime_ns, int64_t hash, ful_day today, int is_new, int64_t *id_out,
                       char *err, size_t errlen);
/* Before the caller reads which notes the store holds, to tell
 * ful_store_put_note which are new: notes it calls new are then queued
 * and inserted several to a statement, until a write transaction finds
 * that another connection has written the store since. */
void ful_store_mark_known(ful_store *s);
/* Removes a note; its steps wait for ful_store_settle_gone, which the
 * index run calls once at its end (after every note it read was stored). */
int ful_store_delete_note(ful_store *s, int64_t id, const char *path, ful_day today, char *err, size_t errlen);
/* Each note removed since the last call gives its steps' history to the
 * note on disk that shares most of its steps (renamed, moved), else
 * records them gone. In the index run's transaction. */
int ful_store_settle_gone(ful_store *s, ful_day today, char *err, size_t errlen);
/* Deletes the notes under root (a folder or one file) whose id is not set in
 * the seen bitmap. *removed counts them. */
int ful_store_delete_unseen(ful_store *s, const char *root, const unsigned char *seen, int64_t nbits,
                            ful_day today, int *removed, char *err, size_t errlen);
/* Calls f(ctx, id) for each note at or under path (a file or a folder),
 * stopping at a nonzero return, which it returns; -1 on a store error. */
int ful_store_each_under(ful_store *s, const char *path, int (*f)(void *ctx, int64_t id), void *ctx, char *err,
                         size_t errlen);
/* Calls f(ctx, b) for each note at or under path with its size, mtime,
 * content hash and parser (b and b->path live until f returns): the index run's lookup
 * table, in one query. Stops at a nonzero return, which it returns; -1 on
 * a store error. */
typedef struct {
    int64_t id, size, mtime_ns, hash, parser;
    const char *path;
    size_t pathlen;
} ful_note_brief;
typedef int (*ful_note_brief_fn)(void *ctx, const ful_note_brief *b);
/* Calls f(ctx, b) for each other note sharing a step key with note id (only
 * b->id and b->path set): the notes it may have been renamed or moved from.
 * Stops at a nonzero return, which it returns; -1 on a store error. */
int ful_store_each_kin(ful_store *s, int64_t id, ful_note_brief_fn f, void *ctx, char *err, size_t errlen);
int ful_store_each_state_under(ful_store *s, const char *path, ful_note_brief_fn f, void *ctx, char *err,
                               size_t errlen);
int ful_store_prune_accounts(ful_store *s, char *err, size_t errlen);

typedef struct {
    ful_day today;
    const char *account;    /* NULL: all */
    const char *path;       /* NULL: all notes */
    const char *owner;      /* NULL: everyone's; else this owner's notes and
                             * the notes no one owns (any case) */
    int dark_touches, dark_days;
    const char *gone;       /* NULL, or a JSON array of note paths (gone from
                             * disk, fulog.gone) whose touches and meetings
                             * the log's dark and last touch leave out */
} ful_query;

/* The cadence next action dates are computed with. When the store recorded
 * another one (or none), every step is recomputed and this one recorded. */
int ful_store_use_cadence(ful_store *s, const ful_cadence *c, char *err, size_t errlen);
/* Can the store's file be written now? 0, or -1 and the read-only refusal
 * ful_store_open gives (it may have been made read-only since it was
 * opened: SQLite keeps its descriptor, and the write-back would write the
 * note, then fail to index it). */
int ful_store_writable(ful_store *s, char *err, size_t errlen);
/* A number that changes when another connection (the shell's fulog
 * touch, another editor) committed to the store since this one last
 * looked (PRAGMA data_version): a front-end's cheap "are my lists stale?"
 * 0, or -1 (err set). */
int ful_store_data_version(ful_store *s, int64_t *out, char *err, size_t errlen);
/* The cadence recorded ("3,7,14"; "" when none yet). 0, or -1 (err set). */
int ful_store_cadence(ful_store *s, char *out, size_t cap, char *err, size_t errlen);

/* out: zeroed, or rows an earlier query filled (their buffers are reused). */
int ful_store_overdue(ful_store *s, const ful_query *q, ful_rows *out, char *err, size_t errlen);
int ful_store_log(ful_store *s, const ful_query *q, ful_rows *out, char *err, size_t errlen);
/* rows: name, shown, path (the account's latest note) */
int ful_store_accounts(ful_store *s, ful_rows *out, char *err, size_t errlen);
/* The notes (rows: path) of the account whose key is account, latest first. */
int ful_store_account_paths(ful_store *s, const char *account, ful_rows *out, char *err, size_t errlen);
/* The owner as the notes write it, for an owner filter in any case: one
 * row (owner) when a note has that owner, none else. */
int ful_store_owner_shown(ful_store *s, const char *owner, ful_rows *out, char *err, size_t errlen);
/* The notes roots (rows: root) of the notes that name an owner: whose
 * lists are one seller's by default (lua/fulog/team.lua owner_for). */
int ful_store_owner_roots(ful_store *s, ful_rows *out, char *err, size_t errlen);
/* The open steps due from `from` to `to` (rows: text, meeting, due), of
 * owner's notes and the unowned (owner NULL: everyone's): a draft's
 * slots keep clear of the times they name. */
int ful_store_steps_due(ful_store *s, ful_day from, ful_day to, const char *owner, ful_rows *out, char *err,
                        size_t errlen);
/* An account's PAIN/WANT lines (kind, text, meeting), newest first. */
int ful_store_needs(ful_store *s, const char *account, int max, ful_rows *out, char *err, size_t errlen);
int ful_store_history(ful_store *s, const char *path, int line, ful_rows *out, char *err, size_t errlen);
int ful_store_step_at(ful_store *s, const char *path, int line, ful_rows *out, char *err, size_t errlen);
int ful_store_check(ful_store *s, char *err, size_t errlen);  /* 0 clean */

/* The raw rows behind stats and exports (report.c, export.c aggregate
 * them); see the Q_RPT_* and Q_EXPORT_* statements in store.c. */
enum {
    FUL_RPT_NOTES, FUL_RPT_CLASSES, FUL_RPT_CLOSED, FUL_RPT_TOUCHES, FUL_RPT_PUSHED, FUL_RPT_ACTIVITY,
    FUL_RPT_EXPORT_STEPS, FUL_RPT_PATHS, FUL_RPT_COUNT
};
typedef struct {
    ful_day since, until;   /* reports set both; an export sets since to today */
    const char *account;    /* NULL: all (exports only) */
    const char *owner;      /* NULL: every seller's notes */
    const char *gone;       /* reports: a JSON array of note paths left out; NULL: none */
} ful_report_q;
int ful_store_report_rows(ful_store *s, int which, const ful_report_q *q, ful_rows *out, char *err, size_t errlen);

#endif
