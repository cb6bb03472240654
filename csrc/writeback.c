/* writeback.c: see writeback.h. */
#include "writeback.h"
#include "line.h"
#include "shown.h"
#include "snooze.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/xattr.h>
#include <time.h>
#include <unistd.h>

/* The step's words without due: and #class tokens: a snooze or a class
 * override (fulog's own write-backs, or a teammate's merged in) keeps
 * the key a listing printed. Each token goes with the blanks before it
 * (after it at the start), so text with none hashes as it always did.
 * Returns the stripped length in *buf (malloc'ed, caller frees), or the
 * text itself (*buf NULL) when there is nothing to strip. */
static const char *ref_text(const char *text, size_t n, char **buf, size_t *len)
{
    size_t i, o = 0, cut = 0;
    char *b = NULL;
    *buf = NULL;
    *len = n;
    for (i = 0; i < n;) {
        size_t e;
        if (ful_is_space(text[i]) || (i > 0 && !ful_is_space(text[i - 1]))) {
            i++;
            continue;
        }
        e = ful_line_bookkeeping(text, n, i);
        if (e == i) {
            i++;
            continue;
        }
        if (b == NULL && (b = malloc(n + 1)) == NULL)
            return text;    /* no memory: the raw text's key */
        memcpy(b + o, text + cut, i - cut);
        o += i - cut;
        while (o > 0 && ful_is_space(b[o - 1]))
            o--;
        if (o == 0)
            while (e < n && ful_is_space(text[e]))
                e++;
        cut = i = e;
    }
    if (b == NULL)
        return text;
    memcpy(b + o, text + cut, n - cut);
    o += n - cut;
    *buf = b;
    *len = o;
    return b;
}

void ful_step_ref(const char *text, size_t n, char out[FUL_STEP_REF_LEN + 1])
{
    char *buf;
    size_t len;
    const char *t = ref_text(text, n, &buf, &len);
    uint64_t h = (uint64_t)ful_hash(t, len);
    int i;
    free(buf);
    for (i = 0; i < FUL_STEP_REF_LEN; i++) {
        out[i] = (char)('a' + (int)(h % 26));
        h /= 26;
    }
    out[FUL_STEP_REF_LEN] = '\0';
}

typedef struct {
    size_t off, len;    /* without the terminator */
    size_t end;         /* offset after the terminator */
    int crlf;
} span;

/* A note fulog may edit: a regular file with write permission. Checked by
 * path before anything opens it, so a FIFO never blocks a read; a note
 * without write bits is refused even as root, as an editor refuses it
 * without :w!. */
static int check_note(const char *path, struct stat *st, char *err, size_t errlen)
{
    if (stat(path, st) != 0) {
        if (!ful_note_gone(path, path, err, errlen))
            snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    if (!S_ISREG(st->st_mode)) {
        snprintf(err, errlen, "%s: not a regular file; nothing written", path);
        return -1;
    }
    if (ful_note_unreadable(path, path, err, errlen) != 0)
        return -1;
    if ((st->st_mode & 0222) == 0) {
        snprintf(err, errlen, "%s: the note is read-only (no write permission); nothing written", path);
        return -1;
    }
    if (faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) != 0) {
        snprintf(err, errlen, "%s: no permission to write the note; nothing written", path);
        return -1;
    }
    return 0;
}

int ful_note_unreadable(const char *path, const char *shown, char *err, size_t errlen)
{
    /* faccessat, not open: a note that is a FIFO must not block the editor */
    if (faccessat(AT_FDCWD, path, R_OK, AT_EACCESS) == 0 || errno == ENOENT)
        return 0;
    snprintf(err, errlen, "%s: cannot open: %s", shown, strerror(errno));
    return -1;
}

int ful_note_gone(const char *path, const char *shown, char *err, size_t errlen)
{
    struct stat st;
    /* ENOENT only: a note that cannot be reached (EACCES, ELOOP, a flaky
     * mount) is still there for all the seller knows */
    if (stat(path, &st) == 0 || errno != ENOENT)
        return 0;
    if (err != NULL && errlen > 0)
        snprintf(err, errlen, "%s: the note is gone (no such file: deleted, or renamed or moved since it was indexed); "
                 "nothing written", shown);
    return 1;
}

