/* writeback.c: see writeback.h. */
#include "writeback.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

int ful_done_line(const char *line, size_t n, const ful_tagset *tags, ful_buf *out)
{
    ful_line li;
    out->len = 0;
    if (ful_line_scan(line, n, tags, &li) != FUL_LINE_STEP)
        return -1;
    if (li.done)
        return ful_buf_add(out, line, n) ? -2 : 0;
    if (li.box_off != (size_t)-1) {
        if (ful_buf_add(out, line, n))
            return -2;
        out->p[li.box_off + 1] = 'x';
        return 1;
    }
    if (ful_buf_add(out, line, li.tag_off) || ful_buf_adds(out, "[x] ") ||
        ful_buf_add(out, line + li.tag_off, n - li.tag_off))
        return -2;
    return 1;
}

int ful_touch_line(const char *step_line, size_t n, ful_day day, const char *channel,
                   const char *outcome, ful_buf *out)
{
    size_t i = 0;
    char d[11];
    out->len = 0;
    while (i < n && ful_is_space(step_line[i]))
        i++;
    if (ful_buf_add(out, step_line, i) || ful_buf_adds(out, "  "))
        return -1;
    /* Mirror the step's list marker so Markdown nests the touch under it. */
    if (i + 1 < n && (step_line[i] == '-' || step_line[i] == '*' || step_line[i] == '+') &&
        ful_is_space(step_line[i + 1])) {
        if (ful_buf_add(out, step_line + i, 1) || ful_buf_adds(out, " "))
            return -1;
    } else if (i < n && ful_is_digit(step_line[i])) {
        if (ful_buf_adds(out, "- "))
            return -1;
    }
    ful_day_format(day, d);
    if (ful_buf_adds(out, "TOUCH: ") || ful_buf_add(out, d, 10) || ful_buf_adds(out, " ") ||
        ful_buf_adds(out, channel && *channel ? channel : "other"))
        return -1;
    if (outcome && *outcome) {
        /* One line: no line breaks from the caller reach the file. */
        size_t k;
        if (ful_buf_adds(out, " - "))
            return -1;
        for (k = 0; outcome[k]; k++) {
            char c = (outcome[k] == '\n' || outcome[k] == '\r') ? ' ' : outcome[k];
            if (ful_buf_add(out, &c, 1))
                return -1;
        }
    }
    return 0;
}

typedef struct {
    size_t off, len;    /* without the terminator */
    size_t end;         /* offset after the terminator */
    int crlf;
} span;

static int read_all(const char *path, ful_buf *b, struct stat *st, char *err, size_t errlen)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "%s: cannot open: %s", path, strerror(errno));
        return -1;
    }
    if (fstat(fd, st) != 0 || !S_ISREG(st->st_mode)) {
        snprintf(err, errlen, "%s: not a regular file", path);
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
    nl = memchr(b->p + *pos, '\n', b->len - *pos);
    len = nl ? (size_t)(nl - (b->p + *pos)) : b->len - *pos;
    sp->off = *pos;
    sp->end = *pos + len + (nl ? 1 : 0);
    sp->crlf = len > 0 && b->p[*pos + len - 1] == '\r';
    sp->len = len - (sp->crlf ? 1 : 0);
    *pos = sp->end;
    return 1;
}

/* The span of 1-based line k, or 0 when the file is shorter. */
static int line_span(const ful_buf *b, int k, span *sp)
{
    size_t pos = 0;
    int line = 1;
    while (next_span(b, &pos, sp)) {
        if (line == k)
            return 1;
        line++;
    }
    return 0;
}

static int step_matches(const ful_buf *b, const span *sp, const char *expect, const ful_tagset *tags)
{
    ful_line li;
    if (ful_line_scan(b->p + sp->off, sp->len, tags, &li) != FUL_LINE_STEP)
        return 0;
    if (expect == NULL)
        return 1;
    return strlen(expect) == li.text_len && memcmp(b->p + sp->off + li.text_off, expect, li.text_len) == 0;
}

