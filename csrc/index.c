/* index.c: the incremental indexer. Unchanged files (size and mtime, then
 * content hash) cost a stat and a lookup; each changed file is replaced in
 * the store inside a transaction that also holds whole other files, so a
 * killed run leaves every note either old or new, never half. */
#include "index.h"
#include "history.h"
#include "opts.h"
#include "path.h"

#include <dirent.h>
#include <pthread.h>
#include <signal.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define FUL_MAX_DEPTH 64

typedef struct {
    dev_t dev;
    ino_t ino;
} dir_id;

/* What the store knew under the folder being walked, read in one query: an
 * unchanged note then costs an fstatat and a probe here, no B-tree lookup
 * and no read transaction. Paths sit in one arena, by offset, without the
 * folder's own path in front: each fresh page of this table is a page
 * fault, as dear on a virtual machine as a thousand table probes, so it
 * is kept small (48 bytes, the path's tail and 4 of slot a note). */
typedef struct {
    int64_t id, size, mtime_ns, hash, parser;
    uint32_t off, len;
} known;

typedef struct {
    ful_buf entries;        /* known[] */
    const known *v;
    size_t n;
    uint32_t *slot;         /* index + 1 into v; 0 is empty */
    size_t nslot;           /* a power of two, at least 2n */
    ful_buf paths;
    size_t skip;            /* the length of the folder's path, left off */
    int loaded;             /* 0: look notes up one by one (a file named alone) */
} known_set;

/* The walker thread: for a folder, a second thread walks it (readdir,
 * stat, the lookup table), opens, reads, hashes and parses each changed
 * note, and hands the results to the calling thread through a bounded
 * ring; the calling thread only writes them (SQLite stays on one thread,
 * and so do the messages, which reach the caller in walk order). Same
 * order, same rows, same messages as walking inline, which
 * FULOG_INDEX_THREADS=0 does (and a file named alone). */
#define FUL_RING 64                     /* results in flight */
#define FUL_RING_BYTES (8u << 20)       /* and at most this many of their notes' bytes */
#define FUL_WAKE 16                     /* a sleeping side is woken this many results apart */
#define FUL_HAND 8                      /* notes left unparsed for a waiting caller, at most, a wait */

enum { JOB_NOTE, JOB_WARN, JOB_KEEP, JOB_END };
/* RUN_READ: read and hashed, left for the calling thread to parse (see
 * caller_idle) */
enum { RUN_ERR, RUN_SAME, RUN_NOTE, RUN_OOM, RUN_READ };

typedef struct {
    int kind;
    ful_buf text;           /* NOTE: the note's path; WARN: the message; KEEP: the folder */
    /* JOB_NOTE: */
    const char *root;
    int64_t size, mtime_ns;
    time_t mtime;
    int found;              /* the store had it: then the prev_ fields */
    int64_t prev_id, prev_size, prev_hash, prev_parser;
    int run;                /* RUN_*; JOB_END: the walk's return code */
    int err;                /* errno (RUN_ERR) */
    int64_t hash;
    ful_buf file;           /* the bytes; note points into them */
    ful_note note;          /* RUN_NOTE */
    char **keys;            /* RUN_NOTE: its step keys, made by the parsing side */
} job;

typedef struct {
    /* The slots: one for an inline walk, grown to FUL_RING when a walker
     * starts. Inline, a run with nothing to do had the whole ring, 256 KB
     * of its own mapping: an mmap, a munmap and fresh pages for one slot. */
    job *ring;
    pthread_mutex_t mu;
    pthread_cond_t data, space;
    pthread_t th;
    int threaded;           /* a walker runs; else the walk is inline, one slot */
    int slots;              /* slots of ring: 1, FUL_RING once a walker ran */
    /* Under mu: */
    int stop;               /* the calling thread failed: the walker stops */
    int main_waits, walker_waits;
    int handed;             /* notes left unparsed since the caller began to wait */
    unsigned long submitted, consumed;  /* the walker's and the caller's count */
    size_t bytes;           /* of notes submitted, not consumed */
} readahead;

/* What the walk adds up, kept apart from the calling thread's counts and
 * merged when the walk ends. */
typedef struct {
    int files, skipped, unchanged, errors;
} walk_counts;

typedef struct {
    ful_store *s;
    const ful_index_opts *o;
    ful_index_stats *stats;
    ful_index_warn warn;
    void *ctx;
    char *err;
    size_t errlen;
    unsigned char *seen;    /* bitmap by note id */
    int64_t seen_bits;
    int pending;            /* notes written in the open transaction */
    int writing;            /* the store was switched to FUL_BULK_WRITE */
    struct timespec tx_start;
    const char *root;
    int64_t sig;            /* the parse options' signature (opts.h) */
    known_set known;        /* loaded before the walk, read-only during it */
    readahead *ra;          /* NULL until the first walk */
    int use_thread;         /* FULOG_INDEX_THREADS: 0 never, 1 always, 2 (unset) when worth it */
    dev_t system_dev[3];    /* /proc, /sys, /dev when they are mounts */
    int nsystem;
    /* The walker's own (the calling thread's when inline): */
    dev_t stack_dev[FUL_MAX_DEPTH];
    ino_t stack_ino[FUL_MAX_DEPTH];
    int depth;
    dir_id *visited;        /* folders walked, when following symlinks */
    const char *top;        /* the real path of the folder being walked */
    size_t nvisited, capvisited;
    unsigned char *wseen;   /* unchanged notes seen by the walk */
    int64_t wseen_bits;
    walk_counts wc;
    char werr[FUL_ERR_MAX]; /* why the walk itself failed */
    ful_buf *wpath;         /* the threaded walk's folder and its stat */
    struct stat wst;
    int64_t fresh;          /* the id of a note named alone the store did not have, or 0 */
    int pause_at;           /* FULOG_TEST_INDEX_PAUSE (ful_test_pause): its N, or 0 */
    const char *pause_dir;  /* and its DIR */
} walk;

static void known_free(known_set *k)
{
    ful_buf_free(&k->entries);
    free(k->slot);
    ful_buf_free(&k->paths);
    memset(k, 0, sizeof *k);
}

static size_t known_home(const char *p, size_t len, size_t mask)
{
    return (size_t)ful_hash(p, len) & mask;
}

/* A path below the folder: the folder's path and its slash left off (the
 * store lists only the folder and what is under it). */
static const char *known_tail(const known_set *k, const char *path, size_t *len)
{
    size_t skip = k->skip < *len ? k->skip : *len;
    if (skip < *len && path[skip] == '/')
        skip++;
    *len -= skip;
    return path + skip;
}

static int known_add(void *ctx, const ful_note_brief *b)
{
    known_set *k = ctx;
    known e;
    size_t len = b->pathlen;
    const char *tail = known_tail(k, b->path, &len);
    if (k->paths.len + len > UINT32_MAX || k->entries.len / sizeof e >= UINT32_MAX - 1)
        return -2;
    e.off = (uint32_t)k->paths.len;
    e.len = (uint32_t)len;
    e.id = b->id;
    e.size = b->size;
    e.mtime_ns = b->mtime_ns;
    e.parser = b->parser;
    e.hash = b->hash;
    /* The entries grow in a byte buffer too (malloc'ed: aligned). */
    if (ful_buf_add(&k->paths, tail, len) != 0 || ful_buf_add(&k->entries, &e, sizeof e) != 0)
        return -2;
    return 0;
}