static int read_all(const char *path, ful_buf *b, struct stat *st, char *err, size_t errlen)
{
    /* O_NONBLOCK: a note swapped for a FIFO after check_note still cannot
     * block the open; the fstat below refuses it. */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    if (fstat(fd, st) != 0 || !S_ISREG(st->st_mode)) {
        snprintf(err, errlen, "%s: not a regular file; nothing written", path);
        close(fd);
        return -1;
    }
    b->len = 0;
    for (;;) {
        ssize_t r;
        if (ful_buf_reserve(b, 65536)) {
            close(fd);
            snprintf(err, errlen, "%s: out of memory", path);
            return -1;
        }
        r = read(fd, b->p + b->len, b->cap - b->len - 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            snprintf(err, errlen, "%s: cannot read: %s", path, strerror(errno));
            close(fd);
            return -1;
        }
        if (r == 0)
            break;
        b->len += (size_t)r;
    }
    b->p[b->len] = '\0';
    close(fd);
    return 0;
}

/* The line starting at *pos; advances *pos past its terminator. 0 at the end. */
static int next_span(const ful_buf *b, size_t *pos, span *sp)
{
    const char *nl;
    size_t len;
    if (*pos >= b->len)
        return 0;
    /* A UTF-8 byte order mark is not part of line 1: it stays in the file. */
    if (*pos == 0 && b->len >= 3 && memcmp(b->p, "\xEF\xBB\xBF", 3) == 0)
        *pos = 3;
    nl = memchr(b->p + *pos, '\n', b->len - *pos);
    len = nl ? (size_t)(nl - (b->p + *pos)) : b->len - *pos;
    sp->off = *pos;
    sp->end = *pos + len + (nl ? 1 : 0);
    sp->crlf = len > 0 && b->p[*pos + len - 1] == '\r';
    sp->len = len - (sp->crlf ? 1 : 0);
    *pos = sp->end;
    return 1;
}

/* The terminator of a line added after sp: its own, or for a last line
 * without one, the note's (the first line's), so a CRLF note stays CRLF. */
static const char *line_end(const ful_buf *b, const span *sp)
{
    const char *nl;
    if (sp->end > sp->off && b->p[sp->end - 1] == '\n')
        return sp->crlf ? "\r\n" : "\n";
    nl = memchr(b->p, '\n', b->len);
    return nl && nl > b->p && nl[-1] == '\r' ? "\r\n" : "\n";
}

/* The note's lines, as spans for the grammar (line.c). */
typedef struct {
    span *sp;
    ful_lspan *ls;
    int n;
} note_lines;

static void lines_free(note_lines *nl)
{
    free(nl->sp);
    free(nl->ls);
    nl->sp = NULL;
    nl->ls = NULL;
    nl->n = 0;
}

static int lines_split(const ful_buf *b, note_lines *nl)
{
    size_t pos = 0, i, count = 1;
    span x;
    for (i = 0; i < b->len; i++)
        count += b->p[i] == '\n';
    nl->n = 0;
    nl->sp = malloc(count * sizeof *nl->sp);
    nl->ls = malloc(count * sizeof *nl->ls);
    if (nl->sp == NULL || nl->ls == NULL) {
        lines_free(nl);
        return -1;
    }
    while (next_span(b, &pos, &x)) {
        nl->sp[nl->n] = x;
        nl->ls[nl->n].s = b->p + x.off;
        nl->ls[nl->n].n = x.len;
        nl->n++;
    }
    return 0;
}

/* Finds the step (the grammar's one rule): at its line when it still holds
 * the expected text, else the one line that does; refuses when gone or
 * ambiguous. *at: its 0-based index. */
