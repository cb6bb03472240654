/* index.c: the incremental indexer. Unchanged files (size and mtime, then
 * content hash) cost a stat and a lookup; each changed file is replaced in
 * the store inside a transaction that also holds whole other files, so a
 * killed run leaves every note either old or new, never half. */
#include "index.h"
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
 * and no read transaction. Paths sit in one arena, by offset (it grows). */
typedef struct {
    size_t off, len;
    int64_t id, size, mtime_ns, parser;
} known;

typedef struct {
    ful_buf entries;        /* known[] */
    const known *v;
    size_t n;
    size_t *slot;           /* index + 1 into v; 0 is empty */
    size_t nslot;           /* a power of two, at least 2n */
    ful_buf paths;
    int loaded;             /* 0: look notes up one by one (a file named alone) */
} known_set;

/* The reader thread: the walk (stat, the lookup table, the store) stays on
 * the calling thread, which opens each changed note and hands the open
 * file to the reader; the reader reads, hashes and parses it; the calling
 * thread takes the results back in the order it handed them out and
 * writes them (SQLite stays on one thread). Same order, same rows, same
 * warnings as reading inline, which FULOG_INDEX_THREADS=0 does. */
#define FUL_RING 16                     /* notes in flight */
#define FUL_RING_BYTES (8u << 20)       /* and at most this many of their bytes */

enum { JOB_NOTE, JOB_WARN };
enum { RUN_ERR, RUN_SAME, RUN_NOTE, RUN_OOM };

typedef struct {
    int kind;
    ful_buf text;           /* JOB_NOTE: the note's path; JOB_WARN: the message */
    /* JOB_NOTE, set by the calling thread: */
    int fd;                 /* the open note, closed by the reader; -1: err says why */
    const char *root;
    int64_t size, mtime_ns;
    time_t mtime;
    int found;              /* the store had it: then the prev_ fields */
    int64_t prev_id, prev_size, prev_hash, prev_parser;
    /* set by the reader: */
    int run;                /* RUN_* */
    int err;                /* errno (RUN_ERR) */
    int64_t hash;
    ful_buf file;           /* the bytes; note points into them */
    ful_note note;          /* RUN_NOTE */
} job;

typedef struct {
    job ring[FUL_RING];
    pthread_mutex_t mu;
    pthread_cond_t work, done_cv;
    pthread_t th;
    int threaded;           /* the reader runs; else jobs run inline */
    int stop;
    /* Counters, never wrapped in a run: the reader owns done, the calling
     * thread submitted and consumed (both read under mu). */
    unsigned long submitted, done, consumed;
    size_t bytes;           /* of notes submitted, not consumed */
} readahead;

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
    struct timespec tx_start;
    const char *root;
    dev_t stack_dev[FUL_MAX_DEPTH];
    ino_t stack_ino[FUL_MAX_DEPTH];
    int depth;
    dev_t system_dev[3];    /* /proc, /sys, /dev when they are mounts */
    int nsystem;
    dir_id *visited;        /* folders walked, when following symlinks */
    size_t nvisited, capvisited;
    int64_t sig;            /* the parse options' signature (opts.h) */
    known_set known;
    readahead *ra;          /* NULL until the first changed note */
    int use_thread;         /* FULOG_INDEX_THREADS is not 0 */
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

static int known_add(void *ctx, const ful_note_brief *b)
{
    known_set *k = ctx;
    known e;
    e.off = k->paths.len;
    e.len = b->pathlen;
    e.id = b->id;
    e.size = b->size;
    e.mtime_ns = b->mtime_ns;
    e.parser = b->parser;
    /* The entries grow in a byte buffer too (malloc'ed: aligned). */
    if (ful_buf_add(&k->paths, b->path, b->pathlen + 1) != 0 || ful_buf_add(&k->entries, &e, sizeof e) != 0)
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
        k->slot[h] = i + 1;
    }
    k->loaded = 1;
    return 0;
}

static const known *known_find(const known_set *k, const char *path)
{
    size_t len = strlen(path), mask = k->nslot - 1, h;
    if (k->n == 0)
        return NULL;
    for (h = known_home(path, len, mask); k->slot[h]; h = (h + 1) & mask) {
        const known *e = &k->v[k->slot[h] - 1];
        if (e->len == len && memcmp(k->paths.p + e->off, path, len) == 0)
            return e;
    }
    return NULL;
}