/* Loads the notes at or under root; -1 on error (err set). */
static int known_load(walk *w, const char *root)
{
    known_set *k = &w->known;
    size_t i, mask;
    int rc;
    known_free(k);
    k->skip = strlen(root);
    /* before the read: a note another writer adds from here on turns
     * put_note's queue of new notes off */
    ful_store_mark_known(w->s);
    /* Room up front, so the buffers are not copied as they grow (each copy
     * touched as many fresh pages again, a page fault each). Pages never
     * written cost nothing. */
    if (ful_buf_reserve(&k->entries, 1u << 20) != 0 || ful_buf_reserve(&k->paths, 1u << 20) != 0) {
        snprintf(w->err, w->errlen, "out of memory");
        return -1;
    }
    rc = ful_store_each_state_under(w->s, root, known_add, k, w->err, w->errlen);
    if (rc == -2)
        snprintf(w->err, w->errlen, "out of memory");
    if (rc != 0)
        return -1;
    k->v = (const known *)k->entries.p;
    k->n = k->entries.len / sizeof *k->v;
    k->nslot = 64;
    while (k->nslot < 2 * k->n)
        k->nslot *= 2;
    k->slot = calloc(k->nslot, sizeof *k->slot);
    if (k->slot == NULL) {
        snprintf(w->err, w->errlen, "out of memory");
        return -1;
    }
    mask = k->nslot - 1;
    for (i = 0; i < k->n; i++) {
        size_t h = known_home(k->paths.p + k->v[i].off, k->v[i].len, mask);
        while (k->slot[h])
            h = (h + 1) & mask;
        k->slot[h] = (uint32_t)(i + 1);
    }
    k->loaded = 1;
    return 0;
}

static const known *known_find(const known_set *k, const char *path)
{
    size_t len = strlen(path), mask = k->nslot - 1, h;
    if (k->n == 0)
        return NULL;
    path = known_tail(k, path, &len);
    for (h = known_home(path, len, mask); k->slot[h]; h = (h + 1) & mask) {
        const known *e = &k->v[k->slot[h] - 1];
        if (e->len == len && memcmp(k->paths.p + e->off, path, len) == 0)
            return e;
    }
    return NULL;
}

/* 1 when the walk saw every note the store listed under the root: then
 * nothing there can be gone, and the second pass over the root's notes
 * (a fifth of a warm run at 10k notes, over a third of its SQLite work)
 * is not needed. A note another process added meanwhile stays: it is one
 * this walk did not reach, not one it found missing. */
static int known_all_seen(const known_set *k, const unsigned char *seen, int64_t nbits)
{
    size_t i;
    for (i = 0; i < k->n; i++) {
        int64_t id = k->v[i].id;
        if (id < 0 || id >= nbits || !(seen[id >> 3] & (1u << (id & 7))))
            return 0;
    }
    return 1;
}

/* 1 when a walker thread would pay for itself: the store knows no note
 * under the root (a first index), or some were parsed with other options
 * (all are parsed again). A re-index mostly stats unchanged notes, which the
 * calling thread would only wait for: the thread's start, its stack and
 * malloc arena, and the hand-offs cost more than they overlap (a fifth of
 * the CPU time of a warm re-index of 1k notes, and a late wake-up on a busy
 * machine). */
static int known_wants_thread(const known_set *k, int64_t sig)
{
    size_t i;
    if (k->n == 0)
        return 1;
    for (i = 0; i < k->n; i++)
        if (k->v[i].parser != sig)
            return 1;
    return 0;
}

/* ---- messages and bookkeeping, either side */

/* The walker's failure (out of memory): werr, never err, which belongs to
 * the calling thread. Returns -1. */
static int wfail(walk *w, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(w->werr, sizeof w->werr, fmt, ap);
    va_end(ap);
    return -1;
}

/* errno's text; strerror's buffer is shared between threads. */
static const char *errtext(int e, char *buf, size_t n)
{
    if (strerror_r(e, buf, n) != 0)
        snprintf(buf, n, "error %d", e);
    return buf;
}

/* Grows a bitmap to hold bit id (new bits clear); -1 out of memory. */
static int grow_bits(unsigned char **map, int64_t *bits, int64_t id)
{
    int64_t nb = *bits ? *bits : 4096;
    unsigned char *p;
    if (id < *bits)
        return 0;
    while (nb <= id)
        nb *= 2;
    p = realloc(*map, (size_t)(nb / 8));
    if (p == NULL)
        return -1;
    memset(p + *bits / 8, 0, (size_t)((nb - *bits) / 8));
    *map = p;
    *bits = nb;
    return 0;
}

/* Sets bit id, growing the bitmap; -1 out of memory. */
static int set_bit(unsigned char **map, int64_t *bits, int64_t id)
{
    if (id < 0)
        return 0;
    if (grow_bits(map, bits, id) != 0)
        return -1;
    (*map)[id >> 3] |= (unsigned char)(1u << (id & 7));
    return 0;
}

/* The calling thread's: a note written or kept. */
static int mark_seen(walk *w, int64_t id)
{
    if (set_bit(&w->seen, &w->seen_bits, id) != 0) {
        snprintf(w->err, w->errlen, "out of memory");
        return -1;
    }
    return 0;
}

/* The walker's: an unchanged note. */
static int wmark(walk *w, int64_t id)
{
    return set_bit(&w->wseen, &w->wseen_bits, id) != 0 ? wfail(w, "out of memory") : 0;
}

/* A message from the calling thread, now (the results it writes are
 * already in walk order). count: one of stats.errors. */
static void emit(walk *w, int count, const char *fmt, ...)
{
    ful_buf msg = { 0, 0, 0 };
    va_list ap;
    int rc;
    if (count)
        w->stats->errors++;
    if (!w->warn)
        return;
    /* whole, a path near PATH_MAX included */
    va_start(ap, fmt);
    rc = ful_buf_vaddf(&msg, fmt, ap);
    va_end(ap);
    w->warn(w->ctx, rc == 0 ? msg.p : "out of memory for a message");
    ful_buf_free(&msg);
}

static double since(const struct timespec *t)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

/* Commits the open batch when it is large or old: other writers (the
 * editor) wait at most that long for the lock. */
static int maybe_commit(walk *w, int force)
{
    int batch = w->o->batch > 0 ? w->o->batch : 2000;
    if (!ful_store_in_tx(w->s))
        return 0;
    if (!force && w->pending < batch && since(&w->tx_start) < 1.0)
        return 0;
    w->pending = 0;
    return ful_store_commit(w->s, w->err, w->errlen);
}

/* For tests only: FULOG_TEST_INDEX_PAUSE=N:DIR. Once the run has written
 * its Nth note it commits, creates DIR/paused and waits (at most 300 s) for
 * DIR/resume. tests/sh/test_index_race.sh has another process write the
 * store at exactly that point, between two of the run's write
 * transactions, so the check that guards put_note's queue of new notes
 * (ful_store_begin: has another writer been here since the run read what
 * the store holds?) meets such a writer on every test run, not only when
 * a timer happens to fall there. The state lives in the walk; unset, it
 * costs a compare a note. */
static int ful_test_pause(walk *w)
{
    ful_buf p = { 0, 0, 0 };
    struct timespec tick = { 0, 10 * 1000 * 1000 };
    int fd, i, rc = -1;
    if (w->pause_at <= 0 || w->stats->indexed != w->pause_at)
        return 0;
    if (maybe_commit(w, 1) != 0)
        return -1;
    if (ful_buf_addf(&p, "%s/paused", w->pause_dir) != 0) {
        snprintf(w->err, w->errlen, "out of memory");
        return -1;
    }
    if ((fd = open(p.p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600)) < 0) {
        snprintf(w->err, w->errlen, "%s: cannot create", p.p);
        goto done;
    }
    close(fd);
    p.len = 0;
    if (ful_buf_addf(&p, "%s/resume", w->pause_dir) != 0) {
        snprintf(w->err, w->errlen, "out of memory");
        goto done;
    }
    for (i = 0; i < 30000 && access(p.p, F_OK) != 0; i++)
        nanosleep(&tick, NULL);
    if (access(p.p, F_OK) == 0)
        rc = 0;
    else
        snprintf(w->err, w->errlen, "FULOG_TEST_INDEX_PAUSE: no %s after 300 s", p.p);
done:
    ful_buf_free(&p);
    return rc;
}

/* A write transaction; a read one open is ended first (its snapshot may be
 * older than the write lock, and SQLite cannot upgrade it safely). */