static int locate(const char *path, const note_lines *nl, int line, const ful_expect *expect, const ful_tagset *tags,
                  int *at, char *err, size_t errlen)
{
    const char *text = expect ? expect->text : NULL;
    int r = ful_line_find_step(nl->ls, nl->n, line - 1, text, text ? strlen(text) : 0, expect ? expect->nth : 0,
                               expect ? expect->of : 0, tags, at);
    if (r == 0)
        return 0;
    if (r == FUL_FIND_AMBIGUOUS)
        snprintf(err, errlen, "%s:%d: that next step is on more than one line now (the note changed); "
                 "re-index and try again", path, line);
    else if (r == FUL_FIND_RECOUNTED)
        snprintf(err, errlen, "%s:%d: the note changed: a step with these words was added or removed, so fulog "
                 "cannot tell which one was meant; nothing written, re-index and try again", path, line);
    else if (text == NULL && line > nl->n)
        snprintf(err, errlen, "%s:%d: the note has %d lines", path, line, nl->n);
    else if (text == NULL)    /* the caller named this line, not a step it saw */
        snprintf(err, errlen, "%s:%d: not a next step (the line has no next-step tag)", path, line);
    else
        snprintf(err, errlen, "%s:%d: no such next step here any more (the note changed); re-index and try again",
                 path, line);
    return -1;
}

/* Temp and backup files are named by the folder, not the note: a short
 * hidden name (".fulog-XXXXXX") fits next to a note whose own name is near
 * NAME_MAX, and the indexer skips it. */
static char *temp_name(const char *path, const char *stem)
{
    const char *slash = strrchr(path, '/');
    size_t dl = slash ? (size_t)(slash - path) + 1 : 0, sl = strlen(stem);
    char *t = malloc(dl + sl + 1);
    if (t == NULL)
        return NULL;
    memcpy(t, path, dl);
    memcpy(t + dl, stem, sl + 1);
    return t;
}

/* mkstemp, locked at once: clean_stale never takes a live temp file. */
static int make_temp(char *tmpl)
{
    int fd = mkstemp(tmpl); /* 0600 until the note's own mode is copied */
    if (fd >= 0)
        flock(fd, LOCK_EX | LOCK_NB);
    return fd;
}

static int write_all(int fd, const char *data, size_t n)
{
    size_t off = 0;
    while (off < n) {
        ssize_t w = pwrite(fd, data + off, n - off, (off_t)off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            if (w == 0)
                errno = EIO;
            return -1;
        }
        off += (size_t)w;
    }
    return 0;
}

static void sync_dir(const char *path)
{
    char *dir = temp_name(path, ".");
    int dfd;
    if (dir == NULL)
        return;
    dfd = open(dir, O_RDONLY | O_CLOEXEC | O_DIRECTORY);
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
    free(dir);
}

/* Extended attributes (ACLs, SELinux labels, user tags) of the note onto
 * the temp file. -1 when one cannot be copied. */
static int copy_xattrs(int from, int to)
{
    ssize_t n = flistxattr(from, NULL, 0), i;
    char *names, *val = NULL;
    int rc = 0;
    if (n < 0)
        return (errno == ENOTSUP || errno == ENOSYS) ? 0 : -1;
    if (n == 0)
        return 0;
    names = malloc((size_t)n);
    if (names == NULL)
        return -1;
    n = flistxattr(from, names, (size_t)n);
    for (i = 0; rc == 0 && n > 0 && i < n; i += (ssize_t)strlen(names + i) + 1) {
        ssize_t vl = fgetxattr(from, names + i, NULL, 0);
        char *nv;
        if (vl < 0) {
            rc = -1;
            break;
        }
        nv = realloc(val, (size_t)vl + 1);
        if (nv == NULL) {
            rc = -1;
            break;
        }
        val = nv;
        vl = fgetxattr(from, names + i, val, (size_t)vl);
        if (vl < 0 || fsetxattr(to, names + i, val, (size_t)vl, 0) != 0)
            rc = -1;
    }
    if (n < 0)
        rc = -1;
    free(names);
    free(val);
    return rc;
}

static int changed_since(const char *path, const struct stat *orig)
{
    struct stat now;
    return stat(path, &now) != 0 || now.st_ino != orig->st_ino || now.st_dev != orig->st_dev ||
           now.st_size != orig->st_size || now.st_mtim.tv_sec != orig->st_mtim.tv_sec ||
           now.st_mtim.tv_nsec != orig->st_mtim.tv_nsec;
}

