/* index.c: the incremental indexer. Unchanged files (size and mtime, then
 * content hash) cost a stat and a lookup; each changed file is replaced in
 * the store inside a transaction that also holds whole other files, so a
 * killed run leaves every note either old or new, never half. */
#include "index.h"
#include "opts.h"
#include "path.h"

#include <dirent.h>
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

typedef struct {
    ful_store *s;
    const ful_index_opts *o;
    ful_index_stats *stats;
    ful_index_warn warn;
    void *ctx;
    char *err;
    size_t errlen;
    ful_buf file;           /* the one file in memory */
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
} walk;

static void warnf(walk *w, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
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

static int read_file(walk *w, int dfd, const char *name, const struct stat *st)
{
    int fd = openat(dfd, name, O_RDONLY | O_CLOEXEC | O_NOCTTY);
    size_t want;
    if (fd < 0)
        return -1;
    want = (size_t)st->st_size;
    w->file.len = 0;
    if (ful_buf_reserve(&w->file, want + 1) != 0) {
        close(fd);
        errno = ENOMEM;
        return -1;
    }
    for (;;) {
        ssize_t r;
        if (ful_buf_reserve(&w->file, 65536) != 0) {
            close(fd);
            errno = ENOMEM;
            return -1;
        }
        r = read(fd, w->file.p + w->file.len, w->file.cap - w->file.len - 1);
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
        w->file.len += (size_t)r;
    }
    close(fd);
    w->file.p[w->file.len] = '\0';
    return 0;
}

static ful_day local_day(time_t t)
{
    struct tm tm;
    if (localtime_r(&t, &tm) == NULL)
        return FUL_NODATE;
    return ful_day_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

/* dfd/name: the file relative to its open folder (AT_FDCWD and the full
 * path for a file named on the command line). */
static int index_file(walk *w, int dfd, const char *name, const char *path, const struct stat *st)
{
    ful_note_state prev;
    int found;
    int64_t mtime_ns = (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec, hash, id = 0;
    ful_note note;
    ful_note_opts no;
    int64_t max = w->o->max_size > 0 ? w->o->max_size : FUL_MAX_NOTE_BYTES;

    if ((int64_t)st->st_size > max) {
        /* Never read (a 100 GB sparse file would abort the run): skipped
         * like a binary file, and it leaves the store like one. */
        w->stats->skipped++;
        if (w->warn) {
            char msg[1024];
            snprintf(msg, sizeof msg, "%s: %lld bytes, over the size limit for a note (%lld); skipped", path,
                     (long long)st->st_size, (long long)max);
            w->warn(w->ctx, msg);
        }
        return 0;
    }
    w->stats->files++;
    if (ensure_read(w) != 0)
        return -1;
    found = ful_store_note_state(w->s, path, &prev, w->err, w->errlen);
    if (found < 0)
        return -1;
    if (found && prev.parser == w->sig && prev.size == (int64_t)st->st_size &&
        prev.mtime_ns == mtime_ns) {
        w->stats->unchanged++;
        if (mark_seen(w, prev.id) != 0)
            return -1;
        return maybe_commit(w, 0);
    }
    if (read_file(w, dfd, name, st) != 0) {
        if (errno == ENOMEM) {
            snprintf(w->err, w->errlen, "%s: out of memory", path);
            return -1;
        }
        /* Keep what the store had: an unreadable note is not a deleted one. */
        warnf(w, "%s: cannot read: %s", path, strerror(errno));
        return found ? mark_seen(w, prev.id) : 0;
    }
    hash = ful_hash(w->file.p, w->file.len);
    if (found && prev.parser == w->sig && prev.hash == hash && prev.size == (int64_t)w->file.len) {
        if (ensure_tx(w) != 0 || ful_store_note_restat(w->s, prev.id, (int64_t)w->file.len, mtime_ns, w->err, w->errlen) != 0)
            return -1;
        w->pending++;
        w->stats->unchanged++;
        if (mark_seen(w, prev.id) != 0)
            return -1;
        return maybe_commit(w, 0);
    }
    memset(&no, 0, sizeof no);
    no.path = path;
    no.root = w->root;
    no.mtime_day = local_day(st->st_mtime);
    no.tags = w->o->tags;
    no.rules = w->o->rules;
    no.grace_days = w->o->grace_days;
    no.explain = 1;
    if (ful_note_parse(&note, w->file.p, w->file.len, &no) != 0) {
        snprintf(w->err, w->errlen, "%s: out of memory", path);
        return -1;
    }
    if (note.binary) {
        ful_note_free(&note);
        w->stats->files--; /* not a note after all */
        w->stats->skipped++;
        if (w->warn) {
            char msg[1024];
            snprintf(msg, sizeof msg, "%s: not a text file; skipped", path);
            w->warn(w->ctx, msg);
        }
        return 0; /* not seen: a note that turned binary leaves the store */
    }
    {
        int k;
        for (k = 0; k < note.nwarns; k++)
            warnf(w, "%s:%d: %s", path, note.warns[k].line, note.warns[k].msg);
        if (note.nwarns == FUL_MAX_WARNS)
            warnf(w, "%s: more problems not shown", path);
    }
    if (ensure_tx(w) != 0 ||
        ful_store_put_note(w->s, path, w->root, &note, (int64_t)w->file.len, mtime_ns, hash, w->o->today, &id,
                           w->err, w->errlen) != 0) {
        ful_note_free(&note);
        return -1;
    }
    ful_note_free(&note);
    w->pending++;
    w->stats->indexed++;
    if (mark_seen(w, id) != 0)
        return -1;
    return maybe_commit(w, 0);
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
        warnf(w, "%s: folders nested too deep; skipped", path->p);
        return 0;
    }
    if (on_stack(w, dst)) {
        warnf(w, "%s: symlink loop; skipped", path->p);
        return 0;
    }
    if (is_system(w, dst)) {
        warnf(w, "%s: a system folder (/proc, /sys, /dev); skipped", path->p);
        return 0;
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
        warnf(w, "%s: cannot read folder: %s; its notes are kept as they were", path->p, strerror(errno));
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
            warnf(w, "%s: cannot stat: %s; kept as it was", path->p, strerror(errno));
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
            warnf(w, "%s: %s", arg, strerror(errno));
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
        rc = walk_dir(w, &path, &st);
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
        if (S_ISREG(st.st_mode))
            rc = index_file(w, AT_FDCWD, path.p, path.p, &st);
        else
            warnf(w, "%s: not a file or folder; skipped", arg);
    }
    if (rc == 0 && (rc = ensure_tx(w)) == 0 &&
        (rc = ful_store_delete_unseen(w->s, path.p, w->seen, w->seen_bits, w->o->today, &removed, w->err,
                                      w->errlen)) == 0)
        w->stats->removed += removed;
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
    ful_buf_free(&w.file);
    free(w.seen);
    free(w.visited);
    return rc;
}