static int ensure_tx(walk *w)
{
    int t = ful_store_in_tx(w->s);
    if (t == 1)
        return 0;
    if (t == 2 && ful_store_commit(w->s, w->err, w->errlen) != 0)
        return -1;
    if (!w->writing) {
        ful_store_bulk(w->s, FUL_BULK_WRITE);
        w->writing = 1;
    }
    w->pending = 0;
    clock_gettime(CLOCK_MONOTONIC, &w->tx_start);
    return ful_store_begin(w->s, w->err, w->errlen);
}

/* Lookups of notes the walk could not look up run inside a read transaction. */
static int ensure_read(walk *w)
{
    if (ful_store_in_tx(w->s))
        return 0;
    clock_gettime(CLOCK_MONOTONIC, &w->tx_start);
    return ful_store_begin_read(w->s, w->err, w->errlen);
}

/* Reads an open file to its end into b (NUL-terminated); closes fd. want:
 * its size at stat time, read in one call (the buffer grows only when the
 * file did). */
static int read_fd(int fd, ful_buf *b, size_t want)
{
    b->len = 0;
    /* A byte of room past the stat size, so the first read can come back
     * short at that size: the end, without a second read to see it. */
    if (ful_buf_reserve(b, want + 2) != 0) {
        close(fd);
        errno = ENOMEM;
        return -1;
    }
    for (;;) {
        ssize_t r;
        if (b->cap - b->len < 2 && ful_buf_reserve(b, b->len > 65536 ? b->len : 65536) != 0) {
            close(fd);
            errno = ENOMEM;
            return -1;
        }
        size_t ask = b->cap - b->len - 1;
        r = read(fd, b->p + b->len, ask);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int e = errno;
            close(fd);
            errno = e;
            return -1;
        }
        if (r == 0)
            break;
        b->len += (size_t)r;
        /* Short, and where stat said the file ends: the end. A file that
         * grew meanwhile reads on to a read of 0 (and one cut short by a
         * writer is read again next run: its size and mtime changed). */
        if ((size_t)r < ask && b->len == want)
            break;
    }
    close(fd);
    b->p[b->len] = '\0';
    return 0;
}