#define CHANGED_MSG "%s: the note changed on disk while fulog wrote it; nothing written, try again"

/* Temp file, fsync, rename: atomic. Keeps mode, owner, group and xattrs;
 * returns 1 (nothing done) when one of them cannot be kept, so the caller
 * writes in place instead of taking the note over. */
static int write_replace(const char *path, int note_fd, const struct stat *orig, const char *data, size_t n,
                         char *err, size_t errlen)
{
    char *tmp = temp_name(path, ".fulog-XXXXXX");
    int fd, keep = 0;
    if (tmp == NULL) {
        snprintf(err, errlen, "%s: out of memory", path);
        return -1;
    }
    fd = make_temp(tmp);
    if (fd < 0) {
        snprintf(err, errlen, "%s: cannot write next to the note: %s; nothing written", path, strerror(errno));
        free(tmp);
        return -1;
    }
    if (fchown(fd, orig->st_uid, orig->st_gid) != 0 || fchmod(fd, orig->st_mode & 07777) != 0 ||
        (note_fd >= 0 ? copy_xattrs(note_fd, fd) : -1) != 0)
        keep = 1;
    if (keep || write_all(fd, data, n) != 0 || fsync(fd) != 0)
        goto fail;
    if (changed_since(path, orig)) {
        close(fd);
        unlink(tmp);
        free(tmp);
        snprintf(err, errlen, CHANGED_MSG, path);
        return -1;
    }
    if (rename(tmp, path) != 0)
        goto fail;
    close(fd);
    free(tmp);
    sync_dir(path);
    return 0;
fail:
    if (!keep)
        snprintf(err, errlen, "%s: cannot write the note: %s; the note is unchanged", path, strerror(errno));
    close(fd);
    unlink(tmp);
    free(tmp);
    return keep ? 1 : -1;
}

/* Rewrites the note's own inode, for hard-linked notes and notes whose
 * owner or attributes a new file could not keep (Vim's backupcopy=yes): a
 * backup of the old bytes goes next to it first, and stays (named in the
 * message) only when the note could not be restored after a failed write. */
static int write_in_place(const char *path, const struct stat *orig, const char *old, size_t oldn,
                          const char *data, size_t n, char *err, size_t errlen)
{
    char *bak = temp_name(path, ".fulog-bak-XXXXXX");
    int bfd, fd = -1, e;
    if (bak == NULL) {
        snprintf(err, errlen, "%s: out of memory", path);
        return -1;
    }
    bfd = make_temp(bak);
    if (bfd < 0) {
        snprintf(err, errlen, "%s: cannot make a backup next to the note: %s; nothing written", path,
                 strerror(errno));
        free(bak);
        return -1;
    }
    if (write_all(bfd, old, oldn) != 0 || fsync(bfd) != 0) {
        snprintf(err, errlen, "%s: cannot make a backup next to the note: %s; nothing written", path,
                 strerror(errno));
        goto drop_backup;
    }
    if (changed_since(path, orig)) {
        snprintf(err, errlen, CHANGED_MSG, path);
        goto drop_backup;
    }
    fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        snprintf(err, errlen, "%s: cannot write the note: %s; nothing written", path, strerror(errno));
        goto drop_backup;
    }
    if (write_all(fd, data, n) == 0 && ftruncate(fd, (off_t)n) == 0 && fsync(fd) == 0) {
        close(fd);
        close(bfd);
        unlink(bak);
        free(bak);
        return 0;
    }
    e = errno;
    if (write_all(fd, old, oldn) == 0 && ftruncate(fd, (off_t)oldn) == 0 && fsync(fd) == 0) {
        snprintf(err, errlen, "%s: cannot write the note: %s; the note is unchanged", path, strerror(e));
        goto drop_backup;
    }
    snprintf(err, errlen, "%s: cannot write the note: %s; its old text is in %s", path, strerror(e), bak);
    close(fd);
    close(bfd);
    free(bak);
    return -1;
drop_backup:
    if (fd >= 0)
        close(fd);
    close(bfd);
    unlink(bak);
    free(bak);
    return -1;
}