static int submit(walk *w, job *j);
static job *slot(walk *w);

/* A message, in its place among the notes still in flight: the run reports
 * in walk order, whichever thread read what. count: one of stats.errors. */
static int vsay(walk *w, int count, const char *fmt, va_list ap)
{
    char msg[1024];
    job *j;
    if (count)
        w->stats->errors++;
    if (!w->warn)
        return 0;
    vsnprintf(msg, sizeof msg, fmt, ap);
    if (w->ra == NULL || w->ra->submitted == w->ra->consumed) {
        w->warn(w->ctx, msg);
        return 0;
    }
    if ((j = slot(w)) == NULL)
        return -1;
    j->kind = JOB_WARN;
    j->text.len = 0;
    if (ful_buf_adds(&j->text, msg) != 0) {
        snprintf(w->err, w->errlen, "out of memory");
        return -1;
    }
    return submit(w, j);
}

static int say(walk *w, int count, const char *fmt, ...)
{
    int rc;
    va_list ap;
    va_start(ap, fmt);
    rc = vsay(w, count, fmt, ap);
    va_end(ap);
    return rc;
}

/* Now, from the results being written (already in order). */
static void emit(walk *w, int count, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    if (count)
        w->stats->errors++;
    if (!w->warn)
        return;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    w->warn(w->ctx, msg);
}