static ful_day local_day(time_t t)
{
    struct tm tm;
    if (localtime_r(&t, &tm) == NULL)
        return FUL_NODATE;
    return ful_day_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

/* Parses the job's bytes into j->note, mtime_day the meeting date's last
 * fallback, and makes its step keys: the calling thread, which writes the
 * rows, is the slower of the two in a cold index (at 100k notes the keys
 * were about 4% of its CPU), and the keys need no store. 0, or -1 out of
 * memory (nothing left to free). */
static int parse_job(const walk *w, job *j, ful_day mtime_day)
{
    ful_note_opts no;
    memset(&no, 0, sizeof no);
    no.path = j->text.p;
    no.root = j->root;
    no.mtime_day = mtime_day;
    no.tags = w->o->tags;
    no.rules = w->o->rules;
    no.grace_days = w->o->grace_days;
    no.explain = 1;
    if (ful_note_parse(&j->note, j->file.p, j->file.len, &no) != 0)
        return -1;
    if ((j->keys = ful_step_keys(&j->note)) == NULL) {
        ful_note_free(&j->note);
        return -1;
    }
    return 0;
}

/* A parsed job's note and keys freed. */
static void job_note_free(job *j)
{
    ful_step_keys_free(j->keys, j->note.nsteps);
    j->keys = NULL;
    ful_note_free(&j->note);
}

/* Leave this note's parse to the calling thread? Yes while it waits for
 * results, for up to FUL_HAND notes a wait (the last wakes it): handing
 * over more made it the slower side, with the walker blocked on a full
 * ring. */
static int caller_idle(walk *w)
{
    readahead *ra = w->ra;
    int idle;
    if (!ra->threaded)
        return 0;
    pthread_mutex_lock(&ra->mu);
    idle = ra->main_waits && ra->handed < FUL_HAND;
    ra->handed += idle;
    pthread_mutex_unlock(&ra->mu);
    return idle;
}

/* The walker's part of a note: read, hash and parse it from its open fd
 * (closed here). No store, no stats, no messages. The parse, about half
 * the walker's time, is left to the calling thread (RUN_READ) when that
 * thread waits for results meanwhile: in a cold index the two threads'
 * shares then even out, whichever side is the slower on the host (100k
 * notes: writer about 1.4 s of CPU, walker 1.6 s, perf). */
static void job_run(walk *w, job *j, int fd)
{
    if (fd < 0) {
        j->run = RUN_ERR;
        return;
    }
    if (read_fd(fd, &j->file, (size_t)j->size) != 0) {
        j->run = RUN_ERR;
        j->err = errno;
        return;
    }
    j->hash = ful_hash(j->file.p, j->file.len);
    if (j->found && j->prev_parser == w->sig && j->prev_hash == j->hash && j->prev_size == (int64_t)j->file.len) {
        j->run = RUN_SAME;
        return;
    }
    if (caller_idle(w)) {
        j->run = RUN_READ;
        return;
    }
    j->run = parse_job(w, j, local_day(j->mtime)) != 0 ? RUN_OOM : RUN_NOTE;
}

/* A note dated by its file's time keeps the day the store first gave it:
 * fulog's write-backs and later edits write the file again, and the
 * meeting (so every step's due) moved with them. Parsed again with that
 * day. 0 done, -1 error (err set). */
static int keep_mtime_day(walk *w, job *j)
{
    ful_day d;
    int rc;
    if (!j->found || j->note.date_src != FUL_DSRC_MTIME)
        return 0;
    rc = ful_store_note_mtime_day(w->s, j->text.p, &d, w->err, w->errlen);
    if (rc <= 0 || d == j->note.date)
        return rc < 0 ? -1 : 0;
    job_note_free(j);
    if (parse_job(w, j, d) != 0) {
        j->run = RUN_OOM;   /* nothing left to free */
        snprintf(w->err, w->errlen, "%s: out of memory", j->text.p);
        return -1;
    }
    return 0;
}

static int keep_one(void *ctx, int64_t id)
{
    return mark_seen((walk *)ctx, id);
}

/* What cannot be read now is not gone: the store keeps its notes under
 * path (and their history) until a run that can read them. */
static int keep_under(walk *w, const char *path)
{
    if (ensure_read(w) != 0)
        return -1;
    return ful_store_each_under(w->s, path, keep_one, w, w->err, w->errlen);
}

/* The calling thread's part, in walk order: the store and the messages. */
static int job_finish(walk *w, job *j)
{
    const char *path = j->text.p;
    char eb[128];
    int64_t id = 0;
    int k;
    if (j->kind == JOB_WARN) {
        if (w->warn)
            w->warn(w->ctx, j->text.p);
        return 0;
    }
    if (j->kind == JOB_KEEP)
        return keep_under(w, j->text.p);
    if (j->run == RUN_READ)
        j->run = parse_job(w, j, local_day(j->mtime)) != 0 ? RUN_OOM : RUN_NOTE;
    switch (j->run) {
    case RUN_ERR:
        if (j->err == ENOMEM) {
            snprintf(w->err, w->errlen, "%s: out of memory", path);
            return -1;
        }
        /* Keep what the store had: an unreadable note is not a deleted one. */
        emit(w, 1, "%s: cannot read: %s", path, errtext(j->err, eb, sizeof eb));
        return j->found ? mark_seen(w, j->prev_id) : 0;
    case RUN_OOM:
        snprintf(w->err, w->errlen, "%s: out of memory", path);
        return -1;
    case RUN_SAME:
        if (ensure_tx(w) != 0 ||
            ful_store_note_restat(w->s, j->prev_id, (int64_t)j->file.len, j->mtime_ns, w->err, w->errlen) != 0)
            return -1;
        w->pending++;
        w->stats->unchanged++;
        if (mark_seen(w, j->prev_id) != 0)
            return -1;
        return maybe_commit(w, 0);
    default:
        break;
    }
    if (j->note.binary) {
        w->stats->files--; /* not a note after all */
        w->stats->skipped++;
        emit(w, 0, "%s: not a text file; skipped", path);
        return 0; /* not seen: a note that turned binary leaves the store */
    }
    for (k = 0; k < j->note.nwarns; k++)
        emit(w, 1, "%s:%d: %s", path, j->note.warns[k].line, j->note.warns[k].msg);
    if (j->note.nwarns == FUL_MAX_WARNS)
        emit(w, 1, "%s: more problems not shown", path);
    if (ensure_tx(w) != 0 || keep_mtime_day(w, j) != 0 ||
        ful_store_put_note(w->s, path, j->root, &j->note, j->keys, (int64_t)j->file.len, j->mtime_ns, j->hash, w->o->today,
                           !j->found && w->known.loaded, &id, w->err, w->errlen) != 0)
        return -1;
    w->pending++;
    w->stats->indexed++;
    if (!j->found)
        w->fresh = id;
    if (mark_seen(w, id) != 0 || maybe_commit(w, 0) != 0)
        return -1;
    return ful_test_pause(w);
}

/* Done with a slot: its note freed, a big buffer given back. */
static void job_clear(job *j)
{
    if (j->kind == JOB_NOTE && j->run == RUN_NOTE)
        job_note_free(j);
    j->run = RUN_ERR;
    if (j->file.cap > (1u << 20))
        ful_buf_free(&j->file);
}

/* ---- the ring: the walker fills slots in order, the calling thread
 * writes them back in the same order. Each side sleeps only when it must
 * (ring full, ring empty), wakes the other before it sleeps, and is woken
 * FUL_WAKE results apart, so a handover costs no system call per note. */

/* The walker's next slot once the ring has room; NULL when the calling
 * thread stopped the walk. Inline, the one slot. */
static job *wslot(walk *w)
{
    readahead *ra = w->ra;
    job *j;
    if (!ra->threaded)
        return &ra->ring[0];
    pthread_mutex_lock(&ra->mu);
    while (!ra->stop && (ra->submitted - ra->consumed == FUL_RING ||
                         (ra->submitted != ra->consumed && ra->bytes >= FUL_RING_BYTES))) {
        if (ra->main_waits)
            pthread_cond_signal(&ra->data);
        ra->walker_waits = 1;
        pthread_cond_wait(&ra->space, &ra->mu);
        ra->walker_waits = 0;
    }
    j = ra->stop ? NULL : &ra->ring[ra->submitted % FUL_RING];
    pthread_mutex_unlock(&ra->mu);
    return j;
}

/* Hands the filled slot over; inline, writes it back at once. */
static int wpush(walk *w, job *j)
{
    readahead *ra = w->ra;
    if (!ra->threaded) {
        int rc = job_finish(w, j);
        job_clear(j);
        return rc;
    }
    pthread_mutex_lock(&ra->mu);
    ra->submitted++;
    if (j->kind == JOB_NOTE)
        ra->bytes += (size_t)j->size;
    if (ra->main_waits && (j->kind == JOB_END || ra->submitted - ra->consumed >= FUL_WAKE || ra->handed == FUL_HAND))
        pthread_cond_signal(&ra->data);
    pthread_mutex_unlock(&ra->mu);
    return 0;
}

/* A message from the walk (count: one of stats.errors), in its place
 * among the notes in flight. */
static int say(walk *w, int count, const char *fmt, ...)
{
    job *j;
    va_list ap;
    if (count)
        w->wc.errors++;
    if (!w->warn)
        return 0;
    if ((j = wslot(w)) == NULL)
        return -1;
    j->kind = JOB_WARN;
    j->text.len = 0;
    if (ful_buf_reserve(&j->text, 1024) != 0)
        return wfail(w, "out of memory");
    va_start(ap, fmt);
    vsnprintf(j->text.p, 1024, fmt, ap);
    va_end(ap);
    j->text.len = strlen(j->text.p);
    return wpush(w, j);
}

/* keep_under from the walk, in its place. */
static int wkeep(walk *w, const char *path)
{
    job *j;
    if (!w->ra->threaded)
        return keep_under(w, path);
    if ((j = wslot(w)) == NULL)
        return -1;
    j->kind = JOB_KEEP;
    j->text.len = 0;
    if (ful_buf_adds(&j->text, path) != 0)
        return wfail(w, "out of memory");
    return wpush(w, j);
}

/* The calling thread's next result, waiting for the walker; NULL when a
 * commit made while waiting failed. An open transaction is committed
 * after a second of waiting, as between notes. */
static job *take(walk *w)
{
    readahead *ra = w->ra;
    job *j = NULL;
    pthread_mutex_lock(&ra->mu);
    if (ra->submitted == ra->consumed)
        ra->handed = 0;
    while (ra->submitted == ra->consumed) {
        ra->main_waits = 1;
        if (ful_store_in_tx(w->s)) {
            struct timespec until = w->tx_start;
            until.tv_sec += 1;
            if (pthread_cond_timedwait(&ra->data, &ra->mu, &until) == ETIMEDOUT && ra->submitted == ra->consumed) {
                ra->main_waits = 0;
                pthread_mutex_unlock(&ra->mu);
                if (maybe_commit(w, 0) != 0)
                    return NULL;
                pthread_mutex_lock(&ra->mu);
            }
        } else {
            if (ra->walker_waits)
                pthread_cond_signal(&ra->space);
            pthread_cond_wait(&ra->data, &ra->mu);
        }
        ra->main_waits = 0;
    }
    j = &ra->ring[ra->consumed % FUL_RING];
    pthread_mutex_unlock(&ra->mu);
    return j;
}

/* Gives the slot back to the walker. */
static void give_back(walk *w, job *j)
{
    readahead *ra = w->ra;
    job_clear(j);
    pthread_mutex_lock(&ra->mu);
    if (j->kind == JOB_NOTE)
        ra->bytes -= (size_t)j->size;
    ra->consumed++;
    if (ra->walker_waits && FUL_RING - (ra->submitted - ra->consumed) >= FUL_WAKE)
        pthread_cond_signal(&ra->space);
    pthread_mutex_unlock(&ra->mu);
}

/* ---- the walk (the walker's side) */

/* known_find's answer not asked yet (index_file's hint) */
static const known known_unasked;

/* dfd/name: the file relative to its open folder (AT_FDCWD and the full
 * path for a file named on the command line). fd: the file already open
 * (st its fstat; closed here), or -1. hint: what the store had at path
 * when the walk looked it up already (wants_read; NULL: nothing), else
 * &known_unasked. */
static int index_file(walk *w, int dfd, const char *name, const char *path, const struct stat *st, int fd,
                      const known *hint)
{
    ful_note_state prev;
    int found = 0;
    int64_t mtime_ns = (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
    int64_t max = w->o->max_size > 0 ? w->o->max_size : FUL_MAX_NOTE_BYTES;
    job *j;

    if ((int64_t)st->st_size > max) {
        /* Never read (a 100 GB sparse file would abort the run): skipped
         * like a binary file, and it leaves the store like one. */
        if (fd >= 0)
            close(fd);
        w->wc.skipped++;
        return say(w, 0, "%s: %lld bytes, over the size limit for a note (%lld); skipped", path,
                   (long long)st->st_size, (long long)max);
    }
    w->wc.files++;
    if (w->known.loaded) {
        /* Unknown when the walk began: new (put_note looks again, inside
         * its write, in case another writer added it since). */
        const known *k = hint != &known_unasked ? hint : known_find(&w->known, path);
        if (k) {
            found = 1;
            prev.id = k->id;
            prev.size = k->size;
            prev.mtime_ns = k->mtime_ns;
            prev.hash = k->hash;
            prev.parser = k->parser;
        }
    } else {
        /* A file named alone: looked up here, on the calling thread
         * (never threaded). */
        if (ensure_read(w) != 0 || (found = ful_store_note_state(w->s, path, &prev, w->err, w->errlen)) < 0)
            return -1;
    }
    if (found && prev.parser == w->sig && prev.size == (int64_t)st->st_size && prev.mtime_ns == mtime_ns) {
        if (fd >= 0)
            close(fd);
        w->wc.unchanged++;
        return wmark(w, prev.id);
    }
    if ((j = wslot(w)) == NULL) {
        if (fd >= 0)
            close(fd);
        return -1;
    }
    j->kind = JOB_NOTE;
    j->text.len = 0;
    if (ful_buf_adds(&j->text, path) != 0) {
        if (fd >= 0)
            close(fd);
        return wfail(w, "%s: out of memory", path);
    }
    j->root = w->root;
    j->size = (int64_t)st->st_size;
    j->mtime_ns = mtime_ns;
    j->mtime = st->st_mtime;
    j->found = found;
    if (found) {
        j->prev_id = prev.id;
        j->prev_size = prev.size;
        j->prev_hash = prev.hash;
        j->prev_parser = prev.parser;
    }
    j->run = RUN_ERR;
    j->err = 0;
    /* Relative to the folder being walked: no walk of the whole path. */
    if (fd < 0 && (fd = openat(dfd, name, O_RDONLY | O_CLOEXEC | O_NOCTTY)) < 0)
        j->err = errno;
    job_run(w, j, fd);
    return wpush(w, j);
}

/* Will this note be read whatever its stat says? Yes when the store does
 * not have it as the parse options now read it (a first index, new
 * options): then open + fstat beat fstatat + open. */
static int wants_read(const walk *w, const char *path, const known **found)
{
    const known *k;
    if (!w->known.loaded)
        return 0;
    /* kept for index_file: each note was looked up twice (its path's
     * length, hash and compare again), a tenth of the walk's instructions
     * in a re-index with nothing to do */
    *found = k = known_find(&w->known, path);
    return k == NULL || k->parser != w->sig;
}

static int on_stack(walk *w, const struct stat *st)
{
    int i;
    for (i = 0; i < w->depth; i++)
        if (w->stack_dev[i] == st->st_dev && w->stack_ino[i] == st->st_ino)
            return 1;
    return 0;
}

/* The names in a folder, sorted: notes then reach the store in path order,
 * so its path index grows at one end instead of everywhere. */
typedef struct {
    ful_buf names;      /* NUL-separated, each after its d_type byte (name[-1]) */
    size_t *offs;
    const char **sorted;
    size_t n, cap;
} name_list;

/* Sorts v[0..n) by strcmp, tmp holding n more: a merge sort, runs of up
 * to 8 by insertion first. The names of one folder are distinct, so the
 * order is qsort's; glibc's qsort called strcmp through a comparison
 * function and moved its elements by size, most of the sort's work. */
static void sort_names(const char **v, const char **tmp, size_t n)
{
    const char **src = v, **dst = tmp, **t;
    size_t w, i, j;
    for (i = 0; i < n; i += 8) {
        size_t end = i + 8 < n ? i + 8 : n;
        for (j = i + 1; j < end; j++) {
            const char *x = v[j];
            size_t k = j;
            while (k > i && strcmp(v[k - 1], x) > 0) {
                v[k] = v[k - 1];
                k--;
            }
            v[k] = x;
        }
    }
    for (w = 8; w < n; w *= 2) {
        for (i = 0; i < n; i += 2 * w) {
            size_t a = i, m = i + w < n ? i + w : n, b = m, end = i + 2 * w < n ? i + 2 * w : n, o = i;
            while (a < m && b < end)
                dst[o++] = strcmp(src[a], src[b]) <= 0 ? src[a++] : src[b++];
            while (a < m)
                dst[o++] = src[a++];
            while (b < end)
                dst[o++] = src[b++];
        }
        t = src;
        src = dst;
        dst = t;
    }
    if (src != v) /* an odd number of merge passes: the result is in tmp */
        memcpy(v, src, n * sizeof *v);
}

static int list_names(DIR *d, name_list *nl)
{
    struct dirent *de;
    size_t i;
    while ((de = readdir(d)) != NULL) {
        /* Hidden files and folders (.git, .obsidian, editor swap files). */
        if (de->d_name[0] == '.')
            continue;
        if (nl->n == nl->cap) {
            size_t nc = nl->cap ? nl->cap * 2 : 64;
            size_t *p = realloc(nl->offs, nc * sizeof *p);
            if (p == NULL)
                return -1;
            nl->offs = p;
            nl->cap = nc;
        }
        {
            unsigned char t = de->d_type;
            if (ful_buf_add(&nl->names, &t, 1) != 0)
                return -1;
        }
        nl->offs[nl->n++] = nl->names.len;
        if (ful_buf_add(&nl->names, de->d_name, strlen(de->d_name) + 1) != 0)
            return -1;
    }
    /* Pointers only now: the arena no longer moves. Twice n of them: the
     * second half is the sort's scratch. */
    nl->sorted = malloc((nl->n ? 2 * nl->n : 1) * sizeof *nl->sorted);
    if (nl->sorted == NULL)
        return -1;
    for (i = 0; i < nl->n; i++)
        nl->sorted[i] = nl->names.p + nl->offs[i];
    sort_names(nl->sorted, nl->sorted + nl->n, nl->n);
    return 0;
}

/* Marks a folder walked; 1 when it already was (reached by another link). */
static int visit(walk *w, const struct stat *st)
{
    size_t i, mask;
    if (w->nvisited * 2 >= w->capvisited) {
        size_t nc = w->capvisited ? w->capvisited * 2 : 256, k;
        dir_id *nv = calloc(nc, sizeof *nv);
        if (nv == NULL)
            return -1;
        for (k = 0; k < w->capvisited; k++) {
            if (w->visited[k].ino == 0 && w->visited[k].dev == 0)
                continue;
            i = (size_t)(w->visited[k].ino * 2654435761u + w->visited[k].dev) & (nc - 1);
            while (nv[i].ino || nv[i].dev)
                i = (i + 1) & (nc - 1);
            nv[i] = w->visited[k];
        }
        free(w->visited);
        w->visited = nv;
        w->capvisited = nc;
    }
    mask = w->capvisited - 1;
    i = (size_t)(st->st_ino * 2654435761u + st->st_dev) & mask;
    while (w->visited[i].ino || w->visited[i].dev) {
        if (w->visited[i].ino == st->st_ino && w->visited[i].dev == st->st_dev)
            return 1;
        i = (i + 1) & mask;
    }
    w->visited[i].dev = st->st_dev;
    w->visited[i].ino = st->st_ino;
    w->nvisited++;
    return 0;
}

static int is_system(const walk *w, const struct stat *st)
{
    int i;
    for (i = 0; i < w->nsystem; i++)
        if (w->system_dev[i] == st->st_dev)
            return 1;
    return 0;
}

/* Does the link at path lead to top or somewhere under it that the walk
 * reaches under its own name (no hidden folder or file on the way; for a
 * file, a note ending)? Asked only of symlinks, so the realpath walk costs
 * nothing in a plain tree. */
static int link_inside(const char *top, const char *path, const char *const *exts, int nexts)
{
    size_t n = strlen(top);
    char *real = realpath(path, NULL);
    int in;
    if (real == NULL)
        return 0;
    if (n == 1 && top[0] == '/')
        n = 0;
    in = strncmp(real, top, n) == 0 && (real[n] == '\0' || real[n] == '/');
    if (in && strstr(real + n, "/."))
        in = 0; /* a hidden folder or file: the walk never goes there */
    if (in && exts && !ful_path_has_ext(real, exts, nexts))
        in = 0;
    free(real);
    return in;
}

static int walk_dir(walk *w, ful_buf *path, const struct stat *dst)
{
    DIR *d;
    size_t base = path->len, i;
    int rc = 0;
    name_list nl;
    char eb[128];

    if (w->depth >= FUL_MAX_DEPTH)
        return say(w, 1, "%s: folders nested too deep; skipped", path->p);
    if (on_stack(w, dst))
        return say(w, 1, "%s: symlink loop; skipped", path->p);
    if (is_system(w, dst))
        return say(w, 1, "%s: a system folder (/proc, /sys, /dev); skipped", path->p);
    if (w->o->follow) {
        int v = visit(w, dst);
        if (v < 0)
            return wfail(w, "out of memory");
        if (v > 0)
            return 0; /* walked already, through another name */
    }
    d = opendir(path->p);
    if (d == NULL) {
        if (say(w, 1, "%s: cannot read folder: %s; its notes are kept as they were", path->p,
                errtext(errno, eb, sizeof eb)) != 0)
            return -1;
        return wkeep(w, path->p);
    }
    memset(&nl, 0, sizeof nl);
    if (list_names(d, &nl) != 0)
        rc = wfail(w, "out of memory");
    w->stack_dev[w->depth] = dst->st_dev;
    w->stack_ino[w->depth] = dst->st_ino;
    w->depth++;
    for (i = 0; rc == 0 && i < nl.n; i++) {
        struct stat st;
        const char *name = nl.sorted[i];
        const known *k = &known_unasked;
        path->len = base;
        if (ful_buf_add(path, "/", 1) || ful_buf_adds(path, name)) {
            rc = wfail(w, "out of memory");
            break;
        }
        /* A note to read (one the store does not have as parsed now):
         * opened first, then fstat'ed, which saves the path lookup of an
         * fstatat (100k notes: about 0.07 s of the walker's CPU, 0.59 ->
         * 0.52 s for the bare walk). A note likely unchanged is stat'ed
         * only. Anything unexpected (a link or another kind of file since
         * readdir, no permission) takes the way below, which says why. */
        if ((unsigned char)name[-1] == DT_REG && wants_read(w, path->p, &k) &&
            ful_path_has_ext(name, w->o->exts ? w->o->exts : ful_default_exts,
                             w->o->exts ? w->o->nexts : ful_default_nexts)) {
            int fd = openat(dirfd(d), name, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NOFOLLOW | O_NONBLOCK);
            if (fd < 0 && errno == ENOENT)
                continue; /* gone since readdir */
            if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
                rc = index_file(w, dirfd(d), name, path->p, &st, fd, k);
                continue;
            }
            if (fd >= 0)
                close(fd);
        }
        /* Relative to the open folder: no walk of the whole path each time. */
        if (fstatat(dirfd(d), name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno == ENOENT)
                continue; /* gone since readdir (an editor's or fulog's temp file) */
            rc = say(w, 1, "%s: cannot stat: %s; kept as it was", path->p, errtext(errno, eb, sizeof eb));
            if (rc == 0)
                rc = wkeep(w, path->p);
            continue;
        }
        if (S_ISLNK(st.st_mode)) {
            if (fstatat(dirfd(d), name, &st, 0) != 0)
                continue; /* a dangling symlink */
            /* A link to a folder (a sibling, "/") is walked only when asked:
             * each of its notes would be listed twice, or the whole disk. */
            if (S_ISDIR(st.st_mode) && !w->o->follow)
                continue;
            /* A link into the tree being walked (a sibling, an ancestor):
             * its folder is walked under its own name, the one the editor
             * gives its notes, whichever of the two comes first (a link to
             * a folder being walked is a loop: walk_dir says so). */
            if (S_ISDIR(st.st_mode) && w->top && !on_stack(w, &st) && link_inside(w->top, path->p, NULL, 0))
                continue;
            /* A link to a note in the tree: the note is walked under its
             * own name (the editor's name for it too), so not twice. */
            if (S_ISREG(st.st_mode) && w->top &&
                link_inside(w->top, path->p, w->o->exts ? w->o->exts : ful_default_exts,
                            w->o->exts ? w->o->nexts : ful_default_nexts))
                continue;
        }
        if (S_ISDIR(st.st_mode)) {
            rc = walk_dir(w, path, &st);
        } else if (S_ISREG(st.st_mode)) {
            const char *const *exts = w->o->exts ? w->o->exts : ful_default_exts;
            int nexts = w->o->exts ? w->o->nexts : ful_default_nexts;
            if (ful_path_has_ext(name, exts, nexts))
                rc = index_file(w, dirfd(d), name, path->p, &st, -1, k);
            else
                w->wc.skipped++;
        }
    }
    w->depth--;
    closedir(d);
    ful_buf_free(&nl.names);
    free(nl.offs);
    free(nl.sorted);
    path->len = base;
    path->p[base] = '\0';
    return rc;
}

/* ---- running a walk (the calling thread's side) */

static void *walker_main(void *arg)
{
    walk *w = arg;
    int rc = walk_dir(w, w->wpath, &w->wst);
    job *j = wslot(w);
    if (j != NULL) { /* else the calling thread stopped the walk */
        j->kind = JOB_END;
        j->run = rc;
        wpush(w, j);
    }
    return NULL;
}

/* The ring, once per run (inline: one slot of it). */
static int ra_open(walk *w)
{
    if (w->ra == NULL && (w->ra = calloc(1, sizeof *w->ra)) == NULL) {
        snprintf(w->err, w->errlen, "out of memory");
        return -1;
    }
    if (w->ra->slots == 0) {
        if ((w->ra->ring = calloc(1, sizeof *w->ra->ring)) == NULL) {
            snprintf(w->err, w->errlen, "out of memory");
            return -1;
        }
        w->ra->slots = 1;
    }
    return 0;
}

static void ra_free(walk *w)
{
    int i;
    if (w->ra == NULL)
        return;
    for (i = 0; i < w->ra->slots; i++) {
        ful_buf_free(&w->ra->ring[i].text);
        ful_buf_free(&w->ra->ring[i].file);
    }
    free(w->ra->ring);
    free(w->ra);
    w->ra = NULL;
}

/* Starts the walker on path; 0 when it runs. It takes no signals: they
 * are the host editor's. */
static int walker_start(walk *w, ful_buf *path, const struct stat *st)
{
    readahead *ra = w->ra;
    pthread_condattr_t ca;
    sigset_t all, old;
    int ok = 0;
    if (!w->use_thread || (w->use_thread == 2 && !known_wants_thread(&w->known, w->sig)))
        return -1;
    if (ra->slots < FUL_RING) {
        /* the inline slot keeps its buffers, the others start empty */
        job *r = realloc(ra->ring, FUL_RING * sizeof *r);
        if (r == NULL)
            return -1; /* walked inline */
        memset(r + ra->slots, 0, (size_t)(FUL_RING - ra->slots) * sizeof *r);
        ra->ring = r;
        ra->slots = FUL_RING;
    }
    ra->submitted = ra->consumed = 0;
    ra->bytes = 0;
    ra->stop = ra->main_waits = ra->walker_waits = 0;
    w->wpath = path;
    w->wst = *st;
    if (pthread_mutex_init(&ra->mu, NULL) != 0)
        return -1;
    if (pthread_condattr_init(&ca) == 0) {
        /* take() waits against the monotonic clock, as tx_start is read */
        if (pthread_condattr_setclock(&ca, CLOCK_MONOTONIC) == 0 && pthread_cond_init(&ra->data, &ca) == 0) {
            if (pthread_cond_init(&ra->space, NULL) == 0) {
                sigfillset(&all);
                pthread_sigmask(SIG_SETMASK, &all, &old);
                /* set before it starts: the walker reads it */
                ra->threaded = 1;
                ok = pthread_create(&ra->th, NULL, walker_main, w) == 0;
                if (!ok)
                    ra->threaded = 0;
                pthread_sigmask(SIG_SETMASK, &old, NULL);
                if (!ok)
                    pthread_cond_destroy(&ra->space);
            }
            if (!ok)
                pthread_cond_destroy(&ra->data);
        }
        pthread_condattr_destroy(&ca);
    }
    if (!ok)
        pthread_mutex_destroy(&ra->mu);
    return ok ? 0 : -1;
}

/* Writes back the walker's results until it ends; on a failure here,
 * stops it. Either way joins it and frees what it left in the ring. */
static int walker_run(walk *w)
{
    readahead *ra = w->ra;
    int rc = 0;
    for (;;) {
        job *j = take(w);
        if (j == NULL) {
            rc = -1;
            break;
        }
        if (j->kind == JOB_END) {
            rc = j->run;
            give_back(w, j);
            if (rc != 0)
                snprintf(w->err, w->errlen, "%s", w->werr[0] ? w->werr : "the walk failed");
            break;
        }
        rc = job_finish(w, j);
        give_back(w, j);
        if (rc != 0)
            break;
    }
    pthread_mutex_lock(&ra->mu);
    ra->stop = 1;
    pthread_cond_signal(&ra->space);
    pthread_mutex_unlock(&ra->mu);
    pthread_join(ra->th, NULL);
    for (; ra->consumed != ra->submitted; ra->consumed++)
        job_clear(&ra->ring[ra->consumed % FUL_RING]);
    pthread_cond_destroy(&ra->space);
    pthread_cond_destroy(&ra->data);
    pthread_mutex_destroy(&ra->mu);
    ra->threaded = 0;
    return rc;
}

/* What the walk counted and saw joins the run's. */
static int walk_merge(walk *w)
{
    int64_t i;
    w->stats->files += w->wc.files;
    w->stats->skipped += w->wc.skipped;
    w->stats->unchanged += w->wc.unchanged;
    w->stats->errors += w->wc.errors;
    memset(&w->wc, 0, sizeof w->wc);
    if (w->wseen_bits > 0 && grow_bits(&w->seen, &w->seen_bits, w->wseen_bits - 1) != 0) {
        snprintf(w->err, w->errlen, "out of memory");
        return -1;
    }
    for (i = 0; i < w->wseen_bits / 8; i++)
        w->seen[i] |= w->wseen[i];
    return 0;
}

/* Walks the folder at path (a thread when it can), writing what it finds. */
static int walk_root(walk *w, ful_buf *path, const struct stat *st)
{
    int rc;
    w->werr[0] = '\0';
    if (walker_start(w, path, st) == 0) {
        rc = walker_run(w);
    } else {
        rc = walk_dir(w, path, st);
        if (rc != 0 && w->werr[0])
            snprintf(w->err, w->errlen, "%s", w->werr);
    }
    if (walk_merge(w) != 0)
        rc = -1;
    return rc;
}

/* A file named alone, inline. */
static int index_one(walk *w, const char *path, const struct stat *st)
{
    int rc;
    w->werr[0] = '\0';
    rc = index_file(w, AT_FDCWD, path, path, st, -1, &known_unasked);
    if (rc != 0 && w->werr[0])
        snprintf(w->err, w->errlen, "%s", w->werr);
    if (walk_merge(w) != 0)
        rc = -1;
    return rc;
}

/* Notes whose file is no longer there, collected before any leaves (no
 * write under an open read). */
typedef struct {
    int64_t self;
    int64_t *ids;
    char **paths;
    size_t n, cap;
} gone_list;

static int gone_add(void *ctx, const ful_note_brief *b)
{
    gone_list *g = ctx;
    struct stat st;
    size_t i;
    if (b->id == g->self)
        return 0;
    for (i = 0; i < g->n; i++)
        if (g->ids[i] == b->id)
            return 0;
    /* Only a path that is not there: one that cannot be read now is not gone. */
    if (stat(b->path, &st) == 0 || (errno != ENOENT && errno != ENOTDIR))
        return 0;
    if (g->n == g->cap) {
        size_t nc = g->cap ? g->cap * 2 : 8;
        int64_t *ni = realloc(g->ids, nc * sizeof *ni);
        char **np;
        if (ni == NULL)
            return -2;
        g->ids = ni;
        if ((np = realloc(g->paths, nc * sizeof *np)) == NULL)
            return -2;
        g->paths = np;
        g->cap = nc;
    }
    if ((g->paths[g->n] = strdup(b->path)) == NULL)
        return -2;
    g->ids[g->n++] = b->id;
    return 0;
}

/* A note named alone that the store did not have (a write-back or a save
 * after a rename or move, a new note): the notes sharing its steps and
 * the notes under its root whose files are gone leave now, as a folder
 * walk would remove them, and ful_store_settle_gone gives their history
 * to this one. Otherwise the old path stayed listed, with the same steps,
 * until the next full index. Only for a path the store did not have
 * (it costs a stat of each note under the root); never on a write-back
 * to a note the store knows. */
static int sweep_gone(walk *w, int64_t self)
{
    gone_list g;
    size_t i;
    int rc;
    memset(&g, 0, sizeof g);
    g.self = self;
    rc = ensure_tx(w);
    if (rc == 0)
        rc = ful_store_each_kin(w->s, self, gone_add, &g, w->err, w->errlen);
    if (rc == 0 && w->root)
        rc = ful_store_each_state_under(w->s, w->root, gone_add, &g, w->err, w->errlen);
    if (rc == -2) {
        snprintf(w->err, w->errlen, "out of memory");
        rc = -1;
    }
    for (i = 0; rc == 0 && i < g.n; i++) {
        rc = ful_store_delete_note(w->s, g.ids[i], g.paths[i], w->o->today, w->err, w->errlen);
        if (rc == 0)
            w->stats->removed++;
    }
    for (i = 0; i < g.n; i++)
        free(g.paths[i]);
    free(g.paths);
    free(g.ids);
    return rc;
}

static int index_root(walk *w, const char *arg)
{
    ful_buf path = { 0, 0, 0 }, rootbuf = { 0, 0, 0 }, alias = { 0, 0, 0 };
    struct stat st;
    char eb[128];
    int rc = 0, removed = 0, all_seen = 0;

    /* The real path: a notes folder reached through a symlink (or the
     * editor's resolved name of the same file) is one set of notes. */
    if (ful_path_real(arg, &path) != 0 || ful_path_abs(arg, &alias) != 0) {
        snprintf(w->err, w->errlen, "%s: %s", arg, errtext(errno, eb, sizeof eb));
        ful_buf_free(&path);
        ful_buf_free(&alias);
        return -1;
    }
    if (strcmp(alias.p, path.p) == 0)
        ful_buf_free(&alias);
    if (stat(path.p, &st) != 0) {
        ful_note_state prev;
        int e = errno, found = ful_store_note_state(w->s, path.p, &prev, w->err, w->errlen);
        if (found < 0) {
            rc = -1;
        } else if (found) {
            /* A note the store knows is gone: it leaves the store. */
            rc = ensure_tx(w);
            if (rc == 0)
                rc = ful_store_delete_note(w->s, prev.id, path.p, w->o->today, w->err, w->errlen);
            if (rc == 0)
                w->stats->removed++;
        } else if (!w->o->gone_ok) {
            emit(w, 1, "%s: %s", arg, errtext(e, eb, sizeof eb));
            w->stats->missing++;
        }
        ful_buf_free(&path);
        ful_buf_free(&alias);
        return rc;
    }
    if (ra_open(w) != 0) {
        ful_buf_free(&path);
        ful_buf_free(&alias);
        return -1;
    }
    if (S_ISDIR(st.st_mode)) {
        ful_buf top = { 0, 0, 0 };
        /* A copy: walk_dir grows the path buffer as it descends. */
        if ((w->o->root ? ful_path_real(w->o->root, &rootbuf) : ful_buf_add(&rootbuf, path.p, path.len)) != 0 ||
            ful_buf_add(&top, path.p, path.len) != 0) {
            snprintf(w->err, w->errlen, "%s: %s", arg, errtext(errno, eb, sizeof eb));
            ful_buf_free(&path);
            ful_buf_free(&alias);
            ful_buf_free(&top);
            return -1;
        }
        w->root = rootbuf.p;
        w->top = top.p;
        rc = known_load(w, path.p);
        /* Every note read is written before the unseen ones go. */
        if (rc == 0)
            rc = walk_root(w, &path, &st);
        w->top = NULL;
        ful_buf_free(&top);
        all_seen = rc == 0 && known_all_seen(&w->known, w->seen, w->seen_bits);
        known_free(&w->known);
    } else {
        char *slash;
        ful_note_state prev;
        if (w->o->root && ful_path_real(w->o->root, &rootbuf) == 0) {
            w->root = rootbuf.p;
        } else if (ful_store_note_state(w->s, path.p, &prev, w->err, w->errlen) == 1 && prev.root[0]) {
            /* Re-indexing one known note keeps the root it was indexed
             * under, so its account does not change. */
            if (ful_buf_adds(&rootbuf, prev.root) != 0) {
                ful_buf_free(&path);
                return -1;
            }
            w->root = rootbuf.p;
        } else {
            if (ful_buf_add(&rootbuf, path.p, path.len) != 0) {
                ful_buf_free(&path);
                return -1;
            }
            slash = strrchr(rootbuf.p, '/');
            if (slash && slash != rootbuf.p)
                *slash = '\0';
            w->root = rootbuf.p;
        }
        if (S_ISREG(st.st_mode)) {
            w->fresh = 0;
            rc = index_one(w, path.p, &st);
            if (rc == 0 && w->fresh > 0)
                rc = sweep_gone(w, w->fresh);
        } else
            emit(w, 1, "%s: not a file or folder; skipped", arg);
    }
    if (rc == 0 && !all_seen && (rc = ensure_tx(w)) == 0 &&
        (rc = ful_store_delete_unseen(w->s, path.p, w->seen, w->seen_bits, w->o->today, &removed, w->err,
                                      w->errlen)) == 0)
        w->stats->removed += removed;
    /* The same notes stored under the symlinked name (a store from before
     * names were made real, or indexed by an older fulog) leave: their
     * history goes to the real names (ful_store_settle_gone). */
    if (rc == 0 && alias.p && (rc = ensure_tx(w)) == 0 &&
        (rc = ful_store_delete_unseen(w->s, alias.p, w->seen, w->seen_bits, w->o->today, &removed, w->err,
                                      w->errlen)) == 0)
        w->stats->removed += removed;
    w->root = NULL;
    ful_buf_free(&rootbuf);
    ful_buf_free(&path);
    ful_buf_free(&alias);
    return rc;
}

int ful_index_paths(ful_store *s, const char *const *paths, int npaths, const ful_index_opts *o,
                    ful_index_stats *stats, ful_index_warn warn, void *ctx, char *err, size_t errlen)
{
    walk w;
    int i, rc = 0;
    memset(&w, 0, sizeof w);
    memset(stats, 0, sizeof *stats);
    w.s = s;
    w.o = o;
    w.stats = stats;
    w.warn = warn;
    w.ctx = ctx;
    w.err = err;
    w.errlen = errlen;
    w.sig = ful_opts_parse_sig(FUL_PARSER_VERSION, o->tags, o->grace_days > 0 ? o->grace_days : 7, o->rules_digest);
    ful_store_set_parse_sig(s, w.sig);
    {
        static const char *const sys[] = { "/proc", "/sys", "/dev" };
        struct stat root, st;
        if (stat("/", &root) == 0)
            for (i = 0; i < 3; i++)
                if (stat(sys[i], &st) == 0 && st.st_dev != root.st_dev)
                    w.system_dev[w.nsystem++] = st.st_dev;
    }
    {
        const char *t = getenv("FULOG_INDEX_THREADS");
        w.use_thread = t && strcmp(t, "0") == 0 ? 0 : t && strcmp(t, "1") == 0 ? 1 : 2;
    }
    {
        const char *t = getenv("FULOG_TEST_INDEX_PAUSE");
        char *end;
        long n = t ? strtol(t, &end, 10) : 0;
        if (n > 0 && n < 1000000000 && *end == ':' && end[1]) {
            w.pause_at = (int)n;
            w.pause_dir = end + 1;
        }
    }
    ful_store_bulk(s, FUL_BULK_READ);
    for (i = 0; rc == 0 && i < npaths; i++)
        rc = index_root(&w, paths[i]);
    /* Removed notes last: a renamed note's history goes to its new path,
     * whichever of the two paths the run met first. */
    if (rc == 0 && stats->removed && (rc = ensure_tx(&w)) == 0)
        rc = ful_store_settle_gone(s, o->today, err, errlen);
    if (rc == 0 && (stats->removed || stats->indexed) && (rc = ensure_tx(&w)) == 0)
        rc = ful_store_prune_accounts(s, err, errlen);
    if (rc == 0 && ful_store_in_tx(s))
        rc = maybe_commit(&w, 1);
    if (rc != 0)
        ful_store_rollback(s);
    ful_store_bulk(s, FUL_BULK_OFF);
    ra_free(&w);
    known_free(&w.known);
    free(w.seen);
    free(w.wseen);
    free(w.visited);
    return rc;
}

/* ---- why FILE:LINE names no step the store knows */

int ful_index_why_no_step(ful_store *s, const char *path, int line, const ful_tagset *tags, char *msg,
                          size_t msglen)
{
    ful_note_state prev;
    struct stat st;
    ful_buf text = { 0, 0, 0 };
    ful_lspan *lines = NULL;
    int n = 0, cap = 0, found, rc = 0;
    FILE *f;
    char eb[128];
    size_t i, start;

    found = ful_store_note_state(s, path, &prev, msg, msglen);
    if (found < 0)
        return -1;
    if (stat(path, &st) != 0) {
        if (found)
            snprintf(msg, msglen, "the note is gone from disk since it was indexed (run fulog index)");
        else
            snprintf(msg, msglen, "%s", errtext(errno, eb, sizeof eb));
        return 0;
    }
    if (!found) {
        snprintf(msg, msglen, S_ISDIR(st.st_mode) ? "a folder, not a note" :
                 "the note is not in the store yet (run fulog index on it first)");
        return 0;
    }
    if ((f = fopen(path, "rb")) == NULL) {
        snprintf(msg, msglen, "cannot read the note: %s", errtext(errno, eb, sizeof eb));
        return 0;
    }
    for (;;) {
        char chunk[65536];
        size_t got = fread(chunk, 1, sizeof chunk, f);
        if (got && ful_buf_add(&text, chunk, got) != 0) {
            rc = -1;
            break;
        }
        if (got < sizeof chunk || text.len > FUL_MAX_NOTE_BYTES)
            break;
    }
    fclose(f);
    if (rc != 0) {
        snprintf(msg, msglen, "out of memory");
        ful_buf_free(&text);
        return -1;
    }
    /* Changed since it was indexed (its text, not just its time): the
     * store's lines are not the note's, and indexing is the answer. */
    if (prev.size != (int64_t)text.len || prev.hash != ful_hash(text.p, text.len)) {
        snprintf(msg, msglen, "the note changed since it was indexed (save it, or run fulog index)");
        ful_buf_free(&text);
        return 0;
    }
    for (i = 0, start = 0; text.p && i <= text.len; i++) {
        if (i == text.len ? i > start : text.p[i] == '\n') {
            size_t e = i;
            if (n == cap) {
                int nc = cap ? cap * 2 : 256;
                ful_lspan *nl = realloc(lines, (size_t)nc * sizeof *nl);
                if (nl == NULL) {
                    rc = -1;
                    break;
                }
                lines = nl;
                cap = nc;
            }
            if (e > start && text.p[e - 1] == '\r')
                e--;
            lines[n].s = text.p + start;
            lines[n].n = e - start;
            n++;
            start = i + 1;
        }
    }
    if (rc != 0) {
        snprintf(msg, msglen, "out of memory");
    } else if (line > n) {
        snprintf(msg, msglen, "the note has %d line%s", n, n == 1 ? "" : "s");
    } else {
        ful_line l;
        const ful_lspan *ln = &lines[line - 1];
        ful_line_kind k = ful_line_scan(ln->s, ln->n, tags, &l);
        int step = ful_line_step_at(lines, n, line - 1, tags);
        size_t b = 0, m = ln->n;
        while (b < m && (ln->s[b] == ' ' || ln->s[b] == '\t'))
            b++;
        if (m - b > 60)
            m = b + 57;
        if (k == FUL_LINE_STEP)
            snprintf(msg, msglen, "a next step the store does not have (run fulog index)");
        else if (step >= 0)
            snprintf(msg, msglen, "not a next step: it is under the step on line %d", step + 1);
        else if (ful_line_blank(ln->s, ln->n))
            snprintf(msg, msglen, "not a next step: a blank line");
        else
            snprintf(msg, msglen, "not a next step: '%.*s%s'", (int)(m - b), ln->s + b, m < ln->n ? "..." : "");
    }
    free(lines);
    ful_buf_free(&text);
    return rc;
}