/* Temp files of a write-back that was killed (".fulog-XXXXXX", and the
 * "NOTE.fulog-XXXXXX" of older versions) are removed when nobody holds
 * them and they are a minute old. Backups (".fulog-bak-") are kept: they
 * may be the only copy of a note. */
static void clean_stale(const char *path)
{
    char *dir = temp_name(path, ".");
    DIR *d;
    struct dirent *de;
    time_t now = time(NULL);
    if (dir == NULL)
        return;
    d = opendir(dir);
    free(dir);
    if (d == NULL)
        return;
    while ((de = readdir(d)) != NULL) {
        size_t l = strlen(de->d_name);
        struct stat st;
        int fd;
        if (l < 13 || memcmp(de->d_name + l - 13, ".fulog-", 7) != 0)
            continue;
        if (fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode) ||
            now - st.st_mtime < 60)
            continue;
        fd = openat(dirfd(d), de->d_name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY);
        if (fd < 0)
            continue;
        if (flock(fd, LOCK_EX | LOCK_NB) == 0)
            unlinkat(dirfd(d), de->d_name, 0);
        close(fd);
    }
    closedir(d);
}

/* Writes the edited note, keeping its identity. */
static int write_note(const char *path, int note_fd, const struct stat *orig, const ful_buf *old,
                      const ful_buf *out, char *err, size_t errlen)
{
    int rc = 1;
    clean_stale(path);
    if (orig->st_nlink <= 1)
        rc = write_replace(path, note_fd, orig, out->p, out->len, err, errlen);
    if (rc == 1)
        rc = write_in_place(path, orig, old->p, old->len, out->p, out->len, err, errlen);
    return rc;
}

/* Serializes fulog's own writers of one note (two editors, the CLI): an
 * exclusive flock on the note's current inode, held across read, edit and
 * rename. A writer that waited on an inode since replaced locks the new one,
 * so it edits the latest text instead of failing or losing the other edit.
 * Returns the fd to close when done, or -1 (then the stat check alone
 * guards the write, as before). */