/* Finds the step: at its line, or (when the note moved under us) the one
 * line whose step text is the expected text. */
static int locate(const char *path, const ful_buf *b, int line, const char *expect, const ful_tagset *tags,
                  span *sp, int *found_line, char *err, size_t errlen)
{
    int k, hits = 0;
    span cand;
    if (line_span(b, line, sp) && step_matches(b, sp, expect, tags)) {
        *found_line = line;
        return 0;
    }
    if (expect != NULL) {
        size_t pos = 0;
        for (k = 1; next_span(b, &pos, &cand); k++) {
            if (step_matches(b, &cand, expect, tags)) {
                hits++;
                *sp = cand;
                *found_line = k;
            }
        }
        if (hits == 1)
            return 0;
    }
    snprintf(err, errlen, "%s:%d: no such next step here any more (the note changed); re-index and try again",
             path, line);
    return -1;
}

static int write_atomic(const char *path, const struct stat *orig, const char *data, size_t n,
                        char *err, size_t errlen)
{
    size_t pl = strlen(path), off = 0;
    char *tmp = malloc(pl + 16), *slash;
    int fd, dfd;
    struct stat now;
    if (tmp == NULL) {
        snprintf(err, errlen, "%s: out of memory", path);
        return -1;
    }
    memcpy(tmp, path, pl);
    memcpy(tmp + pl, ".fulog-XXXXXX", 14);
    fd = mkstemp(tmp);  /* 0600 until the note's own mode is copied */
    if (fd < 0) {
        snprintf(err, errlen, "%s: cannot write next to the note: %s", path, strerror(errno));
        free(tmp);
        return -1;
    }
    while (off < n) {
        ssize_t w = write(fd, data + off, n - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            goto fail;
        off += (size_t)w;
    }
    if (fchmod(fd, orig->st_mode & 07777) != 0 || fsync(fd) != 0)
        goto fail;
    if (close(fd) != 0) {
        fd = -1;
        goto fail;
    }
    fd = -1;
    /* Refuse to replace a note someone else wrote while we worked. */
    if (stat(path, &now) != 0 || now.st_size != orig->st_size || now.st_mtim.tv_sec != orig->st_mtim.tv_sec ||
        now.st_mtim.tv_nsec != orig->st_mtim.tv_nsec) {
        unlink(tmp);
        snprintf(err, errlen, "%s: the note changed on disk while fulog wrote it; nothing written, try again", path);
        free(tmp);
        return -1;
    }
    if (rename(tmp, path) != 0)
        goto fail;
    slash = strrchr(tmp, '/');
    if (slash) {
        *slash = '\0';
        dfd = open(slash == tmp ? "/" : tmp, O_RDONLY | O_CLOEXEC);
    } else {
        dfd = open(".", O_RDONLY | O_CLOEXEC);
    }
    if (dfd >= 0) {
        fsync(dfd);
        close(dfd);
    }
    free(tmp);
    return 0;
fail:
    snprintf(err, errlen, "%s: cannot write the note: %s; the note is unchanged", path, strerror(errno));
    if (fd >= 0)
        close(fd);
    unlink(tmp);
    free(tmp);
    return -1;
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
        int fd = open(path, O_RDONLY | O_CLOEXEC);
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

static int wb_done(const char *path, int line, const char *expect, const ful_tagset *tags,
                   char *err, size_t errlen);
static int wb_touch(const char *path, int line, const char *expect, const ful_tagset *tags, ful_day day,
                    const char *channel, const char *outcome, int *new_line, char *err, size_t errlen);

int ful_wb_done(const char *path, int line, const char *expect, const ful_tagset *tags,
                char *err, size_t errlen)
{
    char *real = real_note(path);
    int rc;
    if (real == NULL) {
        snprintf(err, errlen, "%s:%d: out of memory", path, line);
        return -1;
    }
    rc = wb_done(real, line, expect, tags, err, errlen);
    free(real);
    return rc;
}

int ful_wb_touch(const char *path, int line, const char *expect, const ful_tagset *tags, ful_day day,
                 const char *channel, const char *outcome, int *new_line, char *err, size_t errlen)
{
    char *real = real_note(path);
    int rc;
    if (real == NULL) {
        snprintf(err, errlen, "%s:%d: out of memory", path, line);
        return -1;
    }
    rc = wb_touch(real, line, expect, tags, day, channel, outcome, new_line, err, errlen);
    free(real);
    return rc;
}

static int wb_done(const char *path, int line, const char *expect, const ful_tagset *tags,
                   char *err, size_t errlen)
{
    ful_buf b = { 0, 0, 0 }, nl = { 0, 0, 0 }, out = { 0, 0, 0 };
    struct stat st;
    span sp;
    int at, rc = -1, r, lk = lock_note(path);
    if (read_all(path, &b, &st, err, errlen) != 0)
        goto done;
    if (locate(path, &b, line, expect, tags, &sp, &at, err, errlen) != 0)
        goto done;
    r = ful_done_line(b.p + sp.off, sp.len, tags, &nl);
    if (r == 0) {
        rc = 0; /* already done */
        goto done;
    }
    if (r < 0 || ful_buf_add(&out, b.p, sp.off) || ful_buf_add(&out, nl.p, nl.len) ||
        ful_buf_add(&out, b.p + sp.off + sp.len, b.len - sp.off - sp.len)) {
        snprintf(err, errlen, "%s:%d: out of memory", path, at);
        goto done;
    }
    rc = write_atomic(path, &st, out.p, out.len, err, errlen);
done:
    if (lk >= 0)
        close(lk);
    ful_buf_free(&b);
    ful_buf_free(&nl);
    ful_buf_free(&out);
    return rc;
}

static int wb_touch(const char *path, int line, const char *expect, const ful_tagset *tags, ful_day day,
                    const char *channel, const char *outcome, int *new_line, char *err, size_t errlen)
{
    ful_buf b = { 0, 0, 0 }, tl = { 0, 0, 0 }, out = { 0, 0, 0 };
    struct stat st;
    span sp, nx;
    int at, k, rc = -1, step_indent, lk;
    size_t ins, pos;
    ful_line li;
    if (day == FUL_NODATE) {
        snprintf(err, errlen, "%s:%d: a touch needs a date", path, line);
        return -1;
    }
    lk = lock_note(path);
    if (read_all(path, &b, &st, err, errlen) != 0)
        goto done;
    if (locate(path, &b, line, expect, tags, &sp, &at, err, errlen) != 0)
        goto done;
    ful_line_scan(b.p + sp.off, sp.len, tags, &li);
    step_indent = li.indent;
    /* Insert after the step's block: the lines indented deeper than it. */
    ins = sp.end;
    pos = sp.end;
    for (k = at + 1; next_span(&b, &pos, &nx); k++) {
        size_t j = 0;
        int ind = 0;
        while (j < nx.len && ful_is_space(b.p[nx.off + j])) {
            ind += b.p[nx.off + j] == '\t' ? 4 : 1;
            j++;
        }
        if (j == nx.len || ind <= step_indent)
            break;
        ins = nx.end;
    }
    *new_line = k;
    if (ful_touch_line(b.p + sp.off, sp.len, day, channel, outcome, &tl) != 0)
        goto oom;
    if (ful_buf_add(&out, b.p, ins))
        goto oom;
    if (ins > 0 && b.p[ins - 1] != '\n' && ful_buf_adds(&out, sp.crlf ? "\r\n" : "\n"))
        goto oom;
    if (ful_buf_add(&out, tl.p, tl.len) || ful_buf_adds(&out, sp.crlf ? "\r\n" : "\n") ||
        ful_buf_add(&out, b.p + ins, b.len - ins))
        goto oom;
    rc = write_atomic(path, &st, out.p, out.len, err, errlen);
    goto done;
oom:
    snprintf(err, errlen, "%s:%d: out of memory", path, at);
done:
    if (lk >= 0)
        close(lk);
    ful_buf_free(&b);
    ful_buf_free(&tl);
    ful_buf_free(&out);
    return rc;
}