static int mark_seen(walk *w, int64_t id)
{
    if (id < 0)
        return 0;
    if (id >= w->seen_bits) {
        int64_t nb = w->seen_bits ? w->seen_bits : 4096;
        unsigned char *p;
        while (nb <= id)
            nb *= 2;
        p = realloc(w->seen, (size_t)(nb / 8));
        if (p == NULL) {
            snprintf(w->err, w->errlen, "out of memory");
            return -1;
        }
        memset(p + w->seen_bits / 8, 0, (size_t)((nb - w->seen_bits) / 8));
        w->seen = p;
        w->seen_bits = nb;
    }
    w->seen[id >> 3] |= (unsigned char)(1u << (id & 7));
    return 0;
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

/* A write transaction; a read one open is ended first (its snapshot may be
 * older than the write lock, and SQLite cannot upgrade it safely). */
static int ensure_tx(walk *w)
{
    int t = ful_store_in_tx(w->s);
    if (t == 1)
        return 0;
    if (t == 2 && ful_store_commit(w->s, w->err, w->errlen) != 0)
        return -1;
    w->pending = 0;
    clock_gettime(CLOCK_MONOTONIC, &w->tx_start);
    return ful_store_begin(w->s, w->err, w->errlen);
}

/* Lookups of unchanged notes run inside a read transaction. */
static int ensure_read(walk *w)
{
    if (ful_store_in_tx(w->s))
        return 0;
    clock_gettime(CLOCK_MONOTONIC, &w->tx_start);
    return ful_store_begin_read(w->s, w->err, w->errlen);
}

/* Reads an open file to its end into b (NUL-terminated); closes fd. */
static int read_fd(int fd, ful_buf *b, size_t want)
{
    b->len = 0;
    if (ful_buf_reserve(b, want + 1) != 0) {
        close(fd);
        errno = ENOMEM;
        return -1;
    }
    for (;;) {
        ssize_t r;
        if (ful_buf_reserve(b, 65536) != 0) {
            close(fd);
            errno = ENOMEM;
            return -1;
        }
        r = read(fd, b->p + b->len, b->cap - b->len - 1);
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

/* The reader's part of a note: no store, no stats, no messages. */
static void job_run(const walk *w, job *j)
{
    ful_note_opts no;
    int rc;
    if (j->kind != JOB_NOTE)
        return;
    if (j->fd < 0) {
        j->run = RUN_ERR;
        return;
    }
    rc = read_fd(j->fd, &j->file, (size_t)j->size);
    j->fd = -1; /* closed either way */
    if (rc != 0) {
        j->run = RUN_ERR;
        j->err = errno;
        return;
    }
    j->hash = ful_hash(j->file.p, j->file.len);
    if (j->found && j->prev_parser == w->sig && j->prev_hash == j->hash && j->prev_size == (int64_t)j->file.len) {
        j->run = RUN_SAME;
        return;
    }
    memset(&no, 0, sizeof no);
    no.path = j->text.p;
    no.root = j->root;
    no.mtime_day = local_day(j->mtime);
    no.tags = w->o->tags;
    no.rules = w->o->rules;
    no.grace_days = w->o->grace_days;
    no.explain = 1;
    j->run = ful_note_parse(&j->note, j->file.p, j->file.len, &no) != 0 ? RUN_OOM : RUN_NOTE;
}

/* The calling thread's part, in submission order: the store and the
 * messages. */
static int job_finish(walk *w, job *j)
{
    const char *path = j->text.p;
    int64_t id = 0;
    int k, rc;
    if (j->kind == JOB_WARN) {
        if (w->warn)
            w->warn(w->ctx, j->text.p);
        return 0;
    }
    switch (j->run) {
    case RUN_ERR:
        if (j->err == ENOMEM) {
            snprintf(w->err, w->errlen, "%s: out of memory", path);
            return -1;
        }
        /* Keep what the store had: an unreadable note is not a deleted one. */
        emit(w, 1, "%s: cannot read: %s", path, strerror(j->err));
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
    if (ensure_tx(w) != 0 ||
        ful_store_put_note(w->s, path, j->root, &j->note, (int64_t)j->file.len, j->mtime_ns, j->hash, w->o->today,
                           &id, w->err, w->errlen) != 0)
        return -1;
    w->pending++;
    w->stats->indexed++;
    if (mark_seen(w, id) != 0)
        return -1;
    rc = maybe_commit(w, 0);
    return rc;
}

/* Done with a slot: its note freed, a big buffer given back. */
static void job_clear(job *j)
{
    if (j->kind == JOB_NOTE && j->run == RUN_NOTE)
        ful_note_free(&j->note);
    if (j->kind == JOB_NOTE && j->fd >= 0)
        close(j->fd);
    j->fd = -1;
    j->run = RUN_ERR;
    if (j->file.cap > (1u << 20))
        ful_buf_free(&j->file);
}

static void *reader_main(void *arg)
{
    walk *w = arg;
    readahead *ra = w->ra;
    pthread_mutex_lock(&ra->mu);
    for (;;) {
        job *j;
        while (ra->done == ra->submitted && !ra->stop)
            pthread_cond_wait(&ra->work, &ra->mu);
        if (ra->done == ra->submitted)
            break;
        j = &ra->ring[ra->done % FUL_RING];
        pthread_mutex_unlock(&ra->mu);
        job_run(w, j);
        pthread_mutex_lock(&ra->mu);
        ra->done++;
        pthread_cond_signal(&ra->done_cv);
    }
    pthread_mutex_unlock(&ra->mu);
    return NULL;
}

/* The ring, and the reader when threads are wanted and one can start
 * (else jobs run inline). The reader takes no signals: they are the host
 * editor's. */
static int ra_open(walk *w)
{
    readahead *ra;
    int i;
    if (w->ra)
        return 0;
    ra = calloc(1, sizeof *ra);
    if (ra == NULL) {
        snprintf(w->err, w->errlen, "out of memory");
        return -1;
    }
    for (i = 0; i < FUL_RING; i++)
        ra->ring[i].fd = -1;
    w->ra = ra;
    if (w->use_thread && pthread_mutex_init(&ra->mu, NULL) == 0) {
        if (pthread_cond_init(&ra->work, NULL) == 0) {
            if (pthread_cond_init(&ra->done_cv, NULL) == 0) {
                sigset_t all, old;
                sigfillset(&all);
                pthread_sigmask(SIG_SETMASK, &all, &old);
                ra->threaded = pthread_create(&ra->th, NULL, reader_main, w) == 0;
                pthread_sigmask(SIG_SETMASK, &old, NULL);
                if (ra->threaded)
                    return 0;
                pthread_cond_destroy(&ra->done_cv);
            }
            pthread_cond_destroy(&ra->work);
        }
        pthread_mutex_destroy(&ra->mu);
    }
    return 0;
}

/* Writes the oldest result back; waits for it when the reader has not
 * finished it. */
static int consume_one(walk *w)
{
    readahead *ra = w->ra;
    job *j = &ra->ring[ra->consumed % FUL_RING];
    int rc;
    if (ra->threaded) {
        pthread_mutex_lock(&ra->mu);
        while (ra->done == ra->consumed)
            pthread_cond_wait(&ra->done_cv, &ra->mu);
        pthread_mutex_unlock(&ra->mu);
    }
    rc = job_finish(w, j);
    if (j->kind == JOB_NOTE)
        ra->bytes -= (size_t)j->size;
    job_clear(j);
    ra->consumed++;
    return rc;
}

/* Writes back every result the reader has finished; all of them (waiting)
 * when all is set. */
static int drain(walk *w, int all)
{
    readahead *ra = w->ra;
    if (ra == NULL)
        return 0;
    while (ra->consumed != ra->submitted) {
        if (!all && ra->threaded) {
            unsigned long done;
            pthread_mutex_lock(&ra->mu);
            done = ra->done;
            pthread_mutex_unlock(&ra->mu);
            if (done == ra->consumed)
                return 0;
        }
        if (consume_one(w) != 0)
            return -1;
    }
    return 0;
}

/* A free slot, once the ring has room (writing back the oldest results
 * when it has not); NULL on error. */
static job *slot(walk *w)
{
    readahead *ra;
    if (ra_open(w) != 0)
        return NULL;
    ra = w->ra;
    while (ra->submitted - ra->consumed == FUL_RING ||
           (ra->submitted != ra->consumed && ra->bytes >= FUL_RING_BYTES))
        if (consume_one(w) != 0)
            return NULL;
    return &ra->ring[ra->submitted % FUL_RING];
}

/* Hands j (the slot from slot()) to the reader, or runs it inline. */
static int submit(walk *w, job *j)
{
    readahead *ra = w->ra;
    if (j->kind == JOB_NOTE)
        ra->bytes += (size_t)j->size;
    if (!ra->threaded) {
        ra->submitted++;
        job_run(w, j);
        ra->done++;
        return consume_one(w);
    }
    pthread_mutex_lock(&ra->mu);
    ra->submitted++;
    pthread_cond_signal(&ra->work);
    pthread_mutex_unlock(&ra->mu);
    return drain(w, 0);
}

/* Stops the reader and frees the ring, results not written included. */
static void ra_close(walk *w)
{
    readahead *ra = w->ra;
    int i;
    if (ra == NULL)
        return;
    if (ra->threaded) {
        pthread_mutex_lock(&ra->mu);
        ra->stop = 1;
        pthread_cond_signal(&ra->work);
        pthread_mutex_unlock(&ra->mu);
        pthread_join(ra->th, NULL);
        pthread_cond_destroy(&ra->done_cv);
        pthread_cond_destroy(&ra->work);
        pthread_mutex_destroy(&ra->mu);
    }
    for (; ra->consumed != ra->submitted; ra->consumed++)
        job_clear(&ra->ring[ra->consumed % FUL_RING]);
    for (i = 0; i < FUL_RING; i++) {
        ful_buf_free(&ra->ring[i].text);
        ful_buf_free(&ra->ring[i].file);
    }
    free(ra);
    w->ra = NULL;
}

/* dfd/name: the file relative to its open folder (AT_FDCWD and the full
 * path for a file named on the command line). */
static int index_file(walk *w, int dfd, const char *name, const char *path, const struct stat *st)
{
    ful_note_state prev;
    int found;
    int64_t mtime_ns = (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
    int64_t max = w->o->max_size > 0 ? w->o->max_size : FUL_MAX_NOTE_BYTES;
    job *j;

    if ((int64_t)st->st_size > max) {
        /* Never read (a 100 GB sparse file would abort the run): skipped
         * like a binary file, and it leaves the store like one. */
        w->stats->skipped++;
        return say(w, 0, "%s: %lld bytes, over the size limit for a note (%lld); skipped", path,
                   (long long)st->st_size, (long long)max);
    }
    w->stats->files++;
    if (w->known.loaded) {
        const known *k = known_find(&w->known, path);
        if (k && k->parser == w->sig && k->size == (int64_t)st->st_size && k->mtime_ns == mtime_ns) {
            w->stats->unchanged++;
            if (mark_seen(w, k->id) != 0)
                return -1;
            return maybe_commit(w, 0);
        }
        /* Unknown when the walk began: new (put_note looks again, inside
         * its write, in case another writer added it since). */
        found = 0;
        if (k) {
            if (ensure_read(w) != 0)
                return -1;
            found = ful_store_note_state(w->s, path, &prev, w->err, w->errlen);
        }
    } else {
        if (ensure_read(w) != 0)
            return -1;
        found = ful_store_note_state(w->s, path, &prev, w->err, w->errlen);
    }
    if (found < 0)
        return -1;
    if (found && prev.parser == w->sig && prev.size == (int64_t)st->st_size &&
        prev.mtime_ns == mtime_ns) {
        w->stats->unchanged++;
        if (mark_seen(w, prev.id) != 0)
            return -1;
        return maybe_commit(w, 0);
    }
    if ((j = slot(w)) == NULL)
        return -1;
    j->kind = JOB_NOTE;
    j->text.len = 0;
    if (ful_buf_adds(&j->text, path) != 0) {
        snprintf(w->err, w->errlen, "%s: out of memory", path);
        return -1;
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
    /* Opened here, relative to the folder being walked; read there. */
    j->fd = openat(dfd, name, O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (j->fd < 0)
        j->err = errno;
    return submit(w, j);
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
    ful_buf names;      /* NUL-separated */
    size_t *offs;
    const char **sorted;
    size_t n, cap;
} name_list;

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
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
        nl->offs[nl->n++] = nl->names.len;
        if (ful_buf_add(&nl->names, de->d_name, strlen(de->d_name) + 1) != 0)
            return -1;
    }
    /* Pointers only now: the arena no longer moves. */
    nl->sorted = malloc((nl->n ? nl->n : 1) * sizeof *nl->sorted);
    if (nl->sorted == NULL)
        return -1;
    for (i = 0; i < nl->n; i++)
        nl->sorted[i] = nl->names.p + nl->offs[i];
    qsort(nl->sorted, nl->n, sizeof *nl->sorted, cmp_names);
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

static int walk_dir(walk *w, ful_buf *path, const struct stat *dst)
{
    DIR *d;
    size_t base = path->len, i;
    int rc = 0;
    name_list nl;

    if (w->depth >= FUL_MAX_DEPTH) {
        return say(w, 1, "%s: folders nested too deep; skipped", path->p);
    }
    if (on_stack(w, dst)) {
        return say(w, 1, "%s: symlink loop; skipped", path->p);
    }
    if (is_system(w, dst)) {
        return say(w, 1, "%s: a system folder (/proc, /sys, /dev); skipped", path->p);
    }
    if (w->o->follow) {
        int v = visit(w, dst);
        if (v < 0) {
            snprintf(w->err, w->errlen, "out of memory");
            return -1;
        }
        if (v > 0)
            return 0; /* walked already, through another name */
    }
    d = opendir(path->p);
    if (d == NULL) {
        if (say(w, 1, "%s: cannot read folder: %s; its notes are kept as they were", path->p, strerror(errno)) != 0)
            return -1;
        return keep_under(w, path->p);
    }
    memset(&nl, 0, sizeof nl);
    if (list_names(d, &nl) != 0) {
        snprintf(w->err, w->errlen, "out of memory");
        rc = -1;
    }
    w->stack_dev[w->depth] = dst->st_dev;
    w->stack_ino[w->depth] = dst->st_ino;
    w->depth++;
    for (i = 0; rc == 0 && i < nl.n; i++) {
        struct stat st;
        const char *name = nl.sorted[i];
        path->len = base;
        if (ful_buf_add(path, "/", 1) || ful_buf_adds(path, name)) {
            snprintf(w->err, w->errlen, "out of memory");
            rc = -1;
            break;
        }
        /* Relative to the open folder: no walk of the whole path each time. */
        if (fstatat(dirfd(d), name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno == ENOENT)
                continue; /* gone since readdir (an editor's or fulog's temp file) */
            rc = say(w, 1, "%s: cannot stat: %s; kept as it was", path->p, strerror(errno));
            if (rc == 0)
                rc = keep_under(w, path->p);
            continue;
        }
        if (S_ISLNK(st.st_mode)) {
            if (fstatat(dirfd(d), name, &st, 0) != 0)
                continue; /* a dangling symlink */
            /* A link to a folder (a sibling, "/") is walked only when asked:
             * each of its notes would be listed twice, or the whole disk. */
            if (S_ISDIR(st.st_mode) && !w->o->follow)
                continue;
        }
        if (S_ISDIR(st.st_mode)) {
            rc = walk_dir(w, path, &st);
        } else if (S_ISREG(st.st_mode)) {
            const char *const *exts = w->o->exts ? w->o->exts : ful_default_exts;
            int nexts = w->o->exts ? w->o->nexts : ful_default_nexts;
            if (ful_path_has_ext(name, exts, nexts))
                rc = index_file(w, dirfd(d), name, path->p, &st);
            else
                w->stats->skipped++;
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

static int index_root(walk *w, const char *arg)
{
    ful_buf path = { 0, 0, 0 }, rootbuf = { 0, 0, 0 };
    struct stat st;
    int rc = 0, removed = 0;

    if (ful_path_abs(arg, &path) != 0) {
        snprintf(w->err, w->errlen, "%s: %s", arg, strerror(errno));
        return -1;
    }
    if (stat(path.p, &st) != 0) {
        ful_note_state prev;
        int found = ful_store_note_state(w->s, path.p, &prev, w->err, w->errlen);
        if (found < 0) {
            rc = -1;
        } else if (found) {
            /* A note the store knows is gone: it leaves the store. */
            rc = ensure_tx(w);
            if (rc == 0)
                rc = ful_store_delete_note(w->s, prev.id, path.p, w->o->today, w->err, w->errlen);
            if (rc == 0)
                w->stats->removed++;
        } else {
            rc = say(w, 1, "%s: %s", arg, strerror(errno));
            w->stats->missing++;
        }
        ful_buf_free(&path);
        return rc;
    }
    if (S_ISDIR(st.st_mode)) {
        /* A copy: walk_dir grows the path buffer as it descends. */
        if ((w->o->root ? ful_path_abs(w->o->root, &rootbuf) : ful_buf_add(&rootbuf, path.p, path.len)) != 0) {
            snprintf(w->err, w->errlen, "%s: %s", arg, strerror(errno));
            ful_buf_free(&path);
            return -1;
        }
        w->root = rootbuf.p;
        rc = known_load(w, path.p);
        if (rc == 0)
            rc = walk_dir(w, &path, &st);
        /* Every note read is written before the unseen ones go. */
        if (rc == 0)
            rc = drain(w, 1);
        known_free(&w->known);
    } else {
        char *slash;
        ful_note_state prev;
        if (w->o->root && ful_path_abs(w->o->root, &rootbuf) == 0) {
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
            rc = index_file(w, AT_FDCWD, path.p, path.p, &st);
            if (rc == 0)
                rc = drain(w, 1);
        } else
            rc = say(w, 1, "%s: not a file or folder; skipped", arg);
    }
    if (rc == 0 && (rc = ensure_tx(w)) == 0 &&
        (rc = ful_store_delete_unseen(w->s, path.p, w->seen, w->seen_bits, w->o->today, &removed, w->err,
                                      w->errlen)) == 0)
        w->stats->removed += removed;
    if (rc != 0)
        ra_close(w); /* the reader may still hold notes under rootbuf */
    w->root = NULL;
    ful_buf_free(&rootbuf);
    ful_buf_free(&path);
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
        w.use_thread = !(t && strcmp(t, "0") == 0);
    }
    ful_store_bulk(s, 1);
    for (i = 0; rc == 0 && i < npaths; i++)
        rc = index_root(&w, paths[i]);
    if (rc == 0 && (stats->removed || stats->indexed) && (rc = ensure_tx(&w)) == 0)
        rc = ful_store_prune_accounts(s, err, errlen);
    if (rc == 0 && ful_store_in_tx(s))
        rc = maybe_commit(&w, 1);
    if (rc != 0)
        ful_store_rollback(s);
    ful_store_bulk(s, 0);
    ra_close(&w);
    known_free(&w.known);
    free(w.seen);
    free(w.visited);
    return rc;
}