static int lock_note(const char *path)
{
    int tries;
    for (tries = 0; tries < 50; tries++) {
        struct stat a, b;
        int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
        if (fd < 0)
            return -1;
        if (flock(fd, LOCK_EX) != 0) {
            close(fd);
            return -1;
        }
        if (fstat(fd, &a) == 0 && stat(path, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
            return fd;
        close(fd);
    }
    return -1;
}

/* A note reached through a symlink is edited where it lives: renaming
 * over the link would replace it with a copy and leave the real note stale.
 * Returns a path to free; on failure, a copy of path. */
static char *real_note(const char *path)
{
    char *r = realpath(path, NULL);
    return r ? r : strdup(path);
}

/* A one-line edit of a step line: ful_done_line's contract (1 changed,
 * 0 already so, -1 not a step, -2 out of memory). */
typedef int (*line_edit)(const char *s, size_t n, const ful_tagset *tags, const void *ctx, ful_buf *out);
static int wb_edit(const char *path, int line, const ful_expect *expect, const ful_tagset *tags, line_edit edit,
                   const void *ctx, int *at_line, char *err, size_t errlen);
static int wb_touch(const char *path, int line, const ful_expect *expect, const ful_tagset *tags, ful_day day,
                    ful_day today, const char *channel, const char *outcome, int *new_line, char *err,
                    size_t errlen);

static int edit_done(const char *s, size_t n, const ful_tagset *tags, const void *ctx, ful_buf *out)
{
    int r = ful_done_line(s, n, tags, out);
    (void)ctx;
    return r == 0 ? -4 : r; /* already done: refused, not "marked done" again */
}

/* A refusal about the whole note ("PATH: cannot open: ...", "PATH: the
 * note is read-only; ...") names the step's line too, as every other one
 * does: "PATH:LINE: ...". One that names a line already is kept. */
static void name_line(char *err, size_t errlen, const char *path, int line)
{
    size_t n = strlen(path), el = strlen(err);
    char num[16];
    int k = snprintf(num, sizeof num, ":%d", line);
    if (el < n + 2 || errlen < n + (size_t)k + 3 || strncmp(err, path, n) != 0 || err[n] != ':' || err[n + 1] != ' ')
        return;
    if (el + (size_t)k >= errlen)
        el = errlen - 1 - (size_t)k; /* cut at the end, never the name */
    memmove(err + n + k, err + n, el - n);
    memcpy(err + n, num, (size_t)k);
    err[el + (size_t)k] = '\0';
}

/* wb_edit on the file the note's path names (a symlink's target). */
static int wb_edit_real(const char *path, int line, const ful_expect *expect, const ful_tagset *tags, line_edit edit,
                        const void *ctx, int *at_line, char *err, size_t errlen)
{
    char *real = real_note(path);
    int rc;
    if (real == NULL) {
        snprintf(err, errlen, "%s:%d: out of memory", path, line);
        return -1;
    }
    rc = wb_edit(real, line, expect, tags, edit, ctx, at_line, err, errlen);
    if (rc < 0)
        name_line(err, errlen, real, line);
    free(real);
    return rc;
}

int ful_wb_done(const char *path, int line, const ful_expect *expect, const ful_tagset *tags, int *at_line,
                char *err, size_t errlen)
{
    return wb_edit_real(path, line, expect, tags, edit_done, NULL, at_line, err, errlen);
}

static int edit_snooze(const char *s, size_t n, const ful_tagset *tags, const void *ctx, ful_buf *out)
{
    return ful_snooze_line(s, n, tags, *(const ful_day *)ctx, out);
}

int ful_wb_snooze(const char *path, int line, const ful_expect *expect, const ful_tagset *tags, ful_day day,
                  int *at_line, char *err, size_t errlen)
{
    return wb_edit_real(path, line, expect, tags, edit_snooze, &day, at_line, err, errlen);
}

int ful_wb_touch(const char *path, int line, const ful_expect *expect, const ful_tagset *tags, ful_day day,
                 ful_day today, const char *channel, const char *outcome, int *new_line, char *err,
                 size_t errlen)
{
    char *real = real_note(path);
    int rc;
    if (real == NULL) {
        snprintf(err, errlen, "%s:%d: out of memory", path, line);
        return -1;
    }
    rc = wb_touch(real, line, expect, tags, day, today, channel, outcome, new_line, err, errlen);
    if (rc != 0)
        name_line(err, errlen, real, line);
    free(real);
    return rc;
}

static int wb_edit(const char *path, int line, const ful_expect *expect, const ful_tagset *tags, line_edit edit,
                   const void *ctx, int *at_line, char *err, size_t errlen)
{
    ful_buf b = { 0, 0, 0 }, nl = { 0, 0, 0 }, out = { 0, 0, 0 };
    struct stat st;
    span sp;
    note_lines lines = { NULL, NULL, 0 };
    int at = line, rc = -1, r, lk;
    if (check_note(path, &st, err, errlen) != 0)
        return -1;
    lk = lock_note(path);
    if (read_all(path, &b, &st, err, errlen) != 0)
        goto done;
    if (lines_split(&b, &lines) != 0) {
        snprintf(err, errlen, "%s:%d: out of memory", path, line);
        goto done;
    }
    if (locate(path, &lines, line, expect, tags, &at, err, errlen) != 0)
        goto done;
    if (at_line)
        *at_line = at + 1;
    sp = lines.sp[at++];
    r = edit(b.p + sp.off, sp.len, tags, ctx, &nl);
    if (r == 0) {
        rc = 0; /* already so */
        goto done;
    }
    if (r == -3) {
        snprintf(err, errlen, "%s:%d: %s", path, at, FUL_SNOOZE_DONE_MSG);
        goto done;
    }
    if (r == -4) {
        snprintf(err, errlen, "%s:%d: %s", path, at, FUL_DONE_ALREADY_MSG);
        rc = 1;
        goto done;
    }
    if (r < 0 || ful_buf_add(&out, b.p, sp.off) || ful_buf_add(&out, nl.p, nl.len) ||
        ful_buf_add(&out, b.p + sp.off + sp.len, b.len - sp.off - sp.len)) {
        snprintf(err, errlen, "%s:%d: out of memory", path, at);
        goto done;
    }
    rc = write_note(path, lk, &st, &b, &out, err, errlen);
done:
    if (lk >= 0)
        close(lk);
    lines_free(&lines);
    ful_buf_free(&b);
    ful_buf_free(&nl);
    ful_buf_free(&out);
    return rc;
}

/* The meeting date the seller wrote (front matter, heading, file name):
 * a touch made before it is a typo. Not the modification time's: every
 * write-back moves that. FUL_NODATE when none is written. */
static ful_day written_meeting(const char *path, const ful_buf *b, const ful_tagset *tags)
{
    ful_note *hdr = malloc(sizeof *hdr);
    ful_note_opts no;
    ful_day d = FUL_NODATE;
    if (hdr == NULL)
        return FUL_NODATE;
    memset(&no, 0, sizeof no);
    no.path = path;
    no.mtime_day = FUL_NODATE;
    no.tags = tags;
    ful_note_header(hdr, b->p, b->len, &no);
    if (hdr->date_src == FUL_DSRC_FRONT || hdr->date_src == FUL_DSRC_HEADING || hdr->date_src == FUL_DSRC_FILENAME)
        d = hdr->date;
    ful_note_free(hdr);
    free(hdr);
    return d;
}

/* Two touches' outcomes are one when equal in any case; a bare touch
 * (written before no outcome was written as "no reply") is that. */
static int same_outcome(const char *a, size_t an, const char *b, size_t bn)
{
    static const char none[] = FUL_TOUCH_NO_OUTCOME;
    if (an == 0)
        a = none, an = sizeof none - 1;
    if (bn == 0)
        b = none, bn = sizeof none - 1;
    return an == bn && ful_ieq(a, b, an);
}

int ful_touch_slot(const ful_lspan *ls, int n, int step, const char *tl, size_t tn, const ful_tagset *tags)
{
    ful_line li;
    ful_touch_info mine, t;
    const char *mo;
    int i, end = ful_line_block_end(ls, n, step, tags), slot = end;
    if (ful_line_scan(tl, tn, tags, &li) != FUL_LINE_TOUCH)
        return end;
    ful_touch_parse(tl + li.text_off, li.text_len, &mine);
    mo = tl + li.text_off + mine.outcome_off;
    for (i = step + 1; i < end; i++) {
        if (ful_line_scan(ls[i].s, ls[i].n, tags, &li) != FUL_LINE_TOUCH)
            continue;
        ful_touch_parse(ls[i].s + li.text_off, li.text_len, &t);
        /* a retry after a failed store update must not add it twice */
        if (t.day == mine.day && t.channel == mine.channel &&
            same_outcome(ls[i].s + li.text_off + t.outcome_off, t.outcome_len, mo, mine.outcome_len))
            return -1 - i;
        /* before the first later touch: the touches stay in date order,
         * as the merge driver keeps them */
        if (slot == end && t.day != FUL_NODATE && t.day > mine.day)
            slot = i;
    }
    return slot;
}

int ful_touch_args(ful_day day, ful_day today, const char *channel, char *err, size_t errlen)
{
    char d1[11], d2[11];
    if (!channel || ful_channel_parse(channel, strlen(channel)) < 0) {
        /* as typed, its line breaks and controls escaped as a name's are
         * (ful_shown_name): the message is one line on the screen */
        ful_buf shown = { 0 };
        const char *c = channel ? channel : "";
        int oom = ful_shown_name(&shown, c, ful_utf8_cut(c, strlen(c), 40)) != 0 || ful_buf_add(&shown, "", 0) != 0;
        snprintf(err, errlen, "unknown channel \"%s\": want email, call, voicemail, meeting or other; "
                 "nothing written", oom ? "?" : shown.p);
        ful_buf_free(&shown);
        return -1;
    }
    if (day == FUL_NODATE) {
        snprintf(err, errlen, "a touch needs a date; nothing written");
        return -1;
    }
    /* an attempt made: one dated ahead (a typo, most often) would set the
     * next follow-up from that day and hide the chase until then */
    if (today != FUL_NODATE && day > today) {
        ful_day_format(day, d1);
        ful_day_format(today, d2);
        snprintf(err, errlen, "a touch on %s is after today (%s): a touch records an attempt already made; "
                 "nothing written", d1, d2);
        return -1;
    }
    return 0;
}

int ful_touch_plan(const char *path, const char *text, size_t len, const ful_lspan *ls, int n, int step,
                   ful_day day, ful_day today, const char *channel, const char *outcome,
                   const ful_tagset *tags, ful_buf *tl, int *slot, char *err, size_t errlen)
{
    ful_buf hb = { (char *)text, len, len };
    ful_day meeting;
    char d1[11], d2[11], why[256];
    int r;
    ful_line li;
    if (ful_touch_args(day, today, channel, why, sizeof why) != 0) {
        snprintf(err, errlen, "%s:%d: %s", path, step + 1, why);
        return -1;
    }
    if (ful_line_scan(ls[step].s, ls[step].n, tags, &li) == FUL_LINE_STEP && li.done) {
        snprintf(err, errlen, "%s:%d: %s", path, step + 1, FUL_TOUCH_DONE_MSG);
        return -1;
    }
    meeting = written_meeting(path, &hb, tags);
    if (meeting != FUL_NODATE && day < meeting) {
        ful_day_format(day, d1);
        ful_day_format(meeting, d2);
        snprintf(err, errlen, "%s:%d: a touch on %s is before the meeting (%s): a touch follows the meeting; "
                 "nothing written", path, step + 1, d1, d2);
        return -1;
    }
    if (ful_touch_line(ls[step].s, ls[step].n, day, channel, outcome, tl) != 0) {
        snprintf(err, errlen, "%s:%d: out of memory", path, step + 1);
        return -1;
    }
    r = ful_touch_slot(ls, n, step, tl->p, tl->len, tags);
    if (r < 0) {
        snprintf(err, errlen, "%s:%d: this touch is already there (same date, channel and outcome): "
                 "not written again", path, -r);
        return -1;
    }
    *slot = r;
    return 0;
}

static int wb_touch(const char *path, int line, const ful_expect *expect, const ful_tagset *tags, ful_day day,
                    ful_day today, const char *channel, const char *outcome, int *new_line, char *err,
                    size_t errlen)
{
    ful_buf b = { 0, 0, 0 }, tl = { 0, 0, 0 }, out = { 0, 0, 0 };
    struct stat st;
    span sp;
    note_lines lines = { NULL, NULL, 0 };
    int at = line, rc = -1, end, lk, slot;
    size_t ins;
    const char *eol;
    if (check_note(path, &st, err, errlen) != 0)
        return -1;
    lk = lock_note(path);
    if (read_all(path, &b, &st, err, errlen) != 0)
        goto done;
    if (lines_split(&b, &lines) != 0)
        goto oom;
    if (locate(path, &lines, line, expect, tags, &at, err, errlen) != 0)
        goto done;
    if (ful_touch_plan(path, b.p, b.len, lines.ls, lines.n, at, day, today, channel, outcome, tags, &tl, &slot,
                       err, errlen) != 0)
        goto done;
    sp = lines.sp[at];
    eol = line_end(&b, &sp);
    /* Inserted in the step's block (the grammar's rule, as in the editor):
     * after it, or before a later-dated touch. */
    end = ful_line_block_end(lines.ls, lines.n, at, tags);
    ins = slot < end ? lines.sp[slot].off : lines.sp[end - 1].end;
    *new_line = slot + 1;
    at++;
    if (ful_buf_add(&out, b.p, ins))
        goto oom;
    if (ins > 0 && b.p[ins - 1] != '\n' && ful_buf_adds(&out, eol))
        goto oom;
    if (ful_buf_add(&out, tl.p, tl.len) || ful_buf_adds(&out, eol) ||
        ful_buf_add(&out, b.p + ins, b.len - ins))
        goto oom;
    rc = write_note(path, lk, &st, &b, &out, err, errlen);
    goto done;
oom:
    snprintf(err, errlen, "%s:%d: out of memory", path, at);
done:
    if (lk >= 0)
        close(lk);
    lines_free(&lines);
    ful_buf_free(&b);
    ful_buf_free(&tl);
    ful_buf_free(&out);
    return rc;
}
